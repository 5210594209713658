package io.github.inddragelse.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks and decodes UTF-8 strictly, counts the characters of UTF-8 bytes and the UTF-8 length of
 * characters. What counts as well-formed is exactly what the JDK's strict decoder accepts (the
 * Unicode standard's table of well-formed byte sequences): no overlong forms, no surrogates, nothing
 * above U+10FFFF. Characters are counted in UTF-16 units, as Java strings and Jackson's columns count
 * them: a character outside the Basic Multilingual Plane counts 2.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

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
     * Finds the first byte sequence that is not well-formed UTF-8.
     *
     * @param bytes the buffer
     * @param start the first byte to check
     * @param end one past the last byte to check
     * @return the index where the first ill-formed sequence starts, or -1 if all is well-formed
     */
    static int firstMalformed(byte[] bytes, int start, int end) {
        int i = start;
        while (true) {
            // ASCII 32 bytes at a time, then byte by byte to the next byte that is not ASCII, or back
            // to whole blocks after 32 more ASCII bytes: JSON is mostly ASCII even with Danish text,
            // whose letters would otherwise each cost a trip out of the fast loop.
            while (i + 32 <= end
                    && (((long) LONGS.get(bytes, i)
                                            | (long) LONGS.get(bytes, i + 8)
                                            | (long) LONGS.get(bytes, i + 16)
                                            | (long) LONGS.get(bytes, i + 24))
                                    & HIGH_BITS)
                            == 0) {
                i += 32;
            }
            int stop = Math.min(end, i + 32);
            while (i < stop && bytes[i] >= 0) {
                i++;
            }
            if (i == end) {
                return -1;
            }
            if (bytes[i] < 0) {
                int size = sequence(bytes, i, end, bytes[i] & 0xFF);
                if (size == 0) {
                    return i;
                }
                i += size;
            }
        }
    }

    /** The length of the well-formed sequence starting with a non-ASCII lead byte, or 0 if ill-formed. */
    private static int sequence(byte[] bytes, int i, int end, int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continuation(bytes, i + 1, end, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return continuation(bytes, i + 1, end, low, high) && continuation(bytes, i + 2, end, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return continuation(bytes, i + 1, end, low, high)
                            && continuation(bytes, i + 2, end, 0x80, 0xBF)
                            && continuation(bytes, i + 3, end, 0x80, 0xBF)
                    ? 4
                    : 0;
        }
        return 0; // a continuation byte, an overlong lead (C0, C1) or a lead beyond U+10FFFF (F5-FF)
    }

    private static boolean continuation(byte[] bytes, int i, int end, int low, int high) {
        if (i >= end) {
            return false;
        }
        int b = bytes[i] & 0xFF;
        return b >= low && b <= high;
    }

    /**
     * How many UTF-16 units well-formed UTF-8 bytes decode to.
     *
     * @param bytes the buffer
     * @param start the first byte
     * @param end one past the last byte
     * @return the count of characters, a character beyond U+FFFF counting 2
     */
    static int units(byte[] bytes, int start, int end) {
        int units = 0;
        for (int i = start; i < end; i++) {
            int b = bytes[i];
            if ((b & 0xC0) != 0x80) {
                units++; // every byte but a continuation byte starts a character
            }
            if ((b & 0xF8) == 0xF0) {
                units++; // a four-byte sequence is a surrogate pair
            }
        }
        return units;
    }

    /**
     * Finds the first {@code \n} byte.
     *
     * @param bytes the buffer
     * @param start the first byte to look at
     * @param end one past the last byte to look at
     * @return its index, or -1 if there is none
     */
    static int indexOfNewline(byte[] bytes, int start, int end) {
        int i = start;
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL; // a zero byte where a \n was
            long zeros = (x - ONES) & ~x & HIGH_BITS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
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
