package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A follow-up under SEL §148: when it is due, when it was held, whether goals were reviewed with the citizen and the provider's status collected, and what it concluded. The event date is the date it was scheduled.
 *
 * <pre>{@code
 * FollowUp followUp = FollowUp.builder()
 *         .id("e14")
 *         .date(LocalDate.of(2026, 4, 14))
 *         .plannedFor(LocalDate.of(2026, 10, 14))
 *         .heldOn(LocalDate.of(2026, 10, 12))
 *         .addParticipantIds("borger-17", "sb-1")
 *         .goalsReviewedWithCitizen(true)
 *         .providerStatusCollected(true)
 *         .outcome(FollowUpOutcome.CONTINUE)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class FollowUp extends CaseEvent {

    FollowUp() {
        super(EventKind.FOLLOW_UP);
    }

    /**
     * When the follow-up is due.
     *
     * @return the value
     */
    public abstract LocalDate plannedFor();

    /**
     * When it was held, if it was.
     *
     * @return the value
     */
    public abstract Optional<LocalDate> heldOn();

    /**
     * Whether the goals were reviewed together with the citizen.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean goalsReviewedWithCitizen() {
        return false;
    }

    /**
     * Whether the provider's status report was collected.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean providerStatusCollected() {
        return false;
    }

    /**
     * What the follow-up concluded, once held.
     *
     * @return the value
     */
    public abstract Optional<FollowUpOutcome> outcome();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("FollowUp");
        c.notBefore(plannedFor(), date(), "plannedFor", "the follow-up was scheduled");
        heldOn().ifPresent(h -> c.notBefore(h, date(), "heldOn", "the follow-up was scheduled"));
        c.require(
                outcome().isEmpty() || heldOn().isPresent(),
                "heldOn",
                "is missing: a follow-up with an outcome must have the date it was held");
        c.require(
                heldOn().isPresent() || !goalsReviewedWithCitizen(),
                "goalsReviewedWithCitizen",
                "is true but the follow-up has not been held");
        c.throwIfAny();
    }

    /**
     * Starts building a {@link FollowUp}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link FollowUp}: one setter per attribute, named after it, such as
     * {@code plannedFor(LocalDate)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as
     * {@code heldOn(LocalDate)}, or as an {@code Optional}; left unset, it is empty. An attribute with a
     * default keeps it unless set. {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableFollowUp.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public FollowUp build() {
            return io.github.inddragelse.model.internal.Checks.built("FollowUp", super::build);
        }
    }
}
