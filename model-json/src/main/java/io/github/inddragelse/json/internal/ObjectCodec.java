package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inddragelse.json.JsonOptions;
import io.github.inddragelse.json.ProblemCode;
import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Reads and writes one model type as a JSON object, driven by a table of {@link Prop properties}.
 *
 * <p>Reading collects every problem: each property is read even after another failed, unknown
 * properties are reported, and then the model's own invariants are checked by building the value.
 * A violation of an invariant is reported as {@link ProblemCode#INVALID_VALUE} at the pointer of the
 * field it names, unless that field (or a field it depends on) already had a problem of its own:
 * then the violation would only repeat the earlier problem. If a required field could not be read
 * the invariants are not checked at all.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> extends ObjectType<T> {

    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Prop<T, B>> props;
    private final Set<String> names;
    private final Map<String, Set<String>> dependencies;

    private ObjectCodec(Table<T, B> table) {
        super(table.description);
        this.newBuilder = table.newBuilder;
        this.build = table.build;
        this.props = List.copyOf(table.props);
        Set<String> known = new HashSet<>();
        for (Prop<T, B> p : props) {
            if (!known.add(p.name())) {
                throw new IllegalStateException("property " + p.name() + " is listed twice");
            }
        }
        this.names = Set.copyOf(known);
        this.dependencies = Map.copyOf(table.dependencies);
    }

    /**
     * Starts a table for a type.
     *
     * @param description how the type is named in messages, for example {@code "a participant"}
     * @param newBuilder makes a new builder
     * @param build builds the value; may throw {@link InvalidModelException} or, when a required
     *     attribute is unset, {@link IllegalStateException}
     * @param <T> the model type
     * @param <B> its builder
     * @return the table
     */
    public static <T, B> Table<T, B> table(String description, Supplier<B> newBuilder, Function<B, T> build) {
        return new Table<>(description, newBuilder, build);
    }

    /**
     * The properties, in the order they are written.
     *
     * @return the properties
     */
    public List<Prop<T, B>> props() {
        return props;
    }

    @Override
    T readObject(Node node, Path path, Reading reading) {
        return readMembers(node, path, reading, Set.of());
    }

    /**
     * Reads the members of an object node, some of which the caller has read already.
     *
     * @param node the object
     * @param path where it is
     * @param reading where problems go
     * @param readByCaller names the caller has read, such as an event's {@code kind}
     * @return the value, or null if any problem was recorded
     */
    T readMembers(Node node, Path path, Reading reading, Set<String> readByCaller) {
        B builder = newBuilder.get();
        Set<String> broken = new HashSet<>();
        for (Prop<T, B> p : props) {
            if (!p.read(node, path, builder, reading)) {
                broken.add(p.name());
            }
        }
        for (Map.Entry<String, Node> member : node.members().entrySet()) {
            String name = member.getKey();
            if (!names.contains(name) && !readByCaller.contains(name)) {
                unknown(name, member.getValue(), path, reading);
            }
        }
        T value;
        try {
            value = build.apply(builder);
        } catch (InvalidModelException e) {
            for (Violation v : e.violations()) {
                if (!suppressed(v, broken)) {
                    invalid(v, node, path, reading);
                }
            }
            return null;
        } catch (IllegalStateException e) {
            if (broken.isEmpty()) {
                throw e; // a required attribute without a property: a bug in the table
            }
            return null; // a required field could not be read; that problem is reported already
        }
        return broken.isEmpty() ? value : null;
    }

    private void unknown(String name, Node value, Path path, Reading reading) {
        String message = "is not a property of " + description();
        if (reading.options().allowUnknownProperties()) {
            reading.warning(
                    ProblemCode.UNKNOWN_PROPERTY, path.property(name), value.nameLine(), value.nameColumn(), message);
        } else {
            reading.error(
                    ProblemCode.UNKNOWN_PROPERTY, path.property(name), value.nameLine(), value.nameColumn(), message);
        }
    }

    private boolean suppressed(Violation v, Set<String> broken) {
        String root = root(v.path());
        if (broken.contains(root)) {
            return true;
        }
        for (String dependency : dependencies.getOrDefault(root, Set.of())) {
            if (broken.contains(dependency)) {
                return true;
            }
        }
        return false;
    }

    private static String root(String violationPath) {
        int end = violationPath.length();
        for (int i = 0; i < violationPath.length(); i++) {
            char c = violationPath.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        return violationPath.substring(0, end);
    }

    /** Reports a violation at the pointer of the field it names, located at the nearest value present. */
    private static void invalid(Violation v, Node node, Path path, Reading reading) {
        Path at = path;
        Node located = node;
        Node walking = node;
        for (String segment : segments(v.path())) {
            if (segment.startsWith("[")) {
                int index = Integer.parseInt(segment.substring(1, segment.length() - 1));
                at = at.item(index);
                walking = walking != null && index < walking.items().size()
                        ? walking.items().get(index)
                        : null;
            } else {
                at = at.property(segment);
                walking = walking == null ? null : walking.member(segment);
            }
            if (walking != null) {
                located = walking;
            }
        }
        reading.error(ProblemCode.INVALID_VALUE, at, located, v.message());
    }

    /** Splits {@code events[3].lifeAreas[1].area} into {@code events, [3], lifeAreas, [1], area}. */
    private static List<String> segments(String violationPath) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < violationPath.length(); i++) {
            char c = violationPath.charAt(i);
            if (c == '.' || c == '[') {
                if (current.length() > 0) {
                    segments.add(current.toString());
                    current.setLength(0);
                }
                if (c == '[') {
                    int close = violationPath.indexOf(']', i);
                    segments.add(violationPath.substring(i, close + 1));
                    i = close;
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            segments.add(current.toString());
        }
        return segments;
    }

    @Override
    public void write(JsonGenerator generator, T value) throws IOException {
        generator.writeStartObject();
        writeMembers(generator, value);
        generator.writeEndObject();
    }

    /**
     * Writes the properties of a value into an object already started.
     *
     * @param generator where to write
     * @param value the value
     * @throws IOException if writing fails
     */
    void writeMembers(JsonGenerator generator, T value) throws IOException {
        for (Prop<T, B> p : props) {
            p.write(generator, value);
        }
    }

    /**
     * The table of properties of a type, built in the order the properties are written.
     *
     * @param <T> the model type
     * @param <B> its builder
     */
    public static final class Table<T, B> {
        private final String description;
        private final Supplier<B> newBuilder;
        private final Function<B, T> build;
        private final List<Prop<T, B>> props = new ArrayList<>();
        private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();

        private Table(String description, Supplier<B> newBuilder, Function<B, T> build) {
            this.description = description;
            this.newBuilder = newBuilder;
            this.build = build;
        }

        /** A fixed string every document carries. */
        Table<T, B> constant(String name, String value) {
            props.add(new Prop.Constant<>(name, value));
            return this;
        }

        /** A required value, always written. */
        <V> Table<T, B> required(String name, ValueType<V> type, Function<T, V> getter, BiConsumer<B, V> setter) {
            props.add(new Prop.Single<>(name, type, getter, setter, Prop.Presence.REQUIRED));
            return this;
        }

        /** A value with a default in the model: optional when read, always written. */
        <V> Table<T, B> defaulted(String name, ValueType<V> type, Function<T, V> getter, BiConsumer<B, V> setter) {
            props.add(new Prop.Single<>(name, type, getter, setter, Prop.Presence.OPTIONAL));
            return this;
        }

        /** A value derived from others, written for readers only: optional when read and then ignored. */
        <V> Table<T, B> informative(String name, ValueType<V> type, Function<T, V> getter) {
            return defaulted(name, type, getter, (builder, ignored) -> {});
        }

        /** An optional value, written only when present. */
        <V> Table<T, B> optional(
                String name, ValueType<V> type, Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
            props.add(new Prop.Maybe<>(name, type, getter, setter));
            return this;
        }

        /** A list, optional when read and omitted when empty. */
        <V> Table<T, B> list(
                String name,
                ValueType<V> type,
                Function<T, ? extends Collection<V>> getter,
                BiConsumer<B, List<V>> setter) {
            props.add(new Prop.Many<>(name, type, getter, setter, Prop.Presence.OPTIONAL, false, null, null, null));
            return this;
        }

        /** A list that must be present and is always written, possibly with a limit on its length. */
        <V> Table<T, B> requiredList(
                String name,
                ValueType<V> type,
                Function<T, ? extends Collection<V>> getter,
                BiConsumer<B, List<V>> setter,
                ToIntFunction<JsonOptions> limit,
                String limitName) {
            props.add(
                    new Prop.Many<>(name, type, getter, setter, Prop.Presence.REQUIRED, false, null, limit, limitName));
            return this;
        }

        /** A list that must be present and is always written, also when empty. */
        <V> Table<T, B> requiredList(
                String name,
                ValueType<V> type,
                Function<T, ? extends Collection<V>> getter,
                BiConsumer<B, List<V>> setter) {
            return requiredList(name, type, getter, setter, null, null);
        }

        /** A set of codes written in enum order; required sets are always written, others omitted when empty. */
        <E extends Enum<E> & Labelled> Table<T, B> codes(
                String name,
                Class<E> type,
                Function<T, ? extends Collection<E>> getter,
                BiConsumer<B, List<E>> setter,
                boolean required) {
            props.add(new Prop.Many<>(
                    name,
                    Types.code(type),
                    getter,
                    setter,
                    required ? Prop.Presence.REQUIRED : Prop.Presence.OPTIONAL,
                    true,
                    Comparator.<E>naturalOrder(),
                    null,
                    null));
            return this;
        }

        /**
         * Declares that violations reported on one field also depend on others: when any of those
         * could not be read, the violation is not reported.
         */
        Table<T, B> dependency(String field, String... on) {
            dependencies.put(field, Set.of(on));
            return this;
        }

        /**
         * Finishes the table.
         *
         * @return the codec
         */
        public ObjectCodec<T, B> build() {
            return new ObjectCodec<>(this);
        }
    }
}
