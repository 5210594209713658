package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** What the citizen needs for communication to work on their terms. */
public enum CommunicationNeed implements Labelled {
    /** Easy-read text: short sentences, one idea each. */
    EASY_READ("easy-read", "Let læst tekst", "Easy-read text"),
    /** Pictures or symbols alongside words. */
    PICTURES("pictures", "Billeder og piktogrammer", "Pictures and symbols"),
    /** A spoken-language interpreter. */
    LANGUAGE_INTERPRETER("language-interpreter", "Sprogtolk", "Language interpreter"),
    /** A sign-language interpreter. */
    SIGN_LANGUAGE_INTERPRETER("sign-language-interpreter", "Tegnsprogstolk", "Sign-language interpreter"),
    /** A tactile interpreter. */
    TACTILE_INTERPRETER("tactile-interpreter", "Taktil tolk", "Tactile interpreter");

    private final String code;
    private final Text label;

    CommunicationNeed(String code, String da, String en) {
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
