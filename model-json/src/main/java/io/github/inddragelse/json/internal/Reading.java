package io.github.inddragelse.json.internal;

import io.github.inddragelse.json.JsonOptions;
import io.github.inddragelse.json.JsonProblem;
import io.github.inddragelse.json.ProblemCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one read: the options in force, and the errors and warnings found so far. Problems
 * are kept with their position; {@link #errors()} and {@link #warnings()} return them in document
 * order. Not thread-safe: one instance per read.
 */
public final class Reading {

    private static final Comparator<JsonProblem> DOCUMENT_ORDER =
            Comparator.comparingLong(JsonProblem::line).thenComparingInt(JsonProblem::column);

    private final JsonOptions options;
    private final long lineOffset;
    private final List<JsonProblem> errors = new ArrayList<>();
    private final List<JsonProblem> warnings = new ArrayList<>();

    /**
     * Starts a read.
     *
     * @param options the options in force
     * @param lineOffset lines to add to every position, for a document that starts further down a
     *     file (NDJSON); 0 otherwise
     */
    public Reading(JsonOptions options, long lineOffset) {
        this.options = options;
        this.lineOffset = lineOffset;
    }

    /**
     * The options in force.
     *
     * @return the options
     */
    public JsonOptions options() {
        return options;
    }

    /** Records an error at a value. */
    void error(ProblemCode code, Path path, Node at, String message) {
        error(code, path, at.line(), at.column(), message);
    }

    /** Records that a required property is missing, at the object that lacks it. */
    void missing(Path path, Node object, String expected) {
        error(ProblemCode.MISSING_FIELD, path, object, "required property is missing; expected " + expected);
    }

    /** Records an error at a position. */
    void error(ProblemCode code, Path path, int line, int column, String message) {
        errors.add(problem(code, path, line, column, message));
    }

    /** Records a warning at a position. */
    void warning(ProblemCode code, Path path, int line, int column, String message) {
        warnings.add(problem(code, path, line, column, message));
    }

    private JsonProblem problem(ProblemCode code, Path path, int line, int column, String message) {
        return new JsonProblem(code, path.pointer(), Math.max(1, line) + lineOffset, Math.max(1, column), message);
    }

    /**
     * Whether any error has been recorded.
     *
     * @return true if the read has failed so far
     */
    public boolean failed() {
        return !errors.isEmpty();
    }

    /**
     * How many errors have been recorded so far.
     *
     * @return the count
     */
    int errorCount() {
        return errors.size();
    }

    /**
     * The errors, in document order.
     *
     * @return the errors
     */
    public List<JsonProblem> errors() {
        List<JsonProblem> sorted = new ArrayList<>(errors);
        sorted.sort(DOCUMENT_ORDER);
        return List.copyOf(sorted);
    }

    /**
     * The warnings, in document order.
     *
     * @return the warnings
     */
    public List<JsonProblem> warnings() {
        List<JsonProblem> sorted = new ArrayList<>(warnings);
        sorted.sort(DOCUMENT_ORDER);
        return List.copyOf(sorted);
    }
}
