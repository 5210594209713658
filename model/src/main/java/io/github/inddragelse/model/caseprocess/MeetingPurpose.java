package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** What a meeting was for. */
public enum MeetingPurpose implements Labelled {
    /** Agreeing how the case will run and when. */
    EXPECTATIONS("expectations", "Forventningsafstemning", "Setting expectations"),
    /** Investigating the case with the citizen. */
    INVESTIGATION("investigation", "Udredning", "Investigation"),
    /** A meeting with the citizen's chosen network. */
    NETWORK("network", "Netværksmøde", "Network meeting"),
    /** Making the action plan. */
    ACTION_PLAN("action-plan", "Handleplan", "Action plan"),
    /** Explaining a decision. */
    DECISION("decision", "Afgørelse", "Decision"),
    /** Following up on the help. */
    FOLLOW_UP("follow-up", "Opfølgning", "Follow-up"),
    /** Anything else. */
    OTHER("other", "Andet", "Other");

    private final String code;
    private final Text label;

    MeetingPurpose(String code, String da, String en) {
        this.code = code;
        this.label = Text.of(da, en);
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
