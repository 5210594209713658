package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.inddragelse.json.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One document held whole in memory, checked against the size limit (and, for bytes, checked to be
 * strict UTF-8) before any parsing starts; a byte-order mark at the start is skipped. UTF-8 bytes
 * stay bytes, so that Jackson's byte parser reads them without decoding them first; text stays
 * characters. When the input is too large or not UTF-8 the problem is recorded at the exact line and
 * column and no source is returned.
 *
 * <p>A mark of a cursor reading the source is an offset into its buffer; {@link #position} finds the
 * line and column of one, counting columns in characters and {@code \n}, {@code \r} and {@code
 * \r\n} as one line break each, as Jackson does. The lines are found on the first call only.
 */
public final class Source implements Positions {

    private final byte[] bytes;
    private final char[] chars;
    private final int start;
    private final int end;
    private final Positions positions;
    private long[] lineStarts;
    private int lineCount;

    private Source(byte[] bytes, char[] chars, int start, int end, Positions positions) {
        this.bytes = bytes;
        this.chars = chars;
        this.start = start;
        this.end = end;
        this.positions = positions;
    }

    /**
     * Where the document starts in the buffer.
     *
     * @return the offset of its first byte or character
     */
    int start() {
        return start;
    }

    /**
     * Where the document ends in the buffer.
     *
     * @return the offset one past its last byte or character
     */
    int end() {
        return end;
    }

    /**
     * Whether the document is held as UTF-8 bytes.
     *
     * @return true for bytes, false for characters
     */
    boolean bytes() {
        return bytes != null;
    }

    /**
     * The same document decoded into characters.
     *
     * @return the source of the characters; itself if it is characters already
     */
    Source decoded() {
        if (bytes == null) {
            return this;
        }
        Utf8.Decoded decoded = Utf8.decode(bytes, start, end - start);
        return new Source(null, decoded.chars(), 0, decoded.length(), null);
    }

    /**
     * Opens a parser on part of the document; the offsets the parser reports are relative to {@code
     * from}.
     *
     * @param factory the factory
     * @param from the offset of the first byte or character
     * @param to the offset one past the last
     * @return the parser
     * @throws IOException if Jackson cannot start the parser
     */
    JsonParser open(JsonFactory factory, int from, int to) throws IOException {
        return bytes != null
                ? factory.createParser(bytes, from, to - from)
                : factory.createParser(chars, from, to - from);
    }

    /**
     * Checks and takes UTF-8 bytes.
     *
     * @param bytes the buffer, which must not change while the source is in use
     * @param offset where the document starts
     * @param count how many bytes it has
     * @param reading where a problem goes
     * @return the source, or null if a problem was recorded
     */
    public static Source ofBytes(byte[] bytes, int offset, int count, Reading reading) {
        long max = reading.options().maxDocumentBytes();
        int start = offset + bom(bytes, offset, offset + count);
        int end = offset + count;
        if (end - start > max) {
            tooLarge(decodeLeniently(bytes, start, (int) max), reading);
            return null;
        }
        int malformed = Utf8.firstMalformed(bytes, start, end);
        if (malformed >= 0) {
            int[] at = new Source(bytes, null, start, end, null).position(malformed);
            reading.error(ProblemCode.MALFORMED_JSON, "", at[0], at[1], "the document is not valid UTF-8");
            return null;
        }
        return ofUtf8(bytes, start, end);
    }

    /**
     * Takes bytes already checked to be strict UTF-8 within the size limit, skipping a byte-order mark.
     *
     * @param bytes the buffer, which must not change while the source is in use
     * @param start where the document starts
     * @param end one past its last byte
     * @return the source
     */
    static Source ofCheckedBytes(byte[] bytes, int start, int end) {
        return ofUtf8(bytes, start + bom(bytes, start, end), end);
    }

    private static Source ofUtf8(byte[] bytes, int start, int end) {
        // Jackson takes a document with a zero byte among its first four for UTF-16 or UTF-32. Such a
        // document is not JSON anyway; decoding it first lets the parser report the zero where it is.
        Source source = new Source(bytes, null, start, end, null);
        for (int i = start; i < Math.min(end, start + 4); i++) {
            if (bytes[i] == 0) {
                return source.decoded();
            }
        }
        return source;
    }

    private static int bom(byte[] bytes, int start, int end) {
        return end - start >= 3
                        && (bytes[start] & 0xFF) == 0xEF
                        && (bytes[start + 1] & 0xFF) == 0xBB
                        && (bytes[start + 2] & 0xFF) == 0xBF
                ? 3
                : 0;
    }

    /**
     * Reads a byte stream up to the size limit and checks it. Does not close the stream.
     *
     * @param in the stream
     * @param reading where a problem goes
     * @return the source, or null if a problem was recorded
     * @throws IOException if the stream cannot be read
     */
    public static Source ofStream(InputStream in, Reading reading) throws IOException {
        // Read at most max + 4 bytes: room for a byte-order mark and one byte beyond the limit.
        long cap = Math.min(Integer.MAX_VALUE - 16L, reading.options().maxDocumentBytes() + 4);
        byte[] bytes = in.readNBytes((int) cap);
        return ofBytes(bytes, 0, bytes.length, reading);
    }

    /**
     * Takes the characters of a string, checking the size limit in UTF-8 bytes.
     *
     * @param text the document
     * @param reading where a problem goes
     * @return the source, or null if a problem was recorded
     */
    public static Source ofString(String text, Reading reading) {
        return ofChars(text.toCharArray(), text.length(), reading);
    }

    /**
     * Reads characters up to the size limit (counted in UTF-8 bytes). Does not close the reader.
     *
     * @param in the reader
     * @param reading where a problem goes
     * @return the source, or null if a problem was recorded
     * @throws IOException if the reader fails
     */
    public static Source ofReader(Reader in, Reading reading) throws IOException {
        long max = reading.options().maxDocumentBytes();
        // A character is at least one UTF-8 byte: max + 2 characters always reveal an oversized document.
        long cap = Math.min(Integer.MAX_VALUE - 16L, max + 2);
        char[] buffer = new char[(int) Math.min(cap, 8192)];
        int count = 0;
        while (true) {
            if (count == buffer.length) {
                if (buffer.length >= cap) {
                    break;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(cap, (long) buffer.length * 2));
            }
            int n = in.read(buffer, count, buffer.length - count);
            if (n < 0) {
                break;
            }
            count += n;
        }
        return ofChars(buffer, count, reading);
    }

    /**
     * Takes characters already in memory, checking the size limit in UTF-8 bytes.
     *
     * @param chars the buffer, which must not change while the source is in use
     * @param count how many characters are the document
     * @param reading where a problem goes
     * @return the source, or null if a problem was recorded
     */
    public static Source ofChars(char[] chars, int count, Reading reading) {
        return ofChars(chars, 0, count, reading);
    }

    /**
     * Takes part of a buffer of characters, checking the size limit in UTF-8 bytes.
     *
     * @param chars the buffer, which must not change while the source is in use
     * @param from where the document starts
     * @param to one past its last character
     * @param reading where a problem goes
     * @return the source, or null if a problem was recorded
     */
    static Source ofChars(char[] chars, int from, int to, Reading reading) {
        int start = to > from && chars[from] == '\uFEFF' ? from + 1 : from;
        int crossing = Utf8.indexBeyond(chars, start, to, reading.options().maxDocumentBytes());
        if (crossing >= 0) {
            tooLarge(Arrays.copyOfRange(chars, start, crossing), reading);
            return null;
        }
        return new Source(null, chars, start, to, null);
    }

    /**
     * A copy of a value made by a {@link Transcript}, whose marks are found at the positions of the
     * original.
     *
     * @param chars the copy
     * @param length its length
     * @param original the positions of the marks in the original
     * @return the source
     */
    static Source ofCopy(char[] chars, int length, Positions original) {
        return new Source(null, chars, 0, length, original);
    }

    private static char[] decodeLeniently(byte[] bytes, int start, int count) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, start, count));
        return Arrays.copyOf(decoded.array(), decoded.limit());
    }

    private static void tooLarge(char[] prefix, Reading reading) {
        int[] at = new Source(null, prefix, 0, prefix.length, null).position(prefix.length);
        reading.error(
                ProblemCode.LIMIT_EXCEEDED,
                "",
                at[0],
                at[1],
                "the document is larger than the limit of " + reading.options().maxDocumentBytes() + " bytes");
    }

    @Override
    public int[] position(long mark) {
        if (positions != null) {
            return positions.position(mark);
        }
        if (lineStarts == null) {
            findLines();
        }
        int at = (int) Math.max(start, Math.min(end, mark));
        int line = Positions.floor(lineStarts, lineCount, at);
        int lineStart = (int) lineStarts[line];
        int column = 1 + (bytes != null ? Utf8.units(bytes, lineStart, at) : at - lineStart);
        return new int[] {line + 1, column};
    }

    private void findLines() {
        long[] starts = new long[16];
        int count = 0;
        starts[count++] = start;
        for (int i = start; i < end; i++) {
            int c = bytes != null ? bytes[i] : chars[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < end && (bytes != null ? bytes[i + 1] : chars[i + 1]) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = starts;
        lineCount = count;
    }
}
