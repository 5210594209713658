package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.Arrays;

/**
 * Copies one value from a parser the library does not own (an application's {@code ObjectMapper}
 * reading a document in which the value stands) into compact JSON text in memory, remembering the
 * original line and column of every token. The readers then read the copy as they read any {@link
 * Source}, and report problems at the positions of the original.
 *
 * <p>The copy is checked as it is made, as any read is: a problem with the JSON itself is recorded
 * at the original position and ends the copy.
 */
final class Transcript implements Positions {

    private char[] text = new char[1024];
    private int length;
    private long[] offsets = new long[64];
    private long[] marks = new long[64];
    private int tokens;

    private Transcript() {}

    /**
     * Copies the value whose first token is the parser's current token, leaving the parser on its last
     * token.
     *
     * @param parser the parser
     * @param reading where problems go
     * @return the copy, or null if a problem was recorded
     */
    static Source copy(JsonParser parser, Reading reading) {
        Transcript copy = new Transcript();
        try {
            Cursor in = Cursor.onCurrentToken(parser, reading);
            copy.copy(in);
        } catch (Cursor.Abort e) {
            return null;
        }
        return Source.ofCopy(copy.text, copy.length, copy);
    }

    private void copy(Cursor in) {
        JsonToken previous = null;
        while (true) {
            JsonToken token = in.token();
            boolean closing = token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY;
            if (!closing
                    && previous != null
                    && previous != JsonToken.START_OBJECT
                    && previous != JsonToken.START_ARRAY
                    && previous != JsonToken.FIELD_NAME) {
                append(',');
            }
            record(in.mark());
            switch (token) {
                case START_OBJECT -> append('{');
                case START_ARRAY -> append('[');
                case END_OBJECT -> append('}');
                case END_ARRAY -> append(']');
                case FIELD_NAME -> {
                    quote(in.name());
                    append(':');
                }
                case VALUE_STRING -> quote(in.text());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> append(in.number());
                case VALUE_TRUE -> append("true");
                case VALUE_FALSE -> append("false");
                default -> append("null");
            }
            previous = token;
            if (in.depth() == 0) {
                return;
            }
            in.next();
        }
    }

    private void record(long mark) {
        if (tokens == offsets.length) {
            offsets = Arrays.copyOf(offsets, tokens * 2);
            marks = Arrays.copyOf(marks, tokens * 2);
        }
        offsets[tokens] = length;
        marks[tokens] = mark;
        tokens++;
    }

    private void quote(String value) {
        append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                append('\\');
                append(c);
            } else if (c < 0x20) {
                append(String.format("\\u%04x", (int) c));
            } else {
                append(c);
            }
        }
        append('"');
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    private void append(char c) {
        if (length == text.length) {
            text = Arrays.copyOf(text, length * 2);
        }
        text[length++] = c;
    }

    /** The original position of the token of the copy that a mark (an offset into the copy) falls in. */
    @Override
    public int[] position(long mark) {
        return PACKED.position(marks[Positions.floor(offsets, tokens, mark)]);
    }
}
