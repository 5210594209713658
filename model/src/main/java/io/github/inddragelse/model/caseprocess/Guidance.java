package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Guidance given to the citizen (FVL §7): about rights, how and when the case will run, the right to a companion (FVL §8), complaint options, other help, or how to reach the caseworker.
 *
 * <pre>{@code
 * Guidance guidance = Guidance.builder()
 *         .id("e17")
 *         .date(LocalDate.of(2026, 3, 2))
 *         .addParticipantIds("borger-17", "sb-1")
 *         .addTopics(GuidanceTopic.RIGHTS, GuidanceTopic.PROCESS_AND_TIMING, GuidanceTopic.COMPANION)
 *         .written(true)
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

    /**
     * Builds a {@link Guidance}: one setter per attribute, named after it, such as {@code written(boolean)}.
     * A list or set has {@code add} setters too ({@code addTopic(GuidanceTopic)},
     * {@code addTopics(GuidanceTopic...)}, {@code addAllTopics(Iterable)}), while its own setter
     * ({@code topics(Iterable)}) replaces every element. An {@code Optional} attribute is set by value, such
     * as {@code note(String)}, or as an {@code Optional}; left unset, it is empty. An attribute with a
     * default keeps it unless set. {@link #build()} checks every invariant and reports all violations.
     */
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
