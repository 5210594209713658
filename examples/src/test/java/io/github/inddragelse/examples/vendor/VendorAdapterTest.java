package io.github.inddragelse.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.rule.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VendorAdapterTest {

    private static final LocalDate OPRETTET = LocalDate.of(2026, 2, 2);
    private static final String NOTE = "SENTINEL-VENDOR-NOTAT-41";

    private final VendorAdapter adapter = new VendorAdapter();

    @Test
    void a_vendor_case_maps_to_a_case_process_that_can_be_assessed() {
        CaseProcess process = adapter.toCaseProcess(vendorCase(List.of()));

        assertThat(process.caseId()).isEqualTo("SAG-77");
        assertThat(process.targetGroups()).containsExactly(TargetGroup.INTELLECTUAL_DISABILITY);
        assertThat(process.appliedFor()).containsExactly(LegalReferences.SEL_85);
        assertThat(process.events())
                .extracting(e -> e.kind())
                .containsExactly(
                        EventKind.CONTACT,
                        EventKind.MEETING,
                        EventKind.HEARING,
                        EventKind.DECISION,
                        EventKind.ACTION_PLAN,
                        EventKind.FOLLOW_UP,
                        EventKind.GUIDANCE);
        Meeting meeting = (Meeting) process.event("h2").orElseThrow();
        assertThat(meeting.purpose()).isEqualTo(MeetingPurpose.EXPECTATIONS);
        assertThat(meeting.preparedWithCitizen()).isTrue();
        Decision decision = (Decision) process.event("h4").orElseThrow();
        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);
        assertThat(decision.complaintGuidance()).isTrue();
        assertThat(decision.followUpDate()).contains(OPRETTET.plusMonths(6));

        Assessment assessment = Assessor.standard().assess(process, OPRETTET.plusMonths(3));
        assertThat(assessment.caseId()).isEqualTo("SAG-77");
        assertThat(assessment.dimensions()).hasSize(12);
    }

    @Test
    void the_meeting_place_the_vendor_does_not_record_is_insufficient_data_not_a_shortfall() {
        CaseProcess process = adapter.toCaseProcess(vendorCase(List.of()));
        CaseProcess declaredNothing =
                CaseProcess.builder().from(process).notRecorded(Set.of()).build();

        Finding declared = Assessor.standard()
                .assess(process, OPRETTET.plusMonths(3))
                .finding("meeting-place-chosen-by-citizen")
                .orElseThrow();
        Finding undeclared = Assessor.standard()
                .assess(declaredNothing, OPRETTET.plusMonths(3))
                .finding("meeting-place-chosen-by-citizen")
                .orElseThrow();

        assertThat(process.notRecorded()).containsExactly(RecordedFact.MEETING_PLACE_CHOSEN_BY_CITIZEN);
        assertThat(undeclared.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(declared.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(declared.messageKey()).isEqualTo(Finding.FACT_NOT_RECORDED);
        assertThat(declared.explanation().da()).contains("mødested valgt af borgeren");
        assertThat(declared.evidence()).isEqualTo(undeclared.evidence());
    }

    @Test
    void unknown_codes_are_all_reported_with_their_path_in_the_vendor_record() {
        VendorCase bad = new VendorCase(
                "SAG-78",
                "P1",
                "0999",
                "HANDICAP",
                List.of("SEL85", "SEL999"),
                OPRETTET,
                Optional.of(8),
                List.of(new VendorCase.Person("P1", "BORGER"), new VendorCase.Person("P2", "CHEF")),
                List.of(
                        VendorCase.Haendelse.of("h1", "TELEFON", OPRETTET, List.of("P1")),
                        VendorCase.Haendelse.of(
                                "h2", "AFG", OPRETTET, List.of(), "paragraf", "SEL85", "udfald", "MAYBE"),
                        VendorCase.Haendelse.of(
                                "h3", "MOEDE", OPRETTET, List.of(), "formaal", "FORV", "forberedt", "X")));

        assertThatThrownBy(() -> adapter.toCaseProcess(bad))
                .isInstanceOf(VendorMappingException.class)
                .satisfies(e -> assertThat(((VendorMappingException) e).problems())
                        .extracting(VendorMappingException.Problem::path)
                        .containsExactly(
                                "maalgruppe",
                                "paragraffer[1]",
                                "personer[1].rolle",
                                "haendelser[0].type",
                                "haendelser[1].felter.udfald",
                                "haendelser[2].felter.forberedt"))
                .hasMessageContaining("unknown event type 'TELEFON' (known: KONTAKT, MOEDE")
                .hasMessageContaining("unknown code 'MAYBE' (known: AEND, AFSL, BEV, DELV, OPH)");
    }

    @Test
    void missing_fields_are_reported_and_free_text_never_appears_in_the_message() {
        VendorCase bad = vendorCase(
                List.of(VendorCase.Haendelse.of("h9", "OPF", OPRETTET, List.of(), "notat", NOTE, "afholdt", "i går")));

        assertThatThrownBy(() -> adapter.toCaseProcess(bad))
                .isInstanceOf(VendorMappingException.class)
                .hasMessageContaining("haendelser[7].felter.planlagt: is missing")
                .hasMessageContaining("haendelser[7].felter.afholdt: must be a date like 2026-03-02")
                .hasMessageNotContaining(NOTE)
                .hasMessageNotContaining("i går");
    }

    @Test
    void a_case_the_model_rejects_is_reported_under_the_model_path() {
        VendorCase early = vendorCase(
                List.of(VendorCase.Haendelse.of("h9", "KONTAKT", OPRETTET.minusDays(1), List.of(), "kanal", "HENV")));

        assertThatThrownBy(() -> adapter.toCaseProcess(early))
                .isInstanceOf(VendorMappingException.class)
                .hasMessageContaining("(model) events[7].date: is before the case was opened");
    }

    private static VendorCase vendorCase(List<VendorCase.Haendelse> extra) {
        List<VendorCase.Haendelse> events = new java.util.ArrayList<>(List.of(
                VendorCase.Haendelse.of("h1", "KONTAKT", OPRETTET, List.of("P1"), "kanal", "ANS"),
                VendorCase.Haendelse.of(
                        "h2", "MOEDE", OPRETTET.plusDays(7), List.of("P1", "SB1"), "formaal", "FORV", "forberedt", "J"),
                VendorCase.Haendelse.of(
                        "h3",
                        "HOERING",
                        OPRETTET.plusDays(20),
                        List.of("P1"),
                        "svarfrist",
                        OPRETTET.plusDays(34).toString(),
                        "besvaret",
                        OPRETTET.plusDays(30).toString()),
                VendorCase.Haendelse.of(
                        "h4",
                        "AFG",
                        OPRETTET.plusDays(40),
                        List.of(),
                        "paragraf",
                        "SEL85",
                        "udfald",
                        "DELV",
                        "begrundet",
                        "J",
                        "klagevejledning",
                        "J",
                        "opfoelgning",
                        OPRETTET.plusMonths(6).toString()),
                VendorCase.Haendelse.of(
                        "h5", "HP", OPRETTET.plusDays(41), List.of("P1"), "svar", "ACC", "medBorger", "J"),
                VendorCase.Haendelse.of(
                        "h6",
                        "OPF",
                        OPRETTET.plusDays(50),
                        List.of("P1"),
                        "planlagt",
                        OPRETTET.plusMonths(6).toString()),
                VendorCase.Haendelse.of("h7", "VEJL", OPRETTET, List.of("P1"), "emner", "KLAGE, BISID")));
        events.addAll(extra);
        return new VendorCase(
                "SAG-77",
                "P1",
                "0999",
                "UDV",
                List.of("SEL85"),
                OPRETTET,
                Optional.of(8),
                List.of(new VendorCase.Person("P1", "BORGER"), new VendorCase.Person("SB1", "SB")),
                events);
    }
}
