package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The two families of the twelve dimensions an assessment scores. */
public enum DimensionKind implements Labelled {
    /** One of the four elements of the model Borgeren i centrum. */
    ELEMENT("element", "Element i Borgeren i centrum", "Element of Borgeren i centrum"),
    /** One of the eight principles of recovery-oriented rehabilitation. */
    PRINCIPLE(
            "principle",
            "Princip for recovery-orienteret rehabilitering",
            "Principle of recovery-oriented rehabilitation");

    private final String code;
    private final Text label;

    DimensionKind(String code, String da, String en) {
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
