package io.github.inddragelse.json;

import static io.github.inddragelse.json.Documents.eventLine;
import static io.github.inddragelse.json.Documents.meeting;
import static io.github.inddragelse.json.Documents.withEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LimitsTest {

    private static List<JsonProblem> problems(Executable read) {
        return catchThrowableOfType(JsonReadException.class, read::execute).problems();
    }

    private static InddragelseJson with(JsonOptions.Builder options) {
        return InddragelseJson.create(options.build());
    }

    @Test
    void a_document_larger_than_the_limit_is_rejected_where_it_crosses_the_limit_whatever_the_input() {
        String document = withEvents(meeting("e1"));
        int limit = document.indexOf("\"municipality\""); // the limit falls at the start of line 5
        InddragelseJson json = with(JsonOptions.builder().maxDocumentBytes(limit));
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        JsonProblem expected = new JsonProblem(
                ProblemCode.LIMIT_EXCEEDED, "", 5, 3, "the document is larger than the limit of " + limit + " bytes");

        assertThat(problems(() -> json.readCase(bytes))).containsExactly(expected);
        assertThat(problems(() -> json.readCase(document))).containsExactly(expected);
        assertThat(problems(() -> json.readCase(new ByteArrayInputStream(bytes))))
                .containsExactly(expected);
        assertThat(problems(() -> json.readCase(new StringReader(document)))).containsExactly(expected);
    }

    @Test
    void the_size_limit_counts_utf8_bytes_not_characters() {
        String document = withEvents(meeting("e1").replace("}", ", \"note\": \"ææææææææææ\"}"));
        int bytes = document.getBytes(StandardCharsets.UTF_8).length;

        assertThat(with(JsonOptions.builder().maxDocumentBytes(bytes))
                        .readCase(document)
                        .events())
                .hasSize(1);
        assertThat(problems(() ->
                        with(JsonOptions.builder().maxDocumentBytes(bytes - 1)).readCase(document)))
                .extracting(JsonProblem::code)
                .containsExactly(ProblemCode.LIMIT_EXCEEDED);
    }

    @Test
    void nesting_deeper_than_the_limit_is_rejected_at_the_array_or_object_too_deep() {
        InddragelseJson json = with(JsonOptions.builder().maxNestingDepth(4).allowUnknownProperties(true));
        String document = withEvents(meeting("e1").replace("}", ", \"x\": [[1]]}"));
        // root object 1, events array 2, event object 3, x array 4, inner array 5

        List<JsonProblem> problems = problems(() -> json.readCase(document));

        assertThat(problems).hasSize(1);
        JsonProblem problem = problems.get(0);
        assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
        assertThat(problem.pointer()).isEqualTo("/events/0/x/0");
        assertThat(problem.line()).isEqualTo(eventLine(0));
        assertThat(problem.column()).isEqualTo(Documents.column(document, 0, "[1]"));
        assertThat(problem.message()).isEqualTo("arrays and objects are nested deeper than the limit of 4");
    }

    @Test
    void nesting_within_the_limit_is_read() {
        InddragelseJson json = with(JsonOptions.builder().maxNestingDepth(5).allowUnknownProperties(true));

        assertThat(json.readCase(withEvents(meeting("e1").replace("}", ", \"x\": [[1]]}")))
                        .events())
                .hasSize(1);
    }

    @Test
    void a_string_longer_than_the_limit_is_rejected_at_the_string() {
        InddragelseJson json = with(JsonOptions.builder().maxStringLength(20));
        String document = withEvents(meeting("e1").replace("}", ", \"note\": \"" + "n".repeat(21) + "\"}"));

        List<JsonProblem> problems = problems(() -> json.readCase(document));

        assertThat(problems)
                .containsExactly(new JsonProblem(
                        ProblemCode.LIMIT_EXCEEDED,
                        "/events/0/note",
                        eventLine(0),
                        Documents.column(document, 0, "\"nnn"),
                        "the string is longer than the limit of 20 characters"));
    }

    @Test
    void a_very_long_string_is_stopped_by_the_same_limit() {
        InddragelseJson json = with(JsonOptions.builder().maxStringLength(1000));
        String document = withEvents(meeting("e1").replace("}", ", \"note\": \"" + "n".repeat(200_000) + "\"}"));

        assertThat(problems(() -> json.readCase(document))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
            assertThat(p.pointer()).isEqualTo("/events/0/note");
            assertThat(p.line()).isEqualTo(eventLine(0));
        });
    }

    @Test
    void a_property_name_longer_than_the_limit_is_rejected_at_the_name() {
        InddragelseJson json = with(JsonOptions.builder().maxStringLength(20));
        String name = "k".repeat(21);
        String document = withEvents(meeting("e1").replace("}", ", \"" + name + "\": 1}"));

        assertThat(problems(() -> json.readCase(document)))
                .containsExactly(new JsonProblem(
                        ProblemCode.LIMIT_EXCEEDED,
                        "/events/0/" + name,
                        eventLine(0),
                        Documents.column(document, 0, "\"kkk"),
                        "the property name is longer than the limit of 20 characters"));
    }

    @Test
    void more_events_than_the_limit_are_rejected_at_the_first_event_too_many() {
        InddragelseJson json = with(JsonOptions.builder().maxEventsPerCase(2));
        String document = withEvents(meeting("e1"), meeting("e2"), meeting("e3"), meeting("e4"));

        assertThat(problems(() -> json.readCase(document)))
                .containsExactly(new JsonProblem(
                        ProblemCode.LIMIT_EXCEEDED,
                        "/events/2",
                        eventLine(2),
                        5,
                        "has more items than the maxEventsPerCase limit of 2"));
        assertThat(json.readCase(withEvents(meeting("e1"), meeting("e2"))).events())
                .hasSize(2);
    }

    @Test
    void the_defaults_are_the_documented_ones() {
        JsonOptions defaults = JsonOptions.defaults();

        assertThat(defaults.maxDocumentBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(defaults.maxNestingDepth()).isEqualTo(64);
        assertThat(defaults.maxStringLength()).isEqualTo(100_000);
        assertThat(defaults.maxEventsPerCase()).isEqualTo(10_000);
        assertThat(defaults.allowUnknownProperties()).isFalse();
    }

    @Test
    void the_default_nesting_limit_stops_a_deeply_nested_document() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertThat(problems(() -> InddragelseJson.create().readCase(deep)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
                    assertThat(p.column()).isEqualTo(65);
                });
    }
}
