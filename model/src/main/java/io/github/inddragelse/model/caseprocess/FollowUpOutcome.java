package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** What a held follow-up concluded. */
public enum FollowUpOutcome implements Labelled {
    /** The help continues as it is. */
    CONTINUE("continue", "Fortsætter", "Continue"),
    /** The help should change (needs a new decision). */
    CHANGE("change", "Ændres", "Change"),
    /** The help should end (needs a new decision). */
    END("end", "Ophører", "End");

    private final String code;
    private final Text label;

    FollowUpOutcome(String code, String da, String en) {
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
