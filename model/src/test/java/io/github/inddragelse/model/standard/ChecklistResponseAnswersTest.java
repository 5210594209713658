package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers taken from each item's own scale are always valid, and an answer code no scale has is
 * always rejected naming the item: 200 seeded random responses over the four standard checklists
 * (the testkit's {@code ChecklistResponseProperties} checks the same with jqwik).
 */
class ChecklistResponseAnswersTest {

    static Stream<ChecklistResponse> answered() {
        Random random = new Random(20261122L);
        List<Checklist> checklists = StandardChecklists.all();
        return Stream.generate(() -> answers(checklists.get(random.nextInt(checklists.size())), random))
                .limit(200);
    }

    @ParameterizedTest
    @MethodSource("answered")
    void any_answers_taken_from_each_items_own_scale_are_valid(ChecklistResponse response) {
        Checklist checklist = StandardChecklists.byId(response.checklistId()).orElseThrow();
        assertThatCode(() -> checklist.validate(response)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("answered")
    void an_answer_code_no_scale_has_is_always_rejected(ChecklistResponse response) {
        Checklist checklist = StandardChecklists.byId(response.checklistId()).orElseThrow();
        ChecklistItem item = checklist
                .items()
                .get(Math.floorMod(response.hashCode(), checklist.items().size()));
        ChecklistResponse broken = ChecklistResponse.builder()
                .from(response)
                .answers(Map.of(item.id(), "6"))
                .build();
        assertThatThrownBy(() -> checklist.validate(broken))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("answers." + item.id());
    }

    private static ChecklistResponse answers(Checklist checklist, Random random) {
        ChecklistResponse.Builder builder = ChecklistResponse.builder()
                .checklistId(checklist.id())
                .checklistVersion(checklist.version())
                .perspective(checklist.perspective())
                .respondedOn(LocalDate.of(2026, 6, 1));
        for (ChecklistItem item : checklist.items()) {
            List<AnswerOption> options = item.scale().options();
            builder.putAnswer(
                    item.id(), options.get(random.nextInt(options.size())).code());
        }
        return builder.build();
    }
}
