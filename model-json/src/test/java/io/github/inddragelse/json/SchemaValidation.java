package io.github.inddragelse.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates documents against the published schemas with the networknt validator. */
final class SchemaValidation {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaValidation() {}

    /** The schema's complaints about a document of a format, empty when it is valid. */
    static List<String> errors(JsonFormat<?> format, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(
                format.name(), name -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(format.schema()));
        try {
            JsonNode node = MAPPER.readTree(json);
            return schema.validate(node).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case-process schema's complaints about a document, empty when it is valid. */
    static List<String> caseProcessErrors(String json) {
        return errors(JsonFormat.CASE_PROCESS, json);
    }

    /** A format's schema as a tree. */
    static JsonNode schema(JsonFormat<?> format) {
        try {
            return MAPPER.readTree(format.schema());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case-process schema as a tree. */
    static JsonNode caseProcessSchema() {
        return schema(JsonFormat.CASE_PROCESS);
    }
}
