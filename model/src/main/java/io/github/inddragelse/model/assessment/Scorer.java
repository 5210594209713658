package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.InsufficientDataPolicy;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import io.github.inddragelse.model.scoring.ScoringPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns findings and item scores into scores per dimension and lens, an overall score, and trust
 * gaps, following a {@link ScoringPolicy}. Percent of maximum over applicable items; not applicable
 * leaves the denominator; insufficient data and "don't know" lower coverage (or count as not met,
 * as the policy says); a critical finding caps the band.
 */
final class Scorer {

    private static final Lens[] LENSES = Lens.values();

    /** The band of a score as the optional a {@link Score} holds, by the band's ordinal; never changed. */
    private static final List<Optional<Band>> BANDS = bands();

    private final ScoringPolicy policy;
    private final List<Dimension> dimensions;
    /** For each rule, in the assessor's order, the catalogue indexes of the dimensions it serves. */
    private final int[][] ruleDimensions;
    /** The dimension ids in catalogue order. */
    private final String[] ids;
    /** The policy's weight of each lens, by ordinal. */
    private final double[] lensWeight;
    /** The policy's points of each outcome, by ordinal; -1 for outcomes that are not scored. */
    private final double[] outcomePoints;

    /**
     * Creates a scorer for a catalogue and policy. Thread-safe.
     *
     * @param catalogue the catalogue whose dimensions are scored
     * @param policy the scoring policy
     * @param rules the rules whose findings will be scored, in the order their findings come
     */
    Scorer(Catalogue catalogue, ScoringPolicy policy, List<Rule> rules) {
        this.policy = policy;
        this.dimensions = catalogue.dimensions();
        this.lensWeight = new double[LENSES.length];
        for (Lens lens : LENSES) {
            lensWeight[lens.ordinal()] = policy.weight(lens);
        }
        Outcome[] outcomes = Outcome.values();
        this.outcomePoints = new double[outcomes.length];
        for (Outcome outcome : outcomes) {
            outcomePoints[outcome.ordinal()] = policy.points(outcome);
        }
        this.ids = new String[dimensions.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = dimensions.get(i).id();
        }
        this.ruleDimensions = new int[rules.size()][];
        for (int r = 0; r < ruleDimensions.length; r++) {
            ruleDimensions[r] = indexes(rules.get(r).definition().dimensions());
        }
    }

    /** The scores of one assessment. */
    record Result(List<DimensionScore> dimensions, Score overall, List<TrustGap> trustGaps) {}

    /**
     * The running totals of every dimension and lens, in flat arrays indexed by {@code dimension *
     * lenses + lens}: points earned, points possible, applicable and scored checks.
     */
    private static final class Tallies {
        final double[] points;
        final double[] max;
        final int[] applicable;
        final int[] scored;

        /** Lenses per dimension: all of them, or only the records' (ordinal 0) when no checklist answers. */
        final int width;

        Tallies(int dimensions, int width) {
            this.width = width;
            int n = dimensions * width;
            points = new double[n];
            max = new double[n];
            applicable = new int[n];
            scored = new int[n];
        }

        void add(int d, Lens lens, double weight, double fraction) {
            int i = d * width + lens.ordinal();
            points[i] += weight * fraction;
            max[i] += weight;
            applicable[i]++;
            scored[i]++;
        }

        void unscored(int d, Lens lens) {
            applicable[d * width + lens.ordinal()]++;
        }
    }

    /**
     * Scores findings and item scores.
     *
     * @param findings the rules' findings: one per rule, in the order of the rules this scorer was
     *     made for
     * @param items the checklist items' scores
     * @return the scores
     */
    Result score(List<Finding> findings, List<ItemScore> items) {
        if (findings.size() != ruleDimensions.length) {
            throw new IllegalArgumentException(
                    "expected one finding per rule (" + ruleDimensions.length + "), got " + findings.size());
        }
        int n = dimensions.size();
        // without checklist answers only the records lens (ordinal 0) has anything to score
        int width = items.isEmpty() ? Lens.RECORDS.ordinal() + 1 : LENSES.length;
        Tallies tallies = new Tallies(n, width);
        List<String>[] critical = null;
        boolean anyCritical = false;
        boolean countMissing = policy.insufficientData() == InsufficientDataPolicy.COUNT_AS_NOT_MET;
        double notMetPoints = policy.notMetPoints();

        for (int f = 0, size = findings.size(); f < size; f++) {
            Finding finding = findings.get(f);
            Outcome outcome = finding.outcome();
            if (outcome == Outcome.NOT_APPLICABLE) {
                continue;
            }
            double weight = policy.weight(finding.severity());
            double fraction = outcomePoints[outcome.ordinal()];
            boolean isCritical = finding.isCritical();
            anyCritical |= isCritical;
            for (int d : ruleDimensions[f]) {
                if (fraction >= 0) {
                    tallies.add(d, Lens.RECORDS, weight, fraction);
                } else if (countMissing) {
                    tallies.add(d, Lens.RECORDS, weight, notMetPoints);
                } else {
                    tallies.unscored(d, Lens.RECORDS);
                }
                if (isCritical) {
                    critical = critical == null ? newLists(n) : critical;
                    critical[d].add(finding.ruleId());
                }
            }
        }

        for (ItemScore item : items) {
            if (item.status() == ItemStatus.NOT_APPLICABLE) {
                continue;
            }
            Lens lens = Lens.of(item.perspective());
            for (String dimensionId : item.dimensions()) {
                int d = indexOf(dimensionId);
                if (d < 0) {
                    continue;
                }
                if (item.status() == ItemStatus.SCORED && item.maxPoints() > 0) {
                    tallies.add(d, lens, item.weight(), item.points().orElse(0) / item.maxPoints());
                } else if (countMissing) {
                    tallies.add(d, lens, item.weight(), 0);
                } else {
                    tallies.unscored(d, lens);
                }
            }
        }

        DimensionScore[] scores = new DimensionScore[n];
        // the lens scores of every dimension, each dimension's at d * width
        Score[] lensScores = new Score[n * width];
        List<TrustGap> gaps = null; // made at the first gap: most assessments have no checklists
        double percentSum = 0;
        int percentCount = 0;
        double coverageSum = 0;
        int coverageCount = 0;
        int applicable = 0;
        int scored = 0;
        for (int d = 0; d < n; d++) {
            Dimension dimension = dimensions.get(d);
            List<String> criticalIds = critical == null || critical[d].isEmpty() ? List.of() : List.copyOf(critical[d]);
            boolean capped = !criticalIds.isEmpty();
            int first = d * width;
            int lensCount = 0;
            Score only = null; // the score of the one lens with applicable checks, if only one has them
            double weighted = 0;
            double weights = 0;
            double coverage = 0;
            double coverageWeights = 0;
            int dimApplicable = 0;
            int dimScored = 0;
            for (int l = 0; l < width; l++) {
                Lens lens = LENSES[l];
                int i = first + l;
                int lensApplicable = tallies.applicable[i];
                if (lensApplicable == 0) {
                    continue;
                }
                int lensScored = tallies.scored[i];
                Score s = score(
                        tallies.points[i], tallies.max[i], lensApplicable, lensScored, capped && lens == Lens.RECORDS);
                only = lensCount++ == 0 ? s : null;
                lensScores[i] = s;
                double w = lensWeight[lens.ordinal()];
                dimApplicable += lensApplicable;
                dimScored += lensScored;
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
                            weights > 0,
                            weights > 0 ? weighted / weights : 0,
                            coverageWeights > 0 ? coverage / coverageWeights : 0,
                            dimApplicable,
                            dimScored,
                            capped,
                            only);
            scores[d] = new ScoredDimension(dimension, lensScores, first, width, lensCount, overall, criticalIds);
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
            boolean allLenses = width == LENSES.length;
            Score cw = allLenses ? lensScores[first + Lens.CASEWORKER.ordinal()] : null;
            Score citizen = allLenses ? lensScores[first + Lens.CITIZEN.ordinal()] : null;
            if (cw != null
                    && citizen != null
                    && cw.percent().isPresent()
                    && citizen.percent().isPresent()) {
                gaps = gaps == null ? new ArrayList<>(n) : gaps;
                gaps.add(new TrustGap(
                        dimension.id(),
                        cw.percent().getAsDouble(),
                        citizen.percent().getAsDouble()));
            }
        }
        Score overall = coverageCount == 0
                ? Score.none()
                : combine(
                        percentCount > 0,
                        percentCount > 0 ? percentSum / percentCount : 0,
                        coverageSum / coverageCount,
                        applicable,
                        scored,
                        anyCritical,
                        null);
        // the arrays are this call's own and never touched again: wrapped, not copied
        return new Result(
                Collections.unmodifiableList(Arrays.asList(scores)),
                overall,
                gaps == null ? List.of() : Collections.unmodifiableList(gaps));
    }

    /** The catalogue indexes of the dimension ids the catalogue has, in order. */
    private int[] indexes(List<String> dimensionIds) {
        int[] found = new int[dimensionIds.size()];
        int n = 0;
        for (String id : dimensionIds) {
            int d = indexOf(id);
            if (d >= 0) {
                found[n++] = d;
            }
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    /**
     * The catalogue index of a dimension id, or -1. A catalogue has a dozen dimensions, and rules
     * name them with the catalogue's own id constants, so a scan finds them at once.
     */
    private int indexOf(String dimensionId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(dimensionId)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newLists(int n) {
        List<String>[] lists = new List[n];
        for (int i = 0; i < n; i++) {
            lists[i] = new ArrayList<>(1);
        }
        return lists;
    }

    private Score score(double points, double max, int applicable, int scored, boolean capped) {
        boolean hasPercent = scored > 0 && max > 0;
        double percent = hasPercent ? clamp(100.0 * points / max) : 0;
        return combine(hasPercent, percent, (double) scored / applicable, applicable, scored, capped, null);
    }

    /**
     * A score from its parts.
     *
     * @param hasPercent whether there is a percent
     * @param percent the percent, if there is one
     * @param same a score to return instead of a new one when it is equal to the one made, or null
     */
    private Score combine(
            boolean hasPercent,
            double percent,
            double coverage,
            int applicable,
            int scored,
            boolean capped,
            Score same) {
        double pct = clamp(percent);
        double cov = Math.max(0, Math.min(1, coverage));
        Band band = null;
        boolean wasCapped = false;
        if (hasPercent && cov >= policy.minimumCoverage() && scored >= policy.minimumScoredForBand()) {
            band = policy.bandFor(percent);
            if (capped) {
                wasCapped = true;
                band = band.worst(policy.criticalCap());
            }
        }
        if (same != null
                && same.applicable() == applicable
                && same.scored() == scored
                && same.capped() == wasCapped
                && Double.compare(same.coverage(), cov) == 0
                && same.band().orElse(null) == band
                && (hasPercent
                        ? same.percent().isPresent()
                                && Double.compare(same.percent().getAsDouble(), pct) == 0
                        : same.percent().isEmpty())) {
            // a dimension scored through one lens only (no checklists): its overall score is that lens's
            return same;
        }
        return new Score(
                hasPercent ? OptionalDouble.of(pct) : OptionalDouble.empty(),
                cov,
                band == null ? Optional.empty() : BANDS.get(band.ordinal()),
                applicable,
                scored,
                wasCapped);
    }

    private static List<Optional<Band>> bands() {
        List<Optional<Band>> bands = new ArrayList<>();
        for (Band band : Band.values()) {
            bands.add(Optional.of(band));
        }
        return List.copyOf(bands);
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }
}
