package io.github.inddragelse.examples.report;

import static io.github.inddragelse.examples.Fixtures.AS_OF;
import static io.github.inddragelse.examples.Fixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.examples.Fixtures;
import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private final Assessor assessor = Fixtures.assessor();
    private final Assessment assessment = assessor.assess(Fixtures.rejectedCase("sag-1"), Fixtures.responses(), AS_OF);

    @Test
    void writes_an_index_and_a_page_per_case_that_link_to_each_other(@TempDir Path dir) throws IOException {
        Assessment second = assessor.assess(Fixtures.rejectedCase("sag-2"), List.of(), AS_OF);

        Path index = new HtmlReport(assessor.catalogue(), Language.DA).write(List.of(assessment, second), dir);

        assertThat(index).isEqualTo(dir.resolve("index.html"));
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<a href=\"case-sag-1.html\">")
                .contains("<a href=\"case-sag-2.html\">")
                .contains("Sagsstamme")
                .contains("Bånd pr. dimension")
                .contains("Oftest ikke opfyldte regler");
        assertThat(Files.readString(dir.resolve("case-sag-1.html"), StandardCharsets.UTF_8))
                .contains("<a href=\"index.html\">");
    }

    @Test
    void a_case_page_is_self_contained(@TempDir Path dir) throws IOException {
        new HtmlReport(assessor.catalogue(), Language.DA).write(List.of(assessment), dir);

        for (Path page : List.of(dir.resolve("index.html"), dir.resolve("case-sag-1.html"))) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(html)
                    .startsWith("<!DOCTYPE html>")
                    .contains("<style>")
                    .contains("@media print")
                    .doesNotContain("<script")
                    .doesNotContain("<link")
                    .doesNotContain("src=\"")
                    .doesNotContain("url(");
            assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                    .doesNotContain("http://")
                    .doesNotContain("https://");
        }
    }

    @Test
    void a_case_page_has_the_radar_chart_scores_bands_findings_and_trust_gap() {
        String html = new HtmlReport(assessor.catalogue(), Language.DA).casePage(assessment, Optional.empty());

        assertThat(html)
                .contains("<svg class=\"radar\"")
                .contains("lens-records")
                .contains("lens-citizen");
        assertThat(html)
                .contains("Score pr. dimension")
                .contains("band band-critical")
                .contains("class=\"capped\"");
        assertThat(html)
                .contains("<article class=\"finding critical\" id=\"f-test-hearing\">")
                .contains("<a href=\"#f-test-hearing\">")
                .contains("<code class=\"chip\">e4</code>")
                .contains("<strong>FVL §19</strong> Partshøring")
                .contains("Anbefaling test-involve")
                .contains("Tillidskløft")
                .contains("+50");
        // grouped under the rule's first dimension, with the others named
        int transparency = html.indexOf("<h3>E4 ");
        assertThat(transparency).isPositive().isLessThan(html.indexOf("id=\"f-test-hearing\""));
        assertThat(html).contains("Vedrører også");
        assertThat(html).doesNotContain(SECRET);
    }

    @Test
    void english_is_available() {
        String html = new HtmlReport(assessor.catalogue(), Language.EN).casePage(assessment, Optional.empty());

        assertThat(html)
                .contains("<html lang=\"en\">")
                .contains("Scores per dimension")
                .contains("Trust gap");
    }

    @Test
    void every_text_is_escaped() {
        Rule hostile = Rule.builder("test-hostile")
                .title("<script>alert(1)</script>", "<b>bold</b> & \"quoted\"")
                .description("d", "d")
                .rationale("r", "r")
                .recommendation("<img src=x>", "<img src=x>")
                .serves(StandardCatalogue.TRUST)
                .severity(Severity.CRITICAL)
                .message("m", "<i>{x}</i>", "<i>{x}</i>")
                .evaluatedBy(view -> io.github.inddragelse.model.rule.Evaluation.of(Outcome.NOT_MET, "m")
                        .withArg("x", "</p><script>")
                        .withEvidence("e1"))
                .build();
        Assessor a = Assessor.builder().addRule(hostile).build();
        Assessment result = a.assess(Fixtures.rejectedCase("sag-1"), AS_OF);

        String html = new HtmlReport(a.catalogue(), Language.DA).casePage(result, Optional.empty());

        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x&gt;");
    }

    @Test
    void case_ids_become_safe_and_distinct_file_names(@TempDir Path dir) throws IOException {
        HtmlReport report = new HtmlReport(assessor.catalogue(), Language.DA);
        try (HtmlReport.Batch batch = report.open(dir)) {
            Path a = batch.add(assessor.assess(Fixtures.rejectedCase("sag:1"), AS_OF));
            Path b = batch.add(assessor.assess(Fixtures.rejectedCase("sag.1"), AS_OF));
            assertThat(a.getFileName()).hasToString("case-sag_1.html");
            assertThat(b.getFileName()).hasToString("case-sag_1-2.html");
        }
        assertThat(dir.resolve("index.html")).exists();
    }
}
