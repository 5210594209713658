package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one rule found in one case, structured first: the rule's id and version, the outcome, the
 * severity, the dimensions it serves, its legal references, the evidence (ids of the events it rests
 * on) and the message key and arguments; then the text to show a caseworker, in Danish and English:
 * the explanation (what was found), the rule's rationale (why it matters) and a recommendation (what
 * to do next).
 *
 * <pre>{@code
 * for (Finding f : assessment.criticalFindings()) {
 *     System.out.println(f.ruleId() + " " + f.outcome().code() + ": " + f.explanation().da());
 *     f.legalReferences().forEach(r -> System.out.println("  " + r.citation()));
 *     f.recommendation().ifPresent(r -> System.out.println("  -> " + r.da()));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {

    /**
     * The message key of a finding whose rule threw instead of deciding: outcome insufficient data,
     * {@link #failed()} true, the argument {@code error} naming the exception's class.
     */
    public static final String RULE_FAILED = "rule-failed";

    /**
     * The message key of a finding the assessor reports as insufficient data because the case does not
     * record a fact the rule's evaluation rests on ({@link
     * io.github.inddragelse.model.caseprocess.CaseProcess#notRecorded()}, {@link
     * io.github.inddragelse.model.rule.RuleDefinition#restsOn(String)}: by default every fact the rule
     * {@link io.github.inddragelse.model.rule.RuleDefinition#reads() reads}) and the rule would otherwise
     * be not met or partly met. Its evidence and arguments are those of the rule's evaluation, plus the
     * argument {@code notRecorded}: the codes of the facts not recorded that the evaluation's message
     * key rests on, comma-separated. The library writes its explanation and recommendation, naming those
     * facts by their labels. An evaluation whose key rests on none of the facts not recorded is reported
     * as it is.
     */
    public static final String FACT_NOT_RECORDED = "fact-not-recorded";

    Finding() {}

    /**
     * The id of the rule.
     *
     * @return the rule id
     */
    public abstract String ruleId();

    /**
     * The version of the rule.
     *
     * @return the rule version
     */
    public abstract int ruleVersion();

    /**
     * The rule's title.
     *
     * @return the title in Danish and English
     */
    public abstract Text title();

    /**
     * The outcome.
     *
     * @return the outcome
     */
    public abstract Outcome outcome();

    /**
     * The rule's severity.
     *
     * @return the severity
     */
    public abstract Severity severity();

    /**
     * The ids of the dimensions the rule serves.
     *
     * @return the dimension ids
     */
    public abstract List<String> dimensions();

    /**
     * The legal or source references of the rule.
     *
     * @return the references
     */
    public abstract List<LegalReference> legalReferences();

    /**
     * The ids of the events the finding rests on.
     *
     * @return the event ids, possibly empty
     */
    public abstract List<String> evidence();

    /**
     * The key of the message that explains the finding: one of the rule's message keys, or one of the
     * library's own: {@value #RULE_FAILED} when the rule threw, {@value #FACT_NOT_RECORDED} when the
     * case does not record a fact the rule's evaluation rests on.
     *
     * @return the message key
     */
    public abstract String messageKey();

    /**
     * The message arguments (ids, codes, dates, numbers).
     *
     * @return the arguments
     */
    public abstract Map<String, String> args();

    /**
     * What was found, rendered from the rule's message template.
     *
     * @return the explanation in Danish and English
     */
    public abstract Text explanation();

    /**
     * Why it matters: the duty or principle behind the rule.
     *
     * @return the rationale in Danish and English
     */
    public abstract Text rationale();

    /**
     * What to do next; present when the outcome is not met, partly met or insufficient data.
     *
     * @return the recommendation, if there is something to do
     */
    public abstract Optional<Text> recommendation();

    /**
     * Whether the rule failed (threw) instead of deciding; such a finding has outcome insufficient
     * data and is logged at warn without personal data.
     *
     * @return true if the rule failed
     */
    @Value.Default
    public boolean failed() {
        return false;
    }

    /**
     * Whether this is a critical finding: a critical rule that is not met. It caps the band of every
     * dimension it serves. A finding of insufficient data, such as one about a fact the case does not
     * record, is never critical.
     *
     * @return true if critical
     */
    public boolean isCritical() {
        return severity() == Severity.CRITICAL && outcome() == Outcome.NOT_MET;
    }

    /**
     * Whether the finding serves a dimension.
     *
     * @param dimensionId the dimension id
     * @return true if the rule serves it
     */
    public boolean serves(String dimensionId) {
        return dimensions().contains(dimensionId);
    }

    /**
     * Findings are equal when every attribute is: two findings of the same rule, outcome, evidence,
     * arguments and texts are equal however they were made (by an assessor, a builder or a JSON
     * reader).
     */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Finding that
                && ruleVersion() == that.ruleVersion()
                && failed() == that.failed()
                && outcome() == that.outcome()
                && severity() == that.severity()
                && ruleId().equals(that.ruleId())
                && messageKey().equals(that.messageKey())
                && evidence().equals(that.evidence())
                && args().equals(that.args())
                && dimensions().equals(that.dimensions())
                && legalReferences().equals(that.legalReferences())
                && title().equals(that.title())
                && rationale().equals(that.rationale())
                && recommendation().equals(that.recommendation())
                && explanation().equals(that.explanation());
    }

    /** A hash of the structured attributes, consistent with {@link #equals(Object)}. */
    @Override
    public final int hashCode() {
        return Objects.hash(ruleId(), ruleVersion(), outcome(), severity(), messageKey(), evidence(), args());
    }

    @Override
    public String toString() {
        return "Finding{" + ruleId() + " v" + ruleVersion() + ", " + outcome().code() + ", "
                + severity().code() + ", evidence=" + evidence() + "}";
    }

    /**
     * Starts building a finding (the assessor builds them; tests and adapters may too).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Finding}. */
    public static final class Builder extends ImmutableFinding.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Finding build() {
            return io.github.inddragelse.model.internal.Checks.built("Finding", super::build);
        }
    }
}
