package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.scoring.Score;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The Jackson module binds the checklist, response, assessment and summary formats like the facade. */
class ModuleFormatsTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final InddragelseJson json = InddragelseJson.create();

    private static Assessment assessment() {
        Samples.Sample sample =
                Samples.named(Samples.responses().get(0).caseName()).orElseThrow();
        return Assessor.standard()
                .assess(
                        sample.load(),
                        sample.responses().stream()
                                .map(Samples.ResponseSample::load)
                                .toList(),
                        LocalDate.of(2026, 5, 1));
    }

    @Test
    void an_object_mapper_writes_the_same_bytes_as_the_facade_and_reads_them_back() throws Exception {
        Checklist checklist = StandardChecklists.citizen();
        ChecklistResponse response = Samples.responses().get(1).load();
        Assessment assessment = assessment();

        assertThat(mapper.writeValueAsString(checklist)).isEqualTo(json.writeChecklist(checklist));
        assertThat(mapper.readValue(json.writeChecklist(checklist), Checklist.class))
                .isEqualTo(checklist);
        assertThat(mapper.writeValueAsString(response)).isEqualTo(json.writeResponse(response));
        assertThat(mapper.readValue(json.writeResponse(response), ChecklistResponse.class))
                .isEqualTo(response);
        assertThat(mapper.writeValueAsString(assessment)).isEqualTo(json.writeAssessment(assessment));
        assertThat(mapper.readValue(json.writeAssessment(assessment), Assessment.class))
                .isEqualTo(assessment);
    }

    @Test
    void parts_of_an_assessment_are_bound_too() throws Exception {
        Assessment assessment = assessment();
        Score overall = assessment.overall();

        String score = mapper.writeValueAsString(overall);

        assertThat(score).startsWith("{\"percent\":");
        assertThat(mapper.readValue(score, Score.class)).isEqualTo(overall);
        assertThat(mapper.readValue(
                        mapper.writeValueAsString(assessment.findings().get(0)),
                        io.github.inddragelse.model.assessment.Finding.class))
                .isEqualTo(assessment.findings().get(0));
        assertThat(mapper.readValue(
                        mapper.writeValueAsString(assessment.trustGaps().get(0)),
                        io.github.inddragelse.model.assessment.TrustGap.class))
                .isEqualTo(assessment.trustGaps().get(0));
    }

    @Test
    void a_caseload_summary_is_written_by_the_mapper_as_by_the_facade() throws Exception {
        CaseloadSummary summary = CaseloadSummary.of(List.of(assessment(), assessment()));

        assertThat(mapper.writeValueAsString(summary)).isEqualTo(json.writeCaseloadSummary(summary));
    }

    @Test
    void conditions_are_bound_with_their_type_whatever_their_class() throws Exception {
        Condition hearing = Condition.hasEvent(EventKind.HEARING);

        assertThat(mapper.writeValueAsString(hearing)).isEqualTo("{\"type\":\"has-event\",\"kind\":\"hearing\"}");
        assertThat(mapper.writeValueAsString(Condition.always())).isEqualTo("{\"type\":\"always\"}");
        assertThat(mapper.readValue("{\"type\":\"has-adverse-decision\"}", Condition.class))
                .isEqualTo(Condition.hasAdverseDecision());
        assertThat(mapper.readValue("{\"type\":\"has-event\",\"kind\":\"hearing\"}", Condition.HasEvent.class))
                .isEqualTo(hearing);
        assertThatThrownBy(() -> mapper.readValue("{\"type\":\"always\"}", Condition.HasEvent.class))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> assertThat(((JsonReadException) e).problems())
                        .extracting(JsonProblem::code, JsonProblem::pointer)
                        .containsExactly(Tuple.tuple(ProblemCode.WRONG_TYPE, "/type")));
    }

    @Test
    void an_unknown_dimension_id_read_through_the_mapper_is_named_at_its_pointer() {
        String text = json.writeAssessment(assessment()).replaceFirst("\"trust\"", "\"punctuality\"");

        assertThatThrownBy(() -> mapper.readValue(text, Assessment.class))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> assertThat(((JsonReadException) e).problems())
                        .extracting(JsonProblem::pointer)
                        .containsExactly("/dimensions/0/dimensionId"));
    }
}
