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
    private final Prop<T, B>[] byIndex;
    /** The properties' names, in table order: what an unknown property's suggestion is chosen from. */
    private final List<String> propertyNames;

    private final Lookup indexes;
    private final long required;
    /**
     * For each property, the one to guess follows it before anything is learned (the last entry: the
     * first property); a read that finds a guess wrong copies it into its {@link Guesses} and learns
     * from there.
     */
    private final int[] firstGuesses;

    private final int identity = System.identityHashCode(this);

    private final Map<String, Set<String>> dependencies;

    @SuppressWarnings("unchecked")
    private ObjectCodec(Table<T, B> table) {
        super(table.description);
        this.newBuilder = table.newBuilder;
        this.build = table.build;
        this.props = List.copyOf(table.props);
        if (props.size() > Long.SIZE) {
            throw new IllegalStateException("a table has more than " + Long.SIZE + " properties");
        }
        this.byIndex = (Prop<T, B>[]) props.toArray(new Prop<?, ?>[0]);
        this.propertyNames = props.stream().map(Prop::name).toList();
        this.indexes = new Lookup(propertyNames);
        long requiredBits = 0;
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i].required()) {
                requiredBits |= 1L << i;
            }
        }
        this.required = requiredBits;
        this.firstGuesses = new int[byIndex.length + 1];
        for (int i = 0; i < byIndex.length; i++) {
            firstGuesses[i] = Math.min(i + 1, byIndex.length - 1);
        }
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
    T readObject(Cursor in) {
        return readMembers(in, in.mark(), null, false);
    }

    /**
     * Reads the members of an object into a new builder as they come, then builds the value.
     *
     * @param in the cursor, inside the object: before its next member
     * @param start the mark of the object's start, where a missing property is reported
     * @param discriminator a property the caller reads (an event's {@code kind}), skipped here; or
     *     null
     * @param discriminatorRead whether the caller has read it already, so that it may not appear again
     * @return the value, or null if any problem was recorded; the cursor is left on the object's end
     */
    T readMembers(Cursor in, long start, String discriminator, boolean discriminatorRead) {
        B builder = newBuilder.get();
        long seen = 0;
        long broken = 0;
        boolean discriminatorSeen = discriminatorRead;
        Set<String> others = null;
        // Which property follows which, as learned in this read so far; null when not guessing.
        int[] follows = byIndex.length == 0 ? null : in.guesses(this, identity, firstGuesses);
        int guess = follows == null ? -1 : follows[byIndex.length];
        int previousIndex = byIndex.length;
        int next;
        while ((next = in.nextMember(guess < 0 ? null : byIndex[guess].serialized())) >= 0) {
            String name = in.name();
            int index = next == 1 ? guess : indexes.find(name);
            if (index >= 0) {
                long bit = 1L << index;
                if ((seen & bit) != 0) {
                    in.skipDuplicate();
                    continue;
                }
                seen |= bit;
                in.next();
                if (!byIndex[index].read(in, builder)) {
                    broken |= bit;
                }
                if (follows != null) {
                    if (next != 1) {
                        if (follows == firstGuesses) {
                            follows = in.learn(this, identity, firstGuesses);
                        }
                        follows[previousIndex] = index;
                    }
                    guess = follows[index];
                }
                previousIndex = index;
            } else {
                boolean repeated;
                if (name.equals(discriminator)) {
                    repeated = discriminatorSeen;
                    discriminatorSeen = true;
                } else {
                    if (others == null) {
                        others = new HashSet<>();
                    }
                    repeated = !others.add(name);
                    if (!repeated) {
                        unknown(in, name, discriminator);
                    }
                }
                if (repeated) {
                    in.skipDuplicate();
                } else {
                    in.skipMember();
                }
            }
        }
        long missing = required & ~seen;
        for (int i = 0; missing != 0 && i < byIndex.length; i++) {
            long bit = 1L << i;
            if ((missing & bit) != 0 && !byIndex[i].absent(in, start)) {
                broken |= bit;
            }
        }
        T value;
        try {
            value = build.apply(builder);
        } catch (InvalidModelException e) {
            invalid(e.violations(), names(broken), in, start);
            return null;
        } catch (IllegalStateException e) {
            if (broken == 0) {
                throw e; // a required attribute without a property: a bug in the table
            }
            return null; // a required field could not be read; that problem is reported already
        }
        return broken == 0 ? value : null;
    }

    /**
     * Reports an unknown property, suggesting the property of this type it most likely meant, if one
     * is close (see {@link Spelling#closest}); the unknown name itself is never put in the message.
     */
    private void unknown(Cursor in, String name, String discriminator) {
        String meant = Spelling.closest(name, discriminator == null ? propertyNames : namesAnd(discriminator));
        String message =
                "is not a property of " + description() + (meant == null ? "" : "; did you mean " + meant + "?");
        if (in.reading().options().allowUnknownProperties()) {
            in.reading().warning(ProblemCode.UNKNOWN_PROPERTY, in.pointer(), in.mark(), message);
        } else {
            in.error(ProblemCode.UNKNOWN_PROPERTY, message);
        }
    }

    private List<String> namesAnd(String discriminator) {
        List<String> all = new ArrayList<>(propertyNames);
        all.add(discriminator);
        return all;
    }

    private Set<String> names(long broken) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < byIndex.length; i++) {
            if ((broken & (1L << i)) != 0) {
                names.add(byIndex[i].name());
            }
        }
        return names;
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

    /**
     * Reports the violations of the object that has just ended, each at the pointer of the field it
     * names, located at the nearest value present.
     */
    private void invalid(List<Violation> violations, Set<String> broken, Cursor in, long start) {
        List<Violation> reported = new ArrayList<>();
        List<List<Object>> paths = new ArrayList<>();
        for (Violation v : violations) {
            if (!suppressed(v, broken)) {
                reported.add(v);
                paths.add(Locations.segments(v.path()));
            }
        }
        if (reported.isEmpty()) {
            return;
        }
        String pointer = in.pointer();
        long[] marks = Locations.find(in.source(), in.factory(), start, in.mark() + 1, paths);
        for (int i = 0; i < reported.size(); i++) {
            in.reading()
                    .error(
                            ProblemCode.INVALID_VALUE,
                            Locations.pointer(pointer, paths.get(i)),
                            marks[i],
                            reported.get(i).message());
        }
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
