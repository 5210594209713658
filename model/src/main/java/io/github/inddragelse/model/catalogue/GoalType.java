package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The FFB goal types: what a goal aims at for the citizen's functioning. */
public enum GoalType implements Labelled {
    /** Udvikle: develop function. */
    DEVELOP("develop", "Udvikle funktionsevne", "Develop function"),
    /** Vedligeholde: maintain function. */
    MAINTAIN("maintain", "Vedligeholde funktionsevne", "Maintain function"),
    /** Begrænse tab: limit loss of function. */
    LIMIT_LOSS("limit-loss", "Begrænse tab af funktionsevne", "Limit loss of function");

    private final String code;
    private final Text label;

    GoalType(String code, String da, String en) {
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
