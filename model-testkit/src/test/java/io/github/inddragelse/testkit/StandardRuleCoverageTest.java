package io.github.inddragelse.testkit;

import static io.github.inddragelse.testkit.RuleCoverageAssert.assertThat;

import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * The generators reach every branch of the standard rules: cases sampled with a fixed seed from the
 * public arbitraries (cases without defects, cases with one defect, and cases from a source system that
 * records no participant as chosen by the citizen), assessed with {@link Assessor#standard()}, reach
 * every message key of every standard rule but those listed here, each with the reason no generated
 * case can reach it. A key the generators stop reaching fails this test, and so does a key listed that
 * they reach after all.
 */
class StandardRuleCoverageTest {

    private static final Assessor ASSESSOR = Assessor.standard();

    /** The keys no generated case reaches, each with the reason none can. */
    private static final Map<String, Set<String>> NOT_REACHED = Map.of(
            // every generated case starts with the contact that opened it (the VUM order the generators
            // guarantee), so the rule always has a contact to judge
            "own-need-recorded-at-opening", Set.of("no-contact"),
            // every generated case names its caseworker, whom the checklist responses generated for it name
            // as the caseworker respondent (ChecklistResponses.forCase)
            "caseworker-continuity", Set.of("no-caseworker"),
            // a decision's follow-up date judged alone is followed up only by a follow-up held by the as-of
            // date before it was due (a due one held since the decision is judged in the decision's place),
            // and generated cases hold each follow-up on or after the date it was planned for
            "sel-148-follow-up-held", Set.of("decision-date-followed-up"));

    @Test
    void generated_cases_reach_every_message_key_of_the_standard_rules_but_the_few_listed() {
        RuleCoverage coverage = RuleCoverage.of(ASSESSOR);
        JqwikSession.run("20261123", () -> {
            record(coverage, CaseProcesses.casesUnderTest(), 3000);
            record(coverage, CaseProcesses.withOneDefect(), 3000);
            // a source system that records no network member as chosen by the citizen
            record(
                    coverage,
                    CaseProcesses.valid()
                            .notRecording(RecordedFact.PARTICIPANT_CHOSEN_BY_CITIZEN)
                            .underTest(),
                    100);
        });
        assertThat(coverage).reachesEveryMessageKeyExcept(NOT_REACHED);
    }

    private static void record(RuleCoverage coverage, Arbitrary<CaseUnderTest> cases, int count) {
        cases.sampleStream().limit(count).forEach(c -> coverage.record(ASSESSOR.assess(c.process(), c.asOf())));
    }
}
