package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** How well the effect of a method is documented. */
public enum EvidenceBase implements Labelled {
    /** Effect documented in research. */
    DOCUMENTED("documented", "Dokumenteret effekt", "Documented effect"),
    /** Promising practice. */
    PROMISING("promising", "Lovende praksis", "Promising practice"),
    /** Based on practice experience. */
    PRACTICE_BASED("practice-based", "Erfaringsbaseret", "Practice-based"),
    /** No documentation. */
    NOT_DOCUMENTED("not-documented", "Ikke dokumenteret", "Not documented");

    private final String code;
    private final Text label;

    EvidenceBase(String code, String da, String en) {
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
