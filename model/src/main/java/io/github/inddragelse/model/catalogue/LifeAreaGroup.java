package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The top level of KL's Fælles Faglige Begreber (FFB) tree of life areas for adults. */
public enum LifeAreaGroup implements Labelled {
    /** Funktioner og forhold. */
    FUNCTIONS_AND_CONDITIONS("functions-and-conditions", "Funktioner og forhold", "Functions and conditions"),
    /** Aktivitet og deltagelse. */
    ACTIVITY_AND_PARTICIPATION("activity-and-participation", "Aktivitet og deltagelse", "Activity and participation"),
    /** Omgivelser. */
    ENVIRONMENT("environment", "Omgivelser", "Environment");

    private final String code;
    private final Text label;

    LifeAreaGroup(String code, String da, String en) {
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
