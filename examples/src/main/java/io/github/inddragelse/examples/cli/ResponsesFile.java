package io.github.inddragelse.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.json.JsonProblem;
import io.github.inddragelse.json.ProblemCode;
import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.checklist.ResponseStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code --responses} files: checklist responses, each with the {@code caseId} it answers
 * for, as a JSON array (a {@code .json} file) or one per line ({@code .ndjson}):
 *
 * <pre>{@code
 * {"caseId": "sag-1", "checklistId": "borger", "checklistVersion": "1", "perspective": "citizen",
 *  "respondedOn": "2026-05-20", "status": "completed", "answers": {"b-tillid-1": "4"}}
 * }</pre>
 *
 * <p>Problems carry the file's line and column (of the response object) and the JSON pointer of the
 * value concerned, like the case reader's.
 */
final class ResponsesFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResponsesFile() {}

    /**
     * What the files held.
     *
     * @param byCase the responses per case id, in file order
     * @param problems the problems per file that had any
     * @param missing the files that do not exist
     */
    record Result(
            Map<String, List<ChecklistResponse>> byCase, Map<String, List<JsonProblem>> problems, List<Path> missing) {}

    static Result read(List<Path> files) {
        Map<String, List<ChecklistResponse>> byCase = new LinkedHashMap<>();
        Map<String, List<JsonProblem>> problems = new LinkedHashMap<>();
        List<Path> missing = new ArrayList<>();
        for (Path file : files) {
            List<JsonProblem> found = new ArrayList<>();
            try {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson")) {
                    readLines(file, byCase, found);
                } else {
                    readArray(file, byCase, found);
                }
            } catch (NoSuchFileException e) {
                missing.add(file);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                found.add(new JsonProblem(
                        ProblemCode.MALFORMED_JSON,
                        "",
                        at == null ? 1 : Math.max(1, at.getLineNr()),
                        at == null ? 1 : Math.max(1, at.getColumnNr()),
                        "not well-formed JSON"));
            } catch (IOException e) {
                found.add(new JsonProblem(ProblemCode.MALFORMED_JSON, "", 1, 1, "cannot read the file"));
            }
            if (!found.isEmpty()) {
                problems.put(file.toString(), found);
            }
        }
        return new Result(byCase, problems, missing);
    }

    private static void readArray(Path file, Map<String, List<ChecklistResponse>> byCase, List<JsonProblem> found)
            throws IOException {
        try (JsonParser parser = MAPPER.createParser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                found.add(new JsonProblem(ProblemCode.WRONG_TYPE, "", 1, 1, "expected an array of responses"));
                return;
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                JsonNode node = parser.readValueAsTree();
                one(node, "/" + index++, at.getLineNr(), at.getColumnNr(), byCase, found);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                JsonLocation at = parser.currentTokenLocation();
                found.add(new JsonProblem(
                        ProblemCode.WRONG_TYPE, "/" + index, at.getLineNr(), at.getColumnNr(), "expected an object"));
            }
        }
    }

    private static void readLines(Path file, Map<String, List<ChecklistResponse>> byCase, List<JsonProblem> found)
            throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    one(MAPPER.readTree(line), "", number, 1, byCase, found);
                } catch (JsonProcessingException e) {
                    found.add(new JsonProblem(ProblemCode.MALFORMED_JSON, "", number, 1, "not well-formed JSON"));
                }
            }
        }
    }

    private static void one(
            JsonNode node,
            String pointer,
            long line,
            int column,
            Map<String, List<ChecklistResponse>> byCase,
            List<JsonProblem> found) {
        Fields f = new Fields(node, pointer, line, Math.max(1, column), found);
        String caseId = f.string("caseId");
        ChecklistResponse.Builder b = ChecklistResponse.builder();
        String checklistId = f.string("checklistId");
        String version = f.string("checklistVersion");
        Perspective perspective = f.code("perspective", Perspective.values(), true);
        LocalDate respondedOn = f.date("respondedOn");
        ResponseStatus status = f.code("status", ResponseStatus.values(), false);
        JsonNode answers = node.path("answers");
        if (!answers.isObject()) {
            f.problem(ProblemCode.MISSING_FIELD, "answers", "must be an object of item id to option code");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    b.putAnswer(e.getKey(), e.getValue().asText());
                } else {
                    f.problem(ProblemCode.WRONG_TYPE, "answers/" + e.getKey(), "must be an option code (a string)");
                }
            }
        }
        if (f.failed) {
            return;
        }
        b.checklistId(checklistId)
                .checklistVersion(version)
                .perspective(perspective)
                .respondedOn(respondedOn);
        if (status != null) {
            b.status(status);
        }
        if (node.path("respondentId").isTextual()) {
            b.respondentId(node.get("respondentId").asText());
        }
        try {
            byCase.computeIfAbsent(caseId, id -> new ArrayList<>()).add(b.build());
        } catch (InvalidModelException e) {
            e.violations().forEach(v -> f.problem(ProblemCode.INVALID_VALUE, v.path(), v.message()));
        }
    }

    /** Reads the fields of one response object and records problems. */
    private static final class Fields {
        final JsonNode node;
        final String pointer;
        final long line;
        final int column;
        final List<JsonProblem> found;
        boolean failed;

        Fields(JsonNode node, String pointer, long line, int column, List<JsonProblem> found) {
            this.node = node;
            this.pointer = pointer;
            this.line = line;
            this.column = column;
            this.found = found;
        }

        void problem(ProblemCode code, String field, String message) {
            failed = true;
            found.add(new JsonProblem(code, pointer + "/" + field, line, column, message));
        }

        String string(String field) {
            JsonNode v = node.path(field);
            if (!v.isTextual() || v.asText().isBlank()) {
                problem(
                        v.isMissingNode() ? ProblemCode.MISSING_FIELD : ProblemCode.WRONG_TYPE,
                        field,
                        "must be a string");
                return null;
            }
            return v.asText();
        }

        LocalDate date(String field) {
            String v = string(field);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problem(ProblemCode.WRONG_TYPE, field, "must be a date like 2026-05-20");
                return null;
            }
        }

        <E extends Enum<E> & Labelled> E code(String field, E[] values, boolean required) {
            if (!required && node.path(field).isMissingNode()) {
                return null;
            }
            String v = string(field);
            if (v == null) {
                return null;
            }
            for (E e : values) {
                if (e.code().equals(v)) {
                    return e;
                }
            }
            problem(
                    ProblemCode.UNKNOWN_CODE,
                    field,
                    "unknown code '" + (v.length() <= 24 ? v : v.substring(0, 24) + "…") + "'");
            return null;
        }
    }
}
