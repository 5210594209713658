package io.github.inddragelse.model.caseprocess;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.catalogue.LegalReferences;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecisionOutcomeTest {

    @Test
    void only_a_granted_outcome_grants_in_full_by_itself() {
        assertThat(Arrays.stream(DecisionOutcome.values()).filter(DecisionOutcome::grantsInFull))
                .containsExactly(DecisionOutcome.GRANTED);
    }

    @Test
    void help_follows_from_granted_partly_granted_and_changed_outcomes() {
        assertThat(Arrays.stream(DecisionOutcome.values()).filter(DecisionOutcome::givesHelp))
                .containsExactly(DecisionOutcome.GRANTED, DecisionOutcome.PARTLY_GRANTED, DecisionOutcome.CHANGED);
    }

    @Test
    void a_decision_fully_grants_the_request_unless_set_exactly_when_its_outcome_grants_in_full() {
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            Decision d = Decision.builder()
                    .id("d1")
                    .date(LocalDate.of(2026, 3, 2))
                    .provision(LegalReferences.SEL_85)
                    .outcome(outcome)
                    .build();

            assertThat(d.fullyGrantsRequest()).as(outcome.code()).isEqualTo(outcome.grantsInFull());
            assertThat(d.isAdverse()).as(outcome.code()).isEqualTo(!outcome.grantsInFull());
        }
    }
}
