package io.github.inddragelse.json;

import io.github.inddragelse.json.internal.Documents;
import io.github.inddragelse.json.internal.Lines;
import io.github.inddragelse.json.internal.Reading;
import io.github.inddragelse.json.internal.Source;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads and writes the library's JSON formats without any Jackson set-up: strict reading that
 * reports every problem at once, deterministic writing, and NDJSON streaming. Immutable,
 * thread-safe and meant to be created once and reused.
 *
 * <pre>{@code
 * InddragelseJson json = InddragelseJson.create();
 * CaseProcess process = json.readCase(Files.readAllBytes(path));   // throws JsonReadException
 * String compact = json.writeCase(process);
 * String pretty = json.writeCasePretty(process);
 * }</pre>
 *
 * <p><b>Reading.</b> Input is UTF-8 JSON (a byte-order mark is skipped). Every problem found is
 * reported in one {@link JsonReadException}: malformed JSON, wrong types, unknown codes, missing or
 * unknown properties, broken model invariants and exceeded limits, each with a JSON pointer, line and
 * column. No other exception escapes for bad input; an I/O failure of a stream is thrown as {@link
 * UncheckedIOException}. Streams and readers passed in are read to the end of the document but not
 * closed. {@link #read(JsonFormat, byte[])} and its overloads also return the warnings (unknown
 * properties when {@link JsonOptions#allowUnknownProperties()} lets them through).
 *
 * <p><b>Writing.</b> Output is UTF-8 JSON with properties in a fixed order, optional values omitted
 * when absent, defaulted booleans always written, and sets in enum order: the same value always
 * gives the same bytes. Pretty output indents by two spaces and ends lines with {@code \n}.
 *
 * <p><b>NDJSON.</b> {@link #readCases(InputStream)} and {@link #readNdjson(JsonFormat, InputStream,
 * OnBadLine)} read one document per line lazily; {@link #ndjsonWriter(JsonFormat, OutputStream)}
 * writes them.
 */
public final class InddragelseJson {

    private static final InddragelseJson DEFAULT = new InddragelseJson(JsonOptions.defaults());

    private final JsonOptions options;
    private final Documents documents;

    private InddragelseJson(JsonOptions options) {
        this.options = options;
        this.documents = new Documents(options);
    }

    /**
     * The facade with {@link JsonOptions#defaults() default options}.
     *
     * @return the shared default instance
     */
    public static InddragelseJson create() {
        return DEFAULT;
    }

    /**
     * A facade with the given options.
     *
     * @param options the options
     * @return a new instance
     */
    public static InddragelseJson create(JsonOptions options) {
        return new InddragelseJson(Objects.requireNonNull(options, "options"));
    }

    /**
     * The options in force.
     *
     * @return the options
     */
    public JsonOptions options() {
        return options;
    }

    // ---- case process shortcuts -------------------------------------------------------------

    /**
     * Reads a case process from UTF-8 bytes.
     *
     * @param json the document
     * @return the case process
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public CaseProcess readCase(byte[] json) {
        return read(JsonFormat.CASE_PROCESS, json).value();
    }

    /**
     * Reads a case process from a string.
     *
     * @param json the document
     * @return the case process
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public CaseProcess readCase(String json) {
        return read(JsonFormat.CASE_PROCESS, json).value();
    }

    /**
     * Reads a case process from a UTF-8 stream, which is not closed.
     *
     * @param json the document
     * @return the case process
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the stream fails
     */
    public CaseProcess readCase(InputStream json) {
        return read(JsonFormat.CASE_PROCESS, json).value();
    }

    /**
     * Reads a case process from a reader, which is not closed.
     *
     * @param json the document
     * @return the case process
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the reader fails
     */
    public CaseProcess readCase(Reader json) {
        return read(JsonFormat.CASE_PROCESS, json).value();
    }

    /**
     * Writes a case process as compact JSON.
     *
     * @param process the case process
     * @return the JSON text
     */
    public String writeCase(CaseProcess process) {
        return write(JsonFormat.CASE_PROCESS, process);
    }

    /**
     * Writes a case process as indented JSON.
     *
     * @param process the case process
     * @return the JSON text
     */
    public String writeCasePretty(CaseProcess process) {
        return writePretty(JsonFormat.CASE_PROCESS, process);
    }

    /**
     * Opens an NDJSON stream of case processes, stopping at the first bad line.
     *
     * @param ndjson UTF-8 input, one case process per line; closed when the reader is closed
     * @return the reader
     */
    public NdjsonReader<CaseProcess> readCases(InputStream ndjson) {
        return readNdjson(JsonFormat.CASE_PROCESS, ndjson, OnBadLine.STOP);
    }

    /**
     * Opens an NDJSON stream of case processes.
     *
     * @param ndjson UTF-8 input, one case process per line; closed when the reader is closed
     * @param onBadLine whether to stop at a bad line or skip it
     * @return the reader
     */
    public NdjsonReader<CaseProcess> readCases(InputStream ndjson, OnBadLine onBadLine) {
        return readNdjson(JsonFormat.CASE_PROCESS, ndjson, onBadLine);
    }

    /**
     * Opens an NDJSON stream of case processes, stopping at the first bad line.
     *
     * @param ndjson input, one case process per line; closed when the reader is closed
     * @return the reader
     */
    public NdjsonReader<CaseProcess> readCases(Reader ndjson) {
        return readNdjson(JsonFormat.CASE_PROCESS, ndjson, OnBadLine.STOP);
    }

    /**
     * Opens an NDJSON stream of case processes.
     *
     * @param ndjson input, one case process per line; closed when the reader is closed
     * @param onBadLine whether to stop at a bad line or skip it
     * @return the reader
     */
    public NdjsonReader<CaseProcess> readCases(Reader ndjson, OnBadLine onBadLine) {
        return readNdjson(JsonFormat.CASE_PROCESS, ndjson, onBadLine);
    }

    // ---- any format -------------------------------------------------------------------------

    /**
     * Reads a document from UTF-8 bytes, with its warnings.
     *
     * @param format the format
     * @param json the document
     * @param <T> the type read
     * @return the value and warnings
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public <T> ReadResult<T> read(JsonFormat<T> format, byte[] json) {
        Objects.requireNonNull(json, "json");
        return read(format, reading -> Source.ofBytes(json, 0, json.length, reading));
    }

    /**
     * Reads a document from a string, with its warnings.
     *
     * @param format the format
     * @param json the document
     * @param <T> the type read
     * @return the value and warnings
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public <T> ReadResult<T> read(JsonFormat<T> format, String json) {
        Objects.requireNonNull(json, "json");
        return read(format, reading -> Source.ofString(json, reading));
    }

    /**
     * Reads a document from a UTF-8 stream, which is not closed, with its warnings.
     *
     * @param format the format
     * @param json the document
     * @param <T> the type read
     * @return the value and warnings
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the stream fails
     */
    public <T> ReadResult<T> read(JsonFormat<T> format, InputStream json) {
        Objects.requireNonNull(json, "json");
        return read(format, reading -> Source.ofStream(json, reading));
    }

    /**
     * Reads a document from a reader, which is not closed, with its warnings.
     *
     * @param format the format
     * @param json the document
     * @param <T> the type read
     * @return the value and warnings
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the reader fails
     */
    public <T> ReadResult<T> read(JsonFormat<T> format, Reader json) {
        Objects.requireNonNull(json, "json");
        return read(format, reading -> Source.ofReader(json, reading));
    }

    /** Takes the characters of one document from some input, recording problems with them. */
    @FunctionalInterface
    private interface Input {
        Source take(Reading reading) throws IOException;
    }

    private <T> ReadResult<T> read(JsonFormat<T> format, Input input) {
        Reading reading = new Reading(options, 0);
        Source source;
        try {
            source = input.take(reading);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        T value = source == null ? null : documents.read(format.codec(), source, reading);
        if (reading.failed() || value == null) {
            throw new JsonReadException(format.name(), reading.errors());
        }
        return new ReadResult<>(value, reading.warnings());
    }

    /**
     * Writes a value as compact JSON.
     *
     * @param format the format
     * @param value the value
     * @param <T> the type written
     * @return the JSON text
     */
    public <T> String write(JsonFormat<T> format, T value) {
        return documents.write(format.codec(), Objects.requireNonNull(value, "value"), false);
    }

    /**
     * Writes a value as indented JSON.
     *
     * @param format the format
     * @param value the value
     * @param <T> the type written
     * @return the JSON text
     */
    public <T> String writePretty(JsonFormat<T> format, T value) {
        return documents.write(format.codec(), Objects.requireNonNull(value, "value"), true);
    }

    /**
     * Writes a value as compact UTF-8 JSON to a stream, which is not closed.
     *
     * @param format the format
     * @param value the value
     * @param out where to write
     * @param <T> the type written
     * @throws UncheckedIOException if the stream fails
     */
    public <T> void write(JsonFormat<T> format, T value, OutputStream out) {
        documents.write(format.codec(), Objects.requireNonNull(value, "value"), out, false);
    }

    /**
     * Writes a value as compact JSON to a writer, which is not closed.
     *
     * @param format the format
     * @param value the value
     * @param out where to write
     * @param <T> the type written
     * @throws UncheckedIOException if the writer fails
     */
    public <T> void write(JsonFormat<T> format, T value, Writer out) {
        documents.write(format.codec(), Objects.requireNonNull(value, "value"), out, false);
    }

    /**
     * Opens an NDJSON stream.
     *
     * @param format the format of each line
     * @param ndjson UTF-8 input, one document per line; each line is decoded on its own; closed when
     *     the reader is closed
     * @param onBadLine whether to stop at a bad line or skip it
     * @param <T> the type of each document
     * @return the reader
     */
    public <T> NdjsonReader<T> readNdjson(JsonFormat<T> format, InputStream ndjson, OnBadLine onBadLine) {
        return ndjson(
                format, Lines.of(Objects.requireNonNull(ndjson, "ndjson"), options.maxDocumentBytes()), onBadLine);
    }

    /**
     * Opens an NDJSON stream.
     *
     * @param format the format of each line
     * @param ndjson input, one document per line; closed when the reader is closed
     * @param onBadLine whether to stop at a bad line or skip it
     * @param <T> the type of each document
     * @return the reader
     */
    public <T> NdjsonReader<T> readNdjson(JsonFormat<T> format, Reader ndjson, OnBadLine onBadLine) {
        return ndjson(
                format, Lines.of(Objects.requireNonNull(ndjson, "ndjson"), options.maxDocumentBytes()), onBadLine);
    }

    private <T> NdjsonReader<T> ndjson(JsonFormat<T> format, Lines lines, OnBadLine onBadLine) {
        return new NdjsonReader<>(
                Objects.requireNonNull(format, "format"),
                documents,
                options,
                lines,
                Objects.requireNonNull(onBadLine, "onBadLine"));
    }

    /**
     * Opens an NDJSON writer on a stream, written as UTF-8; closing the writer closes the stream.
     *
     * @param format the format of each line
     * @param out where to write
     * @param <T> the type of each document
     * @return the writer
     */
    public <T> NdjsonWriter<T> ndjsonWriter(JsonFormat<T> format, OutputStream out) {
        return ndjsonWriter(
                format,
                new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8)));
    }

    /**
     * Opens an NDJSON writer on a writer; closing the NDJSON writer closes it.
     *
     * @param format the format of each line
     * @param out where to write
     * @param <T> the type of each document
     * @return the writer
     */
    public <T> NdjsonWriter<T> ndjsonWriter(JsonFormat<T> format, Writer out) {
        return new NdjsonWriter<>(format, documents, Objects.requireNonNull(out, "out"));
    }

    @Override
    public String toString() {
        return "InddragelseJson{" + options + "}";
    }
}
