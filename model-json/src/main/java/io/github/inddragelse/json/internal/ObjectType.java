package io.github.inddragelse.json.internal;

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
    public final T read(Node node, Path path, Reading reading) {
        return accepts(Node.Type.OBJECT, node, path, reading) ? readObject(node, path, reading) : null;
    }

    /**
     * Reads the members of an object.
     *
     * @param node the object
     * @param path where it is
     * @param reading where problems go
     * @return the value, or null if a problem was recorded
     */
    abstract T readObject(Node node, Path path, Reading reading);
}
