package io.github.inddragelse.model.rule;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a rule applies to a case, decided before it is evaluated. A rule that does not apply gives
 * a {@link Outcome#NOT_APPLICABLE} finding; one whose applicability cannot be decided gives {@link
 * Outcome#INSUFFICIENT_DATA}. Either way the message key says why.
 *
 * @param outcome {@code null} when the rule applies, otherwise not applicable or insufficient data
 * @param messageKey why the rule does not apply; {@code null} when it applies
 */
public record Applicability(Outcome outcome, String messageKey) {

    private static final Applicability APPLIES = new Applicability(null, null);

    /** Checks that a non-applicable result carries its outcome and message key. */
    public Applicability {
        if (outcome != null) {
            Objects.requireNonNull(messageKey, "messageKey");
            if (outcome != Outcome.NOT_APPLICABLE && outcome != Outcome.INSUFFICIENT_DATA) {
                throw new IllegalArgumentException("outcome must be not-applicable or insufficient-data");
            }
        }
    }

    /**
     * The rule applies.
     *
     * @return the shared instance
     */
    public static Applicability applies() {
        return APPLIES;
    }

    /**
     * The rule does not apply.
     *
     * @param messageKey why not
     * @return the result
     */
    public static Applicability notApplicable(String messageKey) {
        return new Applicability(Outcome.NOT_APPLICABLE, messageKey);
    }

    /**
     * Whether the rule applies cannot be decided from the records.
     *
     * @param messageKey what is missing
     * @return the result
     */
    public static Applicability insufficientData(String messageKey) {
        return new Applicability(Outcome.INSUFFICIENT_DATA, messageKey);
    }

    /**
     * Whether the rule applies.
     *
     * @return true if it should be evaluated
     */
    public boolean isApplicable() {
        return outcome == null;
    }

    /**
     * The evaluation to report instead of evaluating the rule.
     *
     * @return the evaluation, or empty when the rule applies
     */
    public Optional<Evaluation> asEvaluation() {
        return outcome == null ? Optional.empty() : Optional.of(Evaluation.of(outcome, messageKey));
    }
}
