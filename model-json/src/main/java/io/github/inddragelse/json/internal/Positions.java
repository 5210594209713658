package io.github.inddragelse.json.internal;

/**
 * Turns a mark, the cheap {@code long} a {@link Cursor} takes where a token starts, into the 1-based
 * line and column of a problem. Marks are only turned into positions when a problem is recorded, so
 * the work of finding lines is spent on bad documents alone.
 */
interface Positions {

    /** Marks that hold the line and column themselves, {@link #pack packed} into one {@code long}. */
    Positions PACKED = mark -> new int[] {(int) (mark >>> 32), (int) mark};

    /**
     * The position of a mark.
     *
     * @param mark the mark
     * @return the line and the column, 1-based (or less than 1 where the position is unknown)
     */
    int[] position(long mark);

    /**
     * Packs a line and a column into a mark that {@link #PACKED} reads back.
     *
     * @param line the line
     * @param column the column
     * @return the mark
     */
    static long pack(int line, int column) {
        return (long) line << 32 | (column & 0xFFFFFFFFL);
    }

    /**
     * Finds the last of some ascending values that is not greater than a key.
     *
     * @param values the values, ascending
     * @param count how many of them to look at, at least 1
     * @param key the key
     * @return the index of the last value at most the key, or 0 if there is none
     */
    static int floor(long[] values, int count, long key) {
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (values[middle] <= key) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
