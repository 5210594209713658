package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.scoring.Score;
import java.time.LocalDate;
import java.util.List;

/**
 * The assessment an {@link Assessor} makes: it keeps the lists the assessor built for it instead of
 * copying them twice through a builder, as {@link Assessment#builder()} does for assessments made
 * elsewhere. Equal to any other assessment with equal attributes ({@link Assessment#equals}).
 * Immutable: every list it is given is unmodifiable and no longer touched by the assessor.
 */
final class AssessedCase extends Assessment {

    private final String caseId;
    private final LocalDate asOf;
    private final String catalogueId;
    private final String catalogueVersion;
    private final String scoringPolicyId;
    private final String libraryVersion;
    private final List<Finding> findings;
    private final List<ItemScore> itemScores;
    private final List<DimensionScore> dimensions;
    private final Score overall;
    private final List<TrustGap> trustGaps;

    AssessedCase(
            String caseId,
            LocalDate asOf,
            String catalogueId,
            String catalogueVersion,
            String scoringPolicyId,
            String libraryVersion,
            List<Finding> findings,
            List<ItemScore> itemScores,
            List<DimensionScore> dimensions,
            Score overall,
            List<TrustGap> trustGaps) {
        this.caseId = caseId;
        this.asOf = asOf;
        this.catalogueId = catalogueId;
        this.catalogueVersion = catalogueVersion;
        this.scoringPolicyId = scoringPolicyId;
        this.libraryVersion = libraryVersion;
        this.findings = findings;
        this.itemScores = itemScores;
        this.dimensions = dimensions;
        this.overall = overall;
        this.trustGaps = trustGaps;
    }

    @Override
    public String caseId() {
        return caseId;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public String catalogueId() {
        return catalogueId;
    }

    @Override
    public String catalogueVersion() {
        return catalogueVersion;
    }

    @Override
    public String scoringPolicyId() {
        return scoringPolicyId;
    }

    @Override
    public String libraryVersion() {
        return libraryVersion;
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public List<ItemScore> itemScores() {
        return itemScores;
    }

    @Override
    public List<DimensionScore> dimensions() {
        return dimensions;
    }

    @Override
    public Score overall() {
        return overall;
    }

    @Override
    public List<TrustGap> trustGaps() {
        return trustGaps;
    }
}
