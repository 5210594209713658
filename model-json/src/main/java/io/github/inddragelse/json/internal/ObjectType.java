package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonToken;

/**
 * A value written as a JSON object: a model type, a value of several shapes, or a map. Checks that
 * the value read is an object before the subclass reads its members.
 *
 * @param <T> the Java type
 */
abstract class ObjectType<T> implements ValueType<T> {

    private final String description;

    /**
     * Creates the type.
     *
     * @param description how the object is named in messages, for example {@code "a participant"}
     */
    ObjectType(String description) {
        this.description = description;
    }

    /**
     * How the object is named in messages.
     *
     * @return the description, for example {@code "a participant"}
     */
    final String description() {
        return description;
    }

    @Override
    public final String expected() {
        return "an object (" + description + ")";
    }

    @Override
    public final T read(Cursor in) {
        return in.token() == JsonToken.START_OBJECT ? readObject(in) : wrongType(in);
    }

    /**
     * Reads the members of an object.
     *
     * @param in the cursor, on the start of the object; left on its end
     * @return the value, or null if a problem was recorded
     */
    abstract T readObject(Cursor in);
}
