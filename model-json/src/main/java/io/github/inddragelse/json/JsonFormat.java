package io.github.inddragelse.json;

import io.github.inddragelse.json.internal.CaseProcessCodec;
import io.github.inddragelse.json.internal.ValueType;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One versioned document format of the library: its name, the Java type it holds, its schema version
 * and the JSON Schema (draft 2020-12) published for it in this jar. Pass one to the generic methods
 * of {@link InddragelseJson}; the case-process format also has its own shortcuts there.
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
            "case-process", CaseProcess.class, CaseProcessCodec.SCHEMA_VERSION, CaseProcessCodec.CASE_PROCESS);

    private final String name;
    private final Class<T> type;
    private final String schemaVersion;
    private final ValueType<T> codec;

    private JsonFormat(String name, Class<T> type, String schemaVersion, ValueType<T> codec) {
        this.name = name;
        this.type = type;
        this.schemaVersion = schemaVersion;
        this.codec = codec;
    }

    /**
     * Every format this version of the library reads and writes.
     *
     * @return the formats
     */
    public static List<JsonFormat<?>> all() {
        return List.of(CASE_PROCESS);
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

    @Override
    public String toString() {
        return name + " " + schemaVersion;
    }
}
