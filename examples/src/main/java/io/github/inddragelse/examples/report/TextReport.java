package io.github.inddragelse.examples.report;

import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.assessment.TrustGap;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A plain-text scorecard per case and a caseload summary, for a terminal: the twelve dimensions in
 * catalogue order with the records, caseworker and citizen lenses, the overall percent, band (a
 * {@code *} marks a band capped by a critical finding) and coverage; then the critical findings with
 * rule id, legal citation, explanation and evidence; then the other findings not met, with
 * recommendations; then the trust gap.
 *
 * <pre>{@code
 * TextReport report = new TextReport(assessor.catalogue(), Language.DA);
 * System.out.print(report.scorecard(assessment));
 * System.out.print(report.summary(CaseloadSummary.of(assessments)));
 * }</pre>
 */
public final class TextReport {

    private static final String CAPPED = "*";
    private static final String RULE_LINE = "-".repeat(78);

    private final Catalogue catalogue;
    private final Language language;
    private final int nameWidth;

    /**
     * Creates a report.
     *
     * @param catalogue the catalogue the assessments were made with, for dimension codes and names
     * @param language the language of headings and finding text
     */
    public TextReport(Catalogue catalogue, Language language) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.language = Objects.requireNonNull(language, "language");
        int width = Labels.DIMENSION.in(language).length();
        for (Dimension d : catalogue.dimensions()) {
            width = Math.max(width, Labels.label(d, language).length());
        }
        this.nameWidth = width;
    }

    /**
     * The scorecard of one case.
     *
     * @param assessment the assessment
     * @return the scorecard, ending with a line break
     */
    public String scorecard(Assessment assessment) {
        StringBuilder out = new StringBuilder(4096);
        out.append(RULE_LINE).append('\n');
        out.append(Labels.CASE.in(language))
                .append(' ')
                .append(assessment.caseId())
                .append("  ·  ")
                .append(Labels.AS_OF.in(language))
                .append(' ')
                .append(assessment.asOf())
                .append('\n');
        out.append(Labels.OVERALL.in(language))
                .append(": ")
                .append(Labels.percent(assessment.overall().percent(), language))
                .append(assessment.overall().band().isPresent() ? "  " + band(assessment.overall()) : "")
                .append("  ·  ")
                .append(Labels.CRITICAL_FINDINGS.in(language))
                .append(": ")
                .append(assessment.criticalFindings().size())
                .append('\n');
        out.append(Labels.CATALOGUE.in(language))
                .append(' ')
                .append(assessment.catalogueId())
                .append(' ')
                .append(assessment.catalogueVersion())
                .append("  ·  ")
                .append(Labels.LIBRARY.in(language))
                .append(' ')
                .append(assessment.libraryVersion())
                .append("\n\n");
        dimensions(assessment, out);
        FindingGroups groups = FindingGroups.of(assessment);
        out.append('\n').append(heading(Labels.CRITICAL_FINDINGS, groups.critical.size()));
        if (groups.critical.isEmpty()) {
            out.append("  ").append(Labels.NO_CRITICAL.in(language)).append('\n');
        }
        groups.critical.forEach(f -> finding(f, "!", out));
        if (!groups.unmet.isEmpty()) {
            out.append('\n').append(heading(Labels.NOT_MET_FINDINGS, groups.unmet.size()));
            groups.unmet.forEach(f -> finding(f, "-", out));
        }
        if (!groups.insufficient.isEmpty()) {
            out.append('\n').append(heading(Labels.INSUFFICIENT_DATA, groups.insufficient.size()));
            groups.insufficient.forEach(f -> out.append("  ? ")
                    .append(f.ruleId())
                    .append("  ")
                    .append(f.explanation().in(language))
                    .append('\n'));
        }
        out.append('\n')
                .append(Labels.MET_FINDINGS.in(language))
                .append(": ")
                .append(groups.met.size())
                .append("  ·  ")
                .append(Labels.NOT_APPLICABLE_FINDINGS.in(language))
                .append(": ")
                .append(groups.notApplicable.size())
                .append('\n');
        if (!assessment.trustGaps().isEmpty()) {
            out.append('\n')
                    .append(heading(Labels.TRUST_GAP, assessment.trustGaps().size()));
            for (TrustGap gap : assessment.trustGaps()) {
                out.append(String.format(
                        "  %-" + nameWidth + "s  %s %s, %s %s: %s %s%n",
                        dimensionLabel(gap.dimensionId()),
                        Labels.lensName(Lens.CASEWORKER, language),
                        Labels.percent(gap.caseworkerPercent(), language),
                        Labels.lensName(Lens.CITIZEN, language),
                        Labels.percent(gap.citizenPercent(), language),
                        Labels.signedPoints(gap.gap()),
                        Labels.POINTS.in(language)));
            }
        }
        return out.toString();
    }

    /**
     * The summary of a caseload: the number of cases, the share with critical findings, the band
     * distribution per dimension and the rules most often not met.
     *
     * @param summary the summary
     * @return the text, ending with a line break
     */
    public String summary(CaseloadSummary summary) {
        StringBuilder out = new StringBuilder(2048);
        out.append("=".repeat(78)).append('\n');
        out.append(Labels.CASELOAD.in(language).toUpperCase(java.util.Locale.ROOT))
                .append('\n');
        out.append(Labels.CASES.in(language))
                .append(": ")
                .append(summary.cases())
                .append("  ·  ")
                .append(Labels.WITH_CRITICAL.in(language))
                .append(": ")
                .append(summary.casesWithCriticalFindings())
                .append(" (")
                .append(Labels.share(summary.shareWithCriticalFindings(), language))
                .append(")\n\n");
        out.append(Labels.BAND_DISTRIBUTION.in(language)).append('\n');
        StringBuilder head = new StringBuilder(String.format("  %-" + nameWidth + "s", ""));
        for (Band b : Band.values()) {
            head.append(String.format(" %13s", b.label().in(language)));
        }
        head.append(String.format(" %11s %8s", Labels.NO_BAND.in(language), "Median"));
        out.append(head).append('\n');
        for (CaseloadSummary.DimensionSummary d : summary.dimensions()) {
            StringBuilder row =
                    new StringBuilder(String.format("  %-" + nameWidth + "s", dimensionLabel(d.dimensionId())));
            for (Band b : Band.values()) {
                row.append(String.format(" %13d", d.bands().getOrDefault(b, 0)));
            }
            row.append(String.format(" %11d %8s", d.withoutBand(), Labels.percent(d.medianPercent(), language)));
            out.append(row).append('\n');
        }
        out.append('\n').append(Labels.MOST_OFTEN_UNMET.in(language)).append('\n');
        if (summary.mostOftenUnmet().isEmpty()) {
            out.append("  ").append(Labels.NONE.in(language)).append('\n');
        }
        for (CaseloadSummary.RuleCount r : summary.mostOftenUnmet()) {
            out.append(String.format(
                    "  %4d× %-40s %s (%s %d)%n",
                    r.notMet(),
                    r.ruleId(),
                    r.title().in(language),
                    Labels.PARTLY_MET_COUNT.in(language),
                    r.partlyMet()));
        }
        return out.toString();
    }

    private void dimensions(Assessment assessment, StringBuilder out) {
        String format = "%-" + nameWidth + "s %8s %8s %8s %8s  %-16s %8s%n";
        out.append(String.format(
                format,
                Labels.DIMENSION.in(language),
                Labels.RECORDS_SHORT.in(language),
                Labels.CASEWORKER_SHORT.in(language),
                Labels.CITIZEN_SHORT.in(language),
                Labels.OVERALL.in(language),
                Labels.BAND.in(language),
                Labels.COVERAGE.in(language)));
        boolean anyCapped = false;
        for (DimensionScore d : assessment.dimensions()) {
            Score overall = d.overall();
            anyCapped |= overall.capped();
            out.append(String.format(
                    format,
                    Labels.label(d.dimension(), language),
                    Labels.percent(d.lens(Lens.RECORDS).percent(), language),
                    Labels.percent(d.lens(Lens.CASEWORKER).percent(), language),
                    Labels.percent(d.lens(Lens.CITIZEN).percent(), language),
                    Labels.percent(overall.percent(), language),
                    band(overall),
                    overall.hasApplicable() ? Labels.share(overall.coverage(), language) : "–"));
        }
        if (anyCapped) {
            out.append(CAPPED)
                    .append(' ')
                    .append(Labels.CAPPED_NOTE.in(language))
                    .append('\n');
        }
        out.append("– ").append(Labels.NO_SCORE_NOTE.in(language)).append('\n');
    }

    private void finding(Finding f, String marker, StringBuilder out) {
        out.append("  ")
                .append(marker)
                .append(' ')
                .append(f.ruleId())
                .append(" v")
                .append(f.ruleVersion())
                .append("  ")
                .append(f.title().in(language))
                .append("  (")
                .append(f.outcome().label().in(language))
                .append(')');
        if (!f.legalReferences().isEmpty()) {
            out.append("  [")
                    .append(f.legalReferences().stream()
                            .map(LegalReference::citation)
                            .collect(Collectors.joining(", ")))
                    .append(']');
        }
        out.append('\n');
        out.append("      ").append(f.explanation().in(language)).append('\n');
        if (!f.evidence().isEmpty()) {
            out.append("      ")
                    .append(Labels.EVIDENCE.in(language))
                    .append(": ")
                    .append(String.join(", ", f.evidence()))
                    .append('\n');
        }
        f.recommendation()
                .ifPresent(r -> out.append("      → ").append(r.in(language)).append('\n'));
    }

    private String heading(io.github.inddragelse.model.Text title, int count) {
        return title.in(language).toUpperCase(java.util.Locale.ROOT) + " (" + count + ")\n";
    }

    private String band(Score score) {
        return score.band()
                .map(b -> b.label().in(language) + (score.capped() ? CAPPED : ""))
                .orElse("–");
    }

    private String dimensionLabel(String dimensionId) {
        return catalogue
                .dimension(dimensionId)
                .map(d -> Labels.label(d, language))
                .orElse(dimensionId);
    }

    /**
     * The language of this report.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }
}
