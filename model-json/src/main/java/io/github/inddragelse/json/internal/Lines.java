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
 * the start is skipped. A line of bytes is read where it stands in the buffer, without being copied
 * or decoded; it is valid until the next line is asked for. Closing closes the input.
 */
public abstract class Lines implements Closeable {

    static final int BUFFER = 1 << 16;

    /** One line: its number and where it stands, or the problem that kept it from being read. */
    public static final class Line {
        private final long number;
        private final byte[] bytes;
        private final char[] chars;
        private final int start;
        private final int end;
        private final ProblemCode problem;
        private final int column;
        private final String message;

        private Line(
                long number,
                byte[] bytes,
                char[] chars,
                int start,
                int end,
                ProblemCode problem,
                int column,
                String message) {
            this.number = number;
            this.bytes = bytes;
            this.chars = chars;
            this.start = start;
            this.end = end;
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
         * The document on the line, for a parser.
         *
         * @param reading where a problem goes
         * @return the source, or null if the line could not be read (see {@link #recordProblem})
         */
        public Source source(Reading reading) {
            if (problem != null) {
                return null;
            }
            return bytes != null
                    ? Source.ofCheckedBytes(bytes, start, end)
                    : Source.ofChars(chars, start, end, reading);
        }

        /**
         * Records the problem that kept the line from being read, if any.
         *
         * @param reading where it goes; its line offset must put it on this line
         */
        public void recordProblem(Reading reading) {
            if (problem != null) {
                reading.error(problem, "", 1, column, message);
            }
        }

        private boolean blank() {
            for (int i = start; i < end; i++) {
                int c = bytes != null ? bytes[i] : chars[i];
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return problem == null;
        }
    }

    private final long maxBytes;
    private long lineNumber;
    private boolean ended;
    /** Where the next line starts in the buffer. */
    int position;
    /** How much of the buffer holds input. */
    int limit;

    Lines(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Lines from a UTF-8 byte stream; each line is checked on its own, so a line that is not UTF-8
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
     * The next line that is not blank. The line before it is no longer valid.
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
        int from = position;
        long size = 0;
        while (true) {
            int newline = find(from, limit);
            int stop = newline >= 0 ? newline : limit;
            size += measure(from, stop);
            if (size > maxBytes) {
                return overflow(number, newline);
            }
            if (newline >= 0) {
                Line line = finish(number, position, newline);
                position = newline + 1;
                return line;
            }
            if (ended) {
                if (position == limit) {
                    return null;
                }
                Line line = finish(number, position, limit);
                position = limit;
                return line;
            }
            from = more();
        }
    }

    /** Keeps the line begun and reads more input after it; returns where the new input starts. */
    private int more() throws IOException {
        int kept = limit - position;
        if (position > 0) {
            move(position, kept);
        } else if (kept == capacity()) {
            grow();
        }
        position = 0;
        limit = kept;
        int n = fill(limit);
        if (n < 0) {
            ended = true;
        } else {
            limit += n;
        }
        return kept;
    }

    private Line overflow(long number, int newline) throws IOException {
        int column = columnsWithin(position, maxBytes) + 1;
        int at = newline;
        while (at < 0 && !ended) {
            position = limit;
            more();
            at = find(0, limit);
        }
        position = at < 0 ? limit : at + 1;
        return new Line(
                number,
                null,
                null,
                0,
                0,
                ProblemCode.LIMIT_EXCEEDED,
                column,
                "the line is longer than the limit of " + maxBytes + " bytes");
    }

    /** Where the next {@code \n} in the buffer is, or -1. */
    abstract int find(int from, int to);

    /** How many UTF-8 bytes some units of the buffer count toward the line limit. */
    abstract long measure(int from, int to);

    /** How many characters the units from an index that fit into a number of UTF-8 bytes make. */
    abstract int columnsWithin(int from, long bytes);

    /** Makes a line of some units of the buffer, without the {@code \n}. */
    abstract Line finish(long number, int from, int to);

    /** The size of the buffer. */
    abstract int capacity();

    /** Doubles the buffer. */
    abstract void grow();

    /** Moves units to the start of the buffer. */
    abstract void move(int from, int count);

    /** Reads more input into the buffer from an index; returns how many units, or -1 at the end. */
    abstract int fill(int at) throws IOException;

    /** Lines of a UTF-8 byte stream. */
    private static final class ByteLines extends Lines {
        private final InputStream in;
        private byte[] buffer = new byte[BUFFER];

        ByteLines(InputStream in, long maxBytes) {
            super(maxBytes);
            this.in = in;
        }

        @Override
        int find(int from, int to) {
            return Utf8.indexOfNewline(buffer, from, to);
        }

        @Override
        long measure(int from, int to) {
            return to - from;
        }

        @Override
        int columnsWithin(int from, long bytes) {
            return Utf8.countLeniently(buffer, from, (int) bytes);
        }

        @Override
        Line finish(long number, int from, int to) {
            int malformed = Utf8.firstMalformed(buffer, from, to);
            if (malformed >= 0) {
                return new Line(
                        number,
                        null,
                        null,
                        0,
                        0,
                        ProblemCode.MALFORMED_JSON,
                        Utf8.units(buffer, from, malformed) + 1,
                        "the line is not valid UTF-8");
            }
            int end = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
            int start = from;
            if (number == 1
                    && end - start >= 3
                    && (buffer[start] & 0xFF) == 0xEF
                    && (buffer[start + 1] & 0xFF) == 0xBB
                    && (buffer[start + 2] & 0xFF) == 0xBF) {
                start += 3;
            }
            return new Line(number, buffer, null, start, end, null, 1, null);
        }

        @Override
        int capacity() {
            return buffer.length;
        }

        @Override
        void grow() {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }

        @Override
        void move(int from, int count) {
            System.arraycopy(buffer, from, buffer, 0, count);
        }

        @Override
        int fill(int at) throws IOException {
            return in.read(buffer, at, buffer.length - at);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Lines of a character stream. */
    private static final class CharLines extends Lines {
        private final Reader in;
        private char[] buffer = new char[BUFFER];

        CharLines(Reader in, long maxBytes) {
            super(maxBytes);
            this.in = in;
        }

        @Override
        int find(int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        @Override
        long measure(int from, int to) {
            long size = 0;
            for (int i = from; i < to; i++) {
                size += Utf8.size(buffer[i]);
            }
            return size;
        }

        @Override
        int columnsWithin(int from, long bytes) {
            long size = 0;
            int i = from;
            while ((size += Utf8.size(buffer[i])) <= bytes) {
                i++;
            }
            return i - from;
        }

        @Override
        Line finish(long number, int from, int to) {
            int end = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
            int start = number == 1 && end > from && buffer[from] == '\uFEFF' ? from + 1 : from;
            return new Line(number, null, buffer, start, end, null, 1, null);
        }

        @Override
        int capacity() {
            return buffer.length;
        }

        @Override
        void grow() {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }

        @Override
        void move(int from, int count) {
            System.arraycopy(buffer, from, buffer, 0, count);
        }

        @Override
        int fill(int at) throws IOException {
            return in.read(buffer, at, buffer.length - at);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
