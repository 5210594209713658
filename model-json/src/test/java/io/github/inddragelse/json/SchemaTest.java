package io.github.inddragelse.json;

import static io.github.inddragelse.json.SchemaValidation.camel;
import static io.github.inddragelse.json.SchemaValidation.dispatched;
import static io.github.inddragelse.json.SchemaValidation.names;
import static io.github.inddragelse.json.SchemaValidation.props;
import static io.github.inddragelse.json.SchemaValidation.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inddragelse.json.internal.CaseProcessCodec;
import io.github.inddragelse.json.internal.ObjectCodec;
import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.Adaptation;
import io.github.inddragelse.model.caseprocess.CaseStatus;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.ContactKind;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.caseprocess.EvidenceBase;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.HearingExemption;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.ReablementAssessment;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaTest {

    private static final JsonNode SCHEMA = SchemaValidation.caseProcessSchema();
    private static final JsonNode DEFS = SCHEMA.path("$defs");

    private static String defName(EventKind kind) {
        return camel(kind.code()) + "Event";
    }

    @Test
    void the_schema_is_draft_2020_12_at_the_documented_resource_path() {
        assertThat(JsonFormat.CASE_PROCESS.schemaResource())
                .isEqualTo("io/github/inddragelse/json/schema/case-process-1.0.schema.json");
        assertThat(SCHEMA.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SCHEMA.path("properties").path("schemaVersion").path("const").asText())
                .isEqualTo(JsonFormat.CASE_PROCESS.schemaVersion());
        assertThat(SCHEMA.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void the_case_properties_and_required_ones_match_the_reader() {
        assertThat(names(SCHEMA.path("properties"))).isEqualTo(props(CaseProcessCodec.CASE_PROCESS, false));
        assertThat(strings(SCHEMA.path("required"))).isEqualTo(props(CaseProcessCodec.CASE_PROCESS, true));
        assertThat(names(DEFS.path("participant").path("properties")))
                .isEqualTo(props(CaseProcessCodec.PARTICIPANT, false));
        assertThat(strings(DEFS.path("participant").path("required")))
                .isEqualTo(props(CaseProcessCodec.PARTICIPANT, true));
        assertThat(names(DEFS.path("lifeAreaAssessment").path("properties")))
                .isEqualTo(props(CaseProcessCodec.LIFE_AREA_ASSESSMENT, false));
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void every_event_kind_has_a_closed_schema_matching_the_reader(EventKind kind) {
        JsonNode def = DEFS.path(defName(kind));
        ObjectCodec<?, ?> codec = CaseProcessCodec.event(kind);
        Set<String> expected = new TreeSet<>(props(codec, false));
        expected.add("kind");
        Set<String> required = new TreeSet<>(props(codec, true));
        required.add("kind");

        assertThat(def.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(names(def.path("properties"))).isEqualTo(expected);
        assertThat(strings(def.path("required"))).isEqualTo(required);
        assertThat(def.path("properties").path("kind").path("const").asText()).isEqualTo(kind.code());
        assertThat(dispatched(DEFS.path("event"), "kind", kind.code())).containsExactly("#/$defs/" + defName(kind));
    }

    @Test
    void every_enumeration_lists_exactly_the_model_codes() {
        Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(
                Map.entry("actor", Actor.class),
                Map.entry("adaptation", Adaptation.class),
                Map.entry("caseStatus", CaseStatus.class),
                Map.entry("communicationNeed", CommunicationNeed.class),
                Map.entry("contactKind", ContactKind.class),
                Map.entry("decisionOutcome", DecisionOutcome.class),
                Map.entry("eventKind", EventKind.class),
                Map.entry("evidenceBase", EvidenceBase.class),
                Map.entry("followUpOutcome", FollowUpOutcome.class),
                Map.entry("guidanceTopic", GuidanceTopic.class),
                Map.entry("hearingExemption", HearingExemption.class),
                Map.entry("interpretationKind", InterpretationKind.class),
                Map.entry("meetingPurpose", MeetingPurpose.class),
                Map.entry("planResponse", PlanResponse.class),
                Map.entry("reablementAssessment", ReablementAssessment.class),
                Map.entry("reconsiderationOutcome", ReconsiderationOutcome.class),
                Map.entry("recordedFact", RecordedFact.class),
                Map.entry("role", Role.class),
                Map.entry("functionLevel", FunctionLevel.class),
                Map.entry("goalType", GoalType.class),
                Map.entry("lifeArea", LifeArea.class),
                Map.entry("phase", Phase.class),
                Map.entry("supportNeed", SupportNeed.class),
                Map.entry("targetGroup", TargetGroup.class));

        enums.forEach((name, type) -> {
            List<String> codes = Arrays.stream(type.getEnumConstants())
                    .map(e -> ((Labelled) e).code())
                    .toList();
            List<String> listed = new ArrayList<>();
            DEFS.path(name).path("enum").forEach(v -> listed.add(v.asText()));
            assertThat(listed).as(name).isEqualTo(codes);
        });
    }

    @Test
    void the_schema_rejects_what_the_reader_rejects_structurally() {
        String unknownProperty = Documents.withEvents(Documents.meeting("e1").replace("}", ", \"colour\": 1}"));
        String unknownCode = Documents.withEvents(Documents.meeting("e1").replace("expectations", "coffee"));
        String missingDate = Documents.withEvents("{\"kind\": \"meeting\", \"id\": \"e1\", \"purpose\": \"other\"}");
        String cprId = Documents.withEvents().replace("\"sag-1\"", "\"0102031234\"");

        assertThat(SchemaValidation.caseProcessErrors(Documents.withEvents(Documents.meeting("e1"))))
                .isEmpty();
        assertThat(SchemaValidation.caseProcessErrors(unknownProperty)).isNotEmpty();
        assertThat(SchemaValidation.caseProcessErrors(unknownCode)).isNotEmpty();
        assertThat(SchemaValidation.caseProcessErrors(missingDate)).isNotEmpty();
        assertThat(SchemaValidation.caseProcessErrors(cprId)).isNotEmpty();
    }

    @Test
    void the_schema_can_be_opened_as_a_stream() throws Exception {
        try (var in = JsonFormat.CASE_PROCESS.openSchema()) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }
        assertThat(JsonFormat.all()).startsWith(JsonFormat.CASE_PROCESS);
    }
}
