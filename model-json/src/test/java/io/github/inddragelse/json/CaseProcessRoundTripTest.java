package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.caseprocess.HearingExemption;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.ReablementAssessment;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseProcessRoundTripTest {

    private final InddragelseJson json = InddragelseJson.create();

    /** A case with one event of the kind, plus what it refers to (a goal, a decision). */
    private static CaseProcess caseWithOne(EventKind kind) {
        Map<EventKind, CaseEvent> all = Fixtures.oneOfEachKind();
        List<CaseEvent> events = new ArrayList<>();
        if (kind == EventKind.PROVIDER_ORDER) {
            events.add(all.get(EventKind.GOAL));
        }
        if (kind == EventKind.COMPLAINT) {
            events.add(all.get(EventKind.DECISION));
        }
        events.add(all.get(kind));
        return Fixtures.caseWith(events);
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void every_event_kind_reads_back_equal_from_compact_and_pretty_output(EventKind kind) {
        CaseProcess process = caseWithOne(kind);

        String compact = json.writeCase(process);
        String pretty = json.writeCasePretty(process);

        assertThat(json.readCase(compact)).isEqualTo(process);
        assertThat(json.readCase(pretty)).isEqualTo(process);
        assertThat(compact).contains("\"kind\":\"" + kind.code() + "\"");
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void every_event_kind_is_written_valid_against_the_schema(EventKind kind) {
        assertThat(SchemaValidation.caseProcessErrors(json.writeCasePretty(caseWithOne(kind))))
                .isEmpty();
    }

    @Test
    void a_case_with_every_kind_reads_back_equal_from_bytes_stream_and_reader() {
        CaseProcess process = Fixtures.everyKind();
        String text = json.writeCase(process);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(json.readCase(bytes)).isEqualTo(process);
        assertThat(json.readCase(new ByteArrayInputStream(bytes))).isEqualTo(process);
        assertThat(json.readCase(new StringReader(text))).isEqualTo(process);
    }

    @Test
    void facts_not_recorded_are_written_as_codes_in_enum_order_read_back_equal_and_valid_against_the_schema() {
        CaseProcess process = CaseProcess.builder()
                .from(caseWithOne(EventKind.CONTACT))
                .addNotRecorded(RecordedFact.GUIDANCE_WRITTEN, RecordedFact.DECISION_COMPLAINT_GUIDANCE)
                .build();

        String compact = json.writeCase(process);

        assertThat(compact).contains("\"notRecorded\":[\"decision-complaint-guidance\",\"guidance-written\"]");
        assertThat(json.readCase(compact)).isEqualTo(process);
        assertThat(json.readCase(compact.replace(
                                "[\"decision-complaint-guidance\",\"guidance-written\"]",
                                "[\"guidance-written\",\"decision-complaint-guidance\"]"))
                        .notRecorded())
                .isEqualTo(process.notRecorded());
        assertThat(SchemaValidation.caseProcessErrors(json.writeCasePretty(process)))
                .isEmpty();
        assertThat(json.writeCase(caseWithOne(EventKind.CONTACT))).doesNotContain("notRecorded");
    }

    @Test
    void writing_the_same_value_twice_gives_the_same_bytes() {
        CaseProcess process = Fixtures.everyKind();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(JsonFormat.CASE_PROCESS, process, out);

        assertThat(json.writeCase(process)).isEqualTo(json.writeCase(json.readCase(json.writeCase(process))));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.writeCase(process));
    }

    @Test
    void output_starts_with_the_schema_version_and_keeps_the_property_order() {
        String text = json.writeCase(Fixtures.everyKind());

        assertThat(text)
                .startsWith("{\"schemaVersion\":\"1.0\",\"caseId\":\"sag-2026-0042\",\"citizenId\":\"borger-1\"");
        assertThat(text.indexOf("\"participants\"")).isLessThan(text.indexOf("\"events\""));
    }

    @Test
    void sets_are_written_in_enum_order_whatever_order_they_were_given_in() {
        String text = json.writeCase(Fixtures.everyKind());

        assertThat(text).contains("\"targetGroups\":[\"physical-disability\",\"mental-health\"]");
        assertThat(text).contains("\"adaptations\":[\"plain-language\",\"sign-language\",\"extra-time\"]");
        assertThat(text).contains("\"topics\":[\"rights\",\"companion\",\"complaint\"]");
    }

    @Test
    void optional_values_are_omitted_and_defaulted_booleans_are_always_written() {
        CaseProcess process = Fixtures.caseWith(List.of());
        String text = json.writeCase(process);

        assertThat(text)
                .contains(
                        "{\"id\":\"borger-1\",\"role\":\"citizen\",\"underEighteen\":false,\"chosenByCitizen\":false}");
        assertThat(text).doesNotContain("\"note\"");
        assertThat(text).contains("\"events\":[]");
    }

    /** Writes a case holding just the events, checks that it reads back equal, and returns what was written. */
    private String writtenAndReadBack(CaseEvent... events) {
        CaseProcess process = Fixtures.caseWith(List.of(events));
        String text = json.writeCase(process);
        assertThat(json.readCase(text)).isEqualTo(process);
        return text;
    }

    /** A builder filled from the fixtures' decision. */
    private static Decision.Builder fixtureDecision() {
        return Decision.builder().from((Decision) Fixtures.oneOfEachKind().get(EventKind.DECISION));
    }

    @Test
    void a_change_fully_granting_a_request_bound_by_the_rules_reads_back_equal() {
        String text = writtenAndReadBack(fixtureDecision()
                .outcome(DecisionOutcome.CHANGED)
                .fullyGrantsRequest(true)
                .discretionary(false)
                .build());

        assertThat(text).contains("\"outcome\":\"changed\",\"fullyGrantsRequest\":true,\"discretionary\":false,");
    }

    @ParameterizedTest
    @EnumSource(HearingExemption.class)
    void every_hearing_exemption_reads_back_equal_and_is_written_valid_against_the_schema(HearingExemption exemption) {
        String text =
                writtenAndReadBack(fixtureDecision().hearingExemption(exemption).build());

        assertThat(text).contains("\"hearingExemption\":\"" + exemption.code() + "\"");
        assertThat(SchemaValidation.caseProcessErrors(text)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReconsiderationOutcome.class)
    void every_reconsideration_outcome_reads_back_equal_and_is_written_valid_against_the_schema(
            ReconsiderationOutcome outcome) {
        Complaint.Builder complaint = Complaint.builder()
                .from((Complaint) Fixtures.oneOfEachKind().get(EventKind.COMPLAINT))
                .reconsiderationOutcome(outcome);
        if (!outcome.mustBeSentOn()) {
            complaint.forwardedOn(Optional.empty());
        }
        String text = writtenAndReadBack(fixtureDecision().build(), complaint.build());

        assertThat(text).contains("\"reconsiderationOutcome\":\"" + outcome.code() + "\"");
        assertThat(text.contains("\"forwardedOn\"")).isEqualTo(outcome.mustBeSentOn());
        assertThat(SchemaValidation.caseProcessErrors(text)).isEmpty();
    }

    @Test
    void a_meeting_the_citizen_declined_reads_back_equal_and_left_out_it_is_false() {
        String text = writtenAndReadBack(Meeting.builder()
                .from((Meeting) Fixtures.oneOfEachKind().get(EventKind.MEETING))
                .participantIds(List.of("sb-1"))
                .citizenDeclined(true)
                .build());

        assertThat(text).contains("\"placeChosenByCitizen\":true,\"citizenDeclined\":true}");
        assertThat(((Meeting) json.readCase(text.replace(",\"citizenDeclined\":true", ""))
                                .events()
                                .get(0))
                        .citizenDeclined())
                .isFalse();
    }

    @Test
    void a_citizen_who_has_reached_the_pension_age_reads_back_equal_and_left_out_it_is_false() {
        CaseProcess process = CaseProcess.builder()
                .from(Fixtures.caseWith(List.of()))
                .citizenReachedPensionAge(true)
                .build();
        String text = json.writeCase(process);

        assertThat(text).contains("\"citizenReachedPensionAge\":true,\"participants\":");
        assertThat(json.readCase(text)).isEqualTo(process);
        assertThat(json.readCase(text.replace("\"citizenReachedPensionAge\":true,", ""))
                        .citizenReachedPensionAge())
                .isFalse();
    }

    @Test
    void a_reablement_assessment_reads_back_equal_and_left_out_it_is_not_recorded() {
        Investigation investigation = (Investigation) Fixtures.oneOfEachKind().get(EventKind.INVESTIGATION);
        CaseProcess process = Fixtures.caseWith(List.of(investigation));
        String text = json.writeCase(process);

        Investigation without =
                (Investigation) json.readCase(text.replace(",\"reablementAssessment\":\"not-suitable\"", ""))
                        .events()
                        .get(0);

        assertThat(investigation.reablementAssessment()).contains(ReablementAssessment.NOT_SUITABLE);
        assertThat(text).contains("\"allOptionsConsidered\":true,\"reablementAssessment\":\"not-suitable\",");
        assertThat(json.readCase(text)).isEqualTo(process);
        assertThat(without.reablementAssessment()).isEmpty();
        assertThat(without)
                .isEqualTo(Investigation.builder()
                        .from(investigation)
                        .reablementAssessment(Optional.empty())
                        .build());
    }

    @Test
    void decision_facts_left_out_take_their_defaults_from_the_outcome() {
        Decision decision = (Decision) Fixtures.oneOfEachKind().get(EventKind.DECISION);
        String text = json.writeCase(Fixtures.caseWith(List.of(decision)))
                .replace("\"fullyGrantsRequest\":false,", "")
                .replace("\"discretionary\":true,", "");

        Decision read = (Decision) json.readCase(text).events().get(0);

        assertThat(text).doesNotContain("fullyGrantsRequest").doesNotContain("discretionary");
        assertThat(read).isEqualTo(decision);
        assertThat(read.fullyGrantsRequest()).isFalse();
        assertThat(read.discretionary()).isTrue();
        assertThat(((Decision) json.readCase(text.replace("\"partly-granted\"", "\"granted\""))
                                .events()
                                .get(0))
                        .fullyGrantsRequest())
                .isTrue();
    }

    @Test
    void periods_are_written_as_java_time_writes_them_so_eight_weeks_is_56_days() {
        String text = json.writeCase(Fixtures.caseWith(List.of()));

        assertThat(text).contains("\"processingDeadline\":\"P56D\"");
        assertThat(json.readCase(text.replace("P56D", "P8W")).processingDeadline())
                .contains(java.time.Period.ofDays(56));
    }

    @Test
    void pretty_output_indents_by_two_spaces_with_newlines() {
        String pretty = json.writeCasePretty(Fixtures.caseWith(List.of()));

        assertThat(pretty).startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"caseId\": \"sag-2026-0042\",");
        assertThat(pretty).doesNotContain("\r").contains("\"events\": []");
    }

    @Test
    void one_instance_reads_and_writes_from_many_threads_at_once() {
        List<CaseProcess> processes = java.util.stream.LongStream.range(0, 200)
                .mapToObj(CaseProcessGenerator::generate)
                .toList();

        List<CaseProcess> back = processes.parallelStream()
                .map(json::writeCase)
                .map(json::readCase)
                .toList();

        assertThat(back).isEqualTo(processes);
    }

    @Test
    void danish_letters_are_written_as_utf8_not_escaped() {
        String text = json.writeCase(Fixtures.everyKind());

        assertThat(text).contains("Bostøtte, team nord");
    }
}
