package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Information obtained for the case (RSL §§10-11): from whom, whether the citizen consented, and whether the citizen was asked to obtain it.
 *
 * <pre>{@code
 * InformationGathering gathering = InformationGathering.builder()
 *         .id("e3")
 *         .date(LocalDate.of(2026, 3, 16))
 *         .source(Actor.GENERAL_PRACTITIONER)
 *         .sourceParticipantId("laege-1")
 *         .consentObtained(true)
 *         .citizenAskedToObtain(false)
 *         .purpose("Oplysninger om borgerens helbred")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class InformationGathering extends CaseEvent {

    InformationGathering() {
        super(EventKind.INFORMATION_GATHERING);
    }

    /**
     * Where the information came from.
     *
     * @return the value
     */
    public abstract Actor source();

    /**
     * The participant the information came from, if they take part in the case.
     *
     * @return the value
     */
    public abstract Optional<String> sourceParticipantId();

    /**
     * Whether the citizen consented to obtaining it.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean consentObtained() {
        return false;
    }

    /**
     * Whether the citizen was asked to obtain it themselves (RSL §11).
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean citizenAskedToObtain() {
        return false;
    }

    /**
     * What the information was needed for. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> purpose();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("InformationGathering");
        sourceParticipantId().ifPresent(id -> c.pseudonymousId(id, "sourceParticipantId"));
        c.notBlank(purpose(), "purpose");
        c.throwIfAny();
    }

    /**
     * Starts building an {@link InformationGathering}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link InformationGathering}: one setter per attribute, named after it, such as
     * {@code source(Actor)}. A list or set has {@code add} setters too ({@code addParticipantId(String)},
     * {@code addParticipantIds(String...)}, {@code addAllParticipantIds(Iterable)}), while its own setter
     * ({@code participantIds(Iterable)}) replaces every element. An {@code Optional} attribute is set by
     * value, such as {@code sourceParticipantId(String)}, or as an {@code Optional}; left unset, it is empty.
     * An attribute with a default keeps it unless set. {@link #build()} checks every invariant and reports
     * all violations.
     */
    public static final class Builder extends ImmutableInformationGathering.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public InformationGathering build() {
            return io.github.inddragelse.model.internal.Checks.built("InformationGathering", super::build);
        }
    }
}
