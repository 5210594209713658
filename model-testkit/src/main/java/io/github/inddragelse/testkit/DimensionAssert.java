package io.github.inddragelse.testkit;

import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on one dimension's score, overall or through one {@link Lens}; get one from {@link
 * AssessmentAssert#dimension(String)}. The checks are those of {@link AbstractScoreAssert}; {@link
 * #lens(Lens)} moves to the score through one lens.
 *
 * <pre>{@code
 * assertThat(assessment).dimension("p7-follow-up")
 *         .hasBand(Band.WEAK)
 *         .isCapped()
 *         .hasCoverageAtLeast(0.5)
 *         .lens(Lens.CITIZEN)
 *         .hasScoreAtLeast(60);
 * }</pre>
 */
public final class DimensionAssert extends AbstractScoreAssert<DimensionAssert> {

    private final DimensionScore dimension;
    private final Optional<Lens> lens;

    DimensionAssert(AssessmentAssert parent, DimensionScore dimension, Optional<Lens> lens) {
        super(parent);
        this.dimension = dimension;
        this.lens = lens;
    }

    /**
     * The dimension's score under test: the overall score, or the lens's score after {@link
     * #lens(Lens)} ({@link Score#none()} when the lens has nothing applicable).
     *
     * @return the score
     */
    @Override
    public Score actual() {
        return lens.map(dimension::lens).orElse(dimension.overall());
    }

    /**
     * The dimension's scores.
     *
     * @return the dimension score
     */
    public DimensionScore actualDimension() {
        return dimension;
    }

    /**
     * The same dimension through one lens: what the records show, or what a respondent reports.
     *
     * @param lens the lens
     * @return an assertion on that lens's score
     */
    public DimensionAssert lens(Lens lens) {
        return new DimensionAssert(and(), dimension, Optional.of(Objects.requireNonNull(lens, "lens")));
    }

    /**
     * The same dimension's overall score, across the lenses.
     *
     * @return an assertion on the overall score
     */
    public DimensionAssert overall() {
        return new DimensionAssert(and(), dimension, Optional.empty());
    }

    /**
     * Checks that a critical finding of this rule caps the dimension.
     *
     * @param ruleId the rule id
     * @return this
     */
    public DimensionAssert isCappedBy(String ruleId) {
        if (!dimension.criticalRuleIds().contains(ruleId)) {
            throw new AssertionError("expected " + subject() + " to be capped by a critical finding of rule " + ruleId
                    + " but "
                    + (dimension.criticalRuleIds().isEmpty()
                            ? "no rule caps it"
                            : "it is capped by rule " + String.join(", ", dimension.criticalRuleIds()))
                    + " (" + Descriptions.score(actual()) + ")");
        }
        return this;
    }

    @Override
    String subject() {
        return "dimension " + dimension.dimensionId()
                + lens.map(l -> ", lens " + l.code()).orElse("");
    }

    @Override
    String context() {
        return dimension.criticalRuleIds().isEmpty()
                ? ""
                : "; critical findings on it: " + String.join(", ", dimension.criticalRuleIds());
    }
}
