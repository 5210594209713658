package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.ProgressMeasurement;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.checklist.ResponseStatus;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ConfigurationProperties {

    @Property(tries = 100)
    void target_group_is_honoured(@ForAll TargetGroup group) {
        CaseProcess p = CaseProcesses.valid().targetGroup(group).sample();
        assertThat(p.targetGroups()).containsExactly(group);
    }

    @Property(tries = 100)
    void several_target_groups_are_honoured(@ForAll("groups") CaseProcess p) {
        assertThat(p.targetGroups())
                .containsExactlyInAnyOrder(TargetGroup.MENTAL_HEALTH, TargetGroup.SOCIALLY_MARGINALISED);
    }

    @Provide
    Arbitrary<CaseProcess> groups() {
        return CaseProcesses.valid().targetGroups(TargetGroup.SOCIALLY_MARGINALISED, TargetGroup.MENTAL_HEALTH);
    }

    @Property(tries = 200)
    void event_bounds_are_honoured(@ForAll("fewEvents") CaseProcess few, @ForAll("manyEvents") CaseProcess many) {
        assertThat(few.events()).hasSizeBetween(3, 6);
        assertThat(many.events()).hasSizeBetween(25, 30);
    }

    @Provide
    Arbitrary<CaseProcess> fewEvents() {
        return CaseProcesses.valid().events(3, 6);
    }

    @Provide
    Arbitrary<CaseProcess> manyEvents() {
        return CaseProcesses.valid().events(25, 30);
    }

    @Property(tries = 140)
    void the_phase_reached_is_honoured(@ForAll Phase phase) {
        CaseProcess p = CaseProcesses.valid().reachingPhase(phase).sample();
        assertThat(p.currentPhase()).isEqualTo(phase);
        assertThat(p.events().stream().anyMatch(e -> e instanceof Decision))
                .isEqualTo(phase.compareTo(Phase.DECISION) >= 0);
    }

    @Property(tries = 100)
    void with_decision_is_honoured(@ForAll boolean decision) {
        CaseProcess p = CaseProcesses.valid().withDecision(decision).sample();
        assertThat(p.events().stream().anyMatch(e -> e instanceof Decision)).isEqualTo(decision);
    }

    @Property(tries = 100)
    void decision_outcomes_are_honoured(@ForAll("rejections") CaseProcess p) {
        assertThat(p.events())
                .filteredOn(e -> e instanceof Decision)
                .singleElement()
                .matches(d -> ((Decision) d).outcome() == DecisionOutcome.REJECTED);
        assertThat(p.currentPhase()).isEqualTo(Phase.DECISION);
    }

    @Provide
    Arbitrary<CaseProcess> rejections() {
        return CaseProcesses.valid().withDecision(true).decisionOutcomes(DecisionOutcome.REJECTED);
    }

    @Property(tries = 100)
    void opening_period_is_honoured(@ForAll("inMarch") CaseProcess p) {
        assertThat(p.openedOn()).isBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    }

    @Provide
    Arbitrary<CaseProcess> inMarch() {
        return CaseProcesses.valid().openedBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    }

    @Property(tries = 200)
    void exemplary_cases_hold_every_good_practice_quality(@ForAll("exemplary") CaseProcess p) {
        assertThat(p.events()).filteredOn(e -> e instanceof Meeting).allSatisfy(e -> {
            Meeting m = (Meeting) e;
            assertThat(m.preparedWithCitizen() && m.agendaSentAhead() && m.placeChosenByCitizen())
                    .isTrue();
        });
        assertThat(p.events()).filteredOn(e -> e instanceof Goal).allSatisfy(e -> assertThat(
                        ((Goal) e).measurable() && ((Goal) e).derivedFromWishes())
                .isTrue());
        assertThat(p.events()).filteredOn(e -> e instanceof Goal).allSatisfy(e -> assertThat(((Goal) e).lifeArea())
                .isPresent());
        // progress measured before and after, so that the two can be compared
        assertThat(p.events()).filteredOn(e -> e instanceof ProgressMeasurement).allSatisfy(e -> assertThat(
                        ((ProgressMeasurement) e).after())
                .isNotEqualTo(FunctionLevel.NOT_ASSESSED));
    }

    @Provide
    Arbitrary<CaseProcess> exemplary() {
        return CaseProcesses.valid().exemplary().reachingPhase(Phase.FOLLOW_UP);
    }

    @Property(tries = 100)
    void full_variation_still_gives_valid_cases_without_defects(@ForAll("varied") CaseUnderTest c) {
        assertThat(c.defects()).isEmpty();
    }

    @Provide
    Arbitrary<CaseUnderTest> varied() {
        return CaseProcesses.valid().variation(1).underTest();
    }

    @Test
    void impossible_combinations_are_refused_at_once_with_a_reason() {
        assertThatThrownBy(
                        () -> CaseProcesses.valid().withDecision(false).withDefects(Defect.NO_HEARING_BEFORE_REJECTION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a decision")
                .hasMessageContaining("NO_HEARING_BEFORE_REJECTION");
        assertThatThrownBy(
                        () -> CaseProcesses.valid().withDefects(Defect.OVERDUE_FOLLOW_UP, Defect.NO_FOLLOW_UP_PLANNED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be in one case");
        assertThatThrownBy(() -> CaseProcesses.valid().events(1, 1).reachingPhase(Phase.FOLLOW_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events 1..1");
        assertThatThrownBy(() -> CaseProcesses.valid().variation(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseProcesses.valid().decisionOutcomes(DecisionOutcome.STOPPED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configuring_returns_a_new_arbitrary_and_leaves_the_original_unchanged() {
        CaseProcessArbitrary any = CaseProcesses.valid();
        CaseProcessArbitrary opening = any.reachingPhase(Phase.OPENING);
        assertThat(opening).isNotSameAs(any);
        assertThat(any.reachingPhase(Phase.FOLLOW_UP).sample().currentPhase()).isEqualTo(Phase.FOLLOW_UP);
        assertThat(opening.sample().currentPhase()).isEqualTo(Phase.OPENING);
        assertThat(Set.of(Phase.values())).contains(any.sample().currentPhase());
    }

    @Test
    void configuring_an_arbitrary_already_used_still_applies_the_configuration() {
        CaseProcessArbitrary any = CaseProcesses.valid();
        any.sample();
        assertThat(any.reachingPhase(Phase.OPENING).sampleStream().limit(20))
                .allSatisfy(p -> assertThat(p.currentPhase()).isEqualTo(Phase.OPENING));
        ChecklistResponseArbitrary answers = ChecklistResponses.forChecklist(StandardChecklists.citizen());
        answers.sample();
        assertThat(answers.statuses(ResponseStatus.IN_PROGRESS).sampleStream().limit(20))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ResponseStatus.IN_PROGRESS));
    }
}
