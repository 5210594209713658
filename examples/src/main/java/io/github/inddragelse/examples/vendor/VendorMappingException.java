package io.github.inddragelse.examples.vendor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a vendor case cannot be mapped: lists every problem at once, each with the path in the
 * vendor's record ({@code haendelser[3].type}) and what is wrong. Messages quote codes and field
 * names, never free text from the case.
 */
public final class VendorMappingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem, at least one
     */
    public VendorMappingException(List<Problem> problems) {
        super("Cannot map vendor case (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "): "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, in record order
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem.
     *
     * @param path where in the vendor record, for example {@code haendelser[3].felter.udfald}
     * @param message what is wrong
     */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }
}
