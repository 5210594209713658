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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The scalar value types of the format: strings, booleans, dates, periods, codes, legal references. */
public final class Types {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD = Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");

    private Types() {}

    /** A JSON string. */
    public static final ValueType<String> STRING = new ValueType<>() {
        @Override
        public String expected() {
            return "a string";
        }

        @Override
        public String read(Node node, Path path, Reading reading) {
            if (node.type() != Node.Type.STRING) {
                wrongType(node, path, reading);
                return null;
            }
            return node.text();
        }

        @Override
        public void write(JsonGenerator generator, String value) throws IOException {
            generator.writeString(value);
        }
    };

    /** {@code true} or {@code false}. */
    public static final ValueType<Boolean> BOOLEAN = new ValueType<>() {
        @Override
        public String expected() {
            return "a boolean";
        }

        @Override
        public Boolean read(Node node, Path path, Reading reading) {
            if (node.type() != Node.Type.BOOLEAN) {
                wrongType(node, path, reading);
                return null;
            }
            return node.booleanValue();
        }

        @Override
        public void write(JsonGenerator generator, Boolean value) throws IOException {
            generator.writeBoolean(value);
        }
    };

    /** An ISO-8601 calendar date, {@code 2026-03-02}; years 0000 to 9999. */
    public static final ValueType<LocalDate> DATE_TYPE = new ValueType<>() {
        @Override
        public String expected() {
            return "a date string (yyyy-mm-dd)";
        }

        @Override
        public LocalDate read(Node node, Path path, Reading reading) {
            if (node.type() == Node.Type.STRING && DATE.matcher(node.text()).matches()) {
                try {
                    return LocalDate.parse(node.text());
                } catch (DateTimeException e) {
                    reading.error(ProblemCode.WRONG_TYPE, path, node, "expected " + expected() + ", found no such day");
                    return null;
                }
            }
            if (node.type() == Node.Type.STRING) {
                reading.error(ProblemCode.WRONG_TYPE, path, node, "expected " + expected() + ", found another string");
            } else {
                wrongType(node, path, reading);
            }
            return null;
        }

        @Override
        public void write(JsonGenerator generator, LocalDate value) throws IOException {
            generator.writeString(date(value));
        }
    };

    /** An ISO-8601 period of years, months, weeks and days: {@code P8W}, {@code P56D}, {@code P1Y2M}. */
    public static final ValueType<Period> PERIOD_TYPE = new ValueType<>() {
        @Override
        public String expected() {
            return "an ISO-8601 period string (for example P8W or P56D)";
        }

        @Override
        public Period read(Node node, Path path, Reading reading) {
            if (node.type() == Node.Type.STRING && PERIOD.matcher(node.text()).matches()) {
                try {
                    return Period.parse(node.text());
                } catch (DateTimeException | ArithmeticException e) {
                    reading.error(
                            ProblemCode.WRONG_TYPE, path, node, "expected " + expected() + ", found one too large");
                    return null;
                }
            }
            if (node.type() == Node.Type.STRING) {
                reading.error(ProblemCode.WRONG_TYPE, path, node, "expected " + expected() + ", found another string");
            } else {
                wrongType(node, path, reading);
            }
            return null;
        }

        @Override
        public void write(JsonGenerator generator, Period value) throws IOException {
            if (value.isNegative()) {
                throw new IllegalArgumentException("a negative period cannot be written");
            }
            generator.writeString(value.toString());
        }
    };

    /** A legal reference, written as its code and resolved with the options' resolver. */
    public static final ValueType<LegalReference> LEGAL_REFERENCE = new ValueType<>() {
        @Override
        public String expected() {
            return "a legal-reference code string (for example sel-85)";
        }

        @Override
        public LegalReference read(Node node, Path path, Reading reading) {
            if (node.type() != Node.Type.STRING) {
                wrongType(node, path, reading);
                return null;
            }
            LegalReference found =
                    reading.options().legalReferences().resolve(node.text()).orElse(null);
            if (found == null) {
                reading.error(ProblemCode.UNKNOWN_CODE, path, node, "is not a known legal-reference code");
            }
            return found;
        }

        @Override
        public void write(JsonGenerator generator, LegalReference value) throws IOException {
            generator.writeString(value.code());
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
        return new CodeType<>(type);
    }

    /** An enumeration written as its code. */
    private static final class CodeType<E extends Enum<E> & Labelled> implements ValueType<E> {
        private final String name;
        private final Map<String, E> byCode = new LinkedHashMap<>();
        private final String codes;

        CodeType(Class<E> type) {
            this.name = type.getSimpleName();
            for (E e : type.getEnumConstants()) {
                byCode.put(e.code(), e);
            }
            this.codes = byCode.keySet().stream().collect(Collectors.joining(", "));
        }

        @Override
        public String expected() {
            return "a " + name + " code string";
        }

        @Override
        public E read(Node node, Path path, Reading reading) {
            if (node.type() != Node.Type.STRING) {
                wrongType(node, path, reading);
                return null;
            }
            E found = byCode.get(node.text());
            if (found == null) {
                reading.error(
                        ProblemCode.UNKNOWN_CODE,
                        path,
                        node,
                        "is not a known " + name + " code; expected one of: " + codes);
            }
            return found;
        }

        @Override
        public void write(JsonGenerator generator, E value) throws IOException {
            generator.writeString(value.code());
        }
    }
}
