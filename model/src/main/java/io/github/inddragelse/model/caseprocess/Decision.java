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
 * Decision event = Decision.builder()
 *         .id("e1")
 *         .date(LocalDate.of(2026, 3, 2))
 *         // ...
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
     * Why no hearing was needed, if one was lawfully not held.
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

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Decision");
        c.notBlank(reasons(), "reasons");
        followUpDate().ifPresent(f -> c.notBefore(f, date(), "followUpDate", "the decision"));
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

    /** Builds a {@link Decision}; {@code build()} checks every invariant and reports all violations. */
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
