package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.caseprocess.DecisionOutcome.REJECTED;
import static io.github.inddragelse.model.rule.Outcome.INSUFFICIENT_DATA;
import static io.github.inddragelse.model.rule.Outcome.MET;
import static io.github.inddragelse.model.rule.Outcome.NOT_APPLICABLE;
import static io.github.inddragelse.model.rule.Outcome.NOT_MET;
import static io.github.inddragelse.model.rule.Outcome.PARTLY_MET;
import static io.github.inddragelse.model.standard.RuleCase.message;
import static io.github.inddragelse.model.standard.RuleCase.of;
import static io.github.inddragelse.model.standard.TrustRules.CASEWORKER_CONTINUITY;
import static io.github.inddragelse.model.standard.TrustRules.CASEWORKER_HANDOVER;
import static io.github.inddragelse.model.standard.TrustRules.CASEWORKER_REACHABLE;
import static io.github.inddragelse.model.standard.TrustRules.DECISION_EXPLAINED;
import static io.github.inddragelse.model.standard.TrustRules.EXPECTATIONS_AGREED_EARLY;
import static io.github.inddragelse.model.testing.CaseFixtures.CASEWORKER;
import static io.github.inddragelse.model.testing.CaseFixtures.CASEWORKER_2;
import static io.github.inddragelse.model.testing.CaseFixtures.bareCase;
import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.Role;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrustRulesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trust_rule_gives_the_expected_finding(RuleCase c) {
        c.verify();
    }

    @Test
    void guidance_on_the_process_is_told_as_guidance_not_as_expectations_agreed() {
        Text text = message(
                EXPECTATIONS_AGREED_EARLY,
                openedCase()
                        .guidance("g-1", day(2), GuidanceTopic.PROCESS_AND_TIMING)
                        .investigation("inv-1", day(10)),
                day(20));

        assertThat(text)
                .isEqualTo(Text.of(
                        "Borgeren blev i tide vejledt om forløb og tidsramme (g-1, " + day(2) + ").",
                        "The citizen was guided in time on the process and its timing (g-1, " + day(2) + ")."));
    }

    @Test
    void a_meeting_on_expectations_is_told_as_expectations_agreed_with_the_citizen() {
        Text text = message(
                EXPECTATIONS_AGREED_EARLY,
                openedCase()
                        .investigation("inv-1", day(10))
                        .meeting("m-1", day(12), m -> m.purpose(MeetingPurpose.EXPECTATIONS)),
                day(20));

        assertThat(text)
                .isEqualTo(Text.of(
                        "Forventningerne blev først afstemt med borgeren på et møde (m-1, " + day(12) + "), efter at"
                                + " sagsarbejdet var begyndt med inv-1 (" + day(10) + ").",
                        "Expectations were only agreed with the citizen at a meeting (m-1, " + day(12) + ") after"
                                + " the case work had started with inv-1 (" + day(10) + ")."));
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                // expectations
                of(
                        EXPECTATIONS_AGREED_EARLY,
                        "process_and_timing_guidance_before_the_investigation_is_met",
                        openedCase()
                                .guidance("g-1", day(2), GuidanceTopic.PROCESS_AND_TIMING)
                                .investigation("inv-1", day(10)),
                        day(20),
                        MET,
                        "given",
                        "g-1"),
                of(
                        EXPECTATIONS_AGREED_EARLY,
                        "an_expectations_meeting_with_the_citizen_is_met",
                        openedCase()
                                .meeting("m-1", day(3), m -> m.purpose(MeetingPurpose.EXPECTATIONS))
                                .investigation("inv-1", day(10)),
                        day(20),
                        MET,
                        "given",
                        "m-1"),
                of(
                        EXPECTATIONS_AGREED_EARLY,
                        "an_expectations_meeting_in_time_is_the_evidence_also_after_earlier_guidance",
                        openedCase()
                                .guidance("g-1", day(2), GuidanceTopic.PROCESS_AND_TIMING)
                                .meeting("m-1", day(3), m -> m.purpose(MeetingPurpose.EXPECTATIONS))
                                .investigation("inv-1", day(10)),
                        day(20),
                        MET,
                        "given",
                        "m-1"),
                of(
                        EXPECTATIONS_AGREED_EARLY,
                        "guidance_in_time_is_the_evidence_when_the_expectations_meeting_came_late",
                        openedCase()
                                .guidance("g-1", day(2), GuidanceTopic.PROCESS_AND_TIMING)
                                .investigation("inv-1", day(10))
                                .meeting("m-1", day(12), m -> m.purpose(MeetingPurpose.EXPECTATIONS)),
                        day(20),
                        MET,
                        "given",
                        "g-1"),
                of(
                        EXPECTATIONS_AGREED_EARLY,
                        "a_late_expectations_meeting_is_the_evidence_when_the_guidance_came_late_too",
                        openedCase()
                                .investigation("inv-1", day(10))
                                .guidance("g-1", day(11), GuidanceTopic.PROCESS_AND_TIMING)
                                .meeting("m-1", day(12), m -> m.purpose(MeetingPurpose.EXPECTATIONS)),
                        day(20),
                        PARTLY_MET,
                        "given-late",
                        "m-1",
                        "inv-1"),
                of(
                        EXPECTATIONS_AGREED_EARLY,
                        "expectations_agreed_after_the_investigation_are_partly_met",
                        openedCase()
                                .investigation("inv-1", day(10))
                                .guidance("g-1", day(12), GuidanceTopic.PROCESS_AND_TIMING),
                        day(20),
                        PARTLY_MET,
                        "given-late",
                        "g-1",
                        "inv-1"),
                of(
                        EXPECTATIONS_AGREED_EARLY,
                        "a_decision_before_any_investigation_is_the_milestone",
                        openedCase()
                                .decision("d-1", day(5), DecisionOutcome.GRANTED)
                                .guidance("g-1", day(8), GuidanceTopic.PROCESS_AND_TIMING),
                        day(20),
                        PARTLY_MET,
                        "given-late",
                        "g-1",
                        "d-1"),
                of(
                        EXPECTATIONS_AGREED_EARLY,
                        "investigation_without_agreed_expectations_is_not_met",
                        openedCase().investigation("inv-1", day(10)),
                        day(20),
                        NOT_MET,
                        "not-given",
                        "inv-1"),
                of(
                        EXPECTATIONS_AGREED_EARLY,
                        "opening_only_gives_insufficient_data",
                        openedCase(),
                        day(5),
                        INSUFFICIENT_DATA,
                        "not-yet"),
                // reachable
                of(
                        CASEWORKER_REACHABLE,
                        "contact_guidance_before_the_investigation_is_met",
                        openedCase()
                                .guidance("g-1", day(2), GuidanceTopic.CONTACT)
                                .investigation("inv-1", day(10)),
                        day(20),
                        MET,
                        "given",
                        "g-1"),
                of(
                        CASEWORKER_REACHABLE,
                        "contact_guidance_after_the_investigation_is_partly_met",
                        openedCase().investigation("inv-1", day(10)).guidance("g-1", day(15), GuidanceTopic.CONTACT),
                        day(20),
                        PARTLY_MET,
                        "given-late",
                        "g-1",
                        "inv-1"),
                of(
                        CASEWORKER_REACHABLE,
                        "guidance_on_other_topics_does_not_count",
                        openedCase()
                                .guidance("g-1", day(2), GuidanceTopic.RIGHTS)
                                .investigation("inv-1", day(10)),
                        day(20),
                        NOT_MET,
                        "not-given",
                        "inv-1"),
                of(
                        CASEWORKER_REACHABLE,
                        "opening_only_gives_insufficient_data",
                        openedCase(),
                        day(5),
                        INSUFFICIENT_DATA,
                        "not-yet"),
                // continuity
                of(CASEWORKER_CONTINUITY, "no_change_of_caseworker_is_met", openedCase(), day(30), MET, "stable"),
                of(
                        CASEWORKER_CONTINUITY,
                        "one_change_in_twelve_months_is_partly_met",
                        openedCase().caseworkerChange("ch-1", day(100), c -> {}),
                        day(200),
                        PARTLY_MET,
                        "one-change",
                        "ch-1"),
                of(
                        CASEWORKER_CONTINUITY,
                        "two_changes_in_twelve_months_are_not_met",
                        openedCase()
                                .caseworkerChange("ch-1", day(100), c -> {})
                                .caseworkerChange("ch-2", day(150), c -> c.fromCaseworkerId(CASEWORKER_2)
                                        .toCaseworkerId(CASEWORKER)),
                        day(200),
                        NOT_MET,
                        "frequent-changes",
                        "ch-1",
                        "ch-2"),
                of(
                        CASEWORKER_CONTINUITY,
                        "a_change_more_than_twelve_months_ago_is_not_counted",
                        openedCase().caseworkerChange("ch-1", day(10), c -> {}),
                        day(400),
                        MET,
                        "stable"),
                of(
                        CASEWORKER_CONTINUITY,
                        "case_without_a_caseworker_gives_insufficient_data",
                        bareCase().participant(CASEWORKER, Role.RELATIVE),
                        day(30),
                        INSUFFICIENT_DATA,
                        "no-caseworker"),
                // handover
                of(
                        CASEWORKER_HANDOVER,
                        "handover_together_with_the_citizen_is_met",
                        openedCase().caseworkerChange("ch-1", day(100), c -> c.citizenInformed(true)
                                .handoverWithCitizen(true)),
                        day(200),
                        MET,
                        "handed-over",
                        "ch-1"),
                of(
                        CASEWORKER_HANDOVER,
                        "citizen_informed_but_not_part_of_the_handover_is_partly_met",
                        openedCase().caseworkerChange("ch-1", day(100), c -> c.citizenInformed(true)),
                        day(200),
                        PARTLY_MET,
                        "informed-only",
                        "ch-1"),
                of(
                        CASEWORKER_HANDOVER,
                        "citizen_not_told_of_the_change_is_not_met",
                        openedCase().caseworkerChange("ch-1", day(100), c -> {}),
                        day(200),
                        NOT_MET,
                        "not-informed",
                        "ch-1"),
                of(
                        CASEWORKER_HANDOVER,
                        "no_change_is_not_applicable",
                        openedCase(),
                        day(200),
                        NOT_APPLICABLE,
                        "no-change"),
                // explained in person
                of(
                        DECISION_EXPLAINED,
                        "rejection_explained_in_person_is_met",
                        openedCase().decision("d-1", day(20), REJECTED, d -> d.explainedInPerson(true)),
                        day(30),
                        MET,
                        "explained",
                        "d-1"),
                of(
                        DECISION_EXPLAINED,
                        "one_of_two_rejections_explained_is_partly_met",
                        openedCase()
                                .decision("d-1", day(20), REJECTED, d -> d.explainedInPerson(true))
                                .decision("d-2", day(40), REJECTED),
                        day(50),
                        PARTLY_MET,
                        "explained-some",
                        "d-2"),
                of(
                        DECISION_EXPLAINED,
                        "a_stop_at_the_citizens_own_request_need_not_be_explained_in_person",
                        openedCase()
                                .decision("d-1", day(20), DecisionOutcome.GRANTED)
                                .decision("d-2", day(100), DecisionOutcome.STOPPED, d -> d.fullyGrantsRequest(true)),
                        day(110),
                        NOT_APPLICABLE,
                        "no-adverse-decision"),
                of(
                        DECISION_EXPLAINED,
                        "rejection_sent_only_by_letter_is_not_met",
                        openedCase().decision("d-1", day(20), REJECTED),
                        day(30),
                        NOT_MET,
                        "explained-none",
                        "d-1"),
                of(
                        DECISION_EXPLAINED,
                        "granted_decision_is_not_applicable",
                        openedCase().decision("d-1", day(20), DecisionOutcome.GRANTED),
                        day(30),
                        NOT_APPLICABLE,
                        "no-adverse-decision"));
    }
}
