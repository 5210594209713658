package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.InformationGathering;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sets the attribute behind a {@link RecordedFact} on an event or a participant, and makes a case look
 * as a source system that does not record some facts delivers it. The model only reads the facts
 * ({@link RecordedFact#isTrueOn}); setting one needs the builder of its type, which is here.
 */
public final class FactEdit {

    private FactEdit() {}

    /**
     * Facts given as arguments, as a set.
     *
     * @param facts the facts
     * @return them in declaration order, without repeats
     * @throws NullPointerException if one is null
     */
    public static Set<RecordedFact> facts(RecordedFact... facts) {
        Set<RecordedFact> set = EnumSet.noneOf(RecordedFact.class);
        for (RecordedFact f : facts) {
            set.add(Objects.requireNonNull(f, "facts"));
        }
        return set;
    }

    /**
     * The case as a source system that does not record these facts delivers it: each fact false on
     * every event and participant, and declared in {@link CaseProcess#notRecorded()} besides those
     * declared already.
     *
     * @param process the case
     * @param facts the facts not recorded
     * @return the changed case
     */
    public static CaseProcess notRecording(CaseProcess process, Set<RecordedFact> facts) {
        List<Participant> participants = new ArrayList<>();
        for (Participant p : process.participants()) {
            Participant changed = p;
            for (RecordedFact fact : facts) {
                if (fact.isTrueOn(changed)) {
                    changed = with(changed, fact, false);
                }
            }
            participants.add(changed);
        }
        List<CaseEvent> events = new ArrayList<>();
        for (CaseEvent e : process.events()) {
            CaseEvent changed = e;
            for (RecordedFact fact : facts) {
                if (fact.isTrueOn(changed)) {
                    changed = with(changed, fact, false);
                }
            }
            events.add(changed);
        }
        return CaseProcess.builder()
                .from(process)
                .participants(participants)
                .events(events)
                .addAllNotRecorded(facts)
                .build();
    }

    /**
     * A participant with the attribute behind a fact held by participants ({@link
     * RecordedFact#recordedOn()} is {@link Participant}) set.
     *
     * @param participant the participant
     * @param fact the fact, held by participants
     * @param value the value
     * @return the changed participant
     * @throws IllegalArgumentException if participants do not hold the fact
     */
    public static Participant with(Participant participant, RecordedFact fact, boolean value) {
        if (fact.recordedOn() != Participant.class) {
            throw new IllegalArgumentException(fact + " is not held by a participant");
        }
        return Participant.builder().from(participant).chosenByCitizen(value).build();
    }

    /**
     * An event with the attribute behind a fact set.
     *
     * @param event the event, of the type {@link RecordedFact#recordedOn()}
     * @param fact the fact
     * @param value the value
     * @return the changed event
     * @throws IllegalArgumentException if the event is not of the fact's type
     * @throws io.github.inddragelse.model.InvalidModelException if the value breaks an invariant of the
     *     event (wishes in the citizen's own words where none are recorded)
     */
    public static CaseEvent with(CaseEvent event, RecordedFact fact, boolean value) {
        if (!fact.recordedOn().isInstance(event)) {
            throw new IllegalArgumentException(
                    fact + " is not held by a " + event.kind().code());
        }
        return switch (fact) {
            case MEETING_PREPARED_WITH_CITIZEN ->
                Meeting.builder()
                        .from((Meeting) event)
                        .preparedWithCitizen(value)
                        .build();
            case MEETING_AGENDA_SENT_AHEAD ->
                Meeting.builder().from((Meeting) event).agendaSentAhead(value).build();
            case MEETING_PLACE_CHOSEN_BY_CITIZEN ->
                Meeting.builder()
                        .from((Meeting) event)
                        .placeChosenByCitizen(value)
                        .build();
            case INFORMATION_GATHERING_CONSENT_OBTAINED ->
                InformationGathering.builder()
                        .from((InformationGathering) event)
                        .consentObtained(value)
                        .build();
            case INVESTIGATION_WISHES_IN_OWN_WORDS ->
                Investigation.builder()
                        .from((Investigation) event)
                        .wishesInOwnWords(value)
                        .build();
            case INVESTIGATION_NETWORK_MAPPED ->
                Investigation.builder()
                        .from((Investigation) event)
                        .networkMapped(value)
                        .build();
            case INVESTIGATION_EARLY_OFFERS_CONSIDERED ->
                Investigation.builder()
                        .from((Investigation) event)
                        .earlyOffersConsidered(value)
                        .build();
            case INVESTIGATION_ALL_OPTIONS_CONSIDERED ->
                Investigation.builder()
                        .from((Investigation) event)
                        .allOptionsConsidered(value)
                        .build();
            case GOAL_DERIVED_FROM_WISHES ->
                Goal.builder().from((Goal) event).derivedFromWishes(value).build();
            case GOAL_ACCEPTED_BY_CITIZEN ->
                Goal.builder().from((Goal) event).acceptedByCitizen(value).build();
            case GOAL_MEASURABLE ->
                Goal.builder().from((Goal) event).measurable(value).build();
            case DECISION_REASONS_CITE_RULES ->
                Decision.builder()
                        .from((Decision) event)
                        .reasonsCiteRules(value)
                        .build();
            case DECISION_REASONS_STATE_CONSIDERATIONS ->
                Decision.builder()
                        .from((Decision) event)
                        .reasonsStateConsiderations(value)
                        .build();
            case DECISION_REASONS_STATE_FACTS ->
                Decision.builder()
                        .from((Decision) event)
                        .reasonsStateFacts(value)
                        .build();
            case DECISION_PLAIN_LANGUAGE ->
                Decision.builder().from((Decision) event).plainLanguage(value).build();
            case DECISION_COMPLAINT_GUIDANCE ->
                Decision.builder()
                        .from((Decision) event)
                        .complaintGuidance(value)
                        .build();
            case DECISION_EXPLAINED_IN_PERSON ->
                Decision.builder()
                        .from((Decision) event)
                        .explainedInPerson(value)
                        .build();
            case ACTION_PLAN_MADE_WITH_CITIZEN ->
                ActionPlan.builder()
                        .from((ActionPlan) event)
                        .madeWithCitizen(value)
                        .build();
            case ACTION_PLAN_STATES_PURPOSE ->
                ActionPlan.builder()
                        .from((ActionPlan) event)
                        .statesPurpose(value)
                        .build();
            case ACTION_PLAN_STATES_INTERVENTION ->
                ActionPlan.builder()
                        .from((ActionPlan) event)
                        .statesIntervention(value)
                        .build();
            case ACTION_PLAN_STATES_DURATION ->
                ActionPlan.builder()
                        .from((ActionPlan) event)
                        .statesDuration(value)
                        .build();
            case ACTION_PLAN_HOLISTIC ->
                ActionPlan.builder().from((ActionPlan) event).holistic(value).build();
            case PROVIDER_ORDER_PURPOSE_STATED ->
                ProviderOrder.builder()
                        .from((ProviderOrder) event)
                        .purposeStated(value)
                        .build();
            case COORDINATION_SHARED_GOALS ->
                Coordination.builder()
                        .from((Coordination) event)
                        .sharedGoals(value)
                        .build();
            case FOLLOW_UP_GOALS_REVIEWED_WITH_CITIZEN ->
                FollowUp.builder()
                        .from((FollowUp) event)
                        .goalsReviewedWithCitizen(value)
                        .build();
            case FOLLOW_UP_PROVIDER_STATUS_COLLECTED ->
                FollowUp.builder()
                        .from((FollowUp) event)
                        .providerStatusCollected(value)
                        .build();
            case CASEWORKER_CHANGE_CITIZEN_INFORMED ->
                CaseworkerChange.builder()
                        .from((CaseworkerChange) event)
                        .citizenInformed(value)
                        .build();
            case CASEWORKER_CHANGE_HANDOVER_WITH_CITIZEN ->
                CaseworkerChange.builder()
                        .from((CaseworkerChange) event)
                        .handoverWithCitizen(value)
                        .build();
            case GUIDANCE_WRITTEN ->
                Guidance.builder().from((Guidance) event).written(value).build();
            case PARTICIPANT_CHOSEN_BY_CITIZEN -> throw new IllegalStateException("checked above");
        };
    }
}
