package io.github.inddragelse.model.assessment;

import static io.github.inddragelse.model.assessment.EngineFixtures.OPENED;
import static io.github.inddragelse.model.assessment.EngineFixtures.rejectedCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.rule.Applicability;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleBuilder;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.standard.LegalDutyRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A fact the case declares not recorded turns a rule that reads it from not met or partly met into
 * insufficient data, in the assessor, for every rule alike, unless the evaluation's message key rests
 * on none of the facts not recorded; nothing else changes.
 */
class NotRecordedTest {

    private static final LocalDate AS_OF = OPENED.plusDays(60);

    private static CaseProcess notRecording(CaseProcess process, RecordedFact... facts) {
        return CaseProcess.builder().from(process).addNotRecorded(facts).build();
    }

    /** A critical rule that reads the given facts, with every text but its messages and evaluation. */
    private static RuleBuilder testRule(String id, RecordedFact... facts) {
        return Rule.builder(id)
                .title("Test " + id, "Test " + id)
                .description("Fast udfald", "Fixed outcome")
                .rationale("Til test", "For testing")
                .recommendation("Gør noget", "Do something")
                .serves("transparency")
                .reads(facts)
                .severity(Severity.CRITICAL);
    }

    /** A rule with a fixed outcome that reads the given facts (none: a user's rule without reads). */
    private static Rule reading(String id, Outcome outcome, RecordedFact... facts) {
        return testRule(id, facts)
                .message("fixed", "Udfald {outcome}", "Outcome {outcome}")
                .evaluatedBy(view -> Evaluation.builder(outcome, "fixed")
                        .arg("outcome", outcome.code())
                        .evidence("e3")
                        .build())
                .build();
    }

    /**
     * A critical rule reading the reasons' rules and facts whose message key {@code rules-missing}
     * rests on the rules only and {@code nothing-given} on none of the two; {@code facts-missing} is
     * not declared. It gives the outcome and key asked for.
     */
    private static Rule restingOn(Outcome outcome, String key) {
        return testRule("resting", RecordedFact.DECISION_REASONS_CITE_RULES, RecordedFact.DECISION_REASONS_STATE_FACTS)
                .message("rules-missing", "Ingen retsregler", "No legal rules")
                .message("facts-missing", "Ingen faktiske oplysninger", "No facts")
                .message("nothing-given", "Ingen begrundelse", "No reasons")
                .restsOn("rules-missing", RecordedFact.DECISION_REASONS_CITE_RULES)
                .restsOn("nothing-given")
                .evaluatedBy(
                        view -> Evaluation.builder(outcome, key).evidence("e3").build())
                .build();
    }

    private static Finding finding(Rule rule, CaseProcess process) {
        return Assessor.builder()
                .addRule(rule)
                .build()
                .assess(process, AS_OF)
                .finding(rule.id())
                .orElseThrow();
    }

    @Test
    void missing_complaint_guidance_the_system_does_not_record_is_insufficient_data_not_a_critical_finding() {
        CaseProcess recorded = rejectedCase();
        CaseProcess unrecorded = notRecording(recorded, RecordedFact.DECISION_COMPLAINT_GUIDANCE);

        Finding before = Assessor.standard()
                .assess(recorded, AS_OF)
                .finding("fvl-25-complaint-guidance")
                .orElseThrow();
        Assessment assessment = Assessor.standard().assess(unrecorded, AS_OF);
        Finding after = assessment.finding("fvl-25-complaint-guidance").orElseThrow();

        assertThat(before.isCritical()).isTrue();
        assertThat(after.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(after.messageKey()).isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(after.isCritical()).isFalse();
        assertThat(after.failed()).isFalse();
        assertThat(after.evidence()).isEqualTo(before.evidence()).containsExactly("e3");
        assertThat(after.args())
                .containsAllEntriesOf(before.args())
                .containsEntry("decision", "e3")
                .containsEntry("notRecorded", "decision-complaint-guidance");
        assertThat(after.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(after.legalReferences()).containsExactly(LegalReferences.FVL_25);
        assertThat(after.explanation())
                .isEqualTo(Text.of(
                        "Sagssystemet registrerer ikke det, reglen bygger på: klagevejledning i afgørelser. Derfor"
                                + " kan det ikke afgøres, om reglen er opfyldt, og punktet er ikke vurderet.",
                        "The case-management system does not record what the rule rests on: complaint guidance in"
                                + " decisions. Whether the rule is met therefore cannot be decided, and this point is"
                                + " not assessed."));
        assertThat(after.recommendation()).isPresent();
        assertThat(after.recommendation().get().da()).startsWith("Kontrollér punktet i sagens akter.");
        assertThat(assessment.criticalFindings()).extracting(Finding::ruleId).doesNotContain(after.ruleId());
        assertThat(assessment.dimension("transparency").orElseThrow().criticalRuleIds())
                .doesNotContain("fvl-25-complaint-guidance")
                .contains("fvl-19-hearing-before-adverse-decision");
    }

    @Test
    void a_finding_about_an_unrecorded_fact_lowers_coverage_instead_of_counting_as_not_met() {
        Assessment recorded = Assessor.standard().assess(rejectedCase(), AS_OF);
        Assessment unrecorded = Assessor.standard()
                .assess(notRecording(rejectedCase(), RecordedFact.DECISION_COMPLAINT_GUIDANCE), AS_OF);

        var before = recorded.dimension("transparency").orElseThrow().lens(Lens.RECORDS);
        var after = unrecorded.dimension("transparency").orElseThrow().lens(Lens.RECORDS);
        assertThat(after.applicable()).isEqualTo(before.applicable());
        assertThat(after.scored()).isEqualTo(before.scored() - 1);
        assertThat(after.coverage()).isLessThan(before.coverage());
    }

    @Test
    void only_the_rules_that_read_a_fact_not_recorded_change_and_the_rest_is_the_same() {
        Assessment recorded = Assessor.standard().assess(rejectedCase(), AS_OF);
        Assessment unrecorded = Assessor.standard()
                .assess(notRecording(rejectedCase(), RecordedFact.DECISION_COMPLAINT_GUIDANCE), AS_OF);

        for (int i = 0; i < recorded.findings().size(); i++) {
            Finding f = recorded.findings().get(i);
            if (!f.ruleId().equals(LegalDutyRules.FVL_25_COMPLAINT_GUIDANCE.id())) {
                assertThat(unrecorded.findings().get(i)).as(f.ruleId()).isEqualTo(f);
            }
        }
    }

    @Test
    void declaring_a_fact_no_rule_reads_gives_the_same_assessment() {
        Assessment recorded = Assessor.standard().assess(rejectedCase(), AS_OF);
        Assessment unrecorded = Assessor.standard()
                .assess(
                        notRecording(
                                rejectedCase(),
                                RecordedFact.GUIDANCE_WRITTEN,
                                RecordedFact.INFORMATION_GATHERING_CONSENT_OBTAINED),
                        AS_OF);

        assertThat(unrecorded).isEqualTo(recorded);
    }

    @Test
    void a_rule_that_reads_a_fact_not_recorded_and_is_partly_met_is_insufficient_data() {
        Finding f = finding(
                reading("partly", Outcome.PARTLY_MET, RecordedFact.DECISION_PLAIN_LANGUAGE),
                notRecording(rejectedCase(), RecordedFact.DECISION_PLAIN_LANGUAGE));

        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(f.messageKey()).isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(f.args())
                .containsExactly(entry("outcome", "partly-met"), entry("notRecorded", "decision-plain-language"));
    }

    @Test
    void a_rule_that_reads_a_fact_not_recorded_and_is_met_stays_met() {
        Rule rule = reading("met", Outcome.MET, RecordedFact.DECISION_PLAIN_LANGUAGE);
        CaseProcess unrecorded = notRecording(rejectedCase(), RecordedFact.DECISION_PLAIN_LANGUAGE);

        assertThat(finding(rule, unrecorded)).isEqualTo(finding(rule, rejectedCase()));
        assertThat(finding(rule, unrecorded).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void a_rule_that_reads_a_fact_not_recorded_keeps_its_own_insufficient_data_and_not_applicable() {
        Rule insufficient = reading("insufficient", Outcome.INSUFFICIENT_DATA, RecordedFact.DECISION_PLAIN_LANGUAGE);
        Rule notApplicable = Rule.builder("not-applicable")
                .title("T", "T")
                .description("D", "D")
                .rationale("R", "R")
                .recommendation("A", "A")
                .serves("transparency")
                .reads(RecordedFact.DECISION_PLAIN_LANGUAGE)
                .severity(Severity.ADVISORY)
                .message("none", "Ingen", "None")
                .appliesWhen(view -> Applicability.notApplicable("none"))
                .evaluatedBy(view -> Evaluation.notMet("none"))
                .build();
        CaseProcess unrecorded = notRecording(rejectedCase(), RecordedFact.DECISION_PLAIN_LANGUAGE);

        assertThat(finding(insufficient, unrecorded).messageKey()).isEqualTo("fixed");
        assertThat(finding(notApplicable, unrecorded).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void a_rule_written_without_reads_is_not_changed_by_any_declaration() {
        Rule rule = reading("own-rule", Outcome.NOT_MET);
        CaseProcess unrecorded = notRecording(rejectedCase(), RecordedFact.values());

        assertThat(finding(rule, unrecorded)).isEqualTo(finding(rule, rejectedCase()));
        assertThat(finding(rule, unrecorded).isCritical()).isTrue();
    }

    @Test
    void a_rule_that_reads_several_facts_names_those_not_recorded_in_both_languages() {
        Rule rule = reading(
                "reasons",
                Outcome.NOT_MET,
                RecordedFact.DECISION_REASONS_CITE_RULES,
                RecordedFact.DECISION_REASONS_STATE_CONSIDERATIONS,
                RecordedFact.DECISION_REASONS_STATE_FACTS);
        Finding f = finding(
                rule,
                notRecording(
                        rejectedCase(),
                        RecordedFact.DECISION_REASONS_STATE_FACTS,
                        RecordedFact.DECISION_REASONS_CITE_RULES,
                        RecordedFact.DECISION_COMPLAINT_GUIDANCE));

        assertThat(f.args()).containsEntry("notRecorded", "decision-reasons-cite-rules,decision-reasons-state-facts");
        assertThat(f.explanation().da())
                .contains(": retsregler i afgørelsens begrundelse og faktiske oplysninger i afgørelsens begrundelse.");
        assertThat(f.explanation().en())
                .contains(": legal rules in a decision's reasons and facts in a decision's reasons.");
    }

    @Test
    void three_facts_not_recorded_are_listed_with_commas_and_a_last_and() {
        Rule rule = reading(
                "meetings",
                Outcome.NOT_MET,
                RecordedFact.MEETING_PREPARED_WITH_CITIZEN,
                RecordedFact.MEETING_AGENDA_SENT_AHEAD,
                RecordedFact.MEETING_PLACE_CHOSEN_BY_CITIZEN);
        Finding f = finding(
                rule,
                notRecording(
                        rejectedCase(),
                        RecordedFact.MEETING_PREPARED_WITH_CITIZEN,
                        RecordedFact.MEETING_AGENDA_SENT_AHEAD,
                        RecordedFact.MEETING_PLACE_CHOSEN_BY_CITIZEN));

        assertThat(f.explanation().da())
                .contains(": møde forberedt sammen med borgeren, dagsorden sendt før mødet og mødested valgt af"
                        + " borgeren.");
        assertThat(f.explanation().en())
                .contains(": meeting prepared with the citizen, agenda sent ahead of a meeting and meeting place"
                        + " chosen by the citizen.");
    }

    @Test
    void a_finding_whose_key_rests_on_none_of_the_facts_not_recorded_stands_as_the_rule_found_it() {
        CaseProcess unrecorded = notRecording(
                rejectedCase(), RecordedFact.DECISION_REASONS_CITE_RULES, RecordedFact.DECISION_REASONS_STATE_FACTS);

        Finding nothingGiven = finding(restingOn(Outcome.NOT_MET, "nothing-given"), unrecorded);
        Finding rulesMissing = finding(
                restingOn(Outcome.PARTLY_MET, "rules-missing"),
                notRecording(rejectedCase(), RecordedFact.DECISION_REASONS_STATE_FACTS));

        assertThat(nothingGiven).isEqualTo(finding(restingOn(Outcome.NOT_MET, "nothing-given"), rejectedCase()));
        assertThat(nothingGiven.isCritical()).isTrue();
        assertThat(nothingGiven.explanation().en()).isEqualTo("No reasons");
        assertThat(rulesMissing.outcome()).isEqualTo(Outcome.PARTLY_MET);
        assertThat(rulesMissing.messageKey()).isEqualTo("rules-missing");
    }

    @Test
    void a_finding_names_only_the_facts_not_recorded_that_its_key_rests_on() {
        CaseProcess unrecorded = notRecording(
                rejectedCase(), RecordedFact.DECISION_REASONS_CITE_RULES, RecordedFact.DECISION_REASONS_STATE_FACTS);

        Finding f = finding(restingOn(Outcome.NOT_MET, "rules-missing"), unrecorded);

        assertThat(f.messageKey()).isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(f.evidence()).containsExactly("e3");
        assertThat(f.args()).containsExactly(entry("notRecorded", "decision-reasons-cite-rules"));
        assertThat(f.explanation().en()).contains(": legal rules in a decision's reasons. Whether");
    }

    @Test
    void a_key_the_rule_does_not_declare_rests_on_every_fact_it_reads() {
        Finding f = finding(
                restingOn(Outcome.NOT_MET, "facts-missing"),
                notRecording(
                        rejectedCase(),
                        RecordedFact.DECISION_REASONS_STATE_FACTS,
                        RecordedFact.DECISION_REASONS_CITE_RULES));

        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(f.args()).containsEntry("notRecorded", "decision-reasons-cite-rules,decision-reasons-state-facts");
    }

    @Test
    void a_decision_with_complaint_guidance_recorded_is_met_whatever_else_is_not_recorded() {
        CaseProcess p = rejectedCase();
        Decision d = (Decision) p.event("e3").orElseThrow();
        CaseProcess guided = CaseProcess.builder()
                .from(p)
                .events(p.events().stream()
                        .map(e -> e == d
                                ? Decision.builder()
                                        .from(d)
                                        .complaintGuidance(true)
                                        .build()
                                : e)
                        .toList())
                .addNotRecorded(RecordedFact.DECISION_PLAIN_LANGUAGE, RecordedFact.DECISION_EXPLAINED_IN_PERSON)
                .build();

        Assessment a = Assessor.standard().assess(guided, AS_OF);

        assertThat(a.finding("fvl-25-complaint-guidance").orElseThrow().outcome())
                .isEqualTo(Outcome.MET);
        assertThat(a.finding("decisions-in-plain-language").orElseThrow().messageKey())
                .isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(a.finding("decision-explained-in-person").orElseThrow().outcome())
                .isEqualTo(Outcome.INSUFFICIENT_DATA);
    }
}
