package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Fully populated values for tests: every attribute of every case-process type is set, and every
 * free-text attribute holds the text passed in (a sentinel in the redaction tests).
 */
final class Fixtures {

    static final LocalDate OPENED = day(3, 2);
    static final String CITIZEN = "borger-17";
    static final String CASEWORKER = "sb-1";
    static final String NEW_CASEWORKER = "sb-2";
    static final String INTERPRETER = "tolk-1";
    static final String NETWORK = "net-1";
    static final String PROVIDER = "udf-1";
    static final String DOCTOR = "laege-1";
    static final String PSYCHIATRY = "psyk-1";

    private Fixtures() {}

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    /** One of each kind of participant the full process needs; free text is {@code text}. */
    static List<Participant> participants(String text) {
        return List.of(
                Participant.builder()
                        .id(CITIZEN)
                        .role(Role.CITIZEN)
                        .underEighteen(false)
                        .chosenByCitizen(false)
                        .organisation(Actor.CITIZEN)
                        .description(text)
                        .build(),
                Participant.builder()
                        .id(CASEWORKER)
                        .role(Role.CASEWORKER)
                        .description(text)
                        .build(),
                Participant.builder()
                        .id(NEW_CASEWORKER)
                        .role(Role.CASEWORKER)
                        .description(text)
                        .build(),
                Participant.builder()
                        .id(INTERPRETER)
                        .role(Role.INTERPRETER)
                        .interpretation(InterpretationKind.SIGN)
                        .underEighteen(false)
                        .description(text)
                        .build(),
                Participant.builder()
                        .id(NETWORK)
                        .role(Role.NETWORK)
                        .chosenByCitizen(true)
                        .organisation(Actor.NETWORK)
                        .description(text)
                        .build(),
                Participant.builder()
                        .id(PROVIDER)
                        .role(Role.PROVIDER_STAFF)
                        .organisation(Actor.PROVIDER)
                        .description(text)
                        .build(),
                Participant.builder()
                        .id(DOCTOR)
                        .role(Role.OTHER_AUTHORITY)
                        .organisation(Actor.GENERAL_PRACTITIONER)
                        .description(text)
                        .build(),
                Participant.builder()
                        .id(PSYCHIATRY)
                        .role(Role.OTHER_AUTHORITY)
                        .organisation(Actor.REGIONAL_PSYCHIATRY)
                        .description(text)
                        .build());
    }

    static LifeAreaAssessment lifeArea(String text) {
        return LifeAreaAssessment.builder()
                .area(LifeArea.SELF_CARE)
                .functionLevel(FunctionLevel.MODERATE)
                .supportNeed(SupportNeed.MODERATE)
                .resources(text)
                .challenges(text)
                .build();
    }

    static Contact contact(String text) {
        return Contact.builder()
                .id("e01")
                .date(OPENED)
                .addParticipantIds(CITIZEN, CASEWORKER)
                .note(text)
                .contactKind(ContactKind.APPLICATION)
                .reason(text)
                .citizensOwnNeed(text)
                .build();
    }

    static Guidance guidance(String text) {
        return Guidance.builder()
                .id("e02")
                .date(OPENED)
                .addParticipantIds(CITIZEN, CASEWORKER)
                .note(text)
                .addTopics(GuidanceTopic.RIGHTS, GuidanceTopic.PROCESS_AND_TIMING, GuidanceTopic.COMPANION)
                .written(true)
                .build();
    }

    static Meeting meeting(String text) {
        return Meeting.builder()
                .id("e03")
                .date(day(3, 9))
                .addParticipantIds(CITIZEN, CASEWORKER, INTERPRETER, NETWORK)
                .note(text)
                .purpose(MeetingPurpose.EXPECTATIONS)
                .preparedWithCitizen(true)
                .agendaSentAhead(true)
                .addAdaptations(Adaptation.SIGN_LANGUAGE, Adaptation.EXTRA_TIME)
                .placeChosenByCitizen(true)
                .build();
    }

    static InformationGathering informationGathering(String text) {
        return InformationGathering.builder()
                .id("e04")
                .date(day(3, 12))
                .addParticipantIds(CASEWORKER, DOCTOR)
                .note(text)
                .source(Actor.GENERAL_PRACTITIONER)
                .sourceParticipantId(DOCTOR)
                .consentObtained(true)
                .citizenAskedToObtain(false)
                .purpose(text)
                .build();
    }

    static Investigation investigation(String text) {
        return Investigation.builder()
                .id("e05")
                .date(day(3, 20))
                .addParticipantIds(CITIZEN, CASEWORKER)
                .note(text)
                .addLifeAreas(
                        lifeArea(text),
                        LifeAreaAssessment.builder()
                                .area(LifeArea.MENTAL_FUNCTIONS)
                                .functionLevel(FunctionLevel.SEVERE)
                                .supportNeed(SupportNeed.HIGH)
                                .resources(text)
                                .challenges(text)
                                .build())
                .citizensWishes(text)
                .wishesInOwnWords(true)
                .resources(text)
                .networkMapped(true)
                .earlyOffersConsidered(true)
                .allOptionsConsidered(true)
                .reablementAssessment(ReablementAssessment.NOT_SUITABLE)
                .professionalJudgement(text)
                .build();
    }

    static Goal goal(String text) {
        return Goal.builder()
                .id("e06")
                .date(day(3, 25))
                .addParticipantIds(CITIZEN, CASEWORKER)
                .note(text)
                .goalType(GoalType.DEVELOP)
                .lifeArea(LifeArea.SELF_CARE)
                .text(text)
                .derivedFromWishes(true)
                .acceptedByCitizen(true)
                .measurable(true)
                .targetDate(day(9, 30))
                .build();
    }

    static Hearing hearing(String text) {
        return Hearing.builder()
                .id("e07")
                .date(day(3, 27))
                .addParticipantIds(CITIZEN, CASEWORKER)
                .note(text)
                .provision(LegalReferences.SEL_85)
                .informationSent(text)
                .responseDeadline(day(4, 10))
                .respondedOn(day(4, 3))
                .response(text)
                .build();
    }

    static DeadlineNotice deadlineNotice(String text) {
        return DeadlineNotice.builder()
                .id("e08")
                .date(day(4, 20))
                .addParticipantIds(CITIZEN, CASEWORKER)
                .note(text)
                .expectedDecisionBy(day(5, 4))
                .written(true)
                .build();
    }

    static Coordination coordination(String text) {
        return Coordination.builder()
                .id("e09")
                .date(day(4, 22))
                .addParticipantIds(CASEWORKER, PSYCHIATRY)
                .note(text)
                .counterpart(Actor.REGIONAL_PSYCHIATRY)
                .counterpartParticipantId(PSYCHIATRY)
                .sharedGoals(true)
                .topic(text)
                .build();
    }

    static ActionPlan actionPlan(String text) {
        return ActionPlan.builder()
                .id("e10")
                .date(day(4, 24))
                .addParticipantIds(CITIZEN, CASEWORKER)
                .note(text)
                .offered(true)
                .response(PlanResponse.ACCEPTED)
                .madeWithCitizen(true)
                .statesPurpose(true)
                .statesIntervention(true)
                .statesDuration(true)
                .holistic(true)
                .text(text)
                .build();
    }

    static Decision decision(String text) {
        return Decision.builder()
                .id("e11")
                .date(day(4, 28))
                .addParticipantIds(CITIZEN, CASEWORKER)
                .note(text)
                .provision(LegalReferences.SEL_85)
                .outcome(DecisionOutcome.PARTLY_GRANTED)
                .reasonsCiteRules(true)
                .reasonsStateConsiderations(true)
                .reasonsStateFacts(true)
                .reasons(text)
                .plainLanguage(true)
                .complaintGuidance(true)
                .explainedInPerson(true)
                .hearingExemption(HearingExemption.INFORMATION_FROM_CITIZEN)
                .followUpDate(day(10, 28))
                .build();
    }

    static ProviderOrder providerOrder(String text) {
        return ProviderOrder.builder()
                .id("e12")
                .date(day(5, 1))
                .addParticipantIds(CASEWORKER, PROVIDER)
                .note(text)
                .providerId(PROVIDER)
                .addGoalId("e06")
                .purposeStated(true)
                .build();
    }

    static Complaint complaint(String text) {
        return Complaint.builder()
                .id("e13")
                .date(day(5, 10))
                .addParticipantIds(CITIZEN, CASEWORKER)
                .note(text)
                .decisionId("e11")
                .reconsideredOn(day(5, 30))
                .reconsiderationOutcome(ReconsiderationOutcome.UPHELD)
                .forwardedOn(day(6, 2))
                .build();
    }

    static MethodApplied methodApplied(String text) {
        return MethodApplied.builder()
                .id("e14")
                .date(day(5, 15))
                .addParticipantIds(CITIZEN, PROVIDER)
                .note(text)
                .method("Recovery-mentor")
                .evidenceBase(EvidenceBase.PROMISING)
                .build();
    }

    static CaseworkerChange caseworkerChange(String text) {
        return CaseworkerChange.builder()
                .id("e15")
                .date(day(6, 1))
                .addParticipantIds(CITIZEN, CASEWORKER, NEW_CASEWORKER)
                .note(text)
                .fromCaseworkerId(CASEWORKER)
                .toCaseworkerId(NEW_CASEWORKER)
                .citizenInformed(true)
                .handoverWithCitizen(true)
                .build();
    }

    static FollowUp followUp(String text) {
        return FollowUp.builder()
                .id("e16")
                .date(day(10, 1))
                .addParticipantIds(CITIZEN, NEW_CASEWORKER, PROVIDER)
                .note(text)
                .plannedFor(day(10, 28))
                .heldOn(day(10, 28))
                .goalsReviewedWithCitizen(true)
                .providerStatusCollected(true)
                .outcome(FollowUpOutcome.CONTINUE)
                .build();
    }

    static ProgressMeasurement progressMeasurement(String text) {
        return ProgressMeasurement.builder()
                .id("e17")
                .date(day(10, 28))
                .addParticipantIds(CITIZEN, NEW_CASEWORKER)
                .note(text)
                .instrument("FFB funktionsniveau")
                .lifeArea(LifeArea.SELF_CARE)
                .before(FunctionLevel.MODERATE)
                .after(FunctionLevel.MILD)
                .build();
    }

    /** One fully populated event of every kind, in timeline order; free text is {@code text}. */
    static List<CaseEvent> events(String text) {
        return List.of(
                contact(text),
                guidance(text),
                meeting(text),
                informationGathering(text),
                investigation(text),
                goal(text),
                hearing(text),
                deadlineNotice(text),
                coordination(text),
                actionPlan(text),
                decision(text),
                providerOrder(text),
                complaint(text),
                methodApplied(text),
                caseworkerChange(text),
                followUp(text),
                progressMeasurement(text));
    }

    /** A whole, valid case process using every event kind; free text is {@code text}. */
    static CaseProcess.Builder process(String text) {
        return CaseProcess.builder()
                .caseId("sag-2026-0042")
                .citizenId(CITIZEN)
                .municipality("0751")
                .addTargetGroups(TargetGroup.MENTAL_HEALTH, TargetGroup.INTELLECTUAL_DISABILITY)
                .addAppliedFor(LegalReferences.SEL_85)
                .openedOn(OPENED)
                .status(CaseStatus.DECIDED)
                .processingDeadline(Period.ofWeeks(8))
                .addCommunicationNeeds(CommunicationNeed.SIGN_LANGUAGE_INTERPRETER, CommunicationNeed.EASY_READ)
                .addAllParticipants(participants(text))
                .addAllEvents(events(text));
    }

    /** The smallest valid process: the citizen, a caseworker and no events. */
    static CaseProcess.Builder minimalProcess() {
        return CaseProcess.builder()
                .caseId("sag-1")
                .citizenId(CITIZEN)
                .municipality("0751")
                .addTargetGroup(TargetGroup.PHYSICAL_DISABILITY)
                .openedOn(OPENED)
                .addParticipant(
                        Participant.builder().id(CITIZEN).role(Role.CITIZEN).build())
                .addParticipant(Participant.builder()
                        .id(CASEWORKER)
                        .role(Role.CASEWORKER)
                        .build());
    }
}
