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

    /**
     * Whether the outcome by itself gives the citizen everything asked for: only {@link #GRANTED}. It
     * is the default of {@link Decision#fullyGrantsRequest()}; a {@link #CHANGED} or {@link #STOPPED}
     * decision may still grant the request in full when the decision says so.
     *
     * @return true for {@link #GRANTED}
     */
    public boolean grantsInFull() {
        return this == GRANTED;
    }

    /**
     * Whether help follows from a decision with this outcome: granted, partly granted or changed.
     *
     * @return true if the citizen gets help after such a decision
     */
    public boolean givesHelp() {
        return this == GRANTED || this == PARTLY_GRANTED || this == CHANGED;
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
