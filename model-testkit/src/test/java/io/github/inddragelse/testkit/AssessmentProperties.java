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
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Property 1: any valid generated case, with or without checklist responses and as of any date, is
 * assessed by the standard assessor without an exception, and the assessment is well formed: one
 * finding per rule in rule order, no failed rule, every score 0-100 or absent, every coverage 0-1,
 * and a band exactly when there is a score with enough coverage and enough scored checks.
 */
class AssessmentProperties {

    private static final Assessor ASSESSOR = Assessor.standard();
    private static final ScoringPolicy POLICY = ASSESSOR.policy();
    private static final List<String> RULE_IDS =
            ASSESSOR.rules().stream().map(Rule::id).collect(Collectors.toList());
    private static final List<String> DIMENSION_IDS =
            ASSESSOR.catalogue().dimensions().stream().map(Dimension::id).collect(Collectors.toList());

    @Property(tries = 2000)
    void any_valid_case_is_assessed_without_an_exception_and_the_assessment_is_well_formed(@ForAll CaseUnderTest c) {
        checkWellFormed(ASSESSOR.assess(c.process(), c.asOf()));
    }

    @Property(tries = 500)
    void any_valid_case_with_checklist_responses_is_assessed_and_well_formed(@ForAll AssessmentInput input) {
        Assessment assessment = input.assess(ASSESSOR);
        checkWellFormed(assessment);
        assertThat(assessment.itemScores()).isNotEmpty();
    }

    @Property(tries = 500)
    void any_valid_case_assessed_as_of_any_day_from_its_opening_is_well_formed(
            @ForAll AssessmentInput input, @ForAll @IntRange(max = 800) int days) {
        LocalDate asOf = input.process().openedOn().plusDays(days);
        checkWellFormed(ASSESSOR.assess(input.process(), input.responses(), asOf));
    }

    static void checkWellFormed(Assessment a) {
        AssessmentAssert.assertThat(a).hasNoFailedRules().hasEveryMessageFilled();
        List<Finding> findings = a.findings();
        check(findings.size() == RULE_IDS.size(), a, "one finding per rule");
        for (int i = 0; i < findings.size(); i++) {
            check(findings.get(i).ruleId().equals(RULE_IDS.get(i)), a, "findings in rule order");
        }
        List<DimensionScore> dimensions = a.dimensions();
        check(dimensions.size() == DIMENSION_IDS.size(), a, "one score per dimension");
        List<Finding> critical = a.criticalFindings();
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionScore d = dimensions.get(i);
            String id = d.dimensionId();
            check(id.equals(DIMENSION_IDS.get(i)), a, "dimensions in catalogue order");
            List<String> capping = critical.stream()
                    .filter(f -> f.serves(id))
                    .map(Finding::ruleId)
                    .collect(Collectors.toList());
            check(d.criticalRuleIds().equals(capping), a, id + " lists the critical findings on it");
            checkScore(id + " overall", d.overall(), !capping.isEmpty());
            for (Map.Entry<Lens, Score> lens : d.lenses().entrySet()) {
                String what = id + " " + lens.getKey().code();
                checkScore(what, lens.getValue(), lens.getKey() == Lens.RECORDS && !capping.isEmpty());
                check(lens.getValue().hasApplicable(), a, what + " is listed only with something applicable");
            }
        }
        checkScore("overall", a.overall(), !critical.isEmpty());

        for (TrustGap gap : a.trustGaps()) {
            DimensionScore d = a.dimension(gap.dimensionId()).orElseThrow();
            check(gap.gap() >= -100 && gap.gap() <= 100, a, "trust gap within -100..100: " + gap);
            check(
                    d.lens(Lens.CASEWORKER).percent().equals(OptionalDouble.of(gap.caseworkerPercent()))
                            && d.lens(Lens.CITIZEN).percent().equals(OptionalDouble.of(gap.citizenPercent())),
                    a,
                    "trust gap from the two lenses: " + gap);
        }
        for (ItemScore item : a.itemScores()) {
            item.points()
                    .ifPresent(p -> check(p >= 0 && p <= item.maxPoints(), a, "item points within 0..max: " + item));
        }
    }

    /** A score in range, with a band exactly when it has a percent and enough coverage. */
    private static void checkScore(String what, Score s, boolean critical) {
        boolean percentInRange = s.percent().isEmpty()
                || (s.percent().getAsDouble() >= 0 && s.percent().getAsDouble() <= 100);
        check(percentInRange, what, "percent within 0..100", s);
        check(s.coverage() >= 0 && s.coverage() <= 1, what, "coverage within 0..1", s);
        check(s.scored() >= 0 && s.scored() <= s.applicable(), what, "scored within 0..applicable", s);
        check(s.applicable() > 0 || s.percent().isEmpty(), what, "no percent when nothing applies", s);
        boolean banded = s.percent().isPresent()
                && s.coverage() >= POLICY.minimumCoverage()
                && s.scored() >= POLICY.minimumScoredForBand();
        check(
                s.band().isPresent() == banded,
                what,
                "a band exactly when there is a percent, coverage >= " + POLICY.minimumCoverage() + " and "
                        + POLICY.minimumScoredForBand() + " or more scored",
                s);
        if (banded) {
            Band band = POLICY.bandFor(s.percent().getAsDouble());
            Band expected = critical ? band.worst(POLICY.criticalCap()) : band;
            check(s.band().equals(Optional.of(expected)), what, "band " + expected.code() + " by the policy", s);
        }
        check(s.capped() == (banded && critical), what, critical ? "capped" : "not capped", s);
    }

    private static void check(boolean holds, Assessment a, String what) {
        if (!holds) {
            throw new AssertionError("assessment of " + a.caseId() + " as of " + a.asOf() + ": expected " + what);
        }
    }

    private static void check(boolean holds, String what, String expected, Score s) {
        if (!holds) {
            throw new AssertionError(what + ": expected " + expected + ", but was " + s);
        }
    }
}
