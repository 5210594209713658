package io.github.inddragelse.testkit;

import static io.github.inddragelse.testkit.AssessmentAssert.assertThat;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The README's example, run: a test author validates a municipality's workflow template for a
 * rejection under SEL §97 (here the {@link Scenarios#physicalDisability()} scenario stands in for
 * the template).
 */
class WorkflowTemplateExampleTest {

    private static final Assessor ASSESSOR = Assessor.standard();

    /** The municipality's template, filled in for one invented citizen. */
    private static final CaseUnderTest TEMPLATE = Scenarios.physicalDisability();

    private static Assessment assess(CaseUnderTest c) {
        return ASSESSOR.assess(c.process(), c.asOf());
    }

    @Test
    void the_template_meets_every_guarantee_rule_and_no_dimension_falls_below_adequate() {
        assertThat(assess(TEMPLATE)).hasNoCriticalFindings().hasNoFailedRules().everyDimensionAtLeast(Band.ADEQUATE);
    }

    @Test
    void the_template_hears_the_citizen_and_gives_complaint_guidance() {
        Assessment assessment = assess(TEMPLATE);
        assertThat(assessment).finding("fvl-19-hearing-before-adverse-decision").isMet();
        assertThat(assessment).finding("fvl-25-complaint-guidance").isMet();
        assertThat(assessment)
                .dimension("transparency")
                .hasBandAtLeast(Band.ADEQUATE)
                .isNotCapped();
    }

    @Test
    void a_template_that_skips_the_hearing_is_caught_and_capped() {
        CaseUnderTest unheard = TEMPLATE.withDefect(Defect.NO_HEARING_BEFORE_REJECTION);
        assertThat(assess(unheard))
                .hasCriticalFinding("fvl-19-hearing-before-adverse-decision")
                .dimension("transparency")
                .isCappedBy("fvl-19-hearing-before-adverse-decision")
                .hasBandAtMost(Band.WEAK);
    }

    @Property(tries = 50)
    void when_the_citizen_answers_worse_than_the_caseworker_the_gap_shows(
            @ForAll("unhappyCitizen") List<ChecklistResponse> answers) {
        Assessment assessment = ASSESSOR.assess(TEMPLATE.process(), answers, TEMPLATE.asOf());
        assertThat(assessment).hasTrustGap("involvement").atLeast(50);
        assertThat(assessment).dimension("involvement").lens(Lens.CITIZEN).hasBandAtMost(Band.WEAK);
    }

    @Provide
    Arbitrary<List<ChecklistResponse>> unhappyCitizen() {
        Arbitrary<ChecklistResponse> caseworker = ChecklistResponses.forChecklist(StandardChecklists.caseworker())
                .within(TEMPLATE)
                .allAnswered()
                .onScaleOnly()
                .best();
        Arbitrary<ChecklistResponse> citizen = ChecklistResponses.forChecklist(StandardChecklists.citizen())
                .within(TEMPLATE)
                .allAnswered()
                .onScaleOnly()
                .worst();
        return caseworker.flatMap(cw -> citizen.map(ci -> List.of(cw, ci)));
    }
}
