package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.rule.Outcome.INSUFFICIENT_DATA;
import static io.github.inddragelse.model.rule.Outcome.MET;
import static io.github.inddragelse.model.rule.Outcome.NOT_APPLICABLE;
import static io.github.inddragelse.model.rule.Outcome.NOT_MET;
import static io.github.inddragelse.model.rule.Outcome.PARTLY_MET;
import static io.github.inddragelse.model.standard.CollaborationRules.CHOSEN_NETWORK_TAKES_PART;
import static io.github.inddragelse.model.standard.CollaborationRules.HOLISTIC_PLAN;
import static io.github.inddragelse.model.standard.CollaborationRules.ORDER_CARRIES_GOALS;
import static io.github.inddragelse.model.standard.CollaborationRules.PLAN_MADE_WITH_CITIZEN;
import static io.github.inddragelse.model.standard.CollaborationRules.PROVIDER_STATUS;
import static io.github.inddragelse.model.standard.CollaborationRules.SHARED_GOALS;
import static io.github.inddragelse.model.standard.RuleCase.of;
import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;

import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CollaborationRulesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void collaboration_rule_gives_the_expected_finding(RuleCase c) {
        c.verify();
    }

    /** An accepted plan "p-1" made with the citizen, plus a coordination with the jobcentre. */
    private static CaseFixtures coordinatedPlan(boolean holistic) {
        return openedCase()
                .coordination("c-1", day(10), Actor.JOBCENTRE)
                .actionPlan("p-1", day(20), PlanResponse.ACCEPTED, p -> p.madeWithCitizen(true)
                        .holistic(holistic));
    }

    /** A goal "gl-1" and an order to the provider on day 30. */
    private static CaseFixtures ordered() {
        return openedCase().goal("gl-1", day(10), g -> {}).providerOrder("o-1", day(30), o -> o.addGoalIds("gl-1"));
    }

    /** A relative "rel-1" the citizen chose to involve. */
    private static CaseFixtures chosenRelative() {
        return openedCase().participant("rel-1", Role.RELATIVE, p -> p.chosenByCitizen(true));
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                // plan made with the citizen
                of(
                        PLAN_MADE_WITH_CITIZEN,
                        "complete_plan_made_with_the_citizen_is_met",
                        openedCase().actionPlan("p-1", day(20), PlanResponse.ACCEPTED, p -> p.madeWithCitizen(true)
                                .statesPurpose(true)
                                .statesIntervention(true)
                                .statesDuration(true)),
                        day(30),
                        MET,
                        "complete",
                        "p-1"),
                of(
                        PLAN_MADE_WITH_CITIZEN,
                        "plan_without_a_duration_is_partly_met",
                        openedCase().actionPlan("p-1", day(20), PlanResponse.ACCEPTED, p -> p.madeWithCitizen(true)
                                .statesPurpose(true)
                                .statesIntervention(true)),
                        day(30),
                        PARTLY_MET,
                        "contents-missing",
                        "p-1"),
                of(
                        PLAN_MADE_WITH_CITIZEN,
                        "plan_made_without_the_citizen_is_not_met",
                        openedCase().actionPlan("p-1", day(20), PlanResponse.ACCEPTED, p -> p.statesPurpose(true)
                                .statesIntervention(true)
                                .statesDuration(true)),
                        day(30),
                        NOT_MET,
                        "not-with-citizen",
                        "p-1"),
                of(
                        PLAN_MADE_WITH_CITIZEN,
                        "declined_plan_is_not_applicable",
                        openedCase().actionPlan("p-1", day(20), PlanResponse.DECLINED, p -> {}),
                        day(30),
                        NOT_APPLICABLE,
                        "declined"),
                of(
                        PLAN_MADE_WITH_CITIZEN,
                        "plan_awaiting_an_answer_is_not_applicable",
                        openedCase().actionPlan("p-1", day(20), PlanResponse.PENDING, p -> {}),
                        day(30),
                        NOT_APPLICABLE,
                        "pending"),
                of(
                        PLAN_MADE_WITH_CITIZEN,
                        "no_plan_is_not_applicable",
                        openedCase(),
                        day(30),
                        NOT_APPLICABLE,
                        "no-plan"),
                // holistic plan
                of(
                        HOLISTIC_PLAN,
                        "holistic_plan_across_authorities_is_met",
                        coordinatedPlan(true),
                        day(30),
                        MET,
                        "holistic",
                        "p-1",
                        "c-1"),
                of(
                        HOLISTIC_PLAN,
                        "separate_plan_despite_other_authorities_is_not_met",
                        coordinatedPlan(false),
                        day(30),
                        NOT_MET,
                        "not-holistic",
                        "p-1",
                        "c-1"),
                of(
                        HOLISTIC_PLAN,
                        "plan_without_other_authorities_is_not_applicable",
                        openedCase().actionPlan("p-1", day(20), PlanResponse.ACCEPTED, p -> {}),
                        day(30),
                        NOT_APPLICABLE,
                        "single-authority"),
                of(
                        HOLISTIC_PLAN,
                        "no_accepted_plan_is_not_applicable",
                        openedCase().coordination("c-1", day(10), Actor.JOBCENTRE),
                        day(30),
                        NOT_APPLICABLE,
                        "no-plan"),
                // shared goals
                of(
                        SHARED_GOALS,
                        "coordination_with_shared_goals_is_met",
                        openedCase().coordination("c-1", day(10), Actor.REGIONAL_PSYCHIATRY, c -> c.sharedGoals(true)),
                        day(20),
                        MET,
                        "shared-goals",
                        "c-1"),
                of(
                        SHARED_GOALS,
                        "one_coordination_without_shared_goals_is_partly_met",
                        openedCase()
                                .coordination("c-1", day(10), Actor.REGIONAL_PSYCHIATRY, c -> c.sharedGoals(true))
                                .coordination("c-2", day(12), Actor.JOBCENTRE),
                        day(20),
                        PARTLY_MET,
                        "shared-goals-some",
                        "c-2"),
                of(
                        SHARED_GOALS,
                        "coordination_without_shared_goals_is_not_met",
                        openedCase().coordination("c-1", day(10), Actor.HOSPITAL),
                        day(20),
                        NOT_MET,
                        "shared-goals-none",
                        "c-1"),
                of(
                        SHARED_GOALS,
                        "coordination_with_civil_society_only_is_not_applicable",
                        openedCase().coordination("c-1", day(10), Actor.CIVIL_SOCIETY),
                        day(20),
                        NOT_APPLICABLE,
                        "no-other-authority"),
                // order carries purpose and goals
                of(
                        ORDER_CARRIES_GOALS,
                        "order_with_purpose_and_goals_is_met",
                        openedCase().goal("gl-1", day(10), g -> {}).providerOrder("o-1", day(30), o -> o.addGoalIds(
                                        "gl-1")
                                .purposeStated(true)),
                        day(40),
                        MET,
                        "complete",
                        "o-1"),
                of(
                        ORDER_CARRIES_GOALS,
                        "order_with_goals_but_no_purpose_is_partly_met",
                        ordered(),
                        day(40),
                        PARTLY_MET,
                        "purpose-missing",
                        "o-1"),
                of(
                        ORDER_CARRIES_GOALS,
                        "order_with_purpose_but_no_goals_is_partly_met",
                        openedCase().providerOrder("o-1", day(30), o -> o.purposeStated(true)),
                        day(40),
                        PARTLY_MET,
                        "goals-missing",
                        "o-1"),
                of(
                        ORDER_CARRIES_GOALS,
                        "order_with_neither_purpose_nor_goals_is_not_met",
                        openedCase().providerOrder("o-1", day(30), o -> {}),
                        day(40),
                        NOT_MET,
                        "neither",
                        "o-1"),
                of(
                        ORDER_CARRIES_GOALS,
                        "no_order_is_not_applicable",
                        openedCase(),
                        day(40),
                        NOT_APPLICABLE,
                        "no-order"),
                // provider status
                of(
                        PROVIDER_STATUS,
                        "provider_status_at_the_follow_up_is_met",
                        ordered().heldFollowUp("f-1", day(30), day(90), f -> f.providerStatusCollected(true)),
                        day(100),
                        MET,
                        "collected",
                        "f-1"),
                of(
                        PROVIDER_STATUS,
                        "provider_status_at_one_of_two_follow_ups_is_partly_met",
                        ordered()
                                .heldFollowUp("f-1", day(30), day(90), f -> f.providerStatusCollected(true))
                                .heldFollowUp("f-2", day(90), day(180), f -> {}),
                        day(200),
                        PARTLY_MET,
                        "collected-some",
                        "f-2"),
                of(
                        PROVIDER_STATUS,
                        "follow_up_without_provider_status_is_not_met",
                        ordered().heldFollowUp("f-1", day(30), day(90), f -> {}),
                        day(100),
                        NOT_MET,
                        "collected-none",
                        "f-1"),
                of(
                        PROVIDER_STATUS,
                        "follow_up_before_any_order_is_not_applicable",
                        openedCase()
                                .heldFollowUp("f-0", day(5), day(20), f -> {})
                                .providerOrder("o-1", day(30), o -> {}),
                        day(100),
                        NOT_APPLICABLE,
                        "no-provider-follow-up"),
                // chosen network
                of(
                        CHOSEN_NETWORK_TAKES_PART,
                        "chosen_relative_at_a_meeting_is_met",
                        chosenRelative()
                                .meeting("m-1", day(5), m -> m.addParticipantIds("rel-1"))
                                .meeting("m-2", day(8)),
                        day(10),
                        MET,
                        "took-part",
                        "m-1"),
                of(
                        CHOSEN_NETWORK_TAKES_PART,
                        "chosen_relative_never_at_a_meeting_is_not_met",
                        chosenRelative().meeting("m-1", day(5)),
                        day(10),
                        NOT_MET,
                        "not-involved",
                        "m-1"),
                of(
                        CHOSEN_NETWORK_TAKES_PART,
                        "relative_not_chosen_by_the_citizen_is_not_applicable",
                        openedCase()
                                .participant("rel-1", Role.RELATIVE)
                                .meeting("m-1", day(5), m -> m.addParticipantIds("rel-1")),
                        day(10),
                        NOT_APPLICABLE,
                        "no-chosen-network"),
                of(
                        CHOSEN_NETWORK_TAKES_PART,
                        "no_chosen_network_in_a_system_that_does_not_record_the_choice_is_insufficient_data",
                        openedCase()
                                .participant("rel-1", Role.RELATIVE)
                                .notRecorded(RecordedFact.PARTICIPANT_CHOSEN_BY_CITIZEN)
                                .meeting("m-1", day(5), m -> m.addParticipantIds("rel-1")),
                        day(10),
                        INSUFFICIENT_DATA,
                        "choice-not-recorded"),
                of(
                        CHOSEN_NETWORK_TAKES_PART,
                        "chosen_network_without_meetings_is_not_applicable",
                        chosenRelative(),
                        day(10),
                        NOT_APPLICABLE,
                        "no-meetings"));
    }
}
