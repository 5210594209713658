package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.assessment.ItemScore;
import io.github.inddragelse.model.assessment.TrustGap;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import io.github.inddragelse.model.scoring.ScoringPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Property 1: any valid generated case, with or without checklist responses and as of any date, is
 * assessed by the standard assessor without an exception, and the assessment is well formed: one
 * finding per rule in rule order, no failed rule, every score 0-100 or absent, every coverage 0-1,
 * and a band exactly when there is a score with enough coverage.
 */
class AssessmentProperties {

    private static final Assessor ASSESSOR = Assessor.standard();
    private static final ScoringPolicy POLICY = ASSESSOR.policy();

    @Property(tries = 2000)
    void any_valid_case_is_assessed_without_an_exception_and_the_assessment_is_well_formed(@ForAll CaseUnderTest c) {
        checkWellFormed(ASSESSOR.assess(c.process(), c.asOf()));
    }

    @Property(tries = 1000)
    void any_valid_case_with_checklist_responses_is_assessed_and_well_formed(@ForAll AssessmentInput input) {
        Assessment assessment = input.assess(ASSESSOR);
        checkWellFormed(assessment);
        assertThat(assessment.itemScores()).isNotEmpty();
    }

    @Property(tries = 1000)
    void any_valid_case_assessed_as_of_any_day_from_its_opening_is_well_formed(
            @ForAll AssessmentInput input, @ForAll @IntRange(max = 800) int days) {
        LocalDate asOf = input.process().openedOn().plusDays(days);
        checkWellFormed(ASSESSOR.assess(input.process(), input.responses(), asOf));
    }

    static void checkWellFormed(Assessment a) {
        AssessmentAssert.assertThat(a).hasNoFailedRules();
        assertThat(a.findings())
                .extracting(Finding::ruleId)
                .as("one finding per rule, in rule order")
                .containsExactlyElementsOf(
                        ASSESSOR.rules().stream().map(Rule::id).collect(Collectors.toList()));

        List<String> dimensionIds =
                ASSESSOR.catalogue().dimensions().stream().map(Dimension::id).collect(Collectors.toList());
        assertThat(a.dimensions()).extracting(DimensionScore::dimensionId).containsExactlyElementsOf(dimensionIds);
        for (DimensionScore d : a.dimensions()) {
            List<String> critical = a.criticalFindings().stream()
                    .filter(f -> f.serves(d.dimensionId()))
                    .map(Finding::ruleId)
                    .collect(Collectors.toList());
            assertThat(d.criticalRuleIds()).as(d.dimensionId()).containsExactlyElementsOf(critical);
            checkScore(d.dimensionId() + " overall", d.overall(), !critical.isEmpty());
            for (Map.Entry<Lens, Score> lens : d.lenses().entrySet()) {
                checkScore(
                        d.dimensionId() + " " + lens.getKey().code(),
                        lens.getValue(),
                        lens.getKey() == Lens.RECORDS && !critical.isEmpty());
                assertThat(lens.getValue().hasApplicable()).isTrue();
            }
        }
        checkScore("overall", a.overall(), a.hasCriticalFindings());

        for (TrustGap gap : a.trustGaps()) {
            DimensionScore d = a.dimension(gap.dimensionId()).orElseThrow();
            assertThat(gap.gap()).isBetween(-100.0, 100.0);
            assertThat(d.lens(Lens.CASEWORKER).percent()).hasValue(gap.caseworkerPercent());
            assertThat(d.lens(Lens.CITIZEN).percent()).hasValue(gap.citizenPercent());
        }
        for (ItemScore item : a.itemScores()) {
            item.points().ifPresent(p -> assertThat(p).isBetween(0.0, item.maxPoints()));
        }
    }

    /** A score in range, with a band exactly when it has a percent and enough coverage. */
    private static void checkScore(String what, Score s, boolean critical) {
        s.percent().ifPresent(p -> assertThat(p).as(what + " percent").isBetween(0.0, 100.0));
        assertThat(s.coverage()).as(what + " coverage").isBetween(0.0, 1.0);
        assertThat(s.scored()).as(what + " scored").isBetween(0, s.applicable());
        if (s.applicable() == 0) {
            assertThat(s.percent())
                    .as(what + " percent with nothing applicable")
                    .isEmpty();
        }
        boolean banded = s.percent().isPresent() && s.coverage() >= POLICY.minimumCoverage();
        assertThat(s.band().isPresent())
                .as(
                        "%s has a band exactly when it has a percent and coverage >= %s: %s",
                        what, POLICY.minimumCoverage(), s)
                .isEqualTo(banded);
        if (banded) {
            Band band = POLICY.bandFor(s.percent().getAsDouble());
            assertThat(s.band())
                    .as(what + " band")
                    .isEqualTo(Optional.of(critical ? band.worst(POLICY.criticalCap()) : band));
            assertThat(s.capped()).as(what + " capped").isEqualTo(critical);
        } else {
            assertThat(s.capped()).as(what + " capped without a band").isFalse();
        }
    }
}
