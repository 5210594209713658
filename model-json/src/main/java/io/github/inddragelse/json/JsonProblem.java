package io.github.inddragelse.json;

import java.util.Objects;

/**
 * One problem found while reading a document: where it is and what is wrong. The message names
 * properties, codes and expected types, and may quote pseudonymous ids and dates; it never quotes
 * free text from the document.
 *
 * @param code what kind of problem
 * @param pointer the RFC 6901 JSON pointer of the value concerned, for example {@code
 *     /events/3/heldOn}; for a missing property, the pointer the property would have; {@code ""} for
 *     the whole document
 * @param line the 1-based line of the value (for a missing property: of the object that lacks it);
 *     in NDJSON input, the line of the file
 * @param column the 1-based column, counted in characters
 * @param message what is wrong, in English
 */
public record JsonProblem(ProblemCode code, String pointer, long line, int column, String message) {

    /** Checks that every part is present and the position is 1-based. */
    public JsonProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + " at line " + line + ", column " + column + ": "
                + code.code() + ": " + message;
    }
}
