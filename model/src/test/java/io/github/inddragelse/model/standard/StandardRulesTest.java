package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.EvidenceBase;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.MethodApplied;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.ProgressMeasurement;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LegalKind;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleDefinition;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StandardRulesTest {

    private static final String SENTINEL = "SENTINEL-fritekst-7f3a";

    /** Every example row of every theme. */
    static List<RuleCase> allCases() {
        return Stream.of(
                        LegalDutyRulesTest.cases(),
                        TrustRulesTest.cases(),
                        InvolvementRulesTest.cases(),
                        CollaborationRulesTest.cases(),
                        RecoveryRulesTest.cases(),
                        DeclinedMeetingsTest.cases())
                .flatMap(s -> s)
                .collect(Collectors.toList());
    }

    @Test
    void all_lists_every_theme_in_a_fixed_order() {
        List<Rule> expected = new ArrayList<>();
        expected.addAll(LegalDutyRules.all());
        expected.addAll(TrustRules.all());
        expected.addAll(InvolvementRules.all());
        expected.addAll(CollaborationRules.all());
        expected.addAll(RecoveryRules.all());
        assertThat(StandardRules.all()).containsExactlyElementsOf(expected).hasSize(47);
        assertThat(StandardRules.all()).isSameAs(StandardRules.all());
    }

    @Test
    void rule_ids_are_unique_and_every_rule_is_version_one() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : StandardRules.all()) {
            assertThat(ids.add(rule.id())).as("duplicate id %s", rule.id()).isTrue();
            assertThat(rule.definition().version()).as(rule.id()).isEqualTo(1);
        }
    }

    @Test
    void every_dimension_of_the_standard_catalogue_has_at_least_three_rules() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Dimension d : StandardCatalogue.get().elements()) {
            counts.put(d.id(), 0);
        }
        for (Dimension d : StandardCatalogue.get().principles()) {
            counts.put(d.id(), 0);
        }
        for (Rule rule : StandardRules.all()) {
            for (String dimension : rule.definition().dimensions()) {
                assertThat(counts)
                        .as("%s serves an unknown dimension", rule.id())
                        .containsKey(dimension);
                counts.merge(dimension, 1, Integer::sum);
            }
        }
        assertThat(counts).hasSize(12);
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
    }

    @Test
    void every_standard_rule_cites_at_least_one_reference_of_the_standard_catalogue() {
        for (Rule rule : StandardRules.all()) {
            assertThat(rule.definition().legalReferences())
                    .as("%s cites no legal or source reference", rule.id())
                    .isNotEmpty()
                    .allSatisfy(ref -> assertThat(LegalReferences.all()).contains(ref));
        }
    }

    @Test
    void a_rule_citing_a_guarantee_rule_is_critical() {
        int guarded = 0;
        for (Rule rule : StandardRules.all()) {
            for (LegalReference ref : rule.definition().legalReferences()) {
                if (ref.kind() == LegalKind.GUARANTEE_RULE) {
                    guarded++;
                    assertThat(rule.definition().severity()).as(rule.id()).isEqualTo(Severity.CRITICAL);
                }
            }
        }
        assertThat(guarded).isEqualTo(3);
    }

    @Test
    void complaint_guidance_is_critical_although_it_is_an_order_rule_and_its_rationale_says_why() {
        RuleDefinition d = LegalDutyRules.FVL_25_COMPLAINT_GUIDANCE.definition();
        assertThat(d.legalReferences()).extracting(LegalReference::kind).containsExactly(LegalKind.ORDER_RULE);
        assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(d.rationale().da()).contains("ikke ugyldig").doesNotContain("garantiforskrift");
        assertThat(d.rationale().en())
                .contains("does not normally make the decision invalid")
                .doesNotContain("guarantee rule");
    }

    @Test
    void every_text_of_every_rule_has_danish_and_english() {
        for (Rule rule : StandardRules.all()) {
            RuleDefinition d = rule.definition();
            for (Text t : List.of(d.title(), d.description(), d.rationale(), d.recommendation())) {
                assertThat(t.da()).as(rule.id()).isNotEqualTo(t.en());
            }
            assertThat(d.messages().values())
                    .allSatisfy(t -> assertThat(t.da()).as(rule.id()).isNotEqualTo(t.en()));
        }
    }

    @Test
    void every_rule_has_a_met_a_shortfall_and_a_not_applicable_or_insufficient_data_example() {
        Map<String, Set<Outcome>> seen = new HashMap<>();
        for (RuleCase c : allCases()) {
            seen.computeIfAbsent(c.rule().id(), k -> EnumSet.noneOf(Outcome.class))
                    .add(c.outcome());
        }
        for (Rule rule : StandardRules.all()) {
            Set<Outcome> outcomes = seen.getOrDefault(rule.id(), Set.of());
            assertThat(outcomes).as(rule.id()).contains(Outcome.MET);
            assertThat(outcomes).as(rule.id()).containsAnyOf(Outcome.NOT_MET, Outcome.PARTLY_MET);
            assertThat(outcomes).as(rule.id()).containsAnyOf(Outcome.NOT_APPLICABLE, Outcome.INSUFFICIENT_DATA);
        }
    }

    @Test
    void the_examples_use_all_five_outcomes() {
        Set<Outcome> used = EnumSet.noneOf(Outcome.class);
        for (RuleCase c : allCases()) {
            used.add(c.outcome());
        }
        assertThat(used).containsExactlyInAnyOrder(Outcome.values());
    }

    @Test
    void every_message_key_of_every_rule_is_produced_by_some_example() {
        Map<String, Set<String>> produced = new HashMap<>();
        for (RuleCase c : allCases()) {
            produced.computeIfAbsent(c.rule().id(), k -> new TreeSet<>()).add(c.key());
        }
        for (Rule rule : StandardRules.all()) {
            assertThat(produced.getOrDefault(rule.id(), Set.of()))
                    .as("message keys of %s with an example", rule.id())
                    .containsExactlyInAnyOrderElementsOf(
                            rule.definition().messages().keySet());
        }
    }

    @Test
    void every_example_renders_in_danish_and_english_without_leftover_placeholders() {
        for (RuleCase c : allCases()) {
            Text text = c.rule().definition().render(c.run());
            assertThat(text.da()).as("%s (da)", c).doesNotContain("{").doesNotContain("}");
            assertThat(text.en()).as("%s (en)", c).doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void free_text_from_the_case_never_reaches_a_message() {
        CaseView[] views = {
            richCase().viewAsOf(day(5)),
            richCase().viewAsOf(day(45)),
            richCase().viewAsOf(day(400))
        };
        int rendered = 0;
        for (CaseView view : views) {
            for (Rule rule : StandardRules.all()) {
                Evaluation e = RuleCase.run(rule, view);
                Text text = rule.definition().render(e);
                assertThat(text.da() + text.en()).as(rule.id()).doesNotContain(SENTINEL);
                assertThat(e.args().values()).as(rule.id()).noneMatch(v -> v.contains(SENTINEL));
                assertThat(text.da() + text.en()).as(rule.id()).doesNotContain("{");
                rendered++;
            }
        }
        assertThat(rendered).isEqualTo(3 * 47);
    }

    @Test
    void the_rich_case_is_judged_by_every_rule_with_a_scored_outcome_for_most() {
        CaseView view = richCase().viewAsOf(day(400));
        int scored = 0;
        for (Rule rule : StandardRules.all()) {
            if (RuleCase.run(rule, view).outcome().isScored()) {
                scored++;
            }
        }
        assertThat(scored).isGreaterThanOrEqualTo(40);
    }

    @Test
    void a_case_with_only_its_opening_gives_no_shortfall() {
        CaseView view = openedCase()
                .contact("contact-2", day(1), c -> c.citizensOwnNeed("Mit behov."))
                .deadline(Period.ofWeeks(8))
                .viewAsOf(day(10));
        Map<Outcome, List<String>> byOutcome = new HashMap<>();
        for (Rule rule : StandardRules.all()) {
            byOutcome
                    .computeIfAbsent(RuleCase.run(rule, view).outcome(), k -> new ArrayList<>())
                    .add(rule.id());
        }
        assertThat(byOutcome).doesNotContainKeys(Outcome.NOT_MET, Outcome.PARTLY_MET);
        assertThat(byOutcome.get(Outcome.MET))
                .containsExactlyInAnyOrder("caseworker-continuity", "own-need-recorded-at-opening");
        assertThat(byOutcome.get(Outcome.NOT_APPLICABLE).size()
                        + byOutcome.get(Outcome.INSUFFICIENT_DATA).size())
                .isEqualTo(45);
    }

    @Test
    void rules_are_pure_and_give_the_same_findings_from_many_threads() {
        CaseView view = richCase().viewAsOf(day(400));
        List<Evaluation> once = new ArrayList<>();
        for (Rule rule : StandardRules.all()) {
            once.add(RuleCase.run(rule, view));
        }
        List<List<Evaluation>> parallel = Stream.generate(() -> view)
                .limit(16)
                .parallel()
                .map(v -> StandardRules.all().stream()
                        .map(r -> RuleCase.run(r, v))
                        .collect(Collectors.toList()))
                .collect(Collectors.toList());
        assertThat(parallel).allSatisfy(run -> assertThat(run).isEqualTo(once));
    }

    @Test
    void a_long_case_is_judged_by_every_rule() {
        CaseFixtures fixture = openedCase().deadline(Period.ofWeeks(8)).investigation("inv-0", day(1));
        int events = 0;
        for (int i = 0; i < 1500; i++) {
            int d = 2 + i;
            fixture.meeting("m-" + i, day(d), m -> m.preparedWithCitizen(true))
                    .decision("d-" + i, day(d), i % 2 == 0 ? DecisionOutcome.GRANTED : DecisionOutcome.REJECTED)
                    .hearing("h-" + i, day(d), day(d))
                    .heldFollowUp("f-" + i, day(d), day(d + 1), f -> f.goalsReviewedWithCitizen(true));
            events += 4;
        }
        CaseView view = fixture.viewAsOf(day(2000));
        assertThat(view.events()).hasSize(events + 2);
        for (Rule rule : StandardRules.all()) {
            Evaluation e = RuleCase.run(rule, view);
            assertThat(rule.definition().messages()).as(rule.id()).containsKey(e.messageKey());
        }
    }

    @Test
    void no_rule_fails_on_a_case_at_either_end_of_the_calendar() {
        // four weeks after these dates, and a year before the first as-of date, lie beyond what a
        // LocalDate can hold; the rules that count those periods must still give an answer
        LocalDate last = LocalDate.MAX;
        CaseView late = openedCase()
                .decision("d-1", last.minusDays(10), DecisionOutcome.REJECTED)
                .complaint("k-1", last.minusDays(5), "d-1", k -> {})
                .heldFollowUp("f-1", last.minusDays(4), last.minusDays(3), f -> f.outcome(FollowUpOutcome.END))
                .viewAsOf(last);
        // an as-of date may not come before the opening: the earliest case opens on the first day
        CaseView early = openedCase().openedOn(LocalDate.MIN).viewAsOf(LocalDate.MIN);
        for (CaseView view : List.of(late, early)) {
            for (Rule rule : StandardRules.all()) {
                Evaluation e = RuleCase.run(rule, view);
                assertThat(rule.definition().messages())
                        .as("%s as of %s", rule.id(), view.asOf())
                        .containsKey(e.messageKey());
            }
        }
        // received five days before the end: the four weeks run to the end, so it is still pending
        assertThat(RuleCase.run(LegalDutyRules.RSL_66_67_RECONSIDERED, late).messageKey())
                .isEqualTo("pending");
    }

    @Test
    void the_standard_pack_offers_every_rule_and_every_checklist() {
        assertThat(StandardRules.PACK).isSameAs(StandardRulePack.INSTANCE);
        assertThat(StandardRules.PACK.id()).isEqualTo("inddragelse-standard").isEqualTo(StandardRulePack.ID);
        assertThat(StandardRules.PACK.rules()).isSameAs(StandardRules.all());
        assertThat(StandardRules.PACK.checklists()).isEqualTo(StandardChecklists.all());
    }

    /** A case that touches every rule, with the sentinel in every free-text field. */
    private static CaseFixtures richCase() {
        LifeAreaAssessment mobility = LifeAreaAssessment.builder()
                .area(LifeArea.MOBILITY)
                .functionLevel(FunctionLevel.SEVERE)
                .resources(SENTINEL)
                .challenges(SENTINEL)
                .build();
        return openedCase()
                .deadline(Period.ofWeeks(6))
                .needs(CommunicationNeed.LANGUAGE_INTERPRETER, CommunicationNeed.EASY_READ)
                .participant("int-1", Role.INTERPRETER, p -> p.interpretation(InterpretationKind.LANGUAGE)
                        .description(SENTINEL))
                .participant("child-1", Role.INTERPRETER, p -> p.interpretation(InterpretationKind.LANGUAGE)
                        .underEighteen(true)
                        .description(SENTINEL))
                .participant(
                        "rel-1", Role.RELATIVE, p -> p.chosenByCitizen(true).description(SENTINEL))
                .participant("comp-1", Role.COMPANION, p -> p.description(SENTINEL))
                .contact("contact-2", day(1), c -> c.reason(SENTINEL)
                        .citizensOwnNeed(SENTINEL)
                        .note(SENTINEL))
                .guidance("g-1", day(2), GuidanceTopic.RIGHTS, GuidanceTopic.CONTACT)
                .meeting("m-1", day(3), m -> m.purpose(MeetingPurpose.EXPECTATIONS)
                        .note(SENTINEL)
                        .addParticipantIds("int-1", "rel-1"))
                .meeting("m-2", day(6), m -> m.addParticipantIds("child-1", "comp-1")
                        .note(SENTINEL))
                .informationGathering("ig-1", day(4), Actor.HOSPITAL, g -> g.purpose(SENTINEL)
                        .citizenAskedToObtain(true)
                        .note(SENTINEL))
                .investigation("inv-1", day(8), i -> i.addLifeAreas(mobility)
                        .citizensWishes(SENTINEL)
                        .resources(SENTINEL)
                        .professionalJudgement(SENTINEL)
                        .note(SENTINEL))
                .goal("gl-1", day(9), g -> g.text(SENTINEL).note(SENTINEL))
                .coordination(
                        "c-1", day(9), Actor.JOBCENTRE, c -> c.topic(SENTINEL).note(SENTINEL))
                .hearing("h-1", day(10), day(20), h -> h.informationSent(SENTINEL)
                        .response(SENTINEL)
                        .respondedOn(day(15))
                        .note(SENTINEL))
                .deadlineNotice("n-1", day(30), day(60), n -> n.note(SENTINEL))
                .decision("d-1", day(50), DecisionOutcome.PARTLY_GRANTED, d -> d.reasons(SENTINEL)
                        .reasonsCiteRules(true)
                        .note(SENTINEL))
                .actionPlan("p-1", day(52), PlanResponse.ACCEPTED, p -> p.text(SENTINEL)
                        .note(SENTINEL))
                .providerOrder("o-1", day(55), o -> o.addGoalIds("gl-1").note(SENTINEL))
                .event(MethodApplied.builder()
                        .id("me-1")
                        .date(day(60))
                        .method(SENTINEL)
                        .evidenceBase(EvidenceBase.NOT_DOCUMENTED)
                        .note(SENTINEL)
                        .build())
                .event(ProgressMeasurement.builder()
                        .id("pm-1")
                        .date(day(150))
                        .instrument(SENTINEL)
                        .before(FunctionLevel.SEVERE)
                        .after(FunctionLevel.NOT_ASSESSED)
                        .note(SENTINEL)
                        .build())
                .complaint("k-1", day(60), "d-1", k -> k.note(SENTINEL))
                .followUp("f-1", day(50), day(140), f -> f.heldOn(day(140))
                        .outcome(FollowUpOutcome.CHANGE)
                        .note(SENTINEL))
                .followUp("f-2", day(140), day(300), f -> f.note(SENTINEL))
                .caseworkerChange("ch-1", day(200), c -> c.citizenInformed(true).note(SENTINEL));
    }
}
