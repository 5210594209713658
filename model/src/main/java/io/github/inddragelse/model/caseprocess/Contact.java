package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The first contact that opens the case: an application, a notification from someone else, or an inquiry. Records the reason and the citizen's own perceived need (VUM 2.0 sagsåbning).
 *
 * <pre>{@code
 * Contact contact = Contact.builder()
 *         .id("e1")
 *         .date(LocalDate.of(2026, 3, 2))
 *         .contactKind(ContactKind.APPLICATION)
 *         .addParticipantId("borger-17")
 *         .reason("Ansøgning om støtte i hjemmet")
 *         .citizensOwnNeed("Jeg vil gerne klare mine indkøb selv")
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

    /**
     * Builds a {@link Contact}: one setter per attribute, named after it, such as
     * {@code contactKind(ContactKind)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as
     * {@code citizensOwnNeed(String)}, or as an {@code Optional}; left unset, it is empty. An attribute with
     * a default keeps it unless set. {@link #build()} checks every invariant and reports all violations.
     */
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
