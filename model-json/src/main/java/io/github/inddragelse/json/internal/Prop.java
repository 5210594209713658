package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
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

    Prop(String name) {
        this.name = name;
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
     * Reads the property from an object and sets it on the builder.
     *
     * @param object the object node
     * @param at the object's path
     * @param builder the builder
     * @param reading where problems go
     * @return false if a problem was recorded for this property
     */
    abstract boolean read(Node object, Path at, B builder, Reading reading);

    /**
     * Writes the property of a value, if it is written at all.
     *
     * @param generator where to write
     * @param value the model value
     * @throws IOException if writing fails
     */
    abstract void write(JsonGenerator generator, T value) throws IOException;

    /** Records that a required property is missing, at the object that lacks it. */
    final boolean missing(Node object, Path at, Reading reading, String expected) {
        reading.missing(at.property(name), object, expected);
        return false;
    }

    /** Reads one value of the object into the builder; an absent value is fine unless required. */
    final <V> boolean readValue(
            Node object,
            Path at,
            B builder,
            Reading reading,
            ValueType<V> type,
            BiConsumer<B, V> setter,
            boolean need) {
        Node node = object.member(name);
        if (node == null) {
            return !need || missing(object, at, reading, type.expected());
        }
        V value = type.read(node, at.property(name), reading);
        if (value == null) {
            return false;
        }
        setter.accept(builder, value);
        return true;
    }

    /** A single value that is required or has a default: always written. */
    static final class Single<T, B, V> extends Prop<T, B> {
        private final ValueType<V> type;
        private final Function<T, V> getter;
        private final BiConsumer<B, V> setter;
        private final Presence presence;

        Single(String name, ValueType<V> type, Function<T, V> getter, BiConsumer<B, V> setter, Presence presence) {
            super(name);
            this.type = type;
            this.getter = getter;
            this.setter = setter;
            this.presence = presence;
        }

        @Override
        public boolean required() {
            return presence == Presence.REQUIRED;
        }

        @Override
        boolean read(Node object, Path at, B builder, Reading reading) {
            return readValue(object, at, builder, reading, type, setter, required());
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
        private final Function<T, Optional<V>> getter;
        private final BiConsumer<B, V> setter;

        Maybe(String name, ValueType<V> type, Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
            super(name);
            this.type = type;
            this.getter = getter;
            this.setter = setter;
        }

        @Override
        public boolean required() {
            return false;
        }

        @Override
        boolean read(Node object, Path at, B builder, Reading reading) {
            return readValue(object, at, builder, reading, type, setter, false);
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
        boolean read(Node object, Path at, B builder, Reading reading) {
            Node node = object.member(name());
            if (node == null) {
                return missing(object, at, reading, "\"" + value + "\"");
            }
            String found = Types.STRING.read(node, at.property(name()), reading);
            if (found == null) {
                return false;
            }
            if (!found.equals(value)) {
                reading.error(
                        ProblemCode.UNKNOWN_CODE,
                        at.property(name()),
                        node,
                        "is not a supported " + name() + "; expected one of: " + value);
                return false;
            }
            return true;
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
        boolean read(Node object, Path at, B builder, Reading reading) {
            Node node = object.member(name());
            if (node == null) {
                return presence == Presence.OPTIONAL || missing(object, at, reading, "an array");
            }
            Path here = at.property(name());
            if (node.type() != Node.Type.ARRAY) {
                reading.error(
                        ProblemCode.WRONG_TYPE,
                        here,
                        node,
                        "expected an array, found " + node.type().description());
                return false;
            }
            boolean ok = true;
            int max = limit == null ? Integer.MAX_VALUE : limit.applyAsInt(reading.options());
            List<Node> items = node.items();
            List<V> values = new ArrayList<>(Math.min(items.size(), max));
            Set<V> seen = unique ? new HashSet<>() : null;
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                if (i == max) {
                    reading.error(
                            ProblemCode.LIMIT_EXCEEDED,
                            here.item(i),
                            item,
                            "has more items than the " + limitName + " limit of " + max);
                    ok = false;
                    break;
                }
                V value = type.read(item, here.item(i), reading);
                if (value == null) {
                    ok = false;
                } else if (seen != null && !seen.add(value)) {
                    reading.error(ProblemCode.INVALID_VALUE, here.item(i), item, "lists the same value twice");
                    ok = false;
                } else {
                    values.add(value);
                }
            }
            setter.accept(builder, values);
            return ok;
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
