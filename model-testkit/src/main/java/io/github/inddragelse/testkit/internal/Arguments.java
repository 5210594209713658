package io.github.inddragelse.testkit.internal;

import java.time.LocalDate;
import java.util.Objects;

/** Checks of the arguments the arbitraries are configured with, failing at once with the method's name. */
final class Arguments {

    private Arguments() {}

    /** A period of two present dates, the second not before the first. */
    static void period(String method, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(method + "(" + from + ", " + to + "): to is before from");
        }
    }

    /** A number from {@code min} to {@code max}, both included (NaN is neither). */
    static void within(String method, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    method + " must be from " + number(min) + " to " + number(max) + ", not " + value);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
