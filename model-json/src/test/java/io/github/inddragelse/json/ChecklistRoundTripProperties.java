package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChecklistRoundTripProperties {

    private final InddragelseJson json = InddragelseJson.create();

    @Provide
    Arbitrary<Checklist> checklists() {
        return ChecklistGenerator.checklists();
    }

    @Provide
    Arbitrary<ChecklistResponse> responses() {
        return ChecklistGenerator.responses();
    }

    @Property(tries = 500)
    void writing_then_reading_gives_an_equal_checklist_and_the_same_bytes(@ForAll("checklists") Checklist checklist) {
        String text = json.writeChecklist(checklist);

        Checklist back = json.readChecklist(text.getBytes(StandardCharsets.UTF_8));

        assertThat(back).isEqualTo(checklist);
        assertThat(back.items())
                .extracting(i -> i.appliesWhen())
                .isEqualTo(checklist.items().stream().map(i -> i.appliesWhen()).toList());
        assertThat(json.writeChecklist(back)).isEqualTo(text);
        assertThat(json.readChecklist(json.writeChecklistPretty(checklist))).isEqualTo(checklist);
    }

    @Property(tries = 200)
    void every_checklist_written_is_valid_against_the_schema(@ForAll("checklists") Checklist checklist) {
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST, json.writeChecklist(checklist)))
                .isEmpty();
    }

    @Property(tries = 500)
    void writing_then_reading_gives_an_equal_response_and_the_same_bytes(
            @ForAll("responses") ChecklistResponse response) {
        String text = json.writeResponse(response);

        ChecklistResponse back = json.readResponse(text);

        assertThat(back).isEqualTo(response);
        assertThat(back.respondentId()).isEqualTo(response.respondentId());
        assertThat(json.writeResponse(back)).isEqualTo(text);
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST_RESPONSE, json.writeResponsePretty(response)))
                .isEmpty();
    }

    @Property(tries = 50)
    void responses_survive_ndjson(
            @ForAll("responses") ChecklistResponse first, @ForAll("responses") ChecklistResponse second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<ChecklistResponse> writer = json.ndjsonWriter(JsonFormat.CHECKLIST_RESPONSE, out)) {
            writer.writeAll(List.of(first, second));
        }

        try (NdjsonReader<ChecklistResponse> lines = json.readResponses(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(lines.stream().map(NdjsonLine::value)).containsExactly(first, second);
        }
    }
}
