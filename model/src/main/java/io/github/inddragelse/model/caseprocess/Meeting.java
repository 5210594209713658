package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A meeting with the citizen: what it was for, whether it was prepared and agreed with the citizen, whether the format was adapted, who took part (an interpreter is a participant with role interpreter), and whether the citizen was invited and declined.
 *
 * <pre>{@code
 * Meeting meeting = Meeting.builder()
 *         .id("e2")
 *         .date(LocalDate.of(2026, 3, 11))
 *         .purpose(MeetingPurpose.INVESTIGATION)
 *         .addParticipantIds("borger-17", "sb-1")
 *         .preparedWithCitizen(true)
 *         .agendaSentAhead(true)
 *         .addAdaptation(Adaptation.PLAIN_LANGUAGE)
 *         .placeChosenByCitizen(true)
 *         .note("Mødet blev holdt hjemme hos borgeren")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Meeting extends CaseEvent {

    Meeting() {
        super(EventKind.MEETING);
    }

    /**
     * What the meeting was for.
     *
     * @return the value
     */
    public abstract MeetingPurpose purpose();

    /**
     * Whether the meeting was prepared and agreed with the citizen.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean preparedWithCitizen() {
        return false;
    }

    /**
     * Whether an agenda was sent to the citizen ahead of the meeting.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean agendaSentAhead() {
        return false;
    }

    /**
     * How the meeting's format was adapted to the citizen.
     *
     * @return the value
     */
    public abstract Set<Adaptation> adaptations();

    /**
     * Whether the citizen chose where to meet.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean placeChosenByCitizen() {
        return false;
    }

    /**
     * Whether the citizen was invited to the meeting and chose not to take part. Retssikkerhedsloven
     * §4 obliges the municipality to organise the work so that the citizen <em>can</em> take part; an
     * invitation the citizen declined gave that opportunity. Only the rule on that duty ({@code
     * rsl-4-citizen-takes-part}) counts a declined meeting as the duty fulfilled. The rules on how
     * meetings involve the citizen (interpreter, format adapted, prepared with the citizen, place
     * chosen, companion, chosen network) leave a declined meeting out: they judge the meetings the
     * citizen took part in or, when there are none, the meetings held without the citizen that the
     * citizen did not decline, since a meeting the citizen chose not to attend needed no interpreter or
     * adapted format for the citizen. When the citizen declined every meeting so far, they are not
     * applicable (message key {@code declined-every-meeting}). Their evaluations say which meetings they
     * judged (argument {@code meetingsJudged}: {@code with-citizen} or {@code without-citizen}). Nor
     * does a peer worker at a meeting the citizen declined count as a link to ordinary communities
     * ({@code links-to-ordinary-communities}): the citizen did not meet the peer worker there.
     *
     * <p>A meeting that says so must not list the citizen among its {@link #participantIds()}: the
     * case process reports that as a violation of its invariants, since a meeting does not know who the
     * citizen is.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean citizenDeclined() {
        return false;
    }

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Meeting");

        c.throwIfAny();
    }

    /**
     * Starts building a {@link Meeting}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Meeting}: one setter per attribute, named after it, such as
     * {@code purpose(MeetingPurpose)}. A list or set has {@code add} setters too
     * ({@code addAdaptation(Adaptation)}, {@code addAdaptations(Adaptation...)},
     * {@code addAllAdaptations(Iterable)}), while its own setter ({@code adaptations(Iterable)}) replaces
     * every element. An {@code Optional} attribute is set by value, such as {@code note(String)}, or as an
     * {@code Optional}; left unset, it is empty. An attribute with a default keeps it unless set.
     * {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableMeeting.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Meeting build() {
            return io.github.inddragelse.model.internal.Checks.built("Meeting", super::build);
        }
    }
}
