package io.github.inddragelse.json;

import java.util.List;
import java.util.Objects;

/**
 * A value read from a document, with the warnings found on the way: unknown properties, when {@link
 * JsonOptions#allowUnknownProperties()} lets them through.
 *
 * @param value the value read
 * @param warnings problems that did not stop the read, in document order; empty when none
 * @param <T> the type read
 */
public record ReadResult<T>(T value, List<JsonProblem> warnings) {

    /** Checks that the value is present and copies the warnings. */
    public ReadResult {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }
}
