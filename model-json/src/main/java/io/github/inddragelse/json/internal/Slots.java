package io.github.inddragelse.json.internal;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;

/**
 * The builder of a value that has none of its own (a record, a condition, a resolved reference):
 * named slots filled while reading, from which the table's build function makes the value. A build
 * function checks the value's invariants first with {@link #require} and {@link #checked}, so that a
 * broken invariant is reported as a problem at its property instead of escaping as a raw exception.
 */
public final class Slots {

    private final Map<String, Object> values = new HashMap<>(8);
    private final List<Violation> violations = new ArrayList<>(0);

    /** Creates empty slots. */
    public Slots() {}

    /**
     * The setter that fills one slot.
     *
     * @param name the slot, by convention the property name
     * @param <V> the type of the value
     * @return the setter
     */
    public static <V> BiConsumer<Slots, V> set(String name) {
        return (slots, value) -> slots.values.put(name, value);
    }

    /**
     * The value of a slot that must be filled.
     *
     * @param name the slot
     * @param <V> the type of the value
     * @return the value
     * @throws IllegalStateException if the slot is empty, which the table reports as a missing
     *     property already
     */
    @SuppressWarnings("unchecked")
    public <V> V get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("the slot " + name + " is empty");
        }
        return (V) value;
    }

    /**
     * The value of a slot, or a default when it is empty.
     *
     * @param name the slot
     * @param otherwise the default
     * @param <V> the type of the value
     * @return the value or the default
     */
    @SuppressWarnings("unchecked")
    public <V> V get(String name, V otherwise) {
        Object value = values.get(name);
        return value == null ? otherwise : (V) value;
    }

    /**
     * The value of an optional slot.
     *
     * @param name the slot
     * @param <V> the type of the value
     * @return the value, if the slot is filled
     */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> find(String name) {
        return Optional.ofNullable((V) values.get(name));
    }

    /**
     * The value of an optional number slot.
     *
     * @param name the slot
     * @return the number, if the slot is filled
     */
    public OptionalDouble findNumber(String name) {
        Object value = values.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of((Double) value);
    }

    /**
     * Records a broken invariant unless the condition holds.
     *
     * @param condition what must hold
     * @param path the property, as a model path ({@code conditions}, {@code percent})
     * @param message what is wrong, in English, without quoting the value
     * @return this
     */
    public Slots require(boolean condition, String path, String message) {
        if (!condition) {
            violations.add(new Violation(path, message));
        }
        return this;
    }

    /**
     * Makes the value once every invariant recorded with {@link #require} holds.
     *
     * @param type the type's simple name, for the exception
     * @param make makes the value
     * @param <T> the type
     * @return the value
     * @throws InvalidModelException listing the broken invariants
     */
    public <T> T checked(String type, java.util.function.Supplier<T> make) {
        if (!violations.isEmpty()) {
            throw new InvalidModelException(type, violations);
        }
        return make.get();
    }
}
