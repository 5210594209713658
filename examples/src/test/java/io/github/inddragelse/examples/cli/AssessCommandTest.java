package io.github.inddragelse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.json.Samples;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.OptionKind;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void assess_without_files_scores_the_built_in_sample_caseload_as_text() {
        CliRun run = CliRun.run("assess");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        for (CaseProcess sample : Samples.caseload()) {
            assertThat(run.out()).contains("Sag " + sample.caseId() + "  ·  Vurderet pr. " + CliRun.TODAY);
        }
        assertThat(run.out())
                .contains("Dimension ")
                .contains("E1 Tillidsfuld relation")
                .contains("P8 Viden og metoder")
                .contains("KRITISKE FUND")
                .contains("SAGSSTAMME")
                .contains("Sager: " + Samples.all().size());
    }

    @Test
    void assess_speaks_english_on_request() {
        CliRun run = CliRun.run("assess", "--lang", "en", "--as-of", "2026-05-20");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Assessed as of 2026-05-20")
                .contains("CRITICAL FINDINGS")
                .contains("CASELOAD")
                .contains("E1 Trusting relationship");
    }

    @Test
    void assess_as_json_gives_one_document_with_every_assessment_and_the_caseload() throws IOException {
        CliRun run = CliRun.run("assess", "--format", "json", "--as-of", "2026-06-01");

        assertThat(run.exitCode()).isZero();
        JsonNode doc = MAPPER.readTree(run.out());
        assertThat(doc.get("assessments")).hasSize(Samples.all().size());
        JsonNode first = doc.get("assessments").get(0);
        assertThat(first.get("caseId").asText())
                .isEqualTo(Samples.caseload().get(0).caseId());
        assertThat(first.get("asOf").asText()).isEqualTo("2026-06-01");
        assertThat(first.get("dimensions")).hasSize(12);
        assertThat(doc.get("caseload").get("cases").asInt())
                .isEqualTo(Samples.all().size());
    }

    @Test
    void assess_as_json_writes_assessments_in_the_published_format_that_read_back_equal() throws IOException {
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        CliRun run = CliRun.run("assess", "--format", "json", "--as-of", asOf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        InddragelseJson json = InddragelseJson.create();
        List<ChecklistResponse> sampleAnswers =
                Samples.responses().stream().map(Samples.ResponseSample::load).toList();
        Assessor assessor = Assessor.standard();
        List<Assessment> expected = new ArrayList<>();
        for (CaseProcess process : Samples.caseload()) {
            List<ChecklistResponse> own = sampleAnswers.stream()
                    .filter(r -> r.caseId().orElseThrow().equals(process.caseId()))
                    .toList();
            expected.add(assessor.assess(process, own, asOf));
        }
        JsonNode doc = MAPPER.readTree(run.out());
        List<Assessment> written = new ArrayList<>();
        for (JsonNode a : doc.get("assessments")) {
            written.add(json.readAssessment(MAPPER.writeValueAsString(a)));
        }
        assertThat(written).isEqualTo(expected);
        assertThat(expected).anySatisfy(a -> assertThat(a.trustGaps()).isNotEmpty());
        assertThat(MAPPER.readTree(json.writeCaseloadSummary(CaseloadSummary.of(expected))))
                .isEqualTo(doc.get("caseload"));
    }

    @Test
    void the_built_in_sample_run_uses_the_sample_responses_for_their_case() {
        String caseId = Samples.named("handicap-intellektuel-afslag-uden-partshoering")
                .orElseThrow()
                .load()
                .caseId();

        CliRun run = CliRun.run("assess", "--as-of", "2026-06-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String card = java.util.Arrays.stream(run.out().split("-{78}\n"))
                .filter(c -> c.contains("Sag " + caseId))
                .findFirst()
                .orElseThrow();
        assertThat(card).contains("TILLIDSKLØFT").contains("Borger");
    }

    @Test
    void sample_responses_in_a_file_apply_to_the_case_they_name(@TempDir Path dir) throws IOException {
        InddragelseJson json = InddragelseJson.create();
        Path ndjson = dir.resolve("svar.ndjson");
        StringBuilder lines = new StringBuilder();
        for (Samples.ResponseSample r : Samples.responses()) {
            lines.append(json.writeResponse(r.load())).append('\n');
        }
        Files.writeString(ndjson, lines);
        Samples.Sample sample =
                Samples.named("handicap-intellektuel-afslag-uden-partshoering").orElseThrow();
        Path caseFile = dir.resolve("sag.json");
        Files.writeString(caseFile, sample.json());

        CliRun run =
                CliRun.run("assess", caseFile.toString(), "--responses", ndjson.toString(), "--as-of", "2026-06-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("TILLIDSKLØFT");
        Path one = dir.resolve("borger.json");
        Files.writeString(one, Samples.responses().get(0).json());
        CliRun single =
                CliRun.run("assess", caseFile.toString(), "--responses", one.toString(), "--as-of", "2026-06-01");
        assertThat(single.exitCode()).as(single.err()).isZero();
    }

    @Test
    void a_response_without_case_id_applies_to_every_case(@TempDir Path dir) throws IOException {
        InddragelseJson json = InddragelseJson.create();
        ChecklistResponse citizen = ChecklistResponse.builder()
                .from(Samples.responses().get(0).load())
                .caseId(java.util.Optional.empty())
                .build();
        Path file = dir.resolve("svar.json");
        Files.writeString(file, json.writeResponsePretty(citizen));
        Path cases = dir.resolve("cases");
        Files.createDirectories(cases);
        writeSample(cases.resolve("a.json"), 0);
        writeSample(cases.resolve("b.json"), 1);

        CliRun run = CliRun.run(
                "assess",
                cases.toString(),
                "--responses",
                file.toString(),
                "--format",
                "json",
                "--as-of",
                "2026-06-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (JsonNode a : MAPPER.readTree(run.out()).get("assessments")) {
            assertThat(json.readAssessment(MAPPER.writeValueAsString(a)).itemScores())
                    .isNotEmpty();
        }
    }

    @Test
    void assess_as_html_writes_the_report_into_the_out_directory(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("rapport");

        CliRun run = CliRun.run("assess", "--format", "html", "--out", report.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(report.resolve("index.html").toString());
        String index = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
        for (CaseProcess sample : Samples.caseload()) {
            assertThat(index).contains(sample.caseId());
        }
        try (var pages = Files.list(report)) {
            assertThat(pages.filter(p -> p.getFileName().toString().startsWith("case-")))
                    .hasSize(Samples.all().size());
        }
    }

    @Test
    void a_bad_file_is_reported_with_line_column_and_pointer_and_the_others_are_still_assessed(@TempDir Path dir)
            throws IOException {
        writeSample(dir.resolve("a.json"), 0);
        Files.writeString(
                dir.resolve("b.json"),
                "{\n  \"schemaVersion\": \"1.0\",\n  \"caseId\": \"sag-x\",\n  \"openedOn\": \"2026-13-01\"\n}\n");
        writeSample(dir.resolve("c.json"), 1);
        Files.writeString(dir.resolve("notes.txt"), "not a case");

        CliRun run = CliRun.run("assess", dir.toString());

        assertThat(run.exitCode()).isEqualTo(InddragelseCli.INPUT_FAILED);
        String bad = dir.resolve("b.json").toString();
        assertThat(run.err())
                .contains("kunne ikke læse " + bad + " (6 problemer, beskrevet på engelsk):")
                .contains(bad + ":4:15: /openedOn: ")
                .contains("/citizenId: ")
                .doesNotContain("notes.txt");
        assertThat(run.out())
                .contains("Sag " + Samples.caseload().get(0).caseId())
                .contains("Sag " + Samples.caseload().get(1).caseId())
                .contains("Sager: 2");
        // directory entries are assessed in name order
        assertThat(run.out().indexOf(Samples.caseload().get(0).caseId()))
                .isLessThan(run.out().indexOf(Samples.caseload().get(1).caseId()));
    }

    @Test
    void a_bad_ndjson_line_is_reported_with_its_line_and_the_other_lines_are_assessed(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("cases.ndjson");
        String one = compact(Samples.all().get(0).json());
        String two = compact(Samples.all().get(1).json());
        Files.writeString(file, one + "\n{\"schemaVersion\": \"1.0\", \"caseId\": 7}\n" + two + "\n");

        CliRun run = CliRun.run("assess", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("cannot read " + file)
                .contains(file + ":2:")
                .contains("/caseId");
        assertThat(run.out()).contains("Cases: 2");
    }

    @Test
    void a_missing_file_fails_the_run_but_not_the_others(@TempDir Path dir) throws IOException {
        writeSample(dir.resolve("a.json"), 0);

        CliRun run = CliRun.run(
                "assess",
                dir.resolve("a.json").toString(),
                dir.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("filen findes ikke: " + dir.resolve("nope.json"));
        assertThat(run.out()).contains("Sager: 1");
    }

    @Test
    void free_text_from_the_cases_never_reaches_any_output(@TempDir Path dir) throws IOException {
        List<String> secrets = new ArrayList<>();
        for (Samples.Sample s : Samples.all()) {
            collectFreeText(MAPPER.readTree(s.json()), secrets);
        }
        assertThat(secrets).isNotEmpty();

        List<String> outputs = new ArrayList<>();
        outputs.add(CliRun.run("assess", "--rule-packs").out());
        outputs.add(CliRun.run("assess", "--format", "json").out());
        CliRun.run("assess", "--format", "html", "--out", dir.toString());
        try (var pages = Files.list(dir)) {
            for (Path p : pages.toList()) {
                outputs.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (String output : outputs) {
            for (String secret : secrets) {
                assertThat(output).doesNotContain(secret);
            }
        }
    }

    @Test
    void checklist_responses_add_the_caseworker_and_citizen_lenses_and_the_trust_gap(@TempDir Path dir)
            throws IOException {
        String caseId = Samples.caseload().get(0).caseId();
        Path responses = dir.resolve("svar.ndjson");
        Files.writeString(
                responses,
                response(caseId, StandardChecklists.caseworker(), true) + "\n"
                        + response(caseId, StandardChecklists.citizen(), false) + "\n");

        CliRun run = CliRun.run("assess", "--responses", responses.toString(), "--as-of", "2026-06-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String first = run.out().split("-{78}\n")[1];
        assertThat(first).contains("TILLIDSKLØFT").containsPattern("Borger \\d+ %: \\+\\d+ point");
    }

    /** A response to every item: the best scored option, or the worst. */
    private static String response(String caseId, Checklist checklist, boolean best) {
        ChecklistResponse.Builder response = ChecklistResponse.builder()
                .caseId(caseId)
                .checklistId(checklist.id())
                .checklistVersion(checklist.version())
                .perspective(checklist.perspective())
                .respondedOn(LocalDate.of(2026, 5, 20));
        for (ChecklistItem item : checklist.items()) {
            List<AnswerOption> scored = item.scale().options().stream()
                    .filter(o -> o.kind() == OptionKind.SCORED)
                    .sorted(Comparator.comparingDouble(o -> o.points().orElse(0)))
                    .toList();
            response.putAnswer(item.id(), (best ? scored.get(scored.size() - 1) : scored.get(0)).code());
        }
        return InddragelseJson.create().writeResponse(response.build());
    }

    @Test
    void a_case_opened_after_the_as_of_date_is_reported_and_the_others_are_still_assessed(@TempDir Path dir)
            throws IOException {
        CaseProcess late = Samples.caseload().stream()
                .max(Comparator.comparing(CaseProcess::openedOn))
                .orElseThrow();
        LocalDate asOf = late.openedOn().minusDays(1);
        int assessable = (int) Samples.caseload().stream()
                .filter(p -> !p.openedOn().isAfter(asOf))
                .count();

        CliRun run = CliRun.run("assess", "--as-of", asOf.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(InddragelseCli.INPUT_FAILED);
        assertThat(run.err())
                .contains("case " + late.caseId() + " (")
                .contains("is not assessed: it was opened on " + late.openedOn() + ", after the as-of date " + asOf
                        + " (--as-of). A case can only be assessed as of its opening date or later.")
                .doesNotContain("checklist");
        assertThat(run.out()).contains("Cases: " + assessable);
    }

    @Test
    void without_an_as_of_date_a_case_opened_after_today_is_reported_in_danish(@TempDir Path dir) throws IOException {
        // the sample's only event is on its opening date: moving both keeps the case valid
        Samples.Sample opening = Samples.named("udsatte-kun-sagsaabning").orElseThrow();
        String opened = "\"" + opening.load().openedOn() + "\"";
        Path file = dir.resolve("fremtid.json");
        Files.writeString(file, opening.json().replace(opened, "\"" + CliRun.TODAY.plusDays(1) + "\""));

        CliRun run = CliRun.run("assess", file.toString());

        assertThat(run.exitCode()).isEqualTo(InddragelseCli.INPUT_FAILED);
        assertThat(run.err())
                .contains("er ikke vurderet: den blev oprettet " + CliRun.TODAY.plusDays(1) + ", efter dagens dato "
                        + CliRun.TODAY
                        + " (uden --as-of). En sag kan tidligst vurderes på den dag, den blev oprettet.");
        assertThat(run.out()).contains("Sager: 0");
    }

    @Test
    void responses_for_unknown_checklists_are_reported_per_case(@TempDir Path dir) throws IOException {
        String caseId = Samples.caseload().get(0).caseId();
        Path responses = dir.resolve("svar.json");
        Files.writeString(
                responses,
                "{\"schemaVersion\": \"1.0\", \"caseId\": \"" + caseId + "\", \"checklistId\": \"findes-ikke\","
                        + " \"checklistVersion\": \"1\", \"perspective\": \"citizen\", \"respondedOn\": \"2026-05-01\","
                        + " \"status\": \"completed\", \"answers\": {}}");

        CliRun run = CliRun.run("assess", "--responses", responses.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("sag " + caseId)
                .contains("passer ikke til tjeklisterne (beskrevet på engelsk):")
                .contains("responses[0].checklistId: no checklist 'findes-ikke'");
        assertThat(run.out()).contains("Sager: " + (Samples.all().size() - 1));
    }

    @Test
    void a_bad_responses_file_names_pointer_and_line(@TempDir Path dir) throws IOException {
        Path responses = dir.resolve("svar.json");
        Files.writeString(
                responses,
                "{\"schemaVersion\": \"1.0\", \"caseId\": \"sag-1\", \"checklistId\": \"borger\",\n"
                        + "  \"checklistVersion\": \"1\", \"perspective\": \"neighbour\", \"respondedOn\": \"2026-05-01\","
                        + " \"status\": \"completed\", \"answers\": {}}");

        CliRun run = CliRun.run("assess", "--responses", responses.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .containsPattern(java.util.regex.Pattern.quote(responses + ":2:") + "\\d+: /perspective: ");
    }

    @Test
    void a_long_batch_in_a_terminal_draws_a_progress_bar_on_standard_error(@TempDir Path dir) throws IOException {
        Path cases = dir.resolve("cases");
        Files.createDirectories(cases);
        for (int i = 0; i < 12; i++) {
            writeSample(
                    cases.resolve(String.format("c%02d.json", i)),
                    i % Samples.all().size());
        }

        CliRun terminal = CliRun.run(
                true,
                "assess",
                cases.toString(),
                "--format",
                "html",
                "--out",
                dir.resolve("r").toString());
        CliRun piped = CliRun.run(
                false,
                "assess",
                cases.toString(),
                "--format",
                "html",
                "--out",
                dir.resolve("s").toString());

        assertThat(terminal.exitCode()).isZero();
        assertThat(terminal.err()).contains("] 1/12").contains("[" + "=".repeat(30) + "] 12/12");
        assertThat(piped.err()).isEmpty();
    }

    @Test
    void a_wrong_option_value_is_a_usage_error() {
        CliRun run = CliRun.run("assess", "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(InddragelseCli.USAGE);
        assertThat(run.err()).contains("--format").contains("text, json, html");
    }

    private static void writeSample(Path file, int index) throws IOException {
        Files.writeString(file, Samples.all().get(index).json(), StandardCharsets.UTF_8);
    }

    private static String compact(String json) throws IOException {
        return MAPPER.writeValueAsString(MAPPER.readTree(json));
    }

    private static final Set<String> FREE_TEXT = Set.of(
            "description",
            "note",
            "reason",
            "reasons",
            "citizensOwnNeed",
            "citizensWishes",
            "resources",
            "challenges",
            "professionalJudgement",
            "text",
            "response",
            "informationSent",
            "purpose",
            "topic");

    private static void collectFreeText(JsonNode node, List<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (FREE_TEXT.contains(e.getKey())
                        && e.getValue().isTextual()
                        && e.getValue().asText().length() > 15) {
                    into.add(e.getValue().asText());
                } else {
                    collectFreeText(e.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectFreeText(n, into));
        }
    }
}
