package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inddragelse.json.ProblemCode;
import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.catalogue.LegalReference;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The scalar value types of the format: strings, booleans, dates, periods, codes, legal references. */
public final class Types {

    private Types() {}

    /** Writes one value. */
    @FunctionalInterface
    private interface Writer<V> {
        void write(JsonGenerator generator, V value) throws IOException;
    }

    /** A JSON string. */
    public static final ValueType<String> STRING =
            new Scalar<>("a string", Node.Type.STRING, Node::text, JsonGenerator::writeString);

    /** {@code true} or {@code false}. */
    public static final ValueType<Boolean> BOOLEAN =
            new Scalar<>("a boolean", Node.Type.BOOLEAN, Node::booleanValue, JsonGenerator::writeBoolean);

    /** An ISO-8601 calendar date, {@code 2026-03-02}; years 0000 to 9999. */
    public static final ValueType<LocalDate> DATE_TYPE = new Formatted<>(
            "a date string (yyyy-mm-dd)",
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            LocalDate::parse,
            "a day that does not exist",
            (generator, value) -> generator.writeString(date(value)));

    /** An ISO-8601 period of years, months, weeks and days: {@code P8W}, {@code P56D}, {@code P1Y2M}. */
    public static final ValueType<Period> PERIOD_TYPE = new Formatted<>(
            "an ISO-8601 period string (for example P8W or P56D)",
            Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?"),
            Period::parse,
            "one too large",
            (generator, value) -> {
                if (value.isNegative()) {
                    throw new IllegalArgumentException("a negative period cannot be written");
                }
                generator.writeString(value.toString());
            });

    /** A legal reference, written as its code and resolved with the options' resolver. */
    public static final ValueType<LegalReference> LEGAL_REFERENCE =
            new Coded<>("a legal-reference code string (for example sel-85)", "is not a known legal-reference code") {
                @Override
                LegalReference lookup(String code, Reading reading) {
                    return reading.options().legalReferences().resolve(code).orElse(null);
                }

                @Override
                String code(LegalReference value) {
                    return value.code();
                }
            };

    /**
     * Formats a date as {@code yyyy-mm-dd}.
     *
     * @param date the date
     * @return the text
     * @throws IllegalArgumentException if the year is outside 0000 to 9999, which the format cannot hold
     */
    public static String date(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException("only dates in the years 0000 to 9999 can be written");
        }
        return date.toString();
    }

    /**
     * The type of an enumeration written as its stable {@link Labelled#code()}.
     *
     * @param type the enum class
     * @param <E> the enum
     * @return the value type
     */
    public static <E extends Enum<E> & Labelled> ValueType<E> code(Class<E> type) {
        Map<String, E> byCode = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            byCode.put(e.code(), e);
        }
        String name = type.getSimpleName();
        return new Coded<>(
                "a " + name + " code string",
                "is not a known " + name + " code; expected one of: " + String.join(", ", byCode.keySet())) {
            @Override
            E lookup(String code, Reading reading) {
                return byCode.get(code);
            }

            @Override
            String code(E value) {
                return value.code();
            }
        };
    }

    /** A JSON value of one type taken as it is. */
    private static final class Scalar<V> implements ValueType<V> {
        private final String expected;
        private final Node.Type json;
        private final Function<Node, V> value;
        private final Writer<V> writer;

        Scalar(String expected, Node.Type json, Function<Node, V> value, Writer<V> writer) {
            this.expected = expected;
            this.json = json;
            this.value = value;
            this.writer = writer;
        }

        @Override
        public String expected() {
            return expected;
        }

        @Override
        public V read(Node node, Path path, Reading reading) {
            if (node.type() != json) {
                wrongType(node, path, reading);
                return null;
            }
            return value.apply(node);
        }

        @Override
        public void write(JsonGenerator generator, V v) throws IOException {
            writer.write(generator, v);
        }
    }

    /** A string in a fixed format, parsed into a value; a string in another format is a wrong type. */
    private static final class Formatted<V> implements ValueType<V> {
        private final String expected;
        private final Pattern format;
        private final Function<String, V> parse;
        private final String unparsable;
        private final Writer<V> writer;

        Formatted(String expected, Pattern format, Function<String, V> parse, String unparsable, Writer<V> writer) {
            this.expected = expected;
            this.format = format;
            this.parse = parse;
            this.unparsable = unparsable;
            this.writer = writer;
        }

        @Override
        public String expected() {
            return expected;
        }

        @Override
        public V read(Node node, Path path, Reading reading) {
            if (node.type() != Node.Type.STRING) {
                wrongType(node, path, reading);
                return null;
            }
            String found = "another string";
            if (format.matcher(node.text()).matches()) {
                try {
                    return parse.apply(node.text());
                } catch (DateTimeException | ArithmeticException e) {
                    found = unparsable;
                }
            }
            reading.error(ProblemCode.WRONG_TYPE, path, node, "expected " + expected + ", found " + found);
            return null;
        }

        @Override
        public void write(JsonGenerator generator, V value) throws IOException {
            writer.write(generator, value);
        }
    }

    /** A string naming one of a set of known values; an unknown name is an unknown code. */
    private abstract static class Coded<V> implements ValueType<V> {
        private final String expected;
        private final String unknown;

        Coded(String expected, String unknown) {
            this.expected = expected;
            this.unknown = unknown;
        }

        abstract V lookup(String code, Reading reading);

        abstract String code(V value);

        @Override
        public String expected() {
            return expected;
        }

        @Override
        public V read(Node node, Path path, Reading reading) {
            if (node.type() != Node.Type.STRING) {
                wrongType(node, path, reading);
                return null;
            }
            V found = lookup(node.text(), reading);
            if (found == null) {
                reading.error(ProblemCode.UNKNOWN_CODE, path, node, unknown);
            }
            return found;
        }

        @Override
        public void write(JsonGenerator generator, V value) throws IOException {
            generator.writeString(code(value));
        }
    }
}
