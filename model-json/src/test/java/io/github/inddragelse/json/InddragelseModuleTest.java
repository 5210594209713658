package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.LegalReferences;
import java.util.List;
import org.junit.jupiter.api.Test;

class InddragelseModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final InddragelseJson json = InddragelseJson.create();

    @Test
    void the_module_is_found_through_the_service_loader() {
        assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(InddragelseModule.class);
        assertThat(mapper.getRegisteredModuleIds()).isNotEmpty();
    }

    @Test
    void an_object_mapper_writes_the_same_bytes_as_the_facade_and_reads_them_back() throws Exception {
        CaseProcess process = Fixtures.everyKind();

        String written = mapper.writeValueAsString(process);

        assertThat(written).isEqualTo(json.writeCase(process));
        assertThat(mapper.readValue(written, CaseProcess.class)).isEqualTo(process);
    }

    @Test
    void single_events_and_participants_are_bound_too() throws Exception {
        CaseEvent meeting = Fixtures.oneOfEachKind().get(EventKind.MEETING);
        Participant participant = Fixtures.participants().get(3);

        String event = mapper.writeValueAsString(meeting);

        assertThat(event).startsWith("{\"kind\":\"meeting\",\"id\":\"e-meeting\"");
        assertThat(mapper.readValue(event, CaseEvent.class)).isEqualTo(meeting);
        assertThat(mapper.readValue(event, Meeting.class)).isEqualTo(meeting);
        assertThat(mapper.readValue(mapper.writeValueAsString(participant), Participant.class))
                .isEqualTo(participant);
    }

    @Test
    void a_bad_document_throws_the_same_problems_as_the_facade() {
        String bad = Documents.withEvents(Documents.meeting("e1").replace("expectations", "coffee"));

        assertThatThrownBy(() -> mapper.readValue(bad, CaseProcess.class))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> assertThat(((JsonReadException) e).problems())
                        .isEqualTo(((JsonReadException)
                                        org.assertj.core.api.Assertions.catchThrowable(() -> json.readCase(bad)))
                                .problems()));
    }

    @Test
    void reading_one_kind_of_event_refuses_another_kind() {
        String meeting = json.write(
                JsonFormat.CASE_PROCESS,
                Fixtures.caseWith(List.of(Fixtures.oneOfEachKind().get(EventKind.MEETING))));
        String event = meeting.substring(meeting.indexOf("{\"kind\""), meeting.lastIndexOf("]"));

        assertThatThrownBy(() -> mapper.readValue(event, io.github.inddragelse.model.caseprocess.Contact.class))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> assertThat(((JsonReadException) e).problems())
                        .extracting(JsonProblem::code, JsonProblem::pointer)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.WRONG_TYPE, "/kind")));
    }

    @Test
    void options_are_taken_from_the_reader_attribute() throws Exception {
        String extra = Documents.withEvents(Documents.meeting("e1").replace("}", ", \"colour\": 1}"));

        assertThatThrownBy(() -> mapper.readValue(extra, CaseProcess.class)).isInstanceOf(JsonReadException.class);
        CaseProcess read = mapper.readerFor(CaseProcess.class)
                .withAttribute(
                        JsonOptions.class,
                        JsonOptions.builder().allowUnknownProperties(true).build())
                .readValue(extra);
        assertThat(read.events()).hasSize(1);
    }

    @Test
    void model_enums_and_legal_references_inside_an_application_type_use_their_codes() throws Exception {
        ApplicationSummary summary = new ApplicationSummary(
                EventKind.FOLLOW_UP, Role.PROVIDER_STAFF, LegalReferences.SEL_85, Fixtures.caseWith(List.of()));

        String written = mapper.writeValueAsString(summary);

        assertThat(written).startsWith("{\"kind\":\"follow-up\",\"role\":\"provider-staff\",\"provision\":\"sel-85\",");
        assertThat(mapper.readValue(written, ApplicationSummary.class)).isEqualTo(summary);
    }

    @Test
    void an_unknown_enum_code_inside_an_application_type_is_jacksons_invalid_format() {
        String written = "{\"kind\":\"teleport\",\"role\":\"citizen\",\"provision\":\"sel-85\",\"process\":null}";

        assertThatThrownBy(() -> mapper.readValue(written, ApplicationSummary.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void an_unknown_legal_reference_inside_an_application_type_is_invalid_format_listing_the_known_codes() {
        String written = "{\"kind\":\"contact\",\"role\":\"citizen\",\"provision\":\"sel-999\",\"process\":null}";

        assertThatThrownBy(() -> mapper.readValue(written, ApplicationSummary.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("not one of the codes ")
                .hasMessageContaining("sel-85, ");
    }

    @Test
    void a_bad_case_inside_an_application_type_keeps_the_problems_as_the_cause() {
        String written = "{\"kind\":\"contact\",\"role\":\"citizen\",\"provision\":\"sel-85\",\"process\":{}}";

        assertThatThrownBy(() -> mapper.readValue(written, ApplicationSummary.class))
                .isInstanceOf(JsonMappingException.class)
                .hasRootCauseInstanceOf(JsonReadException.class);
    }
}
