package io.github.inddragelse.json;

import io.github.inddragelse.json.internal.Documents;
import io.github.inddragelse.json.internal.Lines;
import io.github.inddragelse.json.internal.Reading;
import io.github.inddragelse.json.internal.Source;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
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
 * Assessment assessment = Assessor.standard().assess(process, LocalDate.of(2026, 6, 1));
 * String report = json.writeAssessmentPretty(assessment);
 *
 * Checklist own = json.readChecklist(Files.readAllBytes(checklistPath)); // a municipality's checklist
 * ChecklistResponse answers = json.readResponse(Files.readAllBytes(responsePath));
 * }</pre>
 *
 * <p>Every format is a {@link JsonFormat} ({@link JsonFormat#CASE_PROCESS}, {@link
 * JsonFormat#CHECKLIST}, {@link JsonFormat#CHECKLIST_RESPONSE}, {@link JsonFormat#ASSESSMENT}, and
 * the written-only {@link JsonFormat#CASELOAD_SUMMARY}); the generic {@link #read(JsonFormat,
 * byte[])}, {@link #write(JsonFormat, Object)} and NDJSON methods take one, and each format has
 * shortcuts here.
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
 * when absent, defaulted booleans always written, sets and maps keyed by codes in enum order, and
 * numbers in a fixed form that reads back as the same {@code double}: the same value always gives
 * the same bytes. Pretty output indents by two spaces and ends lines with {@code \n}.
 *
 * <p><b>NDJSON.</b> {@link #readCases(InputStream)}, {@link #readResponses(InputStream)}, {@link
 * #readAssessments(InputStream)} and {@link #readNdjson(JsonFormat, InputStream, OnBadLine)} read one
 * document per line lazily; {@link #ndjsonWriter(JsonFormat, OutputStream)} writes them.
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

    // ---- checklist shortcuts ----------------------------------------------------------------

    /**
     * Reads a checklist definition from UTF-8 bytes; its items' dimensions are checked against
     * {@link JsonOptions#catalogue()}.
     *
     * @param json the document
     * @return the checklist
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public Checklist readChecklist(byte[] json) {
        return read(JsonFormat.CHECKLIST, json).value();
    }

    /**
     * Reads a checklist definition from a string.
     *
     * @param json the document
     * @return the checklist
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public Checklist readChecklist(String json) {
        return read(JsonFormat.CHECKLIST, json).value();
    }

    /**
     * Reads a checklist definition from a UTF-8 stream, which is not closed.
     *
     * @param json the document
     * @return the checklist
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the stream fails
     */
    public Checklist readChecklist(InputStream json) {
        return read(JsonFormat.CHECKLIST, json).value();
    }

    /**
     * Reads a checklist definition from a reader, which is not closed.
     *
     * @param json the document
     * @return the checklist
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the reader fails
     */
    public Checklist readChecklist(Reader json) {
        return read(JsonFormat.CHECKLIST, json).value();
    }

    /**
     * Writes a checklist definition as compact JSON.
     *
     * @param checklist the checklist
     * @return the JSON text
     */
    public String writeChecklist(Checklist checklist) {
        return write(JsonFormat.CHECKLIST, checklist);
    }

    /**
     * Writes a checklist definition as indented JSON, as a municipality would edit it.
     *
     * @param checklist the checklist
     * @return the JSON text
     */
    public String writeChecklistPretty(Checklist checklist) {
        return writePretty(JsonFormat.CHECKLIST, checklist);
    }

    // ---- checklist-response shortcuts -------------------------------------------------------

    /**
     * Reads a checklist response from UTF-8 bytes. The answers are not checked against the checklist
     * here; {@code Assessor.validate} and {@code Checklist.validate} do that.
     *
     * @param json the document
     * @return the response
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public ChecklistResponse readResponse(byte[] json) {
        return read(JsonFormat.CHECKLIST_RESPONSE, json).value();
    }

    /**
     * Reads a checklist response from a string.
     *
     * @param json the document
     * @return the response
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public ChecklistResponse readResponse(String json) {
        return read(JsonFormat.CHECKLIST_RESPONSE, json).value();
    }

    /**
     * Reads a checklist response from a UTF-8 stream, which is not closed.
     *
     * @param json the document
     * @return the response
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the stream fails
     */
    public ChecklistResponse readResponse(InputStream json) {
        return read(JsonFormat.CHECKLIST_RESPONSE, json).value();
    }

    /**
     * Reads a checklist response from a reader, which is not closed.
     *
     * @param json the document
     * @return the response
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the reader fails
     */
    public ChecklistResponse readResponse(Reader json) {
        return read(JsonFormat.CHECKLIST_RESPONSE, json).value();
    }

    /**
     * Writes a checklist response as compact JSON.
     *
     * @param response the response
     * @return the JSON text
     */
    public String writeResponse(ChecklistResponse response) {
        return write(JsonFormat.CHECKLIST_RESPONSE, response);
    }

    /**
     * Writes a checklist response as indented JSON.
     *
     * @param response the response
     * @return the JSON text
     */
    public String writeResponsePretty(ChecklistResponse response) {
        return writePretty(JsonFormat.CHECKLIST_RESPONSE, response);
    }

    /**
     * Opens an NDJSON stream of checklist responses, stopping at the first bad line.
     *
     * @param ndjson UTF-8 input, one response per line; closed when the reader is closed
     * @return the reader
     */
    public NdjsonReader<ChecklistResponse> readResponses(InputStream ndjson) {
        return readNdjson(JsonFormat.CHECKLIST_RESPONSE, ndjson, OnBadLine.STOP);
    }

    /**
     * Opens an NDJSON stream of checklist responses.
     *
     * @param ndjson UTF-8 input, one response per line; closed when the reader is closed
     * @param onBadLine whether to stop at a bad line or skip it
     * @return the reader
     */
    public NdjsonReader<ChecklistResponse> readResponses(InputStream ndjson, OnBadLine onBadLine) {
        return readNdjson(JsonFormat.CHECKLIST_RESPONSE, ndjson, onBadLine);
    }

    // ---- assessment shortcuts ---------------------------------------------------------------

    /**
     * Reads an assessment from UTF-8 bytes, resolving its dimensions against {@link
     * JsonOptions#catalogue()}; reading what {@link #writeAssessment(Assessment)} wrote gives an
     * equal assessment.
     *
     * @param json the document
     * @return the assessment
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public Assessment readAssessment(byte[] json) {
        return read(JsonFormat.ASSESSMENT, json).value();
    }

    /**
     * Reads an assessment from a string.
     *
     * @param json the document
     * @return the assessment
     * @throws JsonReadException listing every problem, if the document cannot be read
     */
    public Assessment readAssessment(String json) {
        return read(JsonFormat.ASSESSMENT, json).value();
    }

    /**
     * Reads an assessment from a UTF-8 stream, which is not closed.
     *
     * @param json the document
     * @return the assessment
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the stream fails
     */
    public Assessment readAssessment(InputStream json) {
        return read(JsonFormat.ASSESSMENT, json).value();
    }

    /**
     * Reads an assessment from a reader, which is not closed.
     *
     * @param json the document
     * @return the assessment
     * @throws JsonReadException listing every problem, if the document cannot be read
     * @throws UncheckedIOException if the reader fails
     */
    public Assessment readAssessment(Reader json) {
        return read(JsonFormat.ASSESSMENT, json).value();
    }

    /**
     * Writes an assessment as compact JSON, as an HTTP response or an NDJSON line would carry it.
     *
     * @param assessment the assessment
     * @return the JSON text
     */
    public String writeAssessment(Assessment assessment) {
        return write(JsonFormat.ASSESSMENT, assessment);
    }

    /**
     * Writes an assessment as indented JSON.
     *
     * @param assessment the assessment
     * @return the JSON text
     */
    public String writeAssessmentPretty(Assessment assessment) {
        return writePretty(JsonFormat.ASSESSMENT, assessment);
    }

    /**
     * Opens an NDJSON stream of assessments, stopping at the first bad line.
     *
     * @param ndjson UTF-8 input, one assessment per line; closed when the reader is closed
     * @return the reader
     */
    public NdjsonReader<Assessment> readAssessments(InputStream ndjson) {
        return readNdjson(JsonFormat.ASSESSMENT, ndjson, OnBadLine.STOP);
    }

    /**
     * Opens an NDJSON stream of assessments.
     *
     * @param ndjson UTF-8 input, one assessment per line; closed when the reader is closed
     * @param onBadLine whether to stop at a bad line or skip it
     * @return the reader
     */
    public NdjsonReader<Assessment> readAssessments(InputStream ndjson, OnBadLine onBadLine) {
        return readNdjson(JsonFormat.ASSESSMENT, ndjson, onBadLine);
    }

    // ---- caseload summary -------------------------------------------------------------------

    /**
     * Writes a caseload summary as compact JSON. The format is written only.
     *
     * @param summary the summary
     * @return the JSON text
     */
    public String writeCaseloadSummary(CaseloadSummary summary) {
        return write(JsonFormat.CASELOAD_SUMMARY, summary);
    }

    /**
     * Writes a caseload summary as indented JSON.
     *
     * @param summary the summary
     * @return the JSON text
     */
    public String writeCaseloadSummaryPretty(CaseloadSummary summary) {
        return writePretty(JsonFormat.CASELOAD_SUMMARY, summary);
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
     * @throws UnsupportedOperationException if the format is written only
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
     * @throws UnsupportedOperationException if the format is written only
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
     * @throws UnsupportedOperationException if the format is written only
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
     * @throws UnsupportedOperationException if the format is written only
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
        format.reader(); // refuses a format that is written only before any input is taken
        Reading reading = new Reading(options, 0);
        Source source;
        try {
            source = input.take(reading);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        T value = source == null ? null : documents.read(format.reader(), source, reading);
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
     * @throws UnsupportedOperationException if the format is written only
     */
    public <T> NdjsonReader<T> readNdjson(JsonFormat<T> format, InputStream ndjson, OnBadLine onBadLine) {
        format.reader();
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
     * @throws UnsupportedOperationException if the format is written only
     */
    public <T> NdjsonReader<T> readNdjson(JsonFormat<T> format, Reader ndjson, OnBadLine onBadLine) {
        format.reader();
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
     * Opens an NDJSON writer on a stream, written as UTF-8. Closing the writer closes the stream:
     * for a stream you do not own, such as {@code System.out}, {@link NdjsonWriter#flush() flush}
     * the writer instead of closing it.
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
     * Opens an NDJSON writer on a writer. Closing the NDJSON writer closes it: for a writer you do
     * not own, {@link NdjsonWriter#flush() flush} the NDJSON writer instead of closing it.
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
