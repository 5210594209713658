package io.github.inddragelse.model.scoring;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** How an item with insufficient data (or a "don't know" answer) counts. */
public enum InsufficientDataPolicy implements Labelled {
    /** Left out of the percent and reported as lower coverage (the default). */
    LOWER_COVERAGE("lower-coverage", "Sænker dækningen", "Lowers coverage"),
    /** Counted as not met: zero points. Stricter; used by some audits. */
    COUNT_AS_NOT_MET("count-as-not-met", "Tælles som ikke opfyldt", "Counts as not met");

    private final String code;
    private final Text label;

    InsufficientDataPolicy(String code, String da, String en) {
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
