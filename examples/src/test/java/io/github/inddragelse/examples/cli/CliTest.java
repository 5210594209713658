package io.github.inddragelse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.examples.Fixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void every_command_has_help() {
        for (String[] args : List.of(
                new String[] {"--help"}, new String[] {"assess", "--help"}, new String[] {"catalog", "--help"})) {
            CliRun run = CliRun.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).startsWith("Usage: inddragelse");
        }
        assertThat(CliRun.run("assess", "--help").out())
                .contains("--as-of=DATE")
                .contains("--format=FORMAT")
                .contains("text, json, html")
                .contains("--lang=LANG")
                .contains("--out=DIR")
                .contains("--responses=FILE")
                .contains("built-in sample caseload")
                .contains("today's");
        assertThat(CliRun.run("assess", "--help").out().replaceAll("\\s+", " "))
                .as("the help says the problems of input files are in English, whatever --lang says")
                .contains("Problems found in input files are described in English, the language of the JSON formats");
        assertThat(CliRun.run("--help").out())
                .contains("assess")
                .contains("catalog")
                .contains("Exit codes");
    }

    @Test
    void version_names_the_tool_and_the_catalogue() {
        CliRun run = CliRun.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("inddragelse ").contains("catalogue inddragelse-standard");
    }

    @Test
    void no_command_shows_the_usage_and_is_a_usage_error() {
        CliRun run = CliRun.run();

        assertThat(run.exitCode()).isEqualTo(InddragelseCli.USAGE);
        assertThat(run.err()).contains("Usage: inddragelse");
    }

    @Test
    void catalog_as_json_has_the_agreed_top_level_arrays_and_field_names() throws IOException {
        CliRun run = CliRun.run("catalog", "--format", "json", "--rule-packs");

        assertThat(run.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("elements")).hasSize(4);
        assertThat(doc.get("principles")).hasSize(8);
        assertThat(doc.get("elements").get(0).get("id").asText()).isEqualTo("trust");
        assertThat(doc.get("rules").isArray()).isTrue();
        assertThat(doc.get("checklists").isArray()).isTrue();
        JsonNode rule = null;
        for (JsonNode r : doc.get("rules")) {
            if (r.get("id").asText().startsWith("eksempelkommune-")) {
                rule = r;
            }
        }
        assertThat(rule).isNotNull();
        assertThat(names(rule)).containsExactlyElementsOf(Fixtures.CATALOG_RULE_FIELDS);
    }

    @Test
    void catalog_as_text_lists_the_dimensions() {
        CliRun run = CliRun.run("catalog");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("E1  trust").contains("P7  p7-follow-up");
    }

    @Test
    void the_progress_bar_fills_in_proportion() {
        assertThat(Progress.bar(37, 120, 10)).isEqualTo("[===>      ] 37/120");
        assertThat(Progress.bar(0, 5, 4)).isEqualTo("[>   ] 0/5");
        assertThat(Progress.bar(5, 5, 4)).isEqualTo("[====] 5/5");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
