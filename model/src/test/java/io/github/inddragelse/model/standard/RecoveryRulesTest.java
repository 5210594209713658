package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.caseprocess.DecisionOutcome.GRANTED;
import static io.github.inddragelse.model.caseprocess.DecisionOutcome.REJECTED;
import static io.github.inddragelse.model.rule.Outcome.INSUFFICIENT_DATA;
import static io.github.inddragelse.model.rule.Outcome.MET;
import static io.github.inddragelse.model.rule.Outcome.NOT_APPLICABLE;
import static io.github.inddragelse.model.rule.Outcome.NOT_MET;
import static io.github.inddragelse.model.rule.Outcome.PARTLY_MET;
import static io.github.inddragelse.model.standard.RecoveryRules.DECIDED_WITHIN_DEADLINE;
import static io.github.inddragelse.model.standard.RecoveryRules.EARLY_OFFERS_CONSIDERED;
import static io.github.inddragelse.model.standard.RecoveryRules.FOLLOW_UP_DATE_SET;
import static io.github.inddragelse.model.standard.RecoveryRules.GOALS_ACCEPTED;
import static io.github.inddragelse.model.standard.RecoveryRules.GOALS_FROM_WISHES;
import static io.github.inddragelse.model.standard.RecoveryRules.GOALS_LINKED_TO_LIFE_AREAS;
import static io.github.inddragelse.model.standard.RecoveryRules.GOALS_MEASURABLE;
import static io.github.inddragelse.model.standard.RecoveryRules.GOALS_REVIEWED;
import static io.github.inddragelse.model.standard.RecoveryRules.LINKS_TO_COMMUNITIES;
import static io.github.inddragelse.model.standard.RecoveryRules.METHOD_WITH_EVIDENCE;
import static io.github.inddragelse.model.standard.RecoveryRules.NETWORK_MAPPED;
import static io.github.inddragelse.model.standard.RecoveryRules.PROGRESS_MEASURED;
import static io.github.inddragelse.model.standard.RecoveryRules.RESOURCES_RECORDED;
import static io.github.inddragelse.model.standard.RecoveryRules.WISHES_IN_OWN_WORDS;
import static io.github.inddragelse.model.standard.RuleCase.of;
import static io.github.inddragelse.model.testing.CaseFixtures.DECLINED;
import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;

import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.EvidenceBase;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.time.Period;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecoveryRulesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recovery_rule_gives_the_expected_finding(RuleCase c) {
        c.verify();
    }

    private static LifeAreaAssessment area(LifeArea area, String resources, String challenges) {
        LifeAreaAssessment.Builder b = LifeAreaAssessment.builder().area(area).functionLevel(FunctionLevel.MODERATE);
        if (resources != null) {
            b.resources(resources);
        }
        if (challenges != null) {
            b.challenges(challenges);
        }
        return b.build();
    }

    /**
     * The five rows every goal rule has: all goals pass, one of two passes, none passes, no goals and
     * no help yet, and help granted without goals.
     */
    private static Stream<RuleCase> goalRows(
            Rule rule, String what, Consumer<Goal.Builder> passing, String all, String some, String none) {
        return Stream.of(
                of(
                        rule,
                        "every_goal_" + what + "_is_met",
                        openedCase().goal("gl-1", day(10), passing),
                        day(20),
                        MET,
                        all,
                        "gl-1"),
                of(
                        rule,
                        "one_of_two_goals_" + what + "_is_partly_met",
                        openedCase().goal("gl-1", day(10), passing).goal("gl-2", day(11), g -> {}),
                        day(20),
                        PARTLY_MET,
                        some,
                        "gl-2"),
                of(
                        rule,
                        "no_goal_" + what + "_is_not_met",
                        openedCase().goal("gl-1", day(10), g -> {}),
                        day(20),
                        NOT_MET,
                        none,
                        "gl-1"),
                of(
                        rule,
                        "no_goals_before_help_is_granted_is_not_applicable",
                        openedCase(),
                        day(20),
                        NOT_APPLICABLE,
                        "no-goals-yet"),
                of(
                        rule,
                        "help_granted_without_recorded_goals_gives_insufficient_data",
                        openedCase().decision("d-1", day(15), GRANTED),
                        day(20),
                        INSUFFICIENT_DATA,
                        "no-goals-recorded"));
    }

    private static CaseFixtures withDeadline() {
        return openedCase().deadline(Period.ofWeeks(8));
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                        Stream.of(
                                // wishes in own words
                                of(
                                        WISHES_IN_OWN_WORDS,
                                        "wishes_in_the_citizens_own_words_are_met",
                                        openedCase().investigation("inv-1", day(10), i -> i.citizensWishes("Ønsker.")
                                                .wishesInOwnWords(true)),
                                        day(20),
                                        MET,
                                        "own-words",
                                        "inv-1"),
                                of(
                                        WISHES_IN_OWN_WORDS,
                                        "wishes_retold_by_the_professional_are_partly_met",
                                        openedCase().investigation("inv-1", day(10), i -> i.citizensWishes("Ønsker.")),
                                        day(20),
                                        PARTLY_MET,
                                        "not-own-words",
                                        "inv-1"),
                                of(
                                        WISHES_IN_OWN_WORDS,
                                        "investigation_without_wishes_is_not_met",
                                        openedCase().investigation("inv-1", day(10)),
                                        day(20),
                                        NOT_MET,
                                        "no-wishes",
                                        "inv-1"),
                                of(
                                        WISHES_IN_OWN_WORDS,
                                        "opening_only_gives_insufficient_data",
                                        openedCase(),
                                        day(20),
                                        INSUFFICIENT_DATA,
                                        "no-investigation"),
                                // resources
                                of(
                                        RESOURCES_RECORDED,
                                        "resources_recorded_overall_are_met",
                                        openedCase().investigation("inv-1", day(10), i -> i.resources("Ressourcer.")),
                                        day(20),
                                        MET,
                                        "recorded",
                                        "inv-1"),
                                of(
                                        RESOURCES_RECORDED,
                                        "resources_in_every_area_with_challenges_are_met",
                                        openedCase()
                                                .investigation(
                                                        "inv-1",
                                                        day(10),
                                                        i -> i.addLifeAreas(
                                                                area(LifeArea.MOBILITY, "Ressourcer.", "Udfordringer."),
                                                                area(LifeArea.SELF_CARE, "Ressourcer.", null))),
                                        day(20),
                                        MET,
                                        "recorded-per-area",
                                        "inv-1"),
                                of(
                                        RESOURCES_RECORDED,
                                        "an_area_with_only_challenges_is_partly_met",
                                        openedCase()
                                                .investigation(
                                                        "inv-1",
                                                        day(10),
                                                        i -> i.addLifeAreas(
                                                                area(LifeArea.MOBILITY, "Ressourcer.", null),
                                                                area(LifeArea.SELF_CARE, null, "Udfordringer."))),
                                        day(20),
                                        PARTLY_MET,
                                        "some-areas",
                                        "inv-1"),
                                of(
                                        RESOURCES_RECORDED,
                                        "only_limitations_recorded_is_not_met",
                                        openedCase()
                                                .investigation(
                                                        "inv-1",
                                                        day(10),
                                                        i -> i.addLifeAreas(
                                                                area(LifeArea.MOBILITY, null, "Udfordringer."))),
                                        day(20),
                                        NOT_MET,
                                        "not-recorded",
                                        "inv-1"),
                                of(
                                        RESOURCES_RECORDED,
                                        "opening_only_gives_insufficient_data",
                                        openedCase(),
                                        day(20),
                                        INSUFFICIENT_DATA,
                                        "no-investigation"),
                                // network mapped
                                of(
                                        NETWORK_MAPPED,
                                        "mapped_network_is_met",
                                        openedCase().investigation("inv-1", day(10), i -> i.networkMapped(true)),
                                        day(20),
                                        MET,
                                        "recorded",
                                        "inv-1"),
                                of(
                                        NETWORK_MAPPED,
                                        "unmapped_network_is_not_met",
                                        openedCase().investigation("inv-1", day(10)),
                                        day(20),
                                        NOT_MET,
                                        "not-recorded",
                                        "inv-1"),
                                of(
                                        NETWORK_MAPPED,
                                        "opening_only_gives_insufficient_data",
                                        openedCase(),
                                        day(20),
                                        INSUFFICIENT_DATA,
                                        "no-investigation"),
                                // links to communities
                                of(
                                        LINKS_TO_COMMUNITIES,
                                        "coordination_with_civil_society_is_met",
                                        openedCase()
                                                .decision("d-1", day(20), GRANTED)
                                                .coordination("c-1", day(30), Actor.CIVIL_SOCIETY),
                                        day(40),
                                        MET,
                                        "civil-society",
                                        "c-1"),
                                of(
                                        LINKS_TO_COMMUNITIES,
                                        "a_peer_worker_in_the_process_is_met",
                                        openedCase()
                                                .participant("peer-1", Role.PEER_WORKER)
                                                .decision("d-1", day(20), GRANTED)
                                                .meeting("m-1", day(30), m -> m.addParticipantIds("peer-1")),
                                        day(40),
                                        MET,
                                        "peer-support",
                                        "m-1"),
                                of(
                                        LINKS_TO_COMMUNITIES,
                                        "a_peer_worker_only_at_a_meeting_the_citizen_declined_is_no_link",
                                        openedCase()
                                                .participant("peer-1", Role.PEER_WORKER)
                                                .decision("d-1", day(20), GRANTED)
                                                .meeting(
                                                        "m-1",
                                                        day(30),
                                                        DECLINED.andThen(m -> m.addParticipantIds("peer-1"))),
                                        day(40),
                                        NOT_MET,
                                        "no-links",
                                        "d-1"),
                                of(
                                        LINKS_TO_COMMUNITIES,
                                        "a_peer_worker_at_a_later_event_counts_beside_a_declined_meeting",
                                        openedCase()
                                                .participant("peer-1", Role.PEER_WORKER)
                                                .decision("d-1", day(20), GRANTED)
                                                .meeting(
                                                        "m-1",
                                                        day(30),
                                                        DECLINED.andThen(m -> m.addParticipantIds("peer-1")))
                                                .meeting("m-2", day(35), m -> m.addParticipantIds("peer-1")),
                                        day(40),
                                        MET,
                                        "peer-support",
                                        "m-2"),
                                of(
                                        LINKS_TO_COMMUNITIES,
                                        "granted_help_without_community_links_is_not_met",
                                        openedCase().decision("d-1", day(20), GRANTED),
                                        day(40),
                                        NOT_MET,
                                        "no-links",
                                        "d-1"),
                                of(
                                        LINKS_TO_COMMUNITIES,
                                        "before_help_is_granted_is_not_applicable",
                                        openedCase(),
                                        day(40),
                                        NOT_APPLICABLE,
                                        "no-help-yet"),
                                // early offers
                                of(
                                        EARLY_OFFERS_CONSIDERED,
                                        "early_offers_considered_are_met",
                                        openedCase()
                                                .investigation("inv-1", day(10), i -> i.earlyOffersConsidered(true)),
                                        day(20),
                                        MET,
                                        "recorded",
                                        "inv-1"),
                                of(
                                        EARLY_OFFERS_CONSIDERED,
                                        "early_offers_not_considered_are_not_met",
                                        openedCase().investigation("inv-1", day(10)),
                                        day(20),
                                        NOT_MET,
                                        "not-recorded",
                                        "inv-1"),
                                of(
                                        EARLY_OFFERS_CONSIDERED,
                                        "opening_only_gives_insufficient_data",
                                        openedCase(),
                                        day(20),
                                        INSUFFICIENT_DATA,
                                        "no-investigation"),
                                // decided within deadline
                                of(
                                        DECIDED_WITHIN_DEADLINE,
                                        "decision_within_the_deadline_is_met",
                                        withDeadline().decision("d-1", day(40), GRANTED),
                                        day(60),
                                        MET,
                                        "in-time",
                                        "d-1"),
                                of(
                                        DECIDED_WITHIN_DEADLINE,
                                        "decision_after_the_deadline_is_not_met_even_with_notice",
                                        withDeadline()
                                                .deadlineNotice("n-1", day(50), day(80))
                                                .decision("d-1", day(70), GRANTED),
                                        day(80),
                                        NOT_MET,
                                        "late",
                                        "d-1"),
                                of(
                                        DECIDED_WITHIN_DEADLINE,
                                        "undecided_after_the_deadline_is_not_met",
                                        withDeadline(),
                                        day(70),
                                        NOT_MET,
                                        "overdue"),
                                of(
                                        DECIDED_WITHIN_DEADLINE,
                                        "undecided_before_the_deadline_is_not_applicable",
                                        withDeadline(),
                                        day(30),
                                        NOT_APPLICABLE,
                                        "not-yet-due"),
                                of(
                                        DECIDED_WITHIN_DEADLINE,
                                        "no_published_deadline_gives_insufficient_data",
                                        openedCase(),
                                        day(30),
                                        INSUFFICIENT_DATA,
                                        "no-deadline"),
                                // goals reviewed with the citizen
                                of(
                                        GOALS_REVIEWED,
                                        "goals_reviewed_at_the_follow_up_are_met",
                                        openedCase()
                                                .heldFollowUp(
                                                        "f-1", day(10), day(60), f -> f.goalsReviewedWithCitizen(true)),
                                        day(100),
                                        MET,
                                        "reviewed",
                                        "f-1"),
                                of(
                                        GOALS_REVIEWED,
                                        "goals_reviewed_at_one_of_two_follow_ups_are_partly_met",
                                        openedCase()
                                                .heldFollowUp(
                                                        "f-1", day(10), day(60), f -> f.goalsReviewedWithCitizen(true))
                                                .heldFollowUp("f-2", day(60), day(90), f -> {}),
                                        day(100),
                                        PARTLY_MET,
                                        "reviewed-some",
                                        "f-2"),
                                of(
                                        GOALS_REVIEWED,
                                        "follow_up_without_the_citizen_reviewing_goals_is_not_met",
                                        openedCase().heldFollowUp("f-1", day(10), day(60), f -> {}),
                                        day(100),
                                        NOT_MET,
                                        "reviewed-none",
                                        "f-1"),
                                of(
                                        GOALS_REVIEWED,
                                        "no_held_follow_up_is_not_applicable",
                                        openedCase().followUp("f-1", day(10), day(60), f -> {}),
                                        day(100),
                                        NOT_APPLICABLE,
                                        "no-follow-up-held"),
                                // follow-up date set
                                of(
                                        FOLLOW_UP_DATE_SET,
                                        "decision_with_a_follow_up_date_is_met",
                                        openedCase().decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(200))),
                                        day(30),
                                        MET,
                                        "date-set",
                                        "d-1"),
                                of(
                                        FOLLOW_UP_DATE_SET,
                                        "follow_up_scheduled_on_the_decision_day_is_met",
                                        openedCase()
                                                .decision("d-1", day(20), GRANTED)
                                                .followUp("f-1", day(20), day(200), f -> {}),
                                        day(30),
                                        MET,
                                        "date-set",
                                        "d-1"),
                                of(
                                        FOLLOW_UP_DATE_SET,
                                        "one_of_two_decisions_without_a_date_is_partly_met",
                                        openedCase()
                                                .decision("d-1", day(20), GRANTED, d -> d.followUpDate(day(200)))
                                                .decision("d-2", day(40), GRANTED),
                                        day(50),
                                        PARTLY_MET,
                                        "date-set-some",
                                        "d-2"),
                                of(
                                        FOLLOW_UP_DATE_SET,
                                        "decision_without_a_follow_up_date_is_not_met",
                                        openedCase().decision("d-1", day(20), GRANTED),
                                        day(30),
                                        NOT_MET,
                                        "date-set-none",
                                        "d-1"),
                                of(
                                        FOLLOW_UP_DATE_SET,
                                        "rejection_needs_no_follow_up_date",
                                        openedCase().decision("d-1", day(20), REJECTED),
                                        day(30),
                                        NOT_APPLICABLE,
                                        "no-help-granted"),
                                // method
                                of(
                                        METHOD_WITH_EVIDENCE,
                                        "method_with_documented_effect_is_met",
                                        openedCase().method("me-1", day(40), EvidenceBase.DOCUMENTED),
                                        day(50),
                                        MET,
                                        "evidence-based",
                                        "me-1"),
                                of(
                                        METHOD_WITH_EVIDENCE,
                                        "practice_based_method_is_partly_met",
                                        openedCase().method("me-1", day(40), EvidenceBase.PRACTICE_BASED),
                                        day(50),
                                        PARTLY_MET,
                                        "weak-evidence",
                                        "me-1"),
                                of(
                                        METHOD_WITH_EVIDENCE,
                                        "ordered_help_without_a_named_method_is_not_met",
                                        openedCase().providerOrder("o-1", day(30), o -> {}),
                                        day(50),
                                        NOT_MET,
                                        "no-method",
                                        "o-1"),
                                of(
                                        METHOD_WITH_EVIDENCE,
                                        "help_not_yet_ordered_is_not_applicable",
                                        openedCase(),
                                        day(50),
                                        NOT_APPLICABLE,
                                        "no-delivery"),
                                // progress measured
                                of(
                                        PROGRESS_MEASURED,
                                        "function_measured_before_and_after_is_met",
                                        openedCase()
                                                .progress(
                                                        "pm-1", day(90), FunctionLevel.SEVERE, FunctionLevel.MODERATE),
                                        day(100),
                                        MET,
                                        "measured",
                                        "pm-1"),
                                of(
                                        PROGRESS_MEASURED,
                                        "measurement_without_a_before_level_is_partly_met",
                                        openedCase()
                                                .progress(
                                                        "pm-1",
                                                        day(90),
                                                        FunctionLevel.NOT_ASSESSED,
                                                        FunctionLevel.MODERATE),
                                        day(100),
                                        PARTLY_MET,
                                        "not-comparable",
                                        "pm-1"),
                                of(
                                        PROGRESS_MEASURED,
                                        "follow_up_without_measurement_is_not_met",
                                        openedCase().heldFollowUp("f-1", day(10), day(60), f -> {}),
                                        day(100),
                                        NOT_MET,
                                        "not-measured",
                                        "f-1"),
                                of(
                                        PROGRESS_MEASURED,
                                        "no_follow_up_yet_is_not_applicable",
                                        openedCase(),
                                        day(100),
                                        NOT_APPLICABLE,
                                        "not-yet")),
                        goalRows(
                                GOALS_FROM_WISHES,
                                "derived_from_wishes",
                                g -> g.derivedFromWishes(true),
                                "derived",
                                "derived-some",
                                "derived-none"),
                        goalRows(
                                GOALS_ACCEPTED,
                                "accepted_by_the_citizen",
                                g -> g.acceptedByCitizen(true),
                                "accepted",
                                "accepted-some",
                                "accepted-none"),
                        goalRows(
                                GOALS_LINKED_TO_LIFE_AREAS,
                                "linked_to_a_life_area",
                                g -> g.lifeArea(LifeArea.MOBILITY),
                                "linked",
                                "linked-some",
                                "linked-none"),
                        goalRows(
                                GOALS_MEASURABLE,
                                "measurable",
                                g -> g.measurable(true),
                                "measurable",
                                "measurable-some",
                                "measurable-none"))
                .flatMap(s -> s);
    }
}
