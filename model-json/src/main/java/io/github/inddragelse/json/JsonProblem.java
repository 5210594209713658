package io.github.inddragelse.json;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem found while reading a document: where it is and what is wrong. The message names
 * properties, codes and expected types, and may quote pseudonymous ids and dates; it never quotes
 * free text from the document.
 *
 * @param code what kind of problem
 * @param pointer the RFC 6901 JSON pointer of the value concerned, for example {@code
 *     /events/3/heldOn}; for a missing property, the pointer the property would have; {@code ""} for
 *     the whole document. For an unknown property it holds the property name as written in the
 *     document, so log {@link #toString()} (which masks odd names) rather than the raw pointer
 * @param line the 1-based line of the value (for a missing property: of the object that lacks it);
 *     in NDJSON input, the line of the file
 * @param column the 1-based column, counted in characters
 * @param message what is wrong, in English
 */
public record JsonProblem(ProblemCode code, String pointer, long line, int column, String message)
        implements Serializable {

    private static final Pattern INDEX = Pattern.compile("[0-9]{1,9}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{5}");

    /** Checks that every part is present and the position is 1-based. */
    public JsonProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
    }

    /**
     * The pointer for logs and messages: segments that do not look like a property name or an
     * index (for example a key holding personal data) are shown as {@code *}.
     *
     * @return the masked pointer, {@code (document)} for the whole document
     */
    public String maskedPointer() {
        if (pointer.isEmpty()) {
            return "(document)";
        }
        StringBuilder sb = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            boolean safe = INDEX.matcher(segment).matches()
                    || (NAME.matcher(segment).matches()
                            && !DIGITS.matcher(segment).find());
            sb.append('/').append(safe ? segment : "*");
        }
        return sb.toString();
    }

    /**
     * Renders the problem for logs, with the {@linkplain #maskedPointer() masked pointer} and the
     * code as {@link ProblemCode#code()} spells it: {@code /events/3/heldOn at line 16, column 5:
     * invalid-value: is before the follow-up was scheduled (2026-05-01)}.
     */
    @Override
    public String toString() {
        return maskedPointer() + " at line " + line + ", column " + column + ": " + code.code() + ": " + message;
    }
}
