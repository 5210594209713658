package io.github.inddragelse.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

    private static final List<String> CONTACT =
            List.of("id", "date", "phase", "participantIds", "note", "contactKind", "reason", "citizensOwnNeed");

    @Test
    void a_letter_missing_added_changed_or_two_swapped_is_one_edit() {
        assertThat(Spelling.distance("citizenownneed", "citizensownneed")).isEqualTo(1);
        assertThat(Spelling.distance("reasons", "reason")).isEqualTo(1);
        assertThat(Spelling.distance("reasin", "reason")).isEqualTo(1);
        assertThat(Spelling.distance("raeson", "reason")).isEqualTo(1);
        assertThat(Spelling.distance("", "note")).isEqualTo(4);
        assertThat(Spelling.distance("note", "note")).isZero();
    }

    @Test
    void the_closest_known_name_is_suggested_whatever_its_case() {
        assertThat(Spelling.closest("citizenOwnNeed", CONTACT)).isEqualTo("citizensOwnNeed");
        assertThat(Spelling.closest("CONTACTKIND", CONTACT)).isEqualTo("contactKind");
        assertThat(Spelling.closest("ID", CONTACT)).isEqualTo("id");
        assertThat(Spelling.closest("partcipantIDs", CONTACT)).isEqualTo("participantIds");
    }

    @Test
    void nothing_is_suggested_for_a_name_too_far_from_every_known_one_or_for_a_short_one_misspelt() {
        assertThat(Spelling.closest("colour", CONTACT)).isNull();
        assertThat(Spelling.closest("citizen", CONTACT)).isNull();
        assertThat(Spelling.closest("ix", CONTACT)).isNull();
        assertThat(Spelling.closest("x".repeat(100_000), CONTACT)).isNull();
    }

    @Test
    void two_known_names_equally_close_give_no_suggestion() {
        assertThat(Spelling.closest("heldOm", List.of("heldOn", "heldOf"))).isNull();
        assertThat(Spelling.closest("heldOm", List.of("heldOn", "heldAtOf"))).isEqualTo("heldOn");
    }

    @Test
    void the_edits_allowed_grow_with_the_length_of_the_known_name() {
        assertThat(List.of(3, 4, 5, 6, 10, 11, 30))
                .extracting(Spelling::allowedEdits)
                .containsExactly(0, 1, 1, 2, 2, 3, 3);
    }
}
