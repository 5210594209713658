package io.github.inddragelse.json;

import static io.github.inddragelse.json.Documents.column;
import static io.github.inddragelse.json.Documents.eventLine;
import static io.github.inddragelse.json.Documents.meeting;
import static io.github.inddragelse.json.Documents.withEvents;
import static io.github.inddragelse.json.Problems.assertLocated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Meeting;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading binds as it parses: the same results whatever the order of properties and the input. */
class StreamingReadTest {

    private final InddragelseJson json = InddragelseJson.create();

    private static JsonProblem problem(ProblemCode code, String pointer, long line, int column) {
        return new JsonProblem(code, pointer, line, column, "ignored");
    }

    private List<JsonProblem> fromBytes(String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        return catchThrowableOfType(JsonReadException.class, () -> json.readCase(bytes))
                .problems();
    }

    private List<JsonProblem> fromString(String document) {
        return catchThrowableOfType(JsonReadException.class, () -> json.readCase(document))
                .problems();
    }

    @Test
    void an_event_whose_kind_is_not_first_reads_the_same() {
        String first = withEvents(meeting("e1"));
        String last = withEvents(
                "{\"id\": \"e1\", \"date\": \"2026-03-02\", \"purpose\": \"expectations\", \"kind\": \"meeting\"}");

        assertThat(json.readCase(last)).isEqualTo(json.readCase(first));
        assertThat(json.readCase(last).events().get(0)).isInstanceOf(Meeting.class);
    }

    @Test
    void problems_of_an_event_whose_kind_is_not_first_are_placed_as_anywhere_else() {
        String event = "{\"id\": \"e1\", \"purpose\": \"coffee\", \"colour\": 1, \"kind\": \"meeting\"}";
        String document = withEvents(event);

        assertLocated(
                fromString(document),
                problem(ProblemCode.MISSING_FIELD, "/events/0/date", eventLine(0), 5),
                problem(ProblemCode.UNKNOWN_CODE, "/events/0/purpose", eventLine(0), column(document, 0, "\"coffee")),
                problem(
                        ProblemCode.UNKNOWN_PROPERTY,
                        "/events/0/colour",
                        eventLine(0),
                        column(document, 0, "\"colour")));
    }

    @Test
    void a_repeated_kind_is_malformed_wherever_the_first_one_stands() {
        String kindFirst = withEvents(meeting("e1").replace("}", ", \"kind\": \"goal\"}"));
        String kindLast = withEvents(
                "{\"id\": \"e1\", \"kind\": \"meeting\", \"date\": \"2026-03-02\", \"purpose\": \"expectations\", "
                        + "\"kind\": \"goal\"}");

        assertLocated(
                fromString(kindFirst),
                problem(
                        ProblemCode.MALFORMED_JSON,
                        "/events/0/kind",
                        eventLine(0),
                        column(kindFirst, 0, "\"kind\": \"goal")));
        assertLocated(
                fromString(kindLast),
                problem(
                        ProblemCode.MALFORMED_JSON,
                        "/events/0/kind",
                        eventLine(0),
                        column(kindLast, 0, "\"kind\": \"goal")));
    }

    @Test
    void columns_count_characters_when_the_input_is_bytes() {
        String document = withEvents(
                meeting("e1").replace("\"id\"", "\"note\": \"æøå 😀\", \"id\"").replace("expectations", "coffee"));

        List<JsonProblem> problems = fromBytes(document);

        assertThat(problems).isEqualTo(fromString(document));
        assertLocated(
                problems,
                problem(ProblemCode.UNKNOWN_CODE, "/events/0/purpose", eventLine(0), column(document, 0, "\"coffee")));
    }

    @Test
    void a_syntax_error_after_other_characters_is_placed_alike_in_bytes_and_in_a_string() {
        String document = withEvents(meeting("e1").replace("\"id\"", "\"note\": \"æøå\", \"id\""))
                .replace("\"purpose\": \"expectations\"", "\"purpose\": æ");

        assertThat(fromBytes(document)).isEqualTo(fromString(document));
        assertThat(fromBytes(document)).extracting(JsonProblem::code).containsExactly(ProblemCode.MALFORMED_JSON);
    }

    @Test
    void limits_are_reported_alike_in_bytes_and_in_a_string() {
        InddragelseJson strict = InddragelseJson.create(
                JsonOptions.builder().maxStringLength(12).maxNestingDepth(3).build());
        String longName = withEvents(meeting("e1").replace("}", ", \"participantIds\": [\"b1\"]}"));
        String deep = withEvents(meeting("e1").replace("}", ", \"participantIds\": [[\"b1\"]]}"));

        for (String document : List.of(longName, deep)) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            List<JsonProblem> fromBytes = catchThrowableOfType(JsonReadException.class, () -> strict.readCase(bytes))
                    .problems();
            List<JsonProblem> fromString = catchThrowableOfType(
                            JsonReadException.class, () -> strict.readCase(document))
                    .problems();
            assertThat(fromBytes).isEqualTo(fromString);
            assertThat(fromBytes).extracting(JsonProblem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED);
        }
    }

    @Test
    void bytes_with_a_zero_among_the_first_four_are_malformed_and_not_read_as_utf16() {
        byte[] utf16 = "{}".getBytes(StandardCharsets.UTF_16BE);

        List<JsonProblem> problems = catchThrowableOfType(JsonReadException.class, () -> json.readCase(utf16))
                .problems();

        assertThat(problems).extracting(JsonProblem::code).containsExactly(ProblemCode.MALFORMED_JSON);
        assertThat(problems).isEqualTo(fromString(new String(utf16, StandardCharsets.UTF_8)));
    }

    @Test
    void a_broken_invariant_is_placed_at_its_value_through_an_object_mapper_too() throws Exception {
        String followUp =
                "{\"kind\": \"follow-up\", \"id\": \"f1\", \"date\": \"2026-04-01\", \"plannedFor\": \"2026-06-01\", "
                        + "\"heldOn\": \"2026-03-15\"}";
        String document = withEvents(meeting("e1"), followUp);
        ObjectMapper mapper = new ObjectMapper().registerModule(new InddragelseModule());

        JsonReadException viaMapper =
                catchThrowableOfType(JsonReadException.class, () -> mapper.readValue(document, CaseProcess.class));

        assertThat(viaMapper.problems()).isEqualTo(fromString(document));
        assertLocated(
                viaMapper.problems(),
                problem(
                        ProblemCode.INVALID_VALUE,
                        "/events/1/heldOn",
                        eventLine(1),
                        column(document, 1, "\"2026-03-15\"")));
    }

    @Test
    void a_value_inside_a_larger_document_is_placed_in_that_document_with_pointers_relative_to_it() {
        String process = withEvents(meeting("e1").replace("expectations", "coffee"));
        String outer = "{\"kind\": \"contact\", \"role\": \"citizen\", \"provision\": \"sel-85\",\n\"process\": "
                + process + "}";
        ObjectMapper mapper = new ObjectMapper().registerModule(new InddragelseModule());

        Throwable thrown =
                org.assertj.core.api.Assertions.catchThrowable(() -> mapper.readValue(outer, ApplicationSummary.class));

        Throwable cause = thrown;
        while (!(cause instanceof JsonReadException)) {
            cause = cause.getCause();
        }
        assertLocated(
                ((JsonReadException) cause).problems(),
                problem(
                        ProblemCode.UNKNOWN_CODE,
                        "/events/0/purpose",
                        eventLine(0) + 1,
                        column(process, 0, "\"coffee")));
    }

    @Test
    void an_ndjson_line_longer_than_the_read_buffer_is_read_whole() {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            events.append(i == 0 ? "" : ", ")
                    .append(meeting("e" + i).replace("}", ", \"note\": \"" + "æ".repeat(60) + "\"}"));
        }
        String line = withEvents(events.toString()).replace("\n", " ");
        byte[] bytes = (line + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(2 * 65_536);

        try (NdjsonReader<CaseProcess> lines = json.readCases(new ByteArrayInputStream(bytes))) {
            assertThat(lines.stream().toList())
                    .extracting(l -> l.value().events().size())
                    .containsExactly(600, 600);
        }
    }

    @Test
    void an_ndjson_problem_after_other_characters_has_the_column_in_characters() {
        String line = withEvents(meeting("e1")
                        .replace("\"id\"", "\"note\": \"æøå\", \"id\"")
                        .replace("expectations", "coffee"))
                .replace("\n", " ");
        byte[] bytes = ("\n" + line + "\n").getBytes(StandardCharsets.UTF_8);

        try (NdjsonReader<CaseProcess> lines = json.readCases(new ByteArrayInputStream(bytes), OnBadLine.SKIP)) {
            assertThat(lines.stream().toList()).isEmpty();
            assertThat(lines.failures())
                    .singleElement()
                    .satisfies(f -> assertLocated(
                            f.problems(),
                            problem(ProblemCode.UNKNOWN_CODE, "/events/0/purpose", 2, line.indexOf("\"coffee") + 1)));
        }
    }
}
