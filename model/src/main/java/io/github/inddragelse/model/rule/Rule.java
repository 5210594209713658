package io.github.inddragelse.model.rule;

/**
 * One typed rule: a {@link RuleDefinition} (id, texts, dimensions, legal references, severity) plus
 * an applicability condition and an evaluation over an indexed {@link CaseView}.
 *
 * <h2>The contract</h2>
 *
 * <p>{@link #applicability(CaseView)} and {@link #evaluate(CaseView)}, and so the functions given to
 * {@link RuleBuilder#appliesWhen} and {@link RuleBuilder#evaluatedBy}, must be:
 *
 * <ul>
 *   <li><b>pure</b>: a function of the view alone, giving the same result for the same case and
 *       as-of date, and changing nothing, neither the view nor anything outside it;
 *   <li><b>free of the clock and I/O</b>: today is {@link CaseView#asOf()}, never the system clock; no
 *       files, network, database, random numbers, system properties or environment;
 *   <li><b>thread-safe</b>: one {@code Assessor} is built once and shared, and may call the same rule
 *       for many cases at once from many threads, so a rule keeps no state that changes between calls
 *       (no mutable fields, no mutable static state, no caches that are not thread-safe);
 *   <li><b>complete</b>: {@code evaluate} returns an evaluation, never null, and every message key it
 *       or the applicability uses is one of the definition's {@link RuleDefinition#messages()};
 *       otherwise the rule breaks its contract with a {@link RuleContractException}, whose message
 *       names the rule and the key;
 *   <li><b>free of personal data in results</b>: evidence and arguments hold ids, codes, dates and
 *       numbers, never free text from the case, since findings are stored, shown and logged.
 * </ul>
 *
 * <p>A rule never throws on a valid case. One that does becomes a failed finding (insufficient data,
 * {@code failed()}) and never aborts the assessment; the warning logged names the exception's type,
 * and the message only of a {@link RuleContractException}, since any other message could quote the
 * case.
 *
 * <p>Write a rule with the builder and lambdas:
 *
 * <pre>{@code
 * Rule rule = Rule.builder("sel-148-follow-up-held")
 *         .title("Opfølgning holdt", "Follow-up held")
 *         .description("...", "...")
 *         .rationale("...", "...")
 *         .recommendation("Hold opfølgningen sammen med borgeren.", "Hold the follow-up with the citizen.")
 *         .serves(StandardCatalogue.P7_FOLLOW_UP)
 *         .cites(LegalReferences.SEL_148)
 *         .severity(Severity.ADVISORY)
 *         .message("none-due", "Ingen opfølgning skulle have været holdt endnu.", "No follow-up is due yet.")
 *         .message("held", "Opfølgningen {id} blev holdt.", "Follow-up {id} was held.")
 *         .message("overdue", "Opfølgning {id}, planlagt til {due}, er ikke holdt.", "Follow-up {id}, planned for {due}, has not been held.")
 *         .appliesWhen(view -> view.eventsOf(FollowUp.class).isEmpty()
 *                 ? Applicability.notApplicable("none-due") : Applicability.applies())
 *         .evaluatedBy(view -> ...)
 *         .build();
 * }</pre>
 *
 * <p>or implement this interface in a small class.
 */
public interface Rule {

    /**
     * The rule's id, texts, dimensions, references and severity.
     *
     * @return the definition
     */
    RuleDefinition definition();

    /**
     * Whether the rule applies to the case. Applies to every case unless overridden.
     *
     * @param view the indexed case as of the assessment date
     * @return whether the rule applies, and if not, why
     */
    default Applicability applicability(CaseView view) {
        return Applicability.applies();
    }

    /**
     * Evaluates the rule on a case it applies to.
     *
     * @param view the indexed case as of the assessment date
     * @return the evaluation
     */
    Evaluation evaluate(CaseView view);

    /**
     * The rule's id; short for {@code definition().id()}.
     *
     * @return the id
     */
    default String id() {
        return definition().id();
    }

    /**
     * Starts building a rule from lambdas.
     *
     * @param id the rule's stable id
     * @return a new builder
     */
    static RuleBuilder builder(String id) {
        return new RuleBuilder(id);
    }
}
