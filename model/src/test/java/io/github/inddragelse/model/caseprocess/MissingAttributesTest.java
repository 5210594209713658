package io.github.inddragelse.model.caseprocess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.rule.RuleDefinition;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MissingAttributesTest {

    @Test
    void a_case_process_missing_required_attributes_lists_every_one_of_them() {
        assertThatThrownBy(() -> CaseProcess.builder().caseId("sag-1").build())
                .isInstanceOfSatisfying(
                        InvalidModelException.class, e -> org.assertj.core.api.Assertions.assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("citizenId", "municipality", "openedOn"))
                .hasMessageContaining("Invalid CaseProcess (3 problems)")
                .hasMessageContaining("openedOn: is required");
    }

    @Test
    void an_event_missing_its_date_and_kind_specific_fields_reports_them_together() {
        assertThatThrownBy(() -> FollowUp.builder().id("e1").build())
                .isInstanceOfSatisfying(
                        InvalidModelException.class, e -> org.assertj.core.api.Assertions.assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("date", "plannedFor"));
    }

    @Test
    void engine_values_report_missing_attributes_the_same_way() {
        assertThatThrownBy(() -> RuleDefinition.builder().id("x").build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("title: is required");
    }

    @Test
    void a_complete_builder_still_builds() {
        org.assertj.core.api.Assertions.assertThat(FollowUp.builder()
                        .id("e1")
                        .date(LocalDate.of(2026, 1, 1))
                        .plannedFor(LocalDate.of(2026, 2, 1))
                        .build()
                        .plannedFor())
                .isEqualTo(LocalDate.of(2026, 2, 1));
    }
}
