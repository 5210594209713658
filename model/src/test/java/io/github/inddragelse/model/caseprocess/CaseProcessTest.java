package io.github.inddragelse.model.caseprocess;

import static io.github.inddragelse.model.caseprocess.Fixtures.CASEWORKER;
import static io.github.inddragelse.model.caseprocess.Fixtures.CITIZEN;
import static io.github.inddragelse.model.caseprocess.Fixtures.OPENED;
import static io.github.inddragelse.model.caseprocess.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class CaseProcessTest {

    private static final String TEXT = "tekst";

    @Test
    void a_whole_case_process_with_every_kind_of_event_is_built() {
        CaseProcess process = Fixtures.process(TEXT).build();

        assertThat(process.caseId()).isEqualTo("sag-2026-0042");
        assertThat(process.citizenId()).isEqualTo(CITIZEN);
        assertThat(process.municipality()).isEqualTo("0751");
        assertThat(process.targetGroups())
                .containsExactlyInAnyOrder(TargetGroup.MENTAL_HEALTH, TargetGroup.INTELLECTUAL_DISABILITY);
        assertThat(process.appliedFor()).containsExactly(LegalReferences.SEL_85);
        assertThat(process.openedOn()).isEqualTo(OPENED);
        assertThat(process.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(process.processingDeadline()).contains(Period.ofWeeks(8));
        assertThat(process.communicationNeeds())
                .containsExactlyInAnyOrder(CommunicationNeed.SIGN_LANGUAGE_INTERPRETER, CommunicationNeed.EASY_READ);
        assertThat(process.participants()).hasSize(8);
        assertThat(process.events())
                .hasSize(17)
                .extracting(CaseEvent::kind)
                .containsExactlyInAnyOrder(EventKind.values());
    }

    @Test
    void participants_and_events_are_looked_up_by_id() {
        CaseProcess process = Fixtures.process(TEXT).build();

        assertThat(process.citizen().id()).isEqualTo(CITIZEN);
        assertThat(process.citizen().role()).isEqualTo(Role.CITIZEN);
        assertThat(process.participant(CASEWORKER)).map(Participant::role).contains(Role.CASEWORKER);
        assertThat(process.participant("nobody")).isEmpty();
        assertThat(process.event("e11")).containsInstanceOf(Decision.class);
        assertThat(process.event("e99")).isEmpty();
    }

    @Test
    void the_decision_is_due_by_the_opening_date_plus_the_published_deadline() {
        assertThat(Fixtures.process(TEXT).build().decisionDueBy()).contains(day(4, 27));
        assertThat(Fixtures.minimalProcess().build().decisionDueBy()).isEmpty();
    }

    @Test
    void an_as_of_date_before_the_opening_is_a_violation_naming_both_dates_and_the_opening_date_is_not() {
        CaseProcess process = Fixtures.minimalProcess().build();

        assertThat(process.asOfViolation(OPENED.minusDays(1)))
                .contains(new Violation(
                        "asOf",
                        "is 2026-03-01, before the case was opened (2026-03-02); a case can only be assessed as of"
                                + " its opening date or later"));
        assertThat(process.asOfViolation(OPENED)).isEmpty();
        assertThat(process.asOfViolation(LocalDate.MAX)).isEmpty();
    }

    @Test
    void status_defaults_to_open_the_pension_age_to_not_reached_and_the_phase_of_a_process_without_events_to_opening() {
        CaseProcess process = Fixtures.minimalProcess().build();

        assertThat(process.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(process.currentPhase()).isEqualTo(Phase.OPENING);
        assertThat(process.events()).isEmpty();
        assertThat(process.appliedFor()).isEmpty();
        assertThat(process.communicationNeeds()).isEmpty();
        assertThat(process.processingDeadline()).isEmpty();
        assertThat(process.citizenReachedPensionAge()).isFalse();
    }

    @Test
    void whether_the_citizen_has_reached_the_pension_age_is_kept_but_not_printed() {
        CaseProcess process =
                Fixtures.process(TEXT).citizenReachedPensionAge(true).build();

        assertThat(process.citizenReachedPensionAge()).isTrue();
        assertThat(process).isNotEqualTo(Fixtures.process(TEXT).build());
        assertThat(process.toString()).isEqualTo(Fixtures.process(TEXT).build().toString());
    }

    @Test
    void the_current_phase_is_the_phase_of_the_latest_event_whatever_the_order_given() {
        CaseProcess process = Fixtures.minimalProcess()
                .addEvent(decision("d1", day(4, 1)))
                .addEvent(contact("c1", OPENED))
                .build();

        assertThat(process.currentPhase()).isEqualTo(Phase.DECISION);
    }

    @Test
    void of_events_on_the_same_latest_date_the_one_given_last_sets_the_current_phase() {
        CaseProcess process = Fixtures.minimalProcess()
                .addEvent(contact("c1", OPENED))
                .addEvent(decision("d1", day(4, 1)))
                .addEvent(ProviderOrder.builder()
                        .id("o1")
                        .date(day(4, 1))
                        .providerId("udf-9")
                        .build())
                .addParticipant(Participant.builder()
                        .id("udf-9")
                        .role(Role.PROVIDER_STAFF)
                        .build())
                .build();

        assertThat(process.currentPhase()).isEqualTo(Phase.ORDER);
    }

    @Test
    void a_current_phase_that_is_set_wins_over_the_events() {
        CaseProcess process = Fixtures.minimalProcess()
                .addEvent(contact("c1", OPENED))
                .currentPhase(Phase.INVESTIGATION)
                .build();

        assertThat(process.currentPhase()).isEqualTo(Phase.INVESTIGATION);
    }

    @Test
    void the_process_prints_ids_codes_and_counts_but_not_the_citizen() {
        CaseProcess process = Fixtures.process(TEXT).build();

        assertThat(process)
                .hasToString("CaseProcess{caseId=sag-2026-0042, municipality=0751, openedOn=2026-03-02, status=decided,"
                        + " participants=8, events=17}");
        assertThat(process.toString()).doesNotContain(CITIZEN);
    }

    private static Contact contact(String id, LocalDate date) {
        return Contact.builder()
                .id(id)
                .date(date)
                .contactKind(ContactKind.APPLICATION)
                .build();
    }

    private static Decision decision(String id, LocalDate date) {
        return Decision.builder()
                .id(id)
                .date(date)
                .provision(LegalReferences.SEL_85)
                .outcome(DecisionOutcome.GRANTED)
                .build();
    }
}
