package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * How one JSON value maps to a Java value and back.
 *
 * @param <V> the Java type
 */
public interface ValueType<V> {

    /**
     * What the JSON value must be, for messages: {@code "a date string (yyyy-mm-dd)"}.
     *
     * @return the description
     */
    String expected();

    /**
     * Reads a value, recording a problem (and returning null) when it does not fit.
     *
     * @param node the JSON value
     * @param path where it is
     * @param reading where problems go
     * @return the value, or null if a problem was recorded
     */
    V read(Node node, Path path, Reading reading);

    /**
     * Writes a value.
     *
     * @param generator where to write
     * @param value the value, never null
     * @throws IOException if writing fails
     */
    void write(JsonGenerator generator, V value) throws IOException;

    /**
     * Checks the JSON type of a value, recording a wrong type when it is another.
     *
     * @param json the JSON type this value type reads
     * @param node the value
     * @param path where it is
     * @param reading where the problem goes
     * @return true if the value has the type
     */
    default boolean accepts(Node.Type json, Node node, Path path, Reading reading) {
        if (node.type() == json) {
            return true;
        }
        wrongType(node, path, reading);
        return false;
    }

    /**
     * Records that a value has the wrong JSON type.
     *
     * @param node the value
     * @param path where it is
     * @param reading where the problem goes
     */
    default void wrongType(Node node, Path path, Reading reading) {
        reading.error(
                io.github.inddragelse.json.ProblemCode.WRONG_TYPE,
                path,
                node,
                "expected " + expected() + ", found " + node.type().description());
    }
}
