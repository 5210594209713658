package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;
import java.util.OptionalInt;

/** The FFB support-need scale, 0 (none) to 4 (complete), plus {@link #NOT_ASSESSED}. */
public enum SupportNeed implements Labelled {
    /** Ingen støtte. */
    NONE(0, "none", "Ingen støtte", "No support"),
    /** Let støtte. */
    MILD(1, "mild", "Let støtte", "Mild support"),
    /** Moderat støtte. */
    MODERATE(2, "moderate", "Moderat støtte", "Moderate support"),
    /** Omfattende støtte. */
    HIGH(3, "high", "Omfattende støtte", "High support"),
    /** Fuld støtte. */
    COMPLETE(4, "complete", "Fuld støtte", "Complete support"),
    /** Ikke vurderet. */
    NOT_ASSESSED(-1, "not-assessed", "Ikke vurderet", "Not assessed");

    private final int value;
    private final String code;
    private final Text label;

    SupportNeed(int value, String code, String da, String en) {
        this.value = value;
        this.code = code;
        this.label = Text.of(da, en);
    }

    /**
     * The numeric need, absent when not assessed.
     *
     * @return 0–4, or empty
     */
    public OptionalInt value() {
        return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
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
