package io.github.inddragelse.json;

import static io.github.inddragelse.json.Problems.assertLocated;
import static io.github.inddragelse.json.Problems.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.checklist.ResponseStatus;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseFormatTest {

    static final String RESPONSE = """
            {
              "schemaVersion": "1.0",
              "caseId": "sag-2026-0042",
              "checklistId": "borger",
              "checklistVersion": "1",
              "perspective": "citizen",
              "respondedOn": "2026-05-20",
              "respondentId": "borger-17",
              "answers": {
                "b-01": "yes",
                "b-02": "a-little",
                "b-03": "dont-know"
              }
            }
            """;

    private final InddragelseJson json = InddragelseJson.create();

    @Test
    void a_response_reads_with_its_status_defaulted_and_answers_in_order() {
        ChecklistResponse response = json.readResponse(RESPONSE);

        assertThat(response.caseId()).contains("sag-2026-0042");
        assertThat(response.perspective()).isEqualTo(Perspective.CITIZEN);
        assertThat(response.respondedOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
        assertThat(response.respondentId()).contains("borger-17");
        assertThat(response.answers())
                .containsExactly(
                        Map.entry("b-01", "yes"), Map.entry("b-02", "a-little"), Map.entry("b-03", "dont-know"));
        StandardChecklists.citizen().validate(response);
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST_RESPONSE, RESPONSE))
                .isEmpty();
    }

    @Test
    void answers_are_written_in_item_id_order_whatever_order_they_were_given_in() {
        Map<String, String> backwards = new LinkedHashMap<>();
        backwards.put("b-02", "no");
        backwards.put("b-01", "yes");
        ChecklistResponse response = ChecklistResponse.builder()
                .checklistId("borger")
                .checklistVersion("1")
                .perspective(Perspective.CITIZEN)
                .respondedOn(LocalDate.of(2026, 5, 20))
                .answers(backwards)
                .build();

        assertThat(json.writeResponse(response))
                .isEqualTo("{\"schemaVersion\":\"1.0\",\"checklistId\":\"borger\",\"checklistVersion\":\"1\","
                        + "\"perspective\":\"citizen\",\"respondedOn\":\"2026-05-20\",\"status\":\"completed\","
                        + "\"answers\":{\"b-01\":\"yes\",\"b-02\":\"no\"}}");
    }

    @Test
    void every_problem_of_a_bad_response_is_named_at_its_pointer() {
        String document = RESPONSE.replace("\"citizen\"", "\"neighbour\"")
                .replace("\"2026-05-20\"", "\"2026-02-30\"")
                .replace("\"b-02\": \"a-little\"", "\"b-02\": 2")
                .replace("}\n}", "},\n  \"status\": \"done\"\n}");

        assertLocated(
                Problems.of(() -> json.readResponse(document)),
                at(ProblemCode.UNKNOWN_CODE, "/perspective", document, "\"neighbour\""),
                at(ProblemCode.WRONG_TYPE, "/respondedOn", document, "\"2026-02-30\""),
                Problems.after(ProblemCode.WRONG_TYPE, "/answers/b-02", document, "\"b-02\": "),
                at(ProblemCode.UNKNOWN_CODE, "/status", document, "\"done\""));
    }

    @Test
    void ids_shaped_like_a_cpr_number_are_refused_without_being_quoted() {
        String document =
                RESPONSE.replace("\"borger-17\"", "\"010203-1234\"").replace("\"sag-2026-0042\"", "\"sag-0102034321\"");

        List<JsonProblem> problems = Problems.of(() -> json.readResponse(document));

        assertLocated(
                problems,
                at(ProblemCode.INVALID_VALUE, "/caseId", document, "\"sag-0102034321\""),
                at(ProblemCode.INVALID_VALUE, "/respondentId", document, "\"010203-1234\""));
        assertThat(problems.get(1).message()).isEqualTo("looks like a CPR number; use a pseudonymous id");
        assertThat(problems.toString()).doesNotContain("1234").doesNotContain("4321");
    }

    @Test
    void answers_must_be_an_object_and_must_be_there() {
        String notAnObject = RESPONSE.replaceAll("(?s)\"answers\": \\{.*?\\}", "\"answers\": [\"yes\"]");
        String missing = RESPONSE.replaceAll("(?s),\\s*\"answers\": \\{.*?\\}", "");

        assertLocated(
                Problems.of(() -> json.readResponse(notAnObject)),
                at(ProblemCode.WRONG_TYPE, "/answers", notAnObject, "[\"yes\"]"));
        assertLocated(
                Problems.of(() -> json.readResponse(missing)), at(ProblemCode.MISSING_FIELD, "/answers", missing, "{"));
    }

    @Test
    void an_ndjson_file_of_responses_reads_line_by_line_and_skips_bad_lines_on_request() {
        String line = json.writeResponse(json.readResponse(RESPONSE));
        String ndjson = line + "\n" + line.replace("citizen", "neighbour") + "\n\n" + line + "\n";

        try (NdjsonReader<ChecklistResponse> lines =
                json.readResponses(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), OnBadLine.SKIP)) {
            assertThat(lines.stream().map(NdjsonLine::lineNumber)).containsExactly(1L, 4L);
            assertThat(lines.failures()).singleElement().satisfies(f -> {
                assertThat(f.lineNumber()).isEqualTo(2);
                assertThat(f.problems()).extracting(JsonProblem::pointer).containsExactly("/perspective");
            });
        }
    }
}
