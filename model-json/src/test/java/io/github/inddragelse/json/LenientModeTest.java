package io.github.inddragelse.json;

import static io.github.inddragelse.json.Documents.column;
import static io.github.inddragelse.json.Documents.eventLine;
import static io.github.inddragelse.json.Documents.meeting;
import static io.github.inddragelse.json.Documents.withEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import org.junit.jupiter.api.Test;

class LenientModeTest {

    private final InddragelseJson lenient = InddragelseJson.create(
            JsonOptions.builder().allowUnknownProperties(true).build());

    private final String document = withEvents(meeting("e1").replace("}", ", \"colour\": {\"r\": 1}}"))
            .replace("\"caseId\": \"sag-1\",", "\"caseId\": \"sag-1\", \"vendorField\": [1, 2, 3],");

    @Test
    void unknown_properties_are_rejected_by_default() {
        assertThatThrownBy(() -> InddragelseJson.create().readCase(document))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> assertThat(((JsonReadException) e).problems())
                        .extracting(JsonProblem::code)
                        .containsOnly(ProblemCode.UNKNOWN_PROPERTY));
    }

    @Test
    void lenient_reading_accepts_unknown_properties_and_reports_them_as_warnings() {
        ReadResult<CaseProcess> result = lenient.read(JsonFormat.CASE_PROCESS, document);

        assertThat(result.value().events()).hasSize(1);
        assertThat(result.warnings())
                .containsExactly(
                        new JsonProblem(
                                ProblemCode.UNKNOWN_PROPERTY,
                                "/vendorField",
                                3,
                                22,
                                "is not a property of a case process"),
                        new JsonProblem(
                                ProblemCode.UNKNOWN_PROPERTY,
                                "/events/0/colour",
                                eventLine(0),
                                column(document, 0, "\"colour\""),
                                "is not a property of a meeting event"));
    }

    @Test
    void lenient_reading_gives_the_same_value_as_without_the_unknown_properties() {
        CaseProcess clean = InddragelseJson.create().readCase(withEvents(meeting("e1")));

        assertThat(lenient.readCase(document)).isEqualTo(clean);
    }

    @Test
    void lenient_reading_still_rejects_every_other_problem() {
        String bad = document.replace("expectations", "coffee");

        assertThatThrownBy(() -> lenient.readCase(bad))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> assertThat(((JsonReadException) e).problems())
                        .extracting(JsonProblem::code)
                        .containsExactly(ProblemCode.UNKNOWN_CODE));
    }

    @Test
    void strict_reading_of_a_clean_document_has_no_warnings() {
        assertThat(InddragelseJson.create()
                        .read(JsonFormat.CASE_PROCESS, withEvents(meeting("e1")))
                        .warnings())
                .isEmpty();
    }
}
