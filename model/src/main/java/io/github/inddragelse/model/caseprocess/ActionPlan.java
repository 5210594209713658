package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action plan under SEL §141: whether it was offered, the citizen's answer (declining is their right), whether it was made with the citizen, and its contents.
 *
 * <pre>{@code
 * ActionPlan plan = ActionPlan.builder()
 *         .id("e9")
 *         .date(LocalDate.of(2026, 4, 21))
 *         .addParticipantIds("borger-17", "sb-1")
 *         .offered(true)
 *         .response(PlanResponse.ACCEPTED)
 *         .madeWithCitizen(true)
 *         .statesPurpose(true)
 *         .statesIntervention(true)
 *         .statesDuration(true)
 *         .holistic(true)
 *         .text("Formål: at borgeren klarer sine indkøb selv")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ActionPlan extends CaseEvent {

    ActionPlan() {
        super(EventKind.ACTION_PLAN);
    }

    /**
     * Whether the plan was offered to the citizen.
     *
     * @return the value; true unless set
     */
    @Value.Default
    public boolean offered() {
        return true;
    }

    /**
     * The citizen's answer.
     *
     * @return the value
     */
    public abstract PlanResponse response();

    /**
     * Whether the plan was made together with the citizen.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean madeWithCitizen() {
        return false;
    }

    /**
     * Whether the plan states the purpose.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean statesPurpose() {
        return false;
    }

    /**
     * Whether the plan states the intervention.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean statesIntervention() {
        return false;
    }

    /**
     * Whether the plan states the expected duration.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean statesDuration() {
        return false;
    }

    /**
     * Whether it is a holistic plan across areas (SEL §141 stk. 7).
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean holistic() {
        return false;
    }

    /**
     * The plan in words. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> text();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("ActionPlan");
        c.notBlank(text(), "text");
        c.require(
                offered() || response() == PlanResponse.PENDING,
                "response",
                "is given for a plan that was not offered");
        c.throwIfAny();
    }

    /**
     * Starts building an {@link ActionPlan}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link ActionPlan}: one setter per attribute, named after it, such as
     * {@code response(PlanResponse)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as {@code text(String)}, or
     * as an {@code Optional}; left unset, it is empty. An attribute with a default keeps it unless set.
     * {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableActionPlan.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public ActionPlan build() {
            return io.github.inddragelse.model.internal.Checks.built("ActionPlan", super::build);
        }
    }
}
