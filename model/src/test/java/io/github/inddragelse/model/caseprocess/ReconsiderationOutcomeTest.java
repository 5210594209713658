package io.github.inddragelse.model.caseprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReconsiderationOutcomeTest {

    @Test
    void a_decision_maintained_in_full_or_in_part_must_be_sent_on_and_a_changed_one_not() {
        assertThat(Arrays.stream(ReconsiderationOutcome.values()).filter(ReconsiderationOutcome::mustBeSentOn))
                .containsExactly(ReconsiderationOutcome.UPHELD, ReconsiderationOutcome.PARTLY_CHANGED);
    }

    @Test
    void a_partial_change_lies_between_upheld_and_changed_with_its_own_code_and_labels() {
        assertThat(ReconsiderationOutcome.values())
                .containsExactly(
                        ReconsiderationOutcome.UPHELD,
                        ReconsiderationOutcome.PARTLY_CHANGED,
                        ReconsiderationOutcome.CHANGED);
        assertThat(ReconsiderationOutcome.PARTLY_CHANGED.code()).isEqualTo("partly-changed");
        assertThat(ReconsiderationOutcome.PARTLY_CHANGED.label().da()).isEqualTo("Delvist ændret");
        assertThat(ReconsiderationOutcome.PARTLY_CHANGED.label().en()).isEqualTo("Changed in part");
    }
}
