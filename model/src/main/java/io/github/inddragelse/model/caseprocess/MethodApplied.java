package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A named method or intervention used in the help, with its evidence base (principle 8).
 *
 * <pre>{@code
 * MethodApplied method = MethodApplied.builder()
 *         .id("e12")
 *         .date(LocalDate.of(2026, 5, 4))
 *         .addParticipantIds("borger-17", "udf-1")
 *         .method("Critical Time Intervention")
 *         .evidenceBase(EvidenceBase.DOCUMENTED)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class MethodApplied extends CaseEvent {

    MethodApplied() {
        super(EventKind.METHOD_APPLIED);
    }

    /**
     * The name of the method, for example a manual-based programme. Not personal data.
     *
     * @return the value
     */
    public abstract String method();

    /**
     * How well its effect is documented.
     *
     * @return the value
     */
    public abstract EvidenceBase evidenceBase();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("MethodApplied");
        c.require(!method().isBlank() && method().length() <= 120, "method", "must be 1-120 characters");
        c.throwIfAny();
    }

    /**
     * Starts building a {@link MethodApplied}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link MethodApplied}: one setter per attribute, named after it, such as
     * {@code evidenceBase(EvidenceBase)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as {@code note(String)}, or
     * as an {@code Optional}; left unset, it is empty. An attribute with a default keeps it unless set.
     * {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableMethodApplied.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public MethodApplied build() {
            return io.github.inddragelse.model.internal.Checks.built("MethodApplied", super::build);
        }
    }
}
