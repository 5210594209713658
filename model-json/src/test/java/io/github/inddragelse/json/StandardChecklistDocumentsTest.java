package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard checklists ship as JSON documents a municipality can copy and adapt, under {@value
 * #FOLDER} in the jar. They are generated from the model: this test fails when a checked-in file is
 * stale, and rewrites the files when run with {@code -Dinddragelse.regenerate=true}:
 *
 * <pre>
 * mvn -B -ntp test -pl model-json -am -Dtest=StandardChecklistDocumentsTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dinddragelse.regenerate=true
 * </pre>
 */
class StandardChecklistDocumentsTest {

    static final String FOLDER = "io/github/inddragelse/json/checklists/";
    private static final Path SOURCE = Path.of("src/main/resources").resolve(FOLDER);

    static List<Checklist> standard() {
        return StandardChecklists.all();
    }

    static String resource(Checklist checklist) {
        return FOLDER + checklist.id() + "-" + checklist.version() + ".json";
    }

    @ParameterizedTest
    @MethodSource("standard")
    void the_checked_in_document_of_each_standard_checklist_is_up_to_date(Checklist checklist) throws IOException {
        String expected = InddragelseJson.create().writeChecklistPretty(checklist) + "\n";
        Path file = SOURCE.resolve(checklist.id() + "-" + checklist.version() + ".json");
        if (Boolean.getBoolean("inddragelse.regenerate")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }

        assertThat(Files.exists(file))
                .as("%s is missing; run this test with -Dinddragelse.regenerate=true", file)
                .isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is stale; run this test with -Dinddragelse.regenerate=true", file)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("standard")
    void each_standard_checklist_document_ships_in_the_jar_and_reads_back_equal(Checklist checklist)
            throws IOException {
        try (var in = StandardChecklistDocumentsTest.class.getResourceAsStream("/" + resource(checklist))) {
            assertThat(in).as(resource(checklist)).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(InddragelseJson.create().readChecklist(text)).isEqualTo(checklist);
            assertThat(SchemaValidation.errors(JsonFormat.CHECKLIST, text)).isEmpty();
        }
    }
}
