package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The state of the case as a whole. */
public enum CaseStatus implements Labelled {
    /** Open: not yet decided. */
    OPEN("open", "Åben", "Open"),
    /** Decided: help is granted, delivered or followed up, or refused. */
    DECIDED("decided", "Afgjort", "Decided"),
    /** Closed: no further work on the case. */
    CLOSED("closed", "Lukket", "Closed");

    private final String code;
    private final Text label;

    CaseStatus(String code, String da, String en) {
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
