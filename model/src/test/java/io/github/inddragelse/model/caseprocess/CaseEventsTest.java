package io.github.inddragelse.model.caseprocess;

import static io.github.inddragelse.model.caseprocess.Fixtures.CASEWORKER;
import static io.github.inddragelse.model.caseprocess.Fixtures.CITIZEN;
import static io.github.inddragelse.model.caseprocess.Fixtures.DOCTOR;
import static io.github.inddragelse.model.caseprocess.Fixtures.NEW_CASEWORKER;
import static io.github.inddragelse.model.caseprocess.Fixtures.PROVIDER;
import static io.github.inddragelse.model.caseprocess.Fixtures.PSYCHIATRY;
import static io.github.inddragelse.model.caseprocess.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.SupportNeed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseEventsTest {

    private static final String TEXT = "tekst";

    @Test
    void the_fixtures_build_one_event_of_every_kind() {
        assertThat(Fixtures.events(TEXT)).extracting(CaseEvent::kind).containsExactlyInAnyOrder(EventKind.values());
    }

    @Test
    void every_event_has_its_kinds_usual_phase_unless_a_phase_is_set() {
        assertThat(Fixtures.events(TEXT))
                .allSatisfy(e -> assertThat(e.phase()).isEqualTo(e.kind().usualPhase()));
        Meeting moved = Meeting.builder()
                .from(Fixtures.meeting(TEXT))
                .phase(Phase.FOLLOW_UP)
                .build();
        assertThat(moved.phase()).isEqualTo(Phase.FOLLOW_UP);
    }

    @Test
    void every_event_is_dispatched_to_the_visitor_method_of_its_own_type() {
        CaseEventVisitor<Class<?>> typeOf = new TypeVisitor();
        assertThat(Fixtures.events(TEXT)).allSatisfy(e -> assertThat(e.accept(typeOf))
                .isSameAs(e.getClass().getSuperclass()));
        assertThat(Fixtures.events(TEXT).stream().map(e -> e.accept(typeOf)).collect(Collectors.toSet()))
                .hasSize(EventKind.values().length);
    }

    @Test
    void an_event_knows_who_took_part_and_when_it_is_known() {
        Contact contact = Fixtures.contact(TEXT);
        assertThat(contact.involves(CITIZEN)).isTrue();
        assertThat(contact.involves(PROVIDER)).isFalse();
        assertThat(contact.isKnownAsOf(Fixtures.OPENED)).isTrue();
        assertThat(contact.isKnownAsOf(Fixtures.OPENED.minusDays(1))).isFalse();
    }

    @Test
    void every_event_carries_its_common_attributes() {
        assertThat(Fixtures.events(TEXT)).allSatisfy(e -> {
            assertThat(e.id()).matches("e\\d\\d");
            assertThat(e.participantIds()).isNotEmpty();
            assertThat(e.note()).contains(TEXT);
        });
        Contact contact = Fixtures.contact(TEXT);
        assertThat(contact.id()).isEqualTo("e01");
        assertThat(contact.date()).isEqualTo(Fixtures.OPENED);
        assertThat(contact.participantIds()).containsExactly(CITIZEN, CASEWORKER);
    }

    @Test
    void a_contact_is_built_with_all_its_attributes() {
        Contact e = Fixtures.contact(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.CONTACT);
        assertThat(e.contactKind()).isEqualTo(ContactKind.APPLICATION);
        assertThat(e.reason()).contains(TEXT);
        assertThat(e.citizensOwnNeed()).contains(TEXT);
    }

    @Test
    void a_meeting_is_built_with_all_its_attributes() {
        Meeting e = Fixtures.meeting(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.MEETING);
        assertThat(e.purpose()).isEqualTo(MeetingPurpose.EXPECTATIONS);
        assertThat(e.preparedWithCitizen()).isTrue();
        assertThat(e.agendaSentAhead()).isTrue();
        assertThat(e.adaptations()).containsExactlyInAnyOrder(Adaptation.SIGN_LANGUAGE, Adaptation.EXTRA_TIME);
        assertThat(e.placeChosenByCitizen()).isTrue();
        assertThat(e.citizenDeclined()).isFalse();
    }

    @Test
    void an_information_gathering_is_built_with_all_its_attributes() {
        InformationGathering e = Fixtures.informationGathering(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.INFORMATION_GATHERING);
        assertThat(e.source()).isEqualTo(Actor.GENERAL_PRACTITIONER);
        assertThat(e.sourceParticipantId()).contains(DOCTOR);
        assertThat(e.consentObtained()).isTrue();
        assertThat(e.citizenAskedToObtain()).isFalse();
        assertThat(e.purpose()).contains(TEXT);
    }

    @Test
    void an_investigation_is_built_with_all_its_attributes() {
        Investigation e = Fixtures.investigation(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.INVESTIGATION);
        assertThat(e.lifeAreas())
                .extracting(
                        LifeAreaAssessment::area, LifeAreaAssessment::functionLevel, LifeAreaAssessment::supportNeed)
                .containsExactly(
                        tuple(LifeArea.SELF_CARE, FunctionLevel.MODERATE, SupportNeed.MODERATE),
                        tuple(LifeArea.MENTAL_FUNCTIONS, FunctionLevel.SEVERE, SupportNeed.HIGH));
        assertThat(e.lifeAreas().get(0).resources()).contains(TEXT);
        assertThat(e.lifeAreas().get(0).challenges()).contains(TEXT);
        assertThat(e.citizensWishes()).contains(TEXT);
        assertThat(e.wishesInOwnWords()).isTrue();
        assertThat(e.resources()).contains(TEXT);
        assertThat(e.networkMapped()).isTrue();
        assertThat(e.earlyOffersConsidered()).isTrue();
        assertThat(e.allOptionsConsidered()).isTrue();
        assertThat(e.reablementAssessment()).contains(ReablementAssessment.NOT_SUITABLE);
        assertThat(e.professionalJudgement()).contains(TEXT);
    }

    @Test
    void a_goal_is_built_with_all_its_attributes() {
        Goal e = Fixtures.goal(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.GOAL);
        assertThat(e.goalType()).isEqualTo(GoalType.DEVELOP);
        assertThat(e.lifeArea()).contains(LifeArea.SELF_CARE);
        assertThat(e.text()).contains(TEXT);
        assertThat(e.derivedFromWishes()).isTrue();
        assertThat(e.acceptedByCitizen()).isTrue();
        assertThat(e.measurable()).isTrue();
        assertThat(e.targetDate()).contains(day(9, 30));
    }

    @Test
    void a_hearing_is_built_with_all_its_attributes() {
        Hearing e = Fixtures.hearing(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.HEARING);
        assertThat(e.provision()).contains(LegalReferences.SEL_85);
        assertThat(e.informationSent()).contains(TEXT);
        assertThat(e.responseDeadline()).isEqualTo(day(4, 10));
        assertThat(e.respondedOn()).contains(day(4, 3));
        assertThat(e.response()).contains(TEXT);
    }

    @Test
    void a_decision_is_built_with_all_its_attributes() {
        Decision e = Fixtures.decision(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.DECISION);
        assertThat(e.provision()).isEqualTo(LegalReferences.SEL_85);
        assertThat(e.outcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);
        assertThat(List.of(
                        e.reasonsCiteRules(),
                        e.reasonsStateConsiderations(),
                        e.reasonsStateFacts(),
                        e.plainLanguage(),
                        e.complaintGuidance(),
                        e.explainedInPerson()))
                .containsOnly(true);
        assertThat(e.reasons()).contains(TEXT);
        assertThat(e.hearingExemption()).contains(HearingExemption.INFORMATION_FROM_CITIZEN);
        assertThat(e.followUpDate()).contains(day(10, 28));
    }

    @Test
    void a_deadline_notice_is_built_with_all_its_attributes() {
        DeadlineNotice e = Fixtures.deadlineNotice(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.DEADLINE_NOTICE);
        assertThat(e.expectedDecisionBy()).isEqualTo(day(5, 4));
        assertThat(e.written()).isTrue();
    }

    @Test
    void an_action_plan_is_built_with_all_its_attributes() {
        ActionPlan e = Fixtures.actionPlan(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.ACTION_PLAN);
        assertThat(e.offered()).isTrue();
        assertThat(e.response()).isEqualTo(PlanResponse.ACCEPTED);
        assertThat(List.of(e.madeWithCitizen(), e.statesPurpose(), e.statesIntervention(), e.statesDuration()))
                .containsOnly(true);
        assertThat(e.holistic()).isTrue();
        assertThat(e.text()).contains(TEXT);
    }

    @Test
    void a_provider_order_is_built_with_all_its_attributes() {
        ProviderOrder e = Fixtures.providerOrder(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.PROVIDER_ORDER);
        assertThat(e.providerId()).isEqualTo(PROVIDER);
        assertThat(e.goalIds()).containsExactly("e06");
        assertThat(e.purposeStated()).isTrue();
    }

    @Test
    void a_coordination_is_built_with_all_its_attributes() {
        Coordination e = Fixtures.coordination(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.COORDINATION);
        assertThat(e.counterpart()).isEqualTo(Actor.REGIONAL_PSYCHIATRY);
        assertThat(e.counterpartParticipantId()).contains(PSYCHIATRY);
        assertThat(e.sharedGoals()).isTrue();
        assertThat(e.topic()).contains(TEXT);
    }

    @Test
    void a_method_applied_is_built_with_all_its_attributes() {
        MethodApplied e = Fixtures.methodApplied(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.METHOD_APPLIED);
        assertThat(e.method()).isEqualTo("Recovery-mentor");
        assertThat(e.evidenceBase()).isEqualTo(EvidenceBase.PROMISING);
    }

    @Test
    void a_progress_measurement_is_built_with_all_its_attributes() {
        ProgressMeasurement e = Fixtures.progressMeasurement(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.PROGRESS_MEASUREMENT);
        assertThat(e.instrument()).isEqualTo("FFB funktionsniveau");
        assertThat(e.lifeArea()).contains(LifeArea.SELF_CARE);
        assertThat(e.before()).isEqualTo(FunctionLevel.MODERATE);
        assertThat(e.after()).isEqualTo(FunctionLevel.MILD);
    }

    @Test
    void a_follow_up_is_built_with_all_its_attributes() {
        FollowUp e = Fixtures.followUp(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.FOLLOW_UP);
        assertThat(e.plannedFor()).isEqualTo(day(10, 28));
        assertThat(e.heldOn()).contains(day(10, 28));
        assertThat(e.goalsReviewedWithCitizen()).isTrue();
        assertThat(e.providerStatusCollected()).isTrue();
        assertThat(e.outcome()).contains(FollowUpOutcome.CONTINUE);
    }

    @Test
    void a_complaint_is_built_with_all_its_attributes() {
        Complaint e = Fixtures.complaint(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.COMPLAINT);
        assertThat(e.decisionId()).isEqualTo("e11");
        assertThat(e.reconsideredOn()).contains(day(5, 30));
        assertThat(e.reconsiderationOutcome()).contains(ReconsiderationOutcome.UPHELD);
        assertThat(e.forwardedOn()).contains(day(6, 2));
    }

    @Test
    void a_caseworker_change_is_built_with_all_its_attributes() {
        CaseworkerChange e = Fixtures.caseworkerChange(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.CASEWORKER_CHANGE);
        assertThat(e.fromCaseworkerId()).isEqualTo(CASEWORKER);
        assertThat(e.toCaseworkerId()).isEqualTo(NEW_CASEWORKER);
        assertThat(e.citizenInformed()).isTrue();
        assertThat(e.handoverWithCitizen()).isTrue();
    }

    @Test
    void a_guidance_is_built_with_all_its_attributes() {
        Guidance e = Fixtures.guidance(TEXT);
        assertThat(e.kind()).isEqualTo(EventKind.GUIDANCE);
        assertThat(e.topics())
                .containsExactlyInAnyOrder(
                        GuidanceTopic.RIGHTS, GuidanceTopic.PROCESS_AND_TIMING, GuidanceTopic.COMPANION);
        assertThat(e.written()).isTrue();
    }

    @Test
    void optional_attributes_default_to_empty_or_false_and_the_usual_values() {
        Decision decision = Decision.builder()
                .id("d1")
                .date(Fixtures.OPENED)
                .provision(LegalReferences.SEL_85)
                .outcome(DecisionOutcome.GRANTED)
                .build();
        assertThat(decision.participantIds()).isEmpty();
        assertThat(decision.note()).isEmpty();
        assertThat(decision.reasons()).isEmpty();
        assertThat(decision.followUpDate()).isEmpty();
        assertThat(decision.hearingExemption()).isEmpty();
        assertThat(List.of(
                        decision.reasonsCiteRules(),
                        decision.reasonsStateConsiderations(),
                        decision.reasonsStateFacts(),
                        decision.plainLanguage(),
                        decision.complaintGuidance(),
                        decision.explainedInPerson()))
                .containsOnly(false);

        ActionPlan plan = ActionPlan.builder()
                .id("a1")
                .date(Fixtures.OPENED)
                .response(PlanResponse.PENDING)
                .build();
        assertThat(plan.offered()).isTrue();
        assertThat(plan.madeWithCitizen()).isFalse();

        DeadlineNotice notice = DeadlineNotice.builder()
                .id("n1")
                .date(Fixtures.OPENED)
                .expectedDecisionBy(Fixtures.OPENED)
                .build();
        assertThat(notice.written()).isTrue();

        Guidance guidance = Guidance.builder()
                .id("g1")
                .date(Fixtures.OPENED)
                .addTopic(GuidanceTopic.CONTACT)
                .build();
        assertThat(guidance.written()).isFalse();

        LifeAreaAssessment area = LifeAreaAssessment.builder()
                .area(LifeArea.MOBILITY)
                .functionLevel(FunctionLevel.NOT_ASSESSED)
                .build();
        assertThat(area.supportNeed()).isEqualTo(SupportNeed.NOT_ASSESSED);
        assertThat(area.resources()).isEqualTo(Optional.empty());

        Participant participant =
                Participant.builder().id("p1").role(Role.RELATIVE).build();
        assertThat(participant.underEighteen()).isFalse();
        assertThat(participant.chosenByCitizen()).isFalse();
        assertThat(participant.interpretation()).isEmpty();
        assertThat(participant.organisation()).isEmpty();
    }

    @Test
    void a_decision_fully_grants_the_request_when_granted_and_is_discretionary_unless_it_says_otherwise() {
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            Decision decision = Decision.builder()
                    .id("d1")
                    .date(Fixtures.OPENED)
                    .provision(LegalReferences.SEL_85)
                    .outcome(outcome)
                    .build();
            boolean granted = outcome == DecisionOutcome.GRANTED;
            assertThat(decision.fullyGrantsRequest()).as("%s", outcome).isEqualTo(granted);
            assertThat(decision.isAdverse()).as("%s", outcome).isEqualTo(!granted);
            assertThat(decision.discretionary()).as("%s", outcome).isTrue();
        }
    }

    @Test
    void a_change_or_a_stop_may_state_that_it_fully_grants_the_request_and_is_then_not_adverse() {
        for (DecisionOutcome outcome : List.of(DecisionOutcome.CHANGED, DecisionOutcome.STOPPED)) {
            Decision asAsked = Decision.builder()
                    .id("d1")
                    .date(Fixtures.OPENED)
                    .provision(LegalReferences.SEL_85)
                    .outcome(outcome)
                    .fullyGrantsRequest(true)
                    .build();
            assertThat(asAsked.fullyGrantsRequest()).isTrue();
            assertThat(asAsked.isAdverse()).isFalse();
            assertThat(Decision.builder()
                            .from(asAsked)
                            .fullyGrantsRequest(false)
                            .build())
                    .isNotEqualTo(asAsked)
                    .matches(Decision::isAdverse);
        }
    }

    @Test
    void a_changed_copy_is_a_new_value_and_equal_values_are_equal() {
        Goal goal = Fixtures.goal(TEXT);
        Goal same = Goal.builder().from(goal).build();
        Goal accepted = Goal.builder().from(goal).acceptedByCitizen(false).build();
        assertThat(same).isEqualTo(goal).hasSameHashCodeAs(goal);
        assertThat(accepted).isNotEqualTo(goal);
        assertThat(goal.acceptedByCitizen()).isTrue();
    }

    /** Returns the public event type each visit method was called with. */
    private static final class TypeVisitor implements CaseEventVisitor<Class<?>> {
        @Override
        public Class<?> visit(Contact event) {
            return Contact.class;
        }

        @Override
        public Class<?> visit(Meeting event) {
            return Meeting.class;
        }

        @Override
        public Class<?> visit(InformationGathering event) {
            return InformationGathering.class;
        }

        @Override
        public Class<?> visit(Investigation event) {
            return Investigation.class;
        }

        @Override
        public Class<?> visit(Goal event) {
            return Goal.class;
        }

        @Override
        public Class<?> visit(Hearing event) {
            return Hearing.class;
        }

        @Override
        public Class<?> visit(Decision event) {
            return Decision.class;
        }

        @Override
        public Class<?> visit(DeadlineNotice event) {
            return DeadlineNotice.class;
        }

        @Override
        public Class<?> visit(ActionPlan event) {
            return ActionPlan.class;
        }

        @Override
        public Class<?> visit(ProviderOrder event) {
            return ProviderOrder.class;
        }

        @Override
        public Class<?> visit(Coordination event) {
            return Coordination.class;
        }

        @Override
        public Class<?> visit(MethodApplied event) {
            return MethodApplied.class;
        }

        @Override
        public Class<?> visit(ProgressMeasurement event) {
            return ProgressMeasurement.class;
        }

        @Override
        public Class<?> visit(FollowUp event) {
            return FollowUp.class;
        }

        @Override
        public Class<?> visit(Complaint event) {
            return Complaint.class;
        }

        @Override
        public Class<?> visit(CaseworkerChange event) {
            return CaseworkerChange.class;
        }

        @Override
        public Class<?> visit(Guidance event) {
            return Guidance.class;
        }
    }
}
