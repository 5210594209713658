package io.github.inddragelse.examples.report;

import static io.github.inddragelse.examples.Fixtures.AS_OF;
import static io.github.inddragelse.examples.Fixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.examples.Fixtures;
import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.catalogue.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private final Assessor assessor = Fixtures.assessor();
    private final Assessment assessment = assessor.assess(Fixtures.rejectedCase("sag-1"), Fixtures.responses(), AS_OF);

    @Test
    void scorecard_lists_the_twelve_dimensions_in_catalogue_order_one_row_each() {
        String text = new TextReport(assessor.catalogue(), Language.DA).scorecard(assessment);

        String table = text.substring(text.indexOf("Dimension "), text.indexOf("KRITISKE FUND"));
        List<Integer> positions = new ArrayList<>();
        for (Dimension d : assessor.catalogue().dimensions()) {
            String label = Labels.label(d, Language.DA);
            assertThat(table).containsOnlyOnce(label + " ");
            positions.add(table.indexOf(label));
        }
        assertThat(positions).hasSize(12).isSorted();
    }

    @Test
    void a_dimension_row_shows_each_lens_overall_band_and_coverage() {
        String text = new TextReport(assessor.catalogue(), Language.DA).scorecard(assessment);

        String trustRow = Arrays.stream(text.split("\n"))
                .filter(l -> l.startsWith("E1 "))
                .findFirst()
                .orElseThrow();
        // records 100 (met rule), caseworker 100, citizen 50
        assertThat(trustRow)
                .contains("100 %")
                .contains("50 %")
                .contains("Stærk")
                .containsPattern("100 %\\s*$");
        String transparencyRow = Arrays.stream(text.split("\n"))
                .filter(l -> l.startsWith("E4 "))
                .findFirst()
                .orElseThrow();
        assertThat(transparencyRow).contains("0 %").contains("Kritisk");
    }

    @Test
    void critical_findings_come_first_with_rule_id_citation_explanation_and_evidence() {
        String text = new TextReport(assessor.catalogue(), Language.DA).scorecard(assessment);

        int critical = text.indexOf("KRITISKE FUND (1)");
        int unmet = text.indexOf("IKKE ELLER DELVIST OPFYLDT (2)");
        assertThat(critical).isPositive().isLessThan(unmet);
        String criticalSection = text.substring(critical, unmet);
        assertThat(criticalSection)
                .contains("! test-hearing v1")
                .contains("[FVL §19]")
                .contains("Forklaring not-met for sag-1")
                .contains("Grundlag (hændelser): e4")
                .contains("→ Anbefaling test-hearing");
        assertThat(text.substring(unmet))
                .contains("- test-involve")
                .contains("- test-follow-up")
                .contains("→ Anbefaling test-involve")
                .doesNotContain("test-trust v1");
    }

    @Test
    void the_trust_gap_is_shown_in_points() {
        String text = new TextReport(assessor.catalogue(), Language.DA).scorecard(assessment);

        assertThat(text).contains("TILLIDSKLØFT").containsPattern("E1 Tillidsfuld relation\\s+.*: \\+50 point");
    }

    @Test
    void english_is_available() {
        String text = new TextReport(assessor.catalogue(), Language.EN).scorecard(assessment);

        assertThat(text)
                .contains("CRITICAL FINDINGS (1)")
                .contains("Explanation not-met for sag-1")
                .contains("→ Recommendation test-hearing")
                .contains("E1 Trusting relationship")
                .contains("TRUST GAP");
    }

    @Test
    void free_text_from_the_case_never_appears() {
        TextReport report = new TextReport(assessor.catalogue(), Language.DA);

        assertThat(report.scorecard(assessment)).doesNotContain(SECRET);
        assertThat(report.summary(CaseloadSummary.of(List.of(assessment)))).doesNotContain(SECRET);
    }

    @Test
    void the_caseload_summary_shows_cases_critical_share_bands_and_unmet_rules() {
        List<Assessment> all = List.of(assessment, assessor.assess(Fixtures.rejectedCase("sag-2"), List.of(), AS_OF));
        String text = new TextReport(assessor.catalogue(), Language.DA).summary(CaseloadSummary.of(all));

        assertThat(text)
                .contains("SAGSSTAMME")
                .contains("Sager: 2")
                .contains("med kritiske fund: 2 (100 %)")
                .contains("Bånd pr. dimension")
                .contains("Oftest ikke opfyldte regler")
                .containsPattern("2× test-hearing\\s+Titel test-hearing");
        assertThat(text.lines().filter(l -> l.startsWith("  E") || l.startsWith("  P")))
                .hasSize(12);
    }
}
