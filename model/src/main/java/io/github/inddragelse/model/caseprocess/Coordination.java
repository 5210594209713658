package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Coordination with another department, authority, the provider or civil society, and whether it led to shared goals.
 *
 * <pre>{@code
 * Coordination coordination = Coordination.builder()
 *         .id("e11")
 *         .date(LocalDate.of(2026, 4, 28))
 *         .addParticipantIds("sb-1", "psyk-1")
 *         .counterpart(Actor.REGIONAL_PSYCHIATRY)
 *         .counterpartParticipantId("psyk-1")
 *         .sharedGoals(true)
 *         .topic("Fælles plan for behandling og støtte")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Coordination extends CaseEvent {

    Coordination() {
        super(EventKind.COORDINATION);
    }

    /**
     * Who the case was coordinated with.
     *
     * @return the value
     */
    public abstract Actor counterpart();

    /**
     * The participant representing the counterpart, if they take part.
     *
     * @return the value
     */
    public abstract Optional<String> counterpartParticipantId();

    /**
     * Whether the coordination led to shared goals or one coordinated plan.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean sharedGoals() {
        return false;
    }

    /**
     * What was coordinated. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> topic();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Coordination");
        counterpartParticipantId().ifPresent(id -> c.pseudonymousId(id, "counterpartParticipantId"));
        c.notBlank(topic(), "topic");
        c.throwIfAny();
    }

    /**
     * Starts building a {@link Coordination}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Coordination}: one setter per attribute, named after it, such as
     * {@code counterpart(Actor)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as {@code topic(String)},
     * or as an {@code Optional}; left unset, it is empty. An attribute with a default keeps it unless set.
     * {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableCoordination.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Coordination build() {
            return io.github.inddragelse.model.internal.Checks.built("Coordination", super::build);
        }
    }
}
