package io.github.inddragelse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void a_text_is_shown_in_the_language_asked_for() {
        Text text = Text.of("Partshøring", "Hearing");
        assertThat(text.in(Language.DA)).isEqualTo("Partshøring");
        assertThat(text.in(Language.EN)).isEqualTo("Hearing");
        assertThat(text).hasToString("Hearing");
    }

    @Test
    void a_text_needs_both_languages() {
        assertThatThrownBy(() -> Text.of(" ", "Hearing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Text needs both a Danish and an English version");
        assertThatThrownBy(() -> Text.of("Partshøring", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_violation_seen_from_an_enclosing_value_gets_its_path_prefixed() {
        assertThat(new Violation("heldOn", "m").under("events[3]")).isEqualTo(new Violation("events[3].heldOn", "m"));
        assertThat(new Violation("[2]", "m").under("goalIds")).isEqualTo(new Violation("goalIds[2]", "m"));
        assertThat(new Violation("", "m").under("events[3]")).isEqualTo(new Violation("events[3]", "m"));
        assertThat(new Violation("id", "m").under("")).isEqualTo(new Violation("id", "m"));
    }

    @Test
    void a_violation_of_the_whole_value_prints_as_value() {
        assertThat(new Violation("", "is wrong")).hasToString("(value): is wrong");
        assertThat(new Violation("id", "is wrong")).hasToString("id: is wrong");
    }

    @Test
    void the_exception_lists_every_violation_and_counts_them() {
        InvalidModelException one = new InvalidModelException("Goal", List.of(new Violation("text", "is blank")));
        InvalidModelException two = new InvalidModelException(
                "Goal", List.of(new Violation("text", "is blank"), new Violation("", "is odd")));

        assertThat(one).hasMessage("Invalid Goal (1 problem): text: is blank");
        assertThat(two).hasMessage("Invalid Goal (2 problems): text: is blank; (value): is odd");
        assertThat(two.type()).isEqualTo("Goal");
        assertThat(two.violations()).hasSize(2);
        assertThat(two).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_exception_names_a_value_known_by_its_id_after_its_type() {
        InvalidModelException known =
                new InvalidModelException("Hearing", "h1", List.of(new Violation("responseDeadline", "is early")));
        InvalidModelException unknown =
                new InvalidModelException("Hearing", null, List.of(new Violation("responseDeadline", "is early")));

        assertThat(known).hasMessage("Invalid Hearing 'h1' (1 problem): responseDeadline: is early");
        assertThat(known.id()).contains("h1");
        assertThat(unknown).hasMessage("Invalid Hearing (1 problem): responseDeadline: is early");
        assertThat(unknown.id()).isEmpty();
    }
}
