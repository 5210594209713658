package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.standard.ChecklistTestCases.COMPLAINED;
import static io.github.inddragelse.model.standard.ChecklistTestCases.FOLLOWED_UP;
import static io.github.inddragelse.model.standard.ChecklistTestCases.GRANTED;
import static io.github.inddragelse.model.standard.ChecklistTestCases.INVESTIGATING;
import static io.github.inddragelse.model.standard.ChecklistTestCases.OPENED;
import static io.github.inddragelse.model.standard.ChecklistTestCases.REJECTED;
import static io.github.inddragelse.model.standard.ChecklistTestCases.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChecklistConditionTest {

    /** For every condition the standard checklists use: the small cases in which it must hold. */
    private static final Map<Condition, Set<ChecklistTestCases>> EXPECTED = expected();

    private static Map<Condition, Set<ChecklistTestCases>> expected() {
        Map<Condition, Set<ChecklistTestCases>> expected = new LinkedHashMap<>();
        expected.put(Condition.always(), EnumSet.allOf(ChecklistTestCases.class));
        expected.put(StandardChecklists.NEEDS_INTERPRETER, only(REJECTED, COMPLAINED, FOLLOWED_UP));
        expected.put(StandardChecklists.NEEDS_EASY_READ, only(INVESTIGATING, FOLLOWED_UP));
        expected.put(StandardChecklists.INVESTIGATING, only(INVESTIGATING, REJECTED, COMPLAINED, GRANTED, FOLLOWED_UP));
        expected.put(StandardChecklists.ASSESSING, only(REJECTED, COMPLAINED, GRANTED, FOLLOWED_UP));
        expected.put(StandardChecklists.DECIDED, only(REJECTED, COMPLAINED, GRANTED, FOLLOWED_UP));
        expected.put(StandardChecklists.ADVERSE_DECISION, only(REJECTED, COMPLAINED));
        expected.put(StandardChecklists.COMPLAINED, only(COMPLAINED));
        expected.put(StandardChecklists.HELP_ORDERED, only(GRANTED, FOLLOWED_UP));
        expected.put(StandardChecklists.FOLLOWING_UP, only(FOLLOWED_UP));
        return expected;
    }

    @Test
    void every_condition_the_standard_checklists_use_has_an_expectation_here() {
        Set<Condition> used = StandardChecklists.all().stream()
                .flatMap(c -> c.items().stream())
                .map(ChecklistItem::appliesWhen)
                .collect(Collectors.toSet());
        assertThat(EXPECTED.keySet()).containsAll(used);
        assertThat(used).as("no expectation is left unused").containsAll(EXPECTED.keySet());
    }

    @ParameterizedTest
    @EnumSource(ChecklistTestCases.class)
    void each_condition_holds_exactly_in_the_cases_it_is_meant_for(ChecklistTestCases testCase) {
        CaseView view = testCase.view();
        EXPECTED.forEach((condition, holdsIn) -> assertThat(condition.test(view))
                .as(condition + " in " + testCase)
                .isEqualTo(holdsIn.contains(testCase)));
    }

    @Test
    void in_a_case_just_opened_only_the_unconditional_items_apply() {
        CaseView view = OPENED.view();
        for (Checklist checklist : StandardChecklists.all()) {
            for (ChecklistItem item : checklist.items()) {
                assertThat(item.appliesWhen().test(view))
                        .as(item.id())
                        .isEqualTo(item.appliesWhen().equals(Condition.always()));
            }
        }
    }

    @Test
    void hearing_and_complaint_items_apply_after_a_rejection_but_not_after_a_full_grant() {
        List<String> adverseOnly = List.of("sb-25", "sb-26", "sb-27");
        for (String id : adverseOnly) {
            Condition when =
                    StandardChecklists.caseworker().item(id).orElseThrow().appliesWhen();
            assertThat(when.test(REJECTED.view())).as(id).isTrue();
            assertThat(when.test(GRANTED.view())).as(id).isFalse();
        }
    }

    @Test
    void hearing_and_complaint_items_do_not_apply_after_a_change_that_fully_grants_the_request() {
        CaseView asAsked = CaseFixtures.openedCase()
                .decision("d-1", CaseFixtures.day(20), DecisionOutcome.GRANTED)
                .decision("d-2", CaseFixtures.day(100), DecisionOutcome.CHANGED, d -> d.fullyGrantsRequest(true))
                .viewAsOf(CaseFixtures.day(110));
        CaseView notAsAsked = CaseFixtures.openedCase()
                .decision("d-1", CaseFixtures.day(20), DecisionOutcome.GRANTED)
                .decision("d-2", CaseFixtures.day(100), DecisionOutcome.CHANGED)
                .viewAsOf(CaseFixtures.day(110));
        assertThat(StandardChecklists.ADVERSE_DECISION.test(asAsked)).isFalse();
        assertThat(StandardChecklists.ADVERSE_DECISION.test(notAsAsked)).isTrue();
    }

    @Test
    void interpreter_items_apply_for_every_kind_of_interpreter_and_not_for_easy_read_alone() {
        Condition caseworker =
                StandardChecklists.caseworker().item("sb-11").orElseThrow().appliesWhen();
        Condition citizen =
                StandardChecklists.citizen().item("b-10").orElseThrow().appliesWhen();
        for (ChecklistTestCases interpreted : List.of(REJECTED, COMPLAINED, FOLLOWED_UP)) {
            assertThat(caseworker.test(interpreted.view()))
                    .as(interpreted.name())
                    .isTrue();
            assertThat(citizen.test(interpreted.view())).as(interpreted.name()).isTrue();
        }
        assertThat(caseworker.test(INVESTIGATING.view())).isFalse();
    }

    @Test
    void follow_up_items_apply_once_a_follow_up_is_known_and_not_before() {
        Condition when =
                StandardChecklists.caseworker().item("sb-34").orElseThrow().appliesWhen();
        assertThat(when.test(FOLLOWED_UP.view())).isTrue();
        assertThat(when.test(GRANTED.view())).isFalse();
        assertThat(StandardChecklists.citizen().item("b-27").orElseThrow().appliesWhen())
                .isEqualTo(when);
    }

    @Test
    void more_items_apply_as_the_case_moves_on() {
        Checklist caseworker = StandardChecklists.caseworker();
        int opened = applicable(caseworker, OPENED.view());
        int investigating = applicable(caseworker, INVESTIGATING.view());
        int followedUp = applicable(caseworker, FOLLOWED_UP.view());
        assertThat(opened).isLessThan(investigating);
        assertThat(investigating).isLessThan(followedUp);
    }

    private static int applicable(Checklist checklist, CaseView view) {
        return (int) checklist.items().stream()
                .filter(i -> i.appliesWhen().test(view))
                .count();
    }
}
