package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.Adaptation;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseStatus;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.ContactKind;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.HearingExemption;
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
import io.github.inddragelse.model.caseprocess.ReablementAssessment;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.testkit.CaseUnderTest;
import io.github.inddragelse.testkit.Defect;
import io.github.inddragelse.testkit.Defects;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds one realistic, valid case process from a {@link Plan} and a stream of {@link Choices}, then
 * puts in the requested defects. The timeline follows VUM 2.0: contact, guidance, meetings and
 * information gathering, investigation, goals, hearing when the decision is adverse, decision, action
 * plan, order to the provider, methods, progress and follow-ups (after one that concludes the help must
 * change, a hearing and a new decision), and sometimes a complaint. Good practice that no defect names
 * varies, so that generated cases reach the branches of the standard rules.
 */
public final class CaseGenerator {

    private static final List<String> MUNICIPALITIES = List.of("0751", "0265", "0766", "0101", "0461", "0851");
    private static final List<Actor> AUTHORITIES =
            List.of(Actor.REGIONAL_PSYCHIATRY, Actor.JOBCENTRE, Actor.OTHER_DEPARTMENT, Actor.HOSPITAL);
    private static final List<Actor> SOURCES =
            List.of(Actor.GENERAL_PRACTITIONER, Actor.REGIONAL_PSYCHIATRY, Actor.HOSPITAL, Actor.JOBCENTRE);

    private final GeneratorConfig config;
    private final Choices ch;
    private final Plan plan;
    private final Texts.Group text;
    private final List<CaseEvent> events = new ArrayList<>();
    private boolean pensionAgeReached;
    private final List<Participant> participants = new ArrayList<>();
    private final Set<CommunicationNeed> needs = new LinkedHashSet<>();
    private final Set<TargetGroup> groups;
    private final List<LegalReference> appliedFor = new ArrayList<>();
    private final List<LifeArea> areas = new ArrayList<>();
    private final List<String> goalIds = new ArrayList<>();

    private String caseId;
    private String municipality;
    private String citizen;
    private String caseworker;
    private String network;
    private String companion;
    private String interpreter;
    private String provider;
    private String authority;
    private Actor authorityActor;
    private LocalDate day;

    private CaseGenerator(GeneratorConfig config, Choices ch, Plan plan) {
        this.config = config;
        this.ch = ch;
        this.plan = plan;
        this.groups = chooseGroups();
        this.text = Texts.GROUPS.get(groups.iterator().next());
    }

    /**
     * Checks that a configuration can produce at least one case.
     *
     * @param config the configuration
     * @throws IllegalArgumentException naming what cannot be combined
     */
    public static void checkFeasible(GeneratorConfig config) {
        for (Defect a : config.defects) {
            for (Defect b : config.defects) {
                if (a.conflictsWith(b) && a.ordinal() < b.ordinal()) {
                    throw new IllegalArgumentException("Defects " + a + " and " + b + " cannot be in one case");
                }
            }
        }
        if (Plan.shapes(config).isEmpty()) {
            throw new IllegalArgumentException("No case process fits all of: " + describe(config));
        }
    }

    private static String describe(GeneratorConfig c) {
        return "events " + c.minEvents + ".." + c.maxEvents
                + c.phase.map(p -> ", reaching phase " + p).orElse("")
                + c.withDecision
                        .map(d -> d ? ", with a decision" : ", without a decision")
                        .orElse("")
                + ", decision outcomes " + c.outcomes
                + (c.defects.isEmpty()
                        ? ""
                        : ", defects " + c.defects + " (which need at least phase "
                                + Plan.Needs.of(c.defects).minPhase() + ")");
    }

    /**
     * Generates one case.
     *
     * @param config the configuration, {@link #checkFeasible(GeneratorConfig) feasible}
     * @param values the random choices
     * @return the case under test, with exactly the requested defects (and those the facts not
     *     recorded bring, see {@link io.github.inddragelse.testkit.CaseProcessArbitrary#notRecording})
     */
    public static CaseUnderTest generate(GeneratorConfig config, List<Integer> values) {
        Choices ch = new Choices(values, config.variation);
        Plan plan = Plan.choose(config, Plan.shapes(config), ch);
        CaseUnderTest base = new CaseGenerator(config, ch, plan).build();
        CaseUnderTest result = base;
        for (Defect defect : Defect.values()) {
            if (config.defects.contains(defect)) {
                result = DefectVariants.vary(result, Defects.introduce(result, defect), defect, ch);
            }
        }
        Set<RecordedFact> notRecorded = EnumSet.noneOf(RecordedFact.class);
        notRecorded.addAll(config.notRecorded);
        if (config.someNotRecorded) {
            for (RecordedFact fact : RecordedFact.values()) {
                if (ch.chance(25)) {
                    notRecorded.add(fact);
                }
            }
        }
        return notRecorded.isEmpty()
                ? result
                : new CaseUnderTest(FactEdit.notRecording(result.process(), notRecorded), result.asOf());
    }

    private Set<TargetGroup> chooseGroups() {
        if (!config.targetGroups.isEmpty()) {
            return EnumSet.copyOf(config.targetGroups);
        }
        TargetGroup first = ch.pick(List.of(TargetGroup.values()));
        Set<TargetGroup> chosen = EnumSet.of(first);
        if (ch.chance(20)) {
            chosen.add(
                    first == TargetGroup.MENTAL_HEALTH ? TargetGroup.SOCIALLY_MARGINALISED : TargetGroup.MENTAL_HEALTH);
        }
        return chosen;
    }

    private int count(Plan.Slot slot) {
        return plan.count(slot);
    }

    private Plan.Shape shape() {
        return plan.shape;
    }

    private LocalDate after(int min, int max) {
        day = day.plusDays(ch.between(min, max));
        return day;
    }

    private String id(String prefix) {
        int n = 1;
        while (true) {
            String candidate = prefix + "-" + n;
            if (events.stream().noneMatch(e -> e.id().equals(candidate))) {
                return candidate;
            }
            n++;
        }
    }

    private static List<String> ids(String... ids) {
        List<String> list = new ArrayList<>();
        for (String id : ids) {
            if (id != null && !list.contains(id)) {
                list.add(id);
            }
        }
        return list;
    }

    // ------------------------------------------------------------------ participants

    private void chooseParticipants() {
        citizen = "borger-" + ch.between(1, 9999);
        participants.add(Participant.builder().id(citizen).role(Role.CITIZEN).build());
        caseworker = "sagsbehandler-1";
        participants.add(
                Participant.builder().id(caseworker).role(Role.CASEWORKER).build());
        for (int i = 0; i < count(Plan.Slot.CASEWORKER_CHANGE); i++) {
            participants.add(Participant.builder()
                    .id("sagsbehandler-" + (i + 2))
                    .role(Role.CASEWORKER)
                    .build());
        }
        if (count(Plan.Slot.NETWORK_MEETING) > 0 || ch.chance(45)) {
            boolean relative = ch.chance(60);
            network = relative ? "paaroerende-1" : "netvaerk-1";
            participants.add(Participant.builder()
                    .id(network)
                    .role(relative ? Role.RELATIVE : Role.NETWORK)
                    .chosenByCitizen(true)
                    .description(relative ? "Borgerens søster" : "Ven fra den lokale idrætsforening")
                    .build());
        }
        if (shape().reached(Phase.INVESTIGATION) && ch.chance(30)) {
            companion = "bisidder-1";
            participants.add(Participant.builder()
                    .id(companion)
                    .role(Role.COMPANION)
                    .chosenByCitizen(true)
                    .description("Frivillig bisidder fra en brugerorganisation")
                    .build());
        }
        chooseNeeds();
        needs.stream()
                .map(CaseGenerator::interpretation)
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(kind -> {
                    interpreter = "tolk-1";
                    participants.add(Participant.builder()
                            .id(interpreter)
                            .role(Role.INTERPRETER)
                            .interpretation(kind)
                            .description(Texts.INTERPRETER)
                            .build());
                });
        if (shape().reached(Phase.ORDER)) {
            provider = "udfoerer-1";
            participants.add(Participant.builder()
                    .id(provider)
                    .role(Role.PROVIDER_STAFF)
                    .organisation(Actor.PROVIDER)
                    .build());
        }
        if ((count(Plan.Slot.INFORMATION_GATHERING) > 0 || count(Plan.Slot.COORDINATION) > 0) && ch.chance(50)) {
            authority = "myndighed-1";
            authorityActor = ch.pick(AUTHORITIES);
            participants.add(Participant.builder()
                    .id(authority)
                    .role(Role.OTHER_AUTHORITY)
                    .organisation(authorityActor)
                    .build());
        }
    }

    private void chooseNeeds() {
        Plan.Needs n = Plan.Needs.of(config.defects);
        boolean physical = groups.contains(TargetGroup.PHYSICAL_DISABILITY);
        if (n.languageInterpreter()) {
            needs.add(CommunicationNeed.LANGUAGE_INTERPRETER);
        } else if (n.interpreter() || ch.chance(12)) {
            needs.add(
                    physical
                            ? ch.pick(List.of(
                                    CommunicationNeed.SIGN_LANGUAGE_INTERPRETER,
                                    CommunicationNeed.LANGUAGE_INTERPRETER,
                                    CommunicationNeed.TACTILE_INTERPRETER))
                            : CommunicationNeed.LANGUAGE_INTERPRETER);
        }
        if (groups.contains(TargetGroup.INTELLECTUAL_DISABILITY)) {
            if (ch.chance(70)) {
                needs.add(CommunicationNeed.EASY_READ);
            }
            if (ch.chance(50)) {
                needs.add(CommunicationNeed.PICTURES);
            }
        } else if (ch.chance(10)) {
            needs.add(CommunicationNeed.EASY_READ);
        }
    }

    private static Optional<InterpretationKind> interpretation(CommunicationNeed need) {
        switch (need) {
            case LANGUAGE_INTERPRETER:
                return Optional.of(InterpretationKind.LANGUAGE);
            case SIGN_LANGUAGE_INTERPRETER:
                return Optional.of(InterpretationKind.SIGN);
            case TACTILE_INTERPRETER:
                return Optional.of(InterpretationKind.TACTILE);
            default:
                return Optional.empty();
        }
    }

    private Set<Adaptation> adaptations() {
        Set<Adaptation> set = EnumSet.noneOf(Adaptation.class);
        if (ch.ok()) {
            set.add(Adaptation.PLAIN_LANGUAGE);
        }
        // easy-read material and pictures, where needed, are good practice a meeting may fall short of
        boolean formatAdapted =
                !(needs.contains(CommunicationNeed.EASY_READ) || needs.contains(CommunicationNeed.PICTURES)) || ch.ok();
        for (CommunicationNeed need : needs) {
            switch (need) {
                case EASY_READ:
                    if (formatAdapted) {
                        set.add(Adaptation.EASY_READ);
                    }
                    break;
                case PICTURES:
                    if (formatAdapted) {
                        set.add(Adaptation.PICTURES);
                    }
                    break;
                case SIGN_LANGUAGE_INTERPRETER:
                    set.add(Adaptation.SIGN_LANGUAGE);
                    break;
                case TACTILE_INTERPRETER:
                    set.add(Adaptation.TACTILE);
                    break;
                default:
                    break;
            }
        }
        if (groups.contains(TargetGroup.INTELLECTUAL_DISABILITY) && ch.ok()) {
            set.add(Adaptation.EXTRA_TIME);
        }
        return set;
    }

    // ------------------------------------------------------------------ timeline

    private CaseUnderTest build() {
        chooseParticipants();
        LocalDate opened = LocalDate.ofEpochDay(
                ch.between((int) config.openedFrom.toEpochDay(), (int) config.openedTo.toEpochDay()));
        day = opened;
        caseId = "sag-" + opened.getYear() + "-" + String.format(java.util.Locale.ROOT, "%04d", ch.between(1, 9999));
        municipality = ch.pick(MUNICIPALITIES);
        appliedFor.add(ch.pick(text.provisions()));
        if (ch.chance(25)) {
            text.provisions().stream()
                    .filter(p -> !appliedFor.contains(p))
                    .findFirst()
                    .ifPresent(appliedFor::add);
        }
        areas.addAll(ch.distinct(text.areas(), ch.between(3, 5)));

        opening(opened);
        investigation();
        assessment();
        Decision decision = shape().decided() ? decision() : null;
        if (decision != null && shape().reached(Phase.ORDER)) {
            delivery(decision);
        }
        events.sort(Comparator.comparing(CaseEvent::date));

        CaseProcess draft = process(opened, Optional.empty());
        LocalDate asOf = CaseUnderTest.defaultAsOf(draft);
        postponePendingFollowUps(asOf);
        Period deadline = deadline(opened, decision, asOf);
        events.sort(Comparator.comparing(CaseEvent::date));
        // facts drawn after every other choice, so the same choices make the same case as before they
        // existed; 0 (what shrinking aims for) keeps each fact's default
        if (decision != null && ch.chance(20)) {
            // a decision bound by the rules: its reasons need no main considerations (FVL §24, stk. 1)
            replace(
                    Decision.class,
                    decision.id(),
                    d -> Decision.builder().from(d).discretionary(false).build());
        }
        // a citizen who has reached the state pension age: no duty to offer an action plan (SEL §141)
        pensionAgeReached = ch.chance(10);
        // when personal and practical help is applied for, the investigation may record whether a
        // reablement course can improve function (SEL §83 a): suitable when a goal to develop function is
        // set, otherwise not suitable, so a case without defects never judges a course suitable and then
        // leaves it out
        Optional<Investigation> investigation = events.stream()
                .filter(Investigation.class::isInstance)
                .map(Investigation.class::cast)
                .findFirst();
        if (investigation.isPresent() && appliedFor.contains(LegalReferences.SEL_83_83A) && ch.chance(30)) {
            ReablementAssessment assessed =
                    !developGoalSet() ? ReablementAssessment.NOT_SUITABLE : ReablementAssessment.SUITABLE;
            if (assessed == ReablementAssessment.NOT_SUITABLE && decision != null && ch.chance(40)) {
                // or judged suitable, the course granted by the decision and its goal to develop function
                // set when the course starts, after the decision
                assessed = developGoalAfter(decision) ? ReablementAssessment.SUITABLE : assessed;
            }
            ReablementAssessment judged = assessed;
            replace(Investigation.class, investigation.get().id(), i -> Investigation.builder()
                    .from(i)
                    .reablementAssessment(judged)
                    .build());
        }
        // a meeting after the first that the citizen was invited to and declined (RSL §4 counts it as the
        // opportunity given; the meeting rules leave it out): held without the citizen, the others as booked
        // (an interpreter too)
        List<Meeting> meetings = events.stream()
                .filter(Meeting.class::isInstance)
                .map(Meeting.class::cast)
                .toList();
        if (meetings.size() > 1 && ch.chance(15)) {
            decline(meetings.get(ch.between(1, meetings.size() - 1)));
        }
        // a reconsideration that changed the decision only in part: the rest is maintained, so the complaint
        // is sent on as an upheld one is (RSL §§66-67)
        Optional<Complaint> upheld = events.stream()
                .filter(Complaint.class::isInstance)
                .map(Complaint.class::cast)
                .filter(k -> k.reconsiderationOutcome().equals(Optional.of(ReconsiderationOutcome.UPHELD)))
                .findFirst();
        if (upheld.isPresent() && ch.chance(30)) {
            replace(Complaint.class, upheld.get().id(), k -> Complaint.builder()
                    .from(k)
                    .reconsiderationOutcome(ReconsiderationOutcome.PARTLY_CHANGED)
                    .build());
        }
        variations(meetings, decision);
        events.sort(Comparator.comparing(CaseEvent::date));
        // a source system may record no processing deadline (never with a notice about it)
        boolean noDeadline = events.stream().noneMatch(DeadlineNotice.class::isInstance) && ch.chance(5);
        return new CaseUnderTest(process(opened, Optional.ofNullable(noDeadline ? null : deadline)), asOf);
    }

    /**
     * Good practice that varies after the timeline is laid, none of it a {@link Defect} and none of it
     * adding an event or a date after the last: meetings the citizen declined, guidance given late, a
     * peer worker at a meeting, resources recorded per life area only, progress measured without a
     * comparable level.
     */
    private void variations(List<Meeting> meetings, Decision decision) {
        // a citizen who declined every meeting so far (never where the decision was explained at one, nor
        // where a requested defect needs a meeting the citizen attended)
        boolean declinedAny = events.stream().anyMatch(e -> e instanceof Meeting && ((Meeting) e).citizenDeclined());
        if (!meetings.isEmpty()
                && !declinedAny
                && meetings.stream().noneMatch(m -> m.purpose() == MeetingPurpose.DECISION)
                && !Plan.Needs.of(config.defects).attendedMeeting()
                && ch.chance(4)) {
            meetings.forEach(this::decline);
        }
        // guidance given late: the day after the latest milestone (the first meeting with the citizen, the
        // investigation, the decision) that some event still follows
        Optional<Guidance> guidance = first(Guidance.class);
        if (guidance.isPresent() && !ch.ok() && ch.chance(50)) {
            LocalDate last = events.stream()
                    .map(CaseEvent::date)
                    .max(LocalDate::compareTo)
                    .orElseThrow();
            List<LocalDate> milestones = new ArrayList<>();
            events.stream()
                    .filter(e -> e instanceof Meeting && e.involves(citizen))
                    .findFirst()
                    .ifPresent(m -> milestones.add(m.date()));
            first(Investigation.class).ifPresent(i -> milestones.add(i.date()));
            Optional.ofNullable(decision).ifPresent(d -> milestones.add(d.date()));
            milestones.stream()
                    .filter(last::isAfter)
                    .max(LocalDate::compareTo)
                    .ifPresent(m -> replace(
                            Guidance.class,
                            guidance.get().id(),
                            g -> Guidance.builder().from(g).date(m.plusDays(1)).build()));
        }
        // a peer worker with lived experience at one meeting the citizen attended
        List<Meeting> attended = events.stream()
                .filter(e -> e instanceof Meeting && e.involves(citizen))
                .map(Meeting.class::cast)
                .toList();
        if (!attended.isEmpty() && ch.chance(8)) {
            Meeting with = attended.get(ch.between(0, attended.size() - 1));
            participants.add(Participant.builder()
                    .id("peer-1")
                    .role(Role.PEER_WORKER)
                    .description(Texts.PEER_WORKER)
                    .build());
            replace(Meeting.class, with.id(), m -> {
                List<String> present = new ArrayList<>(m.participantIds());
                present.add("peer-1");
                return Meeting.builder().from(m).participantIds(present).build();
            });
        }
        // resources recorded in the life areas only, not overall
        first(Investigation.class)
                .filter(i -> i.lifeAreas().stream().anyMatch(a -> a.resources().isPresent()))
                .filter(i -> ch.chance(15))
                .ifPresent(i -> replace(Investigation.class, i.id(), x -> Investigation.builder()
                        .from(x)
                        .resources(Optional.empty())
                        .build()));
        // progress measured, but the level after not assessed, so nothing can be compared: a lapse of good
        // practice, so only as varied (at the default variation about as often as one case in twelve)
        if (first(ProgressMeasurement.class).isPresent() && !ch.ok() && ch.chance(80)) {
            for (CaseEvent e : new ArrayList<>(events)) {
                if (e instanceof ProgressMeasurement) {
                    replace(ProgressMeasurement.class, e.id(), m -> ProgressMeasurement.builder()
                            .from(m)
                            .after(FunctionLevel.NOT_ASSESSED)
                            .build());
                }
            }
        }
    }

    /** Records that the citizen was invited to a meeting and declined: held without the citizen. */
    private void decline(Meeting meeting) {
        replace(Meeting.class, meeting.id(), m -> Meeting.builder()
                .from(m)
                .participantIds(m.participantIds().stream()
                        .filter(id -> !id.equals(citizen))
                        .toList())
                .citizenDeclined(true)
                .build());
    }

    /** The first event of a type in the timeline. */
    private <T extends CaseEvent> Optional<T> first(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * Makes the last goal one to develop function, set the day after the decision, if an event follows
     * the decision (so the goal adds no date after the last).
     *
     * @return whether it did
     */
    private boolean developGoalAfter(Decision decision) {
        Optional<Goal> last = events.stream()
                .filter(Goal.class::isInstance)
                .map(Goal.class::cast)
                .reduce((a, b) -> b);
        LocalDate set = decision.date().plusDays(1);
        boolean followed = events.stream().anyMatch(e -> !e.date().isBefore(set));
        if (last.isEmpty() || !followed) {
            return false;
        }
        replace(Goal.class, last.get().id(), g -> Goal.builder()
                .from(g)
                .date(set)
                .goalType(GoalType.DEVELOP)
                .targetDate(g.targetDate().filter(t -> !t.isBefore(set)).orElse(set.plusMonths(6)))
                .build());
        return true;
    }

    /** Whether any goal in the timeline is a goal to develop function. */
    private boolean developGoalSet() {
        return events.stream().anyMatch(e -> e instanceof Goal && ((Goal) e).goalType() == GoalType.DEVELOP);
    }

    /** Replaces the event of a type with an id (as it stands in the timeline now) by a changed copy. */
    private <T extends CaseEvent> void replace(Class<T> type, String id, UnaryOperator<T> change) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i)) && events.get(i).id().equals(id)) {
                events.set(i, change.apply(type.cast(events.get(i))));
            }
        }
    }

    private CaseProcess process(LocalDate opened, Optional<Period> deadline) {
        return CaseProcess.builder()
                .caseId(caseId)
                .citizenId(citizen)
                .municipality(municipality)
                .targetGroups(groups)
                .appliedFor(appliedFor)
                .openedOn(opened)
                .status(shape().decided() ? CaseStatus.DECIDED : CaseStatus.OPEN)
                .processingDeadline(deadline)
                .currentPhase(shape().phase())
                .communicationNeeds(needs)
                .citizenReachedPensionAge(pensionAgeReached)
                .participants(participants)
                .events(events)
                .build();
    }

    private void opening(LocalDate opened) {
        ContactKind kind = ch.pickWeighted(
                List.of(ContactKind.APPLICATION, ContactKind.INQUIRY, ContactKind.NOTIFICATION), new int[] {6, 3, 1});
        String reason = ch.pick(text.contactReasons());
        String ownNeed = ch.pick(text.ownNeeds());
        // a notification from others may not record the citizen's own view of the need
        boolean needRecorded = kind != ContactKind.NOTIFICATION || ch.ok();
        events.add(Contact.builder()
                .id(id("kontakt"))
                .date(opened)
                .participantIds(kind == ContactKind.NOTIFICATION ? ids(caseworker, network) : ids(citizen, caseworker))
                .contactKind(kind)
                .reason(reason)
                .citizensOwnNeed(Optional.ofNullable(needRecorded ? ownNeed : null))
                .build());
        if (count(Plan.Slot.GUIDANCE) > 0) {
            Set<GuidanceTopic> topics = EnumSet.of(GuidanceTopic.RIGHTS, GuidanceTopic.PROCESS_AND_TIMING);
            if (ch.ok()) {
                topics.add(GuidanceTopic.COMPANION);
            }
            if (ch.ok()) {
                topics.add(GuidanceTopic.CONTACT);
            }
            if (ch.chance(30)) {
                topics.add(GuidanceTopic.OTHER_HELP);
            }
            events.add(Guidance.builder()
                    .id(id("vejledning"))
                    .date(after(0, 3))
                    .participantIds(ids(citizen, caseworker))
                    .topics(topics)
                    .written(ch.ok())
                    .build());
        }
    }

    private Meeting meeting(MeetingPurpose purpose, LocalDate date, String... others) {
        List<String> present = ids(citizen, caseworker, interpreter);
        if (companion != null && ch.chance(50)) {
            present.add(companion);
        }
        for (String other : others) {
            if (other != null && !present.contains(other)) {
                present.add(other);
            }
        }
        return Meeting.builder()
                .id(id("moede"))
                .date(date)
                .participantIds(present)
                .purpose(purpose)
                .preparedWithCitizen(ch.ok())
                .agendaSentAhead(ch.ok())
                .placeChosenByCitizen(ch.ok())
                .adaptations(adaptations())
                .note(Optional.ofNullable(ch.chance(30) ? Texts.MEETING_NOTE : null))
                .build();
    }

    private void investigation() {
        if (!shape().reached(Phase.INVESTIGATION)) {
            return;
        }
        if (count(Plan.Slot.EXPECTATIONS_MEETING) > 0) {
            events.add(meeting(MeetingPurpose.EXPECTATIONS, after(5, 12)));
        }
        for (int i = 0; i < count(Plan.Slot.INVESTIGATION_MEETING); i++) {
            events.add(meeting(MeetingPurpose.INVESTIGATION, after(7, 18), i == 0 && ch.chance(50) ? network : null));
            for (int c = 0; i == 0 && c < count(Plan.Slot.CASEWORKER_CHANGE); c++) {
                // a second change within weeks of the first: announced, but frequent
                String next = "sagsbehandler-" + (c + 2);
                events.add(CaseworkerChange.builder()
                        .id(id("sagsbehandlerskift"))
                        .date(c == 0 ? after(1, 5) : after(10, 30))
                        .participantIds(ids(citizen, caseworker, next))
                        .fromCaseworkerId(caseworker)
                        .toCaseworkerId(next)
                        .citizenInformed(true)
                        .handoverWithCitizen(ch.ok())
                        .note(Texts.CHANGE_NOTE)
                        .build());
                caseworker = next;
            }
        }
        for (int i = 0; i < count(Plan.Slot.INFORMATION_GATHERING); i++) {
            boolean fromAuthority = i == 0 && authority != null;
            boolean fromNetwork = !fromAuthority && network != null && ch.chance(25);
            Actor source = fromAuthority ? authorityActor : fromNetwork ? Actor.NETWORK : ch.pick(SOURCES);
            events.add(InformationGathering.builder()
                    .id(id("indhentning"))
                    .date(after(2, 10))
                    .addParticipantId(caseworker)
                    .source(source)
                    .sourceParticipantId(Optional.ofNullable(fromAuthority ? authority : fromNetwork ? network : null))
                    .consentObtained(true)
                    .citizenAskedToObtain(ch.chance(10))
                    .purpose(Texts.gatheringPurpose(source))
                    .build());
        }
        List<LifeAreaAssessment> assessed = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            LifeArea area = areas.get(i);
            FunctionLevel level = plan.significantReduction && i == 0
                    ? ch.pick(List.of(FunctionLevel.SEVERE, FunctionLevel.COMPLETE))
                    : ch.pick(List.of(FunctionLevel.MODERATE, FunctionLevel.MILD, FunctionLevel.NONE));
            if (plan.significantReduction && i > 0 && ch.chance(30)) {
                level = FunctionLevel.SEVERE;
            }
            assessed.add(LifeAreaAssessment.builder()
                    .area(area)
                    .functionLevel(level)
                    .supportNeed(SupportNeed.values()[level.value().orElse(2)])
                    .resources(
                            Optional.ofNullable(ch.ok() ? Texts.AREAS.get(area).resource() : null))
                    .challenges(Texts.AREAS.get(area).challenge())
                    .build());
        }
        events.add(Investigation.builder()
                .id(id("udredning"))
                .date(after(5, 14))
                .participantIds(ids(citizen, caseworker))
                .lifeAreas(assessed)
                .citizensWishes(ch.pick(text.wishes()))
                .wishesInOwnWords(true)
                .resources(text.resources())
                .networkMapped(true)
                .earlyOffersConsidered(ch.ok())
                .allOptionsConsidered(ch.ok())
                .professionalJudgement(text.judgement())
                .build());
    }

    private void assessment() {
        if (!shape().reached(Phase.CASE_ASSESSMENT)) {
            return;
        }
        if (count(Plan.Slot.NETWORK_MEETING) > 0) {
            events.add(meeting(MeetingPurpose.NETWORK, after(3, 10), network));
        }
        LocalDate set = after(0, 7);
        boolean physical = groups.contains(TargetGroup.PHYSICAL_DISABILITY);
        for (int i = 0; i < count(Plan.Slot.GOAL); i++) {
            LifeArea area = areas.get(i % areas.size());
            String goal = id("maal");
            goalIds.add(goal);
            events.add(Goal.builder()
                    .id(goal)
                    .date(set)
                    .participantIds(ids(citizen, caseworker))
                    .goalType(physical && ch.chance(40) ? GoalType.MAINTAIN : GoalType.DEVELOP)
                    .lifeArea(Optional.ofNullable(ch.ok() ? area : null))
                    .text(Texts.AREAS.get(area).goal())
                    .derivedFromWishes(ch.ok())
                    .acceptedByCitizen(true)
                    .measurable(ch.ok())
                    .targetDate(set.plusMonths(ch.between(6, 12)))
                    .build());
        }
        for (int i = 0; i < count(Plan.Slot.COORDINATION); i++) {
            boolean withAuthority = i == 0 && authority != null;
            Actor counterpart = withAuthority ? authorityActor : ch.pick(List.of(Actor.CIVIL_SOCIETY, Actor.JOBCENTRE));
            events.add(Coordination.builder()
                    .id(id("koordinering"))
                    .date(after(2, 8))
                    .participantIds(ids(caseworker, withAuthority ? authority : null))
                    .counterpart(counterpart)
                    .counterpartParticipantId(Optional.ofNullable(withAuthority ? authority : null))
                    .sharedGoals(ch.ok())
                    .topic(Texts.coordinationTopic(counterpart))
                    .build());
        }
    }

    private Decision decision() {
        LegalReference provision = appliedFor.get(0);
        boolean heard = count(Plan.Slot.HEARING) > 0;
        if (heard) {
            LocalDate sent = after(2, 6);
            LocalDate deadline = sent.plusDays(14);
            boolean answered = ch.chance(80);
            events.add(Hearing.builder()
                    .id(id("partshoering"))
                    .date(sent)
                    .participantIds(ids(citizen, caseworker))
                    .provision(provision)
                    .informationSent(Texts.HEARING_SENT)
                    .responseDeadline(deadline)
                    .respondedOn(Optional.ofNullable(answered ? sent.plusDays(ch.between(3, 12)) : null))
                    .response(Optional.ofNullable(answered ? Texts.HEARING_RESPONSE : null))
                    .build());
            day = deadline;
        }
        LocalDate decided = after(1, 6);
        boolean inPerson = count(Plan.Slot.DECISION_MEETING) > 0;
        if (inPerson) {
            events.add(meeting(MeetingPurpose.DECISION, decided));
        }
        boolean adverse = shape().adverse();
        Decision decision = Decision.builder()
                .id(id("afgoerelse"))
                .date(decided)
                .participantIds(inPerson ? ids(citizen, caseworker) : ids(caseworker))
                .provision(provision)
                .outcome(shape().outcome())
                .reasonsCiteRules(adverse || ch.ok())
                .reasonsStateConsiderations(adverse || ch.ok())
                .reasonsStateFacts(adverse || ch.ok())
                .reasons(adverse ? Texts.FULL_REASONS : Texts.GRANTED_REASONS)
                .plainLanguage(ch.ok())
                .complaintGuidance(adverse || ch.ok())
                .explainedInPerson(inPerson)
                // an adverse decision not heard records why no hearing was needed (FVL §19)
                .hearingExemption(Optional.ofNullable(
                        adverse && !heard
                                ? ch.pick(List.of(
                                        HearingExemption.NO_INFORMATION_AGAINST_CITIZEN,
                                        HearingExemption.INFORMATION_FROM_CITIZEN))
                                : null))
                .build();
        events.add(decision);
        if (count(Plan.Slot.ACTION_PLAN) > 0) {
            events.add(ActionPlan.builder()
                    .id(id("handleplan"))
                    .date(decided.plusDays(ch.between(0, 10)))
                    .participantIds(ids(citizen, caseworker, ch.chance(30) ? network : null))
                    .offered(true)
                    // the citizen's answer may still be awaited
                    .response(
                            ch.chance(10)
                                    ? PlanResponse.DECLINED
                                    : ch.chance(6) ? PlanResponse.PENDING : PlanResponse.ACCEPTED)
                    .madeWithCitizen(ch.ok())
                    .statesPurpose(ch.ok())
                    .statesIntervention(ch.ok())
                    .statesDuration(ch.ok())
                    // with other authorities in the case, one holistic plan is good practice
                    .holistic(count(Plan.Slot.COORDINATION) > 0 ? ch.ok() : groups.size() > 1)
                    .text(Texts.ACTION_PLAN)
                    .build());
        }
        if (count(Plan.Slot.COMPLAINT) > 0) {
            events.add(complaint(decision));
        }
        if (shape().helpGiving()) {
            events.add(FollowUp.builder()
                    .id(id("opfoelgning"))
                    .date(decided)
                    .participantIds(ids(caseworker))
                    .plannedFor(decided.plusMonths(3))
                    .build());
        }
        return decision;
    }

    /** Where a generated complaint stands as of the as-of date. */
    private enum ComplaintStage {
        /** Reconsidered and, where the decision is maintained, sent on, both within the four weeks. */
        CLOSED,
        /** Still awaiting reconsideration. */
        AWAITING_RECONSIDERATION,
        /** Reconsidered, and, where the decision is maintained, awaiting sending on. */
        AWAITING_SENDING_ON,
        /** Reconsidered, with what the reconsideration concluded not recorded. */
        OUTCOME_NOT_RECORDED
    }

    /**
     * A complaint about the decision, reconsidered and, where the decision is maintained, sent on within
     * the four weeks of RSL §§66-67. When nothing follows the decision, the complaint may still be open
     * as of the as-of date (two weeks after the last fact, within the four weeks): awaiting
     * reconsideration, reconsidered and awaiting sending on, or reconsidered with what it concluded not
     * recorded.
     */
    private Complaint complaint(Decision decision) {
        LocalDate received = decision.date().plusDays(ch.between(7, 25));
        ReconsiderationOutcome outcome = ch.chance(70) ? ReconsiderationOutcome.UPHELD : ReconsiderationOutcome.CHANGED;
        int gap = ch.between(15, 27);
        Complaint.Builder complaint = Complaint.builder()
                .id(id("klage"))
                .date(received)
                .participantIds(ids(citizen, companion))
                .decisionId(decision.id())
                .note(Texts.COMPLAINT_NOTE);
        // sent on by the end of the four weeks
        int sentAfter = ch.between(1, Math.min(5, DefectOps.RECONSIDERATION_DAYS - gap));
        // open only where nothing later moves the as-of date past the four weeks, and no defect needs it closed;
        // an open complaint is one of the three open stages, equally likely
        ComplaintStage stage = shape().phase() == Phase.DECISION
                        && !Plan.Needs.of(config.defects).complaint()
                        && ch.chance(25)
                ? ComplaintStage.values()[ch.between(1, 3)]
                : ComplaintStage.CLOSED;
        if (stage == ComplaintStage.AWAITING_RECONSIDERATION) {
            return complaint.build();
        }
        // an open complaint is reconsidered early enough that the as-of date stays within its four weeks
        LocalDate reconsidered = received.plusDays(stage == ComplaintStage.CLOSED ? gap : ch.between(3, 12));
        complaint.reconsideredOn(reconsidered);
        if (stage == ComplaintStage.OUTCOME_NOT_RECORDED) {
            return complaint.build();
        }
        complaint.reconsiderationOutcome(outcome);
        return complaint
                .forwardedOn(Optional.ofNullable(
                        outcome.mustBeSentOn() && stage == ComplaintStage.CLOSED
                                ? reconsidered.plusDays(sentAfter)
                                : null))
                .build();
    }

    private void delivery(Decision decision) {
        LocalDate ordered = decision.date().plusDays(ch.between(5, 14));
        day = ordered;
        ProviderOrder order = ProviderOrder.builder()
                .id(id("bestilling"))
                .date(ordered)
                .participantIds(ids(caseworker, provider))
                .providerId(provider)
                .goalIds(goalIds)
                .purposeStated(true)
                .build();
        events.add(order);
        if (count(Plan.Slot.PROVIDER_COORDINATION) > 0) {
            events.add(Coordination.builder()
                    .id(id("koordinering"))
                    .date(ordered.plusDays(ch.between(2, 7)))
                    .participantIds(ids(citizen, caseworker, provider))
                    .counterpart(Actor.PROVIDER)
                    .counterpartParticipantId(provider)
                    .sharedGoals(ch.ok())
                    .topic(Texts.coordinationTopic(Actor.PROVIDER))
                    .build());
        }
        LocalDate methodDay = ordered.plusDays(ch.between(21, 35));
        List<Texts.Method> methods = ch.distinct(text.methods(), count(Plan.Slot.METHOD));
        for (Texts.Method method : methods) {
            events.add(MethodApplied.builder()
                    .id(id("metode"))
                    .date(methodDay)
                    .participantIds(ids(citizen, provider))
                    .method(method.name())
                    .evidenceBase(method.evidence())
                    .build());
            methodDay = methodDay.plusDays(ch.between(7, 21));
        }
        if (shape().phase() == Phase.FOLLOW_UP) {
            followUp(decision);
        }
    }

    private void followUp(Decision decision) {
        LocalDate due = decision.followUpDate().orElse(decision.date().plusMonths(3));
        List<String> instruments = ch.distinct(text.instruments(), count(Plan.Slot.PROGRESS));
        LifeArea area = areas.get(0);
        for (int i = 0; i < count(Plan.Slot.PROGRESS); i++) {
            FunctionLevel before = ch.pick(List.of(FunctionLevel.SEVERE, FunctionLevel.MODERATE));
            FunctionLevel after = ch.ok() ? FunctionLevel.values()[before.ordinal() - 1] : before;
            events.add(ProgressMeasurement.builder()
                    .id(id("maaling"))
                    .date(due.minusDays(ch.between(0, 10)))
                    .participantIds(ids(citizen, provider))
                    .instrument(instruments.get(i % instruments.size()))
                    .lifeArea(area)
                    .before(before)
                    .after(after)
                    .build());
        }
        LocalDate held = due.plusDays(ch.between(0, 7));
        FollowUp scheduled = (FollowUp)
                events.stream().filter(e -> e instanceof FollowUp).findFirst().orElseThrow();
        if (count(Plan.Slot.FOLLOW_UP) > 2) {
            // two follow-ups held: the first continues the help, the next is planned at it
            events.set(events.indexOf(scheduled), held(scheduled, due, held, FollowUpOutcome.CONTINUE));
            due = held.plusMonths(ch.between(3, 6));
            scheduled = FollowUp.builder()
                    .id(id("opfoelgning"))
                    .date(held)
                    .participantIds(ids(caseworker))
                    .plannedFor(due)
                    .build();
            events.add(scheduled);
            held = due.plusDays(ch.between(0, 7));
        }
        if (count(Plan.Slot.FOLLOW_UP_MEETING) > 0) {
            events.add(meeting(MeetingPurpose.FOLLOW_UP, held, provider));
        }
        // a follow-up that concludes a change is followed by a hearing and a new decision; without the
        // decision, it is still awaited (the as-of date stays within the four weeks it has)
        boolean changing = count(Plan.Slot.CHANGE_DECISION) > 0 || count(Plan.Slot.CHANGE_HEARING) > 0;
        FollowUpOutcome outcome = changing || !ch.chance(80) ? FollowUpOutcome.CHANGE : FollowUpOutcome.CONTINUE;
        events.set(events.indexOf(scheduled), held(scheduled, due, held, outcome));
        LocalDate next = held;
        Hearing hearing = count(Plan.Slot.CHANGE_HEARING) > 0 ? changeHearing(held) : null;
        if (count(Plan.Slot.CHANGE_DECISION) > 0) {
            Decision changed = changeDecision(decision, held, hearing);
            // the next follow-up is planned with the decision, or (less well) a few days after it
            next = ch.ok() ? changed.date() : changed.date().plusDays(ch.between(1, 7));
        }
        events.add(FollowUp.builder()
                .id(id("opfoelgning"))
                .date(next)
                .participantIds(ids(caseworker))
                .plannedFor(next.plusMonths(6))
                .build());
    }

    /** A scheduled follow-up, held with the citizen (and the provider) on a date, with an outcome. */
    private FollowUp held(FollowUp scheduled, LocalDate due, LocalDate held, FollowUpOutcome outcome) {
        return FollowUp.builder()
                .from(scheduled)
                .participantIds(ids(citizen, caseworker, provider))
                .plannedFor(due)
                .heldOn(held)
                .goalsReviewedWithCitizen(ch.ok())
                .providerStatusCollected(ch.ok())
                .outcome(outcome)
                .note(outcome == FollowUpOutcome.CHANGE ? Texts.CHANGE_FOLLOW_UP_NOTE : Texts.FOLLOW_UP_NOTE)
                .build();
    }

    /**
     * The hearing on a change of help after a follow-up held on a date. Answered, if at all, within two
     * weeks of the follow-up, so that, with no decision yet, the as-of date stays within its four weeks.
     */
    private Hearing changeHearing(LocalDate held) {
        LocalDate sent = held.plusDays(ch.between(1, 3));
        boolean answered = ch.chance(70);
        Hearing hearing = Hearing.builder()
                .id(id("partshoering"))
                .date(sent)
                .participantIds(ids(citizen, caseworker))
                .provision(appliedFor.get(0))
                .informationSent(Texts.CHANGE_HEARING_SENT)
                .responseDeadline(sent.plusDays(14))
                .respondedOn(Optional.ofNullable(answered ? sent.plusDays(ch.between(3, 10)) : null))
                .response(Optional.ofNullable(answered ? Texts.HEARING_RESPONSE : null))
                .build();
        events.add(hearing);
        return hearing;
    }

    /**
     * The new decision that changes the help after a follow-up held on a date: after the hearing's
     * deadline, or, without a hearing, resting on what the citizen said at the follow-up (a hearing
     * exemption). Adverse, so with full reasons and complaint guidance.
     */
    private Decision changeDecision(Decision first, LocalDate held, Hearing hearing) {
        LocalDate decided = hearing != null
                ? hearing.responseDeadline().plusDays(ch.between(1, 6))
                : held.plusDays(ch.between(3, 14));
        boolean explained = ch.ok();
        Decision changed = Decision.builder()
                .id(id("afgoerelse"))
                .date(decided)
                .participantIds(explained ? ids(citizen, caseworker) : ids(caseworker))
                .provision(first.provision())
                .outcome(DecisionOutcome.CHANGED)
                .reasonsCiteRules(true)
                .reasonsStateConsiderations(true)
                .reasonsStateFacts(true)
                .reasons(Texts.CHANGE_REASONS)
                .plainLanguage(ch.ok())
                .complaintGuidance(true)
                .explainedInPerson(explained)
                .hearingExemption(
                        Optional.ofNullable(hearing == null ? HearingExemption.INFORMATION_FROM_CITIZEN : null))
                .build();
        events.add(changed);
        return changed;
    }

    /**
     * Moves every follow-up still pending to after the as-of date, and sets each help-giving decision's
     * follow-up date to the follow-up scheduled with it.
     */
    private void postponePendingFollowUps(LocalDate asOf) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof FollowUp) {
                FollowUp f = (FollowUp) events.get(i);
                if (f.heldOn().isEmpty() && !f.plannedFor().isAfter(asOf)) {
                    LocalDate later = asOf.plusDays(ch.between(7, 30));
                    events.set(i, FollowUp.builder().from(f).plannedFor(later).build());
                }
            }
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Decision) {
                Decision d = (Decision) events.get(i);
                if (d.followUpDate().isEmpty() && d.outcome() != DecisionOutcome.REJECTED) {
                    LocalDate planned = events.stream()
                            .filter(e -> e instanceof FollowUp && e.date().equals(d.date()))
                            .map(e -> ((FollowUp) e).plannedFor())
                            .findFirst()
                            .orElse(null);
                    if (planned != null) {
                        events.set(
                                i,
                                Decision.builder().from(d).followUpDate(planned).build());
                    }
                }
            }
        }
    }

    /** Chooses the published deadline; adds a notice when the plan has one and the deadline is missed. */
    private Period deadline(LocalDate opened, Decision decision, LocalDate asOf) {
        LocalDate measured = decision != null ? decision.date() : asOf;
        long days = ChronoUnit.DAYS.between(opened, measured);
        if (count(Plan.Slot.DEADLINE_NOTICE) > 0 && (days - 1) / 7 >= 1) {
            int weeks = (int) ((days - 1) / 7);
            LocalDate due = opened.plusWeeks(weeks);
            LocalDate latestFact = asOf.minusDays(CaseUnderTest.AS_OF_MARGIN_DAYS);
            LocalDate noticed = due.minusDays(ch.between(3, 10));
            if (noticed.isBefore(opened)) {
                noticed = opened;
            }
            if (noticed.isAfter(latestFact)) {
                noticed = latestFact;
            }
            events.add(DeadlineNotice.builder()
                    .id(id("frist"))
                    .date(noticed)
                    .participantIds(ids(citizen, caseworker))
                    .expectedDecisionBy(decision != null ? measured : asOf.plusDays(ch.between(14, 42)))
                    .written(true)
                    .build());
            return Period.ofWeeks(weeks);
        }
        return Period.ofWeeks((int) ((days + 6) / 7) + ch.between(0, 3));
    }
}
