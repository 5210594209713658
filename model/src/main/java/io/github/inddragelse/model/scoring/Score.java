package io.github.inddragelse.model.scoring;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A score: percent of the maximum over the applicable items, how much of what applies could be
 * scored (coverage), and the band. No percent and no band when nothing applies; no band when
 * coverage or the number of scored checks is below the policy's minimum.
 *
 * @param percent percent of maximum, 0–100, or empty when nothing could be scored
 * @param coverage the share of applicable items that could be scored, 0–1 (1 when nothing applies)
 * @param band the band, or empty when there is no percent or too little coverage
 * @param applicable how many items applied (scored plus insufficient data or don't know)
 * @param scored how many items were scored
 * @param capped whether a critical finding capped the band
 */
public record Score(
        OptionalDouble percent, double coverage, Optional<Band> band, int applicable, int scored, boolean capped) {

    private static final Score NONE = new Score(OptionalDouble.empty(), 1.0, Optional.empty(), 0, 0, false);

    /** Checks the ranges. */
    public Score {
        if (percent.isPresent() && (percent.getAsDouble() < 0 || percent.getAsDouble() > 100)) {
            throw new IllegalArgumentException("percent must be within 0-100");
        }
        if (coverage < 0 || coverage > 1 || Double.isNaN(coverage)) {
            throw new IllegalArgumentException("coverage must be within 0-1");
        }
        if (scored > applicable || scored < 0) {
            throw new IllegalArgumentException("scored must be within 0-applicable");
        }
    }

    /**
     * The score when nothing applies.
     *
     * @return a score with no percent and no band
     */
    public static Score none() {
        return NONE;
    }

    /**
     * Whether anything applied.
     *
     * @return true if at least one item applied
     */
    public boolean hasApplicable() {
        return applicable > 0;
    }
}
