package io.github.inddragelse.json;

import static io.github.inddragelse.json.Problems.assertLocated;
import static io.github.inddragelse.json.Problems.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.checklist.OptionKind;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChecklistFormatTest {

    /** A municipality's own two-item checklist, with defaults left out. */
    static final String OWN = """
            {
              "schemaVersion": "1.0",
              "id": "kommune-0751-borger",
              "version": "2026-1",
              "perspective": "citizen",
              "title": {"da": "Din oplevelse", "en": "Your experience"},
              "items": [
                {
                  "id": "k-01",
                  "question": {"da": "Fik du forklaret afslaget?", "en": "Was the rejection explained to you?"},
                  "scale": {
                    "id": "ja-nej",
                    "options": [
                      {"code": "no", "label": {"da": "Nej", "en": "No"}, "anchor": {"da": "Nej.", "en": "No."}, "points": 0},
                      {"code": "yes", "label": {"da": "Ja", "en": "Yes"}, "anchor": {"da": "Ja.", "en": "Yes."}, "points": 1},
                      {"code": "dont-know", "label": {"da": "Ved ikke", "en": "Don't know"}, "anchor": {"da": "Ved ikke.", "en": "Don't know."}, "kind": "dont-know"}
                    ]
                  },
                  "dimensions": ["transparency"],
                  "weight": 2,
                  "appliesWhen": {"type": "has-adverse-decision"}
                },
                {
                  "id": "k-02",
                  "question": {"da": "Var tolken god?", "en": "Was the interpreter good?"},
                  "scale": {
                    "id": "ja-nej",
                    "options": [
                      {"code": "no", "label": {"da": "Nej", "en": "No"}, "anchor": {"da": "Nej.", "en": "No."}, "points": 0},
                      {"code": "yes", "label": {"da": "Ja", "en": "Yes"}, "anchor": {"da": "Ja.", "en": "Yes."}, "points": 1}
                    ]
                  },
                  "dimensions": ["involvement", "p4-openness-trust-respect"],
                  "appliesWhen": {"type": "all-of", "conditions": [
                    {"type": "has-event", "kind": "meeting"},
                    {"type": "any-of", "conditions": [
                      {"type": "has-communication-need", "need": "language-interpreter"},
                      {"type": "has-communication-need", "need": "sign-language-interpreter"}
                    ]},
                    {"type": "not", "condition": {"type": "in-target-group", "group": "socially-marginalised"}}
                  ]}
                }
              ]
            }
            """;

    private final InddragelseJson json = InddragelseJson.create();

    static List<Checklist> standard() {
        return StandardChecklists.all();
    }

    @ParameterizedTest
    @MethodSource("standard")
    void the_standard_checklists_round_trip_exactly(Checklist checklist) {
        String text = json.writeChecklistPretty(checklist);

        Checklist back = json.readChecklist(text);

        assertThat(back).isEqualTo(checklist);
        for (int i = 0; i < checklist.items().size(); i++) {
            ChecklistItem item = checklist.items().get(i);
            assertThat(back.items().get(i).appliesWhen()).isEqualTo(item.appliesWhen());
            assertThat(back.items().get(i).scale().maxPoints())
                    .isEqualTo(item.scale().maxPoints());
        }
        assertThat(json.writeChecklistPretty(back)).isEqualTo(text);
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST, text)).isEmpty();
    }

    @Test
    void a_municipalitys_own_checklist_reads_with_its_defaults_and_conditions_as_data() {
        Checklist own = json.readChecklist(OWN);

        assertThat(own.perspective().code()).isEqualTo("citizen");
        ChecklistItem first = own.items().get(0);
        assertThat(first.weight()).isEqualTo(2.0);
        assertThat(first.appliesWhen()).isEqualTo(Condition.hasAdverseDecision());
        assertThat(first.scale().options())
                .extracting(o -> o.kind())
                .containsExactly(OptionKind.SCORED, OptionKind.SCORED, OptionKind.DONT_KNOW);
        assertThat(first.scale().maxPoints()).isEqualTo(1.0);
        ChecklistItem second = own.items().get(1);
        assertThat(second.weight()).isEqualTo(1.0);
        assertThat(second.appliesWhen())
                .isEqualTo(Condition.allOf(
                        Condition.hasEvent(EventKind.MEETING),
                        Condition.anyOf(
                                Condition.hasCommunicationNeed(CommunicationNeed.LANGUAGE_INTERPRETER),
                                Condition.hasCommunicationNeed(CommunicationNeed.SIGN_LANGUAGE_INTERPRETER)),
                        Condition.not(Condition.inTargetGroup(TargetGroup.SOCIALLY_MARGINALISED))));
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST, OWN)).isEmpty();
    }

    @Test
    void every_condition_is_written_with_its_type_first() {
        Checklist checklist = json.readChecklist(OWN);
        String written = json.writeChecklist(checklist);

        assertThat(written)
                .contains("\"appliesWhen\":{\"type\":\"has-adverse-decision\"}")
                .contains("{\"type\":\"has-event\",\"kind\":\"meeting\"}")
                .contains(
                        "{\"type\":\"not\",\"condition\":{\"type\":\"in-target-group\",\"group\":\"socially-marginalised\"}}")
                .contains("\"weight\":2,")
                .contains("\"kind\":\"scored\",\"points\":0}");
        assertThat(json.writeChecklist(Checklist.builder()
                        .from(checklist)
                        .items(List.of(ChecklistItem.builder()
                                .from(checklist.items().get(0))
                                .appliesWhen(Condition.phaseReached(Phase.FOLLOW_UP))
                                .build()))
                        .build()))
                .contains("\"appliesWhen\":{\"type\":\"phase-reached\",\"phase\":\"follow-up\"}");
    }

    @Test
    void an_unknown_condition_type_is_named_at_its_pointer() {
        String document = OWN.replace("\"has-adverse-decision\"", "\"has-full-moon\"");

        List<JsonProblem> problems = Problems.of(() -> json.readChecklist(document));

        assertLocated(
                problems, at(ProblemCode.UNKNOWN_CODE, "/items/0/appliesWhen/type", document, "\"has-full-moon\""));
        assertThat(problems.get(0).message()).startsWith("is not a known condition type; expected one of: always,");
    }

    @Test
    void an_unknown_condition_type_deep_inside_a_combination_is_named_at_its_pointer() {
        String document = OWN.replace("\"in-target-group\"", "\"in-a-hurry\"");

        assertLocated(
                Problems.of(() -> json.readChecklist(document)),
                at(
                        ProblemCode.UNKNOWN_CODE,
                        "/items/1/appliesWhen/conditions/2/condition/type",
                        document,
                        "\"in-a-hurry\""));
    }

    @Test
    void a_condition_without_its_field_or_with_a_wrong_code_is_named_at_its_pointer() {
        String document = OWN.replace("\"kind\": \"meeting\"", "\"kynd\": \"meeting\"")
                .replace("\"need\": \"sign-language-interpreter\"", "\"need\": \"telepathy\"");

        assertLocated(
                Problems.of(() -> json.readChecklist(document)),
                at(
                        ProblemCode.MISSING_FIELD,
                        "/items/1/appliesWhen/conditions/0/kind",
                        document,
                        "{\"type\": \"has-event\""),
                at(ProblemCode.UNKNOWN_PROPERTY, "/items/1/appliesWhen/conditions/0/kynd", document, "\"kynd\""),
                at(
                        ProblemCode.UNKNOWN_CODE,
                        "/items/1/appliesWhen/conditions/1/conditions/1/need",
                        document,
                        "\"telepathy\""));
    }

    @Test
    void an_empty_combination_is_an_invalid_value_at_its_conditions() {
        String document = OWN.replace(
                "\"appliesWhen\": {\"type\": \"has-adverse-decision\"}",
                "\"appliesWhen\": {\"type\": \"any-of\", \"conditions\": []}");

        List<JsonProblem> problems = Problems.of(() -> json.readChecklist(document));

        assertLocated(problems, at(ProblemCode.INVALID_VALUE, "/items/0/appliesWhen/conditions", document, "[]"));
        assertThat(problems.get(0).message()).isEqualTo("must hold at least one condition");
    }

    @Test
    void an_unknown_option_kind_is_named_at_its_pointer() {
        String document = OWN.replace("\"kind\": \"dont-know\"", "\"kind\": \"maybe\"");

        List<JsonProblem> problems = Problems.of(() -> json.readChecklist(document));

        assertLocated(problems, at(ProblemCode.UNKNOWN_CODE, "/items/0/scale/options/2/kind", document, "\"maybe\""));
        assertThat(problems.get(0).message())
                .isEqualTo("is not a known OptionKind code; expected one of: scored, not-applicable, dont-know");
    }

    @Test
    void points_must_fit_the_kind_of_option() {
        String document = OWN.replaceFirst("\"points\": 0", "\"points\": -1")
                .replace("\"kind\": \"dont-know\"}", "\"kind\": \"dont-know\", \"points\": 3}");

        assertLocated(
                Problems.of(() -> json.readChecklist(document)),
                Problems.after(ProblemCode.INVALID_VALUE, "/items/0/scale/options/0/points", document, "\"points\": "),
                at(ProblemCode.INVALID_VALUE, "/items/0/scale/options/2/points", document, "3}"));
    }

    @Test
    void a_duplicate_item_id_is_an_invalid_value_at_the_second_id() {
        String document = OWN.replace("\"id\": \"k-02\"", "\"id\": \"k-01\"");

        List<JsonProblem> problems = Problems.of(() -> json.readChecklist(document));

        assertLocated(problems, at(ProblemCode.INVALID_VALUE, "/items/1/id", document, "\"k-01\"", 2));
        assertThat(problems.get(0).message()).isEqualTo("duplicate item id 'k-01'");
    }

    @Test
    void a_duplicate_option_code_is_an_invalid_value_at_the_second_code() {
        String document = OWN.replaceFirst("\"code\": \"yes\"", "\"code\": \"no\"");

        assertLocated(
                Problems.of(() -> json.readChecklist(document)),
                at(ProblemCode.INVALID_VALUE, "/items/0/scale/options/1/code", document, "\"no\"", 2));
    }

    @Test
    void an_unknown_perspective_is_an_unknown_code() {
        String document = OWN.replace("\"perspective\": \"citizen\"", "\"perspective\": \"neighbour\"");

        List<JsonProblem> problems = Problems.of(() -> json.readChecklist(document));

        assertLocated(problems, at(ProblemCode.UNKNOWN_CODE, "/perspective", document, "\"neighbour\""));
        assertThat(problems.get(0).message()).contains("citizen, caseworker, leader, provider");
    }

    @Test
    void a_dimension_id_must_be_known_to_the_catalogue_in_use() {
        String document = OWN.replace("[\"transparency\"]", "[\"punctuality\"]");

        List<JsonProblem> problems = Problems.of(() -> json.readChecklist(document));

        assertLocated(problems, at(ProblemCode.UNKNOWN_CODE, "/items/0/dimensions/0", document, "\"punctuality\""));
        assertThat(problems.get(0).message())
                .startsWith("is not a dimension id of the catalogue in use; expected one of: ")
                .contains("transparency");

        Dimension punctuality = Dimension.builder()
                .from(StandardCatalogue.get().dimension("trust").orElseThrow())
                .id("punctuality")
                .build();
        Catalogue own = Catalogue.builder()
                .from(StandardCatalogue.get())
                .elements(List.of(punctuality))
                .build();
        InddragelseJson withOwnCatalogue =
                InddragelseJson.create(JsonOptions.builder().catalogue(own).build());
        assertThat(withOwnCatalogue
                        .readChecklist(document.replace("\"involvement\", ", ""))
                        .items()
                        .get(0)
                        .dimensions())
                .containsExactly("punctuality");
    }

    @Test
    void blank_text_a_zero_weight_and_a_wrong_schema_version_are_all_reported_at_once() {
        String document = OWN.replace("\"1.0\"", "\"0.9\"")
                .replace("{\"da\": \"Din oplevelse\"", "{\"da\": \" \"")
                .replace("\"weight\": 2", "\"weight\": 0")
                .replace("\"version\": \"2026-1\"", "\"version\": 2026");

        assertLocated(
                Problems.of(() -> json.readChecklist(document)),
                at(ProblemCode.UNKNOWN_CODE, "/schemaVersion", document, "\"0.9\""),
                at(ProblemCode.WRONG_TYPE, "/version", document, "2026"),
                at(ProblemCode.INVALID_VALUE, "/title/da", document, "\" \""),
                Problems.after(ProblemCode.INVALID_VALUE, "/items/0/weight", document, "\"weight\": "));
    }

    @Test
    void a_checklist_document_is_not_a_case_process() {
        assertThat(Problems.of(() -> json.readCase(OWN)))
                .extracting(JsonProblem::code)
                .contains(ProblemCode.MISSING_FIELD, ProblemCode.UNKNOWN_PROPERTY);
    }
}
