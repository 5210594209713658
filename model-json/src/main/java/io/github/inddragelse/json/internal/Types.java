package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberOutput;
import io.github.inddragelse.json.ProblemCode;
import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.LegalReference;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The value types the formats share: strings, booleans, numbers, dates, periods, codes, legal
 * references, dimensions, bilingual text and maps.
 */
public final class Types {

    private Types() {}

    /** Writes one value. */
    @FunctionalInterface
    private interface Writer<V> {
        void write(JsonGenerator generator, V value) throws IOException;
    }

    /** A JSON string. */
    public static final ValueType<String> STRING =
            new Parsed<>("a string", false, null, null, Function.identity(), null, JsonGenerator::writeString);

    /** {@code true} or {@code false}. */
    public static final ValueType<Boolean> BOOLEAN = new ValueType<>() {
        @Override
        public String expected() {
            return "a boolean";
        }

        @Override
        public Boolean read(Cursor in) {
            JsonToken token = in.token();
            if (token == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : wrongType(in);
        }

        @Override
        public void write(JsonGenerator generator, Boolean value) throws IOException {
            generator.writeBoolean(value);
        }
    };

    /**
     * A finite JSON number, read as the nearest {@code double}. Written so that reading it back gives
     * the same {@code double} and the same value always gives the same bytes: whole numbers below
     * 10<sup>15</sup> without a fraction ({@code 4}), others in the shortest form that reads back
     * exactly ({@code 62.5}, {@code 0.1}, {@code 1.0E-4}), the same on every JDK.
     */
    public static final ValueType<Double> NUMBER = new Parsed<>(
            "a number",
            true,
            null,
            null,
            literal -> {
                double value = Double.parseDouble(literal);
                return Double.isFinite(value) ? value : null;
            },
            "one too large",
            Types::writeNumber);

    /** A whole JSON number within the range of an {@code int}, written without a fraction. */
    public static final ValueType<Integer> INTEGER = new Parsed<>(
            "an integer",
            true,
            Types::integerLiteral,
            "a fraction or an exponent",
            literal -> {
                long value = Long.parseLong(literal);
                return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (int) value : null;
            },
            "a number out of range",
            JsonGenerator::writeNumber);

    /** An ISO-8601 calendar date, {@code 2026-03-02}; years 0000 to 9999. */
    public static final ValueType<LocalDate> DATE_TYPE = new DateType();

    /** An ISO-8601 period of years, months, weeks and days: {@code P8W}, {@code P56D}, {@code P1Y2M}. */
    public static final ValueType<Period> PERIOD_TYPE = new Parsed<>(
            "an ISO-8601 period string (for example P8W or P56D)",
            false,
            Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?").asMatchPredicate(),
            "another string",
            Period::parse,
            "one too large",
            (generator, value) -> {
                if (value.isNegative()) {
                    throw new IllegalArgumentException("a negative period cannot be written");
                }
                generator.writeString(value.toString());
            });

    /** A legal reference, written as its code and resolved with the options' resolver. */
    public static final ValueType<LegalReference> LEGAL_REFERENCE = new Coded<>(
            "a legal-reference code string (for example sel-85)",
            "is not a known legal-reference code",
            (code, reading) -> reading.options().legalReferences().resolve(code).orElse(null),
            reading -> reading.options().legalReferences().codes(),
            LegalReference::code);

    /** A dimension, written as its id and resolved against the options' catalogue. */
    public static final ValueType<Dimension> DIMENSION = new Coded<>(
            "a dimension id string (for example trust)",
            "is not a dimension id of the catalogue in use",
            (code, reading) -> reading.options().catalogue().dimension(code).orElse(null),
            Types::dimensionIds,
            Dimension::id);

    /** The id of a dimension of the options' catalogue, kept as the id. */
    public static final ValueType<String> DIMENSION_ID = new Coded<>(
            DIMENSION.expected(),
            "is not a dimension id of the catalogue in use",
            (code, reading) -> reading.options().catalogue().dimension(code).isPresent() ? code : null,
            Types::dimensionIds,
            Function.identity());

    /** The dimension ids of the options' catalogue, in its order. */
    private static List<String> dimensionIds(Reading reading) {
        return reading.options().catalogue().dimensions().stream()
                .map(Dimension::id)
                .toList();
    }

    /** Display text in Danish and English: {@code {"da": "…", "en": "…"}}, neither blank. */
    public static final ObjectCodec<Text, Slots> TEXT = ObjectCodec.table(
                    "a text in Danish and English", Slots::new, Types::text)
            .required("da", STRING, Text::da, Slots.set("da"))
            .required("en", STRING, Text::en, Slots.set("en"))
            .build();

    private static Text text(Slots slots) {
        String da = slots.get("da");
        String en = slots.get("en");
        return slots.require(!da.isBlank(), "da", "must not be blank")
                .require(!en.isBlank(), "en", "must not be blank")
                .checked("Text", () -> Text.of(da, en));
    }

    /**
     * Writes a finite number so that it reads back as the same {@code double}, with the same bytes on
     * every JDK.
     *
     * @param generator where to write
     * @param value the number
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the number is not finite, which JSON cannot hold
     */
    public static void writeNumber(JsonGenerator generator, double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("only finite numbers can be written");
        }
        boolean negativeZero = Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && !negativeZero) {
            generator.writeNumber((long) value);
        } else {
            generator.writeNumber(NumberOutput.toString(value, true));
        }
    }

    /**
     * An optional number as an {@link Optional}, for the tables.
     *
     * @param value the optional number
     * @return the same, boxed
     */
    public static Optional<Double> boxed(OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    /**
     * A JSON object read as a map: each property name is a key, read with the key type from a string
     * at the name's position; each value with the value type.
     *
     * @param description how the map is named in messages, for example {@code "answers by item id"}
     * @param key the type of the keys, read from the property names
     * @param keyName the property name of a key
     * @param value the type of the values
     * @param order the order keys are written in, so that equal maps give the same bytes whatever
     *     order they were built in
     * @param <K> the key type
     * @param <V> the value type
     * @return the map type; it reads into a map in document order
     */
    public static <K, V> ValueType<Map<K, V>> map(
            String description,
            ValueType<K> key,
            Function<K, String> keyName,
            ValueType<V> value,
            Comparator<? super K> order) {
        if (!(key instanceof Literal<K> text) || text.number) {
            throw new IllegalArgumentException("the keys of a map are read from names: their type must read strings");
        }
        return new MapType<>(description, text, keyName, value, order);
    }

    /**
     * A number that picks a direct way of reading values of a common type, so that the readers do not
     * have to go through several calls that the JIT cannot inline (every table's properties share
     * them): strings, booleans, codes and dates.
     *
     * @param type the type
     * @return the shortcut, 0 for none
     */
    static int shortcut(ValueType<?> type) {
        if (type == STRING) {
            return 1;
        }
        if (type == BOOLEAN) {
            return 2;
        }
        if (type instanceof EnumCode) {
            return 3;
        }
        return type instanceof DateType ? 4 : 0;
    }

    /**
     * Reads a value the direct way its type's {@link #shortcut} picks.
     *
     * @param shortcut the shortcut
     * @param type the type
     * @param in the cursor, on the value
     * @return the value, or null if a problem was recorded
     */
    static Object read(int shortcut, ValueType<?> type, Cursor in) {
        JsonToken token = in.token();
        switch (shortcut) {
            case 1:
                return token == JsonToken.VALUE_STRING ? in.text() : type.wrongType(in);
            case 2:
                if (token == JsonToken.VALUE_TRUE) {
                    return Boolean.TRUE;
                }
                return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : type.wrongType(in);
            case 3:
                return token == JsonToken.VALUE_STRING ? ((EnumCode<?>) type).readString(in) : type.wrongType(in);
            case 4:
                return token == JsonToken.VALUE_STRING ? ((DateType) type).readString(in) : type.wrongType(in);
            default:
                return type.read(in);
        }
    }

    /** Whether a number literal is a whole number of at most ten digits, possibly negative. */
    private static boolean integerLiteral(String literal) {
        int first = literal.startsWith("-") ? 1 : 0;
        int digits = literal.length() - first;
        if (digits < 1 || digits > 10) {
            return false;
        }
        for (int i = first; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

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
        return new EnumCode<>(type);
    }

    /** A JSON object whose property names are keys. */
    private static final class MapType<K, V> extends ObjectType<Map<K, V>> {
        private final Literal<K> key;
        private final Function<K, String> keyName;
        private final ValueType<V> value;
        private final Comparator<? super K> order;

        MapType(
                String description,
                Literal<K> key,
                Function<K, String> keyName,
                ValueType<V> value,
                Comparator<? super K> order) {
            super(description);
            this.key = key;
            this.keyName = keyName;
            this.value = value;
            this.order = order;
        }

        @Override
        Map<K, V> readObject(Cursor in) {
            Map<K, V> map = new LinkedHashMap<>();
            Set<String> names = new HashSet<>();
            boolean ok = true;
            while (in.nextMember()) {
                String name = in.name();
                if (!names.add(name)) {
                    in.skipDuplicate();
                    continue;
                }
                K k = key.parse(name, in);
                in.next();
                V v = value.read(in);
                if (k == null || v == null) {
                    ok = false;
                } else {
                    map.put(k, v);
                }
            }
            return ok ? map : null;
        }

        @Override
        public void write(JsonGenerator generator, Map<K, V> map) throws IOException {
            List<Map.Entry<K, V>> entries = new ArrayList<>(map.entrySet());
            entries.sort(Map.Entry.comparingByKey(order));
            generator.writeStartObject();
            for (Map.Entry<K, V> entry : entries) {
                generator.writeFieldName(keyName.apply(entry.getKey()));
                value.write(generator, entry.getValue());
            }
            generator.writeEndObject();
        }
    }

    /**
     * A JSON string, or a JSON number, whose text makes the value; a string type also reads map keys
     * from property names.
     */
    private abstract static class Literal<V> implements ValueType<V> {
        private final String expected;
        private final boolean number;
        private final Writer<V> writer;

        /**
         * @param expected what the value must be, for messages
         * @param number whether the value is a JSON number (else a string)
         * @param writer writes a value
         */
        Literal(String expected, boolean number, Writer<V> writer) {
            this.expected = expected;
            this.number = number;
            this.writer = writer;
        }

        @Override
        public final String expected() {
            return expected;
        }

        @Override
        public final V read(Cursor in) {
            JsonToken token = in.token();
            if (number) {
                return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                        ? parse(in.number(), in)
                        : wrongType(in);
            }
            return token == JsonToken.VALUE_STRING ? readString(in) : wrongType(in);
        }

        /**
         * Reads the string the cursor is on.
         *
         * @param in the cursor
         * @return the value, or null if a problem was recorded
         */
        V readString(Cursor in) {
            return parse(in.text(), in);
        }

        /**
         * Records that the text has the right JSON type but not the right form.
         *
         * @param in the cursor
         * @param found how the text is named in the message
         * @return null, for the caller to return
         */
        final V unfit(Cursor in, String found) {
            in.error(ProblemCode.WRONG_TYPE, "expected " + expected + ", found " + found);
            return null;
        }

        /**
         * Makes the value of a text: a string, a number as written, or a property name.
         *
         * @param text the text
         * @param in the cursor, on the token the text is from, where a problem is recorded
         * @return the value, or null if a problem was recorded
         */
        abstract V parse(String text, Cursor in);

        @Override
        public final void write(JsonGenerator generator, V value) throws IOException {
            writer.write(generator, value);
        }
    }

    /**
     * A string or number in a fixed format, parsed into a value; one in another format, or one the
     * parser refuses, is a wrong type.
     */
    private static final class Parsed<V> extends Literal<V> {
        private final Predicate<String> format;
        private final String mismatch;
        private final Function<String, V> parse;
        private final String unfit;

        /**
         * @param expected what the value must be, for messages
         * @param number whether the value is a JSON number (else a string)
         * @param format the format of the text (of the literal, for a number); null for any
         * @param mismatch how text in another format is named in messages
         * @param parse the parser; returns null, or throws a {@link DateTimeException} or {@link
         *     ArithmeticException}, when the text does not make a value
         * @param unfit how text the parser refuses is named in messages
         * @param writer writes a value
         */
        Parsed(
                String expected,
                boolean number,
                Predicate<String> format,
                String mismatch,
                Function<String, V> parse,
                String unfit,
                Writer<V> writer) {
            super(expected, number, writer);
            this.format = format;
            this.mismatch = mismatch;
            this.parse = parse;
            this.unfit = unfit;
        }

        @Override
        V parse(String text, Cursor in) {
            String found = mismatch;
            if (format == null || format.test(text)) {
                try {
                    V value = parse.apply(text);
                    if (value != null) {
                        return value;
                    }
                } catch (DateTimeException | ArithmeticException e) {
                    // reported below
                }
                found = unfit;
            }
            return unfit(in, found);
        }
    }

    /** A string naming one of a set of known values; an unknown name is an unknown code. */
    private static final class Coded<V> extends Literal<V> {
        private final String unknown;
        private final BiFunction<String, Reading, V> lookup;
        private final Function<Reading, Collection<String>> known;

        /**
         * @param expected what the value must be, for messages
         * @param unknown the message for a code that is not known
         * @param lookup finds the value of a code, or null
         * @param known the codes the reading accepts, listed in the message for an unknown one; empty if
         *     they cannot be listed
         * @param code the code of a value
         */
        Coded(
                String expected,
                String unknown,
                BiFunction<String, Reading, V> lookup,
                Function<Reading, Collection<String>> known,
                Function<V, String> code) {
            super(expected, false, (generator, value) -> generator.writeString(code.apply(value)));
            this.unknown = unknown;
            this.lookup = lookup;
            this.known = known;
        }

        @Override
        V parse(String text, Cursor in) {
            V found = lookup.apply(text, in.reading());
            if (found == null) {
                Collection<String> codes = known.apply(in.reading());
                in.error(
                        ProblemCode.UNKNOWN_CODE,
                        codes.isEmpty() ? unknown : unknown + "; expected one of: " + String.join(", ", codes));
            }
            return found;
        }
    }

    /** An ISO-8601 calendar date, read from the parser's characters. */
    private static final class DateType extends Literal<LocalDate> {
        DateType() {
            super("a date string (yyyy-mm-dd)", false, (generator, value) -> generator.writeString(Types.date(value)));
        }

        @Override
        LocalDate readString(Cursor in) {
            return date(in.textCharacters(), in.textOffset(), in.textLength(), in);
        }

        @Override
        LocalDate parse(String text, Cursor in) {
            return date(text.toCharArray(), 0, text.length(), in);
        }

        private LocalDate date(char[] text, int offset, int length, Cursor in) {
            if (!Dates.shaped(text, offset, length)) {
                return unfit(in, "another string");
            }
            LocalDate date = Dates.parse(text, offset);
            return date != null ? date : unfit(in, "a day that does not exist");
        }
    }

    /** The stable code of an enumeration's constant, found without making a string of it. */
    private static final class EnumCode<E extends Enum<E> & Labelled> extends Literal<E> {
        private final E[] constants;
        private final Lookup codes;
        private final String unknown;

        EnumCode(Class<E> type) {
            super(
                    "a " + type.getSimpleName() + " code string",
                    false,
                    (generator, value) -> generator.writeString(value.code()));
            this.constants = type.getEnumConstants();
            List<String> all = Stream.of(constants).map(Labelled::code).toList();
            this.codes = new Lookup(all);
            this.unknown =
                    "is not a known " + type.getSimpleName() + " code; expected one of: " + String.join(", ", all);
        }

        @Override
        E readString(Cursor in) {
            return found(codes.find(in.textCharacters(), in.textOffset(), in.textLength()), in);
        }

        @Override
        E parse(String text, Cursor in) {
            return found(codes.find(text), in);
        }

        private E found(int position, Cursor in) {
            if (position < 0) {
                in.error(ProblemCode.UNKNOWN_CODE, unknown);
                return null;
            }
            return constants[position];
        }
    }
}
