package io.github.inddragelse.model.javadoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.Adaptation;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.ContactKind;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.caseprocess.EvidenceBase;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.InformationGathering;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.MethodApplied;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.ProgressMeasurement;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.ReablementAssessment;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.SupportNeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the example in the class javadoc of every event type, of {@link Participant} and of {@link
 * LifeAreaAssessment}, from outside their package as a vendor would, and keeps each javadoc example
 * and the code run here in step: every example must appear, letter for letter but for whitespace, in
 * this file.
 */
class CaseProcessJavadocExamplesTest {

    private static final Path SOURCES =
            Path.of("src", "main", "java", "io", "github", "inddragelse", "model", "caseprocess");
    private static final Path THIS_TEST = Path.of(
            "src",
            "test",
            "java",
            "io",
            "github",
            "inddragelse",
            "model",
            "javadoc",
            "CaseProcessJavadocExamplesTest.java");

    @Test
    void every_event_type_participant_and_life_area_assessment_shows_an_example_this_test_runs() throws IOException {
        List<Class<?>> documented = new ArrayList<>(List.of(CaseEvent.class.getPermittedSubclasses()));
        documented.add(Participant.class);
        documented.add(LifeAreaAssessment.class);
        String test = withoutWhitespace(Files.readString(THIS_TEST, StandardCharsets.UTF_8));

        assertThat(documented).hasSize(19);
        for (Class<?> type : documented) {
            String example = classExample(type);
            assertThat(example)
                    .as("the example of %s", type.getSimpleName())
                    .contains(type.getSimpleName() + ".builder()")
                    .doesNotContain("...");
            assertThat(test)
                    .as("the example of %s is run by this test", type.getSimpleName())
                    .contains(withoutWhitespace(example));
        }
    }

    /** The code of the first {@code <pre>{@code …}</pre>} block of a type's javadoc, without the stars. */
    private static String classExample(Class<?> type) throws IOException {
        String source = Files.readString(SOURCES.resolve(type.getSimpleName() + ".java"), StandardCharsets.UTF_8);
        int start = source.indexOf("<pre>{@code\n");
        int end = source.indexOf("}</pre>", start);
        assertThat(start).as("%s has an example", type.getSimpleName()).isNotNegative();
        StringBuilder code = new StringBuilder();
        for (String line :
                source.substring(start + "<pre>{@code\n".length(), end).split("\n")) {
            code.append(line.strip().replaceFirst("^\\*", "")).append('\n');
        }
        return code.toString();
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void the_contact_example_builds_with_the_fields_it_sets() {
        Contact contact = Contact.builder()
                .id("e1")
                .date(LocalDate.of(2026, 3, 2))
                .contactKind(ContactKind.APPLICATION)
                .addParticipantId("borger-17")
                .reason("Ansøgning om støtte i hjemmet")
                .citizensOwnNeed("Jeg vil gerne klare mine indkøb selv")
                .build();

        assertThat(contact.contactKind()).isEqualTo(ContactKind.APPLICATION);
        assertThat(contact.citizensOwnNeed()).isPresent();
        assertThat(contact.participantIds()).containsExactly("borger-17");
        assertThat(contact.kind()).isEqualTo(EventKind.CONTACT);
    }

    @Test
    void the_meeting_example_builds_with_the_fields_it_sets() {
        Meeting meeting = Meeting.builder()
                .id("e2")
                .date(LocalDate.of(2026, 3, 11))
                .purpose(MeetingPurpose.INVESTIGATION)
                .addParticipantIds("borger-17", "sb-1")
                .preparedWithCitizen(true)
                .agendaSentAhead(true)
                .addAdaptation(Adaptation.PLAIN_LANGUAGE)
                .placeChosenByCitizen(true)
                .note("Mødet blev holdt hjemme hos borgeren")
                .build();

        assertThat(meeting.purpose()).isEqualTo(MeetingPurpose.INVESTIGATION);
        assertThat(meeting.adaptations()).containsExactly(Adaptation.PLAIN_LANGUAGE);
        assertThat(meeting.placeChosenByCitizen()).isTrue();
        assertThat(meeting.citizenDeclined()).isFalse();
        assertThat(meeting.kind()).isEqualTo(EventKind.MEETING);
    }

    @Test
    void the_information_gathering_example_builds_with_the_fields_it_sets() {
        InformationGathering gathering = InformationGathering.builder()
                .id("e3")
                .date(LocalDate.of(2026, 3, 16))
                .source(Actor.GENERAL_PRACTITIONER)
                .sourceParticipantId("laege-1")
                .consentObtained(true)
                .citizenAskedToObtain(false)
                .purpose("Oplysninger om borgerens helbred")
                .build();

        assertThat(gathering.source()).isEqualTo(Actor.GENERAL_PRACTITIONER);
        assertThat(gathering.sourceParticipantId()).contains("laege-1");
        assertThat(gathering.consentObtained()).isTrue();
        assertThat(gathering.kind()).isEqualTo(EventKind.INFORMATION_GATHERING);
    }

    @Test
    void the_investigation_example_builds_with_the_fields_it_sets() {
        Investigation investigation = Investigation.builder()
                .id("e4")
                .date(LocalDate.of(2026, 3, 23))
                .addParticipantIds("borger-17", "sb-1")
                .addLifeArea(LifeAreaAssessment.builder()
                        .area(LifeArea.PRACTICAL_TASKS)
                        .functionLevel(FunctionLevel.MODERATE)
                        .supportNeed(SupportNeed.MODERATE)
                        .build())
                .citizensWishes("Jeg vil klare mine indkøb og komme på biblioteket igen")
                .wishesInOwnWords(true)
                .resources("Har en god ven i opgangen")
                .networkMapped(true)
                .earlyOffersConsidered(true)
                .allOptionsConsidered(true)
                .reablementAssessment(ReablementAssessment.NOT_SUITABLE)
                .professionalJudgement("Behov for støtte til indkøb to gange om ugen")
                .build();

        assertThat(investigation.lifeAreas())
                .extracting(LifeAreaAssessment::area)
                .containsExactly(LifeArea.PRACTICAL_TASKS);
        assertThat(investigation.wishesInOwnWords()).isTrue();
        assertThat(investigation.reablementAssessment()).contains(ReablementAssessment.NOT_SUITABLE);
        assertThat(investigation.kind()).isEqualTo(EventKind.INVESTIGATION);
    }

    @Test
    void the_goal_example_builds_with_the_fields_it_sets() {
        Goal goal = Goal.builder()
                .id("e5")
                .date(LocalDate.of(2026, 3, 25))
                .addParticipantIds("borger-17", "sb-1")
                .goalType(GoalType.DEVELOP)
                .lifeArea(LifeArea.PRACTICAL_TASKS)
                .text("Handle ind selv én gang om ugen")
                .derivedFromWishes(true)
                .acceptedByCitizen(true)
                .measurable(true)
                .targetDate(LocalDate.of(2026, 9, 30))
                .build();

        assertThat(goal.goalType()).isEqualTo(GoalType.DEVELOP);
        assertThat(goal.targetDate()).contains(LocalDate.of(2026, 9, 30));
        assertThat(goal.acceptedByCitizen()).isTrue();
        assertThat(goal.kind()).isEqualTo(EventKind.GOAL);
    }

    @Test
    void the_hearing_example_builds_with_the_fields_it_sets() {
        Hearing hearing = Hearing.builder()
                .id("e6")
                .date(LocalDate.of(2026, 3, 27))
                .addParticipantId("borger-17")
                .provision(LegalReferences.SEL_85)
                .informationSent("Udtalelse fra egen læge")
                .responseDeadline(LocalDate.of(2026, 4, 10))
                .respondedOn(LocalDate.of(2026, 4, 3))
                .response("Borgeren er enig i udtalelsen")
                .build();

        assertThat(hearing.provision()).contains(LegalReferences.SEL_85);
        assertThat(hearing.responseDeadline()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(hearing.respondedOn()).contains(LocalDate.of(2026, 4, 3));
        assertThat(hearing.kind()).isEqualTo(EventKind.HEARING);
    }

    @Test
    void the_decision_example_builds_with_the_fields_it_sets() {
        Decision decision = Decision.builder()
                .id("e7")
                .date(LocalDate.of(2026, 4, 14))
                .addParticipantIds("borger-17", "sb-1")
                .provision(LegalReferences.SEL_85)
                .outcome(DecisionOutcome.PARTLY_GRANTED)
                .reasonsCiteRules(true)
                .reasonsStateConsiderations(true)
                .reasonsStateFacts(true)
                .reasons("Støtte til indkøb, ikke til rengøring")
                .plainLanguage(true)
                .complaintGuidance(true)
                .explainedInPerson(true)
                .followUpDate(LocalDate.of(2026, 10, 14))
                .build();

        assertThat(decision.isAdverse()).isTrue();
        assertThat(decision.fullyGrantsRequest()).isFalse();
        assertThat(decision.discretionary()).isTrue();
        assertThat(decision.followUpDate()).contains(LocalDate.of(2026, 10, 14));
        assertThat(decision.kind()).isEqualTo(EventKind.DECISION);
    }

    @Test
    void the_deadline_notice_example_builds_with_the_fields_it_sets() {
        DeadlineNotice notice = DeadlineNotice.builder()
                .id("e8")
                .date(LocalDate.of(2026, 4, 20))
                .addParticipantId("borger-17")
                .expectedDecisionBy(LocalDate.of(2026, 5, 15))
                .written(true)
                .build();

        assertThat(notice.expectedDecisionBy()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(notice.written()).isTrue();
        assertThat(notice.kind()).isEqualTo(EventKind.DEADLINE_NOTICE);
    }

    @Test
    void the_action_plan_example_builds_with_the_fields_it_sets() {
        ActionPlan plan = ActionPlan.builder()
                .id("e9")
                .date(LocalDate.of(2026, 4, 21))
                .addParticipantIds("borger-17", "sb-1")
                .offered(true)
                .response(PlanResponse.ACCEPTED)
                .madeWithCitizen(true)
                .statesPurpose(true)
                .statesIntervention(true)
                .statesDuration(true)
                .holistic(true)
                .text("Formål: at borgeren klarer sine indkøb selv")
                .build();

        assertThat(plan.response()).isEqualTo(PlanResponse.ACCEPTED);
        assertThat(plan.holistic()).isTrue();
        assertThat(plan.text()).isPresent();
        assertThat(plan.kind()).isEqualTo(EventKind.ACTION_PLAN);
    }

    @Test
    void the_provider_order_example_builds_with_the_fields_it_sets() {
        ProviderOrder order = ProviderOrder.builder()
                .id("e10")
                .date(LocalDate.of(2026, 4, 22))
                .addParticipantId("sb-1")
                .providerId("udf-1")
                .addGoalId("e5")
                .purposeStated(true)
                .build();

        assertThat(order.providerId()).isEqualTo("udf-1");
        assertThat(order.goalIds()).containsExactly("e5");
        assertThat(order.purposeStated()).isTrue();
        assertThat(order.kind()).isEqualTo(EventKind.PROVIDER_ORDER);
    }

    @Test
    void the_coordination_example_builds_with_the_fields_it_sets() {
        Coordination coordination = Coordination.builder()
                .id("e11")
                .date(LocalDate.of(2026, 4, 28))
                .addParticipantIds("sb-1", "psyk-1")
                .counterpart(Actor.REGIONAL_PSYCHIATRY)
                .counterpartParticipantId("psyk-1")
                .sharedGoals(true)
                .topic("Fælles plan for behandling og støtte")
                .build();

        assertThat(coordination.counterpart()).isEqualTo(Actor.REGIONAL_PSYCHIATRY);
        assertThat(coordination.counterpartParticipantId()).contains("psyk-1");
        assertThat(coordination.sharedGoals()).isTrue();
        assertThat(coordination.kind()).isEqualTo(EventKind.COORDINATION);
    }

    @Test
    void the_method_applied_example_builds_with_the_fields_it_sets() {
        MethodApplied method = MethodApplied.builder()
                .id("e12")
                .date(LocalDate.of(2026, 5, 4))
                .addParticipantIds("borger-17", "udf-1")
                .method("Critical Time Intervention")
                .evidenceBase(EvidenceBase.DOCUMENTED)
                .build();

        assertThat(method.method()).isEqualTo("Critical Time Intervention");
        assertThat(method.evidenceBase()).isEqualTo(EvidenceBase.DOCUMENTED);
        assertThat(method.kind()).isEqualTo(EventKind.METHOD_APPLIED);
    }

    @Test
    void the_progress_measurement_example_builds_with_the_fields_it_sets() {
        ProgressMeasurement measurement = ProgressMeasurement.builder()
                .id("e13")
                .date(LocalDate.of(2026, 8, 31))
                .addParticipantIds("borger-17", "sb-1")
                .instrument("Funktionsvurdering efter VUM 2.0")
                .lifeArea(LifeArea.PRACTICAL_TASKS)
                .before(FunctionLevel.MODERATE)
                .after(FunctionLevel.MILD)
                .build();

        assertThat(measurement.lifeArea()).contains(LifeArea.PRACTICAL_TASKS);
        assertThat(measurement.before()).isEqualTo(FunctionLevel.MODERATE);
        assertThat(measurement.after()).isEqualTo(FunctionLevel.MILD);
        assertThat(measurement.kind()).isEqualTo(EventKind.PROGRESS_MEASUREMENT);
    }

    @Test
    void the_follow_up_example_builds_with_the_fields_it_sets() {
        FollowUp followUp = FollowUp.builder()
                .id("e14")
                .date(LocalDate.of(2026, 4, 14))
                .plannedFor(LocalDate.of(2026, 10, 14))
                .heldOn(LocalDate.of(2026, 10, 12))
                .addParticipantIds("borger-17", "sb-1")
                .goalsReviewedWithCitizen(true)
                .providerStatusCollected(true)
                .outcome(FollowUpOutcome.CONTINUE)
                .build();

        assertThat(followUp.plannedFor()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(followUp.heldOn()).contains(LocalDate.of(2026, 10, 12));
        assertThat(followUp.outcome()).contains(FollowUpOutcome.CONTINUE);
        assertThat(followUp.kind()).isEqualTo(EventKind.FOLLOW_UP);
    }

    @Test
    void the_complaint_example_builds_with_the_fields_it_sets() {
        Complaint complaint = Complaint.builder()
                .id("e15")
                .date(LocalDate.of(2026, 5, 1))
                .addParticipantId("borger-17")
                .decisionId("e7")
                .reconsideredOn(LocalDate.of(2026, 5, 20))
                .reconsiderationOutcome(ReconsiderationOutcome.UPHELD)
                .forwardedOn(LocalDate.of(2026, 5, 22))
                .build();

        assertThat(complaint.decisionId()).isEqualTo("e7");
        assertThat(complaint.reconsiderationOutcome()).contains(ReconsiderationOutcome.UPHELD);
        assertThat(complaint.forwardedOn()).contains(LocalDate.of(2026, 5, 22));
        assertThat(complaint.kind()).isEqualTo(EventKind.COMPLAINT);
    }

    @Test
    void the_caseworker_change_example_builds_with_the_fields_it_sets() {
        CaseworkerChange change = CaseworkerChange.builder()
                .id("e16")
                .date(LocalDate.of(2026, 6, 1))
                .addParticipantIds("borger-17", "sb-1", "sb-2")
                .fromCaseworkerId("sb-1")
                .toCaseworkerId("sb-2")
                .citizenInformed(true)
                .handoverWithCitizen(true)
                .build();

        assertThat(change.fromCaseworkerId()).isEqualTo("sb-1");
        assertThat(change.toCaseworkerId()).isEqualTo("sb-2");
        assertThat(change.handoverWithCitizen()).isTrue();
        assertThat(change.kind()).isEqualTo(EventKind.CASEWORKER_CHANGE);
    }

    @Test
    void the_guidance_example_builds_with_the_fields_it_sets() {
        Guidance guidance = Guidance.builder()
                .id("e17")
                .date(LocalDate.of(2026, 3, 2))
                .addParticipantIds("borger-17", "sb-1")
                .addTopics(GuidanceTopic.RIGHTS, GuidanceTopic.PROCESS_AND_TIMING, GuidanceTopic.COMPANION)
                .written(true)
                .build();

        assertThat(guidance.topics())
                .containsExactlyInAnyOrder(
                        GuidanceTopic.RIGHTS, GuidanceTopic.PROCESS_AND_TIMING, GuidanceTopic.COMPANION);
        assertThat(guidance.written()).isTrue();
        assertThat(guidance.kind()).isEqualTo(EventKind.GUIDANCE);
    }

    @Test
    void the_participant_example_builds_an_interpreter() {
        Participant interpreter = Participant.builder()
                .id("tolk-1")
                .role(Role.INTERPRETER)
                .interpretation(InterpretationKind.SIGN)
                .build();

        assertThat(interpreter.role()).isEqualTo(Role.INTERPRETER);
        assertThat(interpreter.interpretation()).contains(InterpretationKind.SIGN);
    }

    @Test
    void the_life_area_assessment_example_builds_with_the_fields_it_sets() {
        LifeAreaAssessment selfCare = LifeAreaAssessment.builder()
                .area(LifeArea.SELF_CARE)
                .functionLevel(FunctionLevel.MODERATE)
                .supportNeed(SupportNeed.MODERATE)
                .resources("Laver selv morgenmad")
                .build();

        assertThat(selfCare.area()).isEqualTo(LifeArea.SELF_CARE);
        assertThat(selfCare.supportNeed()).isEqualTo(SupportNeed.MODERATE);
        assertThat(selfCare.resources()).isPresent();
    }
}
