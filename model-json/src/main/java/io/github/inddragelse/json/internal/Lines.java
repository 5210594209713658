package io.github.inddragelse.json.internal;

import io.github.inddragelse.json.ProblemCode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits NDJSON input into lines, one at a time, holding at most one line in memory: a line longer
 * than the size limit is skipped to its end without being kept. Lines end at {@code \n}; a {@code
 * \r} before it is dropped; lines of only whitespace are skipped (but counted); a byte-order mark at
 * the start is skipped. Closing closes the input.
 */
public abstract class Lines implements Closeable {

    static final int BUFFER = 8192;

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
         * The characters of the line, for a parser.
         *
         * @param reading where a problem goes
         * @return the source, or null if the line could not be read (see {@link #recordProblem})
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

        private boolean blank() {
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return problem == null;
        }
    }

    private final long maxBytes;
    private long lineNumber;
    private int position;
    private int limit;

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
            Line line = readLine(++lineNumber);
            if (line == null || !line.blank()) {
                return line;
            }
        }
    }

    private Line readLine(long number) throws IOException {
        clear();
        long size = 0;
        boolean overflow = false;
        boolean any = false;
        int unit;
        while ((unit = nextUnit()) >= 0) {
            any = true;
            if (unit == '\n') {
                break;
            }
            if (overflow) {
                continue;
            }
            size += size(unit);
            if (size > maxBytes) {
                overflow = true;
            } else {
                keep(unit);
            }
        }
        if (!any) {
            return null;
        }
        if (overflow) {
            return failed(
                    number,
                    ProblemCode.LIMIT_EXCEEDED,
                    columnsKept() + 1,
                    "the line is longer than the limit of " + maxBytes + " bytes");
        }
        return finish(number);
    }

    private int nextUnit() throws IOException {
        if (position == limit) {
            limit = Math.max(0, fill());
            position = 0;
            if (limit == 0) {
                return -1;
            }
        }
        return unit(position++);
    }

    /** Reads more input into the buffer; returns how many units, or -1 at the end. */
    abstract int fill() throws IOException;

    /** The unit (a byte or a char) at an index of the buffer. */
    abstract int unit(int index);

    /** How many UTF-8 bytes a unit counts toward the line limit. */
    abstract int size(int unit);

    /** Forgets the units of the previous line. */
    abstract void clear();

    /** Keeps a unit of the current line. */
    abstract void keep(int unit);

    /** How many characters the units kept make. */
    abstract int columnsKept();

    /** Makes the line from the units kept. */
    abstract Line finish(long number);

    /** A line of characters, without a trailing {@code \r} or a leading byte-order mark. */
    static Line line(long number, char[] chars, int length) {
        int end = length > 0 && chars[length - 1] == '\r' ? length - 1 : length;
        int start = number == 1 && end > 0 && chars[0] == '\uFEFF' ? 1 : 0;
        return new Line(number, Arrays.copyOfRange(chars, start, end), end - start, null, 1, null);
    }

    static Line failed(long number, ProblemCode problem, int column, String message) {
        return new Line(number, null, 0, problem, column, message);
    }

    /** Lines of a byte stream, decoded line by line. */
    private static final class ByteLines extends Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private byte[] bytes = new byte[256];
        private int count;

        ByteLines(InputStream in, long maxBytes) {
            super(maxBytes);
            this.in = in;
        }

        @Override
        int fill() throws IOException {
            return in.read(buffer, 0, buffer.length);
        }

        @Override
        int unit(int index) {
            return buffer[index] & 0xFF;
        }

        @Override
        int size(int unit) {
            return 1;
        }

        @Override
        void clear() {
            count = 0;
        }

        @Override
        void keep(int unit) {
            if (count == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[count++] = (byte) unit;
        }

        @Override
        int columnsKept() {
            return Utf8.countLeniently(bytes, 0, count);
        }

        @Override
        Line finish(long number) {
            Utf8.Decoded decoded = Utf8.decode(bytes, 0, count);
            if (decoded.malformed()) {
                return failed(number, ProblemCode.MALFORMED_JSON, decoded.length() + 1, "the line is not valid UTF-8");
            }
            return line(number, decoded.chars(), decoded.length());
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
        private char[] chars = new char[256];
        private int count;

        CharLines(Reader in, long maxBytes) {
            super(maxBytes);
            this.in = in;
        }

        @Override
        int fill() throws IOException {
            return in.read(buffer, 0, buffer.length);
        }

        @Override
        int unit(int index) {
            return buffer[index];
        }

        @Override
        int size(int unit) {
            return Utf8.size((char) unit);
        }

        @Override
        void clear() {
            count = 0;
        }

        @Override
        void keep(int unit) {
            if (count == chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            chars[count++] = (char) unit;
        }

        @Override
        int columnsKept() {
            return count;
        }

        @Override
        Line finish(long number) {
            return line(number, chars, count);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
