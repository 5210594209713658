package io.github.inddragelse.json;

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
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.caseprocess.EvidenceBase;
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
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A small random generator of valid case processes for this module's own property tests: every
 * event kind, every optional field sometimes present, references that hold, and free text with
 * Danish letters, quotes, backslashes, control characters and characters outside the BMP. Not the
 * public generators of {@code model-testkit}.
 */
final class CaseProcessGenerator {

    private static final Pattern CPR_LIKE = Pattern.compile(".*\\d{6}-?\\d{4}.*");
    private static final String ID_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ID_REST = ID_FIRST + "._:-";
    private static final String[] TEXT_PIECES = {
        "Borgeren",
        "ønsker",
        "at",
        "bo",
        "i",
        "egen",
        "lejlighed",
        "æøå",
        "ÆØÅ",
        "\"citat\"",
        "\\",
        "/",
        "\n",
        "\t",
        "\u0001",
        "😀",
        "§ 85",
        "<b>",
        "&amp;",
        "'",
        " ",
        "  ",
        "é",
        "ü",
        "中文",
        "\u2028",
        "null",
        "true",
        "{",
        "}"
    };

    private final Random random;

    private CaseProcessGenerator(Random random) {
        this.random = random;
    }

    /** Case processes as a jqwik arbitrary. */
    static Arbitrary<CaseProcess> caseProcesses() {
        return Arbitraries.randomValue(random -> new CaseProcessGenerator(random).caseProcess());
    }

    /** One case process from a seed, for plain tests. */
    static CaseProcess generate(long seed) {
        return new CaseProcessGenerator(new Random(seed)).caseProcess();
    }

    private boolean chance() {
        return random.nextBoolean();
    }

    /** Sets a flag to a random value, or leaves its default. */
    private void flag(Consumer<Boolean> setter) {
        if (chance()) {
            setter.accept(chance());
        }
    }

    /** Sets some free text, or leaves it absent. */
    private void sometimes(Consumer<String> setter) {
        if (chance()) {
            setter.accept(text());
        }
    }

    /** Sets one of the values, or leaves the default. */
    private <E> void sometimes(Consumer<E> setter, E[] values) {
        if (chance()) {
            setter.accept(pick(values));
        }
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    private <E> E pick(List<E> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <E extends Enum<E>> Set<E> subset(Class<E> type, boolean nonEmpty) {
        Set<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (random.nextInt(3) == 0) {
                set.add(e);
            }
        }
        if (nonEmpty && set.isEmpty()) {
            set.add(pick(type.getEnumConstants()));
        }
        return set;
    }

    private String id() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            sb.append(ID_FIRST.charAt(random.nextInt(ID_FIRST.length())));
            int length = random.nextInt(random.nextInt(10) == 0 ? 64 : 12);
            for (int i = 0; i < length; i++) {
                sb.append(ID_REST.charAt(random.nextInt(ID_REST.length())));
            }
            String id = sb.toString();
            if (!CPR_LIKE.matcher(id).matches()) {
                return id;
            }
        }
    }

    private String text() {
        StringBuilder sb = new StringBuilder("x");
        int pieces = random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            sb.append(pick(TEXT_PIECES));
        }
        return sb.toString();
    }

    private String shortText() {
        String text = text();
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    private LocalDate after(LocalDate date) {
        return date.plusDays(random.nextInt(random.nextInt(10) == 0 ? 5000 : 200));
    }

    CaseProcess caseProcess() {
        LocalDate opened = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
        List<Participant> participants = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String citizen = uniqueId(ids);
        participants.add(participant(citizen, Role.CITIZEN));
        List<String> caseworkers = List.of(uniqueId(ids), uniqueId(ids));
        caseworkers.forEach(c -> participants.add(participant(c, Role.CASEWORKER)));
        String provider = uniqueId(ids);
        participants.add(participant(provider, Role.PROVIDER_STAFF));
        int others = random.nextInt(5);
        List<Role> roles = new ArrayList<>(EnumSet.complementOf(EnumSet.of(Role.CITIZEN)));
        for (int i = 0; i < others; i++) {
            participants.add(participant(uniqueId(ids), pick(roles)));
        }
        List<String> participantIds = List.copyOf(ids);

        List<LegalReference> applied = new ArrayList<>();
        int references = random.nextInt(4);
        for (int i = 0; i < references; i++) {
            applied.add(pick(LegalReferences.all()));
        }

        CaseProcess.Builder builder = CaseProcess.builder()
                .caseId(id())
                .citizenId(citizen)
                .municipality(chance() ? String.format("%04d", random.nextInt(1000)) : shortText())
                .targetGroups(subset(TargetGroup.class, true))
                .appliedFor(applied)
                .openedOn(opened)
                .participants(participants)
                .communicationNeeds(subset(CommunicationNeed.class, false));
        if (chance()) {
            builder.status(pick(CaseStatus.values()));
        }
        if (chance()) {
            builder.processingDeadline(
                    chance()
                            ? Period.ofWeeks(1 + random.nextInt(20))
                            : Period.of(random.nextInt(3), random.nextInt(12), 1 + random.nextInt(40)));
        }
        if (random.nextInt(4) == 0) {
            builder.currentPhase(pick(Phase.values()));
        }
        flag(builder::citizenReachedPensionAge);

        List<CaseEvent> events = new ArrayList<>();
        List<String> goals = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        Set<String> eventIds = new LinkedHashSet<>();
        int count = random.nextInt(random.nextInt(8) == 0 ? 60 : 20);
        for (int i = 0; i < count; i++) {
            EventKind kind = pick(EventKind.values());
            String id = uniqueId(eventIds);
            LocalDate date = after(opened);
            CaseEvent event = event(kind, id, date, participantIds, applied, caseworkers, provider, goals, decisions);
            events.add(event);
            if (event instanceof Goal) {
                goals.add(id);
            }
            if (event instanceof Decision decision) {
                decisions.add(decision);
            }
        }
        return builder.events(events)
                .notRecorded(notRecorded(participants, events))
                .build();
    }

    /**
     * Some of the facts that no participant or event records as true, as a source system that does not
     * record them would deliver the case; none in about half the cases.
     */
    private Set<RecordedFact> notRecorded(List<Participant> participants, List<CaseEvent> events) {
        Set<RecordedFact> facts = chance() ? subset(RecordedFact.class, false) : EnumSet.noneOf(RecordedFact.class);
        facts.removeIf(f ->
                participants.stream().anyMatch(f::isTrueOn) || events.stream().anyMatch(f::isTrueOn));
        return facts;
    }

    private String uniqueId(Set<String> taken) {
        String id;
        do {
            id = id();
        } while (!taken.add(id));
        return id;
    }

    private Participant participant(String id, Role role) {
        Participant.Builder b = Participant.builder().id(id).role(role);
        if (role == Role.INTERPRETER) {
            b.interpretation(pick(InterpretationKind.values()));
        }
        flag(b::underEighteen);
        flag(b::chosenByCitizen);
        sometimes(b::organisation, Actor.values());
        sometimes(b::description);
        return b.build();
    }

    private List<String> someOf(List<String> ids) {
        List<String> some = new ArrayList<>();
        for (String id : ids) {
            if (random.nextInt(3) == 0) {
                some.add(id);
            }
        }
        return some;
    }

    private CaseEvent event(
            EventKind kind,
            String id,
            LocalDate date,
            List<String> participants,
            List<LegalReference> applied,
            List<String> caseworkers,
            String provider,
            List<String> goals,
            List<Decision> decisions) {
        List<String> who = someOf(participants);
        Phase phase = random.nextInt(4) == 0 ? pick(Phase.values()) : kind.usualPhase();
        Optional<String> note = chance() ? Optional.of(text()) : Optional.empty();
        // Every kind copies the shared fields from one template event.
        CaseEvent common = Investigation.builder()
                .id(id)
                .date(date)
                .participantIds(who)
                .phase(phase)
                .note(note)
                .build();
        switch (kind) {
            case CONTACT: {
                Contact.Builder b = Contact.builder().from(common).contactKind(pick(ContactKind.values()));
                sometimes(b::reason);
                sometimes(b::citizensOwnNeed);
                return b.build();
            }
            case MEETING: {
                Meeting.Builder b = Meeting.builder()
                        .from(common)
                        .purpose(pick(MeetingPurpose.values()))
                        .adaptations(subset(Adaptation.class, false));
                flag(b::preparedWithCitizen);
                flag(b::agendaSentAhead);
                flag(b::placeChosenByCitizen);
                // a meeting the citizen declined does not list the citizen (the first participant)
                if (!who.contains(participants.get(0))) {
                    flag(b::citizenDeclined);
                }
                return b.build();
            }
            case INFORMATION_GATHERING: {
                InformationGathering.Builder b =
                        InformationGathering.builder().from(common).source(pick(Actor.values()));
                if (chance()) b.sourceParticipantId(pick(participants));
                flag(b::consentObtained);
                flag(b::citizenAskedToObtain);
                sometimes(b::purpose);
                return b.build();
            }
            case INVESTIGATION: {
                Investigation.Builder b = Investigation.builder().from(common);
                for (LifeArea area : subset(LifeArea.class, false)) {
                    LifeAreaAssessment.Builder a =
                            LifeAreaAssessment.builder().area(area).functionLevel(pick(FunctionLevel.values()));
                    sometimes(a::supportNeed, SupportNeed.values());
                    sometimes(a::resources);
                    sometimes(a::challenges);
                    b.addLifeAreas(a.build());
                }
                boolean wishes = chance();
                if (wishes) {
                    b.citizensWishes(text());
                    b.wishesInOwnWords(chance());
                }
                sometimes(b::resources);
                flag(b::networkMapped);
                flag(b::earlyOffersConsidered);
                flag(b::allOptionsConsidered);
                sometimes(b::professionalJudgement);
                sometimes(b::reablementAssessment, ReablementAssessment.values());
                return b.build();
            }
            case GOAL: {
                Goal.Builder b = Goal.builder().from(common).goalType(pick(GoalType.values()));
                sometimes(b::lifeArea, LifeArea.values());
                sometimes(b::text);
                flag(b::derivedFromWishes);
                flag(b::acceptedByCitizen);
                flag(b::measurable);
                if (chance()) b.targetDate(after(date));
                return b.build();
            }
            case HEARING: {
                Hearing.Builder b = Hearing.builder().from(common).responseDeadline(after(date));
                if (chance()) b.provision(applied.isEmpty() ? pick(LegalReferences.all()) : pick(applied));
                sometimes(b::informationSent);
                if (chance()) b.respondedOn(after(date));
                sometimes(b::response);
                return b.build();
            }
            case DECISION: {
                Decision.Builder b = Decision.builder()
                        .from(common)
                        .provision(applied.isEmpty() ? pick(LegalReferences.all()) : pick(applied));
                DecisionOutcome outcome = pick(DecisionOutcome.values());
                b.outcome(outcome);
                // changed and stopped may state either; the others may only state what the outcome says
                if (outcome == DecisionOutcome.CHANGED || outcome == DecisionOutcome.STOPPED) {
                    flag(b::fullyGrantsRequest);
                } else if (chance()) {
                    b.fullyGrantsRequest(outcome == DecisionOutcome.GRANTED);
                }
                flag(b::discretionary);
                flag(b::reasonsCiteRules);
                flag(b::reasonsStateConsiderations);
                flag(b::reasonsStateFacts);
                sometimes(b::reasons);
                flag(b::plainLanguage);
                flag(b::complaintGuidance);
                flag(b::explainedInPerson);
                sometimes(b::hearingExemption, HearingExemption.values());
                if (chance()) b.followUpDate(after(date));
                return b.build();
            }
            case DEADLINE_NOTICE: {
                DeadlineNotice.Builder b = DeadlineNotice.builder().from(common).expectedDecisionBy(after(date));
                flag(b::written);
                return b.build();
            }
            case ACTION_PLAN: {
                boolean offered = random.nextInt(4) != 0;
                ActionPlan.Builder b = ActionPlan.builder()
                        .from(common)
                        .offered(offered)
                        .response(offered ? pick(PlanResponse.values()) : PlanResponse.PENDING);
                flag(b::madeWithCitizen);
                flag(b::statesPurpose);
                flag(b::statesIntervention);
                flag(b::statesDuration);
                flag(b::holistic);
                sometimes(b::text);
                return b.build();
            }
            case PROVIDER_ORDER: {
                ProviderOrder.Builder b = ProviderOrder.builder()
                        .from(common)
                        .providerId(provider)
                        .goalIds(someOf(goals));
                flag(b::purposeStated);
                return b.build();
            }
            case COORDINATION: {
                Coordination.Builder b = Coordination.builder().from(common).counterpart(pick(Actor.values()));
                if (chance()) b.counterpartParticipantId(pick(participants));
                flag(b::sharedGoals);
                sometimes(b::topic);
                return b.build();
            }
            case METHOD_APPLIED: {
                MethodApplied.Builder b = MethodApplied.builder()
                        .from(common)
                        .method(shortText())
                        .evidenceBase(pick(EvidenceBase.values()));
                return b.build();
            }
            case PROGRESS_MEASUREMENT: {
                ProgressMeasurement.Builder b = ProgressMeasurement.builder()
                        .from(common)
                        .instrument(shortText())
                        .before(pick(FunctionLevel.values()))
                        .after(pick(FunctionLevel.values()));
                sometimes(b::lifeArea, LifeArea.values());
                return b.build();
            }
            case FOLLOW_UP: {
                FollowUp.Builder b = FollowUp.builder().from(common).plannedFor(after(date));
                if (chance()) {
                    b.heldOn(after(date));
                    flag(b::goalsReviewedWithCitizen);
                    sometimes(b::outcome, FollowUpOutcome.values());
                }
                flag(b::providerStatusCollected);
                return b.build();
            }
            case COMPLAINT: {
                if (decisions.isEmpty()) {
                    return event(
                            EventKind.GUIDANCE,
                            id,
                            date,
                            participants,
                            applied,
                            caseworkers,
                            provider,
                            goals,
                            decisions);
                }
                Decision decision = pick(decisions);
                LocalDate received = after(decision.date());
                Complaint.Builder b = Complaint.builder().from(common).decisionId(decision.id());
                Optional<ReconsiderationOutcome> outcome = Optional.empty();
                LocalDate reconsidered = received;
                if (chance()) {
                    reconsidered = after(received);
                    b.reconsideredOn(reconsidered);
                    outcome = Optional.ofNullable(chance() ? pick(ReconsiderationOutcome.values()) : null);
                    b.reconsiderationOutcome(outcome);
                }
                // a decision changed as the complaint asked is not sent on, and a complaint is sent on no
                // earlier than it was reconsidered (Complaint invariants)
                if (outcome.map(ReconsiderationOutcome::mustBeSentOn).orElse(true) && chance()) {
                    b.forwardedOn(after(reconsidered));
                }
                return b.date(received).build();
            }
            case CASEWORKER_CHANGE: {
                boolean forward = chance();
                CaseworkerChange.Builder b = CaseworkerChange.builder()
                        .from(common)
                        .fromCaseworkerId(caseworkers.get(forward ? 0 : 1))
                        .toCaseworkerId(caseworkers.get(forward ? 1 : 0));
                flag(b::citizenInformed);
                flag(b::handoverWithCitizen);
                return b.build();
            }
            case GUIDANCE: {
                Guidance.Builder b = Guidance.builder().from(common).topics(subset(GuidanceTopic.class, true));
                flag(b::written);
                return b.build();
            }
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }
}
