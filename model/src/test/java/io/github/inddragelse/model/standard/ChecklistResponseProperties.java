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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChecklistResponseProperties {

    @Property
    void any_answers_taken_from_each_items_own_scale_are_valid(@ForAll("answered") ChecklistResponse response) {
        Checklist checklist = StandardChecklists.byId(response.checklistId()).orElseThrow();
        assertThatCode(() -> checklist.validate(response)).doesNotThrowAnyException();
    }

    @Property
    void an_answer_code_no_scale_has_is_always_rejected(
            @ForAll("answered") ChecklistResponse response, @ForAll("itemIndex") int index) {
        Checklist checklist = StandardChecklists.byId(response.checklistId()).orElseThrow();
        ChecklistItem item = checklist.items().get(index % checklist.items().size());
        ChecklistResponse broken = ChecklistResponse.builder()
                .from(response)
                .answers(Map.of(item.id(), "6"))
                .build();
        assertThatThrownBy(() -> checklist.validate(broken))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("answers." + item.id());
    }

    @Provide
    Arbitrary<Integer> itemIndex() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<ChecklistResponse> answered() {
        return Arbitraries.of(StandardChecklists.all()).flatMap(ChecklistResponseProperties::answers);
    }

    private static Arbitrary<ChecklistResponse> answers(Checklist checklist) {
        List<Arbitrary<Map.Entry<String, String>>> perItem = checklist.items().stream()
                .map(item -> Arbitraries.of(item.scale().options())
                        .map(AnswerOption::code)
                        .map(code -> Map.entry(item.id(), code)))
                .toList();
        return Combinators.combine(perItem).as(entries -> {
            ChecklistResponse.Builder builder = ChecklistResponse.builder()
                    .checklistId(checklist.id())
                    .checklistVersion(checklist.version())
                    .perspective(checklist.perspective())
                    .respondedOn(LocalDate.of(2026, 6, 1));
            entries.forEach(e -> builder.putAnswer(e.getKey(), e.getValue()));
            return builder.build();
        });
    }
}
