package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The kind of interpretation an interpreter gives. */
public enum InterpretationKind implements Labelled {
    /** Spoken-language interpretation. */
    LANGUAGE("language", "Sprogtolk", "Language interpreter"),
    /** Sign-language interpretation. */
    SIGN("sign", "Tegnsprogstolk", "Sign-language interpreter"),
    /** Tactile interpretation for deafblind citizens. */
    TACTILE("tactile", "Taktil tolk", "Tactile interpreter");

    private final String code;
    private final Text label;

    InterpretationKind(String code, String da, String en) {
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
