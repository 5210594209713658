package io.github.inddragelse.testkit;

import static io.github.inddragelse.testkit.TestRules.FOLLOW_UP;
import static io.github.inddragelse.testkit.TestRules.GOALS;
import static io.github.inddragelse.testkit.TestRules.HEARING;
import static io.github.inddragelse.testkit.TestRules.NETWORK;
import static io.github.inddragelse.testkit.TestRules.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every assertion passing and failing, on an assessment of the exemplary scenario by rules of fixed
 * outcome: {@value TestRules#HEARING} critical and not met (evidence e7, e9) on transparency, {@value
 * TestRules#FOLLOW_UP} met on p7-follow-up, {@value TestRules#GOALS} partly met on involvement, {@value
 * TestRules#NETWORK} with insufficient data on collaboration, {@value TestRules#SCOPE} not applicable.
 */
class AssessmentAssertTest {

    private static final CaseUnderTest CASE = Scenarios.exemplary();
    private static final Assessment RECORDS = TestRules.fixed().assess(CASE.process(), CASE.asOf());

    /** The same case with the caseworker answering every item best and the citizen every item worst. */
    private static final Assessment VIEWS = TestRules.fixed()
            .assess(
                    CASE.process(),
                    List.of(
                            complete(StandardChecklists.caseworker()).best().sample(),
                            complete(StandardChecklists.citizen()).worst().sample()),
                    CASE.asOf());

    /** Every item answered on the scale, on the as-of date. */
    private static ChecklistResponseArbitrary complete(Checklist checklist) {
        return ChecklistResponses.forChecklist(checklist)
                .respondedOn(CASE.asOf())
                .allAnswered()
                .onScaleOnly();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> failure(ThrowingCallable assertion) {
        return assertThatThrownBy(assertion).isExactlyInstanceOf(AssertionError.class);
    }

    private static AssessmentAssert assessment() {
        return AssessmentAssert.assertThat(RECORDS);
    }

    @Test
    void a_critical_finding_fails_has_no_critical_findings_and_is_named_with_evidence_and_explanation() {
        failure(() -> assessment().hasNoCriticalFindings())
                .hasMessage("expected no critical findings but found 1: rule " + HEARING
                        + " was not-met (evidence: e7, e9): Outcome: not-heard.");
        AssessmentAssert.assertThat(Assessor.standard().assess(CASE.process(), CASE.asOf()))
                .hasNoCriticalFindings()
                .hasNoFailedRules();
    }

    @Test
    void has_critical_finding_passes_for_the_unmet_critical_rule_and_fails_for_a_met_one() {
        assessment().hasCriticalFinding(HEARING);
        failure(() -> assessment().hasCriticalFinding(FOLLOW_UP))
                .hasMessage("expected rule " + FOLLOW_UP
                        + " to be a critical finding but it was advisory and met (evidence: e12): Outcome: held.");
    }

    @Test
    void a_finding_of_an_unknown_rule_fails_and_lists_the_rules_run() {
        failure(() -> assessment().finding("no-such-rule"))
                .hasMessage("expected a finding of rule no-such-rule but the assessment has none; its rules are: "
                        + String.join(", ", HEARING, FOLLOW_UP, GOALS, NETWORK, SCOPE));
    }

    @Test
    void has_outcome_names_the_rule_the_outcome_the_evidence_and_the_explanation() {
        assessment()
                .finding(HEARING)
                .hasOutcome(Outcome.NOT_MET)
                .isNotMet()
                .hasEvidence("e7")
                .hasEvidence("e9", "e7");
        failure(() -> assessment().finding(HEARING).isMet())
                .hasMessage("expected rule " + HEARING
                        + " to be met but it was not-met (evidence: e7, e9): Outcome: not-heard.");
        failure(() -> assessment().finding(GOALS).hasOutcome(Outcome.MET))
                .hasMessage(
                        "expected rule " + GOALS + " to be met but it was partly-met (no evidence): Outcome: partly.");
    }

    @Test
    void each_outcome_shortcut_passes_on_its_outcome() {
        assessment().finding(FOLLOW_UP).isMet().isNotCritical().hasSeverity(Severity.ADVISORY);
        assessment().finding(GOALS).isPartlyMet().hasNoEvidence();
        assessment().finding(NETWORK).hasInsufficientData();
        assessment().finding(SCOPE).isNotApplicable();
        failure(() -> assessment().finding(SCOPE).isNotMet())
                .hasMessage("expected rule " + SCOPE
                        + " to be not-met but it was not-applicable (no evidence): Outcome: out.");
        failure(() -> assessment().finding(NETWORK).isPartlyMet())
                .hasMessageStartingWith("expected rule " + NETWORK + " to be partly-met but it was insufficient-data");
    }

    @Test
    void is_not_recorded_passes_for_a_fact_the_case_does_not_record_and_names_what_is_missing_when_it_fails() {
        CaseUnderTest unrecorded = Scenarios.rejectionWithoutHearingOrComplaintGuidance()
                .notRecording(RecordedFact.DECISION_COMPLAINT_GUIDANCE);
        AssessmentAssert standard =
                AssessmentAssert.assertThat(Assessor.standard().assess(unrecorded.process(), unrecorded.asOf()));

        standard.finding("fvl-25-complaint-guidance")
                .isNotRecorded(RecordedFact.DECISION_COMPLAINT_GUIDANCE)
                .isNotRecorded()
                .isNotCritical();
        assertThat(unrecorded.asOf())
                .isEqualTo(
                        Scenarios.rejectionWithoutHearingOrComplaintGuidance().asOf());
        assertThat(unrecorded.defects()).contains(Defect.NO_COMPLAINT_GUIDANCE);
        assertThatThrownBy(() -> unrecorded.fixed(Defect.NO_COMPLAINT_GUIDANCE))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("lists decision-complaint-guidance as not recorded");
        failure(() -> standard.finding("fvl-25-complaint-guidance").isNotRecorded(RecordedFact.GOAL_MEASURABLE))
                .hasMessage("expected rule fvl-25-complaint-guidance to name the facts not recorded goal-measurable"
                        + " but it names decision-complaint-guidance");
        failure(() -> standard.finding("fvl-19-hearing-before-adverse-decision").isNotRecorded())
                .hasMessageStartingWith("expected rule fvl-19-hearing-before-adverse-decision to be insufficient data"
                        + " because a fact is not recorded but it was not-met");
        failure(() -> assessment().finding(NETWORK).isNotRecorded()).hasMessageEndingWith(" with message key unknown");
    }

    @Test
    void has_evidence_names_the_missing_event_and_the_evidence_there_is() {
        failure(() -> assessment().finding(HEARING).hasEvidence("e7", "e8"))
                .hasMessage("expected rule " + HEARING
                        + " to rest on evidence e8 but it was not-met (evidence: e7, e9): Outcome: not-heard.");
        failure(() -> assessment().finding(HEARING).hasNoEvidence())
                .hasMessage("expected rule " + HEARING
                        + " to rest on no evidence but it was not-met (evidence: e7, e9): Outcome: not-heard.");
    }

    @Test
    void severity_criticality_references_and_message_keys_are_checked() {
        assessment()
                .finding(HEARING)
                .isCritical()
                .hasSeverity(Severity.CRITICAL)
                .cites(LegalReferences.FVL_19)
                .hasMessageKey("not-heard");
        failure(() -> assessment().finding(HEARING).isNotCritical())
                .hasMessage("expected rule " + HEARING
                        + " not to be a critical finding but it was not-met (evidence: e7, e9): Outcome: not-heard.");
        failure(() -> assessment().finding(FOLLOW_UP).hasSeverity(Severity.CRITICAL))
                .hasMessage("expected rule " + FOLLOW_UP
                        + " to have severity critical but it has severity advisory and was met (evidence: e12):"
                        + " Outcome: held.");
        failure(() -> assessment().finding(HEARING).cites(LegalReferences.SEL_148))
                .hasMessageStartingWith("expected rule " + HEARING + " to cite " + LegalReferences.SEL_148.citation()
                        + " but it cites " + LegalReferences.FVL_19.citation() + " and was not-met");
        failure(() -> assessment().finding(HEARING).hasMessageKey("heard"))
                .hasMessageStartingWith("expected rule " + HEARING + " to have message key heard but it has not-heard");
    }

    @Test
    void has_band_names_the_dimension_with_all_its_numbers_and_the_rules_that_cap_it() {
        assessment().dimension("transparency").hasBand(Band.CRITICAL).isCapped().isCappedBy(HEARING);
        failure(() -> assessment().dimension("transparency").hasBand(Band.WEAK))
                .hasMessage("expected dimension transparency to have band weak but it had band critical (score 0,"
                        + " band critical, coverage 1 (1 of 1 applicable item scored), capped); critical findings"
                        + " on it: " + HEARING);
    }

    @Test
    void has_no_band_passes_when_too_little_could_be_scored_and_fails_with_the_band() {
        assessment().dimension("collaboration").hasNoBand().hasNoScore();
        assessment().dimension("trust").hasNoBand().hasNoScore();
        failure(() -> assessment().dimension("p7-follow-up").hasNoBand())
                .hasMessage("expected dimension p7-follow-up to have no band but it had band strong (score 100, band"
                        + " strong, coverage 1 (1 of 1 applicable item scored), not capped)");
        failure(() -> assessment().dimension("collaboration").hasBand(Band.STRONG))
                .hasMessage("expected dimension collaboration to have band strong but it had no band (no score, no"
                        + " band, coverage 0 (0 of 1 applicable item scored), not capped)");
        failure(() -> assessment().dimension("trust").hasScoreAtLeast(1))
                .hasMessage("expected dimension trust to score at least 1 but it had no score (no score (nothing"
                        + " applicable))");
    }

    @Test
    void band_bounds_accept_the_band_itself_and_reject_the_other_side() {
        assessment().dimension("involvement").hasBandAtLeast(Band.WEAK).hasBandAtMost(Band.WEAK);
        assessment().dimension("involvement").hasBandAtLeast(Band.CRITICAL).hasBandAtMost(Band.ADEQUATE);
        failure(() -> assessment().dimension("involvement").hasBandAtLeast(Band.ADEQUATE))
                .hasMessage("expected dimension involvement to have band adequate or better but it had band weak"
                        + " (score 50, band weak, coverage 1 (1 of 1 applicable item scored), not capped)");
        failure(() -> assessment().dimension("involvement").hasBandAtMost(Band.CRITICAL))
                .hasMessageStartingWith(
                        "expected dimension involvement to have band critical or worse but it had band weak");
        failure(() -> assessment().dimension("collaboration").hasBandAtMost(Band.STRONG))
                .hasMessageStartingWith(
                        "expected dimension collaboration to have band strong or worse but it had no" + " band");
    }

    @Test
    void score_and_coverage_bounds_name_the_actual_numbers() {
        assessment()
                .dimension("involvement")
                .hasScoreAtLeast(50)
                .hasScoreAtMost(50)
                .hasCoverageAtLeast(1)
                .isNotCapped();
        failure(() -> assessment().dimension("involvement").hasScoreAtLeast(60))
                .hasMessage("expected dimension involvement to score at least 60 but it had score 50 (score 50, band"
                        + " weak, coverage 1 (1 of 1 applicable item scored), not capped)");
        failure(() -> assessment().dimension("involvement").hasScoreAtMost(40.25))
                .hasMessageStartingWith("expected dimension involvement to score at most 40.25 but it had score 50");
        failure(() -> assessment().dimension("collaboration").hasCoverageAtLeast(0.5))
                .hasMessageStartingWith("expected dimension collaboration to have coverage at least 0.5 but it had 0");
        failure(() -> assessment().dimension("p7-follow-up").isCapped())
                .hasMessageStartingWith(
                        "expected dimension p7-follow-up to be capped by a critical finding but it was" + " not");
        failure(() -> assessment().dimension("transparency").isNotCapped())
                .hasMessageStartingWith("expected dimension transparency not to be capped but it was");
        failure(() -> assessment().dimension("involvement").hasNoScore())
                .hasMessageStartingWith("expected dimension involvement to have no score but it had score 50");
    }

    @Test
    void is_capped_by_names_the_rules_that_do_cap_it() {
        failure(() -> assessment().dimension("transparency").isCappedBy(FOLLOW_UP))
                .hasMessageStartingWith("expected dimension transparency to be capped by a critical finding of rule "
                        + FOLLOW_UP + " but it is capped by rule " + HEARING);
        failure(() -> assessment().dimension("involvement").isCappedBy(HEARING))
                .hasMessageStartingWith("expected dimension involvement to be capped by a critical finding of rule "
                        + HEARING + " but no rule caps it");
    }

    @Test
    void an_unknown_dimension_fails_and_lists_the_dimensions() {
        failure(() -> assessment().dimension("p9-nothing"))
                .hasMessageStartingWith("expected a dimension p9-nothing but the assessment has none; its dimensions"
                        + " are: trust, involvement, collaboration, transparency, p1-hopes-wishes-dreams");
    }

    @Test
    void lens_moves_to_one_lens_and_names_it_in_the_message() {
        AssessmentAssert.assertThat(VIEWS)
                .dimension("involvement")
                .lens(Lens.CASEWORKER)
                .hasScoreAtLeast(100)
                .hasBand(Band.STRONG)
                .lens(Lens.CITIZEN)
                .hasScoreAtMost(0)
                .hasBand(Band.CRITICAL)
                .lens(Lens.RECORDS)
                .hasScoreAtLeast(50)
                .hasScoreAtMost(50)
                .overall()
                .hasScoreAtLeast(49);
        failure(() -> AssessmentAssert.assertThat(VIEWS)
                        .dimension("involvement")
                        .lens(Lens.CITIZEN)
                        .hasScoreAtLeast(60))
                .hasMessageStartingWith(
                        "expected dimension involvement, lens citizen to score at least 60 but it had score 0 (score 0,"
                                + " band critical, coverage 1 (");
        failure(() -> assessment().dimension("involvement").lens(Lens.PROVIDER).hasScoreAtLeast(0))
                .hasMessage("expected dimension involvement, lens provider to score at least 0 but it had no score (no"
                        + " score (nothing applicable))");
    }

    @Test
    void has_trust_gap_gives_the_gap_and_both_lenses() {
        AssessmentAssert.assertThat(VIEWS)
                .hasTrustGap("involvement")
                .atLeast(30)
                .atMost(100)
                .and()
                .hasTrustGap("p1-hopes-wishes-dreams")
                .atLeast(100);
        failure(() -> AssessmentAssert.assertThat(VIEWS)
                        .hasTrustGap("involvement")
                        .atMost(10))
                .hasMessage("expected the trust gap on dimension involvement to be at most 10 points but it was 100"
                        + " (caseworker 100, citizen 0)");
        failure(() -> AssessmentAssert.assertThat(VIEWS)
                        .hasTrustGap("involvement")
                        .atLeast(100.5))
                .hasMessage("expected the trust gap on dimension involvement to be at least 100.5 points but it was 100"
                        + " (caseworker 100, citizen 0)");
    }

    @Test
    void a_missing_trust_gap_fails_and_shows_both_lenses() {
        failure(() -> assessment().hasTrustGap("involvement"))
                .hasMessage("expected a trust gap on dimension involvement but there is none: it needs a score through"
                        + " both the caseworker and the citizen lens; caseworker lens: no score (nothing applicable);"
                        + " citizen lens: no score (nothing applicable)");
    }

    @Test
    void every_dimension_at_least_checks_every_banded_dimension_and_lists_those_below() {
        assessment().everyDimensionAtLeast(Band.CRITICAL);
        failure(() -> assessment().everyDimensionAtLeast(Band.ADEQUATE))
                .hasMessage("expected every dimension with a band to be adequate or better but 2 are not: involvement"
                        + " (score 50, band weak, coverage 1 (1 of 1 applicable item scored), not capped); transparency"
                        + " (score 0, band critical, coverage 1 (1 of 1 applicable item scored), capped; critical"
                        + " findings on it: " + HEARING + ")");
        failure(() -> assessment().everyDimensionAtLeast(Band.WEAK))
                .hasMessageStartingWith(
                        "expected every dimension with a band to be weak or better but 1 is not:" + " transparency");
    }

    @Test
    void the_overall_score_has_the_same_checks() {
        assessment().overall().hasBand(Band.WEAK).isCapped().hasScoreAtLeast(50).hasCoverageAtLeast(0.75);
        failure(() -> assessment().overall().hasBandAtLeast(Band.ADEQUATE))
                .hasMessage("expected the overall score to have band adequate or better but it had band weak (score 50,"
                        + " band weak, coverage 0.75 (3 of 4 applicable items scored), capped)");
    }

    @Test
    void a_failed_rule_is_reported_with_its_exception_type() {
        Assessment failed = Assessor.builder()
                .addRule(TestRules.rule("throws", Severity.ADVISORY, "never", "trust", view -> {
                    throw new IllegalStateException("broken");
                }))
                .build()
                .assess(CASE.process(), CASE.asOf());
        failure(() -> AssessmentAssert.assertThat(failed).hasNoFailedRules())
                .hasMessage("expected every rule to decide but 1 failed: throws (IllegalStateException)");
    }

    @Test
    void a_message_left_with_a_placeholder_is_reported_with_its_rule_key_and_placeholder() {
        Rule forgetful = Rule.builder("forgetful")
                .title("Glemsom", "Forgetful")
                .description("Glemmer et argument", "Forgets an argument")
                .rationale("Til test", "For testing")
                .recommendation("Ret det", "Fix it")
                .serves("trust")
                .severity(Severity.ADVISORY)
                .message("held", "Mødet {meeting} blev holdt.", "Meeting {meeting} was held.")
                .evaluatedBy(view -> Evaluation.met("held"))
                .build();
        Assessment unfilled = Assessor.builder().addRule(forgetful).build().assess(CASE.process(), CASE.asOf());

        failure(() -> AssessmentAssert.assertThat(unfilled).hasEveryMessageFilled())
                .hasMessage(
                        "expected every message to be filled but 1 left a placeholder: forgetful (held: {meeting})");
        AssessmentAssert.assertThat(Assessor.standard().assess(CASE.process(), CASE.asOf()))
                .hasEveryMessageFilled();
    }

    @Test
    void the_asserts_give_back_what_they_check() {
        assertThat(assessment().actual()).isSameAs(RECORDS);
        assertThat(assessment().finding(HEARING).actual().ruleId()).isEqualTo(HEARING);
        assertThat(assessment().finding(HEARING).and().actual()).isSameAs(RECORDS);
        assertThat(assessment().dimension("trust").actualDimension().dimensionId())
                .isEqualTo("trust");
        assertThat(assessment().dimension("involvement").actual().percent()).hasValue(50.0);
        assertThat(assessment().overall().actual()).isEqualTo(RECORDS.overall());
        assertThat(AssessmentAssert.assertThat(VIEWS)
                        .hasTrustGap("trust")
                        .actual()
                        .gap())
                .isEqualTo(100.0);
    }
}
