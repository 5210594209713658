package io.github.inddragelse.json;

import io.github.inddragelse.json.internal.Documents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes NDJSON: each value as one line of compact JSON (the same bytes {@link InddragelseJson}
 * writes for a single document) followed by {@code \n}. Not thread-safe; {@link #close()} flushes and
 * closes the output. An I/O error is thrown as {@link UncheckedIOException}.
 *
 * <pre>{@code
 * try (NdjsonWriter<CaseProcess> out = json.ndjsonWriter(JsonFormat.CASE_PROCESS, Files.newOutputStream(path))) {
 *     caseload.forEach(out::write);
 * }
 * }</pre>
 *
 * @param <T> the type of each document
 */
public final class NdjsonWriter<T> implements AutoCloseable {

    private final JsonFormat<T> format;
    private final Documents documents;
    private final Writer out;
    private long lines;

    NdjsonWriter(JsonFormat<T> format, Documents documents, Writer out) {
        this.format = format;
        this.documents = documents;
        this.out = out;
    }

    /**
     * Writes one value as one line.
     *
     * @param value the value
     * @return this
     */
    public NdjsonWriter<T> write(T value) {
        documents.write(format.codec(), value, out, false);
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines++;
        return this;
    }

    /**
     * Writes each value as one line, in order.
     *
     * @param values the values
     * @return this
     */
    public NdjsonWriter<T> writeAll(Iterable<? extends T> values) {
        for (T value : values) {
            write(value);
        }
        return this;
    }

    /**
     * How many lines have been written.
     *
     * @return the count
     */
    public long linesWritten() {
        return lines;
    }

    /** Flushes what has been written to the output. */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes and closes the output. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
