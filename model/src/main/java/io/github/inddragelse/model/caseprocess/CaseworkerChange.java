package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A change of caseworker: from whom, to whom, whether the citizen was told, and whether there was a handover meeting with the citizen.
 *
 * <pre>{@code
 * CaseworkerChange change = CaseworkerChange.builder()
 *         .id("e16")
 *         .date(LocalDate.of(2026, 6, 1))
 *         .addParticipantIds("borger-17", "sb-1", "sb-2")
 *         .fromCaseworkerId("sb-1")
 *         .toCaseworkerId("sb-2")
 *         .citizenInformed(true)
 *         .handoverWithCitizen(true)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class CaseworkerChange extends CaseEvent {

    CaseworkerChange() {
        super(EventKind.CASEWORKER_CHANGE);
    }

    /**
     * The participant id of the caseworker leaving.
     *
     * @return the value
     */
    public abstract String fromCaseworkerId();

    /**
     * The participant id of the caseworker taking over.
     *
     * @return the value
     */
    public abstract String toCaseworkerId();

    /**
     * Whether the citizen was told in advance.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean citizenInformed() {
        return false;
    }

    /**
     * Whether the handover happened with the citizen present.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean handoverWithCitizen() {
        return false;
    }

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("CaseworkerChange");
        c.pseudonymousId(fromCaseworkerId(), "fromCaseworkerId");
        c.pseudonymousId(toCaseworkerId(), "toCaseworkerId");
        c.require(!fromCaseworkerId().equals(toCaseworkerId()), "toCaseworkerId", "is the same as fromCaseworkerId");
        c.throwIfAny();
    }

    /**
     * Starts building a {@link CaseworkerChange}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CaseworkerChange}: one setter per attribute, named after it, such as
     * {@code toCaseworkerId(String)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as {@code note(String)}, or
     * as an {@code Optional}; left unset, it is empty. An attribute with a default keeps it unless set.
     * {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableCaseworkerChange.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public CaseworkerChange build() {
            return io.github.inddragelse.model.internal.Checks.built("CaseworkerChange", super::build);
        }
    }
}
