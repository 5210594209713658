package io.github.inddragelse.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.testkit.CaseProcesses;
import io.github.inddragelse.testkit.CaseUnderTest;
import io.github.inddragelse.testkit.Defect;
import io.github.inddragelse.testkit.RuleCoverage;
import io.github.inddragelse.testkit.RuleCoverageAssert;
import io.github.inddragelse.testkit.Scenarios;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * How a test author checks a workflow template with the testkit: generated, valid case processes
 * that have not reached a decision go through the template, and the testkit's defect definitions and
 * the assessment engine say whether the result breaks the duties the template promises to keep.
 */
class DecisionTemplateProperties {

    /** The critical rules the template keeps: hearing, reasons, complaint guidance. */
    private static final List<LegalReference> KEPT =
            List.of(LegalReferences.FVL_19, LegalReferences.FVL_22_24, LegalReferences.FVL_25);

    private final Assessor assessor = Assessor.standard();

    @Property(tries = 100)
    void an_adverse_decision_made_with_the_template_is_heard_reasoned_and_guided(
            @ForAll("undecided") CaseProcess draft, @ForAll("adverse") DecisionOutcome outcome) {
        CaseUnderTest decided = CaseUnderTest.of(DecisionTemplate.decide(draft, outcome));

        assertThat(decided.defects())
                .doesNotContain(
                        Defect.NO_HEARING_BEFORE_REJECTION,
                        Defect.REASONS_MISSING,
                        Defect.NO_COMPLAINT_GUIDANCE,
                        Defect.NO_FOLLOW_UP_PLANNED);
        assertThat(criticalOnKeptDuties(assessor.assess(decided.process(), decided.asOf())))
                .isEmpty();
    }

    @Property(tries = 100)
    void granted_help_gets_a_follow_up_and_needs_no_hearing(@ForAll("undecided") CaseProcess draft) {
        CaseProcess decided = DecisionTemplate.decide(draft, DecisionOutcome.GRANTED);

        assertThat(decided.events()).hasSize(draft.events().size() + 1);
        assertThat(CaseUnderTest.of(decided).defects()).doesNotContain(Defect.NO_FOLLOW_UP_PLANNED);
    }

    @Property(tries = 50)
    void the_testkit_would_catch_a_template_that_skipped_the_hearing(@ForAll("undecided") CaseProcess draft) {
        CaseUnderTest decided = CaseUnderTest.of(DecisionTemplate.decide(draft, DecisionOutcome.REJECTED));

        CaseUnderTest unheard = decided.withDefect(Defect.NO_HEARING_BEFORE_REJECTION);

        assertThat(unheard.defects()).contains(Defect.NO_HEARING_BEFORE_REJECTION);
    }

    @Example
    void the_template_does_not_investigate_so_a_case_must_be_investigated_first() {
        CaseUnderTest opened = Scenarios.openingOnly();
        CaseProcess applying = CaseProcess.builder()
                .from(opened.process())
                .addAppliedFor(LegalReferences.SEL_85)
                .build();

        CaseUnderTest decided = new CaseUnderTest(
                DecisionTemplate.decide(applying, DecisionOutcome.REJECTED),
                opened.asOf().plusDays(30));

        assertThat(decided.defects()).contains(Defect.NO_INVESTIGATION_BEFORE_DECISION);
        assertThat(decided.defects()).doesNotContain(Defect.NO_HEARING_BEFORE_REJECTION);
    }

    @Example
    void the_properties_are_not_vacuous_the_template_reaches_every_way_the_kept_duties_can_be_met() {
        RuleCoverage coverage = RuleCoverage.of(assessor);
        List<DecisionOutcome> outcomes = List.of(DecisionOutcome.values());
        List<CaseProcess> drafts = undecided().sampleStream().limit(200).toList();
        for (int i = 0; i < drafts.size(); i++) {
            CaseUnderTest decided =
                    CaseUnderTest.of(DecisionTemplate.decide(drafts.get(i), outcomes.get(i % outcomes.size())));
            coverage.record(assessor.assess(decided.process(), decided.asOf()));
        }

        // a green property over these cases means something only if they take each path the template is
        // meant to: heard before an adverse decision, full reasons, guidance, and granted help needing none
        RuleCoverageAssert.assertThat(coverage)
                .reaches("fvl-19-hearing-before-adverse-decision", "heard", "no-adverse-decision")
                .reaches("fvl-22-24-reasons-for-adverse-decision", "reasons-complete", "no-adverse-decision")
                .reaches("fvl-25-complaint-guidance", "complaint-guidance-given", "no-adverse-decision");
    }

    @Provide
    Arbitrary<CaseProcess> undecided() {
        return CaseProcesses.valid().withDecision(false).reachingPhase(Phase.CASE_ASSESSMENT);
    }

    @Provide
    Arbitrary<DecisionOutcome> adverse() {
        return Arbitraries.of(
                DecisionOutcome.REJECTED,
                DecisionOutcome.PARTLY_GRANTED,
                DecisionOutcome.CHANGED,
                DecisionOutcome.STOPPED);
    }

    private static List<Finding> criticalOnKeptDuties(Assessment assessment) {
        return assessment.criticalFindings().stream()
                .filter(f -> f.legalReferences().stream().anyMatch(KEPT::contains))
                .toList();
    }
}
