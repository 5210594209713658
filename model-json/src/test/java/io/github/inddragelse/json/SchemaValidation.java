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

/** Validates documents against the published case-process schema with the networknt validator. */
final class SchemaValidation {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema CASE_PROCESS =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JsonFormat.CASE_PROCESS.schema());

    private SchemaValidation() {}

    /** The schema's complaints about a document, empty when it is valid. */
    static List<String> caseProcessErrors(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return CASE_PROCESS.validate(node).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema itself as a tree. */
    static JsonNode caseProcessSchema() {
        try {
            return MAPPER.readTree(JsonFormat.CASE_PROCESS.schema());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
