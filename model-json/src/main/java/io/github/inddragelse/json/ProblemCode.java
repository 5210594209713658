package io.github.inddragelse.json;

/**
 * What kind of problem a {@link JsonProblem} is. Each has a stable kebab-case {@link #code()} for
 * machine-readable error output.
 *
 * <p>As for every enumeration of the library, the constant ({@code INVALID_VALUE}) is the Java name
 * and {@link #code()} ({@code invalid-value}) the spelling in text and JSON: {@link
 * JsonProblem#toString()}, and so the message of {@link JsonReadException}, write the code, as do
 * the command-line tool and the HTTP example. Print {@code problem.code().code()} to match them;
 * {@code problem.code()} alone prints the constant's name.
 */
public enum ProblemCode {
    /**
     * The input is not well-formed JSON, not UTF-8, or repeats a property name in one object; a syntax
     * or encoding error ends the read.
     */
    MALFORMED_JSON("malformed-json"),
    /** A value has the wrong JSON type or format, for example a number where a date string belongs. */
    WRONG_TYPE("wrong-type"),
    /** A code (enumeration value, event kind, legal reference, schema version) is not known. */
    UNKNOWN_CODE("unknown-code"),
    /** A required property is missing. */
    MISSING_FIELD("missing-field"),
    /** A property the format does not define; an error unless unknown properties are allowed. */
    UNKNOWN_PROPERTY("unknown-property"),
    /** The value breaks an invariant of the model, for example a date before the case was opened. */
    INVALID_VALUE("invalid-value"),
    /**
     * The input exceeds one of the limits of {@link JsonOptions}; what lies beyond the limit is not
     * read.
     */
    LIMIT_EXCEEDED("limit-exceeded");

    private final String code;

    ProblemCode(String code) {
        this.code = code;
    }

    /**
     * The stable code, for example {@code wrong-type}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
