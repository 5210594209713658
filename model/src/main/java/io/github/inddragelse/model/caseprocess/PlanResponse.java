package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** What the citizen said to an offered action plan (SEL §141). */
public enum PlanResponse implements Labelled {
    /** The citizen accepted the plan. */
    ACCEPTED("accepted", "Accepteret", "Accepted"),
    /** The citizen declined: their right, not a defect. */
    DECLINED("declined", "Frabedt", "Declined"),
    /** The citizen has not answered yet. */
    PENDING("pending", "Afventer", "Pending");

    private final String code;
    private final Text label;

    PlanResponse(String code, String da, String en) {
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
