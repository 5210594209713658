package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.catalogue.Phase;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/** How test authors use the testkit: plain JUnit, {@code @ForAll}, fixed seeds. */
class UsageTest {

    @Test
    void sample_works_in_a_plain_junit_test() {
        CaseProcess process =
                CaseProcesses.valid().reachingPhase(Phase.FOLLOW_UP).sample();
        assertThat(process.currentPhase()).isEqualTo(Phase.FOLLOW_UP);
        assertThat(CaseProcesses.casesUnderTest().sample().defects()).isEmpty();
        assertThat(CaseProcesses.valid().sampleStream().limit(20)).hasSize(20);
    }

    @Property(tries = 50)
    void the_provider_resolves_case_processes_and_their_parts(
            @ForAll CaseProcess process,
            @ForAll CaseUnderTest underTest,
            @ForAll Participant participant,
            @ForAll CaseEvent event) {
        assertThat(process.events()).isNotEmpty();
        assertThat(underTest.asOf()).isAfterOrEqualTo(underTest.process().openedOn());
        assertThat(participant.id()).isNotBlank();
        assertThat(event.id()).isNotBlank();
    }

    @Test
    void generation_is_deterministic_for_a_fixed_seed() {
        assertThat(generate(42L)).isEqualTo(generate(42L));
        assertThat(generate(42L)).isNotEqualTo(generate(43L));
    }

    private static List<CaseProcess> generate(long seed) {
        List<CaseProcess> generated = new ArrayList<>();
        JqwikSession.run(Long.toString(seed), () -> CaseProcesses.valid()
                .withDefects(Defect.OVERDUE_FOLLOW_UP)
                .sampleStream()
                .limit(10)
                .forEach(generated::add));
        return generated;
    }

    @Test
    void free_text_never_reaches_to_string() {
        CaseUnderTest c = Scenarios.exemplary();
        String printed = c.toString() + c.process().events() + c.process().participants();
        assertThat(printed).doesNotContain("Jeg ").doesNotContain("borgerens").contains("<redacted>");
    }
}
