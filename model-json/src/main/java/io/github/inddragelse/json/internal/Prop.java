package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.inddragelse.json.JsonOptions;
import io.github.inddragelse.json.ProblemCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One property of an object in the format: its name, its value type, how to get it from the model
 * value and how to set it on the builder, and whether it is required, defaulted, optional or a
 * collection. One table of these per type drives reading and writing both, so the two cannot drift
 * apart, and fixes the order properties are written in.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public abstract class Prop<T, B> {

    /** Whether a property must be present when read and whether it is written when empty. */
    enum Presence {
        /** Must be present; always written. */
        REQUIRED,
        /** May be absent (a default or nothing applies); written when it has a value. */
        OPTIONAL
    }

    private final String name;
    private final SerializedString serialized;

    Prop(String name) {
        this.name = name;
        this.serialized = new SerializedString(name);
    }

    /**
     * The property name as Jackson compares it with the input.
     *
     * @return the name
     */
    final SerializedString serialized() {
        return serialized;
    }

    /**
     * The property name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Whether the property must be present.
     *
     * @return true if required
     */
    public abstract boolean required();

    /**
     * Reads the property's value and sets it on the builder.
     *
     * @param in the cursor, on the first token of the value; left on its last token
     * @param builder the builder
     * @return false if a problem was recorded for this property
     */
    abstract boolean read(Cursor in, B builder);

    /**
     * Deals with the property being absent from the object that has just ended.
     *
     * @param in the cursor, on the end of the object
     * @param start the mark of the object's start
     * @return false if that is a problem, which is then recorded
     */
    boolean absent(Cursor in, long start) {
        return true;
    }

    /**
     * Writes the property of a value, if it is written at all.
     *
     * @param generator where to write
     * @param value the model value
     * @throws IOException if writing fails
     */
    abstract void write(JsonGenerator generator, T value) throws IOException;

    /** Records that a required property is missing, at the object that lacks it. */
    final boolean missing(Cursor in, long start, String expected) {
        in.reading()
                .error(
                        ProblemCode.MISSING_FIELD,
                        in.pointer(name),
                        start,
                        "required property is missing; expected " + expected);
        return false;
    }

    /** Reads one value into the builder. */
    @SuppressWarnings("unchecked")
    static <B, V> boolean readValue(Cursor in, B builder, ValueType<V> type, int shortcut, BiConsumer<B, V> setter) {
        V value = (V) Types.read(shortcut, type, in);
        if (value == null) {
            return false;
        }
        setter.accept(builder, value);
        return true;
    }

    /** A single value that is required or has a default: always written. */
    static final class Single<T, B, V> extends Prop<T, B> {
        private final ValueType<V> type;
        private final int shortcut;
        private final Function<T, V> getter;
        private final BiConsumer<B, V> setter;
        private final Presence presence;

        Single(String name, ValueType<V> type, Function<T, V> getter, BiConsumer<B, V> setter, Presence presence) {
            super(name);
            this.type = type;
            this.shortcut = Types.shortcut(type);
            this.getter = getter;
            this.setter = setter;
            this.presence = presence;
        }

        @Override
        public boolean required() {
            return presence == Presence.REQUIRED;
        }

        @Override
        boolean read(Cursor in, B builder) {
            return readValue(in, builder, type, shortcut, setter);
        }

        @Override
        boolean absent(Cursor in, long start) {
            return !required() || missing(in, start, type.expected());
        }

        @Override
        void write(JsonGenerator generator, T value) throws IOException {
            generator.writeFieldName(name());
            type.write(generator, getter.apply(value));
        }
    }

    /** An optional value: written only when present. */
    static final class Maybe<T, B, V> extends Prop<T, B> {
        private final ValueType<V> type;
        private final int shortcut;
        private final Function<T, Optional<V>> getter;
        private final BiConsumer<B, V> setter;

        Maybe(String name, ValueType<V> type, Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
            super(name);
            this.type = type;
            this.shortcut = Types.shortcut(type);
            this.getter = getter;
            this.setter = setter;
        }

        @Override
        public boolean required() {
            return false;
        }

        @Override
        boolean read(Cursor in, B builder) {
            return readValue(in, builder, type, shortcut, setter);
        }

        @Override
        void write(JsonGenerator generator, T value) throws IOException {
            Optional<V> present = getter.apply(value);
            if (present.isPresent()) {
                generator.writeFieldName(name());
                type.write(generator, present.get());
            }
        }
    }

    /** A fixed string every document carries, such as the schema version. */
    static final class Constant<T, B> extends Prop<T, B> {
        private final String value;

        Constant(String name, String value) {
            super(name);
            this.value = value;
        }

        @Override
        public boolean required() {
            return true;
        }

        @Override
        boolean read(Cursor in, B builder) {
            String found = Types.STRING.read(in);
            if (found == null) {
                return false;
            }
            if (!found.equals(value)) {
                in.error(ProblemCode.UNKNOWN_CODE, "is not a supported " + name() + "; expected one of: " + value);
                return false;
            }
            return true;
        }

        @Override
        boolean absent(Cursor in, long start) {
            return missing(in, start, "\"" + value + "\"");
        }

        @Override
        void write(JsonGenerator generator, T ignored) throws IOException {
            generator.writeStringField(name(), value);
        }
    }

    /**
     * An array of values: a list in order, or a set of codes written in enum order. Omitted when
     * empty unless always written; may carry a limit on its length.
     */
    static final class Many<T, B, V> extends Prop<T, B> {
        private final ValueType<V> type;
        private final int shortcut;
        private final Function<T, ? extends Collection<V>> getter;
        private final BiConsumer<B, List<V>> setter;
        private final Presence presence;
        private final boolean unique;
        private final Comparator<? super V> order;
        private final ToIntFunction<JsonOptions> limit;
        private final String limitName;

        Many(
                String name,
                ValueType<V> type,
                Function<T, ? extends Collection<V>> getter,
                BiConsumer<B, List<V>> setter,
                Presence presence,
                boolean unique,
                Comparator<? super V> order,
                ToIntFunction<JsonOptions> limit,
                String limitName) {
            super(name);
            this.type = type;
            this.shortcut = Types.shortcut(type);
            this.getter = getter;
            this.setter = setter;
            this.presence = presence;
            this.unique = unique;
            this.order = order;
            this.limit = limit;
            this.limitName = limitName;
        }

        @Override
        public boolean required() {
            return presence == Presence.REQUIRED;
        }

        /**
         * Whether the items must be unique (a set).
         *
         * @return true for a set
         */
        boolean unique() {
            return unique;
        }

        @Override
        boolean read(Cursor in, B builder) {
            if (in.token() != JsonToken.START_ARRAY) {
                in.wrongType("an array");
                return false;
            }
            boolean ok = true;
            int max = limit == null
                    ? Integer.MAX_VALUE
                    : limit.applyAsInt(in.reading().options());
            List<V> values = new ArrayList<>();
            long seenOrdinals = 0; // the codes of a set are enum constants: a bit each, no hash set
            Set<V> seenBeyond = null; // for constants past the 64th
            for (int i = 0; in.nextItem(); i++) {
                if (i == max) {
                    in.error(ProblemCode.LIMIT_EXCEEDED, "has more items than the " + limitName + " limit of " + max);
                    ok = false;
                    in.skipValue();
                    while (in.nextItem()) {
                        in.skipValue();
                    }
                    break;
                }
                @SuppressWarnings("unchecked")
                V value = (V) Types.read(shortcut, type, in);
                if (value == null) {
                    ok = false;
                    continue;
                }
                boolean repeated = false;
                if (unique) {
                    int ordinal = ((Enum<?>) value).ordinal();
                    if (ordinal < Long.SIZE) {
                        repeated = (seenOrdinals & (1L << ordinal)) != 0;
                        seenOrdinals |= 1L << ordinal;
                    } else {
                        if (seenBeyond == null) {
                            seenBeyond = new HashSet<>();
                        }
                        repeated = !seenBeyond.add(value);
                    }
                }
                if (repeated) {
                    in.error(ProblemCode.INVALID_VALUE, "lists the same value twice");
                    ok = false;
                } else {
                    values.add(value);
                }
            }
            setter.accept(builder, values);
            return ok;
        }

        @Override
        boolean absent(Cursor in, long start) {
            return presence == Presence.OPTIONAL || missing(in, start, "an array");
        }

        @Override
        void write(JsonGenerator generator, T value) throws IOException {
            Collection<V> values = getter.apply(value);
            if (values.isEmpty() && presence == Presence.OPTIONAL) {
                return;
            }
            List<V> ordered = new ArrayList<>(values);
            if (order != null) {
                ordered.sort(order);
            }
            generator.writeArrayFieldStart(name());
            for (V v : ordered) {
                type.write(generator, v);
            }
            generator.writeEndArray();
        }
    }
}
