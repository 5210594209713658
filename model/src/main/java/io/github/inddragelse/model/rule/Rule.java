package io.github.inddragelse.model.rule;

/**
 * One typed rule: a {@link RuleDefinition} (id, texts, dimensions, legal references, severity) plus
 * an applicability condition and an evaluation over an indexed {@link CaseView}. Rules are pure and
 * thread-safe: they read the view and return an {@link Evaluation}; they never throw on a valid case
 * (a rule that does throw becomes a failed finding and never aborts the assessment).
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
