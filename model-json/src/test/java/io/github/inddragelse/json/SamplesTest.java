package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.catalogue.TargetGroup;
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

    @Test
    void samples_are_found_by_name() {
        assertThat(Samples.named("udsatte-kun-sagsaabning")).isPresent();
        assertThat(Samples.named("no-such-sample")).isEmpty();
        assertThat(Samples.all()).allSatisfy(s -> assertThat(s.resource()).startsWith(Samples.FOLDER));
    }
}
