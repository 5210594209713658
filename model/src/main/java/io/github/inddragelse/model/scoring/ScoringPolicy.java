package io.github.inddragelse.model.scoring;

import io.github.inddragelse.model.internal.Checks;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Severity;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How findings and answers become scores, as data: points per outcome, weights per severity and per
 * lens, how insufficient data counts, band thresholds, the minimum coverage for a band, and the band
 * a critical finding caps a dimension at.
 *
 * <pre>{@code
 * ScoringPolicy strict = ScoringPolicy.builder().from(ScoringPolicy.standard())
 *         .insufficientData(InsufficientDataPolicy.COUNT_AS_NOT_MET)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ScoringPolicy {

    private static final ScoringPolicy STANDARD = builder().build();

    ScoringPolicy() {}

    /**
     * The standard policy: met 1, partly met 0.5, not met 0; critical rules weigh 2, advisory 1;
     * insufficient data lowers coverage; bands strong ≥ 80, adequate ≥ 60, weak ≥ 40, else critical;
     * a band needs coverage ≥ 0.5 and at least two scored checks; a critical finding caps the band at
     * weak; all lenses weigh 1.
     *
     * @return the standard policy
     */
    public static ScoringPolicy standard() {
        return STANDARD;
    }

    /**
     * An id for audit, for example {@code standard-1}.
     *
     * @return the policy id
     */
    @Value.Default
    public String id() {
        return "standard-1";
    }

    /**
     * Points (0–1) for a met outcome.
     *
     * @return the points; 1 unless set
     */
    @Value.Default
    public double metPoints() {
        return 1.0;
    }

    /**
     * Points (0–1) for a partly met outcome.
     *
     * @return the points; 0.5 unless set
     */
    @Value.Default
    public double partlyMetPoints() {
        return 0.5;
    }

    /**
     * Points (0–1) for a not met outcome.
     *
     * @return the points; 0 unless set
     */
    @Value.Default
    public double notMetPoints() {
        return 0.0;
    }

    /**
     * The weight of a critical rule.
     *
     * @return the weight; 2 unless set
     */
    @Value.Default
    public double criticalWeight() {
        return 2.0;
    }

    /**
     * The weight of an advisory rule.
     *
     * @return the weight; 1 unless set
     */
    @Value.Default
    public double advisoryWeight() {
        return 1.0;
    }

    /**
     * How insufficient data and "don't know" count.
     *
     * @return the policy; lower coverage unless set
     */
    @Value.Default
    public InsufficientDataPolicy insufficientData() {
        return InsufficientDataPolicy.LOWER_COVERAGE;
    }

    /**
     * The lowest percent for the strong band.
     *
     * @return the threshold; 80 unless set
     */
    @Value.Default
    public double strongFrom() {
        return 80.0;
    }

    /**
     * The lowest percent for the adequate band.
     *
     * @return the threshold; 60 unless set
     */
    @Value.Default
    public double adequateFrom() {
        return 60.0;
    }

    /**
     * The lowest percent for the weak band; below it the band is critical.
     *
     * @return the threshold; 40 unless set
     */
    @Value.Default
    public double weakFrom() {
        return 40.0;
    }

    /**
     * The least coverage (0–1) for a score to claim a band.
     *
     * @return the minimum coverage; 0.5 unless set
     */
    @Value.Default
    public double minimumCoverage() {
        return 0.5;
    }

    /**
     * The least number of scored findings and answers a score needs to claim a band: one data point
     * is not enough to call a dimension strong or critical.
     *
     * @return the minimum; 2 unless set
     */
    @Value.Default
    public int minimumScoredForBand() {
        return 2;
    }

    /**
     * The best band a dimension can have while a critical finding serves it.
     *
     * @return the cap; weak unless set
     */
    @Value.Default
    public Band criticalCap() {
        return Band.WEAK;
    }

    /**
     * The weight of each lens in a dimension's overall score; lenses not listed weigh 1.
     *
     * @return the lens weights
     */
    public abstract Map<Lens, Double> lensWeights();

    /**
     * Whether in-progress checklist responses are scored.
     *
     * @return false unless set
     */
    @Value.Default
    public boolean scoreInProgressResponses() {
        return false;
    }

    /**
     * The points (0–1) an outcome gives, or -1 for outcomes that are not scored.
     *
     * @param outcome the outcome
     * @return the points
     */
    public double points(Outcome outcome) {
        return switch (outcome) {
            case MET -> metPoints();
            case PARTLY_MET -> partlyMetPoints();
            case NOT_MET -> notMetPoints();
            case NOT_APPLICABLE, INSUFFICIENT_DATA -> -1;
        };
    }

    /**
     * The weight of a rule of a severity.
     *
     * @param severity the severity
     * @return the weight
     */
    public double weight(Severity severity) {
        return severity == Severity.CRITICAL ? criticalWeight() : advisoryWeight();
    }

    /**
     * The weight of a lens.
     *
     * @param lens the lens
     * @return the weight; 1 if not listed
     */
    public double weight(Lens lens) {
        return lensWeights().getOrDefault(lens, 1.0);
    }

    /**
     * The band of a percent, before coverage and caps.
     *
     * @param percent 0–100
     * @return the band
     */
    public Band bandFor(double percent) {
        if (percent >= strongFrom()) {
            return Band.STRONG;
        }
        if (percent >= adequateFrom()) {
            return Band.ADEQUATE;
        }
        return percent >= weakFrom() ? Band.WEAK : Band.CRITICAL;
    }

    @Value.Check
    final void check() {
        Checks c = Checks.of("ScoringPolicy");
        c.require(unit(metPoints()), "metPoints", "must be within 0-1");
        c.require(unit(partlyMetPoints()), "partlyMetPoints", "must be within 0-1");
        c.require(unit(notMetPoints()), "notMetPoints", "must be within 0-1");
        c.require(
                metPoints() >= partlyMetPoints() && partlyMetPoints() >= notMetPoints(),
                "partlyMetPoints",
                "must lie between notMetPoints and metPoints");
        c.require(criticalWeight() > 0 && Double.isFinite(criticalWeight()), "criticalWeight", "must be above 0");
        c.require(advisoryWeight() > 0 && Double.isFinite(advisoryWeight()), "advisoryWeight", "must be above 0");
        c.require(
                strongFrom() <= 100 && strongFrom() > adequateFrom() && adequateFrom() > weakFrom() && weakFrom() > 0,
                "strongFrom",
                "thresholds must satisfy 0 < weakFrom < adequateFrom < strongFrom <= 100");
        c.require(unit(minimumCoverage()), "minimumCoverage", "must be within 0-1");
        c.require(minimumScoredForBand() >= 1, "minimumScoredForBand", "must be at least 1");
        lensWeights()
                .forEach((lens, w) -> c.require(
                        w >= 0 && Double.isFinite(w),
                        "lensWeights." + lens.code(),
                        "must be a finite number of 0 or more"));
        c.throwIfAny();
    }

    private static boolean unit(double v) {
        return v >= 0 && v <= 1;
    }

    /**
     * Starts building a policy; every setting has the standard value unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScoringPolicy}. */
    public static final class Builder extends ImmutableScoringPolicy.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public ScoringPolicy build() {
            return io.github.inddragelse.model.internal.Checks.built("ScoringPolicy", super::build);
        }
    }
}
