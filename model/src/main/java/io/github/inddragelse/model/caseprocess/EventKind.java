package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.catalogue.Phase;

/** The kinds of event on a case timeline, each with the VUM 2.0 phase it usually belongs to. */
public enum EventKind implements Labelled {
    /** First contact: see {@link Contact}. */
    CONTACT("contact", Phase.OPENING, "Første kontakt", "First contact"),
    /** Meeting: see {@link Meeting}. */
    MEETING("meeting", Phase.INVESTIGATION, "Møde", "Meeting"),
    /** Information gathering: see {@link InformationGathering}. */
    INFORMATION_GATHERING(
            "information-gathering", Phase.INVESTIGATION, "Indhentning af oplysninger", "Information gathering"),
    /** Investigation: see {@link Investigation}. */
    INVESTIGATION("investigation", Phase.INVESTIGATION, "Udredning", "Investigation"),
    /** Goal: see {@link Goal}. */
    GOAL("goal", Phase.CASE_ASSESSMENT, "Mål", "Goal"),
    /** Hearing: see {@link Hearing}. */
    HEARING("hearing", Phase.CASE_ASSESSMENT, "Partshøring", "Hearing"),
    /** Decision: see {@link Decision}. */
    DECISION("decision", Phase.DECISION, "Afgørelse", "Decision"),
    /** Deadline notice: see {@link DeadlineNotice}. */
    DEADLINE_NOTICE("deadline-notice", Phase.CASE_ASSESSMENT, "Besked om ny frist", "Deadline notice"),
    /** Action plan: see {@link ActionPlan}. */
    ACTION_PLAN("action-plan", Phase.CASE_ASSESSMENT, "Handleplan", "Action plan"),
    /** Order to the provider: see {@link ProviderOrder}. */
    PROVIDER_ORDER("provider-order", Phase.ORDER, "Bestilling", "Order to the provider"),
    /** Coordination: see {@link Coordination}. */
    COORDINATION("coordination", Phase.CASE_ASSESSMENT, "Koordinering", "Coordination"),
    /** Method applied: see {@link MethodApplied}. */
    METHOD_APPLIED("method-applied", Phase.DELIVERY, "Metode", "Method applied"),
    /** Progress measurement: see {@link ProgressMeasurement}. */
    PROGRESS_MEASUREMENT("progress-measurement", Phase.FOLLOW_UP, "Progressionsmåling", "Progress measurement"),
    /** Follow-up: see {@link FollowUp}. */
    FOLLOW_UP("follow-up", Phase.FOLLOW_UP, "Opfølgning", "Follow-up"),
    /** Complaint: see {@link Complaint}. */
    COMPLAINT("complaint", Phase.DECISION, "Klage", "Complaint"),
    /** Change of caseworker: see {@link CaseworkerChange}. */
    CASEWORKER_CHANGE("caseworker-change", Phase.OPENING, "Skift af sagsbehandler", "Change of caseworker"),
    /** Guidance: see {@link Guidance}. */
    GUIDANCE("guidance", Phase.OPENING, "Vejledning", "Guidance");

    private final String code;
    private final Phase usualPhase;
    private final Text label;

    EventKind(String code, Phase usualPhase, String da, String en) {
        this.code = code;
        this.usualPhase = usualPhase;
        this.label = Text.of(da, en);
    }

    /**
     * Whether events of this kind can happen in any phase (guidance, a change of caseworker). They
     * default to the opening phase and do not move the case's {@link CaseProcess#currentPhase()}.
     *
     * @return true for phase-neutral kinds
     */
    public boolean phaseNeutral() {
        return this == GUIDANCE || this == CASEWORKER_CHANGE;
    }

    /**
     * The VUM 2.0 phase an event of this kind usually belongs to; used when an event names none.
     *
     * @return the usual phase
     */
    public Phase usualPhase() {
        return usualPhase;
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
