package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.AnswerScale;
import io.github.inddragelse.model.checklist.OptionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerScaleContentTest {

    @Test
    void the_standard_scales_come_in_a_fixed_order_and_are_found_by_id() {
        assertThat(AnswerScales.all())
                .extracting(AnswerScale::id)
                .containsExactly("agreement-5", "fidelity-5", "yes-partly-no", "easy-read-3");
        for (AnswerScale scale : AnswerScales.all()) {
            assertThat(AnswerScales.byId(scale.id())).containsSame(scale);
        }
        assertThat(AnswerScales.byId("nope")).isEmpty();
    }

    @Test
    void scored_options_run_from_zero_points_upward_in_order_so_the_lowest_answer_is_zero_percent() {
        for (AnswerScale scale : AnswerScales.all()) {
            List<Double> points = scale.options().stream()
                    .filter(o -> o.kind() == OptionKind.SCORED)
                    .map(o -> o.points().orElseThrow())
                    .toList();
            assertThat(points).as(scale.id()).startsWith(0.0).isSorted().doesNotHaveDuplicates();
            assertThat(scale.maxPoints()).isEqualTo(points.get(points.size() - 1));
        }
    }

    @Test
    void five_point_scales_keep_codes_one_to_five_and_give_code_minus_one_points() {
        for (AnswerScale scale : List.of(AnswerScales.AGREEMENT_5, AnswerScales.FIDELITY_5)) {
            for (int code = 1; code <= 5; code++) {
                AnswerOption option = scale.option(String.valueOf(code)).orElseThrow();
                assertThat(option.points()).hasValue(code - 1.0);
            }
            assertThat(scale.maxPoints()).isEqualTo(4.0);
        }
    }

    @Test
    void agreement_runs_from_helt_uenig_to_helt_enig_and_fidelity_from_absent_to_fully_met() {
        assertThat(AnswerScales.AGREEMENT_5.option("1").orElseThrow().label().da())
                .isEqualTo("Helt uenig");
        assertThat(AnswerScales.AGREEMENT_5.option("5").orElseThrow().label().da())
                .isEqualTo("Helt enig");
        assertThat(AnswerScales.FIDELITY_5.option("1").orElseThrow().label().en())
                .isEqualTo("Absent");
        assertThat(AnswerScales.FIDELITY_5.option("5").orElseThrow().label().en())
                .isEqualTo("Fully met");
    }

    @Test
    void not_applicable_and_dont_know_are_offered_to_professionals_and_dont_know_to_citizens() {
        for (AnswerScale scale :
                List.of(AnswerScales.AGREEMENT_5, AnswerScales.FIDELITY_5, AnswerScales.YES_PARTLY_NO)) {
            assertThat(scale.options())
                    .extracting(AnswerOption::kind)
                    .as(scale.id())
                    .endsWith(OptionKind.NOT_APPLICABLE, OptionKind.DONT_KNOW);
        }
        assertThat(AnswerScales.EASY_READ_3.options())
                .extracting(AnswerOption::code)
                .containsExactly("no", "a-little", "yes", "dont-know");
        assertThat(AnswerScales.EASY_READ_3.options())
                .extracting(o -> o.label().da())
                .containsExactly("Nej", "Lidt", "Ja", "Ved ikke");
    }

    @Test
    void every_option_has_a_danish_and_english_label_and_a_written_anchor_longer_than_its_label() {
        for (AnswerScale scale : AnswerScales.all()) {
            for (AnswerOption option : scale.options()) {
                String what = scale.id() + "/" + option.code();
                assertThat(option.label().da()).as(what).isNotBlank();
                assertThat(option.label().en()).as(what).isNotBlank();
                assertThat(option.anchor().da()).as(what).isNotBlank().endsWith(".");
                assertThat(option.anchor().en()).as(what).isNotBlank().endsWith(".");
                assertThat(option.anchor().da().length())
                        .as(what)
                        .isGreaterThan(option.label().da().length());
            }
        }
    }

    @Test
    void every_fidelity_and_agreement_anchor_is_different_so_raters_can_tell_the_levels_apart() {
        for (AnswerScale scale : AnswerScales.all()) {
            assertThat(scale.options())
                    .extracting(o -> o.anchor().da())
                    .as(scale.id())
                    .doesNotHaveDuplicates();
            assertThat(scale.options())
                    .extracting(o -> o.anchor().en())
                    .as(scale.id())
                    .doesNotHaveDuplicates();
        }
    }
}
