package io.github.inddragelse.json;

import java.util.List;
import java.util.Objects;

/**
 * An NDJSON line that could not be read, kept when the reader {@link OnBadLine#SKIP skips} bad lines.
 *
 * @param lineNumber the 1-based line of the input
 * @param exception what went wrong; its problems carry the input's line numbers
 */
public record NdjsonFailure(long lineNumber, JsonReadException exception) {

    /** Checks the parts. */
    public NdjsonFailure {
        Objects.requireNonNull(exception, "exception");
    }

    /**
     * The problems of the line.
     *
     * @return the problems, never empty
     */
    public List<JsonProblem> problems() {
        return exception.problems();
    }
}
