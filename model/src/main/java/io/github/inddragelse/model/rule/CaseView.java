package io.github.inddragelse.model.rule;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.internal.Checks;
import io.github.inddragelse.model.internal.IndexedCaseView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case process as known on one date, indexed once for the rules: events after the as-of date are
 * left out, the rest are sorted by date (stable for equal dates) and grouped by type, so that every
 * query here is a lookup or a binary search, never a scan of the whole timeline per rule.
 *
 * <pre>{@code
 * CaseView view = CaseView.of(process, LocalDate.of(2026, 6, 1));
 * for (Decision d : view.adverseDecisions()) {
 *     Optional<Hearing> hearing = view.latestOnOrBefore(Hearing.class, d.date());
 * }
 * }</pre>
 *
 * <p>Dates inside events that lie after the as-of date are not known yet: use {@link
 * #known(Optional)} on them (a follow-up held after the as-of date has not been held as of it).
 */
public interface CaseView {

    /**
     * Indexes a case as of a date.
     *
     * @param process the case process
     * @param asOf the date the case is seen on, not before the case was opened
     * @return the indexed view
     * @throws io.github.inddragelse.model.InvalidModelException if {@code asOf} is before the case
     *     was opened (the violation at {@code asOf} names both dates)
     */
    static CaseView of(CaseProcess process, LocalDate asOf) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(asOf, "asOf");
        Checks.of("CaseView").asOfNotBeforeOpening(process, asOf).throwIfAny();
        return IndexedCaseView.of(process, asOf);
    }

    /**
     * The whole case process, including events after the as-of date.
     *
     * @return the process
     */
    CaseProcess process();

    /**
     * The date the case is seen on.
     *
     * @return the as-of date
     */
    LocalDate asOf();

    /**
     * The events known as of the as-of date, by date.
     *
     * @return the events
     */
    List<CaseEvent> events();

    /**
     * The known events of one type, by date.
     *
     * @param type the event type, for example {@code Hearing.class}
     * @param <T> the event type
     * @return the events, possibly empty
     */
    <T extends CaseEvent> List<T> eventsOf(Class<T> type);

    /**
     * Whether any event of a type is known.
     *
     * @param type the event type
     * @return true if there is at least one
     */
    default boolean has(Class<? extends CaseEvent> type) {
        return !eventsOf(type).isEmpty();
    }

    /**
     * The latest known event of a type dated on or before a date.
     *
     * @param type the event type
     * @param date the date
     * @param <T> the event type
     * @return the event, if any
     */
    <T extends CaseEvent> Optional<T> latestOnOrBefore(Class<T> type, LocalDate date);

    /**
     * The earliest known event of a type dated on or after a date.
     *
     * @param type the event type
     * @param date the date
     * @param <T> the event type
     * @return the event, if any
     */
    <T extends CaseEvent> Optional<T> earliestOnOrAfter(Class<T> type, LocalDate date);

    /**
     * The known events of a type dated within a closed range.
     *
     * @param type the event type
     * @param from the first date, inclusive
     * @param to the last date, inclusive
     * @param <T> the event type
     * @return the events, by date
     */
    <T extends CaseEvent> List<T> between(Class<T> type, LocalDate from, LocalDate to);

    /**
     * The known decisions that do not fully grant what was asked for: those for which {@link
     * Decision#isAdverse()} holds. Unless a decision states {@link Decision#fullyGrantsRequest()}, that
     * is every outcome but granted (partly granted, rejected, changed, stopped); a changed decision that
     * increases help as asked, or a stopped one that ends help at the citizen's request, can state that
     * it fully grants the request and is then not adverse.
     *
     * @return the adverse decisions, by date
     */
    List<Decision> adverseDecisions();

    /**
     * The citizen as a participant.
     *
     * @return the citizen
     */
    Participant citizen();

    /**
     * Looks up a participant.
     *
     * @param id the participant id
     * @return the participant, if any
     */
    Optional<Participant> participant(String id);

    /**
     * Whether the citizen took part in an event.
     *
     * @param event the event
     * @return true if the citizen is among its participants
     */
    boolean citizenTookPart(CaseEvent event);

    /**
     * The known events of a type that the citizen took part in, by date: {@link #eventsOf} filtered
     * with {@link #citizenTookPart}. The view works this out once per type, so rules that look at the
     * same events with the citizen share the work.
     *
     * <pre>{@code
     * List<Meeting> attended = view.withCitizen(Meeting.class);
     * }</pre>
     *
     * @param type the event type, for example {@code Meeting.class}
     * @param <T> the event type
     * @return those events, possibly empty
     */
    default <T extends CaseEvent> List<T> withCitizen(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (T event : eventsOf(type)) {
            if (citizenTookPart(event)) {
                found.add(event);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * The case's participants with a role, in the order the case lists them. The view works this out
     * once per role.
     *
     * <pre>{@code
     * for (Participant interpreter : view.participantsWithRole(Role.INTERPRETER)) {
     *     boolean there = meeting.involves(interpreter.id());
     * }
     * }</pre>
     *
     * @param role the role
     * @return those participants, possibly empty
     */
    default List<Participant> participantsWithRole(Role role) {
        List<Participant> found = new ArrayList<>(2);
        for (Participant p : process().participants()) {
            if (p.role() == role) {
                found.add(p);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * The participants with a role who took part in an event.
     *
     * @param event the event
     * @param role the role
     * @return those participants, possibly empty
     */
    List<Participant> participantsWithRole(CaseEvent event, Role role);

    /**
     * The yes/no facts the source system does not record for this case: {@link
     * CaseProcess#notRecorded()}. A fact in here reads as {@code false} on every event and participant,
     * whatever happened; the assessor reports a rule that {@link RuleDefinition#reads() reads} one of
     * them as insufficient data when the rule is not met or only partly met and its evaluation's message
     * key {@link RuleDefinition#restsOn(String) rests on} it, so a rule need not ask.
     *
     * @return the facts not recorded, possibly empty
     */
    default Set<RecordedFact> notRecorded() {
        return process().notRecorded();
    }

    /**
     * What the citizen needs for communication to work.
     *
     * @return the needs
     */
    Set<CommunicationNeed> communicationNeeds();

    /**
     * The kinds of interpreter the citizen needs, from the communication needs.
     *
     * @return the interpretation kinds, empty if none is needed
     */
    Set<InterpretationKind> interpretersNeeded();

    /**
     * Whether the latest known investigation found significantly reduced function (severe or
     * complete in some life area), which makes offering an action plan a duty under SEL §141.
     *
     * @return true or false, or empty when no investigation with assessed life areas is known
     */
    Optional<Boolean> significantlyReducedFunction();

    /**
     * A date recorded inside an event, if it is known as of the as-of date.
     *
     * @param date the recorded date
     * @return the date if it is on or before the as-of date, otherwise empty
     */
    default Optional<LocalDate> known(Optional<LocalDate> date) {
        return date.filter(d -> !d.isAfter(asOf()));
    }
}
