package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.ItemStatus;
import io.github.inddragelse.model.assessment.TrustGap;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.scoring.Score;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AssessmentRoundTripProperties {

    private final InddragelseJson json = InddragelseJson.create();

    @Provide
    Arbitrary<Assessment> assessments() {
        return AssessmentGenerator.assessments();
    }

    @Provide
    Arbitrary<Double> finiteDoubles() {
        // Within +-1e307, so that the gap written beside them stays finite too.
        return Arbitraries.oneOf(
                        Arbitraries.doubles(),
                        Arbitraries.longs().map(Double::longBitsToDouble),
                        Arbitraries.of(-0.0, 0.0, Double.MIN_VALUE, 1e307, 1e15, 1e15 - 1, 0.1, 2.0 / 3))
                .filter(d -> Double.isFinite(d) && Math.abs(d) <= 1e307);
    }

    @Example
    void the_generated_assessments_cover_what_the_format_holds() {
        List<Assessment> sample =
                AssessmentGenerator.assessments().sampleStream().limit(300).toList();

        assertThat(sample).anyMatch(Assessment::hasCriticalFindings).anyMatch(a -> !a.hasCriticalFindings());
        assertThat(sample).anyMatch(a -> !a.trustGaps().isEmpty());
        assertThat(sample).anyMatch(a -> a.overall().band().isEmpty());
        assertThat(sample.stream().flatMap(a -> a.itemScores().stream()).map(i -> i.status()))
                .contains(ItemStatus.values());
        assertThat(sample.stream().flatMap(a -> a.findings().stream()).map(f -> f.outcome()))
                .contains(Outcome.values());
        assertThat(sample.stream().flatMap(a -> a.findings().stream()))
                .anyMatch(f -> f.recommendation().isPresent())
                .anyMatch(f -> !f.args().isEmpty());
    }

    @Property(tries = 400)
    void writing_then_reading_gives_an_equal_assessment_and_the_same_bytes(
            @ForAll("assessments") Assessment assessment) {
        String text = json.writeAssessment(assessment);

        Assessment back = json.readAssessment(text.getBytes(StandardCharsets.UTF_8));

        assertThat(back).isEqualTo(assessment);
        assertThat(json.writeAssessment(back)).isEqualTo(text);
        assertThat(json.readAssessment(json.writeAssessmentPretty(assessment))).isEqualTo(assessment);
    }

    @Property(tries = 100)
    void every_assessment_written_is_valid_against_the_schema(@ForAll("assessments") Assessment assessment) {
        assertThat(SchemaValidation.errors(JsonFormat.ASSESSMENT, json.writeAssessment(assessment)))
                .isEmpty();
    }

    @Property(tries = 50)
    void assessments_survive_ndjson(@ForAll("assessments") Assessment first, @ForAll("assessments") Assessment second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<Assessment> writer = json.ndjsonWriter(JsonFormat.ASSESSMENT, out)) {
            writer.writeAll(List.of(first, second));
        }

        try (NdjsonReader<Assessment> lines = json.readAssessments(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(lines.stream().map(NdjsonLine::value)).containsExactly(first, second);
        }
    }

    @Property(tries = 1000)
    void any_finite_number_reads_back_as_the_same_double(
            @ForAll("finiteDoubles") double caseworker, @ForAll("finiteDoubles") double citizen) {
        Assessment assessment = Assessment.builder()
                .caseId("sag-1")
                .asOf(LocalDate.of(2026, 6, 1))
                .catalogueId("inddragelse-standard")
                .catalogueVersion("2026.1")
                .scoringPolicyId("standard-1")
                .libraryVersion("test")
                .overall(Score.none())
                .addTrustGaps(new TrustGap("trust", caseworker, citizen))
                .build();
        String text = json.writeAssessment(assessment);

        TrustGap back = json.readAssessment(text).trustGaps().get(0);

        assertThat(Double.doubleToRawLongBits(back.caseworkerPercent()))
                .isEqualTo(Double.doubleToRawLongBits(caseworker));
        assertThat(Double.doubleToRawLongBits(back.citizenPercent())).isEqualTo(Double.doubleToRawLongBits(citizen));
        assertThat(json.writeAssessment(json.readAssessment(text))).isEqualTo(text);
    }
}
