package io.github.inddragelse.model.rule;

/**
 * Thrown when a rule breaks its contract with the assessor: its evaluation names a message key its
 * definition does not have (a typo in {@code Evaluation.met("…")}), or {@link Rule#evaluate(CaseView)}
 * returns null. Like any exception from a rule, it turns the rule's finding into a failed one and
 * never aborts the assessment. Unlike others, its message is written by the library from the rule's
 * id and what it broke, and holds no case data, so the assessor's warning about the failed rule
 * includes it:
 *
 * <pre>{@code
 * WARN Rule aarhus-first-meeting-at-home v1 failed on case sag-2026-0042 as of 2026-06-01:
 *   io.github.inddragelse.model.rule.RuleContractException: rule aarhus-first-meeting-at-home has no message 'not-mett'
 * }</pre>
 *
 * <p>The message of any other exception a rule throws is never logged, since it could quote the case.
 * A message key is quoted only when it is shaped like one (lower-case kebab-case); any other text
 * passed as a key could be case data and is left out.
 */
public final class RuleContractException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    /**
     * Creates the exception.
     *
     * @param ruleId the id of the rule that broke its contract
     * @param problem what it did wrong, for example {@code has no message 'not-mett'}; never case data,
     *     since the message is logged
     */
    public RuleContractException(String ruleId, String problem) {
        super("rule " + ruleId + " " + problem);
        this.ruleId = ruleId;
    }

    /**
     * The id of the rule that broke its contract.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }
}
