package io.github.inddragelse.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.rule.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's generated cases leave the facts a vendor may state at their defaults (so the
 * benchmarks keep measuring the same work); this proves the Easy Rules peer honours those facts as
 * the library does, on the same cases with the facts stated.
 */
class PeerStatedFactsTest {

    private final CaseGenerator generator = new CaseGenerator(CaseGenerator.SEED);
    private final EasyRulesPeer peer = new EasyRulesPeer();
    private final LegalDutySubset ours = LegalDutySubset.fromStandard();

    @Test
    void the_easy_rules_peer_agrees_on_cases_that_state_full_grants_discretion_and_the_pension_age() {
        int changedByTheFacts = 0;
        for (int i = 0; i < 40; i++) {
            CaseProcess process = generator.ofMixedSize(i);
            CaseProcess stated = withStatedFacts(process, i);
            LocalDate asOf = CaseGenerator.asOf(process);
            Outcome[] direct = ours.evaluate(stated, asOf);

            assertThat(peer.evaluate(stated, asOf))
                    .as("peer on %s", stated.caseId())
                    .containsExactly(direct);
            assertThat(LegalDutySubset.outcomes(ours.assess(stated, asOf)))
                    .as("assessor on %s", stated.caseId())
                    .containsExactly(direct);
            if (!Arrays.equals(ours.evaluate(process, asOf), direct)) {
                changedByTheFacts++;
            }
        }
        assertThat(changedByTheFacts)
                .as("cases whose outcomes the stated facts change")
                .isGreaterThan(5);
    }

    /**
     * The case with facts stated, varied by index: every change or stop fully grants the request (even
     * indexes), every decision is bound by the rules (every third), the citizen has reached the pension
     * age (every fourth).
     */
    private static CaseProcess withStatedFacts(CaseProcess process, int index) {
        List<CaseEvent> events = new ArrayList<>();
        for (CaseEvent e : process.events()) {
            if (e instanceof Decision) {
                Decision d = (Decision) e;
                boolean changesHelp = d.outcome() == DecisionOutcome.CHANGED || d.outcome() == DecisionOutcome.STOPPED;
                Decision.Builder b = Decision.builder().from(d);
                if (changesHelp && index % 2 == 0) {
                    b.fullyGrantsRequest(true);
                }
                if (index % 3 == 0) {
                    b.discretionary(false);
                }
                events.add(b.build());
            } else {
                events.add(e);
            }
        }
        return CaseProcess.builder()
                .from(process)
                .events(events)
                .citizenReachedPensionAge(index % 4 == 0)
                .build();
    }
}
