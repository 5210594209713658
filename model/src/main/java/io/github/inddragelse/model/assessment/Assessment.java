package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Score;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The immutable result of assessing one case process as of one date: every finding, every checklist
 * item's score, a score per dimension and per lens, an overall score for the case, the trust gaps,
 * and, for audit, the catalogue, scoring policy and library versions used.
 *
 * <pre>{@code
 * Assessment assessment = Assessor.standard().assess(process, LocalDate.of(2026, 6, 1));
 * assessment.dimensions().forEach(d ->
 *         System.out.println(d.dimension().name().da() + ": " + d.overall().band().map(Band::code).orElse("-")));
 * assessment.criticalFindings().forEach(f -> System.out.println(f.explanation().da()));
 * }</pre>
 */
@Value.Immutable
public abstract class Assessment {

    Assessment() {}

    /**
     * The case assessed.
     *
     * @return the case id
     */
    public abstract String caseId();

    /**
     * The date the case was assessed as of.
     *
     * @return the as-of date
     */
    public abstract LocalDate asOf();

    /**
     * The id of the catalogue used.
     *
     * @return the catalogue id
     */
    public abstract String catalogueId();

    /**
     * The version of the catalogue used.
     *
     * @return the catalogue version
     */
    public abstract String catalogueVersion();

    /**
     * The id of the scoring policy used.
     *
     * @return the policy id
     */
    public abstract String scoringPolicyId();

    /**
     * The version of the library that made the assessment.
     *
     * @return the library version
     */
    public abstract String libraryVersion();

    /**
     * One finding per rule, in rule order.
     *
     * @return the findings
     */
    public abstract List<Finding> findings();

    /**
     * One score per checklist item of every response used.
     *
     * @return the item scores
     */
    public abstract List<ItemScore> itemScores();

    /**
     * One score per dimension, in catalogue order (elements, then principles).
     *
     * @return the dimension scores
     */
    public abstract List<DimensionScore> dimensions();

    /**
     * The overall score of the case across dimensions; capped when any finding is critical.
     *
     * @return the overall score
     */
    public abstract Score overall();

    /**
     * The trust gap per dimension where both the caseworker and the citizen answered.
     *
     * @return the trust gaps, in catalogue order
     */
    public abstract List<TrustGap> trustGaps();

    /**
     * The critical findings: critical rules that are not met.
     *
     * @return the critical findings, in rule order
     */
    public List<Finding> criticalFindings() {
        return findings().stream().filter(Finding::isCritical).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether any finding is critical.
     *
     * @return true if there is a critical finding
     */
    public boolean hasCriticalFindings() {
        for (Finding f : findings()) {
            if (f.isCritical()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Looks up the finding of a rule.
     *
     * @param ruleId the rule id
     * @return the finding, if the rule was run
     */
    public Optional<Finding> finding(String ruleId) {
        for (Finding f : findings()) {
            if (f.ruleId().equals(ruleId)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Looks up the score of a dimension.
     *
     * @param dimensionId the dimension id
     * @return the score, if the catalogue has the dimension
     */
    public Optional<DimensionScore> dimension(String dimensionId) {
        for (DimensionScore d : dimensions()) {
            if (d.dimensionId().equals(dimensionId)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Looks up the trust gap of a dimension.
     *
     * @param dimensionId the dimension id
     * @return the gap, if both the caseworker and the citizen answered items on it
     */
    public Optional<TrustGap> trustGap(String dimensionId) {
        for (TrustGap g : trustGaps()) {
            if (g.dimensionId().equals(dimensionId)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * The band of a dimension's overall score.
     *
     * @param dimensionId the dimension id
     * @return the band, if the dimension exists and claims one
     */
    public Optional<Band> band(String dimensionId) {
        return dimension(dimensionId).flatMap(d -> d.overall().band());
    }

    /**
     * Equal to any assessment with equal attributes, however it was made (by the assessor, a builder,
     * or read from JSON).
     */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Assessment that
                && caseId().equals(that.caseId())
                && asOf().equals(that.asOf())
                && catalogueId().equals(that.catalogueId())
                && catalogueVersion().equals(that.catalogueVersion())
                && scoringPolicyId().equals(that.scoringPolicyId())
                && libraryVersion().equals(that.libraryVersion())
                && overall().equals(that.overall())
                && findings().equals(that.findings())
                && itemScores().equals(that.itemScores())
                && dimensions().equals(that.dimensions())
                && trustGaps().equals(that.trustGaps());
    }

    /** A hash consistent with {@link #equals(Object)}. */
    @Override
    public final int hashCode() {
        return Objects.hash(
                caseId(),
                asOf(),
                catalogueId(),
                catalogueVersion(),
                scoringPolicyId(),
                libraryVersion(),
                findings(),
                itemScores(),
                dimensions(),
                overall(),
                trustGaps());
    }

    @Override
    public String toString() {
        return "Assessment{caseId=" + caseId() + ", asOf=" + asOf() + ", findings="
                + findings().size() + ", critical=" + criticalFindings().size() + ", overall=" + overall() + "}";
    }

    /**
     * Starts building an assessment (the assessor builds them; JSON readers and tests may too).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Assessment}. */
    public static final class Builder extends ImmutableAssessment.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Assessment build() {
            return io.github.inddragelse.model.internal.Checks.built("Assessment", super::build);
        }
    }
}
