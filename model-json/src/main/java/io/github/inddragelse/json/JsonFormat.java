package io.github.inddragelse.json;

import io.github.inddragelse.json.internal.AssessmentCodec;
import io.github.inddragelse.json.internal.CaseProcessCodec;
import io.github.inddragelse.json.internal.ChecklistCodec;
import io.github.inddragelse.json.internal.ValueType;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One versioned document format of the library: its name, the Java type it holds, its schema version
 * and the JSON Schema (draft 2020-12) published for it in this jar. Pass one to the generic methods
 * of {@link InddragelseJson}, which also has shortcuts per format ({@code readCase}, {@code
 * readChecklist}, {@code writeAssessment}, ...).
 *
 * <table>
 *   <caption>The formats</caption>
 *   <tr><th>constant</th><th>Java type</th><th>read</th><th>write</th></tr>
 *   <tr><td>{@link #CASE_PROCESS}</td><td>{@link CaseProcess}</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>{@link #CHECKLIST}</td><td>{@link Checklist}</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>{@link #CHECKLIST_RESPONSE}</td><td>{@link ChecklistResponse}</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>{@link #ASSESSMENT}</td><td>{@link Assessment}</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>{@link #CASELOAD_SUMMARY}</td><td>{@link CaseloadSummary}</td><td>no</td><td>yes</td></tr>
 * </table>
 *
 * <pre>{@code
 * JsonFormat<CaseProcess> format = JsonFormat.CASE_PROCESS;
 * String schema = format.schema();            // the JSON Schema text
 * String where = format.schemaResource();     // io/github/inddragelse/json/schema/case-process-1.0.schema.json
 * }</pre>
 *
 * @param <T> the Java type the format holds
 */
public final class JsonFormat<T> {

    /** Where the schemas are, inside the jar. */
    static final String SCHEMA_FOLDER = "io/github/inddragelse/json/schema/";

    /**
     * The case-process format, schema version 1.0: one {@link CaseProcess} per document. Schema
     * resource: {@code io/github/inddragelse/json/schema/case-process-1.0.schema.json}.
     */
    public static final JsonFormat<CaseProcess> CASE_PROCESS = new JsonFormat<>(
            "case-process", CaseProcess.class, CaseProcessCodec.SCHEMA_VERSION, CaseProcessCodec.CASE_PROCESS, true);

    /**
     * The checklist format, schema version 1.0: one {@link Checklist} definition per document, with
     * its items, answer scales and the conditions under which items apply, so that a municipality can
     * load its own checklist. Schema resource: {@code
     * io/github/inddragelse/json/schema/checklist-1.0.schema.json}.
     */
    public static final JsonFormat<Checklist> CHECKLIST = new JsonFormat<>(
            "checklist", Checklist.class, ChecklistCodec.SCHEMA_VERSION, ChecklistCodec.CHECKLIST, true);

    /**
     * The checklist-response format, schema version 1.0: one respondent's {@link ChecklistResponse}
     * per document, the chosen option code per item id. Schema resource: {@code
     * io/github/inddragelse/json/schema/checklist-response-1.0.schema.json}.
     */
    public static final JsonFormat<ChecklistResponse> CHECKLIST_RESPONSE = new JsonFormat<>(
            "checklist-response",
            ChecklistResponse.class,
            ChecklistCodec.SCHEMA_VERSION,
            ChecklistCodec.RESPONSE,
            true);

    /**
     * The assessment format, schema version 1.0: one {@link Assessment} per document, with its
     * scores, findings, item scores and trust gaps. Reading gives back an equal assessment, its
     * dimensions resolved by id against {@link JsonOptions#catalogue()}. Schema resource: {@code
     * io/github/inddragelse/json/schema/assessment-1.0.schema.json}.
     */
    public static final JsonFormat<Assessment> ASSESSMENT = new JsonFormat<>(
            "assessment", Assessment.class, AssessmentCodec.SCHEMA_VERSION, AssessmentCodec.ASSESSMENT, true);

    /**
     * The caseload-summary format, schema version 1.0: one {@link CaseloadSummary} per document.
     * Written only; reading it throws {@link UnsupportedOperationException}. Schema resource: {@code
     * io/github/inddragelse/json/schema/caseload-summary-1.0.schema.json}.
     */
    public static final JsonFormat<CaseloadSummary> CASELOAD_SUMMARY = new JsonFormat<>(
            "caseload-summary",
            CaseloadSummary.class,
            AssessmentCodec.SCHEMA_VERSION,
            AssessmentCodec.CASELOAD_SUMMARY,
            false);

    private final String name;
    private final Class<T> type;
    private final String schemaVersion;
    private final ValueType<T> codec;
    private final boolean readable;

    private JsonFormat(String name, Class<T> type, String schemaVersion, ValueType<T> codec, boolean readable) {
        this.name = name;
        this.type = type;
        this.schemaVersion = schemaVersion;
        this.codec = codec;
        this.readable = readable;
    }

    /**
     * Every format this version of the library reads and writes.
     *
     * @return the formats
     */
    public static List<JsonFormat<?>> all() {
        return List.of(CASE_PROCESS, CHECKLIST, CHECKLIST_RESPONSE, ASSESSMENT, CASELOAD_SUMMARY);
    }

    /**
     * The format's name, for example {@code case-process}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Whether documents of this format can be read; every format can be written.
     *
     * @return false for {@link #CASELOAD_SUMMARY}, true for the others
     */
    public boolean readable() {
        return readable;
    }

    /**
     * The Java type a document holds.
     *
     * @return the type
     */
    public Class<T> type() {
        return type;
    }

    /**
     * The {@code schemaVersion} every document of this format carries, for example {@code 1.0}.
     *
     * @return the version
     */
    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * Where the JSON Schema is inside the jar, for example {@code
     * io/github/inddragelse/json/schema/case-process-1.0.schema.json}. On the class path, load it
     * with {@code ClassLoader.getResource}; from a named module use {@link #openSchema()}.
     *
     * @return the resource path, without a leading slash
     */
    public String schemaResource() {
        return SCHEMA_FOLDER + name + "-" + schemaVersion + ".schema.json";
    }

    /**
     * Opens the JSON Schema.
     *
     * @return the schema as a UTF-8 stream; the caller closes it
     */
    public InputStream openSchema() {
        InputStream in = JsonFormat.class.getResourceAsStream("/" + schemaResource());
        if (in == null) {
            throw new IllegalStateException("the schema " + schemaResource() + " is missing from the jar");
        }
        return in;
    }

    /**
     * The JSON Schema text.
     *
     * @return the schema
     */
    public String schema() {
        try (InputStream in = openSchema()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table that reads and writes the format. */
    ValueType<T> codec() {
        return codec;
    }

    /** The table that reads the format, refusing a format that is written only. */
    ValueType<T> reader() {
        if (!readable) {
            throw new UnsupportedOperationException("the " + name + " format is written only, never read");
        }
        return codec;
    }

    @Override
    public String toString() {
        return name + " " + schemaVersion;
    }
}
