package io.github.inddragelse.json;

import static io.github.inddragelse.json.SchemaValidation.camel;
import static io.github.inddragelse.json.SchemaValidation.dispatched;
import static io.github.inddragelse.json.SchemaValidation.names;
import static io.github.inddragelse.json.SchemaValidation.props;
import static io.github.inddragelse.json.SchemaValidation.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inddragelse.json.internal.AssessmentCodec;
import io.github.inddragelse.json.internal.ChecklistCodec;
import io.github.inddragelse.json.internal.ObjectCodec;
import io.github.inddragelse.json.internal.Types;
import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.assessment.ItemStatus;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.DimensionKind;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.checklist.OptionKind;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.checklist.ResponseStatus;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas of the checklist, checklist-response, assessment and caseload-summary formats. */
class FormatSchemasTest {

    /** Each schema definition and the table that reads and writes it ({@code ""} is the document). */
    private static final Map<JsonFormat<?>, Map<String, ObjectCodec<?, ?>>> TABLES = Map.of(
            JsonFormat.CHECKLIST,
            Map.of(
                    "", ChecklistCodec.CHECKLIST,
                    "item", ChecklistCodec.ITEM,
                    "scale", ChecklistCodec.SCALE,
                    "option", ChecklistCodec.OPTION,
                    "bilingualText", Types.TEXT),
            JsonFormat.CHECKLIST_RESPONSE,
            Map.of("", ChecklistCodec.RESPONSE),
            JsonFormat.ASSESSMENT,
            Map.of(
                    "", AssessmentCodec.ASSESSMENT,
                    "score", AssessmentCodec.SCORE,
                    "dimensionScore", AssessmentCodec.DIMENSION_SCORE,
                    "finding", AssessmentCodec.FINDING,
                    "legalReference", AssessmentCodec.CITED_REFERENCE,
                    "itemScore", AssessmentCodec.ITEM_SCORE,
                    "trustGap", AssessmentCodec.TRUST_GAP,
                    "bilingualText", Types.TEXT),
            JsonFormat.CASELOAD_SUMMARY,
            Map.of(
                    "", AssessmentCodec.CASELOAD_SUMMARY,
                    "dimensionSummary", AssessmentCodec.DIMENSION_SUMMARY,
                    "ruleCount", AssessmentCodec.RULE_COUNT,
                    "bilingualText", Types.TEXT));

    /** Each schema's enumerations and the model enum whose codes they list. */
    private static final Map<JsonFormat<?>, Map<String, Class<? extends Enum<?>>>> ENUMS = Map.of(
            JsonFormat.CHECKLIST,
            Map.of(
                    "perspective", Perspective.class,
                    "optionKind", OptionKind.class,
                    "eventKind", EventKind.class,
                    "phase", Phase.class,
                    "communicationNeed", CommunicationNeed.class,
                    "targetGroup", TargetGroup.class),
            JsonFormat.CHECKLIST_RESPONSE,
            Map.of("perspective", Perspective.class, "responseStatus", ResponseStatus.class),
            JsonFormat.ASSESSMENT,
            Map.of(
                    "band", Band.class,
                    "lens", Lens.class,
                    "outcome", Outcome.class,
                    "severity", Severity.class,
                    "itemStatus", ItemStatus.class,
                    "dimensionKind", DimensionKind.class,
                    "perspective", Perspective.class),
            JsonFormat.CASELOAD_SUMMARY,
            Map.of("band", Band.class));

    static Stream<JsonFormat<?>> formats() {
        return TABLES.keySet().stream();
    }

    private static JsonNode def(JsonFormat<?> format, String name) {
        JsonNode schema = SchemaValidation.schema(format);
        return name.isEmpty() ? schema : schema.path("$defs").path(name);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void every_schema_is_draft_2020_12_at_the_documented_resource_path(JsonFormat<?> format) {
        JsonNode schema = SchemaValidation.schema(format);

        assertThat(format.schemaResource())
                .isEqualTo("io/github/inddragelse/json/schema/" + format.name() + "-1.0.schema.json");
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).endsWith("/" + format.name() + "-1.0.schema.json");
        assertThat(schema.path("properties").path("schemaVersion").path("const").asText())
                .isEqualTo(format.schemaVersion());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void every_object_of_the_schema_is_closed_and_lists_the_properties_of_its_table(JsonFormat<?> format) {
        TABLES.get(format).forEach((name, table) -> {
            JsonNode def = def(format, name);
            assertThat(def.path("additionalProperties").asBoolean(true))
                    .as(name)
                    .isFalse();
            assertThat(names(def.path("properties"))).as(name).isEqualTo(props(table, false));
            assertThat(strings(def.path("required"))).as(name).isEqualTo(props(table, true));
        });
    }

    @ParameterizedTest
    @MethodSource("formats")
    void every_enumeration_lists_exactly_the_model_codes(JsonFormat<?> format) {
        ENUMS.get(format).forEach((name, type) -> {
            List<String> listed = new ArrayList<>();
            def(format, name).path("enum").forEach(v -> listed.add(v.asText()));
            assertThat(listed)
                    .as(name)
                    .isEqualTo(Arrays.stream(type.getEnumConstants())
                            .map(e -> ((Labelled) e).code())
                            .toList());
        });
    }

    @Test
    void every_condition_type_has_a_closed_schema_matching_its_table_and_is_dispatched_on_type() {
        JsonNode defs = SchemaValidation.schema(JsonFormat.CHECKLIST).path("$defs");
        List<String> types = ChecklistCodec.conditionTypes();

        assertThat(strings(defs.path("conditionType").path("enum"))).isEqualTo(new TreeSet<>(types));
        for (String type : types) {
            JsonNode def = defs.path(camel(type) + "Condition");
            Set<String> expected = new TreeSet<>(props(ChecklistCodec.CONDITION.codec(type), false));
            expected.add("type");
            Set<String> required = new TreeSet<>(props(ChecklistCodec.CONDITION.codec(type), true));
            required.add("type");
            assertThat(def.path("additionalProperties").asBoolean(true))
                    .as(type)
                    .isFalse();
            assertThat(names(def.path("properties"))).as(type).isEqualTo(expected);
            assertThat(strings(def.path("required"))).as(type).isEqualTo(required);
            assertThat(def.path("properties").path("type").path("const").asText())
                    .isEqualTo(type);
            assertThat(dispatched(defs.path("condition"), "type", type))
                    .containsExactly("#/$defs/" + camel(type) + "Condition");
        }
    }

    @Test
    void the_dimension_ids_of_the_standard_catalogue_are_named_in_the_schemas() {
        for (JsonFormat<?> format : List.of(JsonFormat.CHECKLIST, JsonFormat.ASSESSMENT)) {
            String described = def(format, "dimensionId").path("description").asText();
            assertThat(StandardCatalogue.get().dimensions())
                    .extracting(Dimension::id)
                    .allSatisfy(id -> assertThat(described).contains(id));
        }
    }

    @Test
    void the_schemas_reject_what_the_readers_reject_structurally() {
        String own = ChecklistFormatTest.OWN;
        String response = ResponseFormatTest.RESPONSE;

        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST, own)).isEmpty();
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST, own.replace("\"has-adverse-decision\"", "\"x\"")))
                .isNotEmpty();
        assertThat(SchemaValidation.errors(
                        JsonFormat.CHECKLIST, own.replace("\"kind\": \"meeting\"", "\"kind\": \"party\"")))
                .isNotEmpty();
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST, own.replaceFirst(", \"points\": 0", "")))
                .isNotEmpty();
        assertThat(SchemaValidation.errors(
                        JsonFormat.CHECKLIST,
                        own.replace("\"kind\": \"dont-know\"}", "\"kind\": \"dont-know\", \"points\": 1}")))
                .isNotEmpty();
        assertThat(SchemaValidation.errors(
                        JsonFormat.CHECKLIST,
                        own.replace(
                                "{\"type\": \"has-adverse-decision\"}", "{\"type\": \"all-of\", \"conditions\": []}")))
                .isNotEmpty();
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST_RESPONSE, response))
                .isEmpty();
        assertThat(SchemaValidation.errors(
                        JsonFormat.CHECKLIST_RESPONSE, response.replace("\"borger-17\"", "\"0102031234\"")))
                .isNotEmpty();
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST_RESPONSE, response.replace("\"yes\"", "\"YES!\"")))
                .isNotEmpty();
    }
}
