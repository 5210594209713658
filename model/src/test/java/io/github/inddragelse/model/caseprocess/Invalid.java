package io.github.inddragelse.model.caseprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the {@link InvalidModelException} a build throws. */
final class Invalid {

    private Invalid() {}

    static Violation v(String path, String message) {
        return new Violation(path, message);
    }

    /** The exception {@code build} throws; fails the test if it throws nothing or something else. */
    static InvalidModelException thrownBy(ThrowingCallable build) {
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class, build);
        assertThat(e).as("an InvalidModelException").isNotNull();
        return e;
    }

    /**
     * Asserts that {@code build} throws one exception for {@code type} listing exactly these
     * violations in this order, and that the message names the value's id, if known, and lists them
     * all.
     */
    static void assertInvalid(ThrowingCallable build, String type, Violation... expected) {
        InvalidModelException e = thrownBy(build);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.violations()).containsExactly(expected);
        assertThat(e.getMessage())
                .isEqualTo("Invalid " + type + e.id().map(id -> " '" + id + "'").orElse("") + " (" + expected.length
                        + (expected.length == 1 ? " problem" : " problems") + "): "
                        + List.of(expected).stream().map(Violation::toString).collect(Collectors.joining("; ")));
    }
}
