package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Guidance given to the citizen (FVL §7): about rights, how and when the case will run, the right to a companion (FVL §8), complaint options, other help, or how to reach the caseworker.
 *
 * <pre>{@code
 * Guidance event = Guidance.builder()
 *         .id("e1")
 *         .date(LocalDate.of(2026, 3, 2))
 *         // ...
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Guidance extends CaseEvent {

    Guidance() {
        super(EventKind.GUIDANCE);
    }

    /**
     * What the citizen was guided about.
     *
     * @return the value
     */
    public abstract Set<GuidanceTopic> topics();

    /**
     * Whether the guidance was also given in writing.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean written() {
        return false;
    }

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Guidance");
        c.require(!topics().isEmpty(), "topics", "must name at least one topic");
        c.throwIfAny();
    }

    /**
     * Starts building a {@link Guidance}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Guidance}; {@code build()} checks every invariant and reports all violations. */
    public static final class Builder extends ImmutableGuidance.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Guidance build() {
            return io.github.inddragelse.model.internal.Checks.built("Guidance", super::build);
        }
    }
}
