package io.github.inddragelse.json;

import static io.github.inddragelse.json.Documents.column;
import static io.github.inddragelse.json.Documents.eventLine;
import static io.github.inddragelse.json.Documents.meeting;
import static io.github.inddragelse.json.Documents.withEvents;
import static io.github.inddragelse.json.Problems.assertLocated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadProblemsTest {

    private final InddragelseJson json = InddragelseJson.create();

    private List<JsonProblem> problems(String document) {
        return catchThrowableOfType(JsonReadException.class, () -> json.readCase(document))
                .problems();
    }

    private static JsonProblem problem(ProblemCode code, String pointer, long line, int column) {
        return new JsonProblem(code, pointer, line, column, "ignored");
    }

    @Test
    void a_valid_document_reads_without_problems() {
        assertThat(json.readCase(withEvents(meeting("e1"))).events()).hasSize(1);
    }

    @Test
    void malformed_json_is_reported_where_the_parser_stopped() {
        String document = withEvents(meeting("e1")).replace("\"purpose\": \"expectations\"}", "\"purpose\": }");

        assertLocated(problems(document), problem(ProblemCode.MALFORMED_JSON, "/events/0", eventLine(0), 70));
    }

    @Test
    void a_document_cut_short_is_malformed_at_its_end() {
        String document = "{\n  \"schemaVersion\": \"1.0\",\n  \"caseId\": \"sag-1\"";

        List<JsonProblem> problems = problems(document);

        assertLocated(problems, problem(ProblemCode.MALFORMED_JSON, "", 3, 20));
        assertThat(problems.get(0).message()).isEqualTo("the document ends unexpectedly");
    }

    @Test
    void content_after_the_document_is_malformed() {
        String document = withEvents() + "{}";

        assertLocated(problems(document), problem(ProblemCode.MALFORMED_JSON, "", 16, 1));
    }

    @Test
    void invalid_utf8_is_malformed_at_the_character_where_it_occurs() {
        byte[] good = withEvents(meeting("e1")).getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        int at = withEvents(meeting("e1")).indexOf("sag-1") + 1; // all ASCII before it
        bad[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte

        List<JsonProblem> problems = catchThrowableOfType(JsonReadException.class, () -> json.readCase(bad))
                .problems();

        assertLocated(problems, problem(ProblemCode.MALFORMED_JSON, "", 3, 15));
        assertThat(problems.get(0).message()).contains("UTF-8");
    }

    @Test
    void a_wrong_json_type_is_reported_at_the_value() {
        String document = Documents.header("\"openedOn\": 20260302") + "\n  ]\n}\n";

        List<JsonProblem> problems = problems(document);

        assertLocated(problems, problem(ProblemCode.WRONG_TYPE, "/openedOn", 7, 15));
        assertThat(problems.get(0).message()).isEqualTo("expected a date string (yyyy-mm-dd), found a number");
    }

    @Test
    void a_date_in_another_format_is_a_wrong_type() {
        String document = Documents.header("\"openedOn\": \"02-03-2026\"") + "\n  ]\n}\n";

        assertLocated(problems(document), problem(ProblemCode.WRONG_TYPE, "/openedOn", 7, 15));
    }

    @Test
    void a_deadline_that_counted_from_the_opening_ends_beyond_any_date_is_an_invalid_value_at_the_deadline() {
        String line = "\"openedOn\": \"2026-03-02\", \"processingDeadline\": \"P999999999Y\"";
        String document = Documents.header(line) + "\n  ]\n}\n";

        List<JsonProblem> problems = problems(document);

        assertLocated(
                problems,
                problem(ProblemCode.INVALID_VALUE, "/processingDeadline", 7, 3 + line.indexOf("\"P999999999Y\"")));
        assertThat(problems.get(0).message())
                .isEqualTo(
                        "is too long: counted from openedOn, it ends beyond the latest date that can be represented");
    }

    /**
     * Reads a case whose only event has an unknown code and checks that the problem stands at the value
     * and lists the codes expected.
     */
    private void assertUnknownCode(String event, String property, String code, String message) {
        String document = withEvents(event);

        List<JsonProblem> problems = problems(document);

        assertLocated(
                problems,
                problem(
                        ProblemCode.UNKNOWN_CODE,
                        "/events/0/" + property,
                        eventLine(0),
                        column(document, 0, "\"" + code + "\"")));
        assertThat(problems.get(0).message()).startsWith(message);
    }

    @Test
    void an_unknown_code_is_reported_at_the_value_with_the_codes_expected() {
        assertUnknownCode(
                meeting("e1").replace("expectations", "coffee"),
                "purpose",
                "coffee",
                "is not a known MeetingPurpose code; expected one of: expectations, investigation");
    }

    @Test
    void an_unknown_reablement_assessment_is_an_unknown_code_with_the_codes_expected() {
        assertUnknownCode(
                "{\"kind\": \"investigation\", \"id\": \"u1\", \"date\": \"2026-03-09\","
                        + " \"reablementAssessment\": \"maybe\"}",
                "reablementAssessment",
                "maybe",
                "is not a known ReablementAssessment code; expected one of: suitable, not-suitable");
    }

    @Test
    void an_unknown_event_kind_is_an_unknown_code_and_the_rest_of_the_event_is_not_read() {
        String document = withEvents("{\"kind\": \"teleport\", \"id\": \"e1\", \"speed\": 9}");

        assertLocated(
                problems(document),
                problem(ProblemCode.UNKNOWN_CODE, "/events/0/kind", eventLine(0), column(document, 0, "\"teleport\"")));
    }

    /** A decision on a provision no resolver knows. */
    private static final String DECISION_ON_UNKNOWN_PROVISION =
            "{\"kind\": \"decision\", \"id\": \"d1\", \"date\": \"2026-03-09\", \"provision\": \"sel-999\", "
                    + "\"outcome\": \"granted\"}";

    private static JsonProblem atUnknownProvision(String document) {
        return problem(
                ProblemCode.UNKNOWN_CODE, "/events/0/provision", eventLine(0), column(document, 0, "\"sel-999\""));
    }

    @Test
    void an_unknown_legal_reference_is_an_unknown_code() {
        String document = withEvents(DECISION_ON_UNKNOWN_PROVISION);

        assertLocated(problems(document), atUnknownProvision(document));
    }

    @Test
    void an_unknown_legal_reference_is_reported_with_the_codes_that_are_accepted() {
        List<JsonProblem> problems = problems(withEvents(DECISION_ON_UNKNOWN_PROVISION));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("is not a known legal-reference code; expected one of: ")
                .contains("sel-85", "fvl-19", "rsl-10")
                .doesNotContain("sel-999"));
    }

    @Test
    void a_resolver_that_cannot_list_its_codes_still_names_the_unknown_codes_place() {
        LegalReferenceResolver lambda =
                code -> LegalReferenceResolver.standard().resolve(code);
        InddragelseJson json = InddragelseJson.create(
                JsonOptions.builder().legalReferences(lambda).build());
        String document = withEvents(DECISION_ON_UNKNOWN_PROVISION);

        List<JsonProblem> problems = Problems.of(() -> json.readCase(document));

        assertLocated(problems, atUnknownProvision(document));
        assertThat(problems.get(0).message()).isEqualTo("is not a known legal-reference code");
    }

    @Test
    void an_unsupported_schema_version_is_an_unknown_code() {
        String document = withEvents().replace("\"1.0\"", "\"2.0\"");

        assertLocated(problems(document), problem(ProblemCode.UNKNOWN_CODE, "/schemaVersion", 2, 20));
    }

    @Test
    void a_missing_field_is_reported_at_the_object_that_lacks_it() {
        String document = withEvents("{\"kind\": \"meeting\", \"id\": \"e1\", \"purpose\": \"other\"}");

        List<JsonProblem> problems = problems(document);

        assertLocated(problems, problem(ProblemCode.MISSING_FIELD, "/events/0/date", eventLine(0), 5));
        assertThat(problems.get(0).message())
                .isEqualTo("required property is missing; expected a date string (yyyy-mm-dd)");
    }

    @Test
    void a_missing_event_kind_is_a_missing_field() {
        String document = withEvents("{\"id\": \"e1\"}");

        assertLocated(problems(document), problem(ProblemCode.MISSING_FIELD, "/events/0/kind", eventLine(0), 5));
    }

    @Test
    void an_unknown_property_is_reported_at_its_name() {
        String document = withEvents(meeting("e1").replace("}", ", \"colour\": \"blue\"}"));

        List<JsonProblem> problems = problems(document);

        assertLocated(
                problems,
                problem(
                        ProblemCode.UNKNOWN_PROPERTY,
                        "/events/0/colour",
                        eventLine(0),
                        column(document, 0, "\"colour\"")));
        assertThat(problems.get(0).message()).isEqualTo("is not a property of a meeting event");
    }

    @Test
    void an_unknown_property_close_to_a_property_of_its_object_suggests_that_one() {
        String contact = "{\"kind\": \"contact\", \"id\": \"e1\", \"date\": \"2026-03-02\","
                + " \"contactKind\": \"application\", \"citizenOwnNeed\": \"Jeg vil klare mig selv\"}";

        List<JsonProblem> problems = problems(withEvents(contact));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_PROPERTY);
            assertThat(p.pointer()).isEqualTo("/events/0/citizenOwnNeed");
            assertThat(p.message()).isEqualTo("is not a property of a contact event; did you mean citizensOwnNeed?");
        });
    }

    @Test
    void the_suggestion_ignores_case_and_comes_from_the_object_s_own_properties() {
        String document = withEvents(meeting("e1").replace("}", ", \"PlaceChosenByCitizen\": true}"))
                .replace("\"caseId\": \"sag-1\",", "\"caseId\": \"sag-1\", \"OpenedOn\": \"2026-03-02\",");

        assertThat(problems(document))
                .extracting(JsonProblem::message)
                .containsExactly(
                        "is not a property of a case process; did you mean openedOn?",
                        "is not a property of a meeting event; did you mean placeChosenByCitizen?");
    }

    @Test
    void an_event_s_kind_is_suggested_too_but_a_property_of_another_event_kind_is_not() {
        String document = withEvents(meeting("e1").replace("}", ", \"kinds\": 1, \"heldOnn\": 2}"));

        assertThat(problems(document))
                .extracting(JsonProblem::message)
                .containsExactly(
                        "is not a property of a meeting event; did you mean kind?",
                        "is not a property of a meeting event");
    }

    @Test
    void a_property_of_another_event_kind_is_unknown() {
        String document = withEvents(meeting("e1").replace("}", ", \"heldOn\": \"2026-03-03\"}"));

        assertLocated(
                problems(document),
                problem(
                        ProblemCode.UNKNOWN_PROPERTY,
                        "/events/0/heldOn",
                        eventLine(0),
                        column(document, 0, "\"heldOn\"")));
    }

    @Test
    void a_broken_model_invariant_is_reported_at_the_pointer_of_its_field() {
        String followUp =
                "{\"kind\": \"follow-up\", \"id\": \"f1\", \"date\": \"2026-04-01\", \"plannedFor\": \"2026-06-01\", "
                        + "\"heldOn\": \"2026-03-15\"}";
        String document = withEvents(meeting("e1"), meeting("e2"), meeting("e3"), followUp);

        List<JsonProblem> problems = problems(document);

        assertLocated(
                problems,
                problem(
                        ProblemCode.INVALID_VALUE,
                        "/events/3/heldOn",
                        eventLine(3),
                        column(document, 3, "\"2026-03-15\"")));
        assertThat(problems.get(0).message()).isEqualTo("is before the follow-up was scheduled (2026-04-01)");
    }

    /** A decision on SEL §85 dated at the opening, with more properties after the outcome. */
    private static String decision(String outcome, String more) {
        return "{\"kind\": \"decision\", \"id\": \"d1\", \"date\": \"2026-03-02\", \"provision\": \"sel-85\", "
                + "\"outcome\": \"" + outcome + "\"" + more + "}";
    }

    /** A problem of the first event's field, located at a fragment of its line. */
    private static JsonProblem inFirstEvent(ProblemCode code, String field, String document, String fragment) {
        return problem(code, "/events/0/" + field, eventLine(0), column(document, 0, fragment));
    }

    @Test
    void a_decision_that_contradicts_its_outcome_on_fully_granting_the_request_is_an_invalid_value() {
        for (String[] given : new String[][] {{"granted", "false"}, {"partly-granted", "true"}, {"rejected", "true"}}) {
            String document = withEvents(decision(given[0], ", \"fullyGrantsRequest\": " + given[1]));

            List<JsonProblem> problems = problems(document);

            assertLocated(problems, inFirstEvent(ProblemCode.INVALID_VALUE, "fullyGrantsRequest", document, given[1]));
            assertThat(problems.get(0).message()).startsWith("is " + given[1] + ", but the outcome " + given[0]);
        }
    }

    @Test
    void a_decision_fact_that_is_not_a_boolean_is_a_wrong_type_at_the_value() {
        String document = withEvents(decision("changed", ", \"fullyGrantsRequest\": \"yes\", \"discretionary\": 0"));

        assertLocated(
                problems(document),
                inFirstEvent(ProblemCode.WRONG_TYPE, "fullyGrantsRequest", document, "\"yes\""),
                inFirstEvent(ProblemCode.WRONG_TYPE, "discretionary", document, "0}"));
    }

    @Test
    void a_pension_age_fact_that_is_not_a_boolean_is_a_wrong_type_at_the_value() {
        String document =
                Documents.header("\"openedOn\": \"2026-03-02\", \"citizenReachedPensionAge\": \"no\"") + "\n  ]\n}\n";

        assertLocated(problems(document), problem(ProblemCode.WRONG_TYPE, "/citizenReachedPensionAge", 7, 57));
    }

    @Test
    void an_unknown_fact_declared_not_recorded_is_an_unknown_code_at_its_place_in_the_array() {
        String document = Documents.header(
                        "\"openedOn\": \"2026-03-02\", \"notRecorded\": [\"decision-plain-language\", \"coffee-served\"]")
                + "\n  ]\n}\n";

        List<JsonProblem> problems = problems(document);

        int column = document.split("\n")[6].indexOf("\"coffee-served\"") + 1;
        assertLocated(problems, problem(ProblemCode.UNKNOWN_CODE, "/notRecorded/1", 7, column));
        assertThat(problems.get(0).message())
                .startsWith("is not a known RecordedFact code; expected one of: meeting-prepared-with-citizen,");
    }

    @Test
    void a_fact_declared_not_recorded_that_an_event_records_as_true_is_an_invalid_value_at_not_recorded() {
        String event = meeting("e1").replace("}", ", \"placeChosenByCitizen\": true}");
        String document =
                Documents.header("\"openedOn\": \"2026-03-02\", \"notRecorded\": [\"meeting-place-chosen-by-citizen\"]")
                        + event + "\n  ]\n}\n";

        List<JsonProblem> problems = problems(document);

        int column = document.split("\n")[6].indexOf("[") + 1;
        assertLocated(problems, problem(ProblemCode.INVALID_VALUE, "/notRecorded", 7, column));
        assertThat(problems.get(0).message())
                .isEqualTo("lists meeting-place-chosen-by-citizen as not recorded, but event 'e1' records"
                        + " placeChosenByCitizen as true");
    }

    @Test
    void a_meeting_the_citizen_declined_that_lists_the_citizen_is_an_invalid_value_naming_the_meeting() {
        String event = meeting("e1").replace("}", ", \"participantIds\": [\"sb\", \"b1\"], \"citizenDeclined\": true}");
        String document = withEvents(event);

        List<JsonProblem> problems = problems(document);

        assertLocated(problems, inFirstEvent(ProblemCode.INVALID_VALUE, "citizenDeclined", document, "true}"));
        assertThat(problems.get(0).message())
                .isEqualTo("is true, but meeting 'e1' lists the citizen among its participantIds");
    }

    @Test
    void a_complaint_sent_on_although_the_decision_was_changed_as_asked_is_an_invalid_value_at_forwarded_on() {
        assertForwardedOnRefused(
                "changed",
                "2026-03-21",
                "is given, but the outcome changed grants what the complaint asked and leaves nothing to send on; a"
                        + " decision changed only in part is partly-changed");
    }

    @Test
    void a_complaint_sent_on_before_it_was_reconsidered_is_an_invalid_value_at_forwarded_on() {
        assertForwardedOnRefused("upheld", "2026-03-19", "is before the complaint was reconsidered (2026-03-20)");
    }

    /**
     * Reads a rejection and a complaint about it, received on 2026-03-10 and reconsidered on 2026-03-20
     * with an outcome, then sent on on a date, and checks that the one problem is an invalid value at
     * the complaint's forwardedOn, located at its value, with a message.
     */
    private void assertForwardedOnRefused(String outcome, String forwardedOn, String message) {
        String complaint = "{\"kind\": \"complaint\", \"id\": \"k1\", \"date\": \"2026-03-10\", \"decisionId\":"
                + " \"d1\", \"reconsideredOn\": \"2026-03-20\", \"reconsiderationOutcome\": \"" + outcome + "\","
                + " \"forwardedOn\": \"" + forwardedOn + "\"}";
        String document = withEvents(decision("rejected", ""), complaint);

        List<JsonProblem> problems = problems(document);

        assertLocated(
                problems,
                problem(
                        ProblemCode.INVALID_VALUE,
                        "/events/1/forwardedOn",
                        eventLine(1),
                        column(document, 1, "\"" + forwardedOn + "\"")));
        assertThat(problems.get(0).message()).isEqualTo(message);
    }

    @Test
    void a_case_level_invariant_points_into_the_event_it_concerns() {
        String event = meeting("e1").replace("\"date\": \"2026-03-02\"", "\"date\": \"2026-01-02\"");
        String document = withEvents(meeting("e0"), event);

        assertLocated(
                problems(document),
                problem(
                        ProblemCode.INVALID_VALUE,
                        "/events/1/date",
                        eventLine(1),
                        column(document, 1, "\"2026-01-02\"")));
    }

    @Test
    void an_invariant_on_a_field_that_is_absent_is_located_at_the_nearest_value_present() {
        String followUp =
                "{\"kind\": \"follow-up\", \"id\": \"f1\", \"date\": \"2026-04-01\", \"plannedFor\": \"2026-06-01\", "
                        + "\"outcome\": \"end\"}";
        String document = withEvents(followUp);

        assertLocated(problems(document), problem(ProblemCode.INVALID_VALUE, "/events/0/heldOn", eventLine(0), 5));
    }

    @Test
    void a_duplicated_code_in_a_set_is_an_invalid_value() {
        String document = withEvents().replace("[\"mental-health\"]", "[\"mental-health\", \"mental-health\"]");

        assertLocated(problems(document), problem(ProblemCode.INVALID_VALUE, "/targetGroups/1", 6, 37));
    }

    @Test
    void a_duplicated_property_name_is_malformed() {
        String document = withEvents(meeting("e1").replace("\"id\": \"e1\"", "\"id\": \"e1\", \"id\": \"e2\""));

        assertLocated(
                problems(document),
                problem(
                        ProblemCode.MALFORMED_JSON,
                        "/events/0/id",
                        eventLine(0),
                        column(document, 0, "\"id\": \"e2\"")));
    }

    @Test
    void null_is_not_accepted_for_an_optional_value() {
        String document = withEvents(meeting("e1").replace("}", ", \"note\": null}"));

        assertLocated(
                problems(document),
                problem(ProblemCode.WRONG_TYPE, "/events/0/note", eventLine(0), column(document, 0, "null")));
    }

    @Test
    void every_problem_of_a_document_is_reported_at_once_in_document_order() {
        String document = withEvents(
                        meeting("e1").replace("expectations", "coffee"),
                        "{\"kind\": \"follow-up\", \"id\": \"f1\", \"date\": 17, \"plannedFor\": \"2026-06-01\"}",
                        "{\"kind\": \"goal\", \"id\": \"g1\", \"date\": \"2026-03-03\"}",
                        meeting("e4").replace("}", ", \"mood\": \"good\"}"),
                        "{\"kind\": \"deadline-notice\", \"id\": \"n1\", \"date\": \"2026-03-10\", "
                                + "\"expectedDecisionBy\": \"2026-03-01\"}")
                .replace("\"municipality\": \"0751\"", "\"municipality\": true");

        List<JsonProblem> problems = problems(document);

        assertThat(problems)
                .extracting(JsonProblem::code, JsonProblem::pointer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.WRONG_TYPE, "/municipality"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_CODE, "/events/0/purpose"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.WRONG_TYPE, "/events/1/date"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.MISSING_FIELD, "/events/2/goalType"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_PROPERTY, "/events/3/mood"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.INVALID_VALUE, "/events/4/expectedDecisionBy"));
        assertThat(problems).extracting(JsonProblem::line).isSorted();
    }

    @Test
    void several_invariants_of_one_event_are_all_reported() {
        String followUp =
                "{\"kind\": \"follow-up\", \"id\": \"f1\", \"date\": \"2026-04-01\", \"plannedFor\": \"2026-03-20\", "
                        + "\"goalsReviewedWithCitizen\": true, \"outcome\": \"end\"}";

        assertThat(problems(withEvents(followUp)))
                .extracting(JsonProblem::pointer)
                .containsExactlyInAnyOrder(
                        "/events/0/plannedFor", "/events/0/heldOn", "/events/0/goalsReviewedWithCitizen");
    }

    @Test
    void a_field_that_failed_does_not_cause_a_second_problem_from_the_model() {
        // The participant b1 is broken, so "citizenId names no participant" would only repeat it.
        String document =
                withEvents().replace("{\"id\": \"b1\", \"role\": \"citizen\"}", "{\"id\": \"b1\", \"role\": 5}");

        assertThat(problems(document)).extracting(JsonProblem::pointer).containsExactly("/participants/0/role");
    }

    @Test
    void messages_never_quote_free_text_or_unknown_values_from_the_document() {
        String secret = "Hemmelig oplysning 010203-1234";
        String document = withEvents(
                        meeting("e1").replace("expectations", secret).replace("}", ", \"note\": \"" + secret + "\"}"),
                        "{\"kind\": \"contact\", \"id\": \"c1\", \"date\": \"2026-03-02\", \"contactKind\": \"application\", "
                                + "\"reason\": \"   \", \"" + secret + "\": 1}")
                .replace("\"0751\"", "\"" + secret + "\", \"" + secret + "x\": \"" + secret + "\"");

        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> json.readCase(document));

        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(e.getMessage()).doesNotContain("Hemmelig").doesNotContain("010203");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("Hemmelig"));
        assertThat(e.problems()).extracting(JsonProblem::maskedPointer).contains("/*", "/events/1/*");
    }

    @Test
    void the_root_must_be_an_object() {
        assertLocated(problems("[1, 2]"), problem(ProblemCode.WRONG_TYPE, "", 1, 1));
    }

    @Test
    void an_empty_document_is_malformed() {
        assertLocated(problems("  "), problem(ProblemCode.MALFORMED_JSON, "", 1, 1));
    }

    @Test
    void a_byte_order_mark_at_the_start_is_accepted() {
        byte[] text = withEvents(meeting("e1")).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(json.readCase(withBom).events()).hasSize(1);
        assertThat(json.readCase("\uFEFF" + withEvents(meeting("e1"))).events()).hasSize(1);
    }

    @Test
    void the_exception_message_lists_the_problems_with_their_positions() {
        JsonReadException e = catchThrowableOfType(
                JsonReadException.class, () -> json.readCase(withEvents("{\"kind\": \"meeting\"}")));

        assertThat(e.getMessage())
                .startsWith(
                        "Cannot read case-process JSON (3 problems): /events/0/id at line 13, column 5: missing-field");
    }
}
