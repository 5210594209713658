package io.github.inddragelse.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.json.JsonOptions;
import io.github.inddragelse.json.JsonProblem;
import io.github.inddragelse.json.ProblemCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static final String DOCUMENT = "\uFEFF{\"a\": [1, -2.5e3, \"x\\\"y\", true, false, null],\r\n"
            + " \"b/c~d\": {\"æ\": \"ø😀\", \"e\": {}}, \"f\": []}";

    private final JsonFactory factory = new JsonFactory();

    private static Source bytes(Reading reading) {
        byte[] bytes = DOCUMENT.getBytes(StandardCharsets.UTF_8);
        return Source.ofBytes(bytes, 0, bytes.length, reading);
    }

    private static Source chars(Reading reading) {
        return Source.ofString(DOCUMENT, reading);
    }

    /** The mark and pointer of every token, by the cursor. */
    private List<String> walk(Source source, Reading reading) throws IOException {
        List<String> seen = new ArrayList<>();
        try (Cursor in = Cursor.open(source, factory, reading)) {
            while (in.next() != null) {
                int[] at = source.position(in.mark());
                seen.add(in.token() + " " + in.pointer() + " " + at[0] + ":" + at[1]);
            }
        }
        return seen;
    }

    /** The line and column of every token, by Jackson's character parser. */
    private List<String> jackson() throws IOException {
        List<String> seen = new ArrayList<>();
        try (JsonParser parser = factory.createParser(DOCUMENT.substring(1))) {
            while (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                seen.add(at.getLineNr() + ":" + at.getColumnNr());
            }
        }
        return seen;
    }

    @Test
    void every_token_is_marked_where_jackson_places_it_in_bytes_and_in_characters() throws IOException {
        Reading reading = new Reading(JsonOptions.defaults(), 0);
        List<String> expected = jackson();

        List<String> inBytes = walk(bytes(reading), reading);
        List<String> inChars = walk(chars(reading), reading);

        assertThat(inBytes).isEqualTo(inChars);
        assertThat(inBytes).extracting(s -> s.substring(s.lastIndexOf(' ') + 1)).isEqualTo(expected);
        assertThat(reading.failed()).isFalse();
    }

    @Test
    void pointers_name_every_value_and_escape_slashes_and_tildes() throws IOException {
        Reading reading = new Reading(JsonOptions.defaults(), 0);

        List<String> seen = walk(bytes(reading), reading);

        assertThat(seen)
                .extracting(s -> s.substring(0, s.lastIndexOf(' ')))
                .contains(
                        "START_OBJECT ",
                        "FIELD_NAME /a",
                        "START_ARRAY /a",
                        "VALUE_NUMBER_INT /a/0",
                        "VALUE_NUMBER_FLOAT /a/1",
                        "VALUE_STRING /a/2",
                        "VALUE_NULL /a/5",
                        "END_ARRAY /a",
                        "FIELD_NAME /b~1c~0d",
                        "VALUE_STRING /b~1c~0d/æ",
                        "START_OBJECT /b~1c~0d/e",
                        "END_OBJECT /b~1c~0d/e",
                        "START_ARRAY /f",
                        "END_OBJECT ");
    }

    @Test
    void skipping_checks_limits_and_reports_repeated_names_after_their_values() throws IOException {
        Reading reading = new Reading(JsonOptions.builder().maxStringLength(5).build(), 0);
        String document = "{\"k\": [{\"x\": 1, \"x\": {\"y\": 2}}, \"long string\"]}";
        Source source = Source.ofString(document, reading);

        try (Cursor in = Cursor.open(source, factory, reading)) {
            in.next();
            in.skipValue();
        } catch (Cursor.Abort e) {
            // the long string ends the read
        }

        assertThat(reading.errors())
                .extracting(JsonProblem::code, JsonProblem::pointer, JsonProblem::column)
                .containsExactly(
                        tuple(ProblemCode.MALFORMED_JSON, "/k/0/x", document.indexOf("\"x\": {") + 1),
                        tuple(ProblemCode.LIMIT_EXCEEDED, "/k/1", document.indexOf("\"long") + 1));
    }

    @Test
    void a_second_reading_of_a_value_has_the_same_path_and_marks() throws IOException {
        Reading reading = new Reading(JsonOptions.defaults(), 0);
        Source source = Source.ofString("[0, {\"a\": [true]}]", reading);

        try (Cursor in = Cursor.open(source, factory, reading)) {
            in.next();
            in.next();
            in.next();
            long start = in.mark();
            in.skipValue();
            assertThat(in.token()).isEqualTo(JsonToken.END_OBJECT);
            try (Cursor again = in.again(start)) {
                again.next();
                assertThat(again.pointer()).isEqualTo("/1");
                again.next();
                again.next();
                again.next();
                assertThat(again.pointer()).isEqualTo("/1/a/0");
                assertThat(source.position(again.mark())).containsExactly(1, 12);
            }
        }
    }

    @Test
    void a_syntax_error_after_an_item_is_reported_at_the_array_though_jackson_has_counted_the_next_item()
            throws IOException {
        Reading reading = new Reading(JsonOptions.defaults(), 0);
        Source source = Source.ofString("{\"a\": [1, x]}", reading);

        try (Cursor in = Cursor.open(source, factory, reading)) {
            while (in.next() != null) {
                // to the error
            }
        } catch (Cursor.Abort e) {
            // the error ends the read
        }

        assertThat(reading.errors())
                .extracting(JsonProblem::code, JsonProblem::pointer)
                .containsExactly(tuple(ProblemCode.MALFORMED_JSON, "/a"));
    }

    @Test
    void pointers_on_another_parser_start_at_the_value_read_whatever_parser_it_is() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        String document = "{\"x\": {\"a\": [1, {\"b/\": 2}]}}";
        List<List<String>> seen = new ArrayList<>();
        for (JsonParser parser :
                List.of(mapper.createParser(document), mapper.readTree(document).traverse(mapper))) {
            try (parser) {
                parser.nextToken();
                parser.nextToken();
                parser.nextToken(); // on the value of x
                Reading reading = new Reading(JsonOptions.defaults(), 0);
                Cursor in = Cursor.onCurrentToken(parser, reading);
                List<String> pointers = new ArrayList<>();
                pointers.add(in.pointer());
                while (in.depth() > 0) {
                    in.next();
                    pointers.add(in.token() + " " + in.pointer());
                }
                seen.add(pointers);
            }
        }

        assertThat(seen.get(0))
                .isEqualTo(seen.get(1))
                .contains("FIELD_NAME /a", "VALUE_NUMBER_INT /a/0", "START_OBJECT /a/1", "VALUE_NUMBER_INT /a/1/b~1")
                .endsWith("END_OBJECT ");
    }
}
