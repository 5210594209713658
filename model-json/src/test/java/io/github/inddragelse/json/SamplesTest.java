package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.ItemScore;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {

    static Stream<Samples.Sample> samples() {
        return Samples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void every_sample_validates_against_the_schema(Samples.Sample sample) {
        assertThat(SchemaValidation.caseProcessErrors(sample.json())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void every_sample_reads_into_the_model_and_is_stored_as_the_writer_writes_it(Samples.Sample sample) {
        CaseProcess process = sample.load();

        assertThat(process.caseId()).isNotBlank();
        assertThat(InddragelseJson.create().writeCasePretty(process) + "\n").isEqualTo(sample.json());
        assertThat(process.targetGroups()).contains(sample.targetGroup());
    }

    @Test
    void there_are_at_least_six_samples_across_every_target_group_exemplary_and_flawed() {
        List<Samples.Sample> all = Samples.all();

        assertThat(all).hasSizeGreaterThanOrEqualTo(6);
        assertThat(all.stream().map(Samples.Sample::targetGroup).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(TargetGroup.class));
        assertThat(all).anyMatch(Samples.Sample::exemplary).anyMatch(s -> !s.exemplary());
        assertThat(all).extracting(Samples.Sample::name).doesNotHaveDuplicates();
    }

    @Test
    void the_samples_show_the_promised_flaws() {
        Set<String> traits =
                Samples.all().stream().flatMap(s -> s.traits().stream()).collect(Collectors.toSet());

        assertThat(traits)
                .contains(
                        "rejection-without-hearing",
                        "no-complaint-guidance",
                        "follow-up-overdue",
                        "interpreter-needed-but-missing",
                        "child-as-interpreter",
                        "action-plan-declined",
                        "opening-only",
                        "deadline-missed-without-notice");
    }

    @Test
    void the_caseload_holds_every_sample_in_index_order_with_realistic_lengths() {
        List<CaseProcess> caseload = Samples.caseload();

        assertThat(caseload).hasSameSizeAs(Samples.all());
        assertThat(caseload.get(0).caseId())
                .isEqualTo(Samples.all().get(0).load().caseId());
        assertThat(caseload.stream().filter(c -> c.events().size() >= 15)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(caseload).anyMatch(c -> c.events().size() == 1);
        Set<EventKind> kinds = caseload.stream()
                .flatMap(c -> c.events().stream())
                .map(e -> e.kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventKind.class)));
        assertThat(kinds).isEqualTo(EnumSet.allOf(EventKind.class));
    }

    static Stream<Samples.ResponseSample> responses() {
        return Samples.responses().stream();
    }

    @ParameterizedTest
    @MethodSource("responses")
    void every_sample_response_validates_and_is_stored_as_the_writer_writes_it(Samples.ResponseSample sample) {
        ChecklistResponse response = sample.load();

        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST_RESPONSE, sample.json()))
                .isEmpty();
        assertThat(InddragelseJson.create().writeResponsePretty(response) + "\n")
                .isEqualTo(sample.json());
        assertThat(response.perspective()).isEqualTo(sample.perspective());
        assertThat(sample.resource()).startsWith(Samples.FOLDER + "responses/");
    }

    @ParameterizedTest
    @MethodSource("responses")
    void every_sample_response_answers_the_standard_checklist_of_its_perspective(Samples.ResponseSample sample) {
        ChecklistResponse response = sample.load();
        Checklist checklist = StandardChecklists.byId(response.checklistId()).orElseThrow();

        checklist.validate(response);
        assertThat(checklist.perspective()).isEqualTo(sample.perspective());
        assertThat(response.answers()).isNotEmpty();
    }

    @Test
    void there_is_one_sample_response_per_perspective_all_about_one_sample_case() {
        assertThat(Samples.responses())
                .extracting(Samples.ResponseSample::perspective)
                .containsExactlyInAnyOrder(Perspective.values());
        Samples.Sample sample =
                Samples.named(Samples.responses().get(0).caseName()).orElseThrow();
        assertThat(sample.responses()).containsExactlyElementsOf(Samples.responses());
        assertThat(Samples.responses()).allSatisfy(r -> assertThat(r.load().caseId())
                .contains(sample.load().caseId()));
        assertThat(Samples.named("udsatte-kun-sagsaabning").orElseThrow().responses())
                .isEmpty();
    }

    @Test
    void the_sample_responses_show_the_trust_gap_on_their_case() {
        Samples.Sample sample =
                Samples.named(Samples.responses().get(0).caseName()).orElseThrow();
        List<ChecklistResponse> answers =
                sample.responses().stream().map(Samples.ResponseSample::load).toList();

        Assessment assessment = Assessor.standard().assess(sample.load(), answers, LocalDate.of(2026, 5, 1));

        assertThat(assessment.itemScores()).extracting(ItemScore::perspective).contains(Perspective.values());
        assertThat(assessment.trustGaps()).isNotEmpty().allSatisfy(g -> assertThat(g.gap())
                .isPositive());
    }

    @Test
    void samples_are_found_by_name() {
        assertThat(Samples.named("udsatte-kun-sagsaabning")).isPresent();
        assertThat(Samples.named("no-such-sample")).isEmpty();
        assertThat(Samples.all()).allSatisfy(s -> assertThat(s.resource()).startsWith(Samples.FOLDER));
    }
}
