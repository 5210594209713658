package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.caseprocess.DecisionOutcome.CHANGED;
import static io.github.inddragelse.model.caseprocess.DecisionOutcome.GRANTED;
import static io.github.inddragelse.model.caseprocess.DecisionOutcome.PARTLY_GRANTED;
import static io.github.inddragelse.model.caseprocess.DecisionOutcome.REJECTED;
import static io.github.inddragelse.model.caseprocess.DecisionOutcome.STOPPED;
import static io.github.inddragelse.model.caseprocess.ReablementAssessment.NOT_SUITABLE;
import static io.github.inddragelse.model.caseprocess.ReablementAssessment.SUITABLE;
import static io.github.inddragelse.model.rule.Outcome.INSUFFICIENT_DATA;
import static io.github.inddragelse.model.rule.Outcome.MET;
import static io.github.inddragelse.model.rule.Outcome.NOT_APPLICABLE;
import static io.github.inddragelse.model.rule.Outcome.NOT_MET;
import static io.github.inddragelse.model.rule.Outcome.PARTLY_MET;
import static io.github.inddragelse.model.standard.LegalDutyRules.FVL_19_HEARING;
import static io.github.inddragelse.model.standard.LegalDutyRules.FVL_22_24_REASONS;
import static io.github.inddragelse.model.standard.LegalDutyRules.FVL_25_COMPLAINT_GUIDANCE;
import static io.github.inddragelse.model.standard.LegalDutyRules.FVL_7_GUIDANCE;
import static io.github.inddragelse.model.standard.LegalDutyRules.FVL_8_COMPANION;
import static io.github.inddragelse.model.standard.LegalDutyRules.RSL_10_INVESTIGATED;
import static io.github.inddragelse.model.standard.LegalDutyRules.RSL_11_NO_NEEDLESS_REQUESTS;
import static io.github.inddragelse.model.standard.LegalDutyRules.RSL_3_DEADLINE_OR_NOTICE;
import static io.github.inddragelse.model.standard.LegalDutyRules.RSL_4_CITIZEN_TAKES_PART;
import static io.github.inddragelse.model.standard.LegalDutyRules.RSL_5_ALL_OPTIONS_CONSIDERED;
import static io.github.inddragelse.model.standard.LegalDutyRules.RSL_66_67_RECONSIDERED;
import static io.github.inddragelse.model.standard.LegalDutyRules.SEL_141_PLAN_OFFERED;
import static io.github.inddragelse.model.standard.LegalDutyRules.SEL_148_CHANGE_NEEDS_DECISION;
import static io.github.inddragelse.model.standard.LegalDutyRules.SEL_148_FOLLOW_UP_HELD;
import static io.github.inddragelse.model.standard.LegalDutyRules.SEL_83A_REABLEMENT;
import static io.github.inddragelse.model.standard.RuleCase.message;
import static io.github.inddragelse.model.standard.RuleCase.of;
import static io.github.inddragelse.model.testing.CaseFixtures.CASEWORKER;
import static io.github.inddragelse.model.testing.CaseFixtures.DECLINED;
import static io.github.inddragelse.model.testing.CaseFixtures.area;
import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.HearingExemption;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.ReablementAssessment;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleDefinition;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LegalDutyRulesTest {

    /** Records that the decision rests on no unknown information against the citizen (FVL §19 stk. 1). */
    private static final Consumer<Decision.Builder> FVL_19_NOT_TRIGGERED =
            d -> d.hearingExemption(HearingExemption.NO_INFORMATION_AGAINST_CITIZEN);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void legal_duty_rule_gives_the_expected_finding(RuleCase c) {
        c.verify();
    }

    /**
     * Findings of {@code sel-148-follow-up-held} that count a decision's follow-up date among several
     * items and name that decision first. Kept out of {@link #cases()}, which {@code
     * RuleMessagePluralsTest} renders at every count: at a total of one it would show the follow-up's
     * wording with a decision named, which no evaluation gives, as a decision judged alone has keys of its
     * own.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionNamedAmongSeveral")
    void follow_up_rule_names_a_decision_whose_date_is_counted_among_several(RuleCase c) {
        c.verify();
    }

    static Stream<RuleCase> decisionNamedAmongSeveral() {
        return Stream.of(
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_held_before_the_decision_does_not_follow_up_the_date_the_decision_set",
                        openedCase()
                                .heldFollowUp("f-1", day(5), day(15), f -> {})
                                .decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(60))),
                        day(100),
                        PARTLY_MET,
                        "some-held",
                        "d-1"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "two_follow_up_dates_decisions_set_that_passed_with_no_follow_up_are_not_met",
                        openedCase()
                                .decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(40)))
                                .decision("d-2", day(50), CHANGED, d -> d.followUpDate(day(80))),
                        day(100),
                        NOT_MET,
                        "none-held",
                        "d-1",
                        "d-2"));
    }

    @Test
    void the_reasons_of_a_decision_bound_by_the_rules_are_counted_out_of_two_without_the_considerations() {
        Text text = message(
                FVL_22_24_REASONS,
                openedCase().decision("d-1", day(20), REJECTED, d -> d.discretionary(false)
                        .reasonsCiteRules(true)
                        .reasonsStateConsiderations(true)),
                day(30));

        assertThat(text.en()).contains("hold only 1 of 2 elements: legal rules and facts");
        assertThat(text.da()).contains("rummer kun 1 af 2 elementer: retsregler og faktiske oplysninger");
    }

    @Test
    void the_reablement_messages_name_the_investigation_and_the_decision() {
        Text notSuitableText = message(SEL_83A_REABLEMENT, assessedOnDay10(NOT_SUITABLE), day(30));
        Text suitableText =
                message(SEL_83A_REABLEMENT, assessedOnDay10(SUITABLE).decision("d-1", day(20), GRANTED), day(30));

        assertThat(notSuitableText.en())
                .isEqualTo("Investigation inv-1 recorded an assessment that a reablement course cannot improve"
                        + " function.");
        assertThat(notSuitableText.da()).contains("Udredning inv-1", "ikke kan forbedre funktionsevnen");
        assertThat(suitableText.en())
                .isEqualTo("Investigation inv-1 judged that a reablement course can improve function, but decision"
                        + " d-1 was made with no goal to develop it recorded.");
        assertThat(suitableText.da()).contains("Udredning inv-1", "afgørelse d-1");
    }

    @Test
    void the_exempt_message_names_the_recorded_exemption() {
        Text text =
                message(FVL_19_HEARING, openedCase().decision("d-1", day(20), REJECTED, FVL_19_NOT_TRIGGERED), day(30));

        assertThat(text.en()).isEqualTo("Decision d-1 is exempt from the hearing (no-information-against-citizen).");
        assertThat(text.da()).isEqualTo("Afgørelse d-1 er undtaget fra partshøring (no-information-against-citizen).");
    }

    @Test
    void the_declined_messages_count_those_taken_part_in_declined_and_missing() {
        Text text = message(RSL_4_CITIZEN_TAKES_PART, withSomeDeclinedAndSomeMissing(), day(20));

        assertThat(text.en())
                .isEqualTo("The citizen took part in 2 of 4 meetings and investigations and declined 1 meeting; in 1"
                        + " the citizen neither took part nor declined.");
        assertThat(text.da())
                .isEqualTo("Borgeren deltog i 2 af 4 møder og udredninger og takkede nej til 1 møde; 1 foregik"
                        + " uden borgeren, uden at borgeren havde takket nej.");
    }

    @Test
    void the_not_forwarded_message_says_the_decision_was_changed_only_in_part_when_that_is_recorded() {
        Text text = message(
                RSL_66_67_RECONSIDERED, reconsideredOnDay50(ReconsiderationOutcome.PARTLY_CHANGED, -1), day(70));

        assertThat(text.en())
                .isEqualTo("On complaint k-1 (received " + day(30) + ") the decision was changed only in part, but"
                        + " the complaint has not been sent to Ankestyrelsen, and the deadline " + day(58)
                        + " has passed.");
        assertThat(text.da())
                .isEqualTo("Ved klage k-1 (modtaget " + day(30) + ") blev afgørelsen kun delvist ændret, men klagen"
                        + " er ikke sendt til Ankestyrelsen, og fristen " + day(58) + " er udløbet.");
    }

    @Test
    void the_not_forwarded_message_says_the_decision_was_upheld_when_that_is_recorded() {
        Text text = message(RSL_66_67_RECONSIDERED, reconsideredOnDay50(ReconsiderationOutcome.UPHELD, -1), day(70));

        assertThat(text.da()).contains("blev afgørelsen fastholdt, men").doesNotContain("delvist");
        assertThat(text.en()).contains("the decision was upheld, but").doesNotContain("in part");
    }

    @Test
    void one_complaint_reconsidered_in_time_says_what_the_reconsideration_concluded() {
        Text upheld = message(RSL_66_67_RECONSIDERED, reconsideredOnDay50(ReconsiderationOutcome.UPHELD, 55), day(70));
        Text changed =
                message(RSL_66_67_RECONSIDERED, reconsideredOnDay50(ReconsiderationOutcome.CHANGED, -1), day(70));

        assertThat(upheld.da())
                .isEqualTo("Klagen er genvurderet inden 4 uger; afgørelsen blev fastholdt, og klagen er sendt til"
                        + " Ankestyrelsen inden for samme frist.");
        assertThat(upheld.en())
                .isEqualTo("The complaint was reconsidered within 4 weeks; the decision was upheld, and the"
                        + " complaint was sent on to Ankestyrelsen within the same period.");
        assertThat(changed.da())
                .isEqualTo("Klagen er genvurderet inden 4 uger, og afgørelsen blev ændret, så borgeren fik medhold.");
        assertThat(changed.en())
                .isEqualTo("The complaint was reconsidered within 4 weeks, and the decision was changed to grant"
                        + " what the complaint asked.");
    }

    @Test
    void a_reconsideration_outcome_not_known_by_the_as_of_date_is_not_told() {
        Evaluation e = RuleCase.run(
                RSL_66_67_RECONSIDERED,
                reconsideredOnDay50(ReconsiderationOutcome.UPHELD, -1).viewAsOf(day(45)));

        assertThat(e.messageKey()).isEqualTo("pending");
        assertThat(e.args()).doesNotContainKey(LegalDutyRules.RECONSIDERATION_ARG);
    }

    @Test
    void a_single_follow_up_not_held_is_named_with_its_planned_date() {
        Text text = message(SEL_148_FOLLOW_UP_HELD, openedCase().followUp("f-1", day(20), day(60), f -> {}), day(100));

        assertThat(text.da()).isEqualTo("Opfølgning f-1, planlagt til " + day(60) + ", er ikke holdt.");
        assertThat(text.en()).isEqualTo("Follow-up f-1, planned for " + day(60) + ", has not been held.");
    }

    @Test
    void several_follow_ups_are_counted_among_those_that_should_have_been_held_before_the_as_of_date() {
        Text text = message(
                SEL_148_FOLLOW_UP_HELD,
                openedCase().heldFollowUp("f-1", day(20), day(60), f -> {}).followUp("f-2", day(60), day(80), f -> {}),
                day(100));

        assertThat(text.da())
                .isEqualTo("1 af de to opfølgninger, der skulle have været holdt før " + day(100) + ", er ikke holdt.");
        assertThat(text.en()).isEqualTo("1 of the two follow-ups due before " + day(100) + " has not been held.");
    }

    @Test
    void a_follow_up_date_a_decision_set_alone_is_named_with_the_decision() {
        Text text = message(
                SEL_148_FOLLOW_UP_HELD,
                openedCase().decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(60))),
                day(100));

        assertThat(text.da())
                .isEqualTo("Afgørelse d-1 fastsatte opfølgning til " + day(60)
                        + ", men der er ikke holdt nogen opfølgning efter afgørelsen.");
        assertThat(text.en())
                .isEqualTo("Decision d-1 set a follow-up for " + day(60)
                        + ", but no follow-up has been held since the decision.");
    }

    @Test
    void a_follow_up_date_a_decision_set_is_counted_beside_the_follow_ups_and_named_when_first_not_held() {
        CaseFixtures c = openedCase()
                .heldFollowUp("f-1", day(5), day(15), f -> {})
                .decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(60)));

        Evaluation e = RuleCase.run(SEL_148_FOLLOW_UP_HELD, c.viewAsOf(day(100)));
        Text text = message(SEL_148_FOLLOW_UP_HELD, c, day(100));

        assertThat(e.args())
                .containsEntry("decision", "d-1")
                .containsEntry("plannedFor", day(60).toString())
                .containsEntry("total", "2")
                .doesNotContainKey("followUp");
        assertThat(text.en()).isEqualTo("1 of the two follow-ups due before " + day(100) + " has not been held.");
    }

    @Test
    void no_text_of_the_follow_up_and_action_plan_rules_calls_anything_forfalden_like_a_bill() {
        for (Rule rule : List.of(SEL_148_FOLLOW_UP_HELD, SEL_141_PLAN_OFFERED)) {
            RuleDefinition d = rule.definition();
            List<Text> texts = new ArrayList<>(List.of(d.title(), d.description(), d.rationale(), d.recommendation()));
            texts.addAll(d.messages().values());
            assertThat(texts).as(rule.id()).allSatisfy(t -> assertThat(t.da()).doesNotContainIgnoringCase("forfald"));
        }
    }

    /** Meeting "m-1" and investigation "inv-1" with the citizen, "m-2" declined, "m-3" without the citizen. */
    private static CaseFixtures withSomeDeclinedAndSomeMissing() {
        return openedCase()
                .meeting("m-1", day(5))
                .meeting("m-2", day(8), DECLINED)
                .meeting("m-3", day(9), m -> m.participantIds(List.of(CASEWORKER)))
                .investigation("inv-1", day(10));
    }

    /** Eight weeks from the opening: the decision is due on day 56. */
    private static CaseFixtures withDeadline() {
        return openedCase().deadline(Period.ofWeeks(8));
    }

    private static CaseFixtures significantlyReduced() {
        return openedCase()
                .investigation("inv-1", day(10), i -> i.addLifeAreas(area(LifeArea.MOBILITY, FunctionLevel.SEVERE)));
    }

    /** Significantly reduced function, help granted on day 20 and plan "p-1" offered on day 25. */
    private static CaseFixtures planOffered(PlanResponse response) {
        return significantlyReduced().decision("d-1", day(20), GRANTED).actionPlan("p-1", day(25), response, p -> {});
    }

    /** A case that applies for personal and practical help (SEL §§83-83a). */
    private static CaseFixtures reablementCase() {
        return openedCase().appliedFor(LegalReferences.SEL_83_83A);
    }

    /** A case that applies for personal and practical help, with investigation "inv-1" on day 10 assessing a course. */
    private static CaseFixtures assessedOnDay10(ReablementAssessment assessment) {
        return reablementCase().investigation("inv-1", day(10), i -> i.reablementAssessment(assessment));
    }

    /** Assessed on day 10, a goal to maintain function on day 12, and a grant on day 20. */
    private static CaseFixtures decidedWithAMaintainGoal(ReablementAssessment assessment) {
        return assessedOnDay10(assessment)
                .goal("gl-1", day(12), g -> g.goalType(GoalType.MAINTAIN))
                .decision("d-1", day(20), GRANTED);
    }

    /** A row of the SEL §83a reablement rule, as of day 30. */
    private static RuleCase reablement(
            String name, CaseFixtures fixture, Outcome outcome, String key, String... evidence) {
        return of(SEL_83A_REABLEMENT, name, fixture, day(30), outcome, key, evidence);
    }

    private static CaseFixtures rejectedAfterComplaint() {
        return openedCase().decision("d-1", day(20), REJECTED).complaint("k-1", day(30), "d-1", k -> {});
    }

    /**
     * A rejection complained about on day 30 and reconsidered on day 50 (in time) with an outcome, then
     * sent on to Ankestyrelsen on a day, or not at all when that is negative.
     */
    private static CaseFixtures reconsideredOnDay50(ReconsiderationOutcome outcome, int forwardedDay) {
        return openedCase().decision("d-1", day(20), REJECTED).complaint("k-1", day(30), "d-1", k -> {
            k.reconsideredOn(day(50)).reconsiderationOutcome(outcome);
            if (forwardedDay >= 0) {
                k.forwardedOn(day(forwardedDay));
            }
        });
    }

    /**
     * A row of the RSL §§66-67 rule on {@link #reconsideredOnDay50} as of a day, with the complaint and the
     * decision as evidence.
     */
    private static RuleCase reconsideredOnDay50Row(
            String name,
            ReconsiderationOutcome reconsidered,
            int forwardedDay,
            int asOfDay,
            Outcome outcome,
            String key) {
        return of(
                RSL_66_67_RECONSIDERED,
                name,
                reconsideredOnDay50(reconsidered, forwardedDay),
                day(asOfDay),
                outcome,
                key,
                "k-1",
                "d-1");
    }

    /** A row of the reasons rule on one rejection ("d-1", day 20, customised), as of day 30. */
    private static RuleCase rejectionReasons(
            String name, Consumer<Decision.Builder> customiser, Outcome outcome, String key) {
        return of(
                FVL_22_24_REASONS,
                name,
                openedCase().decision("d-1", day(20), REJECTED, customiser),
                day(30),
                outcome,
                key,
                "d-1");
    }

    /**
     * A row on help granted on day 20 ("d-1") and then, on day 100, a decision ("d-2") that changes or
     * stops it and says whether it fully grants the request, as of day 110.
     */
    private static RuleCase afterGrant(
            Rule rule,
            String name,
            DecisionOutcome outcome,
            boolean fullyGrantsRequest,
            Outcome expected,
            String key,
            String... evidence) {
        CaseFixtures fixture = openedCase()
                .decision("d-1", day(20), GRANTED)
                .decision("d-2", day(100), outcome, d -> d.fullyGrantsRequest(fullyGrantsRequest));
        return of(rule, name, fixture, day(110), expected, key, evidence);
    }

    private static CaseFixtures endedAtFollowUp() {
        return openedCase()
                .decision("d-1", day(10), GRANTED)
                .heldFollowUp("f-1", day(10), day(60), f -> f.outcome(FollowUpOutcome.END));
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                // RSL §3
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "decision_within_the_deadline_is_met",
                        withDeadline().decision("d-1", day(40), GRANTED),
                        day(60),
                        MET,
                        "decided-in-time",
                        "d-1"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "late_decision_without_written_notice_is_not_met",
                        withDeadline().decision("d-1", day(70), GRANTED),
                        day(80),
                        NOT_MET,
                        "decided-late-without-notice",
                        "d-1"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "case_without_a_published_deadline_gives_insufficient_data",
                        openedCase(),
                        day(100),
                        INSUFFICIENT_DATA,
                        "no-deadline"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "undecided_case_before_its_deadline_is_not_applicable",
                        withDeadline(),
                        day(30),
                        NOT_APPLICABLE,
                        "not-yet-due"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "late_decision_after_timely_written_notice_is_met",
                        withDeadline().deadlineNotice("n-1", day(50), day(80)).decision("d-1", day(75), GRANTED),
                        day(90),
                        MET,
                        "notice-given",
                        "n-1",
                        "d-1"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "decision_after_the_notified_date_is_partly_met",
                        withDeadline().deadlineNotice("n-1", day(50), day(70)).decision("d-1", day(75), GRANTED),
                        day(90),
                        PARTLY_MET,
                        "notice-date-passed",
                        "n-1",
                        "d-1"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "notice_sent_after_the_deadline_is_partly_met",
                        withDeadline().deadlineNotice("n-1", day(60), day(80)).decision("d-1", day(75), GRANTED),
                        day(90),
                        PARTLY_MET,
                        "notice-after-due",
                        "n-1",
                        "d-1"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "overdue_case_without_notice_is_not_met",
                        withDeadline(),
                        day(70),
                        NOT_MET,
                        "overdue-without-notice",
                        "contact-1"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "an_oral_notice_does_not_count",
                        withDeadline()
                                .deadlineNotice("n-1", day(50), day(80), n -> n.written(false))
                                .decision("d-1", day(75), GRANTED),
                        day(90),
                        NOT_MET,
                        "decided-late-without-notice",
                        "d-1"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "a_second_notice_before_the_first_new_date_extends_it_again",
                        withDeadline()
                                .deadlineNotice("n-1", day(50), day(70))
                                .deadlineNotice("n-2", day(65), day(90))
                                .decision("d-1", day(85), GRANTED),
                        day(100),
                        MET,
                        "notice-given",
                        "n-2",
                        "d-1"),
                of(
                        RSL_3_DEADLINE_OR_NOTICE,
                        "pending_case_within_the_notified_date_is_met",
                        withDeadline().deadlineNotice("n-1", day(50), day(80)),
                        day(70),
                        MET,
                        "notice-given",
                        "n-1"),
                // RSL §4
                of(
                        RSL_4_CITIZEN_TAKES_PART,
                        "citizen_at_every_meeting_and_investigation_is_met",
                        openedCase().meeting("m-1", day(5)).investigation("inv-1", day(10)),
                        day(20),
                        MET,
                        "took-part",
                        "m-1",
                        "inv-1"),
                of(
                        RSL_4_CITIZEN_TAKES_PART,
                        "a_meeting_without_the_citizen_is_partly_met",
                        openedCase()
                                .meeting("m-1", day(5))
                                .meeting("m-2", day(8), m -> m.participantIds(List.of(CASEWORKER))),
                        day(20),
                        PARTLY_MET,
                        "took-part-in-some",
                        "m-2"),
                of(
                        RSL_4_CITIZEN_TAKES_PART,
                        "no_meeting_with_the_citizen_is_not_met",
                        openedCase().meeting("m-1", day(5), m -> m.participantIds(List.of(CASEWORKER))),
                        day(20),
                        NOT_MET,
                        "took-part-in-none",
                        "m-1"),
                of(
                        RSL_4_CITIZEN_TAKES_PART,
                        "meetings_the_citizen_declined_all_count_as_the_opportunity_given",
                        openedCase().meeting("m-1", day(5), DECLINED).meeting("m-2", day(8), DECLINED),
                        day(20),
                        MET,
                        "took-part-or-declined",
                        "m-1",
                        "m-2"),
                of(
                        RSL_4_CITIZEN_TAKES_PART,
                        "taking_part_in_some_and_declining_the_rest_is_met",
                        openedCase()
                                .meeting("m-1", day(5))
                                .meeting("m-2", day(8), DECLINED)
                                .investigation("inv-1", day(10)),
                        day(20),
                        MET,
                        "took-part-or-declined",
                        "m-1",
                        "m-2",
                        "inv-1"),
                of(
                        RSL_4_CITIZEN_TAKES_PART,
                        "a_meeting_neither_attended_nor_declined_beside_a_declined_one_is_partly_met",
                        withSomeDeclinedAndSomeMissing(),
                        day(20),
                        PARTLY_MET,
                        "took-part-or-declined-some-missing",
                        "m-3"),
                of(
                        RSL_4_CITIZEN_TAKES_PART,
                        "an_investigation_without_the_citizen_beside_a_declined_meeting_is_partly_met",
                        openedCase()
                                .meeting("m-1", day(5), DECLINED)
                                .investigation("inv-1", day(10), i -> i.participantIds(List.of(CASEWORKER))),
                        day(20),
                        PARTLY_MET,
                        "took-part-or-declined-some-missing",
                        "inv-1"),
                of(
                        RSL_4_CITIZEN_TAKES_PART,
                        "opening_only_gives_insufficient_data",
                        openedCase(),
                        day(20),
                        INSUFFICIENT_DATA,
                        "no-meetings-or-investigation"),
                // RSL §5
                of(
                        RSL_5_ALL_OPTIONS_CONSIDERED,
                        "investigation_considering_all_options_is_met",
                        openedCase().investigation("inv-1", day(10), i -> i.allOptionsConsidered(true)),
                        day(20),
                        MET,
                        "considered",
                        "inv-1"),
                of(
                        RSL_5_ALL_OPTIONS_CONSIDERED,
                        "investigation_silent_on_options_is_not_met",
                        openedCase().investigation("inv-1", day(10)),
                        day(20),
                        NOT_MET,
                        "not-considered",
                        "inv-1"),
                of(
                        RSL_5_ALL_OPTIONS_CONSIDERED,
                        "coordination_with_another_authority_alone_is_partly_met",
                        openedCase().investigation("inv-1", day(10)).coordination("c-1", day(12), Actor.JOBCENTRE),
                        day(20),
                        PARTLY_MET,
                        "coordinated-only",
                        "inv-1",
                        "c-1"),
                of(
                        RSL_5_ALL_OPTIONS_CONSIDERED,
                        "no_investigation_gives_insufficient_data",
                        openedCase(),
                        day(20),
                        INSUFFICIENT_DATA,
                        "no-investigation"),
                // RSL §10
                of(
                        RSL_10_INVESTIGATED,
                        "decision_after_an_investigation_of_life_areas_is_met",
                        openedCase().investigation("inv-1", day(10)).decision("d-1", day(20), REJECTED),
                        day(30),
                        MET,
                        "investigated",
                        "d-1",
                        "inv-1"),
                of(
                        RSL_10_INVESTIGATED,
                        "decision_without_any_investigation_is_not_met",
                        openedCase().decision("d-1", day(20), REJECTED),
                        day(30),
                        NOT_MET,
                        "decided-without-investigation",
                        "d-1"),
                of(
                        RSL_10_INVESTIGATED,
                        "no_decision_is_not_applicable",
                        openedCase(),
                        day(30),
                        NOT_APPLICABLE,
                        "no-decision"),
                of(
                        RSL_10_INVESTIGATED,
                        "information_gathered_without_an_assessment_is_partly_met",
                        openedCase()
                                .informationGathering("g-1", day(5), Actor.GENERAL_PRACTITIONER, g -> {})
                                .decision("d-1", day(20), REJECTED),
                        day(30),
                        PARTLY_MET,
                        "information-without-assessment",
                        "d-1",
                        "g-1"),
                of(
                        RSL_10_INVESTIGATED,
                        "investigation_assessing_no_life_area_is_partly_met",
                        openedCase().investigation("inv-1", day(10), i -> {}).decision("d-1", day(20), REJECTED),
                        day(30),
                        PARTLY_MET,
                        "no-life-areas-assessed",
                        "d-1",
                        "inv-1"),
                of(
                        RSL_10_INVESTIGATED,
                        "stopping_help_without_a_new_assessment_is_partly_met",
                        openedCase()
                                .investigation("inv-1", day(10))
                                .decision("d-1", day(20), GRANTED)
                                .decision("d-2", day(200), STOPPED),
                        day(210),
                        PARTLY_MET,
                        "not-reinvestigated",
                        "d-2",
                        "inv-1",
                        "d-1"),
                of(
                        RSL_10_INVESTIGATED,
                        "stopping_help_after_a_held_follow_up_is_met",
                        openedCase()
                                .investigation("inv-1", day(10))
                                .decision("d-1", day(20), GRANTED)
                                .heldFollowUp("f-1", day(100), day(180), f -> {})
                                .decision("d-2", day(200), STOPPED),
                        day(210),
                        MET,
                        "investigated",
                        "d-1",
                        "inv-1",
                        "d-2"),
                // RSL §11
                of(
                        RSL_11_NO_NEEDLESS_REQUESTS,
                        "municipality_obtaining_third_party_information_itself_is_met",
                        openedCase()
                                .informationGathering(
                                        "g-1", day(5), Actor.GENERAL_PRACTITIONER, g -> g.consentObtained(true)),
                        day(20),
                        MET,
                        "obtained-by-municipality",
                        "g-1"),
                of(
                        RSL_11_NO_NEEDLESS_REQUESTS,
                        "citizen_asked_to_fetch_every_record_is_not_met",
                        openedCase()
                                .informationGathering("g-1", day(5), Actor.HOSPITAL, g -> g.citizenAskedToObtain(true)),
                        day(20),
                        NOT_MET,
                        "citizen-asked-for-all",
                        "g-1"),
                of(
                        RSL_11_NO_NEEDLESS_REQUESTS,
                        "citizen_asked_to_fetch_some_records_is_partly_met",
                        openedCase()
                                .informationGathering("g-1", day(5), Actor.HOSPITAL, g -> g.citizenAskedToObtain(true))
                                .informationGathering("g-2", day(6), Actor.GENERAL_PRACTITIONER, g -> {}),
                        day(20),
                        PARTLY_MET,
                        "citizen-asked-for-some",
                        "g-1"),
                of(
                        RSL_11_NO_NEEDLESS_REQUESTS,
                        "information_from_the_citizen_only_is_not_applicable",
                        openedCase()
                                .informationGathering("g-1", day(5), Actor.CITIZEN, g -> g.citizenAskedToObtain(true)),
                        day(20),
                        NOT_APPLICABLE,
                        "no-third-party-information"),
                // RSL §§66-67
                of(
                        RSL_66_67_RECONSIDERED,
                        "reconsideration_within_four_weeks_that_grants_the_complaint_is_met",
                        openedCase()
                                .decision("d-1", day(20), REJECTED)
                                .complaint("k-1", day(30), "d-1", k -> k.reconsideredOn(day(50))
                                        .reconsiderationOutcome(ReconsiderationOutcome.CHANGED)),
                        day(60),
                        MET,
                        "reconsidered-in-time",
                        "k-1",
                        "d-1"),
                of(
                        RSL_66_67_RECONSIDERED,
                        "reconsideration_in_time_with_no_outcome_recorded_and_nothing_sent_on_is_insufficient_data",
                        openedCase()
                                .decision("d-1", day(20), REJECTED)
                                .complaint("k-1", day(30), "d-1", k -> k.reconsideredOn(day(50))),
                        day(60),
                        INSUFFICIENT_DATA,
                        "reconsideration-outcome-not-recorded",
                        "k-1",
                        "d-1"),
                of(
                        RSL_66_67_RECONSIDERED,
                        "reconsideration_in_time_with_no_outcome_recorded_but_sent_on_in_time_is_met",
                        openedCase()
                                .decision("d-1", day(20), REJECTED)
                                .complaint("k-1", day(30), "d-1", k -> k.reconsideredOn(day(50))
                                        .forwardedOn(day(55))),
                        day(60),
                        MET,
                        "reconsidered-in-time",
                        "k-1",
                        "d-1"),
                reconsideredOnDay50Row(
                        "an_upheld_decision_sent_on_within_four_weeks_is_met",
                        ReconsiderationOutcome.UPHELD,
                        55,
                        70,
                        MET,
                        "reconsidered-in-time"),
                reconsideredOnDay50Row(
                        "an_upheld_decision_sent_on_after_four_weeks_is_partly_met",
                        ReconsiderationOutcome.UPHELD,
                        65,
                        70,
                        PARTLY_MET,
                        "forwarded-late"),
                reconsideredOnDay50Row(
                        "an_upheld_decision_not_sent_on_after_four_weeks_is_not_met",
                        ReconsiderationOutcome.UPHELD,
                        -1,
                        70,
                        NOT_MET,
                        "not-forwarded"),
                reconsideredOnDay50Row(
                        "an_upheld_decision_within_its_four_weeks_is_not_applicable_yet",
                        ReconsiderationOutcome.UPHELD,
                        60,
                        55,
                        NOT_APPLICABLE,
                        "forwarding-pending"),
                reconsideredOnDay50Row(
                        "a_decision_changed_in_part_and_sent_on_within_four_weeks_is_met",
                        ReconsiderationOutcome.PARTLY_CHANGED,
                        55,
                        70,
                        MET,
                        "reconsidered-in-time"),
                reconsideredOnDay50Row(
                        "a_decision_changed_in_part_and_sent_on_after_four_weeks_is_partly_met",
                        ReconsiderationOutcome.PARTLY_CHANGED,
                        65,
                        70,
                        PARTLY_MET,
                        "forwarded-late"),
                reconsideredOnDay50Row(
                        "a_decision_changed_in_part_and_not_sent_on_after_four_weeks_is_not_met",
                        ReconsiderationOutcome.PARTLY_CHANGED,
                        -1,
                        70,
                        NOT_MET,
                        "not-forwarded"),
                reconsideredOnDay50Row(
                        "a_decision_changed_in_part_within_its_four_weeks_is_not_applicable_yet",
                        ReconsiderationOutcome.PARTLY_CHANGED,
                        -1,
                        55,
                        NOT_APPLICABLE,
                        "forwarding-pending"),
                reconsideredOnDay50Row(
                        "a_changed_decision_needs_no_sending_on",
                        ReconsiderationOutcome.CHANGED,
                        -1,
                        70,
                        MET,
                        "reconsidered-in-time"),
                of(
                        RSL_66_67_RECONSIDERED,
                        "reconsideration_after_four_weeks_is_partly_met",
                        openedCase()
                                .decision("d-1", day(20), REJECTED)
                                .complaint("k-1", day(30), "d-1", k -> k.reconsideredOn(day(60))),
                        day(70),
                        PARTLY_MET,
                        "reconsidered-late",
                        "k-1",
                        "d-1"),
                of(
                        RSL_66_67_RECONSIDERED,
                        "complaint_not_reconsidered_after_four_weeks_is_not_met",
                        rejectedAfterComplaint(),
                        day(70),
                        NOT_MET,
                        "not-reconsidered",
                        "k-1",
                        "d-1"),
                of(
                        RSL_66_67_RECONSIDERED,
                        "a_complaint_sent_on_without_a_reconsideration_is_not_met_once_the_four_weeks_have_passed",
                        openedCase()
                                .decision("d-1", day(20), REJECTED)
                                .complaint("k-1", day(30), "d-1", k -> k.forwardedOn(day(40))),
                        day(70),
                        NOT_MET,
                        "not-reconsidered",
                        "k-1",
                        "d-1"),
                of(
                        RSL_66_67_RECONSIDERED,
                        "complaint_within_its_four_weeks_is_not_applicable_yet",
                        rejectedAfterComplaint(),
                        day(40),
                        NOT_APPLICABLE,
                        "pending",
                        "k-1",
                        "d-1"),
                of(
                        RSL_66_67_RECONSIDERED,
                        "a_reconsideration_dated_after_the_as_of_date_is_not_known_yet",
                        openedCase()
                                .decision("d-1", day(20), REJECTED)
                                .complaint("k-1", day(30), "d-1", k -> k.reconsideredOn(day(50))),
                        day(45),
                        NOT_APPLICABLE,
                        "pending",
                        "k-1",
                        "d-1"),
                of(
                        RSL_66_67_RECONSIDERED,
                        "case_without_complaints_is_not_applicable",
                        openedCase(),
                        day(70),
                        NOT_APPLICABLE,
                        "no-complaint"),
                // FVL §7
                of(
                        FVL_7_GUIDANCE,
                        "guidance_before_the_decision_is_met",
                        openedCase()
                                .guidance("g-1", day(2), GuidanceTopic.RIGHTS)
                                .decision("d-1", day(20), GRANTED),
                        day(30),
                        MET,
                        "given",
                        "g-1"),
                of(
                        FVL_7_GUIDANCE,
                        "guidance_only_after_the_decision_is_partly_met",
                        openedCase().decision("d-1", day(20), GRANTED).guidance("g-1", day(30), GuidanceTopic.RIGHTS),
                        day(40),
                        PARTLY_MET,
                        "given-late",
                        "g-1",
                        "d-1"),
                of(
                        FVL_7_GUIDANCE,
                        "decision_without_any_guidance_is_not_met",
                        openedCase().decision("d-1", day(20), GRANTED),
                        day(30),
                        NOT_MET,
                        "not-given",
                        "d-1"),
                of(
                        FVL_7_GUIDANCE,
                        "opening_only_gives_insufficient_data",
                        openedCase(),
                        day(5),
                        INSUFFICIENT_DATA,
                        "not-yet"),
                // FVL §8
                of(
                        FVL_8_COMPANION,
                        "companion_guidance_before_the_first_meeting_is_met",
                        openedCase()
                                .guidance("g-1", day(2), GuidanceTopic.COMPANION)
                                .meeting("m-1", day(5)),
                        day(10),
                        MET,
                        "given",
                        "g-1"),
                of(
                        FVL_8_COMPANION,
                        "a_companion_at_a_meeting_is_met",
                        openedCase()
                                .participant("comp-1", Role.COMPANION)
                                .meeting("m-1", day(5), m -> m.addParticipantIds("comp-1")),
                        day(10),
                        MET,
                        "companion-present",
                        "m-1"),
                of(
                        FVL_8_COMPANION,
                        "companion_guidance_after_the_first_meeting_is_partly_met",
                        openedCase().meeting("m-1", day(5)).guidance("g-1", day(10), GuidanceTopic.COMPANION),
                        day(20),
                        PARTLY_MET,
                        "given-late",
                        "g-1",
                        "m-1"),
                of(
                        FVL_8_COMPANION,
                        "meeting_without_companion_guidance_is_not_met",
                        openedCase().meeting("m-1", day(5)),
                        day(10),
                        NOT_MET,
                        "not-given",
                        "m-1"),
                of(
                        FVL_8_COMPANION,
                        "no_meeting_with_the_citizen_is_not_applicable",
                        openedCase(),
                        day(10),
                        NOT_APPLICABLE,
                        "no-meetings"),
                // FVL §19
                of(
                        FVL_19_HEARING,
                        "rejection_after_an_answered_hearing_is_met",
                        openedCase()
                                .hearing("h-1", day(10), day(24), h -> h.respondedOn(day(20)))
                                .decision("d-1", day(22), REJECTED),
                        day(30),
                        MET,
                        "heard",
                        "d-1",
                        "h-1"),
                of(
                        FVL_19_HEARING,
                        "rejection_after_the_response_deadline_passed_is_met",
                        openedCase().hearing("h-1", day(10), day(24)).decision("d-1", day(25), REJECTED),
                        day(30),
                        MET,
                        "heard",
                        "d-1",
                        "h-1"),
                of(
                        FVL_19_HEARING,
                        "rejection_without_hearing_is_a_critical_finding",
                        openedCase().decision("d-1", day(20), REJECTED),
                        day(30),
                        NOT_MET,
                        "not-heard",
                        "d-1"),
                of(
                        FVL_19_HEARING,
                        "rejection_before_the_response_deadline_is_not_met",
                        openedCase().hearing("h-1", day(10), day(24)).decision("d-1", day(20), REJECTED),
                        day(30),
                        NOT_MET,
                        "decided-before-deadline",
                        "d-1",
                        "h-1"),
                of(
                        FVL_19_HEARING,
                        "lawfully_exempt_rejection_is_not_applicable",
                        openedCase()
                                .decision(
                                        "d-1",
                                        day(20),
                                        REJECTED,
                                        d -> d.hearingExemption(HearingExemption.INFORMATION_FROM_CITIZEN)),
                        day(30),
                        NOT_APPLICABLE,
                        "exempt",
                        "d-1"),
                of(
                        FVL_19_HEARING,
                        "rejection_resting_on_no_unknown_information_against_the_citizen_is_not_applicable",
                        openedCase().decision("d-1", day(20), REJECTED, FVL_19_NOT_TRIGGERED),
                        day(30),
                        NOT_APPLICABLE,
                        "exempt",
                        "d-1"),
                of(
                        FVL_19_HEARING,
                        "a_decision_exempt_under_stk_1_does_not_excuse_a_later_one_made_without_a_hearing",
                        openedCase()
                                .decision("d-1", day(20), REJECTED, FVL_19_NOT_TRIGGERED)
                                .decision("d-2", day(60), STOPPED),
                        day(70),
                        NOT_MET,
                        "not-heard",
                        "d-2"),
                of(
                        FVL_19_HEARING,
                        "granted_decision_is_not_applicable",
                        openedCase().decision("d-1", day(20), GRANTED),
                        day(30),
                        NOT_APPLICABLE,
                        "no-adverse-decision"),
                of(
                        FVL_19_HEARING,
                        "a_hearing_before_the_previous_decision_does_not_cover_the_next",
                        openedCase()
                                .hearing("h-1", day(10), day(24), h -> h.respondedOn(day(20)))
                                .decision("d-1", day(25), REJECTED)
                                .decision("d-2", day(100), STOPPED),
                        day(110),
                        NOT_MET,
                        "not-heard",
                        "d-2"),
                of(
                        FVL_19_HEARING,
                        "a_decision_on_other_help_the_same_day_does_not_use_up_the_hearing",
                        openedCase()
                                .appliedFor(LegalReferences.SEL_97, LegalReferences.SEL_100)
                                .hearing("h-1", day(10), day(24), h -> h.respondedOn(day(20))
                                        .provision(LegalReferences.SEL_100))
                                .decision("d-1", day(30), GRANTED, d -> d.provision(LegalReferences.SEL_97))
                                .decision("d-2", day(30), PARTLY_GRANTED, d -> d.provision(LegalReferences.SEL_100)),
                        day(40),
                        MET,
                        "heard",
                        "d-2",
                        "h-1"),
                of(
                        FVL_19_HEARING,
                        "a_hearing_about_other_help_does_not_cover_the_rejection",
                        openedCase()
                                .appliedFor(LegalReferences.SEL_97, LegalReferences.SEL_100)
                                .hearing("h-1", day(10), day(24), h -> h.respondedOn(day(20))
                                        .provision(LegalReferences.SEL_97))
                                .decision("d-1", day(30), REJECTED, d -> d.provision(LegalReferences.SEL_100)),
                        day(40),
                        NOT_MET,
                        "not-heard",
                        "d-1"),
                afterGrant(
                        FVL_19_HEARING,
                        "a_change_that_fully_grants_the_request_needs_no_hearing",
                        CHANGED,
                        true,
                        NOT_APPLICABLE,
                        "no-adverse-decision"),
                afterGrant(
                        FVL_19_HEARING,
                        "a_change_that_does_not_fully_grant_the_request_still_needs_a_hearing",
                        CHANGED,
                        false,
                        NOT_MET,
                        "not-heard",
                        "d-2"),
                afterGrant(
                        FVL_19_HEARING,
                        "a_stop_at_the_citizens_own_request_needs_no_hearing",
                        STOPPED,
                        true,
                        NOT_APPLICABLE,
                        "no-adverse-decision"),
                // FVL §§22-24
                of(
                        FVL_22_24_REASONS,
                        "reasons_with_rules_considerations_and_facts_are_met",
                        openedCase().decision("d-1", day(20), REJECTED, d -> d.reasonsCiteRules(true)
                                .reasonsStateConsiderations(true)
                                .reasonsStateFacts(true)),
                        day(30),
                        MET,
                        "reasons-complete",
                        "d-1"),
                of(
                        FVL_22_24_REASONS,
                        "reasons_citing_rules_but_not_facts_are_partly_met",
                        openedCase().decision("d-1", day(20), REJECTED, d -> d.reasonsCiteRules(true)),
                        day(30),
                        PARTLY_MET,
                        "reasons-partial",
                        "d-1"),
                of(
                        FVL_22_24_REASONS,
                        "reasons_without_any_element_are_not_met",
                        openedCase().decision("d-1", day(20), REJECTED, d -> d.reasons("Afslag.")),
                        day(30),
                        NOT_MET,
                        "reasons-without-elements",
                        "d-1"),
                of(
                        FVL_22_24_REASONS,
                        "no_record_of_reasons_gives_insufficient_data",
                        openedCase().decision("d-1", day(20), REJECTED),
                        day(30),
                        INSUFFICIENT_DATA,
                        "reasons-not-recorded",
                        "d-1"),
                of(
                        FVL_22_24_REASONS,
                        "granted_decision_needs_no_reasons",
                        openedCase().decision("d-1", day(20), GRANTED),
                        day(30),
                        NOT_APPLICABLE,
                        "no-adverse-decision"),
                afterGrant(
                        FVL_22_24_REASONS,
                        "a_stop_at_the_citizens_own_request_needs_no_reasons",
                        STOPPED,
                        true,
                        NOT_APPLICABLE,
                        "no-adverse-decision"),
                rejectionReasons(
                        "reasons_of_a_decision_bound_by_the_rules_need_no_main_considerations",
                        d -> d.discretionary(false).reasonsCiteRules(true).reasonsStateFacts(true),
                        MET,
                        "reasons-complete"),
                rejectionReasons(
                        "a_discretionary_decision_with_rules_and_facts_but_no_considerations_is_partly_met",
                        d -> d.reasonsCiteRules(true).reasonsStateFacts(true),
                        PARTLY_MET,
                        "reasons-partial"),
                rejectionReasons(
                        "reasons_of_a_decision_bound_by_the_rules_citing_only_the_rules_are_partly_met",
                        d -> d.discretionary(false).reasonsCiteRules(true),
                        PARTLY_MET,
                        "reasons-partial-without-discretion"),
                rejectionReasons(
                        "considerations_alone_do_not_reason_a_decision_bound_by_the_rules",
                        d -> d.discretionary(false).reasonsStateConsiderations(true),
                        NOT_MET,
                        "reasons-without-rules-or-facts"),
                rejectionReasons(
                        "no_record_of_the_reasons_of_a_decision_bound_by_the_rules_gives_insufficient_data",
                        d -> d.discretionary(false),
                        INSUFFICIENT_DATA,
                        "reasons-not-recorded"),
                // FVL §25
                of(
                        FVL_25_COMPLAINT_GUIDANCE,
                        "rejection_with_complaint_guidance_is_met",
                        openedCase().decision("d-1", day(20), REJECTED, d -> d.complaintGuidance(true)),
                        day(30),
                        MET,
                        "complaint-guidance-given",
                        "d-1"),
                of(
                        FVL_25_COMPLAINT_GUIDANCE,
                        "rejection_without_complaint_guidance_is_not_met",
                        openedCase().decision("d-1", day(20), REJECTED),
                        day(30),
                        NOT_MET,
                        "no-complaint-guidance",
                        "d-1"),
                of(
                        FVL_25_COMPLAINT_GUIDANCE,
                        "one_rejection_without_guidance_among_two_is_not_met",
                        openedCase()
                                .decision("d-1", day(20), REJECTED, d -> d.complaintGuidance(true))
                                .decision("d-2", day(40), REJECTED),
                        day(50),
                        NOT_MET,
                        "no-complaint-guidance",
                        "d-2"),
                of(
                        FVL_25_COMPLAINT_GUIDANCE,
                        "granted_decision_needs_no_complaint_guidance",
                        openedCase().decision("d-1", day(20), GRANTED),
                        day(30),
                        NOT_APPLICABLE,
                        "no-adverse-decision"),
                afterGrant(
                        FVL_25_COMPLAINT_GUIDANCE,
                        "a_change_that_fully_grants_the_request_needs_no_complaint_guidance",
                        CHANGED,
                        true,
                        NOT_APPLICABLE,
                        "no-adverse-decision"),
                afterGrant(
                        FVL_25_COMPLAINT_GUIDANCE,
                        "a_stop_not_stated_to_fully_grant_the_request_needs_complaint_guidance",
                        STOPPED,
                        false,
                        NOT_MET,
                        "no-complaint-guidance",
                        "d-2"),
                // SEL §83a
                reablement(
                        "develop_goal_before_the_decision_is_met",
                        reablementCase().goal("gl-1", day(10), g -> {}).decision("d-1", day(20), GRANTED),
                        MET,
                        "develop-goal",
                        "gl-1"),
                reablement(
                        "only_a_maintain_goal_before_the_decision_is_not_met",
                        reablementCase()
                                .goal("gl-1", day(10), g -> g.goalType(GoalType.MAINTAIN))
                                .decision("d-1", day(20), GRANTED),
                        NOT_MET,
                        "no-develop-goal",
                        "d-1"),
                reablement(
                        "no_goal_and_no_decision_gives_insufficient_data",
                        reablementCase(),
                        INSUFFICIENT_DATA,
                        "not-yet"),
                reablement(
                        "an_investigation_without_a_reablement_assessment_and_no_develop_goal_is_not_met_as_before",
                        reablementCase().investigation("inv-1", day(10)).decision("d-1", day(20), GRANTED),
                        NOT_MET,
                        "no-develop-goal",
                        "d-1"),
                reablement(
                        "a_course_assessed_not_suitable_before_the_decision_is_met",
                        decidedWithAMaintainGoal(NOT_SUITABLE),
                        MET,
                        "assessed-not-suitable",
                        "inv-1"),
                reablement(
                        "a_course_assessed_not_suitable_on_the_day_of_the_decision_is_met",
                        reablementCase()
                                .investigation("inv-1", day(20), i -> i.reablementAssessment(NOT_SUITABLE))
                                .decision("d-1", day(20), GRANTED),
                        MET,
                        "assessed-not-suitable",
                        "inv-1"),
                reablement(
                        "a_course_assessed_not_suitable_with_no_decision_yet_is_met",
                        assessedOnDay10(NOT_SUITABLE),
                        MET,
                        "assessed-not-suitable",
                        "inv-1"),
                reablement(
                        "a_course_assessed_not_suitable_only_after_the_decision_is_ignored",
                        reablementCase()
                                .decision("d-1", day(20), GRANTED)
                                .investigation("inv-1", day(25), i -> i.reablementAssessment(NOT_SUITABLE)),
                        NOT_MET,
                        "no-develop-goal",
                        "d-1"),
                reablement(
                        "a_course_assessed_suitable_but_decided_without_a_develop_goal_is_partly_met",
                        decidedWithAMaintainGoal(SUITABLE),
                        PARTLY_MET,
                        "suitable-not-set-up",
                        "inv-1",
                        "d-1"),
                reablement(
                        "a_course_assessed_suitable_with_a_develop_goal_is_met_by_the_goal",
                        assessedOnDay10(SUITABLE).goal("gl-1", day(12), g -> {}).decision("d-1", day(20), GRANTED),
                        MET,
                        "develop-goal",
                        "gl-1"),
                reablement(
                        "a_course_assessed_suitable_with_no_decision_yet_gives_insufficient_data",
                        assessedOnDay10(SUITABLE),
                        INSUFFICIENT_DATA,
                        "not-yet"),
                reablement(
                        "a_later_assessment_that_the_course_is_suitable_replaces_an_earlier_not_suitable_one",
                        reablementCase()
                                .investigation("inv-1", day(5), i -> i.reablementAssessment(NOT_SUITABLE))
                                .investigation("inv-2", day(10), i -> i.reablementAssessment(SUITABLE))
                                .decision("d-1", day(20), GRANTED),
                        PARTLY_MET,
                        "suitable-not-set-up",
                        "inv-2",
                        "d-1"),
                reablement(
                        "a_later_investigation_that_records_no_reablement_assessment_keeps_the_earlier_one",
                        reablementCase()
                                .investigation("inv-1", day(5), i -> i.reablementAssessment(NOT_SUITABLE))
                                .investigation("inv-2", day(10))
                                .decision("d-1", day(20), GRANTED),
                        MET,
                        "assessed-not-suitable",
                        "inv-1"),
                reablement(
                        "other_help_applied_for_is_not_applicable",
                        openedCase().appliedFor(LegalReferences.SEL_85),
                        NOT_APPLICABLE,
                        "not-applied-for"),
                // SEL §141 offered
                of(
                        SEL_141_PLAN_OFFERED,
                        "accepted_plan_is_met",
                        planOffered(PlanResponse.ACCEPTED),
                        day(30),
                        MET,
                        "accepted",
                        "p-1"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "declined_plan_is_met_because_declining_is_the_citizens_right",
                        planOffered(PlanResponse.DECLINED),
                        day(30),
                        MET,
                        "declined",
                        "p-1"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "offered_plan_awaiting_an_answer_is_met",
                        planOffered(PlanResponse.PENDING),
                        day(30),
                        MET,
                        "offered",
                        "p-1"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "help_granted_without_a_plan_offer_is_not_met",
                        significantlyReduced().decision("d-1", day(20), GRANTED),
                        day(30),
                        NOT_MET,
                        "not-offered",
                        "d-1",
                        "inv-1"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "no_investigation_yet_gives_insufficient_data_as_for_every_rule_that_needs_one",
                        openedCase(),
                        day(30),
                        INSUFFICIENT_DATA,
                        Facts.NO_INVESTIGATION),
                of(
                        SEL_141_PLAN_OFFERED,
                        "an_investigation_after_the_as_of_date_is_not_known_yet",
                        openedCase().investigation("inv-1", day(40)),
                        day(30),
                        INSUFFICIENT_DATA,
                        Facts.NO_INVESTIGATION),
                of(
                        SEL_141_PLAN_OFFERED,
                        "an_investigation_that_records_no_function_level_gives_insufficient_data",
                        openedCase().investigation("inv-1", day(10), i -> {}),
                        day(30),
                        INSUFFICIENT_DATA,
                        "function-unknown"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "an_investigation_whose_life_areas_are_not_assessed_gives_insufficient_data",
                        openedCase()
                                .investigation(
                                        "inv-1",
                                        day(10),
                                        i -> i.addLifeAreas(area(LifeArea.MOBILITY, FunctionLevel.NOT_ASSESSED))),
                        day(30),
                        INSUFFICIENT_DATA,
                        "function-unknown"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "moderate_function_is_not_applicable",
                        openedCase().investigation("inv-1", day(10)).decision("d-1", day(20), GRANTED),
                        day(30),
                        NOT_APPLICABLE,
                        "not-required"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "marginalised_citizen_with_moderate_function_gives_insufficient_data",
                        openedCase()
                                .targetGroups(TargetGroup.SOCIALLY_MARGINALISED)
                                .investigation("inv-1", day(10)),
                        day(30),
                        INSUFFICIENT_DATA,
                        "social-problems-unknown"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "significant_function_before_help_is_granted_is_not_applicable",
                        significantlyReduced(),
                        day(30),
                        NOT_APPLICABLE,
                        "no-help-yet"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "help_for_a_citizen_who_has_reached_the_pension_age_needs_no_plan_offer",
                        significantlyReduced().pensionAgeReached().decision("d-1", day(20), GRANTED),
                        day(30),
                        NOT_APPLICABLE,
                        "pension-age-reached"),
                of(
                        SEL_141_PLAN_OFFERED,
                        "a_plan_offered_to_a_citizen_who_has_reached_the_pension_age_is_not_judged",
                        planOffered(PlanResponse.ACCEPTED).pensionAgeReached(),
                        day(30),
                        NOT_APPLICABLE,
                        "pension-age-reached"),
                // SEL §148 held
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_held_when_due_is_met",
                        openedCase().heldFollowUp("f-1", day(20), day(60), f -> {}),
                        day(100),
                        MET,
                        "all-held",
                        "f-1"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "overdue_follow_up_is_not_met",
                        openedCase().followUp("f-1", day(20), day(60), f -> {}),
                        day(100),
                        NOT_MET,
                        "none-held",
                        "f-1"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "one_overdue_follow_up_among_two_is_partly_met",
                        openedCase()
                                .heldFollowUp("f-1", day(20), day(60), f -> {})
                                .followUp("f-2", day(60), day(80), f -> {}),
                        day(100),
                        PARTLY_MET,
                        "some-held",
                        "f-2"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_due_after_the_as_of_date_is_not_overdue",
                        openedCase().followUp("f-1", day(20), day(120), f -> {}),
                        day(100),
                        NOT_APPLICABLE,
                        "none-due"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_due_on_the_as_of_date_is_not_overdue",
                        openedCase().followUp("f-1", day(20), day(100), f -> {}),
                        day(100),
                        NOT_APPLICABLE,
                        "none-due"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_recorded_as_held_after_the_as_of_date_is_not_held_yet",
                        openedCase().followUp("f-1", day(20), day(60), f -> f.heldOn(day(110))),
                        day(100),
                        NOT_MET,
                        "none-held",
                        "f-1"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_date_a_decision_set_that_passed_with_no_follow_up_is_not_met",
                        openedCase().decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(60))),
                        day(100),
                        NOT_MET,
                        "decision-date-passed",
                        "d-1"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_date_a_decision_set_for_the_as_of_date_is_not_due",
                        openedCase().decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(100))),
                        day(100),
                        NOT_APPLICABLE,
                        "none-due"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_date_passed_after_the_follow_up_was_moved_past_the_as_of_date_is_not_met",
                        openedCase()
                                .decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(60)))
                                .followUp("f-1", day(30), day(120), f -> {}),
                        day(100),
                        NOT_MET,
                        "decision-date-passed",
                        "d-1"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_date_passed_is_met_by_a_follow_up_held_since_the_decision_before_its_own_date",
                        openedCase()
                                .decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(60)))
                                .followUp("f-1", day(30), day(120), f -> f.heldOn(day(70))),
                        day(100),
                        MET,
                        "decision-date-followed-up",
                        "d-1"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_date_passed_is_judged_by_the_follow_up_planned_at_the_decision_alone",
                        openedCase()
                                .decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(60)))
                                .followUp("f-1", day(20), day(60), f -> {}),
                        day(100),
                        NOT_MET,
                        "none-held",
                        "f-1"),
                of(
                        SEL_148_FOLLOW_UP_HELD,
                        "follow_up_planned_before_the_decision_and_held_after_it_counts_once",
                        openedCase()
                                .heldFollowUp("f-1", day(10), day(30), f -> {})
                                .decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(60))),
                        day(100),
                        MET,
                        "all-held",
                        "f-1"),
                // SEL §148 change needs decision
                of(
                        SEL_148_CHANGE_NEEDS_DECISION,
                        "ending_help_with_a_new_decision_is_met",
                        endedAtFollowUp().decision("d-2", day(70), STOPPED),
                        day(100),
                        MET,
                        "decided",
                        "f-1",
                        "d-2"),
                of(
                        SEL_148_CHANGE_NEEDS_DECISION,
                        "ending_help_without_a_decision_after_four_weeks_is_not_met",
                        endedAtFollowUp(),
                        day(100),
                        NOT_MET,
                        "no-new-decision",
                        "f-1"),
                of(
                        SEL_148_CHANGE_NEEDS_DECISION,
                        "ending_help_within_four_weeks_is_not_applicable_yet",
                        endedAtFollowUp(),
                        day(70),
                        NOT_APPLICABLE,
                        "decision-pending",
                        "f-1"),
                of(
                        SEL_148_CHANGE_NEEDS_DECISION,
                        "follow_up_continuing_the_help_is_not_applicable",
                        openedCase().heldFollowUp("f-1", day(10), day(60), f -> f.outcome(FollowUpOutcome.CONTINUE)),
                        day(100),
                        NOT_APPLICABLE,
                        "no-change-concluded"));
    }
}
