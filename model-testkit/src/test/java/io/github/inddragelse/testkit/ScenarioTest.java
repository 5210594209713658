package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioTest {

    static Stream<Arguments> scenarios() {
        return Stream.of(
                scenario("exemplary", Scenarios::exemplary, "2026-06-23"),
                scenario("openingOnly", Scenarios::openingOnly, "2026-05-18"),
                scenario("physicalDisability", Scenarios::physicalDisability, "2026-05-20"),
                scenario("intellectualDisability", Scenarios::intellectualDisability, "2026-06-03"),
                scenario("mentalHealth", Scenarios::mentalHealth, "2026-05-11"),
                scenario("sociallyMarginalised", Scenarios::sociallyMarginalised, "2026-07-01"),
                scenario("citizenDeclinesActionPlan", Scenarios::citizenDeclinesActionPlan, "2026-06-23"),
                scenario(
                        "rejectionWithoutHearingOrComplaintGuidance",
                        Scenarios::rejectionWithoutHearingOrComplaintGuidance,
                        "2026-05-20",
                        Defect.NO_HEARING_BEFORE_REJECTION,
                        Defect.NO_COMPLAINT_GUIDANCE),
                scenario("overdueFollowUp", Scenarios::overdueFollowUp, "2026-08-31", Defect.OVERDUE_FOLLOW_UP),
                scenario(
                        "interpreterNeededButMissing",
                        Scenarios::interpreterNeededButMissing,
                        "2026-05-11",
                        Defect.INTERPRETER_MISSING),
                scenario(
                        "childUsedAsInterpreter",
                        Scenarios::childUsedAsInterpreter,
                        "2026-05-11",
                        Defect.CHILD_INTERPRETER),
                scenario(
                        "deadlineMissedWithoutNotice",
                        Scenarios::deadlineMissedWithoutNotice,
                        "2026-07-01",
                        Defect.DEADLINE_MISSED_WITHOUT_NOTICE));
    }

    private static Arguments scenario(String name, Supplier<CaseUnderTest> build, String asOf, Defect... defects) {
        Set<Defect> expected = EnumSet.noneOf(Defect.class);
        expected.addAll(Set.of(defects));
        return Arguments.of(name, build, LocalDate.parse(asOf), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void each_scenario_builds_with_its_documented_as_of_date_and_defects(
            String name, Supplier<CaseUnderTest> build, LocalDate asOf, Set<Defect> defects) {
        CaseUnderTest scenario = build.get();
        assertThat(scenario.asOf()).as(name).isEqualTo(asOf);
        assertThat(scenario.defects()).as(name).isEqualTo(defects);
        assertThat(build.get()).as("deterministic").isEqualTo(scenario);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void fixing_every_defect_of_a_scenario_leaves_none(
            String name, Supplier<CaseUnderTest> build, LocalDate asOf, Set<Defect> defects) {
        CaseUnderTest fixed = build.get();
        for (Defect d : defects) {
            fixed = fixed.fixed(d);
        }
        assertThat(fixed.defects()).as(name).isEmpty();
    }

    @Test
    void a_case_under_test_as_of_a_date_before_the_case_was_opened_is_refused_as_the_assessor_refuses_it() {
        CaseUnderTest exemplary = Scenarios.exemplary();
        LocalDate opened = exemplary.process().openedOn();
        LocalDate dayBefore = opened.minusDays(1);
        InvalidModelException assessorsRefusal = catchThrowableOfType(
                InvalidModelException.class, () -> Assessor.standard().assess(exemplary.process(), dayBefore));

        for (ThrowingCallable refused : List.<ThrowingCallable>of(
                () -> exemplary.withAsOf(dayBefore),
                () -> Defects.presentIn(exemplary.process(), dayBefore),
                () -> new AssessmentInput(exemplary.process(), List.of(), dayBefore))) {
            InvalidModelException e = catchThrowableOfType(InvalidModelException.class, refused);
            assertThat(e).isInstanceOf(IllegalArgumentException.class);
            assertThat(e.type()).isEqualTo("CaseUnderTest");
            assertThat(e.violations())
                    .isEqualTo(assessorsRefusal.violations())
                    .containsExactly(new Violation(
                            "asOf",
                            "is " + dayBefore + ", before the case was opened (" + opened + "); a case can only"
                                    + " be assessed as of its opening date or later"));
        }
        assertThat(exemplary.withAsOf(opened).asOf()).isEqualTo(opened);
    }

    @Test
    void there_is_one_scenario_per_target_group() {
        assertThat(Stream.of(
                                Scenarios.physicalDisability(),
                                Scenarios.intellectualDisability(),
                                Scenarios.mentalHealth(),
                                Scenarios.sociallyMarginalised())
                        .map(s -> s.process().targetGroups().iterator().next()))
                .containsExactly(
                        TargetGroup.PHYSICAL_DISABILITY,
                        TargetGroup.INTELLECTUAL_DISABILITY,
                        TargetGroup.MENTAL_HEALTH,
                        TargetGroup.SOCIALLY_MARGINALISED);
    }

    @Test
    void the_exemplary_case_runs_from_contact_to_follow_up() {
        CaseProcess process = Scenarios.exemplary().process();
        assertThat(process.currentPhase()).isEqualTo(Phase.FOLLOW_UP);
        assertThat(process.events()).extracting(e -> e.kind().usualPhase()).contains(Phase.values());
    }

    @Test
    void the_child_interpreter_is_under_eighteen_and_later_meetings_keep_the_professional_interpreter() {
        CaseProcess process = Scenarios.childUsedAsInterpreter().process();
        Participant child = process.participants().stream()
                .filter(p -> p.role() == Role.INTERPRETER && p.underEighteen())
                .findFirst()
                .orElseThrow();
        assertThat(process.event("moede-1").orElseThrow().involves(child.id())).isTrue();
        assertThat(process.event("moede-2").orElseThrow().involves("tolk-1")).isTrue();
    }
}
