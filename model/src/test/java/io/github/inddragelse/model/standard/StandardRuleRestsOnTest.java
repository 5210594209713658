package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.caseprocess.RecordedFact.ACTION_PLAN_MADE_WITH_CITIZEN;
import static io.github.inddragelse.model.caseprocess.RecordedFact.ACTION_PLAN_STATES_DURATION;
import static io.github.inddragelse.model.caseprocess.RecordedFact.ACTION_PLAN_STATES_PURPOSE;
import static io.github.inddragelse.model.caseprocess.RecordedFact.CASEWORKER_CHANGE_HANDOVER_WITH_CITIZEN;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_REASONS_CITE_RULES;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_REASONS_STATE_CONSIDERATIONS;
import static io.github.inddragelse.model.caseprocess.RecordedFact.GOAL_DERIVED_FROM_WISHES;
import static io.github.inddragelse.model.caseprocess.RecordedFact.INVESTIGATION_WISHES_IN_OWN_WORDS;
import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A standard rule's finding stands when the case does not record a fact it reads but the finding's
 * message key does not rest on: the finding is the one the case gets without the declaration. A key
 * that rests on the fact still gives insufficient data, naming only the facts it rests on.
 */
class StandardRuleRestsOnTest {

    private static final LocalDate AS_OF = day(60);

    /** The rule's finding for the case, from a system that does not record the facts given. */
    private static Finding finding(Rule rule, Supplier<CaseFixtures> fixture, RecordedFact... notRecorded) {
        return Assessor.builder()
                .addRule(rule)
                .build()
                .assess(fixture.get().notRecorded(notRecorded).build(), AS_OF)
                .finding(rule.id())
                .orElseThrow();
    }

    private static CaseFixtures investigatedWithoutWishes() {
        return openedCase().investigation("inv-1", day(10));
    }

    private static CaseFixtures investigatedWithWishesInOtherWords() {
        return openedCase().investigation("inv-1", day(10), i -> i.citizensWishes("Jeg vil klare mig selv"));
    }

    @Test
    void an_investigation_without_any_wishes_is_not_met_also_where_the_system_does_not_record_own_words() {
        Finding unrecorded = finding(
                RecoveryRules.WISHES_IN_OWN_WORDS,
                StandardRuleRestsOnTest::investigatedWithoutWishes,
                INVESTIGATION_WISHES_IN_OWN_WORDS);

        assertThat(unrecorded)
                .isEqualTo(
                        finding(RecoveryRules.WISHES_IN_OWN_WORDS, StandardRuleRestsOnTest::investigatedWithoutWishes));
        assertThat(unrecorded.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(unrecorded.messageKey()).isEqualTo("no-wishes");
        assertThat(unrecorded.evidence()).containsExactly("inv-1");
    }

    @Test
    void wishes_in_other_words_from_a_system_that_does_not_record_own_words_cannot_be_judged() {
        Finding recorded =
                finding(RecoveryRules.WISHES_IN_OWN_WORDS, StandardRuleRestsOnTest::investigatedWithWishesInOtherWords);
        Finding unrecorded = finding(
                RecoveryRules.WISHES_IN_OWN_WORDS,
                StandardRuleRestsOnTest::investigatedWithWishesInOtherWords,
                INVESTIGATION_WISHES_IN_OWN_WORDS);

        assertThat(recorded.messageKey()).isEqualTo("not-own-words");
        assertThat(unrecorded.messageKey()).isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(unrecorded.args()).containsEntry("notRecorded", "investigation-wishes-in-own-words");
    }

    private static CaseFixtures planNotMadeWithCitizen() {
        return openedCase().actionPlan("plan-1", day(20), PlanResponse.ACCEPTED, p -> p.statesIntervention(true));
    }

    @Test
    void a_plan_not_made_with_the_citizen_is_not_met_also_where_the_system_does_not_record_its_contents() {
        Finding unrecorded = finding(
                CollaborationRules.PLAN_MADE_WITH_CITIZEN,
                StandardRuleRestsOnTest::planNotMadeWithCitizen,
                ACTION_PLAN_STATES_PURPOSE,
                ACTION_PLAN_STATES_DURATION);

        assertThat(unrecorded)
                .isEqualTo(finding(
                        CollaborationRules.PLAN_MADE_WITH_CITIZEN, StandardRuleRestsOnTest::planNotMadeWithCitizen));
        assertThat(unrecorded.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(unrecorded.messageKey()).isEqualTo("not-with-citizen");
    }

    @Test
    void a_plan_from_a_system_that_does_not_record_who_made_it_cannot_be_judged_naming_only_that_fact() {
        Finding unrecorded = finding(
                CollaborationRules.PLAN_MADE_WITH_CITIZEN,
                StandardRuleRestsOnTest::planNotMadeWithCitizen,
                ACTION_PLAN_MADE_WITH_CITIZEN,
                ACTION_PLAN_STATES_PURPOSE);

        assertThat(unrecorded.messageKey()).isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(unrecorded.args()).containsEntry("notRecorded", "action-plan-made-with-citizen");
    }

    private static CaseFixtures rejectionWithoutDiscretion(boolean citesRules) {
        return openedCase().decision("d-1", day(30), DecisionOutcome.REJECTED, d -> d.discretionary(false)
                .reasons("Du opfylder ikke betingelserne.")
                .reasonsCiteRules(citesRules));
    }

    @Test
    void
            reasons_without_rules_or_facts_for_a_decision_without_discretion_stay_critical_without_considerations_recorded() {
        Finding unrecorded = finding(
                LegalDutyRules.FVL_22_24_REASONS,
                () -> rejectionWithoutDiscretion(false),
                DECISION_REASONS_STATE_CONSIDERATIONS);

        assertThat(unrecorded)
                .isEqualTo(finding(LegalDutyRules.FVL_22_24_REASONS, () -> rejectionWithoutDiscretion(false)));
        assertThat(unrecorded.messageKey()).isEqualTo("reasons-without-rules-or-facts");
        assertThat(unrecorded.isCritical()).isTrue();
    }

    @Test
    void reasons_without_rules_or_facts_from_a_system_that_does_not_record_the_rules_cannot_be_judged() {
        Finding unrecorded = finding(
                LegalDutyRules.FVL_22_24_REASONS,
                () -> rejectionWithoutDiscretion(false),
                DECISION_REASONS_CITE_RULES,
                DECISION_REASONS_STATE_CONSIDERATIONS);

        assertThat(unrecorded.messageKey()).isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(unrecorded.args()).containsEntry("notRecorded", "decision-reasons-cite-rules");
        assertThat(unrecorded.isCritical()).isFalse();
    }

    @Test
    void partial_reasons_for_a_decision_without_discretion_still_cannot_be_judged_without_considerations_recorded() {
        // another rejection without discretion and with no reasons recorded would be not met if it stated
        // considerations, so the partly-met key keeps resting on them: it errs towards "cannot say"
        Finding recorded = finding(LegalDutyRules.FVL_22_24_REASONS, () -> rejectionWithoutDiscretion(true));
        Finding unrecorded = finding(
                LegalDutyRules.FVL_22_24_REASONS,
                () -> rejectionWithoutDiscretion(true),
                DECISION_REASONS_STATE_CONSIDERATIONS);

        assertThat(recorded.messageKey()).isEqualTo("reasons-partial-without-discretion");
        assertThat(unrecorded.messageKey()).isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(unrecorded.args()).containsEntry("notRecorded", "decision-reasons-state-considerations");
    }

    @Test
    void a_change_the_citizen_was_told_of_from_a_system_that_does_not_record_the_handover_names_only_the_handover() {
        Supplier<CaseFixtures> toldOnly =
                () -> openedCase().caseworkerChange("c-1", day(20), c -> c.citizenInformed(true));

        Finding recorded = finding(TrustRules.CASEWORKER_HANDOVER, toldOnly);
        Finding unrecorded = finding(TrustRules.CASEWORKER_HANDOVER, toldOnly, CASEWORKER_CHANGE_HANDOVER_WITH_CITIZEN);

        assertThat(recorded.messageKey()).isEqualTo("informed-only");
        assertThat(unrecorded.messageKey()).isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(unrecorded.args()).containsEntry("notRecorded", "caseworker-change-handover-with-citizen");
        assertThat(unrecorded.evidence()).isEqualTo(recorded.evidence()).containsExactly("c-1");
    }

    @Test
    void help_granted_with_no_goals_is_the_goal_rules_own_insufficient_data_whether_or_not_the_fact_is_recorded() {
        Supplier<CaseFixtures> noGoals = () -> openedCase().decision("d-1", day(30), DecisionOutcome.GRANTED);

        Finding unrecorded = finding(RecoveryRules.GOALS_FROM_WISHES, noGoals, GOAL_DERIVED_FROM_WISHES);

        assertThat(unrecorded).isEqualTo(finding(RecoveryRules.GOALS_FROM_WISHES, noGoals));
        assertThat(unrecorded.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(unrecorded.messageKey()).isEqualTo("no-goals-recorded");
    }
}
