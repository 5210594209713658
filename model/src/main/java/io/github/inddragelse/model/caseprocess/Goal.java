package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal for the help: its FFB goal type, whether it was derived from the citizen's wishes and accepted by the citizen, and its target date.
 *
 * <pre>{@code
 * Goal goal = Goal.builder()
 *         .id("e5")
 *         .date(LocalDate.of(2026, 3, 25))
 *         .addParticipantIds("borger-17", "sb-1")
 *         .goalType(GoalType.DEVELOP)
 *         .lifeArea(LifeArea.PRACTICAL_TASKS)
 *         .text("Handle ind selv én gang om ugen")
 *         .derivedFromWishes(true)
 *         .acceptedByCitizen(true)
 *         .measurable(true)
 *         .targetDate(LocalDate.of(2026, 9, 30))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Goal extends CaseEvent {

    Goal() {
        super(EventKind.GOAL);
    }

    /**
     * The FFB goal type.
     *
     * @return the value
     */
    public abstract GoalType goalType();

    /**
     * The life area the goal is about, if one.
     *
     * @return the value
     */
    public abstract Optional<LifeArea> lifeArea();

    /**
     * The goal in words. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> text();

    /**
     * Whether the goal was derived from the citizen's own wishes.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean derivedFromWishes() {
        return false;
    }

    /**
     * Whether the citizen accepted the goal.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean acceptedByCitizen() {
        return false;
    }

    /**
     * Whether the goal is specific and measurable (SMART).
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean measurable() {
        return false;
    }

    /**
     * When the goal should be reached.
     *
     * @return the value
     */
    public abstract Optional<LocalDate> targetDate();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Goal");
        c.notBlank(text(), "text");
        targetDate().ifPresent(t -> c.notBefore(t, date(), "targetDate", "the goal was set"));
        c.throwIfAny();
    }

    /**
     * Starts building a {@link Goal}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Goal}: one setter per attribute, named after it, such as {@code goalType(GoalType)}. A
     * list or set has {@code add} setters too ({@code addParticipantId(String)},
     * {@code addParticipantIds(String...)}, {@code addAllParticipantIds(Iterable)}), while its own setter
     * ({@code participantIds(Iterable)}) replaces every element. An {@code Optional} attribute is set by
     * value, such as {@code targetDate(LocalDate)}, or as an {@code Optional}; left unset, it is empty. An
     * attribute with a default keeps it unless set. {@link #build()} checks every invariant and reports all
     * violations.
     */
    public static final class Builder extends ImmutableGoal.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Goal build() {
            return io.github.inddragelse.model.internal.Checks.built("Goal", super::build);
        }
    }
}
