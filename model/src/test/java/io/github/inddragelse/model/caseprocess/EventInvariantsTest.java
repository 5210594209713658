package io.github.inddragelse.model.caseprocess;

import static io.github.inddragelse.model.caseprocess.Fixtures.day;
import static io.github.inddragelse.model.caseprocess.Invalid.assertInvalid;
import static io.github.inddragelse.model.caseprocess.Invalid.v;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LifeArea;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every invariant of the events, participants and life-area assessments, with path and message. */
class EventInvariantsTest {

    private static final String TEXT = "tekst";
    private static final String ID_FORMAT = "must be 1-64 letters, digits or . _ : - and start with a letter or digit";
    private static final String CPR = "looks like a CPR number; use a pseudonymous id";
    private static final String BLANK = "must not be blank when present";

    @Test
    void an_event_id_must_be_a_pseudonymous_id() {
        assertInvalid(
                () -> Contact.builder().from(Fixtures.contact(TEXT)).id("").build(), "Contact", v("id", ID_FORMAT));
        assertInvalid(
                () -> Contact.builder().from(Fixtures.contact(TEXT)).id("-e1").build(), "Contact", v("id", ID_FORMAT));
        assertInvalid(
                () -> Contact.builder()
                        .from(Fixtures.contact(TEXT))
                        .id("a".repeat(65))
                        .build(),
                "Contact",
                v("id", ID_FORMAT));
    }

    @Test
    void the_message_of_an_invalid_event_names_the_event_by_its_id() {
        InvalidModelException e = Invalid.thrownBy(() -> Hearing.builder()
                .from(Fixtures.hearing(TEXT))
                .id("h1")
                .responseDeadline(day(3, 20))
                .build());

        assertThat(e.id()).contains("h1");
        assertThat(e)
                .hasMessage("Invalid Hearing 'h1' (1 problem): responseDeadline: is before the hearing was sent"
                        + " (2026-03-27)");
        assertThat(e.violations())
                .containsExactly(v("responseDeadline", "is before the hearing was sent (2026-03-27)"));
    }

    @Test
    void the_message_of_an_invalid_participant_names_it_by_its_id() {
        InvalidModelException e = Invalid.thrownBy(
                () -> Participant.builder().id("tolk-1").role(Role.INTERPRETER).build());

        assertThat(e.id()).contains("tolk-1");
        assertThat(e).hasMessageStartingWith("Invalid Participant 'tolk-1' (1 problem): interpretation: ");
    }

    @Test
    void an_id_that_is_malformed_or_shaped_like_a_cpr_number_is_never_put_in_the_message() {
        for (String id : List.of("010190-1234", "b c", "-e1")) {
            InvalidModelException e = Invalid.thrownBy(() -> Hearing.builder()
                    .from(Fixtures.hearing(TEXT))
                    .id(id)
                    .responseDeadline(day(3, 20))
                    .build());

            assertThat(e.id()).isEmpty();
            assertThat(e.getMessage())
                    .startsWith("Invalid Hearing (2 problems): id: ")
                    .doesNotContain(id);
        }
    }

    @Test
    void an_event_missing_a_required_attribute_is_named_by_its_type_only() {
        InvalidModelException e = Invalid.thrownBy(
                () -> Hearing.builder().id("h1").date(day(3, 20)).build());

        assertThat(e.id()).isEmpty();
        assertThat(e).hasMessage("Invalid Hearing (1 problem): responseDeadline: is required");
    }

    @Test
    void an_id_shaped_like_a_cpr_number_is_rejected_with_or_without_the_dash() {
        assertInvalid(
                () -> Meeting.builder()
                        .from(Fixtures.meeting(TEXT))
                        .id("010190-1234")
                        .build(),
                "Meeting",
                v("id", CPR));
        assertInvalid(
                () -> Meeting.builder()
                        .from(Fixtures.meeting(TEXT))
                        .id("x0101901234")
                        .build(),
                "Meeting",
                v("id", CPR));
    }

    @Test
    void an_event_note_must_not_be_blank_when_present() {
        assertInvalid(
                () -> Meeting.builder().from(Fixtures.meeting(TEXT)).note(" ").build(), "Meeting", v("note", BLANK));
    }

    @Test
    void participant_ids_of_an_event_must_be_pseudonymous_and_listed_once() {
        assertInvalid(
                () -> Meeting.builder()
                        .from(Fixtures.meeting(TEXT))
                        .participantIds(java.util.List.of("a", "010190-1234", "a", "b c"))
                        .build(),
                "Meeting",
                v("participantIds[1]", CPR),
                v("participantIds[2]", "lists the same participant twice"),
                v("participantIds[3]", ID_FORMAT));
    }

    @Test
    void a_contact_has_non_blank_reason_and_own_need() {
        assertInvalid(
                () -> Contact.builder()
                        .from(Fixtures.contact(TEXT))
                        .reason("")
                        .citizensOwnNeed("\t")
                        .build(),
                "Contact",
                v("reason", BLANK),
                v("citizensOwnNeed", BLANK));
    }

    @Test
    void an_information_gathering_has_a_non_blank_purpose_and_a_pseudonymous_source() {
        assertInvalid(
                () -> InformationGathering.builder()
                        .from(Fixtures.informationGathering(TEXT))
                        .sourceParticipantId("010190-1234")
                        .purpose(" ")
                        .build(),
                "InformationGathering",
                v("sourceParticipantId", CPR),
                v("purpose", BLANK));
    }

    @Test
    void an_investigation_checks_its_texts_wishes_and_life_areas() {
        assertInvalid(
                () -> Investigation.builder()
                        .id("e5")
                        .date(day(3, 20))
                        .citizensWishes(" ")
                        .resources("")
                        .professionalJudgement(" ")
                        .addLifeAreas(Fixtures.lifeArea(TEXT), Fixtures.lifeArea(TEXT))
                        .build(),
                "Investigation",
                v("citizensWishes", BLANK),
                v("resources", BLANK),
                v("professionalJudgement", BLANK),
                v("lifeAreas[1].area", "life area 'self-care' is assessed twice"));
        assertInvalid(
                () -> Investigation.builder()
                        .id("e5")
                        .date(day(3, 20))
                        .wishesInOwnWords(true)
                        .build(),
                "Investigation",
                v("wishesInOwnWords", "is true but no citizensWishes are recorded"));
    }

    @Test
    void a_goal_has_a_non_blank_text_and_a_target_date_not_before_it() {
        assertInvalid(
                () -> Goal.builder()
                        .from(Fixtures.goal(TEXT))
                        .text(" ")
                        .targetDate(day(3, 24))
                        .build(),
                "Goal",
                v("text", BLANK),
                v("targetDate", "is before the goal was set (2026-03-25)"));
    }

    @Test
    void a_hearing_has_non_blank_texts_and_dates_not_before_it() {
        assertInvalid(
                () -> Hearing.builder()
                        .from(Fixtures.hearing(TEXT))
                        .informationSent("")
                        .response(" ")
                        .responseDeadline(day(3, 26))
                        .respondedOn(day(3, 1))
                        .build(),
                "Hearing",
                v("informationSent", BLANK),
                v("response", BLANK),
                v("responseDeadline", "is before the hearing was sent (2026-03-27)"),
                v("respondedOn", "is before the hearing was sent (2026-03-27)"));
    }

    @Test
    void a_decision_has_non_blank_reasons_and_a_follow_up_date_not_before_it() {
        assertInvalid(
                () -> Decision.builder()
                        .from(Fixtures.decision(TEXT))
                        .reasons(" ")
                        .followUpDate(day(4, 27))
                        .build(),
                "Decision",
                v("reasons", BLANK),
                v("followUpDate", "is before the decision (2026-04-28)"));
    }

    @Test
    void a_granted_decision_fully_grants_the_request_and_a_partial_grant_or_rejection_does_not() {
        for (DecisionOutcome outcome :
                List.of(DecisionOutcome.GRANTED, DecisionOutcome.PARTLY_GRANTED, DecisionOutcome.REJECTED)) {
            boolean contradicting = outcome != DecisionOutcome.GRANTED; // the value the outcome rules out
            String message = outcome == DecisionOutcome.GRANTED
                    ? "is false, but the outcome granted gives everything asked for"
                    : "is true, but the outcome " + outcome.code() + " does not give everything asked for";
            assertInvalid(
                    () -> Decision.builder()
                            .from(Fixtures.decision(TEXT))
                            .outcome(outcome)
                            .fullyGrantsRequest(contradicting)
                            .build(),
                    "Decision",
                    v("fullyGrantsRequest", message));
        }
    }

    @Test
    void a_deadline_notice_expects_the_decision_on_or_after_the_notice() {
        assertInvalid(
                () -> DeadlineNotice.builder()
                        .from(Fixtures.deadlineNotice(TEXT))
                        .expectedDecisionBy(day(4, 19))
                        .build(),
                "DeadlineNotice",
                v("expectedDecisionBy", "is before the notice (2026-04-20)"));
    }

    @Test
    void an_action_plan_has_a_non_blank_text_and_no_answer_unless_offered() {
        assertInvalid(
                () -> ActionPlan.builder()
                        .from(Fixtures.actionPlan(TEXT))
                        .offered(false)
                        .response(PlanResponse.DECLINED)
                        .text("")
                        .build(),
                "ActionPlan",
                v("text", BLANK),
                v("response", "is given for a plan that was not offered"));
    }

    @Test
    void a_provider_order_names_pseudonymous_provider_and_goal_ids() {
        assertInvalid(
                () -> ProviderOrder.builder()
                        .from(Fixtures.providerOrder(TEXT))
                        .providerId("udf 1")
                        .goalIds(java.util.List.of("e06", "010190-1234", ""))
                        .build(),
                "ProviderOrder",
                v("providerId", ID_FORMAT),
                v("goalIds[1]", CPR),
                v("goalIds[2]", ID_FORMAT));
    }

    @Test
    void a_coordination_has_a_non_blank_topic_and_a_pseudonymous_counterpart() {
        assertInvalid(
                () -> Coordination.builder()
                        .from(Fixtures.coordination(TEXT))
                        .counterpartParticipantId("Dr. Hansen")
                        .topic(" ")
                        .build(),
                "Coordination",
                v("counterpartParticipantId", ID_FORMAT),
                v("topic", BLANK));
    }

    @Test
    void a_method_is_named_in_1_to_120_characters() {
        assertInvalid(
                () -> MethodApplied.builder()
                        .from(Fixtures.methodApplied(TEXT))
                        .method(" ")
                        .build(),
                "MethodApplied",
                v("method", "must be 1-120 characters"));
        assertInvalid(
                () -> MethodApplied.builder()
                        .from(Fixtures.methodApplied(TEXT))
                        .method("m".repeat(121))
                        .build(),
                "MethodApplied",
                v("method", "must be 1-120 characters"));
    }

    @Test
    void a_progress_instrument_is_named_in_1_to_120_characters() {
        assertInvalid(
                () -> ProgressMeasurement.builder()
                        .from(Fixtures.progressMeasurement(TEXT))
                        .instrument("")
                        .build(),
                "ProgressMeasurement",
                v("instrument", "must be 1-120 characters"));
    }

    @Test
    void a_follow_up_is_held_and_planned_on_or_after_it_was_scheduled() {
        assertInvalid(
                () -> FollowUp.builder()
                        .from(Fixtures.followUp(TEXT))
                        .plannedFor(day(9, 30))
                        .heldOn(day(9, 1))
                        .build(),
                "FollowUp",
                v("plannedFor", "is before the follow-up was scheduled (2026-10-01)"),
                v("heldOn", "is before the follow-up was scheduled (2026-10-01)"));
    }

    @Test
    void a_follow_up_with_an_outcome_or_reviewed_goals_must_have_been_held() {
        assertInvalid(
                () -> FollowUp.builder()
                        .id("f1")
                        .date(day(10, 1))
                        .plannedFor(day(10, 28))
                        .outcome(FollowUpOutcome.CHANGE)
                        .goalsReviewedWithCitizen(true)
                        .build(),
                "FollowUp",
                v("heldOn", "is missing: a follow-up with an outcome must have the date it was held"),
                v("goalsReviewedWithCitizen", "is true but the follow-up has not been held"));
    }

    @Test
    void a_complaint_names_a_pseudonymous_decision_and_dates_not_before_it_was_received() {
        assertInvalid(
                () -> Complaint.builder()
                        .from(Fixtures.complaint(TEXT))
                        .decisionId("010190-1234")
                        .reconsideredOn(day(5, 9))
                        .forwardedOn(day(5, 1))
                        .build(),
                "Complaint",
                v("decisionId", CPR),
                v("reconsideredOn", "is before the complaint was received (2026-05-10)"),
                v("forwardedOn", "is before the complaint was received (2026-05-10)"),
                v("forwardedOn", "is before the complaint was reconsidered (2026-05-09)"));
    }

    @Test
    void a_complaint_is_not_sent_on_before_it_was_reconsidered() {
        assertInvalid(
                () -> Complaint.builder()
                        .from(Fixtures.complaint(TEXT))
                        .reconsideredOn(day(5, 30))
                        .forwardedOn(day(5, 29))
                        .build(),
                "Complaint",
                v("forwardedOn", "is before the complaint was reconsidered (2026-05-30)"));
    }

    @Test
    void a_complaint_may_be_sent_on_the_day_it_was_reconsidered_or_with_no_reconsideration_recorded() {
        Complaint sameDay = Complaint.builder()
                .from(Fixtures.complaint(TEXT))
                .forwardedOn(day(5, 30))
                .build();
        Complaint notReconsidered = Complaint.builder()
                .from(Fixtures.complaint(TEXT))
                .reconsideredOn(Optional.empty())
                .reconsiderationOutcome(Optional.empty())
                .build();

        assertThat(sameDay.forwardedOn()).isEqualTo(sameDay.reconsideredOn());
        assertThat(notReconsidered.forwardedOn()).contains(day(6, 2));
    }

    @Test
    void a_reconsideration_outcome_needs_its_date() {
        assertInvalid(
                () -> Complaint.builder()
                        .id("k1")
                        .date(day(5, 10))
                        .decisionId("e11")
                        .reconsiderationOutcome(ReconsiderationOutcome.CHANGED)
                        .build(),
                "Complaint",
                v("reconsideredOn", "is missing: a reconsideration outcome needs its date"));
    }

    @Test
    void a_complaint_whose_decision_was_changed_as_asked_is_not_sent_on() {
        assertInvalid(
                () -> Complaint.builder()
                        .from(Fixtures.complaint(TEXT))
                        .reconsiderationOutcome(ReconsiderationOutcome.CHANGED)
                        .forwardedOn(day(5, 1))
                        .build(),
                "Complaint",
                v("forwardedOn", "is before the complaint was received (2026-05-10)"),
                v("forwardedOn", "is before the complaint was reconsidered (2026-05-30)"),
                v(
                        "forwardedOn",
                        "is given, but the outcome changed grants what the complaint asked and leaves nothing to"
                                + " send on; a decision changed only in part is partly-changed"));
    }

    @Test
    void a_complaint_whose_decision_was_maintained_in_full_or_in_part_may_be_sent_on() {
        for (ReconsiderationOutcome outcome :
                List.of(ReconsiderationOutcome.UPHELD, ReconsiderationOutcome.PARTLY_CHANGED)) {
            Complaint k = Complaint.builder()
                    .from(Fixtures.complaint(TEXT))
                    .reconsiderationOutcome(outcome)
                    .build();

            assertThat(k.forwardedOn()).as(outcome.code()).contains(day(6, 2));
        }
    }

    @Test
    void a_caseworker_change_is_between_two_different_pseudonymous_caseworkers() {
        assertInvalid(
                () -> CaseworkerChange.builder()
                        .from(Fixtures.caseworkerChange(TEXT))
                        .fromCaseworkerId("sb-1")
                        .toCaseworkerId("sb-1")
                        .build(),
                "CaseworkerChange",
                v("toCaseworkerId", "is the same as fromCaseworkerId"));
        assertInvalid(
                () -> CaseworkerChange.builder()
                        .from(Fixtures.caseworkerChange(TEXT))
                        .fromCaseworkerId("010190-1234")
                        .toCaseworkerId("")
                        .build(),
                "CaseworkerChange",
                v("fromCaseworkerId", CPR),
                v("toCaseworkerId", ID_FORMAT));
    }

    @Test
    void guidance_names_at_least_one_topic() {
        assertInvalid(
                () -> Guidance.builder().id("g1").date(day(3, 2)).build(),
                "Guidance",
                v("topics", "must name at least one topic"));
    }

    @Test
    void a_participant_has_a_pseudonymous_id_and_a_non_blank_description() {
        assertInvalid(
                () -> Participant.builder()
                        .id("010190-1234")
                        .role(Role.RELATIVE)
                        .description(" ")
                        .build(),
                "Participant",
                v("id", CPR),
                v("description", BLANK));
    }

    @Test
    void an_interpreter_and_only_an_interpreter_has_a_kind_of_interpretation() {
        assertInvalid(
                () -> Participant.builder().id("tolk-1").role(Role.INTERPRETER).build(),
                "Participant",
                v("interpretation", "is required for an interpreter"));
        assertInvalid(
                () -> Participant.builder()
                        .id("net-1")
                        .role(Role.NETWORK)
                        .interpretation(InterpretationKind.LANGUAGE)
                        .build(),
                "Participant",
                v("interpretation", "is only for participants with role interpreter"));
    }

    @Test
    void a_life_area_assessment_has_non_blank_resources_and_challenges() {
        assertInvalid(
                () -> LifeAreaAssessment.builder()
                        .area(LifeArea.MOBILITY)
                        .functionLevel(FunctionLevel.MILD)
                        .resources("")
                        .challenges(" ")
                        .build(),
                "LifeAreaAssessment",
                v("resources", BLANK),
                v("challenges", BLANK));
    }
}
