package io.github.inddragelse.examples.rulepack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.Perspective;
import org.junit.jupiter.api.Test;

class MunicipalityChecklistTest {

    @Test
    void the_municipality_checklist_loads_from_its_json_file() {
        Checklist own = MunicipalityChecklist.load();

        assertThat(own.id()).isEqualTo("eksempelkommune-borger");
        assertThat(own.perspective()).isEqualTo(Perspective.CITIZEN);
        assertThat(own.items()).extracting(i -> i.id()).containsExactly("ek-b-1", "ek-b-2", "ek-b-3");
        assertThat(own.item("ek-b-3").orElseThrow().weight()).isEqualTo(1.5);
        assertThat(own.item("ek-b-2").orElseThrow().scale().maxPoints()).isEqualTo(2.0);
    }

    @Test
    void every_problem_in_a_checklist_file_is_named_by_its_json_pointer() {
        String json = """
                {"id": "x", "version": "1", "perspective": "neighbour", "title": {"da": "T"},
                 "scales": [{"id": "s", "options": [
                    {"code": "a", "points": 0, "label": {"da": "A", "en": "A"}, "anchor": {"da": "A", "en": "A"}},
                    {"code": "b", "points": 1, "label": {"da": "B", "en": "B"}, "anchor": {"da": "B", "en": "B"}}]}],
                 "items": [{"id": "i1", "question": {"da": "Q", "en": "Q"}, "scale": "nope", "dimensions": ["trust"]}]}
                """;

        assertThatThrownBy(() -> MunicipalityChecklist.parse(json))
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> assertThat(((InvalidModelException) e).violations())
                        .extracting(Violation::path)
                        .containsExactly("/perspective", "/title", "/items/0/scale"));
    }

    @Test
    void a_file_that_is_not_json_says_where() {
        assertThatThrownBy(() -> MunicipalityChecklist.parse("{\n  \"id\": \n}"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("line 3");
    }
}
