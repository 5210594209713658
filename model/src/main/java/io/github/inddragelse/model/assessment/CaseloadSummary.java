package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.scoring.Band;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * What many assessments show together: how the cases spread over the bands of each dimension, the
 * share of cases with critical findings, and the rules most often not met. Build it from a
 * collection, a stream ({@link #collector()}) or incrementally ({@link #accumulator()}) when
 * assessments arrive one at a time, as from an NDJSON file.
 *
 * <pre>{@code
 * CaseloadSummary summary = assessments.stream().collect(CaseloadSummary.collector());
 * System.out.printf("%d of %d cases have critical findings%n",
 *         summary.casesWithCriticalFindings(), summary.cases());
 * }</pre>
 */
@Value.Immutable
public abstract class CaseloadSummary {

    /** How many unmet rules {@link #mostOftenUnmet()} lists at most. */
    public static final int TOP_RULES = 10;

    CaseloadSummary() {}

    /**
     * The number of cases.
     *
     * @return the count
     */
    public abstract int cases();

    /**
     * The number of cases with at least one critical finding.
     *
     * @return the count
     */
    public abstract int casesWithCriticalFindings();

    /**
     * The share of cases with at least one critical finding.
     *
     * @return 0–1, or 0 when there are no cases
     */
    public double shareWithCriticalFindings() {
        return cases() == 0 ? 0 : (double) casesWithCriticalFindings() / cases();
    }

    /**
     * The distribution of each dimension's overall score, in catalogue order.
     *
     * @return one summary per dimension
     */
    public abstract List<DimensionSummary> dimensions();

    /**
     * The rules most often not met, most first (ties by partly met, then rule id), at most {@link
     * #TOP_RULES}.
     *
     * @return the rule counts
     */
    public abstract List<RuleCount> mostOftenUnmet();

    /**
     * Summarises assessments.
     *
     * @param assessments the assessments
     * @return the summary
     */
    public static CaseloadSummary of(Iterable<Assessment> assessments) {
        Accumulator acc = accumulator();
        assessments.forEach(acc::add);
        return acc.build();
    }

    /**
     * A collector for streams of assessments.
     *
     * @return the collector
     */
    public static Collector<Assessment, ?, CaseloadSummary> collector() {
        return Collector.of(CaseloadSummary::accumulator, Accumulator::add, Accumulator::merge, Accumulator::build);
    }

    /**
     * An accumulator to add assessments to one at a time. Keeps one number per case and dimension,
     * never the assessments themselves. Not thread-safe.
     *
     * @return a new accumulator
     */
    public static Accumulator accumulator() {
        return new Accumulator();
    }

    /**
     * The distribution of one dimension's overall score over the cases.
     *
     * @param dimensionId the dimension
     * @param name the dimension's name
     * @param bands how many cases are in each band
     * @param withoutBand how many cases claim no band (nothing applied, or too little coverage)
     * @param meanPercent the mean percent over cases with a percent
     * @param medianPercent the median percent over cases with a percent
     */
    public record DimensionSummary(
            String dimensionId,
            Text name,
            Map<Band, Integer> bands,
            int withoutBand,
            OptionalDouble meanPercent,
            OptionalDouble medianPercent) {

        /** Copies the map. */
        public DimensionSummary {
            Objects.requireNonNull(dimensionId, "dimensionId");
            Objects.requireNonNull(name, "name");
            bands = Map.copyOf(bands);
        }
    }

    /**
     * How often a rule was not met over the cases.
     *
     * @param ruleId the rule
     * @param title the rule's title
     * @param notMet the number of cases where it was not met
     * @param partlyMet the number of cases where it was partly met
     */
    public record RuleCount(String ruleId, Text title, int notMet, int partlyMet) {

        /** Checks the id and title are given. */
        public RuleCount {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(title, "title");
        }
    }

    /** Adds assessments one at a time; see {@link CaseloadSummary#accumulator()}. */
    public static final class Accumulator {
        private int cases;
        private int critical;
        private final Map<String, DimensionTally> dimensions = new LinkedHashMap<>();
        private final Map<String, RuleTally> rules = new LinkedHashMap<>();

        private Accumulator() {}

        /**
         * Adds one assessment.
         *
         * @param assessment the assessment
         * @return this
         */
        public Accumulator add(Assessment assessment) {
            cases++;
            if (assessment.hasCriticalFindings()) {
                critical++;
            }
            for (DimensionScore d : assessment.dimensions()) {
                DimensionTally t = dimensions.computeIfAbsent(d.dimensionId(), id -> new DimensionTally(d));
                d.overall().band().ifPresentOrElse(b -> t.bands.merge(b, 1, Integer::sum), () -> t.withoutBand++);
                d.overall().percent().ifPresent(t::addPercent);
            }
            for (Finding f : assessment.findings()) {
                if (f.outcome() == Outcome.NOT_MET || f.outcome() == Outcome.PARTLY_MET) {
                    RuleTally t = rules.computeIfAbsent(f.ruleId(), id -> new RuleTally(f.title()));
                    if (f.outcome() == Outcome.NOT_MET) {
                        t.notMet++;
                    } else {
                        t.partlyMet++;
                    }
                }
            }
            return this;
        }

        Accumulator merge(Accumulator other) {
            cases += other.cases;
            critical += other.critical;
            other.dimensions.forEach((id, t) -> dimensions.merge(id, t, DimensionTally::merge));
            other.rules.forEach((id, t) -> rules.merge(id, t, RuleTally::merge));
            return this;
        }

        /**
         * Builds the summary of what was added so far.
         *
         * @return the summary
         */
        public CaseloadSummary build() {
            List<DimensionSummary> dims = new ArrayList<>(dimensions.size());
            dimensions.forEach((id, t) -> dims.add(t.summary(id)));
            List<RuleCount> counts = new ArrayList<>(rules.size());
            rules.forEach((id, t) -> counts.add(new RuleCount(id, t.title, t.notMet, t.partlyMet)));
            counts.sort((a, b) -> a.notMet() != b.notMet()
                    ? Integer.compare(b.notMet(), a.notMet())
                    : a.partlyMet() != b.partlyMet()
                            ? Integer.compare(b.partlyMet(), a.partlyMet())
                            : a.ruleId().compareTo(b.ruleId()));
            return ImmutableCaseloadSummary.builder()
                    .cases(cases)
                    .casesWithCriticalFindings(critical)
                    .dimensions(dims)
                    .mostOftenUnmet(counts.subList(0, Math.min(TOP_RULES, counts.size())))
                    .build();
        }
    }

    private static final class DimensionTally {
        final Text name;
        final Map<Band, Integer> bands = new EnumMap<>(Band.class);
        int withoutBand;
        double[] percents = new double[16];
        int count;

        DimensionTally(DimensionScore d) {
            this.name = d.dimension().name();
        }

        void addPercent(double p) {
            if (count == percents.length) {
                percents = Arrays.copyOf(percents, count * 2);
            }
            percents[count++] = p;
        }

        DimensionTally merge(DimensionTally other) {
            other.bands.forEach((b, n) -> bands.merge(b, n, Integer::sum));
            withoutBand += other.withoutBand;
            for (int i = 0; i < other.count; i++) {
                addPercent(other.percents[i]);
            }
            return this;
        }

        DimensionSummary summary(String id) {
            if (count == 0) {
                return new DimensionSummary(
                        id, name, bands, withoutBand, OptionalDouble.empty(), OptionalDouble.empty());
            }
            double[] sorted = Arrays.copyOf(percents, count);
            Arrays.sort(sorted);
            double sum = 0;
            for (double p : sorted) {
                sum += p;
            }
            double median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
            return new DimensionSummary(
                    id, name, bands, withoutBand, OptionalDouble.of(sum / count), OptionalDouble.of(median));
        }
    }

    private static final class RuleTally {
        final Text title;
        int notMet;
        int partlyMet;

        RuleTally(Text title) {
            this.title = title;
        }

        RuleTally merge(RuleTally other) {
            notMet += other.notMet;
            partlyMet += other.partlyMet;
            return this;
        }
    }
}
