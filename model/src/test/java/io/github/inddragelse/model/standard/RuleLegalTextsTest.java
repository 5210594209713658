package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.rule.RuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * Pins the legal wording of rule texts that a legal review corrected, so that a later edit does not
 * bring back a claim the sources do not make.
 */
class RuleLegalTextsTest {

    @Test
    void the_child_interpreter_rationale_names_the_acts_one_exception_in_its_words() {
        RuleDefinition d = InvolvementRules.NO_CHILD_INTERPRETER.definition();

        assertThat(d.rationale().da())
                .contains("Den eneste undtagelse", "et uproblematisk forhold")
                .doesNotContain("helt");
        assertThat(d.rationale().en())
                .contains("The one exception", "an unproblematic matter")
                .doesNotContain("wholly");
    }

    @Test
    void the_child_interpreter_description_says_every_kind_of_event_counts_because_an_interpreter_means_speech() {
        RuleDefinition d = InvolvementRules.NO_CHILD_INTERPRETER.definition();

        assertThat(d.description().da())
                .contains(
                        "Alle slags hændelser tæller", "det, der blev sagt", "skriftlig oversættelse", "uproblematisk");
        assertThat(d.description().en())
                .contains("Every kind of event counts", "what was said", "written translation", "unproblematic");
    }

    @Test
    void the_action_plan_rationale_says_stk_2_is_the_duty_to_offer_and_stk_1_a_duty_to_consider() {
        RuleDefinition d = LegalDutyRules.SEL_141_PLAN_OFFERED.definition();

        assertThat(d.rationale().da())
                .contains("§141, stk. 2, jf. stk. 1, skal kommunen tilbyde", "efter stk. 1 skønne")
                .contains("for at forbedre de personlige udviklingsmuligheder");
        assertThat(d.rationale().en()).contains("§141(2), read with (1)", "consider whether offering a plan");
    }

    @Test
    void the_action_plan_summary_tells_the_duty_to_consider_from_the_duty_to_offer() {
        assertThat(LegalReferences.SEL_141.duty().da())
                .contains("skønne, om det er hensigtsmæssigt at tilbyde en handleplan (stk. 1)")
                .contains("som i øvrigt har behov for betydelig støtte for at forbedre de personlige");
        assertThat(LegalReferences.SEL_141.duty().en())
                .contains("consider whether it is appropriate to offer an action plan (para. 1)", "(para. 2)");
    }

    @Test
    void the_resources_rationale_gives_sel_81_no_2_in_the_statutes_words() {
        String da = RecoveryRules.RESOURCES_RECORDED.definition().rationale().da();

        assertThat(da).contains("understøtte den enkeltes muligheder for at fastholde egne ressourcer");
        assertThat(da).doesNotContain("bygge på borgerens egne ressourcer");
        assertThat(LegalReferences.SEL_81.duty().da()).doesNotContain("bygge på borgerens egne ressourcer");
    }

    @Test
    void the_goal_type_is_the_librarys_measure_of_principle_2_not_a_request_of_the_guide() {
        RuleDefinition d = RecoveryRules.GOALS_LINKED_TO_LIFE_AREAS.definition();

        assertThat(d.rationale().da()).startsWith("Biblioteket måler princip 2");
        assertThat(d.rationale().en()).startsWith("The library measures principle 2");
    }

    @Test
    void the_shared_goals_rationale_calls_rsl_1_the_acts_purpose_and_rsl_5_the_requirement() {
        RuleDefinition d = CollaborationRules.SHARED_GOALS.definition();

        assertThat(d.rationale().da()).contains("Retssikkerhedsloven §5 kræver", "lovens formål (§1)");
        assertThat(d.rationale().en()).contains("Retssikkerhedsloven §5 requires", "the act's purpose (§1)");
    }

    @Test
    void the_pending_new_decision_is_due_by_a_date_in_danish_as_in_english() {
        Text pending = LegalDutyRules.SEL_148_CHANGE_NEEDS_DECISION
                .definition()
                .messages()
                .get("decision-pending");

        assertThat(pending.da()).endsWith("den nye afgørelse skal træffes senest {due}.");
        assertThat(pending.en()).endsWith("the new decision is due by {due}.");
    }

    @Test
    void the_complaint_rule_tells_data_entry_in_its_description_not_in_the_caseworkers_recommendation() {
        RuleDefinition d = LegalDutyRules.RSL_66_67_RECONSIDERED.definition();

        assertThat(d.recommendation().da()).doesNotContain("Registrer");
        assertThat(d.recommendation().en()).doesNotContain("Record");
        assertThat(d.description().da()).contains("Registrer en afgørelse", "som delvist ændret, ikke som ændret");
        assertThat(d.description().en()).contains("Record a decision", "as changed in part, not as changed");
        assertThat(d.title().da().split(" ")).hasSizeLessThanOrEqualTo(12);
        assertThat(d.title().en().split(" ")).hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void the_investigation_rationale_gives_the_companion_scheme_figure_as_one_example_area_only() {
        RuleDefinition d = LegalDutyRules.RSL_10_INVESTIGATED.definition();

        assertThat(d.rationale().da())
                .contains(
                        "Et eksempel fra ét område", "ledsageordning (serviceloven §97)", "tallet gælder kun de sager");
        assertThat(d.rationale().en())
                .contains("One example from one area", "(serviceloven §97)", "the figure applies to those cases only");
    }

    @Test
    void the_investigation_recommendation_fits_a_decision_whose_investigation_only_lacks_assessed_life_areas() {
        RuleDefinition d = LegalDutyRules.RSL_10_INVESTIGATED.definition();

        assertThat(d.recommendation().da())
                .contains("hvor de relevante livsområder er vurderet")
                .doesNotContain("træf først afgørelse, når sagen er oplyst");
        assertThat(d.recommendation().en())
                .contains("assesses the relevant life areas")
                .doesNotContain("decide only once the case is investigated");
    }

    @Test
    void an_investigation_that_only_lacks_life_areas_is_told_to_assess_them_and_a_decision_without_one_to_reconsider() {
        RuleDefinition d = LegalDutyRules.RSL_10_INVESTIGATED.definition();

        assertThat(d.recommendationFor("no-life-areas-assessed").da())
                .contains("livsområder")
                .doesNotContain("genoptages");
        assertThat(d.recommendationFor("decided-without-investigation").da())
                .contains("Udred sagen med borgeren nu", "om afgørelsen skal genoptages");
        assertThat(d.recommendationFor("decided-without-investigation").en())
                .contains("Investigate the case with the citizen now", "whether the decision must be reopened");
        assertThat(d.recommendationFor("not-reinvestigated").da()).contains("før hjælpen ændres eller stoppes");
    }

    @Test
    void a_complaint_not_sent_on_is_told_to_send_it_now_and_one_sent_late_to_keep_the_deadline_next_time() {
        RuleDefinition d = LegalDutyRules.RSL_66_67_RECONSIDERED.definition();

        assertThat(d.recommendationFor("not-forwarded").da()).startsWith("Send klagen til Ankestyrelsen nu");
        assertThat(d.recommendationFor("forwarded-late").da()).contains("fremover", "senest 4 uger");
        assertThat(d.recommendationFor("pending")).isEqualTo(d.recommendation());
    }

    @Test
    void what_cannot_be_judged_for_lack_of_records_is_told_to_record_it() {
        assertThat(LegalDutyRules.FVL_22_24_REASONS
                        .definition()
                        .recommendationFor("reasons-not-recorded")
                        .da())
                .startsWith("Registrer, om begrundelsen");
        assertThat(LegalDutyRules.SEL_141_PLAN_OFFERED
                        .definition()
                        .recommendationFor("function-unknown")
                        .da())
                .startsWith("Notér borgerens funktionsniveau");
    }
}
