package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** Whether a checklist response is finished. Only completed responses are scored by default. */
public enum ResponseStatus implements Labelled {
    /** Still being filled in. */
    IN_PROGRESS("in-progress", "I gang", "In progress"),
    /** Finished. */
    COMPLETED("completed", "Afsluttet", "Completed");

    private final String code;
    private final Text label;

    ResponseStatus(String code, String da, String en) {
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
