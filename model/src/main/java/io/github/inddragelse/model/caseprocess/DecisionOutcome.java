package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** What a decision gave the citizen. */
public enum DecisionOutcome implements Labelled {
    /** Granted in full. */
    GRANTED("granted", "Bevilget", "Granted"),
    /** Partly granted. */
    PARTLY_GRANTED("partly-granted", "Delvist bevilget", "Partly granted"),
    /** Rejected. */
    REJECTED("rejected", "Afslag", "Rejected"),
    /** Existing help changed. */
    CHANGED("changed", "Ændret", "Changed"),
    /** Existing help stopped. */
    STOPPED("stopped", "Ophørt", "Stopped");

    private final String code;
    private final Text label;

    DecisionOutcome(String code, String da, String en) {
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
