package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeTest {

    @Test
    void the_minimal_document_of_the_readme_reads_and_validates() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String block = readme.split("A minimal document:\n\n```json\n", 2)[1].split("```", 2)[0];

        CaseProcess process = InddragelseJson.create().readCase(block);

        assertThat(process.events()).hasSize(1);
        assertThat(SchemaValidation.caseProcessErrors(block)).isEmpty();
    }

    @Test
    void the_readme_names_the_schema_resource_path() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains(JsonFormat.CASE_PROCESS.schemaResource());
    }
}
