package io.github.inddragelse.examples.cli;

import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.json.JsonProblem;
import io.github.inddragelse.json.JsonReadException;
import io.github.inddragelse.json.NdjsonFailure;
import io.github.inddragelse.json.NdjsonReader;
import io.github.inddragelse.json.OnBadLine;
import io.github.inddragelse.json.ProblemCode;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code --responses} files in model-json's published {@code CHECKLIST_RESPONSE} format
 * (schema {@code checklist-response-1.0}): a {@code *.ndjson} file holds one response per line, any
 * other file one response document. Each response is used for the case whose id equals its {@code
 * caseId}; a response without {@code caseId} is used for every case.
 *
 * <p>Problems carry the file's line and column and the JSON pointer of the value concerned, like the
 * case reader's; a bad NDJSON line does not stop the good ones.
 */
final class ResponsesFile {

    private ResponsesFile() {}

    /**
     * What the files held.
     *
     * @param byCase the responses that name a case, per case id, in file order
     * @param everyCase the responses without a case id, used for every case
     * @param problems the problems per file that had any
     * @param missing the files that do not exist
     */
    record Result(
            Map<String, List<ChecklistResponse>> byCase,
            List<ChecklistResponse> everyCase,
            Map<String, List<JsonProblem>> problems,
            List<Path> missing) {

        /** The responses that apply to a case: those naming it, then those naming no case. */
        List<ChecklistResponse> forCase(String caseId) {
            List<ChecklistResponse> all = new ArrayList<>(byCase.getOrDefault(caseId, List.of()));
            all.addAll(everyCase);
            return all;
        }

        /** Sorts responses by the case they name. */
        static Result of(List<ChecklistResponse> responses) {
            Result result =
                    new Result(new LinkedHashMap<>(), new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>());
            responses.forEach(result::add);
            return result;
        }

        private void add(ChecklistResponse response) {
            response.caseId()
                    .ifPresentOrElse(
                            id -> byCase.computeIfAbsent(id, k -> new ArrayList<>())
                                    .add(response),
                            () -> everyCase.add(response));
        }
    }

    static Result read(InddragelseJson json, List<Path> files) {
        Result result = Result.of(List.of());
        for (Path file : files) {
            List<JsonProblem> found = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file)) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson")) {
                    try (NdjsonReader<ChecklistResponse> lines = json.readResponses(in, OnBadLine.SKIP)) {
                        lines.forEachRemaining(line -> result.add(line.value()));
                        for (NdjsonFailure failure : lines.failures()) {
                            found.addAll(failure.problems());
                        }
                    }
                } else {
                    result.add(json.readResponse(in));
                }
            } catch (JsonReadException e) {
                found.addAll(e.problems());
            } catch (NoSuchFileException e) {
                result.missing.add(file);
            } catch (IOException | UncheckedIOException e) {
                found.add(new JsonProblem(ProblemCode.MALFORMED_JSON, "", 1, 1, "cannot read the file"));
            }
            if (!found.isEmpty()) {
                result.problems.put(file.toString(), found);
            }
        }
        return result;
    }
}
