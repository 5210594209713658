package io.github.inddragelse.model;

import java.util.Objects;

/**
 * One broken invariant: where it is and what is wrong. The message never contains free text or
 * identifying data from the case, only field names, ids, codes and dates.
 *
 * @param path the path to the field, for example {@code events[3].heldOn}; empty for the whole value
 * @param message what is wrong, in English
 */
public record Violation(String path, String message) {

    /** Checks that both parts are present. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The same violation seen from an enclosing value.
     *
     * @param prefix the path of this value inside the enclosing one, for example {@code events[3]}
     * @return a violation whose path starts with the prefix
     */
    public Violation under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        return new Violation(path.isEmpty() ? prefix : prefix + (path.startsWith("[") ? "" : ".") + path, message);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(value)" : path) + ": " + message;
    }
}
