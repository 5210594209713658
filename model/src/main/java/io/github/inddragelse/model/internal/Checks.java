package io.github.inddragelse.model.internal;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the violations of one value so that all of them are reported together. Used from the
 * {@code @Value.Check} methods of the value types.
 */
public final class Checks {

    private static final String ID_SHAPE = "must be 1-64 letters, digits or . _ : - and start with a letter or digit";
    private static final String ID_CPR = "looks like a CPR number; use a pseudonymous id";

    /** {@link #idProblem(String)}: the id is fine. */
    static final int ID_OK = 0;
    /** {@link #idProblem(String)}: the id is not 1-64 letters, digits or {@code . _ : -} starting with a letter or digit. */
    static final int ID_BAD_SHAPE = 1;
    /** {@link #idProblem(String)}: the id is shaped right but contains a CPR number ({@code \d{6}-?\d{4}}). */
    static final int ID_LIKE_CPR = 2;

    private final String type;
    /** The value's own id, if it has a well-formed one, named in the exception's message; or null. */
    private String id;
    /** The violations so far; made at the first, since most values checked have none. */
    private List<Violation> violations;

    private Checks(String type) {
        this.type = type;
    }

    /**
     * Starts collecting violations for a value type.
     *
     * @param type the simple name of the type
     * @return a new collector
     */
    public static Checks of(String type) {
        return new Checks(type);
    }

    /**
     * Records a violation unless the condition holds.
     *
     * @param condition what must hold
     * @param path the field
     * @param message what is wrong when it does not hold
     * @return this
     */
    public Checks require(boolean condition, String path, String message) {
        if (!condition) {
            record(path, message);
        }
        return this;
    }

    /**
     * Records a violation if a date is before another, saying which: {@code is before the decision
     * (2026-03-01)}. The message is only made when the check fails, since this runs for every event
     * read.
     *
     * @param date the date checked
     * @param bound the date it must not be before
     * @param path the field of {@code date}
     * @param what what {@code bound} is the date of, for example {@code "the decision"}
     * @return this
     */
    public Checks notBefore(LocalDate date, LocalDate bound, String path, String what) {
        if (date.isBefore(bound)) {
            record(path, "is before " + what + " (" + bound + ")");
        }
        return this;
    }

    /**
     * Records the violation of seeing a case as of a date before it was opened, if so: {@link
     * CaseProcess#asOfViolation(LocalDate)}, which names both dates.
     *
     * @param process the case
     * @param asOf the as-of date
     * @return this
     */
    public Checks asOfNotBeforeOpening(CaseProcess process, LocalDate asOf) {
        process.asOfViolation(asOf).ifPresent(v -> record(v.path(), v.message()));
        return this;
    }

    /**
     * Records a violation.
     *
     * @param path the field
     * @param message what is wrong
     * @return this
     */
    public Checks add(String path, String message) {
        record(path, message);
        return this;
    }

    private void record(String path, String message) {
        if (violations == null) {
            violations = new ArrayList<>();
        }
        violations.add(new Violation(path, message));
    }

    /**
     * Checks a pseudonymous identifier: 1–64 letters, digits, {@code . _ : -}, starting with a letter
     * or digit, and not shaped like a CPR number. The value itself is never put in the message.
     *
     * @param id the identifier
     * @param path the field
     * @return this
     */
    public Checks pseudonymousId(String id, String path) {
        wellFormedId(id, path);
        return this;
    }

    /** Whether an id is well formed; if not, records why at the path. */
    private boolean wellFormedId(String id, String path) {
        int problem = idProblem(id);
        if (problem != ID_OK) {
            record(path, problem == ID_BAD_SHAPE ? ID_SHAPE : ID_CPR);
        }
        return problem == ID_OK;
    }

    /**
     * Checks the value's own id like {@link #pseudonymousId(String, String)} and, if it is well
     * formed, names the value by it in the message of the exception {@link #throwIfAny()} throws
     * ({@code Invalid Hearing 'h1' (1 problem): …}). A malformed id, or one shaped like a CPR number,
     * is reported and never put in the message.
     *
     * @param id the value's id
     * @param path the field
     * @return this
     */
    public Checks ownId(String id, String path) {
        if (wellFormedId(id, path)) {
            this.id = id;
        }
        return this;
    }

    /**
     * Checks a pseudonymous identifier in a list, like {@link #pseudonymousId(String, String)}; the
     * path {@code list[index]} is only made for a violation, since this runs for every id read.
     *
     * @param id the identifier
     * @param list the path of the list
     * @param index the identifier's index in the list
     * @return this
     */
    public Checks pseudonymousId(String id, String list, int index) {
        int problem = idProblem(id);
        if (problem != ID_OK) {
            record(list + "[" + index + "]", problem == ID_BAD_SHAPE ? ID_SHAPE : ID_CPR);
        }
        return this;
    }

    /**
     * What is wrong with an id: {@link #ID_BAD_SHAPE}, else {@link #ID_LIKE_CPR}, else {@link
     * #ID_OK}. One pass checks the shape and counts the digits; only an id with ten digits or more,
     * which a CPR number needs, is scanned again for one.
     */
    static int idProblem(String id) {
        int n = id.length();
        if (n < 1 || n > 64) {
            return ID_BAD_SHAPE;
        }
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if ((char) (c - '0') < 10) {
                digits++;
            } else if ((char) ((c | 0x20) - 'a') >= 26 && (i == 0 || (c != '-' && c != '.' && c != '_' && c != ':'))) {
                return ID_BAD_SHAPE; // neither a letter nor, after the first character, a separator
            }
        }
        return digits >= 10 && looksLikeCpr(id) ? ID_LIKE_CPR : ID_OK;
    }

    /**
     * Whether the text contains six digits, an optional '-', and four digits (the regular expression
     * {@code \d{6}-?\d{4}} anywhere), in one pass without backtracking.
     */
    static boolean looksLikeCpr(String text) {
        int run = 0; // length of the current run of digits
        int before = -1; // length of the run of digits just before a single '-' that ended it, or -1
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                if (run >= 10 || (before >= 6 && run >= 4)) {
                    return true;
                }
            } else {
                before = c == '-' ? run : -1;
                run = 0;
            }
        }
        return false;
    }

    /**
     * Checks that optional free text, when present, is not blank.
     *
     * @param text the text
     * @param path the field
     * @return this
     */
    public Checks notBlank(Optional<String> text, String path) {
        if (text.isPresent() && text.get().isBlank()) {
            record(path, "must not be blank when present");
        }
        return this;
    }

    /**
     * Runs a generated builder's {@code build()}, turning its report of missing required attributes
     * into an {@link InvalidModelException} with one violation per attribute, so that every way a
     * value can fail to build gives the same typed exception.
     *
     * @param type the simple name of the type being built
     * @param build the generated build method
     * @param <T> the type being built
     * @return the built value
     * @throws InvalidModelException if a required attribute is missing or an invariant is broken
     */
    public static <T> T built(String type, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalStateException e) {
            String message = String.valueOf(e.getMessage());
            int open = message.lastIndexOf('[');
            int close = message.lastIndexOf(']');
            if (!message.startsWith("Cannot build") || open < 0 || close < open) {
                throw e;
            }
            List<Violation> missing = new ArrayList<>();
            for (String attribute : message.substring(open + 1, close).split(",\\s*")) {
                missing.add(new Violation(attribute.trim(), "is required"));
            }
            throw new InvalidModelException(type, missing);
        }
    }

    /**
     * Whether any violation has been recorded.
     *
     * @return true if there is none
     */
    public boolean ok() {
        return violations == null;
    }

    /**
     * Throws an {@link InvalidModelException} listing every violation, if there is any.
     *
     * @throws InvalidModelException if any violation was recorded
     */
    public void throwIfAny() {
        if (violations != null) {
            throw new InvalidModelException(type, id, violations);
        }
    }
}
