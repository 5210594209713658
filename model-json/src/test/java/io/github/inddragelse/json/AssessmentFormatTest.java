package io.github.inddragelse.json;

import static io.github.inddragelse.json.Problems.assertLocated;
import static io.github.inddragelse.json.Problems.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Score;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AssessmentFormatTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private final InddragelseJson json = InddragelseJson.create();

    private static Assessment flawed() {
        return Assessor.standard()
                .assess(
                        Samples.named("handicap-intellektuel-afslag-uden-partshoering")
                                .orElseThrow()
                                .load(),
                        Samples.responses().stream()
                                .map(Samples.ResponseSample::load)
                                .toList(),
                        AS_OF);
    }

    private static Assessment minimal(Score overall, Finding... findings) {
        return Assessment.builder()
                .caseId("sag-1")
                .asOf(AS_OF)
                .catalogueId("inddragelse-standard")
                .catalogueVersion("2026.1")
                .scoringPolicyId("standard-1")
                .libraryVersion("test")
                .overall(overall)
                .addFindings(findings)
                .build();
    }

    private static Finding.Builder finding() {
        return Finding.builder()
                .ruleId("r-1")
                .ruleVersion(3)
                .title(Text.of("Titel", "Title"))
                .outcome(Outcome.NOT_MET)
                .severity(Severity.CRITICAL)
                .addDimensions("transparency")
                .addLegalReferences(LegalReferences.FVL_19)
                .messageKey("k")
                .explanation(Text.of("Forklaring", "Explanation"))
                .rationale(Text.of("Begrundelse", "Rationale"));
    }

    @Test
    void an_assessment_with_checklist_answers_round_trips_and_validates() {
        Assessment assessment = flawed();
        String text = json.writeAssessmentPretty(assessment);

        assertThat(assessment.itemScores()).isNotEmpty();
        assertThat(assessment.trustGaps()).isNotEmpty();
        assertThat(json.readAssessment(text)).isEqualTo(assessment);
        assertThat(SchemaValidation.errors(JsonFormat.ASSESSMENT, text)).isEmpty();
    }

    @Test
    void the_same_case_assessed_twice_gives_the_same_bytes() {
        assertThat(json.writeAssessment(flawed())).isEqualTo(json.writeAssessment(flawed()));
    }

    @Test
    void numbers_are_written_whole_when_they_are_whole_and_shortest_otherwise() {
        Score score = new Score(OptionalDouble.of(62.5), 1.0, Optional.of(Band.WEAK), 4, 3, false);

        assertThat(json.write(JsonFormat.ASSESSMENT, minimal(score)))
                .contains("\"overall\":{\"percent\":62.5,\"coverage\":1,\"band\":\"weak\",\"applicable\":4,"
                        + "\"scored\":3,\"capped\":false}");
        assertThat(json.writeAssessment(
                        minimal(new Score(OptionalDouble.of(100.0 / 3), 0.1, Optional.empty(), 3, 1, true))))
                .contains("\"overall\":{\"percent\":33.333333333333336,\"coverage\":0.1,\"applicable\":3,");
        assertThat(json.writeAssessment(
                        minimal(new Score(OptionalDouble.of(-0.0), 1e-7, Optional.empty(), 0, 0, false))))
                .contains("\"percent\":-0.0,\"coverage\":1.0E-7,");
    }

    @Test
    void message_arguments_are_written_in_name_order_whatever_order_they_were_given_in() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("zeta", "2");
        args.put("alpha", "1");

        String text =
                json.writeAssessment(minimal(Score.none(), finding().args(args).build()));

        assertThat(text).contains("\"args\":{\"alpha\":\"1\",\"zeta\":\"2\"}");
        assertThat(json.readAssessment(text).findings().get(0).args()).isEqualTo(args);
    }

    @Test
    void citations_names_kinds_and_gaps_are_written_for_readers_and_ignored_when_read() {
        Assessment assessment = flawed();
        String text = json.writeAssessmentPretty(assessment);
        String altered = text.replace("\"citation\": \"FVL §19\"", "\"citation\": \"whatever\"")
                .replace("\"da\": \"Tillidsfuld relation\"", "\"da\": \"Noget andet\"")
                .replaceAll("\"gap\": [-0-9.E]+", "\"gap\": 0")
                .replaceAll(",\\s*\"kind\": \"(element|principle)\"", "");

        assertThat(text).contains("\"citation\": \"FVL §19\"", "\"gap\": ", "\"kind\": \"principle\"");
        assertThat(json.readAssessment(altered)).isEqualTo(assessment);
    }

    @Test
    void a_dimension_is_resolved_by_its_id_against_the_catalogue_in_use() {
        Assessment assessment = flawed();
        Dimension trust = StandardCatalogue.get().dimension("trust").orElseThrow();
        Dimension renamed =
                Dimension.builder().from(trust).name(Text.of("Tillid", "Trust")).build();
        List<Dimension> elements = new ArrayList<>(StandardCatalogue.get().elements());
        elements.set(0, renamed);
        Catalogue own = Catalogue.builder()
                .from(StandardCatalogue.get())
                .elements(elements)
                .build();

        Assessment read = InddragelseJson.create(
                        JsonOptions.builder().catalogue(own).build())
                .readAssessment(json.writeAssessment(assessment));

        assertThat(read.dimension("trust").orElseThrow().dimension()).isEqualTo(renamed);
        assertThat(read.findings()).isEqualTo(assessment.findings());
    }

    @Test
    void every_problem_of_a_bad_assessment_is_named_at_its_pointer() {
        String text = json.writeAssessmentPretty(flawed());
        String document = text.replaceFirst("\"dimensionId\": \"trust\"", "\"dimensionId\": \"punctuality\"")
                .replaceFirst("\"records\": \\{", "\"telepathy\": {")
                .replaceFirst("\"code\": \"rsl-3\"", "\"code\": \"rsl-999\"")
                .replaceFirst("\"ruleVersion\": 1,", "\"ruleVersion\": 1.5,");

        assertLocated(
                Problems.of(() -> json.readAssessment(document)),
                at(ProblemCode.UNKNOWN_CODE, "/dimensions/0/dimensionId", document, "\"punctuality\""),
                at(ProblemCode.UNKNOWN_CODE, "/dimensions/0/lenses/telepathy", document, "\"telepathy\""),
                Problems.after(ProblemCode.WRONG_TYPE, "/findings/0/ruleVersion", document, "\"ruleVersion\": "),
                at(ProblemCode.UNKNOWN_CODE, "/findings/0/legalReferences/0/code", document, "\"rsl-999\""));
    }

    @Test
    void a_score_out_of_range_is_an_invalid_value_at_its_field() {
        String text = json.writeAssessmentPretty(
                minimal(new Score(OptionalDouble.of(50), 0.5, Optional.of(Band.WEAK), 4, 2, false)));
        String document = text.replace("\"percent\": 50", "\"percent\": 150")
                .replace("\"coverage\": 0.5", "\"coverage\": -1")
                .replace("\"scored\": 2", "\"scored\": 5");

        List<JsonProblem> problems = Problems.of(() -> json.readAssessment(document));

        assertLocated(
                problems,
                at(ProblemCode.INVALID_VALUE, "/overall/percent", document, "150"),
                Problems.after(ProblemCode.INVALID_VALUE, "/overall/coverage", document, "\"coverage\": "),
                Problems.after(ProblemCode.INVALID_VALUE, "/overall/scored", document, "\"scored\": "));
        assertThat(problems.get(0).message()).isEqualTo("must be within 0-100");
    }

    @Test
    void a_failed_finding_and_a_finding_without_recommendation_round_trip() {
        Assessment assessment = minimal(
                Score.none(),
                finding().failed(true).outcome(Outcome.INSUFFICIENT_DATA).build(),
                finding()
                        .ruleId("r-2")
                        .recommendation(Text.of("Gør noget", "Do something"))
                        .addLegalReferences(LegalReferences.SEL_85)
                        .build());
        String text = json.writeAssessment(assessment);

        assertThat(text).contains("\"failed\":true").contains("\"recommendation\":{\"da\":\"Gør noget\"");
        assertThat(json.readAssessment(text)).isEqualTo(assessment);
        assertThat(SchemaValidation.errors(JsonFormat.ASSESSMENT, text)).isEmpty();
    }

    @Test
    void a_caseload_summary_is_written_with_bands_in_band_order_and_validates() throws Exception {
        List<Assessment> assessments = new ArrayList<>();
        for (var process : Samples.caseload()) {
            assessments.add(Assessor.standard().assess(process, AS_OF));
        }
        CaseloadSummary summary = CaseloadSummary.of(assessments);

        String text = json.writeCaseloadSummaryPretty(summary);

        assertThat(SchemaValidation.errors(JsonFormat.CASELOAD_SUMMARY, text)).isEmpty();
        assertThat(text).contains("\"cases\": " + assessments.size());
        assertThat(text).contains("\"shareWithCriticalFindings\": " + summary.shareWithCriticalFindings());
        JsonNode tree = SchemaValidation.MAPPER.readTree(text);
        assertThat(tree.path("dimensions"))
                .anySatisfy(d -> assertThat(d.path("bands").size()).isGreaterThan(2));
        for (JsonNode d : tree.path("dimensions")) {
            List<String> written = new ArrayList<>();
            d.path("bands").fieldNames().forEachRemaining(written::add);
            assertThat(written)
                    .isEqualTo(Arrays.stream(Band.values())
                            .map(Band::code)
                            .filter(written::contains)
                            .toList());
        }
        assertThat(json.writeCaseloadSummary(CaseloadSummary.of(assessments)))
                .isEqualTo(json.writeCaseloadSummary(summary));
    }

    @Test
    void the_caseload_summary_format_is_written_only() {
        String text = json.writeCaseloadSummary(CaseloadSummary.of(List.of()));

        assertThat(JsonFormat.CASELOAD_SUMMARY.readable()).isFalse();
        assertThatThrownBy(() -> json.read(JsonFormat.CASELOAD_SUMMARY, text))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> json.readNdjson(
                        JsonFormat.CASELOAD_SUMMARY, new ByteArrayInputStream(new byte[0]), OnBadLine.STOP))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(text)
                .isEqualTo("{\"schemaVersion\":\"1.0\",\"cases\":0,\"casesWithCriticalFindings\":0,"
                        + "\"shareWithCriticalFindings\":0,\"dimensions\":[],\"mostOftenUnmet\":[]}");
    }
}
