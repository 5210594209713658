package io.github.inddragelse.model.assessment;

import java.util.Objects;

/**
 * The trust gap on one dimension: how much higher the caseworker rates it than the citizen does,
 * in percentage points (VIVE, 2021: citizens rate their involvement far lower than caseworkers do).
 * Present only when both answered items on the dimension.
 *
 * @param dimensionId the dimension
 * @param caseworkerPercent the caseworker lens, 0–100
 * @param citizenPercent the citizen lens, 0–100
 */
public record TrustGap(String dimensionId, double caseworkerPercent, double citizenPercent) {

    /** Checks the dimension is given. */
    public TrustGap {
        Objects.requireNonNull(dimensionId, "dimensionId");
    }

    /**
     * The gap: caseworker minus citizen, in percentage points. Positive when the caseworker rates
     * the case higher than the citizen experiences it.
     *
     * @return the gap, -100 to 100
     */
    public double gap() {
        return caseworkerPercent - citizenPercent;
    }
}
