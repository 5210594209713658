package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A written notice that the published processing deadline will not be kept, with when a decision can be expected (RSL §3 stk. 2).
 *
 * <pre>{@code
 * DeadlineNotice notice = DeadlineNotice.builder()
 *         .id("e8")
 *         .date(LocalDate.of(2026, 4, 20))
 *         .addParticipantId("borger-17")
 *         .expectedDecisionBy(LocalDate.of(2026, 5, 15))
 *         .written(true)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class DeadlineNotice extends CaseEvent {

    DeadlineNotice() {
        super(EventKind.DEADLINE_NOTICE);
    }

    /**
     * When the citizen can expect a decision.
     *
     * @return the value
     */
    public abstract LocalDate expectedDecisionBy();

    /**
     * Whether the notice was given in writing.
     *
     * @return the value; true unless set
     */
    @Value.Default
    public boolean written() {
        return true;
    }

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("DeadlineNotice");
        c.notBefore(expectedDecisionBy(), date(), "expectedDecisionBy", "the notice");
        c.throwIfAny();
    }

    /**
     * Starts building a {@link DeadlineNotice}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link DeadlineNotice}: one setter per attribute, named after it, such as
     * {@code expectedDecisionBy(LocalDate)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as {@code note(String)}, or
     * as an {@code Optional}; left unset, it is empty. An attribute with a default keeps it unless set.
     * {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableDeadlineNotice.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public DeadlineNotice build() {
            return io.github.inddragelse.model.internal.Checks.built("DeadlineNotice", super::build);
        }
    }
}
