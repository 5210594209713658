package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The first contact that opens the case: an application, a notification from someone else, or an inquiry. Records the reason and the citizen's own perceived need (VUM 2.0 sagsåbning).
 *
 * <pre>{@code
 * Contact event = Contact.builder()
 *         .id("e1")
 *         .date(LocalDate.of(2026, 3, 2))
 *         // ...
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Contact extends CaseEvent {

    Contact() {
        super(EventKind.CONTACT);
    }

    /**
     * How the case began.
     *
     * @return the value
     */
    public abstract ContactKind contactKind();

    /**
     * The reason for opening the case. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> reason();

    /**
     * The need as the citizen sees it. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> citizensOwnNeed();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Contact");
        c.notBlank(reason(), "reason");
        c.notBlank(citizensOwnNeed(), "citizensOwnNeed");
        c.throwIfAny();
    }

    /**
     * Starts building a {@link Contact}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contact}; {@code build()} checks every invariant and reports all violations. */
    public static final class Builder extends ImmutableContact.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Contact build() {
            return io.github.inddragelse.model.internal.Checks.built("Contact", super::build);
        }
    }
}
