package io.github.inddragelse.model.testing;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.ContactKind;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.EvidenceBase;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.InformationGathering;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.MethodApplied;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.ProgressMeasurement;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.rule.CaseView;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A fluent builder of small, valid case processes for tests. Start from {@link #openedCase()} (the
 * citizen {@value #CITIZEN}, the caseworker {@value #CASEWORKER} and a first contact {@value
 * #CONTACT} on {@link #OPENED}) or {@link #bareCase()} (no events), then add what the test needs.
 * Dates are written as {@link #day(int) day(n)}, n days after the opening.
 *
 * <pre>{@code
 * CaseView view = CaseFixtures.openedCase()
 *         .investigation("inv-1", day(10), i -> i.wishesInOwnWords(true).citizensWishes("..."))
 *         .hearing("h-1", day(20), day(34))
 *         .decision("d-1", day(40), DecisionOutcome.REJECTED, d -> d.complaintGuidance(true))
 *         .viewAsOf(day(60));
 * }</pre>
 *
 * <p>Every event helper takes an optional customiser that receives the event's builder with sensible
 * defaults already set (meetings include the citizen and the caseworker; decisions use the first
 * provision applied for, or SEL §85); calling {@code participantIds(...)} on it replaces the default
 * participants. Events are built in {@link #build()}, so settings such as {@link
 * #appliedFor(LegalReference...)} may come after the events. Helpers that need a participant (an
 * order needs a provider, a change of caseworker a second caseworker) add it when it is missing.
 * Not thread-safe; build one case per test.
 */
public final class CaseFixtures {

    /** The date every fixture case is opened: 1 September 2025, after the child-interpreter ban. */
    public static final LocalDate OPENED = LocalDate.of(2025, 9, 1);

    /** Id of the case. */
    public static final String CASE_ID = "case-1";

    /** Id of the citizen. */
    public static final String CITIZEN = "citizen-1";

    /** Id of the caseworker. */
    public static final String CASEWORKER = "caseworker-1";

    /** Id of the second caseworker, added by {@link #caseworkerChange}. */
    public static final String CASEWORKER_2 = "caseworker-2";

    /** Id of the provider, added by {@link #providerOrder}. */
    public static final String PROVIDER = "provider-1";

    /** Id of the first contact of {@link #openedCase()}. */
    public static final String CONTACT = "contact-1";

    /**
     * Makes a {@link #meeting} one the citizen was invited to and declined: held with the caseworker
     * alone. Compose with {@code andThen} to add to it.
     */
    public static final Consumer<Meeting.Builder> DECLINED =
            m -> m.participantIds(List.of(CASEWORKER)).citizenDeclined(true);

    /**
     * Makes a {@link #meeting} one held with the caseworker alone, without the citizen, who had not
     * declined it.
     */
    public static final Consumer<Meeting.Builder> WITHOUT_CITIZEN = m -> m.participantIds(List.of(CASEWORKER));

    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final List<Supplier<CaseEvent>> events = new ArrayList<>();
    private final Set<TargetGroup> targetGroups = EnumSet.of(TargetGroup.PHYSICAL_DISABILITY);
    private final Set<CommunicationNeed> needs = EnumSet.noneOf(CommunicationNeed.class);
    private final Set<RecordedFact> notRecorded = EnumSet.noneOf(RecordedFact.class);
    private final List<LegalReference> appliedFor = new ArrayList<>();
    private Period deadline;
    private LocalDate openedOn = OPENED;
    private boolean pensionAgeReached;

    private CaseFixtures() {
        participant(CITIZEN, Role.CITIZEN);
        participant(CASEWORKER, Role.CASEWORKER);
    }

    /**
     * A case with the citizen and the caseworker and no events.
     *
     * @return a new fixture
     */
    public static CaseFixtures bareCase() {
        return new CaseFixtures();
    }

    /**
     * A case opened on {@link #OPENED} by an application: first contact {@value #CONTACT} with the
     * citizen, no own view of the need recorded.
     *
     * @return a new fixture
     */
    public static CaseFixtures openedCase() {
        return bareCase().contact(CONTACT, OPENED);
    }

    /**
     * A date a number of days after the opening.
     *
     * @param days days after {@link #OPENED}
     * @return the date
     */
    public static LocalDate day(int days) {
        return OPENED.plusDays(days);
    }

    // ------------------------------------------------------------------ case settings

    /**
     * Moves the opening date (for cases that must start before {@link #OPENED}); {@link #day(int)}
     * still counts from {@link #OPENED}.
     *
     * @param date the opening date
     * @return this
     */
    public CaseFixtures openedOn(LocalDate date) {
        this.openedOn = date;
        return this;
    }

    /**
     * Sets the published processing deadline.
     *
     * @param period the deadline, counted from the opening
     * @return this
     */
    public CaseFixtures deadline(Period period) {
        this.deadline = period;
        return this;
    }

    /**
     * Adds provisions applied for.
     *
     * @param provisions the provisions
     * @return this
     */
    public CaseFixtures appliedFor(LegalReference... provisions) {
        appliedFor.addAll(List.of(provisions));
        return this;
    }

    /**
     * Makes the citizen one who has reached the state pension age.
     *
     * @return this
     */
    public CaseFixtures pensionAgeReached() {
        this.pensionAgeReached = true;
        return this;
    }

    /**
     * Replaces the target groups (physical disability by default).
     *
     * @param groups the groups
     * @return this
     */
    public CaseFixtures targetGroups(TargetGroup... groups) {
        targetGroups.clear();
        targetGroups.addAll(List.of(groups));
        return this;
    }

    /**
     * Declares facts the source system does not record ({@link CaseProcess#notRecorded()}).
     *
     * @param facts the facts
     * @return this
     */
    public CaseFixtures notRecorded(RecordedFact... facts) {
        notRecorded.addAll(List.of(facts));
        return this;
    }

    /**
     * Adds communication needs of the citizen.
     *
     * @param communicationNeeds the needs
     * @return this
     */
    public CaseFixtures needs(CommunicationNeed... communicationNeeds) {
        needs.addAll(List.of(communicationNeeds));
        return this;
    }

    /**
     * Adds (or replaces) a participant.
     *
     * @param id the id
     * @param role the role
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures participant(String id, Role role, Consumer<Participant.Builder> customiser) {
        Participant.Builder b = Participant.builder().id(id).role(role);
        customiser.accept(b);
        participants.put(id, b.build());
        return this;
    }

    /**
     * Adds (or replaces) a participant.
     *
     * @param id the id
     * @param role the role
     * @return this
     */
    public CaseFixtures participant(String id, Role role) {
        return participant(id, role, p -> {});
    }

    /**
     * Adds an interpreter.
     *
     * @param id the id
     * @param kind what they interpret
     * @param underEighteen whether the interpreter is a child
     * @return this
     */
    public CaseFixtures interpreter(String id, InterpretationKind kind, boolean underEighteen) {
        return participant(id, Role.INTERPRETER, p -> p.interpretation(kind).underEighteen(underEighteen));
    }

    // ------------------------------------------------------------------ events

    /**
     * Adds any event, built as is.
     *
     * @param event the event
     * @return this
     */
    public CaseFixtures event(CaseEvent event) {
        events.add(() -> event);
        return this;
    }

    /**
     * Adds a contact (an application by default) with the citizen.
     *
     * @param id the id
     * @param date the date
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures contact(String id, LocalDate date, Consumer<Contact.Builder> customiser) {
        return add(
                () -> Contact.builder()
                        .id(id)
                        .date(date)
                        .contactKind(ContactKind.APPLICATION)
                        .addParticipantIds(CITIZEN),
                customiser,
                Contact.Builder::build);
    }

    /**
     * Adds a contact (an application) with the citizen.
     *
     * @param id the id
     * @param date the date
     * @return this
     */
    public CaseFixtures contact(String id, LocalDate date) {
        return contact(id, date, c -> {});
    }

    /**
     * Adds a meeting with the citizen and the caseworker (purpose other by default).
     *
     * @param id the id
     * @param date the date
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures meeting(String id, LocalDate date, Consumer<Meeting.Builder> customiser) {
        return add(
                () -> Meeting.builder()
                        .id(id)
                        .date(date)
                        .purpose(MeetingPurpose.OTHER)
                        .addParticipantIds(CITIZEN, CASEWORKER),
                customiser,
                Meeting.Builder::build);
    }

    /**
     * Adds a meeting with the citizen and the caseworker.
     *
     * @param id the id
     * @param date the date
     * @return this
     */
    public CaseFixtures meeting(String id, LocalDate date) {
        return meeting(id, date, m -> {});
    }

    /**
     * Adds an information gathering from a source, by the caseworker.
     *
     * @param id the id
     * @param date the date
     * @param source where the information comes from
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures informationGathering(
            String id, LocalDate date, Actor source, Consumer<InformationGathering.Builder> customiser) {
        return add(
                () -> InformationGathering.builder()
                        .id(id)
                        .date(date)
                        .source(source)
                        .addParticipantIds(CASEWORKER),
                customiser,
                InformationGathering.Builder::build);
    }

    /**
     * Adds an investigation with the citizen and the caseworker, assessing no life areas unless the
     * customiser adds some (see {@link #area}).
     *
     * @param id the id
     * @param date the date
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures investigation(String id, LocalDate date, Consumer<Investigation.Builder> customiser) {
        return add(
                () -> Investigation.builder().id(id).date(date).addParticipantIds(CITIZEN, CASEWORKER),
                customiser,
                Investigation.Builder::build);
    }

    /**
     * Adds an investigation that assesses mobility at a moderate level.
     *
     * @param id the id
     * @param date the date
     * @return this
     */
    public CaseFixtures investigation(String id, LocalDate date) {
        return investigation(id, date, i -> i.addLifeAreas(area(LifeArea.MOBILITY, FunctionLevel.MODERATE)));
    }

    /**
     * A life-area assessment for an investigation.
     *
     * @param area the life area
     * @param level the function level
     * @return the assessment
     */
    public static LifeAreaAssessment area(LifeArea area, FunctionLevel level) {
        return LifeAreaAssessment.builder().area(area).functionLevel(level).build();
    }

    /**
     * Adds a goal (develop function by default) set with the citizen.
     *
     * @param id the id
     * @param date the date
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures goal(String id, LocalDate date, Consumer<Goal.Builder> customiser) {
        return add(
                () -> Goal.builder()
                        .id(id)
                        .date(date)
                        .goalType(GoalType.DEVELOP)
                        .addParticipantIds(CITIZEN, CASEWORKER),
                customiser,
                Goal.Builder::build);
    }

    /**
     * Adds a hearing sent to the citizen.
     *
     * @param id the id
     * @param sent the date it was sent
     * @param responseDeadline the last day to respond
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures hearing(
            String id, LocalDate sent, LocalDate responseDeadline, Consumer<Hearing.Builder> customiser) {
        return add(
                () -> Hearing.builder()
                        .id(id)
                        .date(sent)
                        .responseDeadline(responseDeadline)
                        .addParticipantIds(CITIZEN),
                customiser,
                Hearing.Builder::build);
    }

    /**
     * Adds a hearing sent to the citizen, not answered.
     *
     * @param id the id
     * @param sent the date it was sent
     * @param responseDeadline the last day to respond
     * @return this
     */
    public CaseFixtures hearing(String id, LocalDate sent, LocalDate responseDeadline) {
        return hearing(id, sent, responseDeadline, h -> {});
    }

    /**
     * Adds a decision by the caseworker on the first provision applied for (SEL §85 if none).
     *
     * @param id the id
     * @param date the date
     * @param outcome the outcome
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures decision(
            String id, LocalDate date, DecisionOutcome outcome, Consumer<Decision.Builder> customiser) {
        return add(
                () -> Decision.builder()
                        .id(id)
                        .date(date)
                        .outcome(outcome)
                        .provision(appliedFor.isEmpty() ? LegalReferences.SEL_85 : appliedFor.get(0))
                        .addParticipantIds(CASEWORKER),
                customiser,
                Decision.Builder::build);
    }

    /**
     * Adds a decision with nothing else recorded.
     *
     * @param id the id
     * @param date the date
     * @param outcome the outcome
     * @return this
     */
    public CaseFixtures decision(String id, LocalDate date, DecisionOutcome outcome) {
        return decision(id, date, outcome, d -> {});
    }

    /**
     * Adds a written notice of when to expect the decision.
     *
     * @param id the id
     * @param date the date of the notice
     * @param expected the new expected decision date
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures deadlineNotice(
            String id, LocalDate date, LocalDate expected, Consumer<DeadlineNotice.Builder> customiser) {
        return add(
                () -> DeadlineNotice.builder()
                        .id(id)
                        .date(date)
                        .expectedDecisionBy(expected)
                        .addParticipantIds(CITIZEN),
                customiser,
                DeadlineNotice.Builder::build);
    }

    /**
     * Adds a written notice of when to expect the decision.
     *
     * @param id the id
     * @param date the date of the notice
     * @param expected the new expected decision date
     * @return this
     */
    public CaseFixtures deadlineNotice(String id, LocalDate date, LocalDate expected) {
        return deadlineNotice(id, date, expected, n -> {});
    }

    /**
     * Adds an action plan offered to the citizen.
     *
     * @param id the id
     * @param date the date
     * @param response the citizen's answer
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures actionPlan(
            String id, LocalDate date, PlanResponse response, Consumer<ActionPlan.Builder> customiser) {
        return add(
                () -> ActionPlan.builder().id(id).date(date).response(response).addParticipantIds(CITIZEN, CASEWORKER),
                customiser,
                ActionPlan.Builder::build);
    }

    /**
     * Adds an order to the provider {@value #PROVIDER} (added as a participant if missing).
     *
     * @param id the id
     * @param date the date
     * @param customiser sets further attributes, for example {@code goalIds} and {@code purposeStated}
     * @return this
     */
    public CaseFixtures providerOrder(String id, LocalDate date, Consumer<ProviderOrder.Builder> customiser) {
        participants.putIfAbsent(
                PROVIDER,
                Participant.builder().id(PROVIDER).role(Role.PROVIDER_STAFF).build());
        return add(
                () -> ProviderOrder.builder()
                        .id(id)
                        .date(date)
                        .providerId(PROVIDER)
                        .addParticipantIds(CASEWORKER),
                customiser,
                ProviderOrder.Builder::build);
    }

    /**
     * Adds a coordination with another actor.
     *
     * @param id the id
     * @param date the date
     * @param counterpart who the caseworker coordinated with
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures coordination(
            String id, LocalDate date, Actor counterpart, Consumer<Coordination.Builder> customiser) {
        return add(
                () -> Coordination.builder()
                        .id(id)
                        .date(date)
                        .counterpart(counterpart)
                        .addParticipantIds(CASEWORKER),
                customiser,
                Coordination.Builder::build);
    }

    /**
     * Adds a coordination with another actor.
     *
     * @param id the id
     * @param date the date
     * @param counterpart who the caseworker coordinated with
     * @return this
     */
    public CaseFixtures coordination(String id, LocalDate date, Actor counterpart) {
        return coordination(id, date, counterpart, c -> {});
    }

    /**
     * Adds a method applied, named {@code method-<id>}.
     *
     * @param id the id
     * @param date the date
     * @param evidenceBase its evidence base
     * @return this
     */
    public CaseFixtures method(String id, LocalDate date, EvidenceBase evidenceBase) {
        return event(MethodApplied.builder()
                .id(id)
                .date(date)
                .method("method-" + id)
                .evidenceBase(evidenceBase)
                .build());
    }

    /**
     * Adds a progress measurement with the instrument {@code instrument-<id>}.
     *
     * @param id the id
     * @param date the date
     * @param before the function level before
     * @param after the function level after
     * @return this
     */
    public CaseFixtures progress(String id, LocalDate date, FunctionLevel before, FunctionLevel after) {
        return event(ProgressMeasurement.builder()
                .id(id)
                .date(date)
                .instrument("instrument-" + id)
                .before(before)
                .after(after)
                .build());
    }

    /**
     * Adds a follow-up scheduled on one date for another.
     *
     * @param id the id
     * @param scheduled the date it was scheduled
     * @param plannedFor the date it is planned for
     * @param customiser sets further attributes, for example {@code heldOn}
     * @return this
     */
    public CaseFixtures followUp(
            String id, LocalDate scheduled, LocalDate plannedFor, Consumer<FollowUp.Builder> customiser) {
        return add(
                () -> FollowUp.builder()
                        .id(id)
                        .date(scheduled)
                        .plannedFor(plannedFor)
                        .addParticipantIds(CITIZEN, CASEWORKER),
                customiser,
                FollowUp.Builder::build);
    }

    /**
     * Adds a follow-up held on the date it was planned for.
     *
     * @param id the id
     * @param scheduled the date it was scheduled
     * @param held the date it was planned for and held
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures heldFollowUp(
            String id, LocalDate scheduled, LocalDate held, Consumer<FollowUp.Builder> customiser) {
        return followUp(id, scheduled, held, f -> customiser.accept(f.heldOn(held)));
    }

    /**
     * Adds a complaint about a decision, received on a date.
     *
     * @param id the id
     * @param received the date it was received
     * @param decisionId the decision complained about
     * @param customiser sets further attributes, for example {@code reconsideredOn}
     * @return this
     */
    public CaseFixtures complaint(
            String id, LocalDate received, String decisionId, Consumer<Complaint.Builder> customiser) {
        return add(
                () -> Complaint.builder()
                        .id(id)
                        .date(received)
                        .decisionId(decisionId)
                        .addParticipantIds(CITIZEN),
                customiser,
                Complaint.Builder::build);
    }

    /**
     * Adds a change from {@value #CASEWORKER} to {@value #CASEWORKER_2} (added if missing).
     *
     * @param id the id
     * @param date the date
     * @param customiser sets further attributes
     * @return this
     */
    public CaseFixtures caseworkerChange(String id, LocalDate date, Consumer<CaseworkerChange.Builder> customiser) {
        participants.putIfAbsent(
                CASEWORKER_2,
                Participant.builder().id(CASEWORKER_2).role(Role.CASEWORKER).build());
        return add(
                () -> CaseworkerChange.builder()
                        .id(id)
                        .date(date)
                        .fromCaseworkerId(CASEWORKER)
                        .toCaseworkerId(CASEWORKER_2),
                customiser,
                CaseworkerChange.Builder::build);
    }

    /**
     * Adds guidance given to the citizen.
     *
     * @param id the id
     * @param date the date
     * @param topics what it covered
     * @return this
     */
    public CaseFixtures guidance(String id, LocalDate date, GuidanceTopic... topics) {
        return event(Guidance.builder()
                .id(id)
                .date(date)
                .addTopics(topics)
                .addParticipantIds(CITIZEN, CASEWORKER)
                .build());
    }

    // ------------------------------------------------------------------ building

    /**
     * Builds the case.
     *
     * @return the case process
     * @throws io.github.inddragelse.model.InvalidModelException if the fixture makes an invalid case
     */
    public CaseProcess build() {
        CaseProcess.Builder b = CaseProcess.builder()
                .caseId(CASE_ID)
                .citizenId(CITIZEN)
                .municipality("Testkommune")
                .openedOn(openedOn)
                .targetGroups(targetGroups)
                .appliedFor(appliedFor)
                .communicationNeeds(needs)
                .citizenReachedPensionAge(pensionAgeReached)
                .notRecorded(notRecorded)
                .participants(participants.values());
        if (deadline != null) {
            b.processingDeadline(deadline);
        }
        for (Supplier<CaseEvent> e : events) {
            b.addEvents(e.get());
        }
        return b.build();
    }

    /**
     * Builds the case and indexes it as of a date.
     *
     * @param asOf the as-of date
     * @return the view
     */
    public CaseView viewAsOf(LocalDate asOf) {
        return CaseView.of(build(), asOf);
    }

    private <B> CaseFixtures add(
            Supplier<B> defaults, Consumer<? super B> customiser, Function<B, ? extends CaseEvent> build) {
        events.add(() -> {
            B b = defaults.get();
            customiser.accept(b);
            return build.apply(b);
        });
        return this;
    }
}
