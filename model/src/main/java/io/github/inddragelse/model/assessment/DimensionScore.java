package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The score of one dimension (an element or a principle): one score per lens that has anything to
 * say (records, caseworker, citizen, …), an overall score across the lenses, and the ids of the
 * critical findings that cap its band.
 */
@Value.Immutable
public abstract class DimensionScore {

    DimensionScore() {}

    /**
     * The dimension.
     *
     * @return the dimension from the catalogue
     */
    @Value.Parameter
    public abstract Dimension dimension();

    /**
     * The score per lens, in lens order; a lens with nothing applicable is absent.
     *
     * @return the lens scores
     */
    @Value.Parameter
    public abstract Map<Lens, Score> lenses();

    /**
     * The overall score across the lenses.
     *
     * @return the overall score
     */
    @Value.Parameter
    public abstract Score overall();

    /**
     * The ids of the rules with critical findings on this dimension.
     *
     * @return the rule ids, possibly empty
     */
    @Value.Parameter
    public abstract List<String> criticalRuleIds();

    /**
     * The dimension's id; short for {@code dimension().id()}.
     *
     * @return the id
     */
    public String dimensionId() {
        return dimension().id();
    }

    /**
     * The score of one lens.
     *
     * @param lens the lens
     * @return the score, or {@link Score#none()} when the lens has nothing applicable
     */
    public Score lens(Lens lens) {
        return lenses().getOrDefault(lens, Score.none());
    }

    /**
     * Equal to any dimension score with equal dimension, lens scores, overall score and critical rule
     * ids, however it was made (by the assessor, a builder, or read from JSON).
     */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof DimensionScore that
                && dimension().equals(that.dimension())
                && overall().equals(that.overall())
                && lenses().equals(that.lenses())
                && criticalRuleIds().equals(that.criticalRuleIds());
    }

    /** A hash consistent with {@link #equals(Object)}. */
    @Override
    public final int hashCode() {
        int h = dimension().hashCode();
        h = 31 * h + lenses().hashCode();
        h = 31 * h + overall().hashCode();
        return 31 * h + criticalRuleIds().hashCode();
    }

    @Override
    public String toString() {
        return "DimensionScore{" + dimension().id() + ", overall=" + overall() + "}";
    }

    /**
     * A dimension score from its four parts, without a builder (the scorer makes a dozen per
     * assessment).
     *
     * <pre>{@code
     * DimensionScore score = DimensionScore.of(dimension, Map.of(Lens.RECORDS, records), records, List.of());
     * }</pre>
     *
     * @param dimension the dimension scored
     * @param lenses the score through each lens that has anything to score
     * @param overall the dimension's overall score
     * @param criticalRuleIds the ids of the critical rules not met that cap the band
     * @return the score
     * @throws NullPointerException if any part is null
     */
    public static DimensionScore of(
            Dimension dimension, Map<Lens, Score> lenses, Score overall, List<String> criticalRuleIds) {
        return ImmutableDimensionScore.of(dimension, lenses, overall, criticalRuleIds);
    }

    /**
     * Starts building a dimension score.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DimensionScore}. */
    public static final class Builder extends ImmutableDimensionScore.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public DimensionScore build() {
            return io.github.inddragelse.model.internal.Checks.built("DimensionScore", super::build);
        }
    }
}
