package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Perspective;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChecklistValidationTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 1);

    @Test
    void a_citizen_response_on_the_easy_read_scale_is_valid() {
        ChecklistResponse response = ChecklistResponse.builder()
                .checklistId("borger")
                .checklistVersion("1")
                .perspective(Perspective.CITIZEN)
                .respondedOn(ON)
                .putAnswer("b-01", "yes")
                .putAnswer("b-06", "a-little")
                .putAnswer("b-17", "no")
                .putAnswer("b-12", "dont-know")
                .build();

        StandardChecklists.citizen().validate(response);

        assertThat(response.answers()).hasSize(4);
    }

    @Test
    void unknown_item_answer_off_scale_wrong_version_and_wrong_perspective_are_reported_together() {
        Checklist caseworker = StandardChecklists.caseworker();
        ChecklistResponse response = ChecklistResponse.builder()
                .checklistId("sagsbehandler")
                .checklistVersion("2")
                .perspective(Perspective.CITIZEN)
                .respondedOn(ON)
                .putAnswer("sb-01", "5")
                .putAnswer("sb-99", "5")
                .putAnswer("sb-25", "4")
                .build();

        InvalidModelException e =
                catchThrowableOfType(() -> caseworker.validate(response), InvalidModelException.class);

        assertThat(e.violations())
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("checklistVersion", "perspective", "answers.sb-99", "answers.sb-25");
        assertThat(e.violations())
                .filteredOn(v -> v.path().equals("answers.sb-25"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'4'", "yes-partly-no"));
        assertThat(e.violations())
                .filteredOn(v -> v.path().equals("answers.sb-99"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("sagsbehandler"));
        assertThat(e.getMessage()).contains("sb-99", "sb-25", "version", "citizen");
    }

    @Test
    void an_answer_on_the_wrong_kind_of_scale_names_the_item_and_its_options() {
        ChecklistResponse response = ChecklistResponse.builder()
                .checklistId("borger")
                .checklistVersion("1")
                .perspective(Perspective.CITIZEN)
                .respondedOn(ON)
                .putAnswer("b-03", "not-applicable")
                .build();

        InvalidModelException e = catchThrowableOfType(
                () -> StandardChecklists.citizen().validate(response), InvalidModelException.class);

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("answers.b-03");
            assertThat(v.message()).contains("easy-read-3", "yes", "a-little", "no", "dont-know");
        });
    }
}
