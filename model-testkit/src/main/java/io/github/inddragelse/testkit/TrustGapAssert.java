package io.github.inddragelse.testkit;

import io.github.inddragelse.model.assessment.TrustGap;

/**
 * Assertions on the trust gap of one dimension (the caseworker's score minus the citizen's, in
 * percentage points); get one from {@link AssessmentAssert#hasTrustGap(String)}.
 *
 * <pre>{@code
 * assertThat(assessment).hasTrustGap("involvement").atLeast(30);
 * // expected the trust gap on dimension involvement to be at least 30 points but it was 12.5
 * //     (caseworker 80, citizen 67.5)
 * }</pre>
 */
public final class TrustGapAssert {

    private final AssessmentAssert parent;
    private final TrustGap actual;

    TrustGapAssert(AssessmentAssert parent, TrustGap actual) {
        this.parent = parent;
        this.actual = actual;
    }

    /**
     * The gap under test.
     *
     * @return the trust gap
     */
    public TrustGap actual() {
        return actual;
    }

    /**
     * Back to the assertions on the whole assessment.
     *
     * @return the assessment's assertion
     */
    public AssessmentAssert and() {
        return parent;
    }

    /**
     * Checks that the caseworker rates the dimension at least this many points higher than the
     * citizen.
     *
     * @param least the smallest gap accepted, in percentage points
     * @return this
     */
    public TrustGapAssert atLeast(double least) {
        if (actual.gap() < least) {
            throw fail("at least", least);
        }
        return this;
    }

    /**
     * Checks that the caseworker rates the dimension at most this many points higher than the citizen
     * (a negative bound: the citizen rates it higher).
     *
     * @param most the largest gap accepted, in percentage points
     * @return this
     */
    public TrustGapAssert atMost(double most) {
        if (actual.gap() > most) {
            throw fail("at most", most);
        }
        return this;
    }

    private AssertionError fail(String bound, double value) {
        return new AssertionError("expected the trust gap on dimension " + actual.dimensionId() + " to be " + bound
                + " " + Descriptions.number(value) + " points but it was " + Descriptions.number(actual.gap())
                + " (caseworker " + Descriptions.number(actual.caseworkerPercent()) + ", citizen "
                + Descriptions.number(actual.citizenPercent()) + ")");
    }
}
