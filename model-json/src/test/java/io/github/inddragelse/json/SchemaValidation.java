package io.github.inddragelse.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.inddragelse.json.internal.ObjectCodec;
import io.github.inddragelse.json.internal.Prop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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

    /** The property names of a JSON object, sorted. */
    static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The strings of a JSON array, sorted. */
    static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The property names of a table, sorted; only the required ones if asked. */
    static Set<String> props(ObjectCodec<?, ?> codec, boolean requiredOnly) {
        return codec.props().stream()
                .filter(p -> !requiredOnly || p.required())
                .map(Prop::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A kebab-case code in camel case: {@code follow-up-held} becomes {@code followUpHeld}. */
    static String camel(String code) {
        String[] words = code.split("-");
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return sb.toString();
    }

    /**
     * The definitions an {@code allOf} of {@code if}/{@code then} branches dispatches to for one
     * value of a discriminator.
     */
    static List<String> dispatched(JsonNode dispatcher, String property, String code) {
        List<String> refs = new java.util.ArrayList<>();
        dispatcher.path("allOf").forEach(branch -> {
            if (branch.path("if")
                    .path("properties")
                    .path(property)
                    .path("const")
                    .asText()
                    .equals(code)) {
                refs.add(branch.path("then").path("$ref").asText());
            }
        });
        return refs;
    }

    /** The case-process schema as a tree. */
    static JsonNode caseProcessSchema() {
        return schema(JsonFormat.CASE_PROCESS);
    }
}
