package io.github.inddragelse.json;

import io.github.inddragelse.json.internal.Documents;
import io.github.inddragelse.json.internal.Lines;
import io.github.inddragelse.json.internal.Reading;
import io.github.inddragelse.json.internal.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads NDJSON (newline-delimited JSON: one document per line) lazily, one line at a time, so memory
 * stays bounded by one document however long the input. Each result carries its 1-based line
 * number; blank lines are skipped but counted. Every line is checked against the same limits as a
 * single document ({@link JsonOptions#maxDocumentBytes()} applies per line).
 *
 * <pre>{@code
 * try (NdjsonReader<CaseProcess> lines = json.readCases(Files.newInputStream(path), OnBadLine.SKIP)) {
 *     lines.stream().forEach(line -> assess(line.value()));
 *     lines.failures().forEach(f -> log.warn("line {}: {}", f.lineNumber(), f.problems()));
 * }
 * }</pre>
 *
 * <p>With {@link OnBadLine#STOP} (the default) a bad line makes {@link #next()} throw its {@link
 * JsonReadException}, whose problems carry the line number of the file, and the reader ends there.
 * With {@link OnBadLine#SKIP} bad lines are collected in {@link #failures()} and every good line is
 * returned. An I/O error is thrown as {@link UncheckedIOException}. Not thread-safe; {@link #close()}
 * closes the input.
 *
 * @param <T> the type of each document
 */
public final class NdjsonReader<T> implements Iterator<NdjsonLine<T>>, AutoCloseable {

    private final JsonFormat<T> format;
    private final Documents documents;
    private final JsonOptions options;
    private final Lines lines;
    private final OnBadLine onBadLine;
    private final List<NdjsonFailure> failures = new ArrayList<>();
    private NdjsonLine<T> next;
    private JsonReadException pending;
    private boolean done;

    NdjsonReader(JsonFormat<T> format, Documents documents, JsonOptions options, Lines lines, OnBadLine onBadLine) {
        this.format = format;
        this.documents = documents;
        this.options = options;
        this.lines = lines;
        this.onBadLine = onBadLine;
    }

    @Override
    public boolean hasNext() {
        if (next == null && pending == null && !done) {
            advance();
        }
        return next != null || pending != null;
    }

    /**
     * The next document.
     *
     * @return the next line's document
     * @throws JsonReadException if the next line is bad and the reader stops on bad lines
     * @throws NoSuchElementException if there are no more lines
     */
    @Override
    public NdjsonLine<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (pending != null) {
            JsonReadException thrown = pending;
            pending = null;
            throw thrown;
        }
        NdjsonLine<T> result = next;
        next = null;
        return result;
    }

    /**
     * The lines skipped so far, when skipping bad lines; in the order they were met.
     *
     * @return the failures, empty when stopping on bad lines
     */
    public List<NdjsonFailure> failures() {
        return List.copyOf(failures);
    }

    /**
     * The remaining documents as a sequential, ordered stream; closing the stream closes this reader.
     *
     * @return the stream
     */
    public Stream<NdjsonLine<T>> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Closes the input. */
    @Override
    public void close() {
        done = true;
        next = null;
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void advance() {
        try {
            Lines.Line line;
            while ((line = lines.next()) != null) {
                Reading reading = new Reading(options, line.number() - 1);
                line.recordProblem(reading);
                T value = null;
                Source source = line.source(reading);
                if (source != null) {
                    value = documents.read(format.reader(), source, reading);
                }
                if (!reading.failed()) {
                    next = new NdjsonLine<>(line.number(), value, reading.warnings());
                    return;
                }
                JsonReadException bad =
                        new JsonReadException(format.name() + " (line " + line.number() + ")", reading.errors());
                if (onBadLine == OnBadLine.STOP) {
                    pending = bad;
                    done = true;
                    return;
                }
                failures.add(new NdjsonFailure(line.number(), bad));
            }
            done = true;
        } catch (IOException e) {
            done = true;
            throw new UncheckedIOException(e);
        }
    }
}
