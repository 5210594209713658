package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeTest {

    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"));
    }

    /** The first JSON block after a sentence of the README. */
    private static String block(String after) throws Exception {
        return readme().split(after, 2)[1].split("```json\n", 2)[1].split("```", 2)[0];
    }

    @Test
    void the_minimal_document_of_the_readme_reads_and_validates() throws Exception {
        String block = block("A minimal document:");

        CaseProcess process = InddragelseJson.create().readCase(block);

        assertThat(process.events()).hasSize(1);
        assertThat(SchemaValidation.caseProcessErrors(block)).isEmpty();
    }

    @Test
    void the_minimal_checklist_of_the_readme_reads_and_validates() throws Exception {
        String block = block("A minimal checklist");

        Checklist checklist = InddragelseJson.create().readChecklist(block);

        assertThat(checklist.items()).singleElement().satisfies(item -> {
            assertThat(item.weight()).isEqualTo(1.0);
            assertThat(item.appliesWhen()).isInstanceOf(Condition.AllOf.class);
        });
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST, block)).isEmpty();
    }

    @Test
    void the_response_of_the_readme_reads_validates_and_answers_the_standard_citizen_checklist() throws Exception {
        String block = block("## The checklist-response format");

        ChecklistResponse response = InddragelseJson.create().readResponse(block);

        StandardChecklists.citizen().validate(response);
        assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST_RESPONSE, block))
                .isEmpty();
    }

    @Test
    void the_readme_names_every_schema_resource_path_and_every_standard_checklist_document() throws Exception {
        String readme = readme();

        assertThat(JsonFormat.all()).allSatisfy(f -> assertThat(readme).contains(f.schemaResource()));
        assertThat(StandardChecklists.all())
                .allSatisfy(c -> assertThat(readme).contains(StandardChecklistDocumentsTest.resource(c)));
    }
}
