package io.github.inddragelse.model.assessment;

import static io.github.inddragelse.model.assessment.EngineFixtures.OPENED;
import static io.github.inddragelse.model.assessment.EngineFixtures.fixed;
import static io.github.inddragelse.model.assessment.EngineFixtures.rejectedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.scoring.Band;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CaseloadSummaryTest {

    private static Assessment assess(Outcome hearing, Outcome reasons) {
        return Assessor.builder()
                .addRule(fixed("hearing", hearing, Severity.CRITICAL, "transparency"))
                .addRule(fixed("reasons", reasons, Severity.ADVISORY, "transparency"))
                .build()
                .assess(rejectedCase(), OPENED.plusDays(60));
    }

    @Test
    void a_summary_counts_cases_critical_findings_bands_and_the_most_often_unmet_rules() {
        List<Assessment> assessments = List.of(
                assess(Outcome.MET, Outcome.MET),
                assess(Outcome.NOT_MET, Outcome.PARTLY_MET),
                assess(Outcome.NOT_MET, Outcome.MET),
                assess(Outcome.MET, Outcome.NOT_MET));

        CaseloadSummary summary = CaseloadSummary.of(assessments);

        assertThat(summary.cases()).isEqualTo(4);
        assertThat(summary.casesWithCriticalFindings()).isEqualTo(2);
        assertThat(summary.shareWithCriticalFindings()).isEqualTo(0.5);
        assertThat(summary.mostOftenUnmet())
                .extracting(r -> r.ruleId() + ":" + r.notMet() + "/" + r.partlyMet())
                .containsExactly("hearing:2/0", "reasons:1/1");
        CaseloadSummary.DimensionSummary transparency = summary.dimensions().stream()
                .filter(d -> d.dimensionId().equals("transparency"))
                .findFirst()
                .orElseThrow();
        assertThat(transparency.bands()).containsEntry(Band.STRONG, 1).containsEntry(Band.CRITICAL, 2);
        assertThat(transparency.bands().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum()
                        + transparency.withoutBand())
                .isEqualTo(4);
        assertThat(transparency.medianPercent()).isPresent();
        assertThat(summary.dimensions().stream().filter(d -> d.dimensionId().equals("p7-follow-up")))
                .allSatisfy(d -> assertThat(d.meanPercent()).isEmpty());
    }

    @Test
    void a_parallel_stream_gives_the_same_summary_as_a_sequential_one() {
        List<Assessment> assessments = Stream.generate(() -> assess(Outcome.NOT_MET, Outcome.PARTLY_MET))
                .limit(50)
                .toList();

        assertThat(assessments.parallelStream().collect(CaseloadSummary.collector()))
                .isEqualTo(CaseloadSummary.of(assessments));
    }

    @Test
    void an_empty_caseload_has_no_cases_and_no_share() {
        CaseloadSummary summary = CaseloadSummary.of(List.of());

        assertThat(summary.cases()).isZero();
        assertThat(summary.shareWithCriticalFindings()).isZero();
        assertThat(summary.dimensions()).isEmpty();
    }
}
