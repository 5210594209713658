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
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small hand-made case processes for example tests: one event of every kind, fully filled in. */
final class Fixtures {

    static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    private Fixtures() {}

    static LocalDate day(int n) {
        return OPENED.plusDays(n);
    }

    /** The participants every fixture has. */
    static List<Participant> participants() {
        return List.of(
                Participant.builder().id("borger-1").role(Role.CITIZEN).build(),
                Participant.builder().id("sb-1").role(Role.CASEWORKER).build(),
                Participant.builder().id("sb-2").role(Role.CASEWORKER).build(),
                Participant.builder()
                        .id("tolk-1")
                        .role(Role.INTERPRETER)
                        .interpretation(InterpretationKind.SIGN)
                        .build(),
                Participant.builder()
                        .id("bo-1")
                        .role(Role.PROVIDER_STAFF)
                        .organisation(Actor.PROVIDER)
                        .description("Bostøtte, team nord")
                        .build(),
                Participant.builder()
                        .id("soster-1")
                        .role(Role.RELATIVE)
                        .chosenByCitizen(true)
                        .underEighteen(false)
                        .build());
    }

    /** One fully filled-in event of every kind, each referring only to the fixture participants. */
    static Map<EventKind, CaseEvent> oneOfEachKind() {
        Map<EventKind, CaseEvent> events = new EnumMap<>(EventKind.class);
        events.put(
                EventKind.CONTACT,
                Contact.builder()
                        .id("e-contact")
                        .date(day(0))
                        .contactKind(ContactKind.APPLICATION)
                        .addParticipantIds("borger-1", "sb-1")
                        .reason("Ansøgning om støtte i eget hjem")
                        .citizensOwnNeed("Jeg vil gerne klare mine indkøb selv igen")
                        .note("Ringede selv \"kl. 9\" – glad for hurtigt svar")
                        .build());
        events.put(
                EventKind.MEETING,
                Meeting.builder()
                        .id("e-meeting")
                        .date(day(3))
                        .purpose(MeetingPurpose.EXPECTATIONS)
                        .preparedWithCitizen(true)
                        .agendaSentAhead(true)
                        .addAdaptations(Adaptation.SIGN_LANGUAGE, Adaptation.EXTRA_TIME, Adaptation.PLAIN_LANGUAGE)
                        .placeChosenByCitizen(true)
                        .addParticipantIds("borger-1", "sb-1", "tolk-1")
                        .build());
        events.put(
                EventKind.INFORMATION_GATHERING,
                InformationGathering.builder()
                        .id("e-info")
                        .date(day(5))
                        .source(Actor.GENERAL_PRACTITIONER)
                        .sourceParticipantId("soster-1")
                        .consentObtained(true)
                        .citizenAskedToObtain(false)
                        .purpose("Oplysninger om helbred")
                        .build());
        events.put(
                EventKind.INVESTIGATION,
                Investigation.builder()
                        .id("e-investigation")
                        .date(day(10))
                        .addLifeAreas(LifeAreaAssessment.builder()
                                .area(LifeArea.PRACTICAL_TASKS)
                                .functionLevel(FunctionLevel.MODERATE)
                                .supportNeed(SupportNeed.MODERATE)
                                .resources("Kan lave mad med støtte")
                                .challenges("Overblik over indkøb")
                                .build())
                        .addLifeAreas(LifeAreaAssessment.builder()
                                .area(LifeArea.MOBILITY)
                                .functionLevel(FunctionLevel.NOT_ASSESSED)
                                .build())
                        .citizensWishes("At bo i egen lejlighed og have et arbejde")
                        .wishesInOwnWords(true)
                        .resources("Stærkt netværk")
                        .networkMapped(true)
                        .earlyOffersConsidered(true)
                        .allOptionsConsidered(true)
                        .reablementAssessment(ReablementAssessment.NOT_SUITABLE)
                        .professionalJudgement("Behov for socialpædagogisk støtte")
                        .addParticipantIds("borger-1", "sb-1")
                        .build());
        events.put(
                EventKind.GOAL,
                Goal.builder()
                        .id("e-goal")
                        .date(day(12))
                        .goalType(GoalType.DEVELOP)
                        .lifeArea(LifeArea.PRACTICAL_TASKS)
                        .text("Handler selv ind en gang om ugen")
                        .derivedFromWishes(true)
                        .acceptedByCitizen(true)
                        .measurable(true)
                        .targetDate(day(120))
                        .build());
        events.put(
                EventKind.HEARING,
                Hearing.builder()
                        .id("e-hearing")
                        .date(day(14))
                        .provision(LegalReferences.SEL_85)
                        .informationSent("Udtalelse fra egen læge")
                        .responseDeadline(day(28))
                        .respondedOn(day(20))
                        .response("Borgeren er enig")
                        .build());
        events.put(
                EventKind.DECISION,
                Decision.builder()
                        .id("e-decision")
                        .date(day(30))
                        .provision(LegalReferences.SEL_85)
                        .outcome(DecisionOutcome.PARTLY_GRANTED)
                        .reasonsCiteRules(true)
                        .reasonsStateConsiderations(true)
                        .reasonsStateFacts(true)
                        .reasons("Bevilget 3 timer ugentligt")
                        .plainLanguage(true)
                        .complaintGuidance(true)
                        .explainedInPerson(true)
                        .hearingExemption(HearingExemption.INFORMATION_FROM_CITIZEN)
                        .followUpDate(day(120))
                        .phase(Phase.DECISION)
                        .build());
        events.put(
                EventKind.DEADLINE_NOTICE,
                DeadlineNotice.builder()
                        .id("e-deadline")
                        .date(day(25))
                        .expectedDecisionBy(day(30))
                        .written(false)
                        .build());
        events.put(
                EventKind.ACTION_PLAN,
                ActionPlan.builder()
                        .id("e-plan")
                        .date(day(31))
                        .offered(true)
                        .response(PlanResponse.ACCEPTED)
                        .madeWithCitizen(true)
                        .statesPurpose(true)
                        .statesIntervention(true)
                        .statesDuration(true)
                        .holistic(true)
                        .text("Handleplan efter § 141")
                        .build());
        events.put(
                EventKind.PROVIDER_ORDER,
                ProviderOrder.builder()
                        .id("e-order")
                        .date(day(32))
                        .providerId("bo-1")
                        .addGoalIds("e-goal")
                        .purposeStated(true)
                        .build());
        events.put(
                EventKind.COORDINATION,
                Coordination.builder()
                        .id("e-coordination")
                        .date(day(33))
                        .counterpart(Actor.JOBCENTRE)
                        .counterpartParticipantId("sb-2")
                        .sharedGoals(true)
                        .topic("Fælles plan med jobcentret")
                        .build());
        events.put(
                EventKind.METHOD_APPLIED,
                MethodApplied.builder()
                        .id("e-method")
                        .date(day(40))
                        .method("Recovery-orienteret bostøtte")
                        .evidenceBase(EvidenceBase.PROMISING)
                        .build());
        events.put(
                EventKind.PROGRESS_MEASUREMENT,
                ProgressMeasurement.builder()
                        .id("e-progress")
                        .date(day(100))
                        .instrument("Recovery Star")
                        .lifeArea(LifeArea.PRACTICAL_TASKS)
                        .before(FunctionLevel.MODERATE)
                        .after(FunctionLevel.MILD)
                        .build());
        events.put(
                EventKind.FOLLOW_UP,
                FollowUp.builder()
                        .id("e-followup")
                        .date(day(30))
                        .plannedFor(day(120))
                        .heldOn(day(121))
                        .goalsReviewedWithCitizen(true)
                        .providerStatusCollected(true)
                        .outcome(FollowUpOutcome.CONTINUE)
                        .build());
        events.put(
                EventKind.COMPLAINT,
                Complaint.builder()
                        .id("e-complaint")
                        .date(day(40))
                        .decisionId("e-decision")
                        .reconsideredOn(day(60))
                        .reconsiderationOutcome(ReconsiderationOutcome.UPHELD)
                        .forwardedOn(day(61))
                        .build());
        events.put(
                EventKind.CASEWORKER_CHANGE,
                CaseworkerChange.builder()
                        .id("e-change")
                        .date(day(70))
                        .fromCaseworkerId("sb-1")
                        .toCaseworkerId("sb-2")
                        .citizenInformed(true)
                        .handoverWithCitizen(true)
                        .build());
        events.put(
                EventKind.GUIDANCE,
                Guidance.builder()
                        .id("e-guidance")
                        .date(day(1))
                        .addTopics(GuidanceTopic.COMPLAINT, GuidanceTopic.RIGHTS, GuidanceTopic.COMPANION)
                        .written(true)
                        .build());
        return events;
    }

    /** A case process with the fixture participants and the given events. */
    static CaseProcess caseWith(List<CaseEvent> events) {
        return CaseProcess.builder()
                .caseId("sag-2026-0042")
                .citizenId("borger-1")
                .municipality("0751")
                .addTargetGroups(TargetGroup.MENTAL_HEALTH, TargetGroup.PHYSICAL_DISABILITY)
                .addAppliedFor(LegalReferences.SEL_85)
                .openedOn(OPENED)
                .status(CaseStatus.DECIDED)
                .processingDeadline(Period.ofWeeks(8))
                .addCommunicationNeeds(CommunicationNeed.SIGN_LANGUAGE_INTERPRETER, CommunicationNeed.EASY_READ)
                .participants(participants())
                .events(events)
                .build();
    }

    /** A case process with one event of every kind. */
    static CaseProcess everyKind() {
        return caseWith(List.copyOf(oneOfEachKind().values()));
    }
}
