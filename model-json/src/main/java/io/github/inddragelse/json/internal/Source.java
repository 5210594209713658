package io.github.inddragelse.json.internal;

import io.github.inddragelse.json.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The characters of one document, decoded strictly from UTF-8 and checked against the size limit
 * before any parsing starts. A document is held in memory whole (it is at most {@link
 * io.github.inddragelse.json.JsonOptions#maxDocumentBytes()} long); a byte-order mark at the start is
 * skipped. When the input is too large or not UTF-8 the problem is recorded at the exact line and
 * column and no source is returned.
 */
public final class Source {

    private final char[] chars;
    private final int length;

    private Source(char[] chars, int length) {
        this.chars = chars;
        this.length = length;
    }

    /**
     * The characters.
     *
     * @return the buffer; only the first {@link #length()} are the document
     */
    public char[] chars() {
        return chars;
    }

    /**
     * How many characters the document has.
     *
     * @return the length
     */
    public int length() {
        return length;
    }

    /**
     * Decodes bytes.
     *
     * @param bytes the buffer
     * @param offset where the document starts
     * @param count how many bytes it has
     * @param reading where a problem goes
     * @return the source, or null if a problem was recorded
     */
    public static Source ofBytes(byte[] bytes, int offset, int count, Reading reading) {
        long max = reading.options().maxDocumentBytes();
        int start = offset;
        int end = offset + count;
        if (count >= 3
                && (bytes[start] & 0xFF) == 0xEF
                && (bytes[start + 1] & 0xFF) == 0xBB
                && (bytes[start + 2] & 0xFF) == 0xBF) {
            start += 3;
        }
        if (end - start > max) {
            tooLarge(decodeLeniently(bytes, start, (int) max), reading);
            return null;
        }
        Utf8.Decoded decoded = Utf8.decode(bytes, start, end - start);
        if (decoded.malformed()) {
            int[] at = position(decoded.chars(), decoded.length());
            reading.error(ProblemCode.MALFORMED_JSON, Path.ROOT, at[0], at[1], "the document is not valid UTF-8");
            return null;
        }
        return new Source(decoded.chars(), decoded.length());
    }

    /**
     * Reads and decodes a byte stream up to the size limit. Does not close the stream.
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
     * @param chars the buffer
     * @param count how many characters are the document
     * @param reading where a problem goes
     * @return the source, or null if a problem was recorded
     */
    public static Source ofChars(char[] chars, int count, Reading reading) {
        int start = count > 0 && chars[0] == '\uFEFF' ? 1 : 0;
        int crossing = Utf8.indexBeyond(chars, start, count, reading.options().maxDocumentBytes());
        if (crossing >= 0) {
            tooLarge(Arrays.copyOfRange(chars, start, crossing), reading);
            return null;
        }
        if (start == 0) {
            return new Source(chars, count);
        }
        return new Source(Arrays.copyOfRange(chars, start, count), count - start);
    }

    private static char[] decodeLeniently(byte[] bytes, int start, int count) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, start, count));
        return Arrays.copyOf(decoded.array(), decoded.limit());
    }

    private static void tooLarge(char[] prefix, Reading reading) {
        int[] at = position(prefix, prefix.length);
        reading.error(
                ProblemCode.LIMIT_EXCEEDED,
                Path.ROOT,
                at[0],
                at[1],
                "the document is larger than the limit of " + reading.options().maxDocumentBytes() + " bytes");
    }

    /**
     * The 1-based line and column just after some characters, counting {@code \n}, {@code \r} and
     * {@code \r\n} as one line break each, as Jackson does.
     */
    static int[] position(char[] chars, int count) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < count; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < count && chars[i + 1] == '\n') {
                    i++;
                }
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
