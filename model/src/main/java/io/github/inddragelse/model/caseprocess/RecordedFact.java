package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A yes/no fact of the case that a source system may not record: one boolean attribute of an event
 * (or of a participant) whose {@code true} is evidence of good practice and which is {@code false}
 * unless set. A vendor's adapter declares the facts its system does not record in {@link
 * CaseProcess#notRecorded()}; a rule declares the facts it reads with {@code RuleBuilder.reads(…)}.
 * When a rule that reads such a fact is not met or only partly met, the assessor reports insufficient
 * data instead (message key {@code fact-not-recorded}): an attribute the system never sets reads as
 * {@code false}, and the finding must not tell a caseworker that something was not done when the
 * records cannot say. A finding that does not rest on the fact stands: a rule declares, per message
 * key, which of the facts it reads the outcome rests on ({@code RuleBuilder.restsOn(…)}, {@code
 * RuleDefinition.restsOn(messageKey)}), so that, say, an investigation that records no wishes at all
 * is still reported when the case does not record whether wishes are in the citizen's own words.
 *
 * <pre>{@code
 * CaseProcess process = CaseProcess.builder()
 *         // ... as the adapter maps the vendor's records
 *         .addNotRecorded(RecordedFact.DECISION_COMPLAINT_GUIDANCE)
 *         .build();
 * }</pre>
 *
 * <p>A rule that is met stays met: since {@code true} is the better value of every fact here, a met
 * rule never rests on a fact read as {@code false}.
 *
 * <p>Left out on purpose, since {@code true} is not the better value or the default is not {@code
 * false}: {@link ActionPlan#offered()} and {@link DeadlineNotice#written()} (true unless set), {@link
 * Decision#discretionary()} (true unless set; it says which reasons are required, not how good they
 * are), {@link Decision#fullyGrantsRequest()} (follows the outcome unless set; a fact of the decision,
 * not of practice), {@link Meeting#citizenDeclined()} (the citizen's choice), {@link
 * InformationGathering#citizenAskedToObtain()} ({@code true} is the worse value: RSL §11), {@link
 * Participant#underEighteen()} (a fact of the person; {@code true} forbids interpreting) and {@link
 * CaseProcess#citizenReachedPensionAge()} (a fact of the citizen; {@code true} lifts a duty).
 */
public enum RecordedFact implements Labelled {
    /** {@link Meeting#preparedWithCitizen()}: the meeting was prepared and agreed with the citizen. */
    MEETING_PREPARED_WITH_CITIZEN(
            "meeting-prepared-with-citizen",
            Meeting.class,
            "preparedWithCitizen",
            Meeting::preparedWithCitizen,
            "Møde forberedt sammen med borgeren",
            "Meeting prepared with the citizen"),
    /** {@link Meeting#agendaSentAhead()}: an agenda was sent to the citizen before the meeting. */
    MEETING_AGENDA_SENT_AHEAD(
            "meeting-agenda-sent-ahead",
            Meeting.class,
            "agendaSentAhead",
            Meeting::agendaSentAhead,
            "Dagsorden sendt før mødet",
            "Agenda sent ahead of a meeting"),
    /** {@link Meeting#placeChosenByCitizen()}: the citizen chose where to meet. */
    MEETING_PLACE_CHOSEN_BY_CITIZEN(
            "meeting-place-chosen-by-citizen",
            Meeting.class,
            "placeChosenByCitizen",
            Meeting::placeChosenByCitizen,
            "Mødested valgt af borgeren",
            "Meeting place chosen by the citizen"),
    /** {@link InformationGathering#consentObtained()}: the citizen consented to obtaining the information. */
    INFORMATION_GATHERING_CONSENT_OBTAINED(
            "information-gathering-consent-obtained",
            InformationGathering.class,
            "consentObtained",
            InformationGathering::consentObtained,
            "Borgerens samtykke til indhentning af oplysninger",
            "The citizen's consent to gathering information"),
    /** {@link Investigation#wishesInOwnWords()}: the citizen's wishes are recorded in their own words. */
    INVESTIGATION_WISHES_IN_OWN_WORDS(
            "investigation-wishes-in-own-words",
            Investigation.class,
            "wishesInOwnWords",
            Investigation::wishesInOwnWords,
            "Borgerens ønsker med borgerens egne ord",
            "The citizen's wishes in the citizen's own words"),
    /** {@link Investigation#networkMapped()}: the citizen's network was mapped. */
    INVESTIGATION_NETWORK_MAPPED(
            "investigation-network-mapped",
            Investigation.class,
            "networkMapped",
            Investigation::networkMapped,
            "Kortlægning af borgerens netværk",
            "Mapping of the citizen's network"),
    /** {@link Investigation#earlyOffersConsidered()}: early, preventive offers were considered. */
    INVESTIGATION_EARLY_OFFERS_CONSIDERED(
            "investigation-early-offers-considered",
            Investigation.class,
            "earlyOffersConsidered",
            Investigation::earlyOffersConsidered,
            "Overvejelse af tidlige, forebyggende tilbud",
            "Consideration of early, preventive offers"),
    /** {@link Investigation#allOptionsConsidered()}: all options for help were considered (RSL §5). */
    INVESTIGATION_ALL_OPTIONS_CONSIDERED(
            "investigation-all-options-considered",
            Investigation.class,
            "allOptionsConsidered",
            Investigation::allOptionsConsidered,
            "Overvejelse af alle muligheder for hjælp",
            "Consideration of all options for help"),
    /** {@link Goal#derivedFromWishes()}: the goal was derived from the citizen's own wishes. */
    GOAL_DERIVED_FROM_WISHES(
            "goal-derived-from-wishes",
            Goal.class,
            "derivedFromWishes",
            Goal::derivedFromWishes,
            "Mål afledt af borgerens ønsker",
            "Goal derived from the citizen's wishes"),
    /** {@link Goal#acceptedByCitizen()}: the citizen accepted the goal. */
    GOAL_ACCEPTED_BY_CITIZEN(
            "goal-accepted-by-citizen",
            Goal.class,
            "acceptedByCitizen",
            Goal::acceptedByCitizen,
            "Mål accepteret af borgeren",
            "Goal accepted by the citizen"),
    /** {@link Goal#measurable()}: the goal is specific and measurable. */
    GOAL_MEASURABLE("goal-measurable", Goal.class, "measurable", Goal::measurable, "Målbart mål", "Measurable goal"),
    /** {@link Decision#reasonsCiteRules()}: the reasons cite the legal rules applied. */
    DECISION_REASONS_CITE_RULES(
            "decision-reasons-cite-rules",
            Decision.class,
            "reasonsCiteRules",
            Decision::reasonsCiteRules,
            "Retsregler i afgørelsens begrundelse",
            "Legal rules in a decision's reasons"),
    /** {@link Decision#reasonsStateConsiderations()}: the reasons state the main considerations. */
    DECISION_REASONS_STATE_CONSIDERATIONS(
            "decision-reasons-state-considerations",
            Decision.class,
            "reasonsStateConsiderations",
            Decision::reasonsStateConsiderations,
            "Hovedhensyn i afgørelsens begrundelse",
            "Main considerations in a decision's reasons"),
    /** {@link Decision#reasonsStateFacts()}: the reasons state the facts relied on. */
    DECISION_REASONS_STATE_FACTS(
            "decision-reasons-state-facts",
            Decision.class,
            "reasonsStateFacts",
            Decision::reasonsStateFacts,
            "Faktiske oplysninger i afgørelsens begrundelse",
            "Facts in a decision's reasons"),
    /** {@link Decision#plainLanguage()}: the decision is written in plain language. */
    DECISION_PLAIN_LANGUAGE(
            "decision-plain-language",
            Decision.class,
            "plainLanguage",
            Decision::plainLanguage,
            "Afgørelse skrevet i klart sprog",
            "Decision written in plain language"),
    /** {@link Decision#complaintGuidance()}: the decision carries complaint guidance (FVL §25). */
    DECISION_COMPLAINT_GUIDANCE(
            "decision-complaint-guidance",
            Decision.class,
            "complaintGuidance",
            Decision::complaintGuidance,
            "Klagevejledning i afgørelser",
            "Complaint guidance in decisions"),
    /** {@link Decision#explainedInPerson()}: the decision was explained to the citizen in person. */
    DECISION_EXPLAINED_IN_PERSON(
            "decision-explained-in-person",
            Decision.class,
            "explainedInPerson",
            Decision::explainedInPerson,
            "Afgørelse forklaret personligt",
            "Decision explained in person"),
    /** {@link ActionPlan#madeWithCitizen()}: the action plan was made together with the citizen. */
    ACTION_PLAN_MADE_WITH_CITIZEN(
            "action-plan-made-with-citizen",
            ActionPlan.class,
            "madeWithCitizen",
            ActionPlan::madeWithCitizen,
            "Handleplan udarbejdet sammen med borgeren",
            "Action plan made with the citizen"),
    /** {@link ActionPlan#statesPurpose()}: the action plan states the purpose. */
    ACTION_PLAN_STATES_PURPOSE(
            "action-plan-states-purpose",
            ActionPlan.class,
            "statesPurpose",
            ActionPlan::statesPurpose,
            "Formål angivet i handleplanen",
            "Purpose stated in the action plan"),
    /** {@link ActionPlan#statesIntervention()}: the action plan states the intervention. */
    ACTION_PLAN_STATES_INTERVENTION(
            "action-plan-states-intervention",
            ActionPlan.class,
            "statesIntervention",
            ActionPlan::statesIntervention,
            "Indsats angivet i handleplanen",
            "Intervention stated in the action plan"),
    /** {@link ActionPlan#statesDuration()}: the action plan states the expected duration. */
    ACTION_PLAN_STATES_DURATION(
            "action-plan-states-duration",
            ActionPlan.class,
            "statesDuration",
            ActionPlan::statesDuration,
            "Forventet varighed angivet i handleplanen",
            "Expected duration stated in the action plan"),
    /** {@link ActionPlan#holistic()}: the action plan is one holistic plan across areas (SEL §141, stk. 7). */
    ACTION_PLAN_HOLISTIC(
            "action-plan-holistic",
            ActionPlan.class,
            "holistic",
            ActionPlan::holistic,
            "Helhedsorienteret handleplan",
            "Holistic action plan"),
    /** {@link ProviderOrder#purposeStated()}: the order to the provider states the purpose of the help. */
    PROVIDER_ORDER_PURPOSE_STATED(
            "provider-order-purpose-stated",
            ProviderOrder.class,
            "purposeStated",
            ProviderOrder::purposeStated,
            "Formål angivet i bestillingen",
            "Purpose stated in the order to the provider"),
    /** {@link Coordination#sharedGoals()}: the coordination led to shared goals. */
    COORDINATION_SHARED_GOALS(
            "coordination-shared-goals",
            Coordination.class,
            "sharedGoals",
            Coordination::sharedGoals,
            "Fælles mål ved koordinering",
            "Shared goals from coordination"),
    /** {@link FollowUp#goalsReviewedWithCitizen()}: the goals were reviewed together with the citizen. */
    FOLLOW_UP_GOALS_REVIEWED_WITH_CITIZEN(
            "follow-up-goals-reviewed-with-citizen",
            FollowUp.class,
            "goalsReviewedWithCitizen",
            FollowUp::goalsReviewedWithCitizen,
            "Mål gennemgået med borgeren ved opfølgning",
            "Goals reviewed with the citizen at follow-up"),
    /** {@link FollowUp#providerStatusCollected()}: the provider's status report was collected. */
    FOLLOW_UP_PROVIDER_STATUS_COLLECTED(
            "follow-up-provider-status-collected",
            FollowUp.class,
            "providerStatusCollected",
            FollowUp::providerStatusCollected,
            "Udførerens status indhentet ved opfølgning",
            "Provider's status collected at follow-up"),
    /** {@link CaseworkerChange#citizenInformed()}: the citizen was told of the change in advance. */
    CASEWORKER_CHANGE_CITIZEN_INFORMED(
            "caseworker-change-citizen-informed",
            CaseworkerChange.class,
            "citizenInformed",
            CaseworkerChange::citizenInformed,
            "Borgeren informeret om skift af sagsbehandler",
            "Citizen told of a change of caseworker"),
    /** {@link CaseworkerChange#handoverWithCitizen()}: the handover happened with the citizen present. */
    CASEWORKER_CHANGE_HANDOVER_WITH_CITIZEN(
            "caseworker-change-handover-with-citizen",
            CaseworkerChange.class,
            "handoverWithCitizen",
            CaseworkerChange::handoverWithCitizen,
            "Overlevering sammen med borgeren ved skift af sagsbehandler",
            "Handover with the citizen at a change of caseworker"),
    /** {@link Guidance#written()}: the guidance was also given in writing. */
    GUIDANCE_WRITTEN(
            "guidance-written",
            Guidance.class,
            "written",
            Guidance::written,
            "Vejledning også givet skriftligt",
            "Guidance also given in writing"),
    /**
     * {@link Participant#chosenByCitizen()}: the citizen chose this person to take part. The one fact
     * held by a participant, not an event.
     */
    PARTICIPANT_CHOSEN_BY_CITIZEN(
            "participant-chosen-by-citizen",
            Participant.class,
            "chosenByCitizen",
            Participant::chosenByCitizen,
            "Deltager valgt af borgeren",
            "Participant chosen by the citizen");

    private final String code;
    private final Class<?> recordedOn;
    private final String attribute;
    private final Predicate<Object> test;
    private final Text label;

    <T> RecordedFact(String code, Class<T> type, String attribute, Predicate<T> test, String da, String en) {
        this.code = code;
        this.recordedOn = type;
        this.attribute = attribute;
        this.test = holder -> type.isInstance(holder) && test.test(type.cast(holder));
        this.label = Text.of(da, en);
    }

    /**
     * The type whose attribute this fact is: an event type such as {@link Decision}, or {@link
     * Participant}.
     *
     * @return the type
     */
    public Class<?> recordedOn() {
        return recordedOn;
    }

    /**
     * The name of the attribute: its accessor on {@link #recordedOn()} and its property in the JSON
     * format, for example {@code complaintGuidance}.
     *
     * @return the attribute's name
     */
    public String attribute() {
        return attribute;
    }

    /**
     * Whether an event records this fact as {@code true}.
     *
     * @param event the event
     * @return true if the event is of the type {@link #recordedOn()} and its attribute is true
     */
    public boolean isTrueOn(CaseEvent event) {
        return test.test(Objects.requireNonNull(event, "event"));
    }

    /**
     * Whether a participant records this fact as {@code true}.
     *
     * @param participant the participant
     * @return true if the fact is held by participants and the participant's attribute is true
     */
    public boolean isTrueOn(Participant participant) {
        return test.test(Objects.requireNonNull(participant, "participant"));
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Text label() {
        return label;
    }
}
