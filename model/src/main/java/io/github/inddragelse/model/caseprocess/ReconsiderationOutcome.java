package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** What the municipality's reconsideration of a complaint concluded. */
public enum ReconsiderationOutcome implements Labelled {
    /** The decision was upheld and the case sent on. */
    UPHELD("upheld", "Fastholdt", "Upheld"),
    /** The municipality changed its decision. */
    CHANGED("changed", "Ændret", "Changed");

    private final String code;
    private final Text label;

    ReconsiderationOutcome(String code, String da, String en) {
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
