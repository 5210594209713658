package io.github.inddragelse.examples.cli;

import io.github.inddragelse.json.JsonProblem;
import io.github.inddragelse.model.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The tool's messages about bad input, on standard error, in Danish or English. A JSON problem is
 * printed compiler-style, {@code file:line:column: pointer: message (code)}, so editors can jump to
 * it. Messages name files, positions, pointers, codes and ids; never free text from a case.
 *
 * <p>The problems themselves, of a JSON document or of checklist responses, are the library's texts
 * and in English, the language of the JSON contract; the line before them follows {@code --lang}
 * and, in Danish, says that they are in English.
 */
final class Messages {

    private final Language language;
    private final PrintWriter err;

    Messages(Language language, PrintWriter err) {
        this.language = language;
        this.err = err;
    }

    void jsonProblems(String source, List<JsonProblem> problems) {
        err.println(t(
                "inddragelse: kunne ikke læse " + source + " (" + count(problems.size(), "problem", "problemer")
                        + ", beskrevet på engelsk):",
                "inddragelse: cannot read " + source + " (" + count(problems.size(), "problem", "problems") + "):"));
        for (JsonProblem p : problems) {
            err.println("  " + source + ":" + p.line() + ":" + p.column() + ": "
                    + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message() + " ("
                    + p.code().code() + ")");
        }
        err.flush();
    }

    void fileMissing(Object file) {
        err.println(t("inddragelse: filen findes ikke: " + file, "inddragelse: no such file: " + file));
        err.flush();
    }

    void unreadable(Path file, Exception e) {
        err.println(t("inddragelse: kunne ikke læse " + file + ": ", "inddragelse: cannot read " + file + ": ")
                + e.getClass().getSimpleName());
        err.flush();
    }

    void responsesRejected(String source, String caseId, List<String> violations) {
        err.println(t(
                "inddragelse: tjeklistesvarene til sag " + caseId + " (" + source
                        + ") passer ikke til tjeklisterne (beskrevet på engelsk):",
                "inddragelse: the checklist responses for case " + caseId + " (" + source
                        + ") do not fit the checklists:"));
        violations.forEach(v -> err.println("  " + v));
        err.flush();
    }

    void openedAfterAsOf(String source, String caseId, LocalDate openedOn, LocalDate asOf, boolean given) {
        String da = given ? "vurderingsdatoen " + asOf + " (--as-of)" : "dagens dato " + asOf + " (uden --as-of)";
        String en = given ? "the as-of date " + asOf + " (--as-of)" : "today's date " + asOf + " (no --as-of)";
        err.println(t(
                "inddragelse: sag " + caseId + " (" + source + ") er ikke vurderet: den blev oprettet " + openedOn
                        + ", efter " + da + ". En sag kan tidligst vurderes på den dag, den blev oprettet.",
                "inddragelse: case " + caseId + " (" + source + ") is not assessed: it was opened on " + openedOn
                        + ", after " + en + ". A case can only be assessed as of its opening date or later."));
        err.flush();
    }

    void reportWritten(PrintWriter out, Path index, int cases) {
        out.println(t(
                "Rapporten over " + count(cases, "sag", "sager") + " er skrevet: " + index,
                "The report on " + count(cases, "case", "cases") + " is written: " + index));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private String t(String da, String en) {
        return language == Language.DA ? da : en;
    }
}
