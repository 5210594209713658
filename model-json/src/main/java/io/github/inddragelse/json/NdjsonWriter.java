package io.github.inddragelse.json;

import io.github.inddragelse.json.internal.Documents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes NDJSON: each value as one line of compact JSON (the same bytes {@link InddragelseJson}
 * writes for a single document) followed by {@code \n}. Not thread-safe. An I/O error is thrown as
 * {@link UncheckedIOException}.
 *
 * <p><b>Closing the writer closes the output</b> (the stream or writer it was opened on). Close it
 * when you own the output, for example a file you opened; when you do not, for example {@code
 * System.out}, call {@link #flush()} instead and never close it: a closed {@code System.out} drops
 * everything printed after it without an error. The writer holds no other resource.
 *
 * <pre>{@code
 * try (NdjsonWriter<CaseProcess> out = json.ndjsonWriter(JsonFormat.CASE_PROCESS, Files.newOutputStream(path))) {
 *     caseload.forEach(out::write);
 * }
 *
 * NdjsonWriter<Assessment> stdout = json.ndjsonWriter(JsonFormat.ASSESSMENT, System.out);
 * caseload.forEach(c -> stdout.write(assessor.assess(c, asOf)));
 * stdout.flush(); // not close(): System.out is not ours
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

    /**
     * Flushes what has been written to the output, and leaves it open. Use this instead of {@link
     * #close()} when the output is not yours to close, such as {@code System.out}.
     */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes and closes the output: the stream or writer this writer was opened on is closed too.
     * Do not call this on a writer over {@code System.out} or another stream you do not own; {@link
     * #flush()} it instead.
     */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
