package io.github.inddragelse.json;

import java.util.List;
import java.util.Objects;

/**
 * One document read from an NDJSON line.
 *
 * @param lineNumber the 1-based line of the input it was read from
 * @param value the value read
 * @param warnings problems that did not stop the read (unknown properties, when allowed), with the
 *     input's line numbers
 * @param <T> the type read
 */
public record NdjsonLine<T>(long lineNumber, T value, List<JsonProblem> warnings) {

    /** Checks the parts and copies the warnings. */
    public NdjsonLine {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }
}
