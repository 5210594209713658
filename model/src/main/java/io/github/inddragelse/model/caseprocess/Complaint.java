package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A complaint against a decision (RSL §§66-67): when it was received (the event date), when the municipality reconsidered it and with what outcome, and when it was sent on to Ankestyrelsen.
 *
 * <pre>{@code
 * Complaint complaint = Complaint.builder()
 *         .id("e15")
 *         .date(LocalDate.of(2026, 5, 1))
 *         .addParticipantId("borger-17")
 *         .decisionId("e7")
 *         .reconsideredOn(LocalDate.of(2026, 5, 20))
 *         .reconsiderationOutcome(ReconsiderationOutcome.UPHELD)
 *         .forwardedOn(LocalDate.of(2026, 5, 22))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Complaint extends CaseEvent {

    Complaint() {
        super(EventKind.COMPLAINT);
    }

    /**
     * The id of the decision event complained about.
     *
     * @return the value
     */
    public abstract String decisionId();

    /**
     * When the municipality reconsidered the decision.
     *
     * @return the value
     */
    public abstract Optional<LocalDate> reconsideredOn();

    /**
     * What the reconsideration concluded: whether the decision was maintained in full, changed in part or
     * changed as the complaint asked. Only a decision maintained in full or in part is sent on ({@link
     * ReconsiderationOutcome#mustBeSentOn()}); a complaint whose outcome is {@link
     * ReconsiderationOutcome#CHANGED} has no {@link #forwardedOn()}.
     *
     * @return the value
     */
    public abstract Optional<ReconsiderationOutcome> reconsiderationOutcome();

    /**
     * When the complaint was sent on to Ankestyrelsen: due within four weeks of its receipt when the
     * decision was maintained in full or in part; never when the outcome is {@link
     * ReconsiderationOutcome#CHANGED}. Not before {@link #reconsideredOn()}: the municipality
     * reconsiders the decision first and only then sends the complaint on (RSL §§66-67). A complaint
     * sent on with no reconsideration recorded is accepted; the rule {@code
     * rsl-66-67-complaint-reconsidered-in-time} reports the missing reconsideration.
     *
     * @return the value
     */
    public abstract Optional<LocalDate> forwardedOn();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Complaint");
        c.pseudonymousId(decisionId(), "decisionId");
        reconsideredOn().ifPresent(r -> c.notBefore(r, date(), "reconsideredOn", "the complaint was received"));
        forwardedOn().ifPresent(f -> c.notBefore(f, date(), "forwardedOn", "the complaint was received"));
        // RSL §§66-67: the municipality reconsiders first and sends the complaint on after
        if (forwardedOn().isPresent() && reconsideredOn().isPresent()) {
            c.notBefore(forwardedOn().get(), reconsideredOn().get(), "forwardedOn", "the complaint was reconsidered");
        }
        c.require(
                reconsiderationOutcome().isEmpty() || reconsideredOn().isPresent(),
                "reconsideredOn",
                "is missing: a reconsideration outcome needs its date");
        c.require(
                forwardedOn().isEmpty()
                        || reconsiderationOutcome()
                                .map(ReconsiderationOutcome::mustBeSentOn)
                                .orElse(true),
                "forwardedOn",
                "is given, but the outcome changed grants what the complaint asked and leaves nothing to send on;"
                        + " a decision changed only in part is partly-changed");
        c.throwIfAny();
    }

    /**
     * Starts building a {@link Complaint}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Complaint}: one setter per attribute, named after it, such as
     * {@code decisionId(String)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as
     * {@code reconsideredOn(LocalDate)}, or as an {@code Optional}; left unset, it is empty. An attribute
     * with a default keeps it unless set. {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableComplaint.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Complaint build() {
            return io.github.inddragelse.model.internal.Checks.built("Complaint", super::build);
        }
    }
}
