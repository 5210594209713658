package io.github.inddragelse.model.rule;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/**
 * What a rule concluded about a case. More than a boolean: {@link #NOT_APPLICABLE} leaves the
 * denominator, and {@link #INSUFFICIENT_DATA} lowers coverage instead of counting as a pass or a
 * fail.
 */
public enum Outcome implements Labelled {
    /** The duty or principle is met. */
    MET("met", "Opfyldt", "Met"),
    /** Met in part. */
    PARTLY_MET("partly-met", "Delvist opfyldt", "Partly met"),
    /** Not met. */
    NOT_MET("not-met", "Ikke opfyldt", "Not met"),
    /** The rule does not apply to this case (yet); it is left out of every score. */
    NOT_APPLICABLE("not-applicable", "Ikke relevant", "Not applicable"),
    /** The records do not say enough to decide; reported as lower coverage. */
    INSUFFICIENT_DATA("insufficient-data", "Utilstrækkelige data", "Insufficient data");

    private final String code;
    private final Text label;

    Outcome(String code, String da, String en) {
        this.code = code;
        this.label = Text.of(da, en);
    }

    /**
     * Whether the outcome counts in a score: met, partly met or not met.
     *
     * @return true if scored
     */
    public boolean isScored() {
        return this == MET || this == PARTLY_MET || this == NOT_MET;
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
