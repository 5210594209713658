package io.github.inddragelse.examples.cli;

import io.github.inddragelse.examples.report.HtmlReport;
import io.github.inddragelse.examples.report.TextReport;
import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where assessments go, one at a time as they are made, so that a long batch never holds them all:
 * text prints each scorecard at once, JSON streams each assessment into one document, HTML writes
 * each case page at once. {@link #finish(CaseloadSummary)} adds the caseload summary.
 */
abstract class Sink implements AutoCloseable {

    static Sink open(AssessCommand.Format format, InddragelseCli cli, Assessor assessor, Language language, Path dir)
            throws IOException {
        return switch (format) {
            case text -> new Text(cli, new TextReport(assessor.catalogue(), language));
            case json -> new Json(cli);
            case html -> new Html(cli, new HtmlReport(assessor.catalogue(), language).open(dir), language);
        };
    }

    abstract void add(Assessment assessment) throws IOException;

    abstract void finish(CaseloadSummary summary) throws IOException;

    @Override
    public void close() throws IOException {}

    /** A scorecard per case, then the summary. */
    private static final class Text extends Sink {
        private final InddragelseCli cli;
        private final TextReport report;

        Text(InddragelseCli cli, TextReport report) {
            this.cli = cli;
            this.report = report;
        }

        @Override
        void add(Assessment assessment) {
            cli.out.print(report.scorecard(assessment));
            cli.out.println();
            cli.out.flush();
        }

        @Override
        void finish(CaseloadSummary summary) {
            cli.out.print(report.summary(summary));
            cli.out.flush();
        }
    }

    /**
     * {@code {"assessments": [...], "caseload": {...}}}, streamed: each element of {@code assessments}
     * is a document in model-json's published {@code ASSESSMENT} format (schema {@code
     * assessment-1.0}) on a line of its own, and {@code caseload} one in the {@code CASELOAD_SUMMARY}
     * format (schema {@code caseload-summary-1.0}).
     */
    private static final class Json extends Sink {
        private final InddragelseJson json = InddragelseJson.create();
        private final InddragelseCli cli;
        private boolean first = true;

        Json(InddragelseCli cli) {
            this.cli = cli;
            cli.out.print("{\"assessments\": [");
        }

        @Override
        void add(Assessment assessment) {
            cli.out.print(first ? "\n  " : ",\n  ");
            cli.out.print(json.writeAssessment(assessment));
            cli.out.flush();
            first = false;
        }

        @Override
        void finish(CaseloadSummary summary) {
            cli.out.print(first ? "],\n" : "\n],\n");
            cli.out.print("\"caseload\": ");
            cli.out.println(json.writeCaseloadSummary(summary));
            cli.out.println("}");
            cli.out.flush();
        }
    }

    /** A page per case, then the index. */
    private static final class Html extends Sink {
        private final InddragelseCli cli;
        private final HtmlReport.Batch batch;
        private final Messages messages;

        Html(InddragelseCli cli, HtmlReport.Batch batch, Language language) {
            this.cli = cli;
            this.batch = batch;
            this.messages = new Messages(language, cli.err);
        }

        @Override
        void add(Assessment assessment) throws IOException {
            batch.add(assessment);
        }

        @Override
        void finish(CaseloadSummary summary) throws IOException {
            Path index = batch.finish();
            messages.reportWritten(cli.out, index, batch.size());
            cli.out.flush();
        }

        @Override
        public void close() throws IOException {
            batch.close();
        }
    }
}
