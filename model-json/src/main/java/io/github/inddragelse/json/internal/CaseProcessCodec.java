package io.github.inddragelse.json.internal;

import static io.github.inddragelse.json.internal.Types.BOOLEAN;
import static io.github.inddragelse.json.internal.Types.DATE_TYPE;
import static io.github.inddragelse.json.internal.Types.LEGAL_REFERENCE;
import static io.github.inddragelse.json.internal.Types.PERIOD_TYPE;
import static io.github.inddragelse.json.internal.Types.STRING;
import static io.github.inddragelse.json.internal.Types.code;

import io.github.inddragelse.json.JsonOptions;
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
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The case-process format, version {@value #SCHEMA_VERSION}: one table per type, in the order the
 * properties are written. Property names are the model's accessor names.
 */
public final class CaseProcessCodec {

    /** The schema version every case-process document carries. */
    public static final String SCHEMA_VERSION = "1.0";

    /** A participant. */
    public static final ObjectCodec<Participant, Participant.Builder> PARTICIPANT = ObjectCodec.table(
                    "a participant", Participant::builder, Participant.Builder::build)
            .required("id", STRING, Participant::id, Participant.Builder::id)
            .required("role", code(Role.class), Participant::role, Participant.Builder::role)
            .optional(
                    "interpretation",
                    code(InterpretationKind.class),
                    Participant::interpretation,
                    Participant.Builder::interpretation)
            .defaulted("underEighteen", BOOLEAN, Participant::underEighteen, Participant.Builder::underEighteen)
            .defaulted("chosenByCitizen", BOOLEAN, Participant::chosenByCitizen, Participant.Builder::chosenByCitizen)
            .optional("organisation", code(Actor.class), Participant::organisation, Participant.Builder::organisation)
            .optional("description", STRING, Participant::description, Participant.Builder::description)
            .build();

    /** The assessment of one life area inside an investigation. */
    public static final ObjectCodec<LifeAreaAssessment, LifeAreaAssessment.Builder> LIFE_AREA_ASSESSMENT =
            ObjectCodec.table("a life-area assessment", LifeAreaAssessment::builder, LifeAreaAssessment.Builder::build)
                    .required("area", code(LifeArea.class), LifeAreaAssessment::area, LifeAreaAssessment.Builder::area)
                    .required(
                            "functionLevel",
                            code(FunctionLevel.class),
                            LifeAreaAssessment::functionLevel,
                            LifeAreaAssessment.Builder::functionLevel)
                    .defaulted(
                            "supportNeed",
                            code(SupportNeed.class),
                            LifeAreaAssessment::supportNeed,
                            LifeAreaAssessment.Builder::supportNeed)
                    .optional("resources", STRING, LifeAreaAssessment::resources, LifeAreaAssessment.Builder::resources)
                    .optional(
                            "challenges",
                            STRING,
                            LifeAreaAssessment::challenges,
                            LifeAreaAssessment.Builder::challenges)
                    .build();

    private static final Map<EventKind, ObjectCodec<? extends CaseEvent, ?>> EVENTS = new EnumMap<>(EventKind.class);

    static {
        EVENTS.put(
                EventKind.CONTACT,
                event(
                                EventKind.CONTACT,
                                Contact::builder,
                                Contact.Builder::build,
                                Contact.Builder::id,
                                Contact.Builder::date,
                                Contact.Builder::phase,
                                Contact.Builder::participantIds,
                                Contact.Builder::note)
                        .required(
                                "contactKind",
                                code(ContactKind.class),
                                Contact::contactKind,
                                Contact.Builder::contactKind)
                        .optional("reason", STRING, Contact::reason, Contact.Builder::reason)
                        .optional("citizensOwnNeed", STRING, Contact::citizensOwnNeed, Contact.Builder::citizensOwnNeed)
                        .build());
        EVENTS.put(
                EventKind.MEETING,
                event(
                                EventKind.MEETING,
                                Meeting::builder,
                                Meeting.Builder::build,
                                Meeting.Builder::id,
                                Meeting.Builder::date,
                                Meeting.Builder::phase,
                                Meeting.Builder::participantIds,
                                Meeting.Builder::note)
                        .required("purpose", code(MeetingPurpose.class), Meeting::purpose, Meeting.Builder::purpose)
                        .defaulted(
                                "preparedWithCitizen",
                                BOOLEAN,
                                Meeting::preparedWithCitizen,
                                Meeting.Builder::preparedWithCitizen)
                        .defaulted(
                                "agendaSentAhead", BOOLEAN, Meeting::agendaSentAhead, Meeting.Builder::agendaSentAhead)
                        .codes(
                                "adaptations",
                                Adaptation.class,
                                Meeting::adaptations,
                                Meeting.Builder::adaptations,
                                false)
                        .defaulted(
                                "placeChosenByCitizen",
                                BOOLEAN,
                                Meeting::placeChosenByCitizen,
                                Meeting.Builder::placeChosenByCitizen)
                        .defaulted(
                                "citizenDeclined", BOOLEAN, Meeting::citizenDeclined, Meeting.Builder::citizenDeclined)
                        .build());
        EVENTS.put(
                EventKind.INFORMATION_GATHERING,
                event(
                                EventKind.INFORMATION_GATHERING,
                                InformationGathering::builder,
                                InformationGathering.Builder::build,
                                InformationGathering.Builder::id,
                                InformationGathering.Builder::date,
                                InformationGathering.Builder::phase,
                                InformationGathering.Builder::participantIds,
                                InformationGathering.Builder::note)
                        .required(
                                "source",
                                code(Actor.class),
                                InformationGathering::source,
                                InformationGathering.Builder::source)
                        .optional(
                                "sourceParticipantId",
                                STRING,
                                InformationGathering::sourceParticipantId,
                                InformationGathering.Builder::sourceParticipantId)
                        .defaulted(
                                "consentObtained",
                                BOOLEAN,
                                InformationGathering::consentObtained,
                                InformationGathering.Builder::consentObtained)
                        .defaulted(
                                "citizenAskedToObtain",
                                BOOLEAN,
                                InformationGathering::citizenAskedToObtain,
                                InformationGathering.Builder::citizenAskedToObtain)
                        .optional(
                                "purpose", STRING, InformationGathering::purpose, InformationGathering.Builder::purpose)
                        .build());
        EVENTS.put(
                EventKind.INVESTIGATION,
                event(
                                EventKind.INVESTIGATION,
                                Investigation::builder,
                                Investigation.Builder::build,
                                Investigation.Builder::id,
                                Investigation.Builder::date,
                                Investigation.Builder::phase,
                                Investigation.Builder::participantIds,
                                Investigation.Builder::note)
                        .list(
                                "lifeAreas",
                                LIFE_AREA_ASSESSMENT,
                                Investigation::lifeAreas,
                                Investigation.Builder::lifeAreas)
                        .optional(
                                "citizensWishes",
                                STRING,
                                Investigation::citizensWishes,
                                Investigation.Builder::citizensWishes)
                        .defaulted(
                                "wishesInOwnWords",
                                BOOLEAN,
                                Investigation::wishesInOwnWords,
                                Investigation.Builder::wishesInOwnWords)
                        .optional("resources", STRING, Investigation::resources, Investigation.Builder::resources)
                        .defaulted(
                                "networkMapped",
                                BOOLEAN,
                                Investigation::networkMapped,
                                Investigation.Builder::networkMapped)
                        .defaulted(
                                "earlyOffersConsidered",
                                BOOLEAN,
                                Investigation::earlyOffersConsidered,
                                Investigation.Builder::earlyOffersConsidered)
                        .defaulted(
                                "allOptionsConsidered",
                                BOOLEAN,
                                Investigation::allOptionsConsidered,
                                Investigation.Builder::allOptionsConsidered)
                        .optional(
                                "reablementAssessment",
                                code(ReablementAssessment.class),
                                Investigation::reablementAssessment,
                                Investigation.Builder::reablementAssessment)
                        .optional(
                                "professionalJudgement",
                                STRING,
                                Investigation::professionalJudgement,
                                Investigation.Builder::professionalJudgement)
                        .dependency("wishesInOwnWords", "citizensWishes")
                        .build());
        EVENTS.put(
                EventKind.GOAL,
                event(
                                EventKind.GOAL,
                                Goal::builder,
                                Goal.Builder::build,
                                Goal.Builder::id,
                                Goal.Builder::date,
                                Goal.Builder::phase,
                                Goal.Builder::participantIds,
                                Goal.Builder::note)
                        .required("goalType", code(GoalType.class), Goal::goalType, Goal.Builder::goalType)
                        .optional("lifeArea", code(LifeArea.class), Goal::lifeArea, Goal.Builder::lifeArea)
                        .optional("text", STRING, Goal::text, Goal.Builder::text)
                        .defaulted(
                                "derivedFromWishes", BOOLEAN, Goal::derivedFromWishes, Goal.Builder::derivedFromWishes)
                        .defaulted(
                                "acceptedByCitizen", BOOLEAN, Goal::acceptedByCitizen, Goal.Builder::acceptedByCitizen)
                        .defaulted("measurable", BOOLEAN, Goal::measurable, Goal.Builder::measurable)
                        .optional("targetDate", DATE_TYPE, Goal::targetDate, Goal.Builder::targetDate)
                        .build());
        EVENTS.put(
                EventKind.HEARING,
                event(
                                EventKind.HEARING,
                                Hearing::builder,
                                Hearing.Builder::build,
                                Hearing.Builder::id,
                                Hearing.Builder::date,
                                Hearing.Builder::phase,
                                Hearing.Builder::participantIds,
                                Hearing.Builder::note)
                        .optional("provision", LEGAL_REFERENCE, Hearing::provision, Hearing.Builder::provision)
                        .optional("informationSent", STRING, Hearing::informationSent, Hearing.Builder::informationSent)
                        .required(
                                "responseDeadline",
                                DATE_TYPE,
                                Hearing::responseDeadline,
                                Hearing.Builder::responseDeadline)
                        .optional("respondedOn", DATE_TYPE, Hearing::respondedOn, Hearing.Builder::respondedOn)
                        .optional("response", STRING, Hearing::response, Hearing.Builder::response)
                        .build());
        EVENTS.put(
                EventKind.DECISION,
                event(
                                EventKind.DECISION,
                                Decision::builder,
                                Decision.Builder::build,
                                Decision.Builder::id,
                                Decision.Builder::date,
                                Decision.Builder::phase,
                                Decision.Builder::participantIds,
                                Decision.Builder::note)
                        .required("provision", LEGAL_REFERENCE, Decision::provision, Decision.Builder::provision)
                        .required("outcome", code(DecisionOutcome.class), Decision::outcome, Decision.Builder::outcome)
                        .defaulted(
                                "fullyGrantsRequest",
                                BOOLEAN,
                                Decision::fullyGrantsRequest,
                                Decision.Builder::fullyGrantsRequest)
                        .defaulted("discretionary", BOOLEAN, Decision::discretionary, Decision.Builder::discretionary)
                        .defaulted(
                                "reasonsCiteRules",
                                BOOLEAN,
                                Decision::reasonsCiteRules,
                                Decision.Builder::reasonsCiteRules)
                        .defaulted(
                                "reasonsStateConsiderations",
                                BOOLEAN,
                                Decision::reasonsStateConsiderations,
                                Decision.Builder::reasonsStateConsiderations)
                        .defaulted(
                                "reasonsStateFacts",
                                BOOLEAN,
                                Decision::reasonsStateFacts,
                                Decision.Builder::reasonsStateFacts)
                        .optional("reasons", STRING, Decision::reasons, Decision.Builder::reasons)
                        .defaulted("plainLanguage", BOOLEAN, Decision::plainLanguage, Decision.Builder::plainLanguage)
                        .defaulted(
                                "complaintGuidance",
                                BOOLEAN,
                                Decision::complaintGuidance,
                                Decision.Builder::complaintGuidance)
                        .defaulted(
                                "explainedInPerson",
                                BOOLEAN,
                                Decision::explainedInPerson,
                                Decision.Builder::explainedInPerson)
                        .optional(
                                "hearingExemption",
                                code(HearingExemption.class),
                                Decision::hearingExemption,
                                Decision.Builder::hearingExemption)
                        .optional("followUpDate", DATE_TYPE, Decision::followUpDate, Decision.Builder::followUpDate)
                        .build());
        EVENTS.put(
                EventKind.DEADLINE_NOTICE,
                event(
                                EventKind.DEADLINE_NOTICE,
                                DeadlineNotice::builder,
                                DeadlineNotice.Builder::build,
                                DeadlineNotice.Builder::id,
                                DeadlineNotice.Builder::date,
                                DeadlineNotice.Builder::phase,
                                DeadlineNotice.Builder::participantIds,
                                DeadlineNotice.Builder::note)
                        .required(
                                "expectedDecisionBy",
                                DATE_TYPE,
                                DeadlineNotice::expectedDecisionBy,
                                DeadlineNotice.Builder::expectedDecisionBy)
                        .defaulted("written", BOOLEAN, DeadlineNotice::written, DeadlineNotice.Builder::written)
                        .build());
        EVENTS.put(
                EventKind.ACTION_PLAN,
                event(
                                EventKind.ACTION_PLAN,
                                ActionPlan::builder,
                                ActionPlan.Builder::build,
                                ActionPlan.Builder::id,
                                ActionPlan.Builder::date,
                                ActionPlan.Builder::phase,
                                ActionPlan.Builder::participantIds,
                                ActionPlan.Builder::note)
                        .defaulted("offered", BOOLEAN, ActionPlan::offered, ActionPlan.Builder::offered)
                        .required(
                                "response",
                                code(PlanResponse.class),
                                ActionPlan::response,
                                ActionPlan.Builder::response)
                        .defaulted(
                                "madeWithCitizen",
                                BOOLEAN,
                                ActionPlan::madeWithCitizen,
                                ActionPlan.Builder::madeWithCitizen)
                        .defaulted(
                                "statesPurpose", BOOLEAN, ActionPlan::statesPurpose, ActionPlan.Builder::statesPurpose)
                        .defaulted(
                                "statesIntervention",
                                BOOLEAN,
                                ActionPlan::statesIntervention,
                                ActionPlan.Builder::statesIntervention)
                        .defaulted(
                                "statesDuration",
                                BOOLEAN,
                                ActionPlan::statesDuration,
                                ActionPlan.Builder::statesDuration)
                        .defaulted("holistic", BOOLEAN, ActionPlan::holistic, ActionPlan.Builder::holistic)
                        .optional("text", STRING, ActionPlan::text, ActionPlan.Builder::text)
                        .dependency("response", "offered")
                        .build());
        EVENTS.put(
                EventKind.PROVIDER_ORDER,
                event(
                                EventKind.PROVIDER_ORDER,
                                ProviderOrder::builder,
                                ProviderOrder.Builder::build,
                                ProviderOrder.Builder::id,
                                ProviderOrder.Builder::date,
                                ProviderOrder.Builder::phase,
                                ProviderOrder.Builder::participantIds,
                                ProviderOrder.Builder::note)
                        .required("providerId", STRING, ProviderOrder::providerId, ProviderOrder.Builder::providerId)
                        .list("goalIds", STRING, ProviderOrder::goalIds, ProviderOrder.Builder::goalIds)
                        .defaulted(
                                "purposeStated",
                                BOOLEAN,
                                ProviderOrder::purposeStated,
                                ProviderOrder.Builder::purposeStated)
                        .build());
        EVENTS.put(
                EventKind.COORDINATION,
                event(
                                EventKind.COORDINATION,
                                Coordination::builder,
                                Coordination.Builder::build,
                                Coordination.Builder::id,
                                Coordination.Builder::date,
                                Coordination.Builder::phase,
                                Coordination.Builder::participantIds,
                                Coordination.Builder::note)
                        .required(
                                "counterpart",
                                code(Actor.class),
                                Coordination::counterpart,
                                Coordination.Builder::counterpart)
                        .optional(
                                "counterpartParticipantId",
                                STRING,
                                Coordination::counterpartParticipantId,
                                Coordination.Builder::counterpartParticipantId)
                        .defaulted("sharedGoals", BOOLEAN, Coordination::sharedGoals, Coordination.Builder::sharedGoals)
                        .optional("topic", STRING, Coordination::topic, Coordination.Builder::topic)
                        .build());
        EVENTS.put(
                EventKind.METHOD_APPLIED,
                event(
                                EventKind.METHOD_APPLIED,
                                MethodApplied::builder,
                                MethodApplied.Builder::build,
                                MethodApplied.Builder::id,
                                MethodApplied.Builder::date,
                                MethodApplied.Builder::phase,
                                MethodApplied.Builder::participantIds,
                                MethodApplied.Builder::note)
                        .required("method", STRING, MethodApplied::method, MethodApplied.Builder::method)
                        .required(
                                "evidenceBase",
                                code(EvidenceBase.class),
                                MethodApplied::evidenceBase,
                                MethodApplied.Builder::evidenceBase)
                        .build());
        EVENTS.put(
                EventKind.PROGRESS_MEASUREMENT,
                event(
                                EventKind.PROGRESS_MEASUREMENT,
                                ProgressMeasurement::builder,
                                ProgressMeasurement.Builder::build,
                                ProgressMeasurement.Builder::id,
                                ProgressMeasurement.Builder::date,
                                ProgressMeasurement.Builder::phase,
                                ProgressMeasurement.Builder::participantIds,
                                ProgressMeasurement.Builder::note)
                        .required(
                                "instrument",
                                STRING,
                                ProgressMeasurement::instrument,
                                ProgressMeasurement.Builder::instrument)
                        .optional(
                                "lifeArea",
                                code(LifeArea.class),
                                ProgressMeasurement::lifeArea,
                                ProgressMeasurement.Builder::lifeArea)
                        .required(
                                "before",
                                code(FunctionLevel.class),
                                ProgressMeasurement::before,
                                ProgressMeasurement.Builder::before)
                        .required(
                                "after",
                                code(FunctionLevel.class),
                                ProgressMeasurement::after,
                                ProgressMeasurement.Builder::after)
                        .build());
        EVENTS.put(
                EventKind.FOLLOW_UP,
                event(
                                EventKind.FOLLOW_UP,
                                FollowUp::builder,
                                FollowUp.Builder::build,
                                FollowUp.Builder::id,
                                FollowUp.Builder::date,
                                FollowUp.Builder::phase,
                                FollowUp.Builder::participantIds,
                                FollowUp.Builder::note)
                        .required("plannedFor", DATE_TYPE, FollowUp::plannedFor, FollowUp.Builder::plannedFor)
                        .optional("heldOn", DATE_TYPE, FollowUp::heldOn, FollowUp.Builder::heldOn)
                        .defaulted(
                                "goalsReviewedWithCitizen",
                                BOOLEAN,
                                FollowUp::goalsReviewedWithCitizen,
                                FollowUp.Builder::goalsReviewedWithCitizen)
                        .defaulted(
                                "providerStatusCollected",
                                BOOLEAN,
                                FollowUp::providerStatusCollected,
                                FollowUp.Builder::providerStatusCollected)
                        .optional("outcome", code(FollowUpOutcome.class), FollowUp::outcome, FollowUp.Builder::outcome)
                        .dependency("goalsReviewedWithCitizen", "heldOn")
                        .build());
        EVENTS.put(
                EventKind.COMPLAINT,
                event(
                                EventKind.COMPLAINT,
                                Complaint::builder,
                                Complaint.Builder::build,
                                Complaint.Builder::id,
                                Complaint.Builder::date,
                                Complaint.Builder::phase,
                                Complaint.Builder::participantIds,
                                Complaint.Builder::note)
                        .required("decisionId", STRING, Complaint::decisionId, Complaint.Builder::decisionId)
                        .optional(
                                "reconsideredOn",
                                DATE_TYPE,
                                Complaint::reconsideredOn,
                                Complaint.Builder::reconsideredOn)
                        .optional(
                                "reconsiderationOutcome",
                                code(ReconsiderationOutcome.class),
                                Complaint::reconsiderationOutcome,
                                Complaint.Builder::reconsiderationOutcome)
                        .optional("forwardedOn", DATE_TYPE, Complaint::forwardedOn, Complaint.Builder::forwardedOn)
                        .build());
        EVENTS.put(
                EventKind.CASEWORKER_CHANGE,
                event(
                                EventKind.CASEWORKER_CHANGE,
                                CaseworkerChange::builder,
                                CaseworkerChange.Builder::build,
                                CaseworkerChange.Builder::id,
                                CaseworkerChange.Builder::date,
                                CaseworkerChange.Builder::phase,
                                CaseworkerChange.Builder::participantIds,
                                CaseworkerChange.Builder::note)
                        .required(
                                "fromCaseworkerId",
                                STRING,
                                CaseworkerChange::fromCaseworkerId,
                                CaseworkerChange.Builder::fromCaseworkerId)
                        .required(
                                "toCaseworkerId",
                                STRING,
                                CaseworkerChange::toCaseworkerId,
                                CaseworkerChange.Builder::toCaseworkerId)
                        .defaulted(
                                "citizenInformed",
                                BOOLEAN,
                                CaseworkerChange::citizenInformed,
                                CaseworkerChange.Builder::citizenInformed)
                        .defaulted(
                                "handoverWithCitizen",
                                BOOLEAN,
                                CaseworkerChange::handoverWithCitizen,
                                CaseworkerChange.Builder::handoverWithCitizen)
                        .dependency("toCaseworkerId", "fromCaseworkerId")
                        .build());
        EVENTS.put(
                EventKind.GUIDANCE,
                event(
                                EventKind.GUIDANCE,
                                Guidance::builder,
                                Guidance.Builder::build,
                                Guidance.Builder::id,
                                Guidance.Builder::date,
                                Guidance.Builder::phase,
                                Guidance.Builder::participantIds,
                                Guidance.Builder::note)
                        .codes("topics", GuidanceTopic.class, Guidance::topics, Guidance.Builder::topics, true)
                        .defaulted("written", BOOLEAN, Guidance::written, Guidance.Builder::written)
                        .build());
        if (EVENTS.size() != EventKind.values().length) {
            throw new IllegalStateException("an event kind has no table");
        }
    }

    /** Any event, told apart by its {@code kind}. */
    public static final EventType EVENT = new EventType(EVENTS);

    /** A whole case-process document. */
    public static final ObjectCodec<CaseProcess, CaseProcess.Builder> CASE_PROCESS = ObjectCodec.table(
                    "a case process", CaseProcess::builder, CaseProcess.Builder::build)
            .constant("schemaVersion", SCHEMA_VERSION)
            .required("caseId", STRING, CaseProcess::caseId, CaseProcess.Builder::caseId)
            .required("citizenId", STRING, CaseProcess::citizenId, CaseProcess.Builder::citizenId)
            .required("municipality", STRING, CaseProcess::municipality, CaseProcess.Builder::municipality)
            .codes(
                    "targetGroups",
                    TargetGroup.class,
                    CaseProcess::targetGroups,
                    CaseProcess.Builder::targetGroups,
                    true)
            .list("appliedFor", LEGAL_REFERENCE, CaseProcess::appliedFor, CaseProcess.Builder::appliedFor)
            .required("openedOn", DATE_TYPE, CaseProcess::openedOn, CaseProcess.Builder::openedOn)
            .defaulted("status", code(CaseStatus.class), CaseProcess::status, CaseProcess.Builder::status)
            .optional(
                    "processingDeadline",
                    PERIOD_TYPE,
                    CaseProcess::processingDeadline,
                    CaseProcess.Builder::processingDeadline)
            .defaulted("currentPhase", code(Phase.class), CaseProcess::currentPhase, CaseProcess.Builder::currentPhase)
            .codes(
                    "communicationNeeds",
                    CommunicationNeed.class,
                    CaseProcess::communicationNeeds,
                    CaseProcess.Builder::communicationNeeds,
                    false)
            .defaulted(
                    "citizenReachedPensionAge",
                    BOOLEAN,
                    CaseProcess::citizenReachedPensionAge,
                    CaseProcess.Builder::citizenReachedPensionAge)
            .codes("notRecorded", RecordedFact.class, CaseProcess::notRecorded, CaseProcess.Builder::notRecorded, false)
            .requiredList("participants", PARTICIPANT, CaseProcess::participants, CaseProcess.Builder::participants)
            .requiredList(
                    "events",
                    EVENT,
                    CaseProcess::events,
                    CaseProcess.Builder::events,
                    JsonOptions::maxEventsPerCase,
                    "maxEventsPerCase")
            .dependency("citizenId", "participants")
            .dependency("events", "participants", "appliedFor", "openedOn")
            .dependency("notRecorded", "events", "participants")
            .build();

    private CaseProcessCodec() {}

    /**
     * The table of one kind of event.
     *
     * @param kind the kind
     * @return its codec
     */
    public static ObjectCodec<? extends CaseEvent, ?> event(EventKind kind) {
        return EVENTS.get(kind);
    }

    /** Starts the table of an event kind with the properties every event shares. */
    private static <T extends CaseEvent, B> ObjectCodec.Table<T, B> event(
            EventKind kind,
            Supplier<B> newBuilder,
            Function<B, T> build,
            BiConsumer<B, String> id,
            BiConsumer<B, LocalDate> date,
            BiConsumer<B, Phase> phase,
            BiConsumer<B, List<String>> participantIds,
            BiConsumer<B, String> note) {
        return ObjectCodec.<T, B>table("a " + kind.code() + " event", newBuilder, build)
                .required("id", STRING, CaseEvent::id, id)
                .required("date", DATE_TYPE, CaseEvent::date, date)
                .defaulted("phase", code(Phase.class), CaseEvent::phase, phase)
                .list("participantIds", STRING, CaseEvent::participantIds, participantIds)
                .optional("note", STRING, CaseEvent::note, note);
    }
}
