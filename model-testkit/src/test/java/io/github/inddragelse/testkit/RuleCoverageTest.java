package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleCoverage} and {@link RuleCoverageAssert} on a rule with three message keys, two of which
 * the two scenarios recorded reach: {@code decided} for a case with a decision, {@code open} for one
 * without, and {@code never}, which the rule never reports.
 */
class RuleCoverageTest {

    private static final Rule DECIDED = Rule.builder("decided")
            .title("Afgjort", "Decided")
            .description("Om sagen er afgjort", "Whether the case is decided")
            .rationale("Til test", "For testing")
            .recommendation("Afgør sagen", "Decide the case")
            .serves("transparency")
            .cites(LegalReferences.RSL_3)
            .severity(Severity.ADVISORY)
            .message("decided", "Afgjort.", "Decided.")
            .message("open", "Åben.", "Open.")
            .message("never", "Aldrig.", "Never.")
            .evaluatedBy(view -> view.has(Decision.class) ? Evaluation.met("decided") : Evaluation.notMet("open"))
            .build();

    private static final Assessor ASSESSOR = Assessor.builder().addRule(DECIDED).build();

    private static RuleCoverage recorded() {
        RuleCoverage coverage = RuleCoverage.of(ASSESSOR);
        for (CaseUnderTest c : List.of(Scenarios.exemplary(), Scenarios.openingOnly())) {
            coverage.record(ASSESSOR.assess(c.process(), c.asOf()));
        }
        return coverage;
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> failure(ThrowingCallable assertion) {
        return assertThatThrownBy(assertion).isExactlyInstanceOf(AssertionError.class);
    }

    @Test
    void the_coverage_names_the_keys_reached_and_those_missed() {
        RuleCoverage coverage = recorded();

        assertThat(coverage.assessments()).isEqualTo(2);
        assertThat(coverage.ruleIds()).containsExactly("decided");
        assertThat(coverage.messageKeys("decided")).containsExactly("decided", "never", "open");
        assertThat(coverage.reached("decided")).containsExactly("decided", "open");
        assertThat(coverage.missing()).containsExactly(Map.entry("decided", new java.util.TreeSet<>(Set.of("never"))));
        assertThat(coverage.reachedCount()).isEqualTo(2);
        assertThat(coverage.keyCount()).isEqualTo(3);
        assertThat(coverage.describe())
                .isEqualTo("2 of 3 message keys reached in 2 assessments\n"
                        + "decided: reached decided, open; missed never");
    }

    @Test
    void an_empty_coverage_reaches_nothing_and_the_standard_one_knows_every_standard_rule() {
        RuleCoverage standard = RuleCoverage.of(Assessor.standard());

        assertThat(standard.ruleIds()).hasSize(Assessor.standard().rules().size());
        assertThat(standard.reachedCount()).isZero();
        assertThat(standard.missing()).hasSize(standard.ruleIds().size());
        assertThat(standard.messageKeys("fvl-19-hearing-before-adverse-decision"))
                .contains("heard", "not-heard", "exempt", "decided-before-deadline");
    }

    @Test
    void every_key_reached_or_excepted_passes() {
        RuleCoverageAssert.assertThat(recorded())
                .reachesEveryMessageKeyExcept(Map.of("decided", Set.of("never")))
                .reaches("decided", "decided", "open");
    }

    @Test
    void a_key_missed_fails_with_the_keys_missed_and_those_reached() {
        failure(() -> RuleCoverageAssert.assertThat(recorded()).reachesEveryMessageKey())
                .hasMessage("expected every message key of 1 rule to be reached in 2 assessments but 1 was missed:\n"
                        + "  decided: never (reached: decided, open)");
        failure(() -> RuleCoverageAssert.assertThat(recorded()).reaches("decided", "open", "never"))
                .hasMessage("expected rule decided to reach open, never in 2 assessments but it missed never"
                        + " (reached: decided, open)");
    }

    @Test
    void an_exception_that_no_longer_holds_fails() {
        failure(() -> RuleCoverageAssert.assertThat(recorded())
                        .reachesEveryMessageKeyExcept(Map.of("decided", Set.of("never", "open"))))
                .hasMessage("expected every message key of 1 rule to be reached in 2 assessments, except 2 excepted,"
                        + " but these excepted keys were reached after all (remove them from the exceptions):"
                        + " decided: open");
        failure(() -> RuleCoverageAssert.assertThat(recorded())
                        .reachesEveryMessageKeyExcept(Map.of("decided", Set.of("never"), "gone", Set.of("x"))))
                .hasMessageEndingWith(
                        "but these exceptions name no message key of a rule covered: gone (no such rule)");
        failure(() -> RuleCoverageAssert.assertThat(recorded())
                        .reachesEveryMessageKeyExcept(Map.of("decided", Set.of("never", "typo"))))
                .hasMessageEndingWith("but these exceptions name no message key of a rule covered: decided: typo");
    }

    @Test
    void a_key_that_is_not_one_of_the_rules_is_named_as_such_rather_than_as_missed() {
        failure(() -> RuleCoverageAssert.assertThat(recorded()).reaches("decided", "open", "opne"))
                .hasMessage("expected rule decided to reach open, opne but opne is not one of its message keys:"
                        + " decided, never, open");
    }

    @Test
    void a_failure_counts_a_single_assessment_as_one() {
        RuleCoverage once = RuleCoverage.of(ASSESSOR);
        CaseUnderTest c = Scenarios.openingOnly();
        once.record(ASSESSOR.assess(c.process(), c.asOf()));

        failure(() -> RuleCoverageAssert.assertThat(once).reaches("decided", "decided"))
                .hasMessage("expected rule decided to reach decided in 1 assessment but it missed decided"
                        + " (reached: open)");
    }

    @Test
    void a_rule_id_or_key_that_is_null_is_refused_naming_the_parameter() {
        RuleCoverageAssert coverage = RuleCoverageAssert.assertThat(recorded());

        assertThatThrownBy(() -> coverage.reaches(null, "open"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("ruleId");
        assertThatThrownBy(() -> coverage.reaches("decided", "open", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("messageKeys");
    }

    @Test
    void a_rule_not_covered_is_refused() {
        assertThatThrownBy(() -> recorded().reached("gone"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No rule gone is covered");
        failure(() -> RuleCoverageAssert.assertThat(recorded()).reaches("gone", "x"))
                .hasMessageStartingWith("expected a rule gone to be covered");
        assertThatThrownBy(() -> RuleCoverage.of(List.of(DECIDED, DECIDED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Two rules have the id decided");
    }

    @Test
    void a_finding_of_another_rule_is_ignored_and_a_library_key_is_shown_but_never_missing() {
        Rule failing = TestRules.rule("failing", Severity.ADVISORY, "fine", "trust", view -> {
            throw new IllegalStateException("broken");
        });
        Assessor both = Assessor.builder().addRule(DECIDED).addRule(failing).build();
        RuleCoverage onlyFailing = RuleCoverage.of(List.of(failing));
        CaseUnderTest c = Scenarios.exemplary();

        onlyFailing.record(both.assess(c.process(), c.asOf()));

        assertThat(onlyFailing.ruleIds()).containsExactly("failing");
        assertThat(onlyFailing.reached("failing")).containsExactly("rule-failed");
        assertThat(onlyFailing.missing()).containsOnlyKeys("failing");
        assertThat(onlyFailing.reachedCount()).isZero();
    }
}
