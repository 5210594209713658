package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A hearing of the citizen (partshøring, FVL §19) on information against them before a decision: what was sent, the response deadline, and the response.
 *
 * <pre>{@code
 * Hearing hearing = Hearing.builder()
 *         .id("e6")
 *         .date(LocalDate.of(2026, 3, 27))
 *         .addParticipantId("borger-17")
 *         .provision(LegalReferences.SEL_85)
 *         .informationSent("Udtalelse fra egen læge")
 *         .responseDeadline(LocalDate.of(2026, 4, 10))
 *         .respondedOn(LocalDate.of(2026, 4, 3))
 *         .response("Borgeren er enig i udtalelsen")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Hearing extends CaseEvent {

    Hearing() {
        super(EventKind.HEARING);
    }

    /**
     * The provision of the decision the hearing is for, if stated.
     *
     * @return the value
     */
    public abstract Optional<LegalReference> provision();

    /**
     * What was sent for hearing. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> informationSent();

    /**
     * The deadline for the citizen's response.
     *
     * @return the value
     */
    public abstract LocalDate responseDeadline();

    /**
     * When the citizen responded, if they did.
     *
     * @return the value
     */
    public abstract Optional<LocalDate> respondedOn();

    /**
     * The citizen's response. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> response();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Hearing");
        c.notBlank(informationSent(), "informationSent");
        c.notBlank(response(), "response");
        c.notBefore(responseDeadline(), date(), "responseDeadline", "the hearing was sent");
        respondedOn().ifPresent(r -> c.notBefore(r, date(), "respondedOn", "the hearing was sent"));
        c.throwIfAny();
    }

    /**
     * Starts building a {@link Hearing}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Hearing}: one setter per attribute, named after it, such as
     * {@code responseDeadline(LocalDate)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as
     * {@code respondedOn(LocalDate)}, or as an {@code Optional}; left unset, it is empty. An attribute with a
     * default keeps it unless set. {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableHearing.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Hearing build() {
            return io.github.inddragelse.model.internal.Checks.built("Hearing", super::build);
        }
    }
}
