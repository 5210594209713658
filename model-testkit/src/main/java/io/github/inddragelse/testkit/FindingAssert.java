package io.github.inddragelse.testkit;

import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assertions on one rule's finding; get one from {@link AssessmentAssert#finding(String)}. Each method
 * returns this assertion, so checks chain; a failure throws {@link AssertionError} naming the rule, its
 * outcome, its evidence and its English explanation:
 *
 * <pre>{@code
 * assertThat(assessment).finding("fvl-19-hearing-before-adverse-decision")
 *         .hasOutcome(Outcome.NOT_MET)
 *         .hasEvidence("e7")
 *         .isCritical();
 * // expected rule fvl-19-hearing-before-adverse-decision to be met but it was not-met (evidence: e7, e9): ...
 * }</pre>
 */
public final class FindingAssert {

    private final AssessmentAssert parent;
    private final Finding actual;

    FindingAssert(AssessmentAssert parent, Finding actual) {
        this.parent = parent;
        this.actual = actual;
    }

    /**
     * The finding under test.
     *
     * @return the finding
     */
    public Finding actual() {
        return actual;
    }

    /**
     * Back to the assertions on the whole assessment.
     *
     * @return the assessment's assertion
     */
    public AssessmentAssert and() {
        return parent;
    }

    /**
     * Checks the outcome.
     *
     * @param expected the outcome expected
     * @return this
     */
    public FindingAssert hasOutcome(Outcome expected) {
        Objects.requireNonNull(expected, "expected");
        if (actual.outcome() != expected) {
            throw fail("to be " + expected.code() + " but it was " + Descriptions.outcome(actual));
        }
        return this;
    }

    /**
     * Checks that the rule is met.
     *
     * @return this
     */
    public FindingAssert isMet() {
        return hasOutcome(Outcome.MET);
    }

    /**
     * Checks that the rule is partly met.
     *
     * @return this
     */
    public FindingAssert isPartlyMet() {
        return hasOutcome(Outcome.PARTLY_MET);
    }

    /**
     * Checks that the rule is not met.
     *
     * @return this
     */
    public FindingAssert isNotMet() {
        return hasOutcome(Outcome.NOT_MET);
    }

    /**
     * Checks that the rule does not apply.
     *
     * @return this
     */
    public FindingAssert isNotApplicable() {
        return hasOutcome(Outcome.NOT_APPLICABLE);
    }

    /**
     * Checks that the records did not say enough to decide.
     *
     * @return this
     */
    public FindingAssert hasInsufficientData() {
        return hasOutcome(Outcome.INSUFFICIENT_DATA);
    }

    /**
     * Checks that the finding is the assessor's insufficient data for facts the case does not record
     * (message key {@value Finding#FACT_NOT_RECORDED}), naming at least these facts.
     *
     * <pre>{@code
     * assertThat(assessment).finding("fvl-25-complaint-guidance")
     *         .isNotRecorded(RecordedFact.DECISION_COMPLAINT_GUIDANCE)
     *         .isNotCritical();
     * }</pre>
     *
     * @param facts facts the finding must name; none to check only that it is such a finding
     * @return this
     */
    public FindingAssert isNotRecorded(RecordedFact... facts) {
        if (actual.outcome() != Outcome.INSUFFICIENT_DATA
                || !actual.messageKey().equals(Finding.FACT_NOT_RECORDED)) {
            throw fail("to be insufficient data because a fact is not recorded but it was "
                    + Descriptions.outcome(actual) + " with message key " + actual.messageKey());
        }
        List<String> named =
                List.of(actual.args().getOrDefault("notRecorded", "").split(","));
        List<String> missing = new ArrayList<>();
        for (RecordedFact fact : facts) {
            if (!named.contains(fact.code())) {
                missing.add(fact.code());
            }
        }
        if (!missing.isEmpty()) {
            throw fail("to name the facts not recorded " + String.join(", ", missing) + " but it names "
                    + String.join(", ", named));
        }
        return this;
    }

    /**
     * Checks that the finding is critical: a critical rule not met.
     *
     * @return this
     */
    public FindingAssert isCritical() {
        if (!actual.isCritical()) {
            throw fail("to be a critical finding but it was "
                    + actual.severity().code() + " and " + Descriptions.outcome(actual));
        }
        return this;
    }

    /**
     * Checks that the finding is not critical.
     *
     * @return this
     */
    public FindingAssert isNotCritical() {
        if (actual.isCritical()) {
            throw fail("not to be a critical finding but it was " + Descriptions.outcome(actual));
        }
        return this;
    }

    /**
     * Checks the rule's severity.
     *
     * @param expected the severity expected
     * @return this
     */
    public FindingAssert hasSeverity(Severity expected) {
        Objects.requireNonNull(expected, "expected");
        if (actual.severity() != expected) {
            throw fail("to have severity " + expected.code() + " but it has severity "
                    + actual.severity().code() + " and was " + Descriptions.outcome(actual));
        }
        return this;
    }

    /**
     * Checks that the finding rests on these events (and maybe others).
     *
     * @param eventIds the ids of the events expected among the evidence
     * @return this
     */
    public FindingAssert hasEvidence(String... eventIds) {
        List<String> missing = new ArrayList<>();
        for (String id : eventIds) {
            if (!actual.evidence().contains(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw fail("to rest on evidence " + String.join(", ", missing) + " but it was "
                    + Descriptions.outcome(actual));
        }
        return this;
    }

    /**
     * Checks that the finding rests on no event.
     *
     * @return this
     */
    public FindingAssert hasNoEvidence() {
        if (!actual.evidence().isEmpty()) {
            throw fail("to rest on no evidence but it was " + Descriptions.outcome(actual));
        }
        return this;
    }

    /**
     * Checks that the rule cites a legal reference.
     *
     * @param reference the reference, for example {@code LegalReferences.FVL_19}
     * @return this
     */
    public FindingAssert cites(LegalReference reference) {
        Objects.requireNonNull(reference, "reference");
        if (!actual.legalReferences().contains(reference)) {
            throw fail("to cite " + reference.citation() + " but it cites "
                    + actual.legalReferences().stream()
                            .map(LegalReference::citation)
                            .collect(Collectors.joining(", "))
                    + " and was " + Descriptions.outcome(actual));
        }
        return this;
    }

    /**
     * Checks the key of the message that explains the finding.
     *
     * @param key the message key expected
     * @return this
     */
    public FindingAssert hasMessageKey(String key) {
        if (!actual.messageKey().equals(key)) {
            throw fail("to have message key " + key + " but it has " + actual.messageKey() + " and was "
                    + Descriptions.outcome(actual));
        }
        return this;
    }

    private AssertionError fail(String expectation) {
        return new AssertionError("expected rule " + actual.ruleId() + " " + expectation);
    }
}
