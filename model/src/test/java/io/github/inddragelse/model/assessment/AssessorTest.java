package io.github.inddragelse.model.assessment;

import static io.github.inddragelse.model.assessment.EngineFixtures.OPENED;
import static io.github.inddragelse.model.assessment.EngineFixtures.SECRET;
import static io.github.inddragelse.model.assessment.EngineFixtures.checklist;
import static io.github.inddragelse.model.assessment.EngineFixtures.fixed;
import static io.github.inddragelse.model.assessment.EngineFixtures.rejectedCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.checklist.ResponseStatus;
import io.github.inddragelse.model.internal.LibraryVersion;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleContractException;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.InsufficientDataPolicy;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import io.github.inddragelse.model.scoring.ScoringPolicy;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AssessorTest {

    private static final LocalDate AS_OF = OPENED.plusDays(60);

    private static Assessor assessor(Rule... rules) {
        return Assessor.builder()
                .addRules(List.of(rules))
                .addChecklist(checklist("sb", Perspective.CASEWORKER))
                .addChecklist(checklist("borger", Perspective.CITIZEN))
                .build();
    }

    private static ChecklistResponse response(String checklist, Perspective perspective, Map<String, String> answers) {
        return ChecklistResponse.builder()
                .checklistId(checklist)
                .checklistVersion("1")
                .perspective(perspective)
                .respondedOn(OPENED.plusDays(40))
                .answers(answers)
                .build();
    }

    @Test
    void findings_come_in_the_order_the_rules_were_added() {
        Assessment a = assessor(
                        fixed("b-rule", Outcome.MET, Severity.ADVISORY, "trust"),
                        fixed("a-rule", Outcome.MET, Severity.ADVISORY, "trust"))
                .assess(rejectedCase(), AS_OF);

        assertThat(a.findings()).extracting(Finding::ruleId).containsExactly("b-rule", "a-rule");
    }

    @Test
    void a_finding_carries_rule_outcome_severity_evidence_references_and_rendered_text() {
        Assessment a = assessor(
                        fixed("r", Outcome.NOT_MET, Severity.CRITICAL, "transparency", "p4-openness-trust-respect"))
                .assess(rejectedCase(), AS_OF);

        Finding f = a.finding("r").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.isCritical()).isTrue();
        assertThat(f.evidence()).containsExactly("e1");
        assertThat(f.legalReferences()).extracting(r -> r.citation()).containsExactly("FVL §19");
        assertThat(f.explanation()).isEqualTo(Text.of("Udfald not-met for sag-1", "Outcome not-met for sag-1"));
        assertThat(f.recommendation()).contains(Text.of("Gør noget", "Do something"));
        assertThat(f.args()).containsEntry("case", "sag-1");
    }

    @Test
    void a_met_finding_has_no_recommendation() {
        Assessment a =
                assessor(fixed("r", Outcome.MET, Severity.ADVISORY, "trust")).assess(rejectedCase(), AS_OF);

        assertThat(a.finding("r").orElseThrow().recommendation()).isEmpty();
    }

    @Test
    void duplicate_rule_ids_and_unknown_dimensions_are_all_rejected_when_the_assessor_is_built() {
        assertThatThrownBy(() -> Assessor.builder()
                        .addRule(fixed("same", Outcome.MET, Severity.ADVISORY, "trust"))
                        .addRule(fixed("same", Outcome.MET, Severity.ADVISORY, "no-such-dimension"))
                        .build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + ": " + v.message())
                        .containsExactly(
                                "rules[1].id: duplicate rule id 'same'",
                                "rules[1].dimensions: rule 'same' serves dimension 'no-such-dimension', unknown to"
                                        + " catalogue inddragelse-standard 2026.1"));
    }

    @Test
    void a_rule_that_throws_becomes_a_failed_finding_and_the_assessment_goes_on() {
        Rule broken = Rule.builder("broken")
                .title("Brudt", "Broken")
                .description("d", "d")
                .rationale("r", "r")
                .recommendation("x", "x")
                .serves("trust")
                .severity(Severity.CRITICAL)
                .message("m", "m", "m")
                .evaluatedBy(view -> {
                    throw new IllegalStateException(SECRET);
                })
                .build();

        Assessment a = assessor(broken, fixed("ok", Outcome.MET, Severity.ADVISORY, "trust"))
                .assess(rejectedCase(), AS_OF);

        Finding f = a.finding("broken").orElseThrow();
        assertThat(f.failed()).isTrue();
        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(f.isCritical()).isFalse();
        assertThat(f.explanation().en()).contains("IllegalStateException").doesNotContain(SECRET);
        assertThat(a.finding("ok").orElseThrow().outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void the_warning_about_a_rule_that_throws_names_the_exception_type_but_never_its_message() {
        Rule broken = rule("broken", view -> {
            throw new IllegalStateException(SECRET);
        });

        String log = loggedWhile(() -> assessor(broken).assess(rejectedCase(), AS_OF));

        assertThat(log)
                .contains("Rule broken v1 failed on case sag-1 as of " + AS_OF + ": java.lang.IllegalStateException")
                .doesNotContain(SECRET);
    }

    @Test
    void a_rule_whose_message_key_is_missing_becomes_a_failed_finding_and_the_warning_names_the_key() {
        Rule wrongKey = rule("wrong-key", view -> Evaluation.met("unknown"));

        String log = loggedWhile(() -> assertThat(assessor(wrongKey)
                        .assess(rejectedCase(), AS_OF)
                        .finding("wrong-key")
                        .orElseThrow()
                        .failed())
                .isTrue());

        assertThat(log)
                .contains("Rule wrong-key v1 failed on case sag-1 as of " + AS_OF + ": "
                        + RuleContractException.class.getName() + ": rule wrong-key has no message 'unknown'");
    }

    @Test
    void a_rule_that_returns_no_evaluation_breaks_its_contract_and_the_warning_says_so() {
        Rule nothing = rule("returns-null", view -> null);

        String log = loggedWhile(() -> assertThat(assessor(nothing)
                        .assess(rejectedCase(), AS_OF)
                        .finding("returns-null")
                        .orElseThrow())
                .satisfies(f -> {
                    assertThat(f.failed()).isTrue();
                    assertThat(f.explanation().en()).contains("RuleContractException");
                }));

        assertThat(log).contains(RuleContractException.class.getName() + ": rule returns-null returned no evaluation");
    }

    /** A rule serving trust with one message, {@code known}, evaluated by a lambda. */
    private static Rule rule(String id, Function<CaseView, Evaluation> evaluation) {
        return Rule.builder(id)
                .title("t", "t")
                .description("d", "d")
                .rationale("r", "r")
                .recommendation("x", "x")
                .serves("trust")
                .severity(Severity.ADVISORY)
                .message("known", "m", "m")
                .evaluatedBy(evaluation)
                .build();
    }

    /** What is logged while an action runs: slf4j-simple, the tests' binding, writes to {@code System.err}. */
    private static String loggedWhile(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_standard_assessor_fails_no_rule_on_a_case_at_either_end_of_the_calendar() {
        LocalDate last = LocalDate.MAX;
        CaseProcess late = CaseFixtures.openedCase()
                .decision("d-1", last.minusDays(10), DecisionOutcome.REJECTED)
                .complaint("k-1", last.minusDays(5), "d-1", k -> {})
                .heldFollowUp("f-1", last.minusDays(4), last.minusDays(3), f -> f.outcome(FollowUpOutcome.END))
                .build();
        // an as-of date may not come before the opening: the earliest case opens on the first day
        CaseProcess early = CaseFixtures.openedCase().openedOn(LocalDate.MIN).build();

        assertThat(Assessor.standard().assess(late, last).findings()).noneMatch(Finding::failed);
        assertThat(Assessor.standard().assess(early, LocalDate.MIN).findings()).noneMatch(Finding::failed);
    }

    @Test
    void not_applicable_findings_leave_the_denominator() {
        Assessment a = assessor(
                        fixed("met", Outcome.MET, Severity.ADVISORY, "trust"),
                        fixed("na", Outcome.NOT_APPLICABLE, Severity.ADVISORY, "trust"))
                .assess(rejectedCase(), AS_OF);

        var trust = a.dimension("trust").orElseThrow().lens(Lens.RECORDS);
        assertThat(trust.percent()).hasValue(100.0);
        assertThat(trust.applicable()).isEqualTo(1);
        assertThat(trust.coverage()).isEqualTo(1.0);
    }

    @Test
    void insufficient_data_lowers_coverage_and_below_the_minimum_no_band_is_claimed() {
        Assessment a = assessor(
                        fixed("met", Outcome.MET, Severity.ADVISORY, "trust"),
                        fixed("unknown-1", Outcome.INSUFFICIENT_DATA, Severity.ADVISORY, "trust"),
                        fixed("unknown-2", Outcome.INSUFFICIENT_DATA, Severity.ADVISORY, "trust"))
                .assess(rejectedCase(), AS_OF);

        var trust = a.dimension("trust").orElseThrow().overall();
        assertThat(trust.percent()).hasValue(100.0);
        assertThat(trust.coverage()).isEqualTo(1.0 / 3);
        assertThat(trust.band()).isEmpty();
    }

    @Test
    void a_single_scored_check_is_not_enough_to_claim_a_band() {
        Assessment one = assessor(fixed("not-met", Outcome.NOT_MET, Severity.ADVISORY, "trust"))
                .assess(rejectedCase(), AS_OF);
        Assessment two = assessor(
                        fixed("not-met", Outcome.NOT_MET, Severity.ADVISORY, "trust"),
                        fixed("met", Outcome.MET, Severity.ADVISORY, "trust"))
                .assess(rejectedCase(), AS_OF);

        assertThat(one.dimension("trust").orElseThrow().overall().percent()).hasValue(0.0);
        assertThat(one.band("trust")).isEmpty();
        assertThat(two.band("trust")).contains(Band.WEAK);
    }

    @Test
    void a_strict_policy_counts_insufficient_data_as_not_met() {
        Assessor strict = Assessor.builder()
                .addRule(fixed("met", Outcome.MET, Severity.ADVISORY, "trust"))
                .addRule(fixed("unknown", Outcome.INSUFFICIENT_DATA, Severity.ADVISORY, "trust"))
                .scoringPolicy(ScoringPolicy.builder()
                        .insufficientData(InsufficientDataPolicy.COUNT_AS_NOT_MET)
                        .build())
                .build();

        var trust = strict.assess(rejectedCase(), AS_OF)
                .dimension("trust")
                .orElseThrow()
                .overall();
        assertThat(trust.percent()).hasValue(50.0);
        assertThat(trust.coverage()).isEqualTo(1.0);
    }

    @Test
    void partly_met_gives_half_points_and_critical_rules_weigh_double() {
        Assessment a = assessor(
                        fixed("partly", Outcome.PARTLY_MET, Severity.ADVISORY, "trust"),
                        fixed("critical-met", Outcome.MET, Severity.CRITICAL, "trust"))
                .assess(rejectedCase(), AS_OF);

        // (0.5 * 1 + 1 * 2) / (1 + 2) = 83.3 %
        assertThat(a.dimension("trust").orElseThrow().overall().percent().getAsDouble())
                .isCloseTo(83.33, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void a_critical_finding_caps_the_band_of_the_dimensions_it_serves_and_is_flagged() {
        Rule[] rules = new Rule[9];
        for (int i = 0; i < 8; i++) {
            rules[i] = fixed("met-" + i, Outcome.MET, Severity.ADVISORY, "transparency", "trust");
        }
        rules[8] = fixed("hearing", Outcome.NOT_MET, Severity.CRITICAL, "transparency");

        Assessment a = assessor(rules).assess(rejectedCase(), AS_OF);

        DimensionScore transparency = a.dimension("transparency").orElseThrow();
        assertThat(transparency.overall().percent().getAsDouble()).isEqualTo(80.0);
        assertThat(transparency.overall().band()).contains(Band.WEAK);
        assertThat(transparency.overall().capped()).isTrue();
        assertThat(transparency.criticalRuleIds()).containsExactly("hearing");
        assertThat(a.band("trust")).contains(Band.STRONG);
        assertThat(a.overall().capped()).isTrue();
        assertThat(a.criticalFindings()).extracting(Finding::ruleId).containsExactly("hearing");
    }

    @Test
    void a_dimension_nothing_applies_to_has_no_score_and_no_band() {
        Assessment a =
                assessor(fixed("met", Outcome.MET, Severity.ADVISORY, "trust")).assess(rejectedCase(), AS_OF);

        var followUp = a.dimension("p7-follow-up").orElseThrow().overall();
        assertThat(followUp.percent()).isEmpty();
        assertThat(followUp.band()).isEmpty();
        assertThat(followUp.hasApplicable()).isFalse();
    }

    @Test
    void dimensions_come_in_catalogue_order_elements_then_principles() {
        Assessment a = assessor().assess(rejectedCase(), AS_OF);

        assertThat(a.dimensions())
                .extracting(DimensionScore::dimensionId)
                .containsExactlyElementsOf(StandardCatalogue.get().dimensions().stream()
                        .map(Dimension::id)
                        .collect(Collectors.toList()));
    }

    @Test
    void checklist_answers_score_per_lens_with_not_applicable_and_dont_know_kept_apart() {
        Assessment a = assessor()
                .assess(
                        rejectedCase(),
                        List.of(
                                response(
                                        "sb",
                                        Perspective.CASEWORKER,
                                        Map.of("trust-1", "4", "involvement-1", "dont-know")),
                                response("borger", Perspective.CITIZEN, Map.of("trust-1", "not-applicable"))),
                        AS_OF);

        DimensionScore trust = a.dimension("trust").orElseThrow();
        assertThat(trust.lens(Lens.CASEWORKER).percent()).hasValue(100.0);
        assertThat(trust.lenses()).doesNotContainKey(Lens.CITIZEN);
        DimensionScore involvement = a.dimension("involvement").orElseThrow();
        assertThat(involvement.lens(Lens.CASEWORKER).coverage()).isZero();
        assertThat(involvement.lens(Lens.CASEWORKER).percent()).isEmpty();
        assertThat(a.itemScores())
                .filteredOn(i -> i.itemId().equals("complaint-1") && i.perspective() == Perspective.CITIZEN)
                .extracting(ItemScore::status)
                .containsExactly(ItemStatus.UNANSWERED);
    }

    @Test
    void an_item_whose_condition_does_not_hold_is_not_applicable() {
        CaseProcess noDecision = CaseProcess.builder()
                .from(rejectedCase())
                .events(rejectedCase().events().subList(0, 2))
                .build();

        Assessment a = assessor()
                .assess(noDecision, List.of(response("sb", Perspective.CASEWORKER, Map.of("complaint-1", "0"))), AS_OF);

        assertThat(a.itemScores())
                .filteredOn(i -> i.itemId().equals("complaint-1"))
                .extracting(ItemScore::status)
                .containsExactly(ItemStatus.NOT_APPLICABLE);
        assertThat(a.dimension("transparency").orElseThrow().lenses()).isEmpty();
    }

    @Test
    void the_latest_completed_response_known_as_of_the_date_is_used() {
        ChecklistResponse early = response("sb", Perspective.CASEWORKER, Map.of("trust-1", "0"));
        ChecklistResponse later = ChecklistResponse.builder()
                .from(early)
                .respondedOn(OPENED.plusDays(50))
                .answers(Map.of("trust-1", "4"))
                .build();
        ChecklistResponse future = ChecklistResponse.builder()
                .from(early)
                .respondedOn(AS_OF.plusDays(1))
                .answers(Map.of("trust-1", "2"))
                .build();
        ChecklistResponse unfinished = ChecklistResponse.builder()
                .from(early)
                .respondedOn(AS_OF)
                .status(ResponseStatus.IN_PROGRESS)
                .answers(Map.of("trust-1", "2"))
                .build();

        Assessment a = assessor().assess(rejectedCase(), List.of(later, early, future, unfinished), AS_OF);

        assertThat(a.dimension("trust").orElseThrow().lens(Lens.CASEWORKER).percent())
                .hasValue(100.0);
    }

    private Assessment assessedWithBothLenses() {
        return assessor(fixed("met", Outcome.MET, Severity.ADVISORY, "trust"))
                .assess(
                        rejectedCase(),
                        List.of(
                                response("sb", Perspective.CASEWORKER, Map.of("trust-1", "4", "involvement-1", "4")),
                                response("borger", Perspective.CITIZEN, Map.of("trust-1", "2", "involvement-1", "0"))),
                        AS_OF);
    }

    @Test
    void an_assessment_equals_its_copy_made_through_the_builder_and_hashes_alike() {
        Assessment made = assessedWithBothLenses();
        Assessment copied = Assessment.builder().from(made).build();

        assertThat(copied).isNotSameAs(made).isEqualTo(made);
        assertThat(made).isEqualTo(copied);
        assertThat(copied.hashCode()).isEqualTo(made.hashCode());
        assertThat(Assessment.builder().from(made).caseId("sag-2").build()).isNotEqualTo(made);
    }

    @Test
    void dimension_scores_equal_those_made_from_an_enum_map_and_list_their_lenses_in_lens_order() {
        for (DimensionScore made : assessedWithBothLenses().dimensions()) {
            Map<Lens, Score> lenses = new EnumMap<>(Lens.class);
            lenses.putAll(made.lenses());
            DimensionScore copied = DimensionScore.of(made.dimension(), lenses, made.overall(), made.criticalRuleIds());

            assertThat(copied).isEqualTo(made);
            assertThat(made).isEqualTo(copied);
            assertThat(copied.hashCode()).isEqualTo(made.hashCode());
            assertThat(made.lenses().hashCode()).isEqualTo(copied.lenses().hashCode());
            assertThat(List.copyOf(made.lenses().keySet()))
                    .isEqualTo(List.copyOf(copied.lenses().keySet()))
                    .isSorted();
            for (Lens lens : Lens.values()) {
                assertThat(made.lenses().get(lens)).isEqualTo(copied.lenses().get(lens));
                assertThat(made.lens(lens)).isEqualTo(copied.lens(lens));
            }
        }
        DimensionScore trust = assessedWithBothLenses().dimension("trust").orElseThrow();
        assertThat(trust.lenses()).containsOnlyKeys(Lens.RECORDS, Lens.CASEWORKER, Lens.CITIZEN);
    }

    @Test
    void the_lists_and_lens_scores_of_an_assessment_cannot_be_changed() {
        Assessment a = assessedWithBothLenses();
        DimensionScore trust = a.dimension("trust").orElseThrow();

        assertThatThrownBy(() -> a.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.itemScores().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.dimensions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.trustGaps().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trust.lenses().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trust.lenses().put(Lens.LEADER, Score.none()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trust.lenses().entrySet().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_dimension_scored_through_the_records_alone_has_the_records_score_as_its_overall_score() {
        Assessment a = assessor(
                        fixed("met", Outcome.MET, Severity.ADVISORY, "trust"),
                        fixed("partly", Outcome.PARTLY_MET, Severity.CRITICAL, "trust"))
                .assess(rejectedCase(), AS_OF);

        DimensionScore trust = a.dimension("trust").orElseThrow();
        assertThat(trust.lenses()).containsOnlyKeys(Lens.RECORDS);
        assertThat(trust.overall()).isEqualTo(trust.lens(Lens.RECORDS));
        assertThat(trust.overall().percent()).hasValue(100.0 * (1 + 2 * 0.5) / 3);
        assertThat(trust.lens(Lens.CITIZEN)).isEqualTo(Score.none());
        assertThat(trust.lenses().get(Lens.PROVIDER)).isNull();
        Map<Lens, Score> lenses = new EnumMap<>(Lens.class);
        lenses.putAll(trust.lenses());
        DimensionScore copied = DimensionScore.of(trust.dimension(), lenses, trust.overall(), trust.criticalRuleIds());
        assertThat(copied).isEqualTo(trust).hasSameHashCodeAs(trust);
        assertThat(a.trustGaps()).isEmpty();
    }

    @Test
    void the_trust_gap_is_the_caseworker_lens_minus_the_citizen_lens() {
        Assessment a = assessedWithBothLenses();

        assertThat(a.trustGap("trust").orElseThrow().gap()).isEqualTo(50.0);
        assertThat(a.trustGap("involvement").orElseThrow().gap()).isEqualTo(100.0);
        assertThat(a.trustGap("p7-follow-up")).isEmpty();
    }

    @Test
    void responses_with_unknown_checklists_items_or_answers_are_rejected_naming_each_item() {
        List<ChecklistResponse> bad = List.of(
                response("sb", Perspective.CASEWORKER, Map.of("no-such-item", "4")),
                response("sb", Perspective.CASEWORKER, Map.of("trust-1", "7")),
                ChecklistResponse.builder()
                        .from(response("unknown", Perspective.CITIZEN, Map.of()))
                        .build());

        assertThatThrownBy(() -> assessor().assess(rejectedCase(), bad, AS_OF))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path())
                        .containsExactly(
                                "responses[0].answers.no-such-item",
                                "responses[1].answers.trust-1",
                                "responses[2].checklistId"));
    }

    @Test
    void a_response_about_another_case_is_refused() {
        ChecklistResponse other = ChecklistResponse.builder()
                .from(response("sb", Perspective.CASEWORKER, Map.of("trust-1", "4")))
                .caseId("sag-2")
                .build();
        ChecklistResponse same =
                ChecklistResponse.builder().from(other).caseId("sag-1").build();

        assertThatThrownBy(() -> assessor().assess(rejectedCase(), List.of(same, other), AS_OF))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + ": " + v.message())
                        .containsExactly("responses[1].caseId: is 'sag-2', but the case assessed is 'sag-1'"));
    }

    @Test
    void an_as_of_date_before_the_case_was_opened_is_refused_naming_both_dates() {
        String expected = "asOf: is 2026-03-01, before the case was opened (2026-03-02); a case can only be"
                + " assessed as of its opening date or later";

        assertThatThrownBy(() -> assessor().assess(rejectedCase(), OPENED.minusDays(1)))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.type()).isEqualTo("Assessment");
                    assertThat(e.violations()).extracting(Violation::toString).containsExactly(expected);
                    assertThat(e.getMessage()).isEqualTo("Invalid Assessment (1 problem): " + expected);
                });
        assertThatThrownBy(() -> assessor().assess(rejectedCase(), List.of(), LocalDate.of(2020, 1, 1)))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("asOf"))
                .hasMessageContaining("2020-01-01")
                .hasMessageContaining("2026-03-02");
    }

    @Test
    void a_case_can_be_assessed_as_of_the_day_it_was_opened() {
        Assessment a =
                assessor(fixed("met", Outcome.MET, Severity.ADVISORY, "trust")).assess(rejectedCase(), OPENED);

        assertThat(a.asOf()).isEqualTo(OPENED);
        assertThat(a.finding("met").orElseThrow().outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void the_assessment_records_the_catalogue_policy_and_library_versions_for_audit() {
        Assessment a = assessor().assess(rejectedCase(), AS_OF);

        assertThat(a.catalogueId()).isEqualTo("inddragelse-standard");
        assertThat(a.catalogueVersion()).isEqualTo("2026.1");
        assertThat(a.scoringPolicyId()).isEqualTo("standard-1");
        assertThat(a.libraryVersion()).isEqualTo(LibraryVersion.VERSION).doesNotContain("${");
        assertThat(a.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void events_after_the_as_of_date_are_not_known_to_the_rules() {
        Rule countDecisions = Rule.builder("count")
                .title("t", "t")
                .description("d", "d")
                .rationale("r", "r")
                .recommendation("x", "x")
                .serves("trust")
                .severity(Severity.ADVISORY)
                .message("n", "{n}", "{n}")
                .evaluatedBy(view ->
                        Evaluation.met("n").withArg("n", view.adverseDecisions().size()))
                .build();

        assertThat(assessor(countDecisions)
                        .assess(rejectedCase(), OPENED.plusDays(29))
                        .finding("count")
                        .orElseThrow()
                        .args())
                .containsEntry("n", "0");
        assertThat(assessor(countDecisions)
                        .assess(rejectedCase(), OPENED.plusDays(30))
                        .finding("count")
                        .orElseThrow()
                        .args())
                .containsEntry("n", "1");
    }

    @Test
    void a_trajectory_has_one_assessment_per_event_date_in_order() {
        Trajectory t =
                assessor(fixed("met", Outcome.MET, Severity.ADVISORY, "trust")).trajectory(rejectedCase(), List.of());

        assertThat(t.caseId()).isEqualTo("sag-1");
        assertThat(t.points())
                .extracting(Assessment::asOf)
                .containsExactly(OPENED, OPENED.plusDays(10), OPENED.plusDays(30));
    }

    @Test
    void a_newer_catalogue_version_replaces_the_elements_without_code_changes() {
        Catalogue standard = StandardCatalogue.get();
        Dimension renamed = Dimension.builder()
                .from(standard.elements().get(0))
                .name(Text.of("Tillid og relation", "Trust and relationship"))
                .build();
        Catalogue newer = Catalogue.builder()
                .from(standard)
                .version("2027.1")
                .elements(List.of(
                        renamed,
                        standard.elements().get(1),
                        standard.elements().get(2),
                        standard.elements().get(3)))
                .build();

        Assessment a = Assessor.builder()
                .catalogue(newer)
                .addRule(fixed("met", Outcome.MET, Severity.ADVISORY, "trust"))
                .build()
                .assess(rejectedCase(), AS_OF);

        assertThat(a.catalogueVersion()).isEqualTo("2027.1");
        assertThat(a.dimension("trust").orElseThrow().dimension().name().en()).isEqualTo("Trust and relationship");
    }

    @Test
    void rule_packs_are_loaded_through_the_service_loader_once_each() {
        Assessor loaded = Assessor.builder().loadRulePacks().loadRulePacks().build();

        assertThat(loaded.rules()).extracting(Rule::id).containsExactly("test-pack-rule");
        assertThat(loaded.checklists()).extracting(c -> c.id()).containsExactly("test-pack-checklist");
    }

    @Test
    void the_assessor_and_its_results_never_print_personal_data() {
        Assessment a = assessor(fixed("r", Outcome.NOT_MET, Severity.CRITICAL, "trust"))
                .assess(rejectedCase(), AS_OF);

        assertThat(a.toString()).doesNotContain(SECRET);
        assertThat(a.findings().toString()).doesNotContain(SECRET);
        assertThat(a.findings().get(0).explanation().toString()).doesNotContain(SECRET);
        assertThat(rejectedCase().toString()).doesNotContain(SECRET).doesNotContain("borger-1");
    }
}
