package io.github.inddragelse.model.caseprocess;

import static io.github.inddragelse.model.caseprocess.Fixtures.CASEWORKER;
import static io.github.inddragelse.model.caseprocess.Fixtures.CITIZEN;
import static io.github.inddragelse.model.caseprocess.Fixtures.OPENED;
import static io.github.inddragelse.model.caseprocess.Fixtures.day;
import static io.github.inddragelse.model.caseprocess.Invalid.assertInvalid;
import static io.github.inddragelse.model.caseprocess.Invalid.v;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.catalogue.LegalReferences;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every invariant of {@link CaseProcess}, including the references between its parts. */
class CaseProcessInvariantsTest {

    private static final String TEXT = "tekst";
    private static final String CPR = "looks like a CPR number; use a pseudonymous id";

    @Test
    void case_and_citizen_ids_must_be_pseudonymous() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .caseId("sag 1")
                        .citizenId("010190-1234")
                        .build(),
                "CaseProcess",
                v("caseId", "must be 1-64 letters, digits or . _ : - and start with a letter or digit"),
                v("citizenId", CPR),
                v("citizenId", "names no participant"));
    }

    @Test
    void the_municipality_is_1_to_64_characters() {
        assertInvalid(
                () -> Fixtures.minimalProcess().municipality(" ").build(),
                "CaseProcess",
                v("municipality", "must be 1-64 characters"));
        assertInvalid(
                () -> Fixtures.minimalProcess().municipality("k".repeat(65)).build(),
                "CaseProcess",
                v("municipality", "must be 1-64 characters"));
    }

    @Test
    void at_least_one_target_group_is_named() {
        assertInvalid(
                () -> Fixtures.minimalProcess().targetGroups(List.of()).build(),
                "CaseProcess",
                v("targetGroups", "must name at least one target group"));
    }

    @Test
    void a_published_deadline_is_a_positive_period() {
        assertInvalid(
                () -> Fixtures.minimalProcess().processingDeadline(Period.ZERO).build(),
                "CaseProcess",
                v("processingDeadline", "must be a positive period"));
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .processingDeadline(Period.ofMonths(1).minusDays(40))
                        .build(),
                "CaseProcess",
                v("processingDeadline", "must be a positive period"));
    }

    @Test
    void participant_ids_are_unique() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addParticipant(Participant.builder()
                                .id(CASEWORKER)
                                .role(Role.RELATIVE)
                                .build())
                        .build(),
                "CaseProcess",
                v("participants[2].id", "duplicate participant id 'sb-1'"));
    }

    @Test
    void the_citizen_id_names_the_one_participant_with_role_citizen() {
        assertInvalid(
                () -> Fixtures.minimalProcess().citizenId("borger-99").build(),
                "CaseProcess",
                v("citizenId", "names no participant"));
        assertInvalid(
                () -> Fixtures.minimalProcess().citizenId(CASEWORKER).build(),
                "CaseProcess",
                v("citizenId", "names a participant whose role is not citizen"));
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addParticipant(Participant.builder()
                                .id("borger-2")
                                .role(Role.CITIZEN)
                                .build())
                        .build(),
                "CaseProcess",
                v("participants", "has 2 participants with role citizen; one is allowed"));
    }

    @Test
    void event_ids_are_unique() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addEvent(Fixtures.contact(TEXT))
                        .addEvent(Contact.builder()
                                .from(Fixtures.contact(TEXT))
                                .date(day(3, 3))
                                .build())
                        .build(),
                "CaseProcess",
                v("events[1].id", "duplicate event id 'e01'"));
    }

    @Test
    void no_event_is_dated_before_the_case_was_opened() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addEvent(Contact.builder()
                                .from(Fixtures.contact(TEXT))
                                .date(OPENED.minusDays(1))
                                .build())
                        .build(),
                "CaseProcess",
                v("events[0].date", "is before the case was opened (2026-03-02)"));
    }

    @Test
    void every_participant_of_an_event_takes_part_in_the_case() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addEvent(Meeting.builder()
                                .from(Fixtures.meeting(TEXT))
                                .participantIds(List.of(CITIZEN, "ghost-1"))
                                .build())
                        .build(),
                "CaseProcess",
                v("events[0].participantIds[1]", "names no participant ('ghost-1')"));
    }

    @Test
    void the_source_of_information_and_the_coordination_counterpart_take_part_in_the_case() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addEvent(InformationGathering.builder()
                                .from(Fixtures.informationGathering(TEXT))
                                .participantIds(List.of(CASEWORKER))
                                .build())
                        .addEvent(Coordination.builder()
                                .from(Fixtures.coordination(TEXT))
                                .participantIds(List.of(CASEWORKER))
                                .build())
                        .build(),
                "CaseProcess",
                v("events[0].sourceParticipantId", "names no participant ('laege-1')"),
                v("events[1].counterpartParticipantId", "names no participant ('psyk-1')"));
    }

    @Test
    void a_decision_and_a_hearing_are_on_a_provision_applied_for() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addAppliedFor(LegalReferences.SEL_97)
                        .addEvent(Fixtures.hearing(TEXT))
                        .addEvent(Fixtures.decision(TEXT))
                        .build(),
                "CaseProcess",
                v("events[0].provision", "is SEL §85, which is not among the provisions applied for"),
                v("events[1].provision", "is SEL §85, which is not among the provisions applied for"));
    }

    @Test
    void a_process_that_names_no_provision_applied_for_accepts_any_decision() {
        CaseProcess process =
                Fixtures.minimalProcess().addEvent(Fixtures.decision(TEXT)).build();
        assertThat(process.appliedFor()).isEmpty();
        assertThat(process.events()).hasSize(1);
    }

    @Test
    void the_order_goes_to_provider_staff_and_passes_on_goals() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addEvent(Fixtures.contact(TEXT))
                        .addEvent(ProviderOrder.builder()
                                .id("o1")
                                .date(day(5, 1))
                                .providerId(CASEWORKER)
                                .addGoalIds("e01", "g-none", "e01")
                                .build())
                        .addEvent(ProviderOrder.builder()
                                .id("o2")
                                .date(day(5, 1))
                                .providerId("udf-none")
                                .build())
                        .build(),
                "CaseProcess",
                v("events[1].providerId", "names participant 'sb-1' whose role is caseworker"),
                v("events[1].goalIds[0]", "names event 'e01' which is a contact, not a goal"),
                v("events[1].goalIds[1]", "names no event ('g-none')"),
                v("events[1].goalIds[2]", "names event 'e01' which is a contact, not a goal"),
                v("events[1].goalIds[2]", "lists the same goal twice"),
                v("events[2].providerId", "names no participant ('udf-none')"));
    }

    @Test
    void a_complaint_names_an_earlier_decision() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addEvent(Fixtures.contact(TEXT))
                        .addEvent(Fixtures.decision(TEXT))
                        .addEvent(complaint("k1", "e01", day(5, 10)))
                        .addEvent(complaint("k2", "d-none", day(5, 10)))
                        .addEvent(complaint("k3", "e11", day(4, 27)))
                        .build(),
                "CaseProcess",
                v("events[2].decisionId", "names event 'e01' which is a contact, not a decision"),
                v("events[3].decisionId", "names no event ('d-none')"),
                v("events[4].date", "is before the decision complained about (2026-04-28)"));
    }

    @Test
    void a_caseworker_change_is_between_caseworkers_of_the_case() {
        assertInvalid(
                () -> Fixtures.minimalProcess()
                        .addEvent(CaseworkerChange.builder()
                                .id("s1")
                                .date(day(6, 1))
                                .fromCaseworkerId(CITIZEN)
                                .toCaseworkerId("sb-none")
                                .build())
                        .build(),
                "CaseProcess",
                v("events[0].fromCaseworkerId", "names participant 'borger-17' whose role is citizen"),
                v("events[0].toCaseworkerId", "names no participant ('sb-none')"));
    }

    @Test
    void all_problems_of_a_process_are_reported_together_in_check_order() {
        assertInvalid(
                () -> Fixtures.process(TEXT)
                        .caseId("010190-1234")
                        .municipality("")
                        .targetGroups(List.of())
                        .processingDeadline(Period.ZERO)
                        .addParticipant(Participant.builder()
                                .id(CASEWORKER)
                                .role(Role.PROVIDER_STAFF)
                                .build())
                        .addEvent(Contact.builder()
                                .from(Fixtures.contact(TEXT))
                                .date(OPENED.minusDays(3))
                                .build())
                        .build(),
                "CaseProcess",
                v("caseId", CPR),
                v("municipality", "must be 1-64 characters"),
                v("targetGroups", "must name at least one target group"),
                v("processingDeadline", "must be a positive period"),
                v("participants[8].id", "duplicate participant id 'sb-1'"),
                v("events[17].id", "duplicate event id 'e01'"),
                v("events[17].date", "is before the case was opened (2026-03-02)"));
    }

    private static Complaint complaint(String id, String decisionId, LocalDate date) {
        return Complaint.builder().id(id).date(date).decisionId(decisionId).build();
    }
}
