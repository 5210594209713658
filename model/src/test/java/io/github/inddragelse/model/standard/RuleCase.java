package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of a rule's example table: a named case (the name reads as a sentence), the rule, the case
 * as of a date, and the expected outcome, message key and evidence.
 */
record RuleCase(String name, Rule rule, CaseView view, Outcome outcome, String key, List<String> evidence) {

    /**
     * Makes a row.
     *
     * @param rule the rule
     * @param name what the row shows, as a snake_case sentence
     * @param fixture the case
     * @param asOf the as-of date
     * @param outcome the expected outcome
     * @param key the expected message key
     * @param evidence the expected evidence, in any order
     * @return the row
     */
    static RuleCase of(
            Rule rule,
            String name,
            CaseFixtures fixture,
            LocalDate asOf,
            Outcome outcome,
            String key,
            String... evidence) {
        return new RuleCase(name, rule, fixture.viewAsOf(asOf), outcome, key, List.of(evidence));
    }

    /**
     * Runs a rule the way an assessor does: applicability first, then the evaluation.
     *
     * @param rule the rule
     * @param view the case
     * @return the evaluation
     */
    static Evaluation run(Rule rule, CaseView view) {
        return rule.applicability(view).asEvaluation().orElseGet(() -> rule.evaluate(view));
    }

    /**
     * The message of a rule's evaluation of a case as of a date, in both languages, run as {@link
     * #run(Rule, CaseView)} runs it.
     *
     * @param rule the rule
     * @param fixture the case
     * @param asOf the as-of date
     * @return the rendered message
     */
    static Text message(Rule rule, CaseFixtures fixture, LocalDate asOf) {
        return rule.definition().render(run(rule, fixture.viewAsOf(asOf)));
    }

    /**
     * Runs the row's rule.
     *
     * @return the evaluation
     */
    Evaluation run() {
        return run(rule, view);
    }

    /** Checks the outcome, message key and evidence. */
    void verify() {
        Evaluation e = run();
        assertThat(e.outcome()).as("outcome of %s", this).isEqualTo(outcome);
        assertThat(e.messageKey()).as("message key of %s", this).isEqualTo(key);
        assertThat(e.evidence()).as("evidence of %s", this).containsExactlyInAnyOrderElementsOf(evidence);
    }

    @Override
    public String toString() {
        return rule.id() + ": " + name;
    }
}
