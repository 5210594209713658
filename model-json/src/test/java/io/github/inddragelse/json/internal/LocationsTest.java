package io.github.inddragelse.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.inddragelse.json.JsonOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationsTest {

    private static final String DOCUMENT = "{\n"
            + "  \"caseId\": \"sag-1\",\n"
            + "  \"events\": [\n"
            + "    {\"id\": \"e1\", \"date\": \"2026-03-02\"},\n"
            + "    {\"id\": \"e2\", \"id\": \"again\", \"lifeAreas\": [{\"area\": \"health\"}]}\n"
            + "  ]\n"
            + "}\n";

    private final JsonFactory factory = new JsonFactory();

    /** The line and column of the {@code n}th occurrence of a fragment of the document. */
    private static int[] at(String fragment, int n) {
        int index = -1;
        for (int i = 0; i < n; i++) {
            index = DOCUMENT.indexOf(fragment, index + 1);
        }
        String before = DOCUMENT.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return new int[] {line, index - before.lastIndexOf('\n')};
    }

    private static int[] at(String fragment) {
        return at(fragment, 1);
    }

    private int[] find(Source source, Object... path) {
        long[] marks = Locations.find(source, factory, source.start(), source.end(), List.of(List.of(path)));
        return source.position(marks[0]);
    }

    private static Source chars() {
        return Source.ofString(DOCUMENT, new Reading(JsonOptions.defaults(), 0));
    }

    private static Source bytes(String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        return Source.ofBytes(bytes, 0, bytes.length, new Reading(JsonOptions.defaults(), 0));
    }

    @Test
    void a_value_is_found_by_its_path() {
        assertThat(find(chars(), "caseId")).containsExactly(at("\"sag-1\""));
        assertThat(find(chars(), "events", 0, "date")).containsExactly(at("\"2026-03-02\""));
        assertThat(find(chars(), "events", 1, "lifeAreas", 0, "area")).containsExactly(at("\"health\""));
    }

    @Test
    void an_absent_value_is_located_at_the_nearest_value_present_on_its_path() {
        assertThat(find(chars(), "events", 0, "heldOn")).containsExactly(at("{\"id\": \"e1\""));
        assertThat(find(chars(), "events", 7, "date")).containsExactly(at("["));
        assertThat(find(chars(), "caseId", "deeper")).containsExactly(at("\"sag-1\""));
        assertThat(find(chars())).containsExactly(1, 1);
    }

    @Test
    void an_index_does_not_find_a_property_nor_a_name_an_item() {
        assertThat(find(chars(), "events", "0")).containsExactly(at("["));
        assertThat(find(chars(), 0)).containsExactly(1, 1);
    }

    @Test
    void a_repeated_name_is_found_at_its_first_value() {
        assertThat(find(chars(), "events", 1, "id")).containsExactly(at("\"e2\""));
    }

    @Test
    void in_bytes_columns_count_characters() {
        String document = "{\"note\": \"æøå😀\", \"id\": 1}";

        assertThat(find(bytes(document), "id")).containsExactly(1, 25);
        assertThat(find(Source.ofString(document, new Reading(JsonOptions.defaults(), 0)), "id"))
                .containsExactly(1, 25);
    }

    @Test
    void several_paths_are_found_in_one_pass() {
        Source source = chars();
        long[] marks = Locations.find(
                source,
                factory,
                source.start(),
                source.end(),
                List.of(List.of("events", 1, "id"), List.of("events", 0, "id"), List.of("events", 0, "id")));

        assertThat(source.position(marks[0])).containsExactly(at("\"e2\""));
        assertThat(source.position(marks[1])).containsExactly(at("\"e1\""));
        assertThat(source.position(marks[2])).containsExactly(at("\"e1\""));
    }

    @Test
    void a_model_path_splits_into_names_and_indexes_and_makes_a_pointer() {
        List<Object> segments = Locations.segments("events[3].lifeAreas[12].area");

        assertThat(segments).containsExactly("events", 3, "lifeAreas", 12, "area");
        assertThat(Locations.pointer("/x", segments)).isEqualTo("/x/events/3/lifeAreas/12/area");
        assertThat(Locations.pointer("", List.of("a/b", "c~d"))).isEqualTo("/a~1b/c~0d");
    }
}
