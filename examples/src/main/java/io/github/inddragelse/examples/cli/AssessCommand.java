package io.github.inddragelse.examples.cli;

import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.json.JsonProblem;
import io.github.inddragelse.json.JsonReadException;
import io.github.inddragelse.json.NdjsonFailure;
import io.github.inddragelse.json.NdjsonLine;
import io.github.inddragelse.json.NdjsonReader;
import io.github.inddragelse.json.OnBadLine;
import io.github.inddragelse.json.Samples;
import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code inddragelse assess}: reads case files (JSON, one case per file, or NDJSON, one case per
 * line), assesses each, and writes a scorecard per case and a caseload summary as text, JSON or an
 * HTML report. A file that cannot be read is reported with its line, column and JSON pointer, and
 * the others are still assessed; the exit code then is 1. So is a case opened after the as-of date,
 * which cannot be assessed as of it.
 */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Assesses case processes and prints a scorecard per case and a caseload summary.",
            "With no FILE or DIR it assesses the built-in sample caseload; without --responses it then also uses"
                    + " the built-in sample checklist responses (every perspective, about the sample case"
                    + " handicap-intellektuel-afslag-uden-partshoering), so that case shows the caseworker and"
                    + " citizen lenses and the trust gap.",
            "--format json writes {\"assessments\": [...], \"caseload\": {...}}: each assessment a document in"
                    + " model-json's ASSESSMENT format (schema assessment-1.0), the caseload one in its"
                    + " CASELOAD_SUMMARY format (schema caseload-summary-1.0).",
            ""
        })
final class AssessCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** A scorecard per case and a caseload summary, for a terminal. */
        text,
        /**
         * One JSON document with every assessment (model-json's {@code ASSESSMENT} format) and the
         * caseload summary ({@code CASELOAD_SUMMARY} format).
         */
        json,
        /** An HTML report: a page per case and an index page, written into --out. */
        html
    }

    @ParentCommand
    InddragelseCli cli;

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "0..*",
            description = "Case files: *.json (one case) or *.ndjson (one case per line). A DIR means every"
                    + " *.json and *.ndjson file in it, sorted by name. None: the built-in sample caseload.")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Assess as of this date (YYYY-MM-DD); later events are not known yet. Default: today's"
                    + " date, for case files and for the built-in samples alike (the samples carry no as-of"
                    + " date of their own). A case opened after this date is reported as not assessed (exit"
                    + " code 1), and the others are still assessed.")
    LocalDate asOf;

    @Option(
            names = "--responses",
            paramLabel = "FILE",
            arity = "1..*",
            description = "Checklist responses in model-json's CHECKLIST_RESPONSE format (schema"
                    + " checklist-response-1.0): *.ndjson one response per line, any other file one response"
                    + " document. A response is used for the case whose id equals its caseId; one without"
                    + " caseId for every case. Default with the built-in samples: the sample responses.")
    List<Path> responses = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "inddragelse-report",
            description = "Where --format html writes its pages (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Mixin
    CommonOptions common;

    private Messages messages;
    private int failures;

    @Override
    public Integer call() throws IOException {
        messages = new Messages(common.lang.language, cli.err);
        InddragelseJson json = InddragelseJson.create();
        Assessor assessor = common.assessor();
        ResponsesFile.Result answers = readResponses(json);
        LocalDate date = asOf != null ? asOf : LocalDate.now(cli.clock);
        List<Path> files = expand();
        try (Sink sink = Sink.open(format, cli, assessor, common.lang.language, outDir)) {
            Progress progress = new Progress(cli.err, count(files), cli.interactive && format != Format.text);
            Run run = new Run(assessor, answers, date, sink, progress);
            if (inputs.isEmpty()) {
                for (Samples.Sample sample : Samples.all()) {
                    run.assess(sample.resource(), sample.load());
                }
            } else {
                for (Path file : files) {
                    read(json, file, run);
                }
            }
            progress.finish();
            sink.finish(run.summary.build());
        }
        return failures == 0 ? InddragelseCli.OK : InddragelseCli.INPUT_FAILED;
    }

    private void read(InddragelseJson json, Path file, Run run) {
        try {
            if (isNdjson(file)) {
                try (NdjsonReader<CaseProcess> lines = json.readCases(Files.newInputStream(file), OnBadLine.SKIP)) {
                    while (lines.hasNext()) {
                        NdjsonLine<CaseProcess> line = lines.next();
                        run.assess(file + ":" + line.lineNumber(), line.value());
                    }
                    for (NdjsonFailure failure : lines.failures()) {
                        failed(file.toString(), failure.problems());
                        run.progress.step();
                    }
                }
            } else {
                CaseProcess process;
                try (InputStream in = Files.newInputStream(file)) {
                    process = json.readCase(in);
                }
                run.assess(file.toString(), process);
            }
        } catch (JsonReadException e) {
            failed(file.toString(), e.problems());
            run.progress.step();
        } catch (NoSuchFileException e) {
            failures++;
            messages.fileMissing(file);
        } catch (IOException | UncheckedIOException e) {
            failures++;
            messages.unreadable(file, e);
            run.progress.step();
        }
    }

    private void failed(String source, List<JsonProblem> problems) {
        failures++;
        messages.jsonProblems(source, problems);
    }

    /** Expands directories into their *.json and *.ndjson files, sorted by name. */
    private List<Path> expand() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(p -> Files.isRegularFile(p) && (isJson(p) || isNdjson(p)))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private int count(List<Path> files) {
        if (inputs.isEmpty()) {
            return Samples.all().size();
        }
        int n = 0;
        for (Path file : files) {
            if (isNdjson(file) && Files.isRegularFile(file)) {
                try (Stream<String> lines = Files.lines(file)) {
                    n += (int) lines.filter(l -> !l.isBlank()).count();
                } catch (IOException | UncheckedIOException e) {
                    n++;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    private ResponsesFile.Result readResponses(InddragelseJson json) {
        if (inputs.isEmpty() && responses.isEmpty()) {
            return ResponsesFile.Result.of(Samples.responses().stream()
                    .map(Samples.ResponseSample::load)
                    .toList());
        }
        ResponsesFile.Result result = ResponsesFile.read(json, responses);
        result.problems().forEach((file, problems) -> failed(file, problems));
        result.missing().forEach(file -> {
            failures++;
            messages.fileMissing(file);
        });
        return result;
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static boolean isNdjson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson");
    }

    /** Assesses one case at a time and hands each assessment to the sink. */
    private final class Run {
        final Assessor assessor;
        final ResponsesFile.Result answers;
        final LocalDate date;
        final Sink sink;
        final Progress progress;
        final CaseloadSummary.Accumulator summary = CaseloadSummary.accumulator();

        Run(Assessor assessor, ResponsesFile.Result answers, LocalDate date, Sink sink, Progress progress) {
            this.assessor = assessor;
            this.answers = answers;
            this.date = date;
            this.sink = sink;
            this.progress = progress;
        }

        void assess(String source, CaseProcess process) {
            try {
                Assessment assessment = assessor.assess(process, answers.forCase(process.caseId()), date);
                summary.add(assessment);
                sink.add(assessment);
            } catch (InvalidModelException e) {
                failures++;
                if (e.violations().stream().anyMatch(v -> v.path().equals("asOf"))) {
                    messages.openedAfterAsOf(source, process.caseId(), process.openedOn(), date, asOf != null);
                    return;
                }
                List<String> where = new ArrayList<>();
                for (Violation v : e.violations()) {
                    where.add(v.toString());
                }
                messages.responsesRejected(source, process.caseId(), where);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                progress.step();
            }
        }
    }
}
