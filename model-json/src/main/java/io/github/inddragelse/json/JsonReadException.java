package io.github.inddragelse.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a document cannot be read: lists <em>every</em> problem found, each with a JSON
 * pointer, line, column, {@link ProblemCode} and message, in document order. Nothing is built when
 * this is thrown. The message never quotes free text from the document.
 *
 * <pre>{@code
 * try {
 *     CaseProcess process = json.readCase(bytes);
 * } catch (JsonReadException e) {
 *     for (JsonProblem p : e.problems()) {
 *         System.err.println(p.pointer() + " (" + p.line() + ":" + p.column() + ") " + p.message());
 *     }
 * }
 * }</pre>
 */
public final class JsonReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final List<JsonProblem> problems;

    /**
     * Creates the exception.
     *
     * @param what what was being read, for example {@code case-process}
     * @param problems every problem found, at least one
     */
    public JsonReadException(String what, List<JsonProblem> problems) {
        super(describe(what, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a JsonReadException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in document order (by line, then column).
     *
     * @return the problems, never empty
     */
    public List<JsonProblem> problems() {
        return problems;
    }

    private static String describe(String what, List<JsonProblem> problems) {
        String listed = problems.stream()
                .limit(PROBLEMS_IN_MESSAGE)
                .map(JsonProblem::toString)
                .collect(Collectors.joining("; "));
        String more = problems.size() > PROBLEMS_IN_MESSAGE
                ? "; and " + (problems.size() - PROBLEMS_IN_MESSAGE) + " more"
                : "";
        return "Cannot read " + what + " JSON (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "): " + listed + more;
    }
}
