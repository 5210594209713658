package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.ThrowableAssert;

/** Expected problems and where fragments of hand-written documents stand. */
final class Problems {

    private Problems() {}

    /** The problems a read reports. */
    static List<JsonProblem> of(ThrowableAssert.ThrowingCallable read) {
        return catchThrowableOfType(JsonReadException.class, read).problems();
    }

    /** An expected problem at the position of the first {@code fragment} in {@code document}. */
    static JsonProblem at(ProblemCode code, String pointer, String document, String fragment) {
        return at(code, pointer, document, fragment, 1);
    }

    /** An expected problem at the position of the {@code n}th {@code fragment} in {@code document}. */
    static JsonProblem at(ProblemCode code, String pointer, String document, String fragment, int n) {
        int index = -1;
        for (int i = 0; i < n; i++) {
            index = document.indexOf(fragment, index + 1);
            if (index < 0) {
                throw new IllegalArgumentException(fragment + " is not in the document " + n + " times");
            }
        }
        String before = document.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = index - before.lastIndexOf('\n');
        return new JsonProblem(code, pointer, line, column, "ignored");
    }

    /** An expected problem at the position just after the first {@code prefix} in {@code document}. */
    static JsonProblem after(ProblemCode code, String pointer, String document, String prefix) {
        JsonProblem start = at(code, pointer, document, prefix);
        return new JsonProblem(code, pointer, start.line(), start.column() + prefix.length(), "ignored");
    }

    /** Compares everything but the message. */
    static void assertLocated(List<JsonProblem> actual, JsonProblem... expected) {
        assertThat(actual)
                .usingElementComparator((a, b) -> a.code() == b.code()
                                && a.pointer().equals(b.pointer())
                                && a.line() == b.line()
                                && a.column() == b.column()
                        ? 0
                        : 1)
                .containsExactly(expected);
    }
}
