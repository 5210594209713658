package io.github.inddragelse.json.internal;

import io.github.inddragelse.json.JsonOptions;
import io.github.inddragelse.json.JsonProblem;
import io.github.inddragelse.json.ProblemCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The state of one read: the options in force, and the errors and warnings found so far. Problems
 * are recorded at a JSON pointer and a mark, which the {@link Positions} of the input turn into a
 * line and column; {@link #errors()} and {@link #warnings()} return them in document order, each
 * once. Not thread-safe: one instance per read.
 *
 * <p>Problems with the JSON itself (syntax, encoding, limits, repeated names) are kept apart from
 * problems with what it means: when the JSON cannot be read to its end, the read {@link #abort()}s
 * and only the former are reported, as nothing could have been built from it anyway.
 */
public final class Reading {

    private static final Comparator<JsonProblem> DOCUMENT_ORDER =
            Comparator.comparingLong(JsonProblem::line).thenComparingInt(JsonProblem::column);

    private final JsonOptions options;
    private final long lineOffset;
    private final List<JsonProblem> syntax = new ArrayList<>(0);
    private final List<JsonProblem> meaning = new ArrayList<>(0);
    private final List<JsonProblem> warnings = new ArrayList<>(0);
    private Positions positions = Positions.PACKED;

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

    /** Sets how marks are turned into positions from now on. */
    void positions(Positions found) {
        this.positions = found;
    }

    /** Records an error about what the document means, at a mark. */
    void error(ProblemCode code, String pointer, long mark, String message) {
        meaning.add(problem(code, pointer, positions.position(mark), message));
    }

    /** Records an error in the JSON itself, at a mark; it survives an {@link #abort()}. */
    void syntaxError(ProblemCode code, String pointer, long mark, String message) {
        syntax.add(problem(code, pointer, positions.position(mark), message));
    }

    /** Records an error in the input itself, at a line and column; it survives an {@link #abort()}. */
    void error(ProblemCode code, String pointer, int line, int column, String message) {
        syntax.add(problem(code, pointer, new int[] {line, column}, message));
    }

    /** Records a warning at a mark. */
    void warning(ProblemCode code, String pointer, long mark, String message) {
        warnings.add(problem(code, pointer, positions.position(mark), message));
    }

    /** Forgets every problem, to read the document again. */
    void restart() {
        syntax.clear();
        meaning.clear();
        warnings.clear();
    }

    /** Drops the errors about meaning, once the JSON has turned out not to be readable to its end. */
    void abort() {
        meaning.clear();
        warnings.clear();
    }

    private JsonProblem problem(ProblemCode code, String pointer, int[] at, String message) {
        return new JsonProblem(code, pointer, Math.max(1, at[0]) + lineOffset, Math.max(1, at[1]), message);
    }

    /**
     * Whether any error has been recorded.
     *
     * @return true if the read has failed so far
     */
    public boolean failed() {
        return !syntax.isEmpty() || !meaning.isEmpty();
    }

    /**
     * How many errors have been recorded so far.
     *
     * @return the count
     */
    int errorCount() {
        return syntax.size() + meaning.size();
    }

    /**
     * The errors, in document order, each once.
     *
     * @return the errors
     */
    public List<JsonProblem> errors() {
        List<JsonProblem> all = new ArrayList<>(syntax);
        all.addAll(meaning);
        return ordered(all);
    }

    /**
     * The warnings, in document order, each once.
     *
     * @return the warnings
     */
    public List<JsonProblem> warnings() {
        return ordered(new ArrayList<>(warnings));
    }

    private static List<JsonProblem> ordered(List<JsonProblem> problems) {
        if (problems.isEmpty()) {
            return List.of();
        }
        problems.sort(DOCUMENT_ORDER);
        return List.copyOf(new LinkedHashSet<>(problems));
    }
}
