package io.github.inddragelse.benchmarks;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.Adaptation;
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
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic case processes for the benchmarks: the same seed and index always give
 * the same case. Each case follows the VUM 2.0 order: contact and guidance, an expectations meeting,
 * information gathering, an investigation meeting and the investigation, goals, an action plan, a
 * hearing, the decision, and (when help is granted) the order to the provider and repeated rounds of
 * follow-up, meetings, progress measurements and coordination; a follow-up concluding change or end
 * leads to a hearing and a new decision, and a rejected or ended case starts a new application. The
 * records are mostly good but not perfect: hearings, reasons, complaint guidance, action plans and
 * follow-ups are sometimes missing or late, so every legal-duty rule meets every outcome.
 *
 * <pre>{@code
 * CaseGenerator cases = new CaseGenerator(CaseGenerator.SEED);
 * CaseProcess typical = cases.typical(0);          // about 40 events
 * CaseProcess big = cases.withEvents(10_000, 0);  // exactly 10,000 events
 * LocalDate asOf = CaseGenerator.asOf(big);
 * }</pre>
 */
public final class CaseGenerator {

    /** The seed every benchmark uses. */
    public static final long SEED = 20_261_122L;

    /** The number of events in a typical case. */
    public static final int TYPICAL_EVENTS = 40;

    private static final String CITIZEN = "borger-1";
    private static final String CASEWORKER = "sb-1";
    private static final String NEW_CASEWORKER = "sb-2";
    private static final String NETWORK = "net-1";
    private static final String COMPANION = "bis-1";
    private static final String PROVIDER = "udf-1";
    private static final String DOCTOR = "laege-1";
    private static final String PSYCHIATRY = "psyk-1";
    private static final String INTERPRETER = "tolk-1";

    private static final String[] NOTES = {
        "Borgeren deltog aktivt og fortalte selv om sin hverdag.",
        "Aftalt at sende referat til borgeren i letlæst form.",
        "Borgerens søster deltog efter borgerens ønske.",
        "Mødet blev holdt i borgerens hjem, som borgeren ønskede.",
        "Borgeren var træt og ønskede et kortere møde.",
        "Udføreren oplyser, at samarbejdet går godt.",
        "Borgeren ønsker mere hjælp til indkøb og madlavning.",
        "Der er aftalt ny kontakt om to uger."
    };

    private static final String[] WISHES = {
        "Jeg vil gerne kunne klare mine indkøb selv og komme ud blandt andre mennesker.",
        "Jeg drømmer om at få et arbejde igen og se mine venner oftere.",
        "Jeg vil bo i min egen lejlighed og have styr på min økonomi."
    };

    private final long seed;

    /**
     * A generator with a seed.
     *
     * @param seed the seed; {@link #SEED} in the benchmarks
     */
    public CaseGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * A typical case of {@value #TYPICAL_EVENTS} events.
     *
     * @param index which case; different indexes give different cases
     * @return the case
     */
    public CaseProcess typical(int index) {
        return withEvents(TYPICAL_EVENTS, index);
    }

    /**
     * A case of the size a municipality's caseload has: mostly 20 to 60 events, a few very short.
     *
     * @param index which case
     * @return the case
     */
    public CaseProcess ofMixedSize(int index) {
        SplittableRandom r = random(index ^ 0x5bd1e995);
        int events = r.nextInt(10) == 0 ? 3 + r.nextInt(12) : 20 + r.nextInt(41);
        return withEvents(events, index);
    }

    /**
     * A case with exactly a number of events.
     *
     * @param events the number of events, at least 1
     * @param index which case
     * @return the case
     */
    public CaseProcess withEvents(int events, int index) {
        if (events < 1) {
            throw new IllegalArgumentException("events must be at least 1");
        }
        return new Build(random(index), events, index).run();
    }

    /**
     * The date to assess a generated case as of: 30 days after its last event, so that some planned
     * follow-ups have fallen due and others not.
     *
     * @param process the case
     * @return the as-of date
     */
    public static LocalDate asOf(CaseProcess process) {
        LocalDate last = process.openedOn();
        for (CaseEvent e : process.events()) {
            if (e.date().isAfter(last)) {
                last = e.date();
            }
        }
        return last.plusDays(30);
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** One case being built: a date cursor, the events so far and the limit. */
    private static final class Build {
        private final SplittableRandom r;
        private final int limit;
        private final int index;
        private final List<CaseEvent> events = new ArrayList<>();
        private final LocalDate openedOn;
        private final Period deadline;
        private final LegalReference provision;
        private final LegalReference other;
        private final boolean interpreter;
        private LocalDate day;
        private String caseworker = CASEWORKER;
        private Decision lastDecision;

        Build(SplittableRandom r, int limit, int index) {
            this.r = r;
            this.limit = limit;
            this.index = index;
            this.openedOn = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
            this.deadline = r.nextInt(10) == 0 ? null : Period.ofWeeks(6 + 2 * r.nextInt(3));
            LegalReference[] provisions = {
                LegalReferences.SEL_85, LegalReferences.SEL_83_83A, LegalReferences.SEL_97, LegalReferences.SEL_107_108
            };
            int first = r.nextInt(provisions.length);
            this.provision = provisions[first];
            this.other = r.nextInt(4) == 0
                    ? provisions[(first + 1 + r.nextInt(provisions.length - 1)) % provisions.length]
                    : null;
            this.interpreter = r.nextInt(7) == 0;
            this.day = openedOn;
        }

        CaseProcess run() {
            boolean granted = false;
            while (!full()) {
                if (!granted) {
                    granted = application(events.isEmpty());
                } else {
                    granted = followUpRound();
                }
            }
            CaseProcess.Builder b = CaseProcess.builder()
                    .caseId("sag-" + index)
                    .citizenId(CITIZEN)
                    .municipality(r.nextBoolean() ? "Aarhus" : "Hedensted")
                    .addTargetGroups(TargetGroup.values()[r.nextInt(TargetGroup.values().length)])
                    .addAppliedFor(provision)
                    .openedOn(openedOn)
                    .participants(participants())
                    .events(events);
            if (other != null) {
                b.addAppliedFor(other);
            }
            if (deadline != null) {
                b.processingDeadline(deadline);
            }
            if (interpreter) {
                b.addCommunicationNeeds(CommunicationNeed.LANGUAGE_INTERPRETER);
            } else if (r.nextInt(5) == 0) {
                b.addCommunicationNeeds(CommunicationNeed.EASY_READ);
            }
            return b.build();
        }

        private List<Participant> participants() {
            List<Participant> p = new ArrayList<>();
            p.add(Participant.builder()
                    .id(CITIZEN)
                    .role(Role.CITIZEN)
                    .organisation(Actor.CITIZEN)
                    .build());
            p.add(Participant.builder().id(CASEWORKER).role(Role.CASEWORKER).build());
            p.add(Participant.builder().id(NEW_CASEWORKER).role(Role.CASEWORKER).build());
            p.add(Participant.builder()
                    .id(NETWORK)
                    .role(Role.NETWORK)
                    .chosenByCitizen(true)
                    .organisation(Actor.NETWORK)
                    .description("Borgerens søster")
                    .build());
            p.add(Participant.builder()
                    .id(COMPANION)
                    .role(Role.COMPANION)
                    .chosenByCitizen(true)
                    .build());
            p.add(Participant.builder()
                    .id(PROVIDER)
                    .role(Role.PROVIDER_STAFF)
                    .organisation(Actor.PROVIDER)
                    .build());
            p.add(Participant.builder()
                    .id(DOCTOR)
                    .role(Role.OTHER_AUTHORITY)
                    .organisation(Actor.GENERAL_PRACTITIONER)
                    .build());
            p.add(Participant.builder()
                    .id(PSYCHIATRY)
                    .role(Role.OTHER_AUTHORITY)
                    .organisation(Actor.REGIONAL_PSYCHIATRY)
                    .build());
            if (interpreter) {
                p.add(Participant.builder()
                        .id(INTERPRETER)
                        .role(Role.INTERPRETER)
                        .interpretation(InterpretationKind.LANGUAGE)
                        .build());
            }
            return p;
        }

        // ------------------------------------------------------------ rounds

        /** Opening to decision; returns whether help was granted. */
        private boolean application(boolean first) {
            add(contact(first));
            add(guidance());
            add(meeting(MeetingPurpose.EXPECTATIONS, true));
            int sources = 1 + r.nextInt(2);
            for (int i = 0; i < sources; i++) {
                add(informationGathering());
            }
            add(meeting(MeetingPurpose.INVESTIGATION, r.nextInt(10) != 0));
            if (r.nextInt(12) != 0) {
                add(investigation());
            }
            if (r.nextInt(5) < 3) {
                add(coordination());
            }
            int goals = 1 + r.nextInt(3);
            List<String> goalIds = new ArrayList<>();
            for (int i = 0; i < goals; i++) {
                Goal g = goal();
                if (add(g)) {
                    goalIds.add(g.id());
                }
            }
            if (r.nextInt(7) != 0) {
                add(actionPlan());
            }
            LocalDate due = deadline == null ? null : openedOn.plus(deadline);
            if (first && due != null && day.isAfter(due.minusDays(20)) && r.nextInt(3) != 0) {
                add(deadlineNotice());
            }
            DecisionOutcome outcome = pick(
                    DecisionOutcome.GRANTED,
                    DecisionOutcome.GRANTED,
                    DecisionOutcome.PARTLY_GRANTED,
                    DecisionOutcome.REJECTED);
            decide(outcome);
            if (full()) {
                return true;
            }
            if (outcome == DecisionOutcome.REJECTED) {
                if (r.nextInt(5) < 2) {
                    add(complaint());
                }
                return false;
            }
            add(providerOrder(goalIds));
            add(methodApplied());
            return true;
        }

        /** One round of follow-up; returns whether help continues. */
        private boolean followUpRound() {
            if (r.nextInt(4) == 0) {
                add(meeting(MeetingPurpose.FOLLOW_UP, r.nextInt(8) != 0));
            }
            if (r.nextInt(3) == 0) {
                add(progressMeasurement());
            }
            if (r.nextInt(4) == 0) {
                add(coordination());
            }
            if (r.nextInt(50) == 0) {
                add(caseworkerChange());
            }
            if (r.nextInt(40) == 0) {
                add(guidance());
            }
            FollowUp f = followUp();
            if (!add(f) || f.outcome().isEmpty()) {
                return true;
            }
            FollowUpOutcome outcome = f.outcome().get();
            if (outcome == FollowUpOutcome.CONTINUE || r.nextInt(10) == 0) {
                return true; // sometimes no new decision follows a change or end
            }
            day = f.heldOn().get().plusDays(1 + r.nextInt(10));
            decide(outcome == FollowUpOutcome.END ? DecisionOutcome.STOPPED : DecisionOutcome.CHANGED);
            return outcome != FollowUpOutcome.END;
        }

        private void decide(DecisionOutcome outcome) {
            LegalReference about = other != null && r.nextInt(3) == 0 ? other : provision;
            boolean adverse = !outcome.grantsInFull();
            LocalDate earliest = day;
            if (adverse && r.nextInt(8) != 0) {
                Hearing h = hearing(about);
                if (add(h)) {
                    LocalDate ready =
                            h.respondedOn().orElse(h.responseDeadline().plusDays(1));
                    earliest = r.nextInt(10) == 0 ? h.date().plusDays(1) : ready;
                }
            }
            if (earliest.isAfter(day)) {
                day = earliest;
            }
            Decision d = decision(outcome, about);
            if (add(d)) {
                lastDecision = d;
            }
        }

        // ------------------------------------------------------------ events

        private Contact contact(boolean first) {
            return Contact.builder()
                    .id(nextId())
                    .date(first ? openedOn : step(1, 5))
                    .addParticipantIds(CITIZEN, caseworker)
                    .contactKind(first && r.nextInt(4) == 0 ? ContactKind.NOTIFICATION : ContactKind.APPLICATION)
                    .reason("Ansøgning om socialpædagogisk støtte i hverdagen.")
                    .citizensOwnNeed("Jeg har brug for hjælp til at få struktur på min dag.")
                    .note(note())
                    .build();
        }

        private Guidance guidance() {
            Guidance.Builder b = Guidance.builder()
                    .id(nextId())
                    .date(step(0, 2))
                    .addParticipantIds(CITIZEN, caseworker)
                    .addTopics(GuidanceTopic.RIGHTS, GuidanceTopic.PROCESS_AND_TIMING)
                    .written(r.nextInt(4) != 0);
            if (r.nextInt(10) < 7) {
                b.addTopics(GuidanceTopic.COMPANION);
            }
            return b.build();
        }

        private Meeting meeting(MeetingPurpose purpose, boolean withCitizen) {
            Meeting.Builder b = Meeting.builder()
                    .id(nextId())
                    .date(step(2, 9))
                    .addParticipantIds(caseworker)
                    .purpose(purpose)
                    .preparedWithCitizen(r.nextInt(3) != 0)
                    .agendaSentAhead(r.nextInt(3) != 0)
                    .placeChosenByCitizen(r.nextBoolean())
                    .note(note());
            if (withCitizen) {
                b.addParticipantIds(CITIZEN);
                if (r.nextInt(3) == 0) {
                    b.addParticipantIds(COMPANION);
                }
                if (r.nextInt(3) == 0) {
                    b.addParticipantIds(NETWORK);
                }
                if (interpreter && r.nextInt(6) != 0) {
                    b.addParticipantIds(INTERPRETER);
                }
            }
            if (r.nextInt(4) == 0) {
                b.addAdaptations(Adaptation.PLAIN_LANGUAGE, Adaptation.EXTRA_TIME);
            }
            return b.build();
        }

        private InformationGathering informationGathering() {
            boolean doctor = r.nextBoolean();
            return InformationGathering.builder()
                    .id(nextId())
                    .date(step(1, 6))
                    .addParticipantIds(caseworker)
                    .source(doctor ? Actor.GENERAL_PRACTITIONER : Actor.REGIONAL_PSYCHIATRY)
                    .sourceParticipantId(doctor ? DOCTOR : PSYCHIATRY)
                    .consentObtained(r.nextInt(10) != 0)
                    .citizenAskedToObtain(r.nextInt(10) == 0)
                    .purpose("Oplysninger om helbred og funktionsevne.")
                    .build();
        }

        private Investigation investigation() {
            Investigation.Builder b = Investigation.builder()
                    .id(nextId())
                    .date(step(3, 10))
                    .addParticipantIds(CITIZEN, caseworker)
                    .networkMapped(r.nextInt(3) != 0)
                    .earlyOffersConsidered(r.nextBoolean())
                    .allOptionsConsidered(r.nextInt(4) != 0)
                    .resources("Borgeren er god til at lave mad og har en støttende søster.")
                    .professionalJudgement("Borgeren har brug for støtte til struktur og sociale relationer.")
                    .note(note());
            if (r.nextInt(6) != 0) {
                b.citizensWishes(WISHES[r.nextInt(WISHES.length)]).wishesInOwnWords(r.nextInt(4) != 0);
            }
            int areas = r.nextInt(15) == 0 ? 0 : 3 + r.nextInt(4);
            EnumSet<LifeArea> used = EnumSet.noneOf(LifeArea.class);
            LifeArea[] all = LifeArea.values();
            boolean notAssessed = r.nextInt(15) == 0;
            for (int i = 0; i < areas; i++) {
                LifeArea area = all[r.nextInt(all.length)];
                if (!used.add(area)) {
                    continue;
                }
                FunctionLevel level = notAssessed
                        ? FunctionLevel.NOT_ASSESSED
                        : pick(
                                FunctionLevel.MILD,
                                FunctionLevel.MODERATE,
                                FunctionLevel.MODERATE,
                                FunctionLevel.SEVERE,
                                FunctionLevel.NONE,
                                FunctionLevel.NOT_ASSESSED);
                b.addLifeAreas(LifeAreaAssessment.builder()
                        .area(area)
                        .functionLevel(level)
                        .supportNeed(pick(SupportNeed.MILD, SupportNeed.MODERATE, SupportNeed.HIGH))
                        .resources("Klarer selv dele af opgaven.")
                        .challenges("Har svært ved at komme i gang.")
                        .build());
            }
            return b.build();
        }

        private Coordination coordination() {
            boolean authority = r.nextInt(3) != 0;
            Coordination.Builder b = Coordination.builder()
                    .id(nextId())
                    .date(step(1, 7))
                    .addParticipantIds(caseworker)
                    .counterpart(authority ? Actor.REGIONAL_PSYCHIATRY : Actor.PROVIDER)
                    .sharedGoals(r.nextBoolean())
                    .topic("Fælles mål for indsatsen.");
            if (authority) {
                b.counterpartParticipantId(PSYCHIATRY).addParticipantIds(PSYCHIATRY);
            } else {
                b.counterpartParticipantId(PROVIDER).addParticipantIds(PROVIDER);
            }
            return b.build();
        }

        private Goal goal() {
            LocalDate date = step(0, 3);
            return Goal.builder()
                    .id(nextId())
                    .date(date)
                    .addParticipantIds(CITIZEN, caseworker)
                    .goalType(pick(GoalType.DEVELOP, GoalType.DEVELOP, GoalType.MAINTAIN, GoalType.LIMIT_LOSS))
                    .lifeArea(LifeArea.values()[r.nextInt(LifeArea.values().length)])
                    .text("Borgeren handler selv ind to gange om ugen.")
                    .derivedFromWishes(r.nextInt(4) != 0)
                    .acceptedByCitizen(r.nextInt(5) != 0)
                    .measurable(r.nextInt(3) != 0)
                    .targetDate(date.plusMonths(6))
                    .build();
        }

        private ActionPlan actionPlan() {
            boolean offered = r.nextInt(8) != 0;
            return ActionPlan.builder()
                    .id(nextId())
                    .date(step(1, 5))
                    .addParticipantIds(CITIZEN, caseworker)
                    .offered(offered)
                    .response(
                            offered
                                    ? pick(
                                            PlanResponse.ACCEPTED,
                                            PlanResponse.ACCEPTED,
                                            PlanResponse.DECLINED,
                                            PlanResponse.PENDING)
                                    : PlanResponse.PENDING)
                    .madeWithCitizen(r.nextInt(4) != 0)
                    .statesPurpose(true)
                    .statesIntervention(r.nextInt(5) != 0)
                    .statesDuration(r.nextBoolean())
                    .holistic(r.nextBoolean())
                    .text("Handleplan med formål, indsats og forventet varighed.")
                    .build();
        }

        private DeadlineNotice deadlineNotice() {
            LocalDate date = step(0, 2);
            return DeadlineNotice.builder()
                    .id(nextId())
                    .date(date)
                    .addParticipantIds(caseworker)
                    .expectedDecisionBy(date.plusDays(10 + r.nextInt(40)))
                    .written(r.nextInt(6) != 0)
                    .build();
        }

        /** A hearing mostly about the decision's provision, sometimes naming none or the other one. */
        private Hearing hearing(LegalReference about) {
            LocalDate date = step(1, 6);
            LocalDate deadlineDay = date.plusDays(14);
            Hearing.Builder b = Hearing.builder()
                    .id(nextId())
                    .date(date)
                    .addParticipantIds(CITIZEN, caseworker)
                    .informationSent("Udkast til afgørelse og de oplysninger, den bygger på.")
                    .responseDeadline(deadlineDay);
            int kind = r.nextInt(20);
            if (kind < 12) {
                b.provision(about);
            } else if (kind >= 17) {
                b.provision(other == null || other == about ? provision : other);
            }
            if (r.nextInt(10) < 7) {
                b.respondedOn(date.plusDays(2 + r.nextInt(10))).response("Borgeren er uenig i vurderingen.");
            }
            return b.build();
        }

        private Decision decision(DecisionOutcome outcome, LegalReference about) {
            boolean adverse = !outcome.grantsInFull();
            LocalDate date = step(0, 4);
            boolean full = !adverse || r.nextInt(5) != 0;
            Decision.Builder b = Decision.builder()
                    .id(nextId())
                    .date(date)
                    .addParticipantIds(caseworker)
                    .provision(about)
                    .outcome(outcome)
                    .reasonsCiteRules(full || r.nextBoolean())
                    .reasonsStateConsiderations(full || r.nextBoolean())
                    .reasonsStateFacts(full || r.nextBoolean())
                    .plainLanguage(r.nextInt(3) != 0)
                    .complaintGuidance(!adverse || r.nextInt(8) != 0)
                    .explainedInPerson(r.nextBoolean());
            if (r.nextInt(12) != 0) {
                b.reasons("Afgørelsen bygger på udredningen og borgerens egne ønsker.");
            }
            if (adverse && r.nextInt(25) == 0) {
                b.hearingExemption(HearingExemption.INFORMATION_FROM_CITIZEN);
            }
            if (outcome != DecisionOutcome.REJECTED && outcome != DecisionOutcome.STOPPED) {
                b.followUpDate(date.plusDays(60 + r.nextInt(60)));
            }
            return b.build();
        }

        private Complaint complaint() {
            LocalDate date = step(3, 20);
            Complaint.Builder b = Complaint.builder()
                    .id(nextId())
                    .date(date)
                    .addParticipantIds(CITIZEN)
                    .decisionId(lastDecision.id());
            if (r.nextInt(10) < 7) {
                b.reconsideredOn(date.plusDays(5 + r.nextInt(30)))
                        .reconsiderationOutcome(
                                ReconsiderationOutcome.values()[r.nextInt(ReconsiderationOutcome.values().length)]);
            }
            return b.build();
        }

        private ProviderOrder providerOrder(List<String> goalIds) {
            return ProviderOrder.builder()
                    .id(nextId())
                    .date(step(1, 7))
                    .addParticipantIds(caseworker, PROVIDER)
                    .providerId(PROVIDER)
                    .goalIds(goalIds)
                    .purposeStated(r.nextInt(5) != 0)
                    .build();
        }

        private MethodApplied methodApplied() {
            return MethodApplied.builder()
                    .id(nextId())
                    .date(step(3, 14))
                    .addParticipantIds(PROVIDER)
                    .method("Recovery-orienteret socialpædagogisk støtte")
                    .evidenceBase(pick(EvidenceBase.DOCUMENTED, EvidenceBase.PROMISING, EvidenceBase.PRACTICE_BASED))
                    .build();
        }

        private ProgressMeasurement progressMeasurement() {
            return ProgressMeasurement.builder()
                    .id(nextId())
                    .date(step(1, 6))
                    .addParticipantIds(CITIZEN, PROVIDER)
                    .instrument("Recovery Star")
                    .lifeArea(LifeArea.SELF_CARE)
                    .before(FunctionLevel.MODERATE)
                    .after(pick(FunctionLevel.MILD, FunctionLevel.MODERATE, FunctionLevel.SEVERE))
                    .build();
        }

        private CaseworkerChange caseworkerChange() {
            String from = caseworker;
            caseworker = from.equals(CASEWORKER) ? NEW_CASEWORKER : CASEWORKER;
            return CaseworkerChange.builder()
                    .id(nextId())
                    .date(step(1, 5))
                    .addParticipantIds(from, caseworker)
                    .fromCaseworkerId(from)
                    .toCaseworkerId(caseworker)
                    .citizenInformed(r.nextInt(4) != 0)
                    .handoverWithCitizen(r.nextBoolean())
                    .build();
        }

        private FollowUp followUp() {
            LocalDate date = step(1, 5);
            LocalDate planned = date.plusDays(r.nextInt(10));
            FollowUp.Builder b = FollowUp.builder()
                    .id(nextId())
                    .date(date)
                    .addParticipantIds(caseworker)
                    .plannedFor(planned);
            if (r.nextInt(8) != 0) {
                LocalDate held = planned.plusDays(r.nextInt(4));
                b.heldOn(held)
                        .addParticipantIds(CITIZEN)
                        .goalsReviewedWithCitizen(r.nextInt(4) != 0)
                        .providerStatusCollected(r.nextBoolean())
                        .outcome(pick(
                                FollowUpOutcome.CONTINUE,
                                FollowUpOutcome.CONTINUE,
                                FollowUpOutcome.CONTINUE,
                                FollowUpOutcome.CONTINUE,
                                FollowUpOutcome.CONTINUE,
                                FollowUpOutcome.CONTINUE,
                                FollowUpOutcome.CHANGE,
                                FollowUpOutcome.CHANGE,
                                FollowUpOutcome.END));
                day = held.isAfter(day) ? held : day;
            }
            return b.note(note()).build();
        }

        // ------------------------------------------------------------ helpers

        private boolean full() {
            return events.size() >= limit;
        }

        /** Adds an event unless the case is full; returns whether it was added. */
        private boolean add(CaseEvent event) {
            if (full()) {
                return false;
            }
            events.add(event);
            return true;
        }

        private String nextId() {
            return "h" + (events.size() + 1);
        }

        private LocalDate step(int min, int max) {
            day = day.plusDays(min + r.nextInt(max - min + 1));
            return day;
        }

        private Optional<String> note() {
            return r.nextBoolean() ? Optional.of(NOTES[r.nextInt(NOTES.length)]) : Optional.empty();
        }

        @SafeVarargs
        private <T> T pick(T... options) {
            return options[r.nextInt(options.length)];
        }
    }
}
