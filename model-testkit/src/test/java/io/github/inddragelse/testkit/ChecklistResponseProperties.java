package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.OptionKind;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.checklist.ResponseStatus;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ChecklistResponseProperties {

    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    private static final LocalDate TO = LocalDate.of(2026, 2, 28);

    @Property(tries = 1000)
    void every_generated_response_is_valid_for_its_checklist(@ForAll ChecklistResponse response) {
        Checklist checklist = StandardChecklists.byId(response.checklistId()).orElseThrow();
        checklist.validate(response);
        assertThat(response.perspective()).isEqualTo(checklist.perspective());
        assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
        assertThat(response.respondedOn()).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(response.answers().size())
                .isGreaterThanOrEqualTo((int) (checklist.items().size() * 0.3));
    }

    @Property(tries = 300)
    void the_configuration_is_respected(@ForAll("configured") ChecklistResponse response) {
        Checklist checklist = StandardChecklists.citizen();
        checklist.validate(response);
        assertThat(response.respondedOn()).isBetween(FROM, TO);
        assertThat(response.respondentId()).hasValue("borger-1");
        assertThat(response.answers()).hasSize(checklist.items().size());
        for (Map.Entry<String, String> answer : response.answers().entrySet()) {
            AnswerOption option = option(checklist, answer);
            assertThat(option.kind()).isEqualTo(OptionKind.SCORED);
            assertThat(option.points().getAsDouble()).isZero();
        }
    }

    @Provide
    Arbitrary<ChecklistResponse> configured() {
        return ChecklistResponses.forChecklist(StandardChecklists.citizen())
                .respondedBetween(FROM, TO)
                .statuses(ResponseStatus.IN_PROGRESS, ResponseStatus.COMPLETED)
                .allAnswered()
                .onScaleOnly()
                .worst()
                .respondent("borger-1");
    }

    @Property(tries = 200)
    void the_best_answers_carry_the_most_points_and_the_worst_none(
            @ForAll("best") ChecklistResponse best, @ForAll("worst") ChecklistResponse worst) {
        Checklist checklist = StandardChecklists.caseworker();
        assertThat(share(checklist, best)).isIn(1.0, 0.0);
        assertThat(share(checklist, worst)).isZero();
        for (Map.Entry<String, String> answer : best.answers().entrySet()) {
            AnswerOption option = option(checklist, answer);
            if (option.kind() == OptionKind.SCORED) {
                double max =
                        checklist.item(answer.getKey()).orElseThrow().scale().maxPoints();
                assertThat(option.points()).hasValue(max);
            }
        }
    }

    @Provide
    Arbitrary<ChecklistResponse> best() {
        return ChecklistResponses.forChecklist(StandardChecklists.caseworker()).best();
    }

    @Provide
    Arbitrary<ChecklistResponse> worst() {
        return ChecklistResponses.forChecklist(StandardChecklists.caseworker()).worst();
    }

    @Example
    void a_high_bias_scores_higher_on_average_than_none_and_none_higher_than_a_low_bias() {
        ChecklistResponseArbitrary answers =
                ChecklistResponses.forChecklist(StandardChecklists.caseworker()).allAnswered();
        double high = meanShare(answers.bias(0.7));
        double none = meanShare(answers);
        double low = meanShare(answers.bias(-0.7));
        assertThat(high).isGreaterThan(none + 0.1);
        assertThat(none).isGreaterThan(low + 0.1);
    }

    private static double meanShare(Arbitrary<ChecklistResponse> answers) {
        Checklist checklist = StandardChecklists.caseworker();
        return answers.sampleStream()
                .limit(200)
                .mapToDouble(r -> share(checklist, r))
                .average()
                .orElseThrow();
    }

    @Property(tries = 200)
    void off_scale_answers_and_unanswered_items_come_as_configured(@ForAll("unsure") ChecklistResponse response) {
        Checklist checklist = StandardChecklists.caseworker();
        checklist.validate(response);
        assertThat(response.status()).isEqualTo(ResponseStatus.IN_PROGRESS);
        assertThat(response.answers().size())
                .isLessThanOrEqualTo(checklist.items().size() / 2 + 1);
        for (Map.Entry<String, String> answer : response.answers().entrySet()) {
            ChecklistItem item = checklist.item(answer.getKey()).orElseThrow();
            boolean offered = item.scale().options().stream().anyMatch(o -> o.kind() == OptionKind.DONT_KNOW);
            if (offered) {
                assertThat(option(checklist, answer).kind()).isEqualTo(OptionKind.DONT_KNOW);
            }
        }
    }

    @Provide
    Arbitrary<ChecklistResponse> unsure() {
        return ChecklistResponses.forChecklist(StandardChecklists.caseworker())
                .statuses(ResponseStatus.IN_PROGRESS)
                .answeredShare(0, 0.5)
                .notApplicableShare(0)
                .dontKnowShare(1);
    }

    @Property(tries = 100)
    void responses_for_a_case_are_dated_within_it_name_their_respondents_and_are_used_by_the_assessor(
            @ForAll AssessmentInput input) {
        assertThat(input.responses())
                .extracting(ChecklistResponse::perspective)
                .containsExactly(Perspective.CASEWORKER, Perspective.CITIZEN);
        for (ChecklistResponse r : input.responses()) {
            assertThat(r.respondedOn()).isBetween(input.process().openedOn(), input.asOf());
            assertThat(r.respondentId()).isPresent();
            assertThat(r.caseId()).hasValue(input.process().caseId());
        }
        assertThat(input.responses().get(1).respondentId())
                .hasValue(input.process().citizenId());
        Assessment assessment = input.assess(Assessor.standard());
        assertThat(assessment.itemScores())
                .hasSize(StandardChecklists.caseworker().items().size()
                        + StandardChecklists.citizen().items().size());
        assertThat(input.caseUnderTest().asOf()).isEqualTo(input.asOf());
    }

    @Example
    void responses_for_a_scenario_fit_the_scenario() {
        CaseUnderTest c = Scenarios.mentalHealth();
        List<ChecklistResponse> responses = ChecklistResponses.forCase(c).sample();
        assertThat(responses).hasSize(2).allSatisfy(r -> assertThat(r.respondedOn())
                .isBetween(c.process().openedOn(), c.asOf()));
        ChecklistResponse leader = ChecklistResponses.forChecklist(StandardChecklists.leader())
                .within(c)
                .sample();
        assertThat(leader.respondedOn()).isBetween(c.process().openedOn(), c.asOf());
        assertThat(leader.caseId()).hasValue(c.process().caseId());
        assertThat(AssessmentInput.of(c, responses).assess(Assessor.standard()).itemScores())
                .isNotEmpty();
    }

    @Example
    void impossible_configurations_fail_at_once() {
        ChecklistResponseArbitrary a = ChecklistResponses.forChecklist(StandardChecklists.citizen());
        assertThatThrownBy(() -> a.respondedBetween(TO, FROM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to is before from");
        assertThatThrownBy(() -> a.answeredShare(0.8, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.bias(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.dontKnowShare(0.5).notApplicableShare(0.6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1 together");
        assertThatThrownBy(() -> a.statuses()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.respondent("010190-1234"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("respondentId")
                .hasMessageNotContaining("010190-1234");
        assertThatThrownBy(
                        () -> new AssessmentInput(Scenarios.exemplary().process(), List.of(), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_seed_gives_the_same_responses() {
        Arbitrary<List<ChecklistResponse>> arbitrary = ChecklistResponses.forCase(Scenarios.exemplary());
        List<List<ChecklistResponse>> first = new java.util.ArrayList<>();
        List<List<ChecklistResponse>> second = new java.util.ArrayList<>();
        net.jqwik.api.sessions.JqwikSession.run(
                "7", () -> arbitrary.sampleStream().limit(5).forEach(first::add));
        net.jqwik.api.sessions.JqwikSession.run(
                "7", () -> arbitrary.sampleStream().limit(5).forEach(second::add));
        assertThat(first).hasSize(5).isEqualTo(second);
    }

    private static AnswerOption option(Checklist checklist, Map.Entry<String, String> answer) {
        return checklist
                .item(answer.getKey())
                .orElseThrow()
                .scale()
                .option(answer.getValue())
                .orElseThrow();
    }

    /** The points of the scored answers as a share of their maximum. */
    private static double share(Checklist checklist, ChecklistResponse response) {
        double points = 0;
        double max = 0;
        for (Map.Entry<String, String> answer : response.answers().entrySet()) {
            AnswerOption option = option(checklist, answer);
            if (option.kind() == OptionKind.SCORED) {
                points += option.points().getAsDouble();
                max += checklist.item(answer.getKey()).orElseThrow().scale().maxPoints();
            }
        }
        return max == 0 ? 0 : points / max;
    }
}
