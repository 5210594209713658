package io.github.inddragelse.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value breaks one or more of its invariants. Lists <em>every</em> violation found,
 * each with the path to the field, so that a caller can fix them all at once. Nothing is built when
 * this is thrown.
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
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param type the simple name of the value type that could not be built
     * @param violations every violation found, at least one
     */
    public InvalidModelException(String type, List<Violation> violations) {
        super(describe(type, violations));
        this.type = type;
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
     * Every violation found, in the order the fields were checked.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String type, List<Violation> violations) {
        return "Invalid " + type + " (" + violations.size() + (violations.size() == 1 ? " problem" : " problems")
                + "): "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
