package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person taking part in the case, known only by a pseudonymous id and a role. No names, no CPR
 * numbers: an optional description is free text and redacted.
 *
 * <pre>{@code
 * Participant interpreter = Participant.builder()
 *         .id("tolk-1")
 *         .role(Role.INTERPRETER)
 *         .interpretation(InterpretationKind.SIGN)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Participant {

    Participant() {}

    /**
     * The pseudonymous id, unique within the case.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The role in the case.
     *
     * @return the role
     */
    public abstract Role role();

    /**
     * For an interpreter: the kind of interpretation. Required for interpreters, absent otherwise.
     *
     * @return the kind, if an interpreter
     */
    public abstract Optional<InterpretationKind> interpretation();

    /**
     * Whether the participant is under 18. A child must never act as interpreter.
     *
     * @return false unless set
     */
    @Value.Default
    public boolean underEighteen() {
        return false;
    }

    /**
     * Whether the citizen chose this person to take part (their own network, companion).
     *
     * @return false unless set
     */
    @Value.Default
    public boolean chosenByCitizen() {
        return false;
    }

    /**
     * For someone from another authority or organisation: which.
     *
     * @return the organisation, if any
     */
    public abstract Optional<Actor> organisation();

    /**
     * A free-text description. Redacted: never printed, logged or put in a message.
     *
     * @return the description, if any
     */
    @Value.Redacted
    public abstract Optional<String> description();

    @Value.Check
    final void check() {
        Checks c = Checks.of("Participant");
        c.ownId(id(), "id");
        c.notBlank(description(), "description");
        if (role() == Role.INTERPRETER) {
            c.require(interpretation().isPresent(), "interpretation", "is required for an interpreter");
        } else {
            c.require(interpretation().isEmpty(), "interpretation", "is only for participants with role interpreter");
        }
        c.throwIfAny();
    }

    /**
     * Starts building a participant.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Participant}: one setter per attribute, named after it, such as {@code role(Role)}. An
     * {@code Optional} attribute is set by value, such as {@code interpretation(InterpretationKind)}, or as
     * an {@code Optional}; left unset, it is empty. An attribute with a default keeps it unless set.
     * {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableParticipant.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Participant build() {
            return io.github.inddragelse.model.internal.Checks.built("Participant", super::build);
        }
    }
}
