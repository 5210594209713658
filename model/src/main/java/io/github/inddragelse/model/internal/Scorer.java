package io.github.inddragelse.model.internal;

import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.assessment.ItemScore;
import io.github.inddragelse.model.assessment.ItemStatus;
import io.github.inddragelse.model.assessment.TrustGap;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.InsufficientDataPolicy;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import io.github.inddragelse.model.scoring.ScoringPolicy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns findings and item scores into scores per dimension and lens, an overall score, and trust
 * gaps, following a {@link ScoringPolicy}. Percent of maximum over applicable items; not applicable
 * leaves the denominator; insufficient data and "don't know" lower coverage (or count as not met,
 * as the policy says); a critical finding caps the band.
 */
public final class Scorer {

    private static final Lens[] LENSES = Lens.values();

    private final Catalogue catalogue;
    private final ScoringPolicy policy;
    private final Map<String, Integer> index;

    /**
     * Creates a scorer for a catalogue and policy. Thread-safe.
     *
     * @param catalogue the catalogue whose dimensions are scored
     * @param policy the scoring policy
     */
    public Scorer(Catalogue catalogue, ScoringPolicy policy) {
        this.catalogue = catalogue;
        this.policy = policy;
        this.index = new HashMap<>();
        List<Dimension> dims = catalogue.dimensions();
        for (int i = 0; i < dims.size(); i++) {
            index.put(dims.get(i).id(), i);
        }
    }

    /** The scores of one assessment. */
    public record Result(List<DimensionScore> dimensions, Score overall, List<TrustGap> trustGaps) {}

    /** Running totals for one dimension through one lens. */
    private static final class Tally {
        double points;
        double max;
        int applicable;
        int scored;

        void add(double weight, double fraction) {
            points += weight * fraction;
            max += weight;
            applicable++;
            scored++;
        }

        void unscored() {
            applicable++;
        }
    }

    /**
     * Scores one assessment.
     *
     * @param findings the findings, in rule order
     * @param items the item scores
     * @return the scores
     */
    public Result score(List<Finding> findings, List<ItemScore> items) {
        int n = catalogue.dimensions().size();
        Tally[][] tallies = new Tally[n][LENSES.length];
        List<List<String>> critical = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            critical.add(new ArrayList<>(0));
        }
        boolean anyCritical = false;
        boolean countMissing = policy.insufficientData() == InsufficientDataPolicy.COUNT_AS_NOT_MET;

        for (Finding f : findings) {
            if (f.outcome() == Outcome.NOT_APPLICABLE) {
                continue;
            }
            double weight = policy.weight(f.severity());
            double fraction = policy.points(f.outcome());
            boolean isCritical = f.isCritical();
            anyCritical |= isCritical;
            for (String dimensionId : f.dimensions()) {
                Integer d = index.get(dimensionId);
                if (d == null) {
                    continue;
                }
                Tally t = tally(tallies, d, Lens.RECORDS);
                if (fraction >= 0) {
                    t.add(weight, fraction);
                } else if (countMissing) {
                    t.add(weight, policy.notMetPoints());
                } else {
                    t.unscored();
                }
                if (isCritical) {
                    critical.get(d).add(f.ruleId());
                }
            }
        }

        for (ItemScore item : items) {
            if (item.status() == ItemStatus.NOT_APPLICABLE) {
                continue;
            }
            Lens lens = Lens.of(item.perspective());
            for (String dimensionId : item.dimensions()) {
                Integer d = index.get(dimensionId);
                if (d == null) {
                    continue;
                }
                Tally t = tally(tallies, d, lens);
                if (item.status() == ItemStatus.SCORED && item.maxPoints() > 0) {
                    t.add(item.weight(), item.points().orElse(0) / item.maxPoints());
                } else if (countMissing) {
                    t.add(item.weight(), 0);
                } else {
                    t.unscored();
                }
            }
        }

        List<DimensionScore> dimensions = new ArrayList<>(n);
        List<TrustGap> gaps = new ArrayList<>();
        double percentSum = 0;
        int percentCount = 0;
        double coverageSum = 0;
        int coverageCount = 0;
        int applicable = 0;
        int scored = 0;
        for (int d = 0; d < n; d++) {
            Dimension dimension = catalogue.dimensions().get(d);
            boolean capped = !critical.get(d).isEmpty();
            Map<Lens, Score> lenses = new EnumMap<>(Lens.class);
            double weighted = 0;
            double weights = 0;
            double coverage = 0;
            double coverageWeights = 0;
            int dimApplicable = 0;
            int dimScored = 0;
            for (Lens lens : LENSES) {
                Tally t = tallies[d][lens.ordinal()];
                if (t == null || t.applicable == 0) {
                    continue;
                }
                Score s = score(t.points, t.max, t.applicable, t.scored, capped && lens == Lens.RECORDS);
                lenses.put(lens, s);
                double w = policy.weight(lens);
                dimApplicable += t.applicable;
                dimScored += t.scored;
                if (w > 0) {
                    coverage += w * s.coverage();
                    coverageWeights += w;
                    if (s.percent().isPresent()) {
                        weighted += w * s.percent().getAsDouble();
                        weights += w;
                    }
                }
            }
            Score overall = dimApplicable == 0
                    ? Score.none()
                    : combine(
                            weights > 0 ? OptionalDouble.of(weighted / weights) : OptionalDouble.empty(),
                            coverageWeights > 0 ? coverage / coverageWeights : 0,
                            dimApplicable,
                            dimScored,
                            capped);
            dimensions.add(DimensionScore.builder()
                    .dimension(dimension)
                    .lenses(lenses)
                    .overall(overall)
                    .criticalRuleIds(critical.get(d))
                    .build());
            if (overall.hasApplicable()) {
                coverageSum += overall.coverage();
                coverageCount++;
                applicable += overall.applicable();
                scored += overall.scored();
                if (overall.percent().isPresent()) {
                    percentSum += overall.percent().getAsDouble();
                    percentCount++;
                }
            }
            Score cw = lenses.get(Lens.CASEWORKER);
            Score citizen = lenses.get(Lens.CITIZEN);
            if (cw != null
                    && citizen != null
                    && cw.percent().isPresent()
                    && citizen.percent().isPresent()) {
                gaps.add(new TrustGap(
                        dimension.id(),
                        cw.percent().getAsDouble(),
                        citizen.percent().getAsDouble()));
            }
        }
        Score overall = coverageCount == 0
                ? Score.none()
                : combine(
                        percentCount > 0 ? OptionalDouble.of(percentSum / percentCount) : OptionalDouble.empty(),
                        coverageSum / coverageCount,
                        applicable,
                        scored,
                        anyCritical);
        return new Result(List.copyOf(dimensions), overall, List.copyOf(gaps));
    }

    private static Tally tally(Tally[][] tallies, int d, Lens lens) {
        Tally t = tallies[d][lens.ordinal()];
        if (t == null) {
            t = new Tally();
            tallies[d][lens.ordinal()] = t;
        }
        return t;
    }

    private Score score(double points, double max, int applicable, int scored, boolean capped) {
        OptionalDouble percent =
                scored > 0 && max > 0 ? OptionalDouble.of(clamp(100.0 * points / max)) : OptionalDouble.empty();
        return combine(percent, (double) scored / applicable, applicable, scored, capped);
    }

    private Score combine(OptionalDouble percent, double coverage, int applicable, int scored, boolean capped) {
        double cov = Math.max(0, Math.min(1, coverage));
        Optional<Band> band = Optional.empty();
        boolean wasCapped = false;
        if (percent.isPresent() && cov >= policy.minimumCoverage() && scored >= policy.minimumScoredForBand()) {
            Band b = policy.bandFor(percent.getAsDouble());
            if (capped) {
                wasCapped = true;
                b = b.worst(policy.criticalCap());
            }
            band = Optional.of(b);
        }
        OptionalDouble pct = percent.isPresent() ? OptionalDouble.of(clamp(percent.getAsDouble())) : percent;
        return new Score(pct, cov, band, applicable, scored, wasCapped);
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }
}
