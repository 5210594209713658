package io.github.inddragelse.json.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 strictly and counts the UTF-8 length of characters without encoding them. */
final class Utf8 {

    private Utf8() {}

    /**
     * Characters decoded from UTF-8.
     *
     * @param chars the buffer
     * @param length how many characters were decoded; when malformed, those before the error
     * @param malformed whether the bytes were not valid UTF-8
     */
    record Decoded(char[] chars, int length, boolean malformed) {}

    /** Decodes bytes strictly: the first malformed or unmappable sequence stops the decoding. */
    static Decoded decode(byte[] bytes, int start, int count) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(count);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, start, count), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return new Decoded(out.array(), out.position(), result.isError());
    }

    /** How many characters bytes decode to, replacing what is malformed (a cut-off last character). */
    static int countLeniently(byte[] bytes, int start, int count) {
        return StandardCharsets.UTF_8
                .decode(ByteBuffer.wrap(bytes, start, count))
                .remaining();
    }

    /**
     * The UTF-8 bytes one character counts: a surrogate counts 2, so a pair counts the 4 it takes.
     *
     * @param c the character
     * @return 1 to 3
     */
    static int size(char c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }

    /**
     * Finds where characters grow beyond a number of UTF-8 bytes.
     *
     * @param chars the characters
     * @param start the first to count
     * @param end one past the last to count
     * @param max the most bytes allowed
     * @return the index of the first character that does not fit, or -1 if all fit
     */
    static int indexBeyond(char[] chars, int start, int end, long max) {
        if (end - start <= max / 3) {
            return -1; // cannot exceed: at most 3 bytes per char (4 per pair of chars)
        }
        long bytes = 0;
        for (int i = start; i < end; i++) {
            bytes += size(chars[i]);
            if (bytes > max) {
                return i;
            }
        }
        return -1;
    }
}
