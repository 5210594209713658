package io.github.inddragelse.testkit;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property 3: repairing a defect never lowers the score of a dimension the repair serves ({@link
 * Defect#dimensionIds()}), neither its overall score nor what the records show, for every defect:
 * both in cases generated around one defect and with a defect put into any generated case. Before
 * and after are assessed as of the same date.
 */
class FixingDefectsProperties {

    private static final Assessor ASSESSOR = Assessor.standard();
    /** Room for rounding when the same points are summed in another order. */
    private static final double EPSILON = 1e-9;

    @Property(tries = 400)
    void fixing_the_defect_of_a_case_generated_with_it_never_lowers_a_score_it_serves(
            @ForAll("withOneDefect") CaseUnderTest broken) {
        Defect defect = broken.defects().iterator().next();
        checkNotLower(defect, broken, broken.fixed(defect));
    }

    @Provide
    Arbitrary<CaseUnderTest> withOneDefect() {
        return Arbitraries.of(Defect.values())
                .flatMap(d -> CaseProcesses.valid().withDefects(d).underTest());
    }

    @Property(tries = 100)
    void fixing_any_defect_put_into_any_generated_case_never_lowers_a_score_it_serves(@ForAll CaseUnderTest c) {
        for (Defect defect : Defect.values()) {
            if (Defects.canIntroduce(c, defect)) {
                CaseUnderTest broken = c.withDefect(defect);
                checkNotLower(defect, broken, broken.fixed(defect));
            }
        }
    }

    @Property(tries = 200)
    void bringing_the_citizen_into_the_meetings_never_lowers_a_score_it_serves(
            @ForAll("withoutCitizen") CaseUnderTest broken) {
        checkNotLower(Defect.NO_CITIZEN_AT_MEETINGS, broken, broken.fixed(Defect.NO_CITIZEN_AT_MEETINGS));
    }

    @Provide
    Arbitrary<CaseUnderTest> withoutCitizen() {
        return CaseProcesses.valid().withDefects(Defect.NO_CITIZEN_AT_MEETINGS).underTest();
    }

    private static void checkNotLower(Defect defect, CaseUnderTest broken, CaseUnderTest fixed) {
        Assessment before = ASSESSOR.assess(broken.process(), broken.asOf());
        Assessment after = ASSESSOR.assess(fixed.process(), fixed.asOf());
        List<String> lowered = new ArrayList<>();
        for (String dimensionId : defect.dimensionIds()) {
            DimensionScore b = before.dimension(dimensionId).orElseThrow();
            DimensionScore a = after.dimension(dimensionId).orElseThrow();
            compare(dimensionId + " overall", b.overall(), a.overall(), lowered);
            compare(dimensionId + " records", b.lens(Lens.RECORDS), a.lens(Lens.RECORDS), lowered);
        }
        if (!lowered.isEmpty()) {
            throw new AssertionError(
                    "fixing " + defect + " in case " + broken.process().caseId() + " as of "
                            + broken.asOf() + " lowered " + String.join("; ", lowered) + "; findings that changed: "
                            + changed(before, after));
        }
    }

    private static void compare(String what, Score before, Score after, List<String> lowered) {
        OptionalDouble b = before.percent();
        OptionalDouble a = after.percent();
        if (b.isPresent() && (a.isEmpty() || a.getAsDouble() < b.getAsDouble() - EPSILON)) {
            lowered.add(what + " from " + Descriptions.score(before) + " to " + Descriptions.score(after));
        }
    }

    /** The findings whose outcome differs, as {@code rule: before -> after}. */
    private static String changed(Assessment before, Assessment after) {
        List<String> changes = new ArrayList<>();
        for (Finding b : before.findings()) {
            Finding a = after.finding(b.ruleId()).orElseThrow();
            if (a.outcome() != b.outcome()) {
                changes.add(b.ruleId() + " " + b.outcome().code() + " -> "
                        + a.outcome().code() + " " + Descriptions.evidence(a) + " " + a.dimensions());
            }
        }
        return changes.isEmpty() ? "none" : String.join(", ", changes);
    }
}
