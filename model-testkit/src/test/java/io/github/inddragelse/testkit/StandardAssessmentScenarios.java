package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.OptionKind;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The six scenarios of the assessment engine's definition of done, each on a ready-made scenario
 * assessed with the standard rules, checklists and scoring policy.
 */
class StandardAssessmentScenarios {

    private static final Assessor ASSESSOR = Assessor.standard();

    private static Assessment assess(CaseUnderTest scenario) {
        return ASSESSOR.assess(scenario.process(), scenario.asOf());
    }

    @Test
    void an_exemplary_case_has_no_critical_finding_and_every_dimension_at_least_in_the_second_best_band() {
        Assessment assessment = assess(Scenarios.exemplary());

        assertThat(assessment.criticalFindings()).isEmpty();
        assertThat(assessment.dimensions()).hasSize(12).allSatisfy(d -> assertThat(
                        d.overall().band())
                .as("band of %s (%s)", d.dimensionId(), d.overall())
                .hasValueSatisfying(
                        band -> assertThat(band.isAtLeast(Band.ADEQUATE)).isTrue()));
    }

    @Test
    void
            a_rejection_without_hearing_and_without_complaint_guidance_gives_critical_findings_that_cap_their_dimensions() {
        Assessment assessment = assess(Scenarios.rejectionWithoutHearingOrComplaintGuidance());

        Finding hearing =
                assessment.finding("fvl-19-hearing-before-adverse-decision").orElseThrow();
        Finding guidance = assessment.finding("fvl-25-complaint-guidance").orElseThrow();
        assertThat(hearing.isCritical()).isTrue();
        assertThat(guidance.isCritical()).isTrue();
        assertThat(hearing.evidence()).isNotEmpty();
        for (Finding critical : List.of(hearing, guidance)) {
            for (String dimensionId : critical.dimensions()) {
                DimensionScore dimension = assessment.dimension(dimensionId).orElseThrow();
                assertThat(dimension.criticalRuleIds()).contains(critical.ruleId());
                dimension.overall().band().ifPresent(band -> {
                    assertThat(band.isAtLeast(Band.ADEQUATE))
                            .as("%s is capped below adequate", dimensionId)
                            .isFalse();
                    assertThat(dimension.overall().capped()).isTrue();
                });
            }
        }
        assertThat(assessment
                        .dimension(StandardCatalogue.TRANSPARENCY)
                        .orElseThrow()
                        .overall()
                        .band())
                .as("transparency claims a band, capped at weak or worse")
                .hasValueSatisfying(
                        band -> assertThat(Band.WEAK.isAtLeast(band)).isTrue());
    }

    @Test
    void a_citizen_who_declines_the_action_plan_does_not_get_a_not_met_on_sel_141() {
        Assessment assessment = assess(Scenarios.citizenDeclinesActionPlan());

        assertThat(assessment
                        .finding("sel-141-action-plan-offered")
                        .orElseThrow()
                        .outcome())
                .isEqualTo(Outcome.MET);
        assertThat(assessment.findings())
                .filteredOn(f -> f.ruleId().startsWith("sel-141"))
                .extracting(Finding::outcome)
                .doesNotContain(Outcome.NOT_MET);
    }

    @Test
    void a_follow_up_due_and_not_held_is_not_met_for_principle_7_but_not_before_it_falls_due() {
        CaseUnderTest overdue = Scenarios.overdueFollowUp();
        LocalDate due = LocalDate.of(2026, 7, 20);

        Assessment after = ASSESSOR.assess(overdue.process(), overdue.asOf());
        Assessment before = ASSESSOR.assess(overdue.process(), due.minusDays(1));

        Finding late = after.finding("sel-148-follow-up-held").orElseThrow();
        assertThat(late.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(late.dimensions()).contains(StandardCatalogue.P7_FOLLOW_UP);
        assertThat(before.finding("sel-148-follow-up-held").orElseThrow().outcome())
                .isNotEqualTo(Outcome.NOT_MET);
        double p7Before = before.dimension(StandardCatalogue.P7_FOLLOW_UP)
                .orElseThrow()
                .lens(Lens.RECORDS)
                .percent()
                .orElse(100);
        double p7After = after.dimension(StandardCatalogue.P7_FOLLOW_UP)
                .orElseThrow()
                .lens(Lens.RECORDS)
                .percent()
                .orElseThrow();
        assertThat(p7After).isLessThan(p7Before);
    }

    /**
     * The case claims no band: its coverage is below the policy's minimum. A dimension whose few
     * applicable checks are all decided (trust: the caseworker is known and guidance on process and
     * timing was given at the opening) may still show how it stands so far; every dimension that
     * rests on what the opening cannot show yet (investigation, goals, decision, follow-up) reports
     * insufficient data and claims no band.
     */
    @Test
    void a_case_with_nothing_but_its_opening_gives_insufficient_data_low_coverage_and_claims_no_band() {
        Assessment assessment = assess(Scenarios.openingOnly());

        assertThat(assessment.findings()).extracting(Finding::outcome).doesNotContain(Outcome.NOT_MET);
        assertThat(assessment.findings())
                .filteredOn(f -> f.outcome() == Outcome.INSUFFICIENT_DATA)
                .isNotEmpty();
        assertThat(assessment.overall().coverage()).isLessThan(ASSESSOR.policy().minimumCoverage());
        assertThat(assessment.overall().band()).isEmpty();
        assertThat(assessment.dimensions())
                .filteredOn(d -> d.overall().band().isEmpty())
                .hasSizeGreaterThan(assessment.dimensions().size() / 2);
        for (String waiting : List.of(
                StandardCatalogue.COLLABORATION,
                StandardCatalogue.P2_RESOURCES,
                StandardCatalogue.P3_NETWORK_COMMUNITIES,
                StandardCatalogue.P5_EARLY_HELP,
                StandardCatalogue.P6_COORDINATED_WHOLE_LIFE,
                StandardCatalogue.P7_FOLLOW_UP,
                StandardCatalogue.P8_KNOWLEDGE_METHODS)) {
            assertThat(assessment.band(waiting)).as("band of %s", waiting).isEmpty();
        }
    }

    @Test
    void a_caseworker_rating_high_and_a_citizen_rating_low_give_a_visible_trust_gap() {
        CaseUnderTest scenario = Scenarios.exemplary();
        ChecklistResponse caseworker = answerEverything(StandardChecklists.caseworker(), scenario.asOf(), Best.HIGH);
        ChecklistResponse citizen = answerEverything(StandardChecklists.citizen(), scenario.asOf(), Best.LOW);

        Assessment assessment = ASSESSOR.assess(scenario.process(), List.of(caseworker, citizen), scenario.asOf());

        assertThat(assessment.trustGaps()).isNotEmpty();
        assertThat(assessment
                        .trustGap(StandardCatalogue.INVOLVEMENT)
                        .orElseThrow()
                        .gap())
                .isGreaterThanOrEqualTo(50);
        assertThat(assessment.trustGaps())
                .allSatisfy(gap -> assertThat(gap.gap()).isPositive());
    }

    private enum Best {
        HIGH,
        LOW
    }

    private static ChecklistResponse answerEverything(Checklist checklist, LocalDate on, Best best) {
        Map<String, String> answers = checklist.items().stream()
                .collect(Collectors.toMap(
                        ChecklistItem::id, item -> pick(item, best), (a, b) -> a, java.util.LinkedHashMap::new));
        return ChecklistResponse.builder()
                .checklistId(checklist.id())
                .checklistVersion(checklist.version())
                .perspective(checklist.perspective())
                .respondedOn(on)
                .answers(answers)
                .build();
    }

    private static String pick(ChecklistItem item, Best best) {
        Comparator<AnswerOption> byPoints =
                Comparator.comparingDouble(o -> o.points().orElse(0));
        Function<List<AnswerOption>, AnswerOption> choose = options -> best == Best.HIGH
                ? options.stream().max(byPoints).orElseThrow()
                : options.stream().min(byPoints).orElseThrow();
        return choose.apply(item.scale().options().stream()
                        .filter(o -> o.kind() == OptionKind.SCORED)
                        .collect(Collectors.toList()))
                .code();
    }
}
