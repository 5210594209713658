package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision on a provision: its outcome, the reasons (legal rules, main considerations, facts: FVL §§22-24), plain language, complaint guidance (FVL §25), whether it was explained in person, and the follow-up date set.
 *
 * <pre>{@code
 * Decision decision = Decision.builder()
 *         .id("e7")
 *         .date(LocalDate.of(2026, 4, 14))
 *         .addParticipantIds("borger-17", "sb-1")
 *         .provision(LegalReferences.SEL_85)
 *         .outcome(DecisionOutcome.PARTLY_GRANTED)
 *         .reasonsCiteRules(true)
 *         .reasonsStateConsiderations(true)
 *         .reasonsStateFacts(true)
 *         .reasons("Støtte til indkøb, ikke til rengøring")
 *         .plainLanguage(true)
 *         .complaintGuidance(true)
 *         .explainedInPerson(true)
 *         .followUpDate(LocalDate.of(2026, 10, 14))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Decision extends CaseEvent {

    Decision() {
        super(EventKind.DECISION);
    }

    /**
     * The provision decided on.
     *
     * @return the value
     */
    public abstract LegalReference provision();

    /**
     * What the decision gave the citizen.
     *
     * @return the value
     */
    public abstract DecisionOutcome outcome();

    /**
     * Whether the decision gives the citizen everything asked for: in forvaltningsloven §22's words,
     * whether it "fuldt ud giver den pågældende part medhold". A decision that does not is adverse (see
     * {@link #isAdverse()}): it may need a hearing (FVL §19: when it rests on information against the
     * citizen that the citizen cannot be assumed to know) and, when given in writing, needs reasons (FVL
     * §§22-24) and, when it can be appealed to another authority, complaint guidance (FVL §25).
     *
     * <p>Unless set, this follows the outcome: true for {@link DecisionOutcome#GRANTED}, false for every
     * other outcome. Set it to true for a {@link DecisionOutcome#CHANGED} decision that increases help
     * exactly as the citizen asked, or a {@link DecisionOutcome#STOPPED} decision that ends help at the
     * citizen's own request. It must agree with a granted, partly granted or rejected outcome ({@code
     * build()} reports a contradiction); changed and stopped may be either. A builder filled {@code
     * from} another decision copies this value too: set it again when giving the copy another outcome.
     *
     * @return the value; unless set, whether the outcome is granted
     */
    @Value.Default
    public boolean fullyGrantsRequest() {
        return outcome().grantsInFull();
    }

    /**
     * Whether the decision rests on an administrative discretion (administrativt skøn). Under
     * forvaltningsloven §24, stk. 1, the reasons must state the main considerations behind the decision
     * only "i det omfang, afgørelsen ... beror på et administrativt skøn"; a decision that follows from
     * the rules alone needs the legal rules and the facts, not considerations. Most decisions on
     * help under serviceloven involve discretion, so this is true unless set. Do not set it to false for
     * a decision that applies vague criteria (for example "betydelig og varigt nedsat funktionsevne" or
     * "nødvendige merudgifter"): there the reasons must still explain the weighing.
     *
     * @return the value; true unless set
     */
    @Value.Default
    public boolean discretionary() {
        return true;
    }

    /**
     * Whether the reasons cite the legal rules applied.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean reasonsCiteRules() {
        return false;
    }

    /**
     * Whether the reasons state the main considerations.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean reasonsStateConsiderations() {
        return false;
    }

    /**
     * Whether the reasons state the facts relied on.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean reasonsStateFacts() {
        return false;
    }

    /**
     * The reasons in words. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> reasons();

    /**
     * Whether the decision is written in plain language.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean plainLanguage() {
        return false;
    }

    /**
     * Whether the decision carries complaint guidance: where, how and by when.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean complaintGuidance() {
        return false;
    }

    /**
     * Whether the decision was explained to the citizen in person.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean explainedInPerson() {
        return false;
    }

    /**
     * Why no hearing was needed, if one was lawfully not held: the duty of FVL §19 stk. 1 never arose
     * (for example {@link HearingExemption#NO_INFORMATION_AGAINST_CITIZEN}), or an exception of stk. 2
     * applies. Left empty, an adverse decision needs a hearing.
     *
     * @return the value
     */
    public abstract Optional<HearingExemption> hearingExemption();

    /**
     * The follow-up date set at the decision.
     *
     * @return the value
     */
    public abstract Optional<LocalDate> followUpDate();

    /**
     * Whether the decision is adverse: it does not fully grant the request ({@link
     * #fullyGrantsRequest()} is false). This is the one test of adversity the rules, the checklist
     * conditions and {@link io.github.inddragelse.model.rule.CaseView#adverseDecisions()} use.
     *
     * @return true if the decision does not give the citizen everything asked for
     */
    public final boolean isAdverse() {
        return !fullyGrantsRequest();
    }

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Decision");
        c.notBlank(reasons(), "reasons");
        followUpDate().ifPresent(f -> c.notBefore(f, date(), "followUpDate", "the decision"));
        DecisionOutcome outcome = outcome();
        if (outcome == DecisionOutcome.GRANTED && !fullyGrantsRequest()) {
            c.add("fullyGrantsRequest", "is false, but the outcome granted gives everything asked for");
        } else if ((outcome == DecisionOutcome.PARTLY_GRANTED || outcome == DecisionOutcome.REJECTED)
                && fullyGrantsRequest()) {
            c.add(
                    "fullyGrantsRequest",
                    "is true, but the outcome " + outcome.code() + " does not give everything asked for");
        }
        c.throwIfAny();
    }

    /**
     * Starts building a {@link Decision}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Decision}: one setter per attribute, named after it, such as
     * {@code outcome(DecisionOutcome)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as
     * {@code followUpDate(LocalDate)}, or as an {@code Optional}; left unset, it is empty. An attribute with
     * a default keeps it unless set. {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableDecision.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Decision build() {
            return io.github.inddragelse.model.internal.Checks.built("Decision", super::build);
        }
    }
}
