package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NdjsonTest {

    private final InddragelseJson json = InddragelseJson.create();

    private static List<CaseProcess> caseload(int n) {
        return LongStream.range(0, n).mapToObj(CaseProcessGenerator::generate).toList();
    }

    private String ndjson(List<CaseProcess> cases) {
        return cases.stream().map(json::writeCase).collect(Collectors.joining("\n", "", "\n"));
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void every_line_is_read_with_its_line_number() {
        List<CaseProcess> cases = caseload(5);

        try (NdjsonReader<CaseProcess> lines = json.readCases(utf8(ndjson(cases)))) {
            List<NdjsonLine<CaseProcess>> read = lines.stream().toList();

            assertThat(read).extracting(NdjsonLine::value).containsExactlyElementsOf(cases);
            assertThat(read).extracting(NdjsonLine::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L);
        }
    }

    @Test
    void blank_lines_and_crlf_endings_are_accepted_and_lines_still_counted() {
        List<CaseProcess> cases = caseload(2);
        String text = "\n" + json.writeCase(cases.get(0)) + "\r\n   \r\n\n" + json.writeCase(cases.get(1));

        try (NdjsonReader<CaseProcess> lines = json.readCases(new StringReader(text))) {
            assertThat(lines.stream().toList())
                    .extracting(NdjsonLine::lineNumber, NdjsonLine::value)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2L, cases.get(0)),
                            org.assertj.core.groups.Tuple.tuple(5L, cases.get(1)));
        }
    }

    private String withBadThirdLine(List<CaseProcess> cases) {
        List<String> lines = new ArrayList<>(ndjson(cases).lines().toList());
        lines.set(
                2,
                Documents.withEvents(Documents.meeting("e1").replace("expectations", "coffee"))
                        .replace("\n", " "));
        return String.join("\n", lines) + "\n";
    }

    @Test
    void by_default_a_bad_middle_line_stops_the_reader_with_the_file_line_in_every_problem() {
        List<CaseProcess> cases = caseload(5);
        String text = withBadThirdLine(cases);
        List<CaseProcess> before = new ArrayList<>();

        try (NdjsonReader<CaseProcess> lines = json.readCases(utf8(text))) {
            JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> {
                while (lines.hasNext()) {
                    before.add(lines.next().value());
                }
            });

            assertThat(before).containsExactly(cases.get(0), cases.get(1));
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_CODE);
                assertThat(p.pointer()).isEqualTo("/events/0/purpose");
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.column()).isEqualTo(text.lines().toList().get(2).indexOf("\"coffee\"") + 1);
            });
            assertThat(e.getMessage()).contains("(line 3)");
            assertThat(lines.hasNext()).isFalse();
            assertThat(lines.failures()).isEmpty();
        }
    }

    @Test
    void skipping_bad_lines_keeps_every_good_line_and_lists_the_failures() {
        List<CaseProcess> cases = caseload(5);
        String text = withBadThirdLine(cases) + "{not json\n";

        try (NdjsonReader<CaseProcess> lines = json.readCases(utf8(text), OnBadLine.SKIP)) {
            List<NdjsonLine<CaseProcess>> read = lines.stream().toList();

            assertThat(read).extracting(NdjsonLine::lineNumber).containsExactly(1L, 2L, 4L, 5L);
            assertThat(read)
                    .extracting(NdjsonLine::value)
                    .containsExactly(cases.get(0), cases.get(1), cases.get(3), cases.get(4));
            assertThat(lines.failures()).extracting(NdjsonFailure::lineNumber).containsExactly(3L, 6L);
            assertThat(lines.failures().get(0).problems())
                    .extracting(JsonProblem::code, JsonProblem::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_CODE, 3L));
            assertThat(lines.failures().get(1).problems())
                    .extracting(JsonProblem::code, JsonProblem::line, JsonProblem::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.MALFORMED_JSON, 6L, 2));
        }
    }

    @Test
    void a_line_longer_than_the_size_limit_is_skipped_without_being_kept() {
        InddragelseJson small = InddragelseJson.create(
                JsonOptions.builder().maxDocumentBytes(50_000).build());
        CaseProcess good = caseload(1).get(0);
        String text = json.writeCase(good) + "\n" + "x".repeat(200_000) + "\n" + json.writeCase(good) + "\n";

        try (NdjsonReader<CaseProcess> lines = small.readCases(utf8(text), OnBadLine.SKIP)) {
            assertThat(lines.stream().toList())
                    .extracting(NdjsonLine::lineNumber)
                    .containsExactly(1L, 3L);
            assertThat(lines.failures()).singleElement().satisfies(f -> assertThat(f.problems())
                    .containsExactly(new JsonProblem(
                            ProblemCode.LIMIT_EXCEEDED,
                            "",
                            2,
                            50_001,
                            "the line is longer than the limit of 50000 bytes")));
        }
    }

    @Test
    void a_line_that_is_not_utf8_spoils_only_itself() {
        CaseProcess good = caseload(1).get(0);
        byte[] line = json.writeCase(good).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(line);
        out.write('\n');
        out.writeBytes(new byte[] {'{', '"', (byte) 0xFF, '"', '}', '\n'});
        out.writeBytes(line);

        try (NdjsonReader<CaseProcess> lines =
                json.readCases(new ByteArrayInputStream(out.toByteArray()), OnBadLine.SKIP)) {
            assertThat(lines.stream().toList())
                    .extracting(NdjsonLine::lineNumber)
                    .containsExactly(1L, 3L);
            assertThat(lines.failures().get(0).problems())
                    .extracting(JsonProblem::code, JsonProblem::line, JsonProblem::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.MALFORMED_JSON, 2L, 3));
        }
    }

    @Test
    void lenient_reading_gives_warnings_with_file_lines() {
        InddragelseJson lenient = InddragelseJson.create(
                JsonOptions.builder().allowUnknownProperties(true).build());
        CaseProcess good = caseload(1).get(0);
        String text = json.writeCase(good) + "\n" + json.writeCase(good).replaceFirst("\\{", "{\"extra\":1,") + "\n";

        try (NdjsonReader<CaseProcess> lines = lenient.readCases(new StringReader(text))) {
            List<NdjsonLine<CaseProcess>> read = lines.stream().toList();
            assertThat(read.get(0).warnings()).isEmpty();
            assertThat(read.get(1).warnings())
                    .containsExactly(new JsonProblem(
                            ProblemCode.UNKNOWN_PROPERTY, "/extra", 2, 2, "is not a property of a case process"));
        }
    }

    @Test
    void the_writer_writes_one_compact_document_per_line_that_reads_back() {
        List<CaseProcess> cases = caseload(20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (NdjsonWriter<CaseProcess> writer = json.ndjsonWriter(JsonFormat.CASE_PROCESS, out)) {
            writer.writeAll(cases);
            assertThat(writer.linesWritten()).isEqualTo(20);
        }

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(ndjson(cases));
        try (NdjsonReader<CaseProcess> lines = json.readCases(utf8(text))) {
            assertThat(lines.stream().map(NdjsonLine::value).toList()).isEqualTo(cases);
        }
    }

    @Test
    void the_writer_on_a_writer_gives_the_same_text() {
        List<CaseProcess> cases = caseload(3);
        StringWriter out = new StringWriter();

        try (NdjsonWriter<CaseProcess> writer = json.ndjsonWriter(JsonFormat.CASE_PROCESS, out)) {
            cases.forEach(writer::write);
        }

        assertThat(out.toString()).isEqualTo(ndjson(cases));
    }

    @Test
    void flushing_the_writer_writes_every_line_and_leaves_the_stream_open() {
        List<CaseProcess> cases = caseload(2);
        ClosingProbe out = new ClosingProbe();

        NdjsonWriter<CaseProcess> writer = json.ndjsonWriter(JsonFormat.CASE_PROCESS, out);
        writer.writeAll(cases).flush();

        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ndjson(cases));
    }

    @Test
    void closing_the_writer_closes_the_stream_it_writes_to() {
        ClosingProbe out = new ClosingProbe();

        json.ndjsonWriter(JsonFormat.CASE_PROCESS, out)
                .write(caseload(1).get(0))
                .close();

        assertThat(out.closed).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ndjson(caseload(1)));
    }

    @Test
    void the_readme_writes_ndjson_to_standard_output_without_closing_it() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String writing =
                readme.split("\nWriting:\n", 2)[1].split("```java\n", 2)[1].split("```", 2)[0];

        assertThat(writing)
                .contains("json.ndjsonWriter(JsonFormat.ASSESSMENT, System.out);")
                .contains("stdout.flush();")
                .doesNotContain("try (NdjsonWriter<Assessment>")
                .doesNotContain("stdout.close()");
    }

    /** A byte stream that records whether it was closed. */
    private static final class ClosingProbe extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void next_after_the_end_throws_no_such_element() {
        try (NdjsonReader<CaseProcess> lines = json.readCases(utf8(""))) {
            assertThat(lines.hasNext()).isFalse();
            assertThatThrownBy(lines::next).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }
}
