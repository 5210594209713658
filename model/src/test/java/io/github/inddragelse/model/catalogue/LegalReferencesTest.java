package io.github.inddragelse.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LegalReferencesTest {

    private final List<LegalReference> all = LegalReferences.all();

    @Test
    void every_provision_of_the_domain_brief_is_present_with_its_law_and_section() {
        assertThat(all)
                .extracting(LegalReference::citation)
                .contains(
                        "RSL §1",
                        "RSL §3",
                        "RSL §4",
                        "RSL §5",
                        "RSL §10",
                        "RSL §11",
                        "RSL §§66-67",
                        "FVL §7",
                        "FVL §8",
                        "FVL §19",
                        "FVL §§22-24",
                        "FVL §25",
                        "SEL §81",
                        "SEL §§82a-82b",
                        "SEL §§83-83a",
                        "SEL §85",
                        "SEL §96",
                        "SEL §97",
                        "SEL §100",
                        "SEL §§103-104",
                        "SEL §§107-108",
                        "SEL §141",
                        "SEL §148");
    }

    @Test
    void plain_language_and_interpreter_are_good_practice() {
        assertThat(List.of(LegalReferences.PLAIN_LANGUAGE, LegalReferences.INTERPRETER))
                .extracting(LegalReference::law, LegalReference::kind)
                .containsOnly(tuple(Law.GOOD_PRACTICE, LegalKind.GOOD_PRACTICE));
        assertThat(all).contains(LegalReferences.PLAIN_LANGUAGE, LegalReferences.INTERPRETER);
        assertThat(LegalReferences.INTERPRETER.duty().da()).contains("under 18");
        assertThat(LegalReferences.INTERPRETER.duty().en()).contains("never a child under 18", "14 May 2025");
    }

    @Test
    void hearing_reasons_and_investigation_are_the_guarantee_rules() {
        assertThat(all.stream().filter(r -> r.kind() == LegalKind.GUARANTEE_RULE))
                .containsExactlyInAnyOrder(LegalReferences.RSL_10, LegalReferences.FVL_19, LegalReferences.FVL_22_24);
    }

    @Test
    void the_processing_deadline_is_an_order_rule() {
        assertThat(LegalReferences.RSL_3.kind()).isEqualTo(LegalKind.ORDER_RULE);
        assertThat(LegalReferences.RSL_3.duty().en()).contains("publishes deadlines", "in writing");
    }

    @Test
    void complaint_guidance_is_an_order_rule_because_missing_guidance_does_not_normally_invalidate_the_decision() {
        assertThat(LegalReferences.FVL_25.kind()).isEqualTo(LegalKind.ORDER_RULE);
    }

    @Test
    void the_model_borgeren_i_centrum_is_professional_guidance_that_names_no_core_element() {
        assertThat(LegalReferences.BORGEREN_I_CENTRUM.law()).isEqualTo(Law.GUIDANCE);
        assertThat(LegalReferences.BORGEREN_I_CENTRUM.kind()).isEqualTo(LegalKind.GOOD_PRACTICE);
        assertThat(LegalReferences.BORGEREN_I_CENTRUM.title().da())
                .isEqualTo("Borgeren i centrum – Model for styrket tillid, samarbejde og inddragelse");
        assertThat(LegalReferences.BORGEREN_I_CENTRUM.duty().da()).contains("tillidsfuld relation", "ikke offentligt");
        assertThat(LegalReferences.BORGEREN_I_CENTRUM.duty().en()).contains("trusting relationship", "not public");
        assertThat(all).contains(LegalReferences.BORGEREN_I_CENTRUM);
    }

    @Test
    void the_recovery_guide_is_professional_guidance() {
        assertThat(LegalReferences.RECOVERY_GUIDE.law()).isEqualTo(Law.GUIDANCE);
        assertThat(LegalReferences.RECOVERY_GUIDE.title().da())
                .isEqualTo("Recovery-orienteret rehabilitering. Vejledning til praksis");
    }

    @Test
    void the_duties_carry_the_figures_of_the_law() {
        assertThat(LegalReferences.RSL_66_67.duty().en()).contains("4 weeks", "Ankestyrelsen");
        assertThat(LegalReferences.SEL_97.duty().en()).contains("15 hours a month");
        assertThat(LegalReferences.SEL_141.duty().en()).contains("may decline", "para. 7");
        assertThat(LegalReferences.SEL_148.duty().en()).contains("new decision");
        assertThat(LegalReferences.FVL_22_24.duty().en())
                .contains("legal rules", "main considerations behind any discretion", "where needed the facts");
    }

    @Test
    void codes_are_unique_and_every_reference_has_text_in_both_languages() {
        assertThat(all.stream().map(LegalReference::code).collect(Collectors.toSet()))
                .hasSameSizeAs(all);
        assertThat(all).allSatisfy(r -> {
            assertThat(r.code()).matches("[a-z0-9][a-z0-9.-]*");
            assertThat(r.title().da()).isNotBlank();
            assertThat(r.title().en()).isNotBlank();
            assertThat(r.duty().da()).isNotBlank();
            assertThat(r.duty().en()).isNotBlank();
            assertThat(r).hasToString(r.citation());
        });
    }

    @Test
    void good_practice_and_practice_material_are_cited_by_name_a_caseworker_knows() {
        assertThat(LegalReferences.PLAIN_LANGUAGE.citation()).isEqualTo("God forvaltningsskik (klart sprog)");
        assertThat(LegalReferences.INTERPRETER.citation()).isEqualTo("God forvaltningsskik (tolkning)");
        assertThat(LegalReferences.RECOVERY_GUIDE.citation()).isEqualTo("Social- og Boligstyrelsen 2023");
        assertThat(LegalReferences.BORGEREN_I_CENTRUM.citation())
                .isEqualTo("Social- og Boligstyrelsen, Borgeren i centrum");
        assertThat(all).extracting(LegalReference::citation).noneMatch(c -> c.contains("GFS") || c.contains("VEJL"));
        assertThat(Law.GUIDANCE.label().da()).doesNotContainIgnoringCase("vejledning");
    }

    @Test
    void the_codes_of_the_references_cited_by_name_are_kept() {
        assertThat(List.of(
                        LegalReferences.PLAIN_LANGUAGE,
                        LegalReferences.INTERPRETER,
                        LegalReferences.BORGEREN_I_CENTRUM,
                        LegalReferences.RECOVERY_GUIDE))
                .extracting(LegalReference::code)
                .containsExactly(
                        "good-practice-plain-language",
                        "good-practice-interpreter",
                        "guidance-borgeren-i-centrum",
                        "guidance-recovery-2023");
    }

    @Test
    void a_reference_prints_as_its_citation() {
        assertThat(LegalReferences.FVL_19.citation()).isEqualTo("FVL §19");
        assertThat(LegalReferences.FVL_19).hasToString("FVL §19");
    }
}
