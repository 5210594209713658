package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One adult citizen's case process (sagsforløb) under serviceloven: who takes part, what was applied
 * for, and a dated timeline of {@link CaseEvent events} following the VUM 2.0 phases. Immutable;
 * {@code build()} reports in one {@link io.github.inddragelse.model.InvalidModelException} every
 * missing required attribute or, once all are set, every broken invariant.
 *
 * <pre>{@code
 * CaseProcess process = CaseProcess.builder()
 *         .caseId("sag-2026-0042")
 *         .citizenId("borger-17")
 *         .municipality("0751")
 *         .addTargetGroup(TargetGroup.MENTAL_HEALTH)
 *         .addAppliedFor(LegalReferences.SEL_85)
 *         .openedOn(LocalDate.of(2026, 3, 2))
 *         .processingDeadline(Period.ofWeeks(8))
 *         .addParticipant(Participant.builder().id("borger-17").role(Role.CITIZEN).build())
 *         .addParticipant(Participant.builder().id("sb-1").role(Role.CASEWORKER).build())
 *         .addEvent(Contact.builder()
 *                 .id("e1").date(LocalDate.of(2026, 3, 2))
 *                 .contactKind(ContactKind.APPLICATION)
 *                 .addParticipantId("borger-17")
 *                 .build())
 *         .build();
 * }</pre>
 *
 * <p>The citizen id, like every id, is pseudonymous: no CPR numbers (an id shaped like one is
 * rejected). Free text anywhere in the process is redacted from {@code toString}.
 *
 * <p>Many yes/no attributes of the events are {@code false} unless set (complaint guidance, plain
 * language, a meeting prepared with the citizen, …). A source system that does not record one of
 * them declares it in {@link #notRecorded()} ({@link RecordedFact}), so that the rules reading it
 * report insufficient data instead of a "not met" the records cannot support.
 */
@Value.Immutable
public abstract class CaseProcess {

    CaseProcess() {}

    /**
     * The pseudonymous case id.
     *
     * @return the case id
     */
    public abstract String caseId();

    /**
     * The pseudonymous id of the citizen; must be a participant with role citizen.
     *
     * @return the citizen's id
     */
    @Value.Redacted
    public abstract String citizenId();

    /**
     * The municipality handling the case, for example its four-digit code {@code 0751}.
     *
     * @return the municipality
     */
    public abstract String municipality();

    /**
     * The target groups the citizen belongs to.
     *
     * @return at least one target group
     */
    public abstract Set<TargetGroup> targetGroups();

    /**
     * The serviceloven provisions applied for or considered.
     *
     * @return the provisions, possibly empty at the opening of a case
     */
    public abstract List<LegalReference> appliedFor();

    /**
     * When the case was opened.
     *
     * @return the opening date
     */
    public abstract LocalDate openedOn();

    /**
     * The state of the case; open unless set.
     *
     * @return the status
     */
    @Value.Default
    public CaseStatus status() {
        return CaseStatus.OPEN;
    }

    /**
     * The processing deadline the municipality has published for this area (RSL §3): a positive
     * period that, counted from the opening date, ends on a date that can be represented (so that
     * {@link #decisionDueBy()} always has an answer).
     *
     * @return the deadline, if one is published
     */
    public abstract Optional<Period> processingDeadline();

    /**
     * The current VUM 2.0 phase; unless set, the phase of the latest event (opening if none). Of
     * several events on the latest date, the one given last counts.
     *
     * @return the phase
     */
    @Value.Default
    public Phase currentPhase() {
        CaseEvent latest = null;
        for (CaseEvent e : events()) {
            if (!e.kind().phaseNeutral() && (latest == null || !e.date().isBefore(latest.date()))) {
                latest = e;
            }
        }
        return latest == null ? Phase.OPENING : latest.phase();
    }

    /**
     * What the citizen needs for communication to work on their terms.
     *
     * @return the needs, possibly empty
     */
    public abstract Set<CommunicationNeed> communicationNeeds();

    /**
     * Whether the citizen has reached the state pension age (folkepensionsalderen, lov om social pension
     * §1 a) when help is given. Serviceloven §141, stk. 1-2, apply only when help under Part V is given
     * to citizens under that age (stk. 1: consider offering a plan; stk. 2: offer one for the groups
     * listed).
     *
     * <p>A yes/no fact, deliberately not a birth date or an age: the library keeps no more personal
     * data than its rules need, so the vendor works the answer out from its own records. False unless
     * set, which judges the case as for a citizen under the pension age.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean citizenReachedPensionAge() {
        return false;
    }

    /**
     * The yes/no facts the source system does not record for this case, declared by the vendor's
     * adapter so that the declaration travels with the data. Each is a boolean attribute that is
     * {@code false} unless set and whose {@code true} is evidence of good practice ({@link
     * RecordedFact}); a system that never sets it would otherwise look as if it were never done. When
     * a rule that reads such a fact is not met or only partly met, the assessment reports insufficient
     * data instead (message key {@code fact-not-recorded}), which lowers coverage and never caps a
     * band; a met rule stays met.
     *
     * <pre>{@code
     * CaseProcess.builder()
     *         // ...
     *         .addNotRecorded(RecordedFact.DECISION_COMPLAINT_GUIDANCE)
     *         .build();
     * }</pre>
     *
     * <p>Empty unless set: every fact is recorded, and the assessment is as without this attribute. A
     * fact declared here must be {@code false} on every event and participant of the case, since one
     * that says {@code true} shows that the system does record it: {@code build()} reports each such
     * event or participant as a violation at {@code notRecorded}, naming the fact and the event's or
     * participant's id.
     *
     * @return the facts not recorded, in declaration order of {@link RecordedFact}; possibly empty
     */
    public abstract Set<RecordedFact> notRecorded();

    /**
     * Everyone taking part, the citizen included.
     *
     * @return the participants
     */
    public abstract List<Participant> participants();

    /**
     * The timeline of events in the order given.
     *
     * @return the events
     */
    public abstract List<CaseEvent> events();

    /**
     * The date by which a decision is due under the published deadline.
     *
     * @return the due date, if a deadline is published
     */
    public Optional<LocalDate> decisionDueBy() {
        return processingDeadline().map(openedOn()::plus);
    }

    /**
     * The citizen as a participant.
     *
     * @return the participant whose id is {@link #citizenId()}
     */
    public Participant citizen() {
        return participant(citizenId()).orElseThrow();
    }

    /**
     * Looks up a participant by id.
     *
     * @param id the participant id
     * @return the participant, if any
     */
    public Optional<Participant> participant(String id) {
        return Optional.ofNullable(participantsById().get(id));
    }

    /**
     * Looks up an event by id.
     *
     * @param id the event id
     * @return the event, if any
     */
    public Optional<CaseEvent> event(String id) {
        return Optional.ofNullable(eventsById().get(id));
    }

    /**
     * What is wrong with seeing or assessing this case as of a date, if anything: a date before the case
     * was opened, since nothing is known of a case before then and periods counted from its opening to
     * the as-of date would run backwards. {@code Assessor.assess}, {@code CaseView.of} and the testkit's
     * {@code CaseUnderTest} refuse such a date with an {@link io.github.inddragelse.model.InvalidModelException}
     * holding this violation; a caller can ask first, for example to check a date a user typed.
     *
     * <pre>{@code
     * Optional<Violation> problem = process.asOfViolation(LocalDate.of(2020, 1, 1));
     * // asOf: is 2020-01-01, before the case was opened (2026-03-02); a case can only be assessed as of
     * // its opening date or later
     * }</pre>
     *
     * @param asOf the date
     * @return the violation at {@code asOf}, naming both dates; empty for the opening date or later
     */
    public Optional<Violation> asOfViolation(LocalDate asOf) {
        if (!Objects.requireNonNull(asOf, "asOf").isBefore(openedOn())) {
            return Optional.empty();
        }
        return Optional.of(new Violation(
                "asOf",
                "is " + asOf + ", before the case was opened (" + openedOn()
                        + "); a case can only be assessed as of its opening date or later"));
    }

    @Value.Lazy
    Map<String, Participant> participantsById() {
        return participants().stream()
                .collect(Collectors.toUnmodifiableMap(Participant::id, Function.identity(), (a, b) -> a));
    }

    @Value.Lazy
    Map<String, CaseEvent> eventsById() {
        return events().stream().collect(Collectors.toUnmodifiableMap(CaseEvent::id, Function.identity(), (a, b) -> a));
    }

    /** Whether a period counted from a date ends on a date {@link LocalDate} can hold. */
    private static boolean endsOnADate(LocalDate from, Period period) {
        try {
            from.plus(period);
            return true;
        } catch (DateTimeException | ArithmeticException e) {
            return false;
        }
    }

    @Value.Check
    final void check() {
        Checks c = Checks.of("CaseProcess");
        c.pseudonymousId(caseId(), "caseId");
        c.pseudonymousId(citizenId(), "citizenId");
        c.require(
                !municipality().isBlank() && municipality().length() <= 64, "municipality", "must be 1-64 characters");
        c.require(!targetGroups().isEmpty(), "targetGroups", "must name at least one target group");
        processingDeadline().ifPresent(p -> {
            if (p.isNegative() || p.isZero()) {
                c.add("processingDeadline", "must be a positive period");
            } else {
                c.require(
                        endsOnADate(openedOn(), p),
                        "processingDeadline",
                        "is too long: counted from openedOn, it ends beyond the latest date that can be represented");
            }
        });

        List<Participant> participantList = participants();
        IdIndex<Participant> participants = new IdIndex<>(participantList.size());
        int citizens = 0;
        for (int i = 0; i < participantList.size(); i++) {
            Participant p = participantList.get(i);
            if (participants.putIfAbsent(p.id(), p) != null) {
                c.add("participants[" + i + "].id", "duplicate participant id '" + p.id() + "'");
            }
            if (p.role() == Role.CITIZEN) {
                citizens++;
            }
        }
        Participant citizen = participants.get(citizenId());
        if (citizen == null) {
            c.add("citizenId", "names no participant");
        } else if (citizen.role() != Role.CITIZEN) {
            c.add("citizenId", "names a participant whose role is not citizen");
        }
        if (citizens > 1) {
            c.add("participants", "has " + citizens + " participants with role citizen; one is allowed");
        }

        List<CaseEvent> eventList = events();
        LocalDate openedOn = openedOn();
        IdIndex<CaseEvent> events = new IdIndex<>(eventList.size());
        for (int i = 0; i < eventList.size(); i++) {
            CaseEvent e = eventList.get(i);
            // paths and messages are only made for what is wrong: this runs for every event read
            if (events.putIfAbsent(e.id(), e) != null) {
                c.add("events[" + i + "].id", "duplicate event id '" + e.id() + "'");
            }
            if (e.date().isBefore(openedOn)) {
                c.notBefore(e.date(), openedOn, "events[" + i + "].date", "the case was opened");
            }
            List<String> ids = e.participantIds();
            for (int j = 0; j < ids.size(); j++) {
                String pid = ids.get(j);
                if (participants.get(pid) == null) {
                    c.add("events[" + i + "].participantIds[" + j + "]", "names no participant ('" + pid + "')");
                }
            }
        }
        // the provisions applied for are one or two: a list compares them without hashing each
        ReferenceCheck references = new ReferenceCheck(c, citizenId(), participants, events, appliedFor());
        for (int i = 0; i < eventList.size(); i++) {
            references.index = i;
            eventList.get(i).accept(references);
        }
        Set<RecordedFact> notRecorded = notRecorded();
        if (!notRecorded.isEmpty()) {
            checkNotRecorded(c, notRecorded, participantList, eventList);
        }
        c.throwIfAny();
    }

    /**
     * Reports every participant and event that records as true a fact the case declares not recorded:
     * one violation each, at {@code notRecorded}, naming the fact and the id.
     */
    private static void checkNotRecorded(
            Checks c, Set<RecordedFact> notRecorded, List<Participant> participants, List<CaseEvent> events) {
        for (RecordedFact fact : notRecorded) {
            if (fact.recordedOn() == Participant.class) {
                for (Participant p : participants) {
                    if (fact.isTrueOn(p)) {
                        c.add("notRecorded", contradiction(fact, "participant", p.id()));
                    }
                }
            } else {
                for (CaseEvent e : events) {
                    if (fact.isTrueOn(e)) {
                        c.add("notRecorded", contradiction(fact, "event", e.id()));
                    }
                }
            }
        }
    }

    private static String contradiction(RecordedFact fact, String holder, String id) {
        return "lists " + fact.code() + " as not recorded, but " + holder + " '" + id + "' records " + fact.attribute()
                + " as true";
    }

    @Override
    public String toString() {
        return "CaseProcess{caseId=" + caseId() + ", municipality=" + municipality() + ", openedOn=" + openedOn()
                + ", status=" + status().code() + ", participants="
                + participants().size() + ", events="
                + events().size() + "}";
    }

    /**
     * Starts building a case process.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CaseProcess}; {@code build()} checks every invariant and reports all violations. */
    public static final class Builder extends ImmutableCaseProcess.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public CaseProcess build() {
            return io.github.inddragelse.model.internal.Checks.built("CaseProcess", super::build);
        }
    }

    /**
     * Checks the references from events to participants, other events and provisions, and that a
     * meeting the citizen declined does not list the citizen.
     */
    private static final class ReferenceCheck implements CaseEventVisitor<Void> {
        private final Checks c;
        private final String citizenId;
        private final IdIndex<Participant> participants;
        private final IdIndex<CaseEvent> events;
        private final List<LegalReference> appliedFor;
        /** The index of the event being checked; its path is only made for a violation. */
        private int index;

        ReferenceCheck(
                Checks c,
                String citizenId,
                IdIndex<Participant> participants,
                IdIndex<CaseEvent> events,
                List<LegalReference> appliedFor) {
            this.c = c;
            this.citizenId = citizenId;
            this.participants = participants;
            this.events = events;
            this.appliedFor = appliedFor;
        }

        private String path(String field) {
            return "events[" + index + "]." + field;
        }

        /** Checks that an id names a participant, and one with a role if {@code role} is not null. */
        private void participant(String id, String field, Role role) {
            Participant found = participants.get(id);
            if (found == null) {
                c.add(path(field), "names no participant ('" + id + "')");
            } else if (role != null && found.role() != role) {
                c.add(
                        path(field),
                        "names participant '" + id + "' whose role is "
                                + found.role().code());
            }
        }

        private void event(String id, String field, EventKind kind) {
            CaseEvent found = events.get(id);
            if (found == null) {
                c.add(path(field), "names no event ('" + id + "')");
            } else if (found.kind() != kind) {
                c.add(
                        path(field),
                        "names event '" + id + "' which is a " + found.kind().code() + ", not a " + kind.code());
            }
        }

        private void provision(LegalReference provision, String field) {
            if (!appliedFor.isEmpty() && !appliedFor.contains(provision)) {
                c.add(path(field), "is " + provision.citation() + ", which is not among the provisions applied for");
            }
        }

        @Override
        public Void visit(Contact event) {
            return null;
        }

        @Override
        public Void visit(Meeting event) {
            // the citizen cannot both have declined and taken part
            if (event.citizenDeclined() && event.involves(citizenId)) {
                c.add(
                        path("citizenDeclined"),
                        "is true, but meeting '" + event.id() + "' lists the citizen among its participantIds");
            }
            return null;
        }

        @Override
        public Void visit(InformationGathering event) {
            if (event.sourceParticipantId().isPresent()) {
                participant(event.sourceParticipantId().get(), "sourceParticipantId", null);
            }
            return null;
        }

        @Override
        public Void visit(Investigation event) {
            return null;
        }

        @Override
        public Void visit(Goal event) {
            return null;
        }

        @Override
        public Void visit(Hearing event) {
            event.provision().ifPresent(p -> provision(p, "provision"));
            return null;
        }

        @Override
        public Void visit(Decision event) {
            provision(event.provision(), "provision");
            return null;
        }

        @Override
        public Void visit(DeadlineNotice event) {
            return null;
        }

        @Override
        public Void visit(ActionPlan event) {
            return null;
        }

        @Override
        public Void visit(ProviderOrder event) {
            participant(event.providerId(), "providerId", Role.PROVIDER_STAFF);
            List<String> goals = event.goalIds();
            // orders name a handful of goals: compare with the earlier ones, unless there are many
            Set<String> seen = goals.size() > 16 ? new HashSet<>() : null;
            for (int i = 0; i < goals.size(); i++) {
                String goal = goals.get(i);
                event(goal, "goalIds[" + i + "]", EventKind.GOAL);
                if (seen != null ? !seen.add(goal) : CaseEvent.appearsBefore(goals, goal, i)) {
                    c.add(path("goalIds[" + i + "]"), "lists the same goal twice");
                }
            }
            return null;
        }

        @Override
        public Void visit(Coordination event) {
            if (event.counterpartParticipantId().isPresent()) {
                participant(event.counterpartParticipantId().get(), "counterpartParticipantId", null);
            }
            return null;
        }

        @Override
        public Void visit(MethodApplied event) {
            return null;
        }

        @Override
        public Void visit(ProgressMeasurement event) {
            return null;
        }

        @Override
        public Void visit(FollowUp event) {
            return null;
        }

        @Override
        public Void visit(Complaint event) {
            event(event.decisionId(), "decisionId", EventKind.DECISION);
            CaseEvent decision = events.get(event.decisionId());
            if (decision != null && decision.date().isAfter(event.date())) {
                c.add(path("date"), "is before the decision complained about (" + decision.date() + ")");
            }
            return null;
        }

        @Override
        public Void visit(CaseworkerChange event) {
            participant(event.fromCaseworkerId(), "fromCaseworkerId", Role.CASEWORKER);
            participant(event.toCaseworkerId(), "toCaseworkerId", Role.CASEWORKER);
            return null;
        }

        @Override
        public Void visit(Guidance event) {
            return null;
        }
    }
}
