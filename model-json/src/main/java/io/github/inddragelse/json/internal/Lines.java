package io.github.inddragelse.json.internal;

import io.github.inddragelse.json.ProblemCode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits NDJSON input into lines, one at a time, holding at most one line in memory: a line longer
 * than the size limit is skipped to its end without being kept. Lines end at {@code \n}; a {@code
 * \r} before it is dropped; lines of only whitespace are skipped (but counted); a byte-order mark at
 * the start is skipped. Closing closes the input.
 */
public abstract class Lines implements Closeable {

    private static final int BUFFER = 8192;

    /** One line: its number and characters, or the problem that kept it from being read. */
    public static final class Line {
        private final long number;
        private final char[] chars;
        private final int length;
        private final ProblemCode problem;
        private final int column;
        private final String message;

        private Line(long number, char[] chars, int length, ProblemCode problem, int column, String message) {
            this.number = number;
            this.chars = chars;
            this.length = length;
            this.problem = problem;
            this.column = column;
            this.message = message;
        }

        /**
         * The 1-based line number in the input.
         *
         * @return the number
         */
        public long number() {
            return number;
        }

        /**
         * The characters of the line, for a parser; null if the line could not be read.
         *
         * @param reading where a size problem would go (never, the line fits)
         * @return the source, or null if {@link #recordProblem(Reading)} applies
         */
        public Source source(Reading reading) {
            return problem == null ? Source.ofChars(chars, length, reading) : null;
        }

        /**
         * Records the problem that kept the line from being read, if any.
         *
         * @param reading where it goes; its line offset must put it on this line
         */
        public void recordProblem(Reading reading) {
            if (problem != null) {
                reading.error(problem, Path.ROOT, 1, column, message);
            }
        }
    }

    private final long maxBytes;
    private long lineNumber;
    private char[] line = new char[256];
    private int length;

    Lines(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Lines from a UTF-8 byte stream; each line is decoded on its own, so a line that is not UTF-8
     * spoils only itself.
     *
     * @param in the stream
     * @param maxBytes the longest line, in bytes
     * @return the lines
     */
    public static Lines of(InputStream in, long maxBytes) {
        return new ByteLines(in, maxBytes);
    }

    /**
     * Lines from characters.
     *
     * @param in the reader
     * @param maxBytes the longest line, in UTF-8 bytes
     * @return the lines
     */
    public static Lines of(Reader in, long maxBytes) {
        return new CharLines(in, maxBytes);
    }

    /**
     * The next line that is not blank.
     *
     * @return the line, or null at the end of the input
     * @throws IOException if the input cannot be read
     */
    public final Line next() throws IOException {
        while (true) {
            length = 0;
            Line read = readLine(++lineNumber);
            if (read == null) {
                return null;
            }
            if (read.problem != null || !blank()) {
                return read;
            }
        }
    }

    /** Reads one line into {@link #append(char)}; returns null at the end of input with no line. */
    abstract Line readLine(long number) throws IOException;

    final long maxBytes() {
        return maxBytes;
    }

    final void append(char c) {
        if (length == line.length) {
            line = Arrays.copyOf(line, line.length * 2);
        }
        line[length++] = c;
    }

    final Line ready(long number) {
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int start = number == 1 && length > 0 && line[0] == '\uFEFF' ? 1 : 0;
        return new Line(number, Arrays.copyOfRange(line, start, length), length - start, null, 1, null);
    }

    static Line failed(long number, ProblemCode problem, int column, String message) {
        return new Line(number, null, 0, problem, column, message);
    }

    final Line tooLong(long number, int column) {
        return failed(
                number,
                ProblemCode.LIMIT_EXCEEDED,
                column,
                "the line is longer than the limit of " + maxBytes + " bytes");
    }

    private boolean blank() {
        for (int i = 0; i < length; i++) {
            char c = line[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** Lines of a byte stream, decoded line by line. */
    private static final class ByteLines extends Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;
        private byte[] bytes = new byte[256];

        ByteLines(InputStream in, long maxBytes) {
            super(maxBytes);
            this.in = in;
        }

        @Override
        Line readLine(long number) throws IOException {
            int count = 0;
            boolean overflow = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                byte b = buffer[position++];
                if (b == '\n') {
                    break;
                }
                if (overflow) {
                    continue;
                }
                if (count >= maxBytes()) {
                    overflow = true;
                    continue;
                }
                if (count == bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(16, maxBytes()), (long) bytes.length * 2));
                }
                bytes[count++] = b;
            }
            if (overflow) {
                CharBuffer kept = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, count));
                return tooLong(number, kept.remaining() + 1);
            }
            int start = number == 1
                            && count >= 3
                            && (bytes[0] & 0xFF) == 0xEF
                            && (bytes[1] & 0xFF) == 0xBB
                            && (bytes[2] & 0xFF) == 0xBF
                    ? 3
                    : 0;
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer out = CharBuffer.allocate(count - start);
            CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, start, count - start), out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                return failed(number, ProblemCode.MALFORMED_JSON, out.position() + 1, "the line is not valid UTF-8");
            }
            for (int i = 0; i < out.position(); i++) {
                append(out.get(i));
            }
            return ready(number);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Lines of a character stream. */
    private static final class CharLines extends Lines {
        private final Reader in;
        private final char[] buffer = new char[BUFFER];
        private int position;
        private int limit;

        CharLines(Reader in, long maxBytes) {
            super(maxBytes);
            this.in = in;
        }

        @Override
        Line readLine(long number) throws IOException {
            long bytes = 0;
            int chars = 0;
            boolean overflow = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                char c = buffer[position++];
                if (c == '\n') {
                    break;
                }
                if (overflow) {
                    continue;
                }
                // A surrogate counts 2, so a pair counts the 4 bytes it takes in UTF-8.
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
                if (bytes > maxBytes()) {
                    overflow = true;
                    continue;
                }
                chars++;
                append(c);
            }
            return overflow ? tooLong(number, chars + 1) : ready(number);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
