package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.TrustGap;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.rule.CaseView;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The standard checklists in the assessment engine: accepted, scored, and giving a trust gap. */
class ChecklistAssessmentTest {

    private static final Assessor ASSESSOR =
            Assessor.builder().addChecklists(StandardChecklists.all()).build();

    @Test
    void the_engine_accepts_every_standard_checklist() {
        for (Checklist checklist : StandardChecklists.all()) {
            assertThat(ASSESSOR.checklist(checklist.id(), checklist.version())).containsSame(checklist);
        }
    }

    @Test
    void a_caseworker_who_rates_everything_fully_met_and_a_citizen_who_says_no_give_the_widest_trust_gap() {
        ChecklistTestCases testCase = ChecklistTestCases.FOLLOWED_UP;
        ChecklistResponse caseworker =
                answerApplicable(StandardChecklists.caseworker(), testCase.view(), ChecklistAssessmentTest::best);
        ChecklistResponse citizen = answerApplicable(StandardChecklists.citizen(), testCase.view(), item -> "no");

        Assessment assessment =
                ASSESSOR.assess(testCase.process(), List.of(caseworker, citizen), ChecklistTestCases.AS_OF);

        assertThat(assessment.trustGaps())
                .extracting(TrustGap::dimensionId)
                .containsExactlyInAnyOrderElementsOf(ChecklistContentTest.DIMENSIONS);
        assertThat(assessment.trustGaps()).allSatisfy(g -> assertThat(g.gap()).isCloseTo(100.0, within(0.001)));
        assertThat(assessment
                        .trustGap(StandardCatalogue.INVOLVEMENT)
                        .orElseThrow()
                        .gap())
                .isCloseTo(100.0, within(0.001));
    }

    private static String best(ChecklistItem item) {
        return item.scale().options().stream()
                .filter(o -> o.points().isPresent())
                .reduce((a, b) -> b.points().getAsDouble() >= a.points().getAsDouble() ? b : a)
                .orElseThrow()
                .code();
    }

    private static ChecklistResponse answerApplicable(
            Checklist checklist, CaseView view, Function<ChecklistItem, String> answer) {
        ChecklistResponse.Builder response = ChecklistResponse.builder()
                .checklistId(checklist.id())
                .checklistVersion(checklist.version())
                .perspective(checklist.perspective())
                .respondedOn(ChecklistTestCases.AS_OF);
        for (ChecklistItem item : checklist.items()) {
            if (item.appliesWhen().test(view)) {
                response.putAnswer(item.id(), answer.apply(item));
            }
        }
        return response.build();
    }
}
