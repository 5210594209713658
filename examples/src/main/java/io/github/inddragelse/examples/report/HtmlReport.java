package io.github.inddragelse.examples.report;

import static io.github.inddragelse.examples.report.Html.esc;

import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.assessment.TrustGap;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.DimensionKind;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A self-contained HTML report: one page per case and an index page for the caseload. Every page
 * carries its own CSS and inline SVG; nothing is fetched, no JavaScript is needed, and the pages
 * print well. All text is escaped; the report shows only what findings carry (rule ids, event ids,
 * codes, dates and catalogue text), never free text from a case.
 *
 * <p>A case page has a radar chart of the dimensions with the records, caseworker and citizen lenses,
 * a table of scores and bands (capped bands marked), the critical findings highlighted, the findings
 * grouped by dimension with evidence, legal references and recommendations, and the trust gap. The
 * index page has one row per case and the caseload summary.
 *
 * <pre>{@code
 * HtmlReport report = new HtmlReport(assessor.catalogue(), Language.DA);
 * Path index = report.write(assessments, Path.of("inddragelse-report"));
 *
 * // or one case at a time, as they are assessed:
 * try (HtmlReport.Batch batch = report.open(Path.of("inddragelse-report"))) {
 *     for (CaseProcess c : cases) {
 *         batch.add(assessor.assess(c, asOf));
 *     }
 * }
 * }</pre>
 */
public final class HtmlReport {

    /** The name of the index page. */
    public static final String INDEX = "index.html";

    private static final String CSS = loadCss();

    private final Catalogue catalogue;
    private final Language language;
    private final RadarChart radar;

    /**
     * Creates a report.
     *
     * @param catalogue the catalogue the assessments were made with
     * @param language the language of the pages
     */
    public HtmlReport(Catalogue catalogue, Language language) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.language = Objects.requireNonNull(language, "language");
        this.radar = new RadarChart(language);
    }

    /**
     * Writes a page per assessment and the index page into a directory, creating it if needed.
     *
     * @param assessments the assessments
     * @param directory the directory
     * @return the index page
     * @throws IOException if a file cannot be written
     */
    public Path write(Iterable<Assessment> assessments, Path directory) throws IOException {
        try (Batch batch = open(directory)) {
            for (Assessment a : assessments) {
                batch.add(a);
            }
            return batch.finish();
        }
    }

    /**
     * Starts writing a report into a directory, creating it if needed. Add assessments one at a
     * time; each case page is written at once, and the index when the batch is finished or closed.
     *
     * @param directory the directory
     * @return the batch
     * @throws IOException if the directory cannot be created
     */
    public Batch open(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new Batch(directory);
    }

    /**
     * The page of one case.
     *
     * @param assessment the assessment
     * @param indexLink the link back to the index page, or empty for a page on its own
     * @return the HTML document
     */
    public String casePage(Assessment assessment, Optional<String> indexLink) {
        FindingGroups groups = FindingGroups.of(assessment);
        StringBuilder h = new StringBuilder(32_768);
        open(h, Labels.CASE.in(language) + " " + assessment.caseId());
        indexLink.ifPresent(link -> h.append("<nav><a href=\"")
                .append(esc(link))
                .append("\">← ")
                .append(t(Labels.BACK))
                .append("</a></nav>\n"));
        h.append("<header><h1>")
                .append(t(Labels.CASE))
                .append(" <span class=\"id\">")
                .append(esc(assessment.caseId()))
                .append("</span></h1>\n<p class=\"meta\">")
                .append(t(Labels.AS_OF))
                .append(' ')
                .append(assessment.asOf())
                .append(" · ")
                .append(t(Labels.CATALOGUE))
                .append(' ')
                .append(esc(assessment.catalogueId()))
                .append(' ')
                .append(esc(assessment.catalogueVersion()))
                .append(" · ")
                .append(t(Labels.POLICY))
                .append(' ')
                .append(esc(assessment.scoringPolicyId()))
                .append("</p></header>\n");

        h.append("<section class=\"overview\">\n<div class=\"panel\">\n")
                .append(radar.svg(assessment.dimensions()))
                .append("<p class=\"caption\">")
                .append(t(Labels.RADAR_CAPTION))
                .append("</p>\n</div>\n<div class=\"panel\">\n<div class=\"figures\">\n<div class=\"keyfigure\">")
                .append(esc(Labels.percent(assessment.overall().percent(), language)))
                .append("<small>")
                .append(t(Labels.OVERALL))
                .append(' ')
                .append(band(assessment.overall()))
                .append("</small></div>\n<div class=\"keyfigure\">")
                .append(groups.critical.size())
                .append("<small>")
                .append(t(Labels.CRITICAL_FINDINGS))
                .append("</small></div>\n</div>\n<h3>")
                .append(t(Labels.CRITICAL_FINDINGS))
                .append("</h3>\n");
        if (groups.critical.isEmpty()) {
            h.append("<p class=\"ok\">").append(t(Labels.NO_CRITICAL)).append("</p>\n");
        } else {
            h.append("<ul class=\"critical-list\">\n");
            for (Finding f : groups.critical) {
                h.append("<li><a href=\"#")
                        .append(anchor(f))
                        .append("\">")
                        .append(esc(f.title().in(language)))
                        .append("</a> <span class=\"note\">")
                        .append(esc(citations(f)))
                        .append("</span></li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"note\">")
                .append(t(Labels.NOT_MET_SHORT))
                .append(": ")
                .append(groups.unmet.size())
                .append(" · ")
                .append(t(Labels.MET_FINDINGS))
                .append(": ")
                .append(groups.met.size())
                .append(" · ")
                .append(t(Labels.NOT_APPLICABLE_FINDINGS))
                .append(": ")
                .append(groups.notApplicable.size())
                .append(" · ")
                .append(t(Labels.INSUFFICIENT_DATA))
                .append(": ")
                .append(groups.insufficient.size())
                .append("</p>\n</div>\n</section>\n");

        scoreTable(assessment, h);
        findings(assessment, groups, h);
        trustGaps(assessment, h);
        settled(groups, h);
        close(h, assessment.libraryVersion());
        return h.toString();
    }

    /**
     * The index page of a caseload.
     *
     * @param entries one entry per case, in the order to show
     * @param summary the caseload summary
     * @return the HTML document
     */
    public String indexPage(List<CaseEntry> entries, CaseloadSummary summary) {
        StringBuilder h = new StringBuilder(16_384);
        open(h, Labels.REPORT_TITLE.in(language));
        h.append("<header><h1>")
                .append(t(Labels.REPORT_TITLE))
                .append("</h1>\n<p class=\"meta\">")
                .append(t(Labels.CATALOGUE))
                .append(' ')
                .append(esc(catalogue.id()))
                .append(' ')
                .append(esc(catalogue.version()))
                .append(" · ")
                .append(t(Labels.CASES))
                .append(": ")
                .append(entries.size())
                .append("</p></header>\n");

        h.append("<section>\n<h2>").append(t(Labels.CASES)).append("</h2>\n");
        Html.head(
                h,
                Html.th(t(Labels.CASE)),
                Html.th(t(Labels.AS_OF)),
                Html.thNum(t(Labels.OVERALL)),
                Html.th(t(Labels.BAND)),
                Html.thNum(t(Labels.CRITICAL_COUNT)),
                Html.thNum(t(Labels.NOT_MET_FINDINGS)));
        for (CaseEntry e : entries) {
            Html.row(
                    h,
                    Html.td("<a href=\"" + esc(e.page()) + "\"><span class=\"id\">" + esc(e.caseId()) + "</span></a>"),
                    Html.td(e.asOf().toString()),
                    Html.tdNum(esc(Labels.percent(e.overall().percent(), language))),
                    bandCell(e.overall()),
                    Html.tdNum(
                            e.criticalFindings() > 0
                                    ? "<strong class=\"capped\">" + e.criticalFindings() + "</strong>"
                                    : "0"),
                    Html.tdNum(String.valueOf(e.notMet())));
        }
        h.append(Html.TABLE_END).append("</section>\n");

        h.append("<section>\n<h2>")
                .append(t(Labels.CASELOAD))
                .append("</h2>\n<div class=\"figures\">\n<div class=\"keyfigure\">")
                .append(summary.cases())
                .append("<small>")
                .append(t(Labels.CASES))
                .append("</small></div>\n<div class=\"keyfigure\">")
                .append(esc(Labels.share(summary.shareWithCriticalFindings(), language)))
                .append("<small>")
                .append(summary.casesWithCriticalFindings())
                .append(' ')
                .append(t(Labels.WITH_CRITICAL))
                .append("</small></div>\n</div>\n<h3>")
                .append(t(Labels.BAND_DISTRIBUTION))
                .append("</h3>\n<p class=\"note\">");
        for (Band b : Band.values()) {
            h.append("<span class=\"swatch s-")
                    .append(b.code())
                    .append("\"></span>")
                    .append(esc(b.label().in(language)));
        }
        h.append("<span class=\"swatch s-none\"></span>")
                .append(t(Labels.NO_BAND))
                .append("</p>\n");
        List<String> headings = new ArrayList<>();
        headings.add(Html.th(t(Labels.DIMENSION)));
        headings.add("<th style=\"width:34%\"></th>");
        for (Band b : Band.values()) {
            headings.add(Html.thNum(esc(b.label().in(language))));
        }
        headings.add(Html.thNum(t(Labels.NO_BAND)));
        headings.add(Html.thNum("Median"));
        Html.head(h, headings.toArray(String[]::new));
        for (CaseloadSummary.DimensionSummary d : summary.dimensions()) {
            int total = d.withoutBand();
            for (Band b : Band.values()) {
                total += d.bands().getOrDefault(b, 0);
            }
            StringBuilder stack = new StringBuilder("<div class=\"stack\">");
            for (Band b : Band.values()) {
                stackPart(stack, "s-" + b.code(), d.bands().getOrDefault(b, 0), total);
            }
            stackPart(stack, "s-none", d.withoutBand(), total);
            List<String> cells = new ArrayList<>();
            cells.add(Html.td(esc(dimensionLabel(d.dimensionId()))));
            cells.add(Html.td(stack.append("</div>").toString()));
            for (Band b : Band.values()) {
                cells.add(Html.tdNum(String.valueOf(d.bands().getOrDefault(b, 0))));
            }
            cells.add(Html.tdNum(String.valueOf(d.withoutBand())));
            cells.add(Html.tdNum(esc(Labels.percent(d.medianPercent(), language))));
            Html.row(h, cells.toArray(String[]::new));
        }
        h.append(Html.TABLE_END)
                .append("<h3>")
                .append(t(Labels.MOST_OFTEN_UNMET))
                .append("</h3>\n");
        if (summary.mostOftenUnmet().isEmpty()) {
            h.append("<p class=\"ok\">").append(t(Labels.NONE)).append("</p>\n");
        } else {
            Html.head(
                    h,
                    Html.th(t(Labels.RULE)),
                    Html.th(""),
                    Html.thNum(esc(Outcome.NOT_MET.label().in(language))),
                    Html.thNum(esc(Outcome.PARTLY_MET.label().in(language))));
            for (CaseloadSummary.RuleCount r : summary.mostOftenUnmet()) {
                Html.row(
                        h,
                        Html.td("<code>" + esc(r.ruleId()) + "</code>"),
                        Html.td(esc(r.title().in(language))),
                        Html.tdNum(String.valueOf(r.notMet())),
                        Html.tdNum(String.valueOf(r.partlyMet())));
            }
            h.append(Html.TABLE_END);
        }
        h.append("</section>\n");
        close(h, null);
        return h.toString();
    }

    private void scoreTable(Assessment assessment, StringBuilder h) {
        h.append("<section>\n<h2>").append(t(Labels.SCORES)).append("</h2>\n");
        List<String> headings = new ArrayList<>();
        headings.add(Html.th(t(Labels.DIMENSION)));
        for (Lens lens : RadarChart.LENSES) {
            headings.add(Html.thNum(esc(Labels.lensName(lens, language))));
        }
        headings.add(Html.thNum(t(Labels.OVERALL)));
        headings.add(Html.th(t(Labels.BAND)));
        headings.add(Html.thNum(t(Labels.COVERAGE)));
        Html.head(h, headings.toArray(String[]::new));
        DimensionKind kind = null;
        boolean anyCapped = false;
        for (DimensionScore d : assessment.dimensions()) {
            if (d.dimension().kind() != kind) {
                kind = d.dimension().kind();
                h.append("<tr class=\"group\"><td colspan=\"")
                        .append(headings.size())
                        .append("\">")
                        .append(t(kind == DimensionKind.ELEMENT ? Labels.ELEMENTS : Labels.PRINCIPLES))
                        .append("</td></tr>\n");
            }
            Score overall = d.overall();
            anyCapped |= overall.capped();
            List<String> cells = new ArrayList<>();
            cells.add(Html.td("<strong>" + esc(Labels.code(d.dimension())) + "</strong> "
                    + esc(d.dimension().name().in(language))));
            for (Lens lens : RadarChart.LENSES) {
                cells.add(Html.tdNum(esc(Labels.percent(d.lens(lens).percent(), language))));
            }
            cells.add(Html.tdNum("<strong>" + esc(Labels.percent(overall.percent(), language)) + "</strong>"));
            cells.add(bandCell(overall));
            cells.add(Html.tdNum(overall.hasApplicable() ? esc(Labels.share(overall.coverage(), language)) : "–"));
            Html.row(h, cells.toArray(String[]::new));
        }
        h.append(Html.TABLE_END).append("<p class=\"note\">");
        if (anyCapped) {
            h.append("<span class=\"capped\">▼</span> ")
                    .append(t(Labels.CAPPED_NOTE))
                    .append(". ");
        }
        h.append("– ").append(t(Labels.NO_SCORE_NOTE)).append(".</p>\n</section>\n");
    }

    private void findings(Assessment assessment, FindingGroups groups, StringBuilder h) {
        h.append("<section>\n<h2>").append(t(Labels.FINDINGS_BY_DIMENSION)).append("</h2>\n");
        boolean any = false;
        for (DimensionScore d : assessment.dimensions()) {
            List<Finding> list = groups.attentionByDimension.getOrDefault(d.dimensionId(), List.of());
            if (list.isEmpty()) {
                continue;
            }
            any = true;
            h.append("<h3>")
                    .append(esc(Labels.code(d.dimension())))
                    .append(' ')
                    .append(esc(d.dimension().name().in(language)))
                    .append(' ')
                    .append(band(d.overall()))
                    .append("</h3>\n");
            for (Finding f : list) {
                finding(f, h);
            }
        }
        // Findings on dimensions the catalogue does not know (a custom pack) still show.
        for (var entry : groups.attentionByDimension.entrySet()) {
            if (assessment.dimension(entry.getKey()).isEmpty()
                    && !entry.getValue().isEmpty()) {
                any = true;
                h.append("<h3>").append(esc(entry.getKey())).append("</h3>\n");
                entry.getValue().forEach(f -> finding(f, h));
            }
        }
        if (!any) {
            h.append("<p class=\"ok\">").append(t(Labels.NONE)).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private void finding(Finding f, StringBuilder h) {
        String cls = f.isCritical() ? "critical" : f.outcome().code();
        h.append("<article class=\"finding ")
                .append(cls)
                .append("\" id=\"")
                .append(anchor(f))
                .append("\">\n<header><strong>")
                .append(esc(f.title().in(language)))
                .append("</strong><span class=\"tag ")
                .append(esc(f.outcome().code()))
                .append("\">")
                .append(esc(f.outcome().label().in(language)))
                .append("</span>");
        if (f.isCritical()) {
            h.append("<span class=\"tag critical\">")
                    .append(esc(f.severity().label().in(language)))
                    .append("</span>");
        }
        h.append("<code class=\"note\">")
                .append(esc(f.ruleId()))
                .append(" v")
                .append(f.ruleVersion())
                .append("</code></header>\n<p>")
                .append(esc(f.explanation().in(language)))
                .append("</p>\n<dl>\n");
        if (!f.evidence().isEmpty()) {
            h.append("<dt>").append(t(Labels.EVIDENCE)).append("</dt><dd>");
            for (String id : f.evidence()) {
                h.append("<code class=\"chip\">").append(esc(id)).append("</code>");
            }
            h.append("</dd>\n");
        }
        if (!f.legalReferences().isEmpty()) {
            h.append("<dt>").append(t(Labels.LEGAL)).append("</dt><dd>");
            List<String> refs = new ArrayList<>();
            for (LegalReference r : f.legalReferences()) {
                refs.add("<strong>" + esc(r.citation()) + "</strong> "
                        + esc(r.title().in(language)));
            }
            h.append(String.join("; ", refs)).append("</dd>\n");
        }
        h.append("<dt>")
                .append(t(Labels.RATIONALE))
                .append("</dt><dd>")
                .append(esc(f.rationale().in(language)))
                .append("</dd>\n");
        f.recommendation().ifPresent(r -> h.append("<dt>")
                .append(t(Labels.RECOMMENDATION))
                .append("</dt><dd class=\"recommendation\">")
                .append(esc(r.in(language)))
                .append("</dd>\n"));
        if (f.dimensions().size() > 1) {
            h.append("<dt>").append(t(Labels.ALSO_SERVES)).append("</dt><dd>");
            List<String> others = new ArrayList<>();
            for (String id : f.dimensions().subList(1, f.dimensions().size())) {
                others.add(esc(dimensionLabel(id)));
            }
            h.append(String.join(", ", others)).append("</dd>\n");
        }
        h.append("</dl>\n</article>\n");
    }

    private void trustGaps(Assessment assessment, StringBuilder h) {
        if (assessment.trustGaps().isEmpty()) {
            return;
        }
        h.append("<section>\n<h2>")
                .append(t(Labels.TRUST_GAP))
                .append("</h2>\n<p class=\"note\">")
                .append(t(Labels.TRUST_GAP_NOTE))
                .append("</p>\n");
        Html.head(
                h,
                Html.th(t(Labels.DIMENSION)),
                Html.thNum(esc(Labels.lensName(Lens.CASEWORKER, language))),
                Html.thNum(esc(Labels.lensName(Lens.CITIZEN, language))),
                Html.thNum(t(Labels.GAP)),
                Html.th(""));
        for (TrustGap g : assessment.trustGaps()) {
            double width = Math.min(50, Math.abs(g.gap()) / 2);
            Html.row(
                    h,
                    Html.td(esc(dimensionLabel(g.dimensionId()))),
                    Html.tdNum(esc(Labels.percent(g.caseworkerPercent(), language))),
                    Html.tdNum(esc(Labels.percent(g.citizenPercent(), language))),
                    Html.tdNum("<strong>" + esc(Labels.signedPoints(g.gap())) + "</strong> " + t(Labels.POINTS)),
                    Html.td("<div class=\"gapbar\"><span class=\"" + (g.gap() >= 0 ? "pos" : "neg")
                            + "\" style=\"width:" + Html.num(width) + "%\"></span></div>"));
        }
        h.append(Html.TABLE_END).append("</section>\n");
    }

    private void settled(FindingGroups groups, StringBuilder h) {
        settledList(Labels.MET_FINDINGS, groups.met, h);
        settledList(Labels.NOT_APPLICABLE_FINDINGS, groups.notApplicable, h);
    }

    private void settledList(Text title, List<Finding> findings, StringBuilder h) {
        if (findings.isEmpty()) {
            return;
        }
        h.append("<section>\n<h2>")
                .append(t(title))
                .append(" (")
                .append(findings.size())
                .append(")</h2>\n<ul class=\"compact\">\n");
        for (Finding f : findings) {
            h.append("<li>")
                    .append(esc(f.title().in(language)))
                    .append(" <code class=\"note\">")
                    .append(esc(f.ruleId()))
                    .append("</code>")
                    .append(f.outcome() == Outcome.NOT_APPLICABLE ? "" : evidenceNote(f))
                    .append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static String evidenceNote(Finding f) {
        return f.evidence().isEmpty()
                ? ""
                : " <span class=\"note\">(" + esc(String.join(", ", f.evidence())) + ")</span>";
    }

    private static void stackPart(StringBuilder h, String cls, int count, int total) {
        if (count > 0 && total > 0) {
            h.append("<span class=\"")
                    .append(cls)
                    .append("\" style=\"width:")
                    .append(Html.num(100.0 * count / total))
                    .append("%\" title=\"")
                    .append(count)
                    .append("\"></span>");
        }
    }

    private String bandCell(Score score) {
        return "<td class=\"band-cell\">" + band(score) + "</td>";
    }

    private String band(Score score) {
        if (score.band().isEmpty()) {
            return "<span class=\"band band-none\">–</span>";
        }
        Band b = score.band().get();
        String badge =
                "<span class=\"band band-" + b.code() + "\">" + esc(b.label().in(language)) + "</span>";
        return score.capped()
                ? badge + "<span class=\"capped\" title=\"" + t(Labels.CAPPED_NOTE) + "\">▼</span>"
                : badge;
    }

    private static String anchor(Finding f) {
        return "f-" + esc(f.ruleId());
    }

    private static String citations(Finding f) {
        List<String> c = new ArrayList<>();
        f.legalReferences().forEach(r -> c.add(r.citation()));
        return String.join(", ", c);
    }

    private String dimensionLabel(String dimensionId) {
        return catalogue
                .dimension(dimensionId)
                .map(d -> Labels.label(d, language))
                .orElse(dimensionId);
    }

    private String t(Text text) {
        return esc(text.in(language));
    }

    private void open(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language == Language.DA ? "da" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
                .append(esc(title))
                .append(" – Inddragelse</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
    }

    private void close(StringBuilder h, String libraryVersion) {
        h.append("<footer>").append(t(Labels.GENERATED_BY));
        if (libraryVersion != null) {
            h.append(' ').append(esc(libraryVersion));
        }
        h.append(" · ")
                .append(t(Labels.CATALOGUE))
                .append(' ')
                .append(esc(catalogue.id()))
                .append(' ')
                .append(esc(catalogue.version()))
                .append("</footer>\n</main>\n</body>\n</html>\n");
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row of the index page.
     *
     * @param caseId the case
     * @param page the file name of the case's page, relative to the index
     * @param asOf the as-of date of its assessment
     * @param overall its overall score
     * @param criticalFindings how many critical findings it has
     * @param notMet how many rules it does not or only partly meet
     */
    public record CaseEntry(
            String caseId, String page, LocalDate asOf, Score overall, int criticalFindings, int notMet) {

        /** Checks that nothing is missing. */
        public CaseEntry {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(overall, "overall");
        }
    }

    /**
     * A report being written one case at a time: {@link #add(Assessment)} writes the case's page at
     * once and keeps one small index row and the running caseload summary, never the assessments.
     * {@link #finish()} (or {@link #close()}) writes the index page. Not thread-safe.
     */
    public final class Batch implements AutoCloseable {
        private final Path directory;
        private final List<CaseEntry> entries = new ArrayList<>();
        private final Set<String> pages = new HashSet<>();
        private final CaseloadSummary.Accumulator summary = CaseloadSummary.accumulator();
        private Path index;

        private Batch(Path directory) {
            this.directory = directory;
        }

        /**
         * Writes the page of one case.
         *
         * @param assessment the assessment
         * @return the page written
         * @throws IOException if the page cannot be written
         */
        public Path add(Assessment assessment) throws IOException {
            if (index != null) {
                throw new IllegalStateException("the report is already finished");
            }
            String page = pageName(assessment.caseId());
            Path file = directory.resolve(page);
            Files.writeString(file, casePage(assessment, Optional.of(INDEX)), StandardCharsets.UTF_8);
            FindingGroups groups = FindingGroups.of(assessment);
            entries.add(new CaseEntry(
                    assessment.caseId(),
                    page,
                    assessment.asOf(),
                    assessment.overall(),
                    groups.critical.size(),
                    groups.critical.size() + groups.unmet.size()));
            summary.add(assessment);
            return file;
        }

        /**
         * How many cases were added.
         *
         * @return the count
         */
        public int size() {
            return entries.size();
        }

        /**
         * Writes the index page; later calls return the same file.
         *
         * @return the index page
         * @throws IOException if it cannot be written
         */
        public Path finish() throws IOException {
            if (index == null) {
                Path file = directory.resolve(INDEX);
                Files.writeString(file, indexPage(entries, summary.build()), StandardCharsets.UTF_8);
                index = file;
            }
            return index;
        }

        /**
         * Finishes the report if it is not finished yet.
         *
         * @throws IOException if the index cannot be written
         */
        @Override
        public void close() throws IOException {
            finish();
        }

        private String pageName(String caseId) {
            StringBuilder safe = new StringBuilder("case-");
            for (int i = 0; i < caseId.length() && safe.length() < 100; i++) {
                char c = caseId.charAt(i);
                safe.append(
                        (c >= 'a' && c <= 'z')
                                        || (c >= 'A' && c <= 'Z')
                                        || (c >= '0' && c <= '9')
                                        || c == '-'
                                        || c == '_'
                                ? c
                                : '_');
            }
            String base = safe.toString();
            String name = base + ".html";
            for (int n = 2; !pages.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + "-" + n + ".html";
            }
            return name;
        }
    }
}
