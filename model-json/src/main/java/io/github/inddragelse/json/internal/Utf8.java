package io.github.inddragelse.json.internal;

/** Counts the UTF-8 length of characters without encoding them. */
final class Utf8 {

    private Utf8() {}

    /**
     * Finds where characters grow beyond a number of UTF-8 bytes. A surrogate pair counts 4 bytes, a
     * lone surrogate 3 (like the replacement it would be written as).
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
        return indexBeyond(chars, start, end, 0, max);
    }

    /**
     * Like {@link #indexBeyond(char[], int, int, long)}, starting from a count already made.
     *
     * @return the index of the first character that does not fit, or {@code -1 - total} if all fit
     */
    static int indexBeyond(char[] chars, int start, int end, long already, long max) {
        long bytes = already;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            int at = i;
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            if (bytes > max) {
                return at;
            }
        }
        return -1;
    }
}
