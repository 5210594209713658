package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;
import java.util.OptionalInt;

/**
 * The FFB function-level scale: how much a reduced function limits the citizen, 0 (none) to 4
 * (complete), plus {@link #NOT_ASSESSED}, which is not 0.
 */
public enum FunctionLevel implements Labelled {
    /** Ingen nedsættelse (0). */
    NONE(0, "none", "Ingen nedsættelse", "No impairment"),
    /** Let nedsættelse (1). */
    MILD(1, "mild", "Let nedsættelse", "Mild impairment"),
    /** Moderat nedsættelse (2). */
    MODERATE(2, "moderate", "Moderat nedsættelse", "Moderate impairment"),
    /** Svær nedsættelse (3). */
    SEVERE(3, "severe", "Svær nedsættelse", "Severe impairment"),
    /** Fuldstændig nedsættelse (4). */
    COMPLETE(4, "complete", "Fuldstændig nedsættelse", "Complete impairment"),
    /** Ikke vurderet: not assessed, which is not the same as no impairment. */
    NOT_ASSESSED(-1, "not-assessed", "Ikke vurderet", "Not assessed");

    private final int value;
    private final String code;
    private final Text label;

    FunctionLevel(int value, String code, String da, String en) {
        this.value = value;
        this.code = code;
        this.label = Text.of(da, en);
    }

    /**
     * The numeric level, absent when not assessed.
     *
     * @return 0–4, or empty
     */
    public OptionalInt value() {
        return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * Whether this level means significantly reduced function (severe or complete), which makes an
     * action plan under SEL §141 a duty.
     *
     * @return true for {@link #SEVERE} and {@link #COMPLETE}
     */
    public boolean significant() {
        return this == SEVERE || this == COMPLETE;
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
