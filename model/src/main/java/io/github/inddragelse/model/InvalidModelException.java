package io.github.inddragelse.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a value breaks one or more of its invariants. Lists <em>every</em> violation found,
 * each with the path to the field, so that a caller can fix them all at once. Nothing is built when
 * this is thrown.
 *
 * <p>The message names the type and, when it is known, the value's own id, which is pseudonymous by
 * contract: {@code Invalid Hearing 'h1' (1 problem): responseDeadline: is before the hearing was sent
 * (2026-03-20)}. An event or a participant whose invariants are broken is named by its id unless
 * that id is itself malformed or shaped like a CPR number; a value that cannot be built because a
 * required attribute is missing is named by its type only.
 *
 * <pre>{@code
 * try {
 *     CaseProcess process = builder.build();
 * } catch (InvalidModelException e) {
 *     e.violations().forEach(v -> log.warn("{}: {}", v.path(), v.message()));
 * }
 * }</pre>
 */
public final class InvalidModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String id;
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param type the simple name of the value type that could not be built
     * @param violations every violation found, at least one
     */
    public InvalidModelException(String type, List<Violation> violations) {
        this(type, null, violations);
    }

    /**
     * Creates the exception for a value known by its id.
     *
     * @param type the simple name of the value type that could not be built
     * @param id the value's pseudonymous id, put in the message; null if it is not known. Never pass
     *     anything but a pseudonymous id: the message is logged
     * @param violations every violation found, at least one
     */
    public InvalidModelException(String type, String id, List<Violation> violations) {
        super(describe(type, id, violations));
        this.type = type;
        this.id = id;
        this.violations = List.copyOf(violations);
    }

    /**
     * The simple name of the value type that could not be built.
     *
     * @return the type name, for example {@code CaseProcess}
     */
    public String type() {
        return type;
    }

    /**
     * The pseudonymous id of the value that could not be built, when it is known: the id of an event
     * or participant whose invariants are broken, unless that id is itself malformed.
     *
     * @return the id, or empty
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * Every violation found, in the order the fields were checked.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String type, String id, List<Violation> violations) {
        return "Invalid " + type + (id == null ? "" : " '" + id + "'") + " (" + violations.size()
                + (violations.size() == 1 ? " problem" : " problems")
                + "): "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
