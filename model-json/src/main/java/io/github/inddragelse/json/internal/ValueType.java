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
     * Reads the value the cursor is on, recording a problem (and returning null) when it does not
     * fit; leaves the cursor on the value's last token.
     *
     * @param in the cursor, on the value's first token
     * @return the value, or null if a problem was recorded
     */
    V read(Cursor in);

    /**
     * Writes a value.
     *
     * @param generator where to write
     * @param value the value, never null
     * @throws IOException if writing fails
     */
    void write(JsonGenerator generator, V value) throws IOException;

    /**
     * Records that the value the cursor is on has the wrong JSON type, and skips it.
     *
     * @param in the cursor
     * @return null, for the caller to return
     */
    default V wrongType(Cursor in) {
        in.wrongType(expected());
        return null;
    }
}
