package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** Whose view a checklist asks for. The citizen's and the caseworker's views side by side give the trust gap. */
public enum Perspective implements Labelled {
    /** The citizen, in plain easy-read language. */
    CITIZEN("citizen", "Borger", "Citizen"),
    /** The caseworker handling the case. */
    CASEWORKER("caseworker", "Sagsbehandler", "Caseworker"),
    /** A leader reviewing the case. */
    LEADER("leader", "Leder", "Leader"),
    /** The provider delivering the help. */
    PROVIDER("provider", "Udfører", "Provider");

    private final String code;
    private final Text label;

    Perspective(String code, String da, String en) {
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
