package io.github.inddragelse.json.internal;

/**
 * What the readers of object types have learned during one read about which property follows which,
 * to guess the next property name with (see {@link Cursor#nextMember(com.fasterxml.jackson.core.SerializableString)}).
 * Each read has its own, so that nothing learned is shared between threads; a document with many
 * objects of a type teaches enough. Keyed by the identity of the reader of a type, in a small open
 * table: no boxing, no entries to follow.
 */
final class Guesses {

    private static final int SLOTS = 32;

    private final Object[] owners = new Object[SLOTS];
    private final int[][] follows = new int[SLOTS][];
    private int used;

    /**
     * The guesses one reader has learned in this read.
     *
     * @param owner the reader
     * @param hash the reader's identity hash code
     * @return its guesses, or null if it has learned nothing yet
     */
    int[] find(Object owner, int hash) {
        int i = hash & (SLOTS - 1);
        Object key;
        while ((key = owners[i]) != null) {
            if (key == owner) {
                return follows[i];
            }
            i = (i + 1) & (SLOTS - 1);
        }
        return null;
    }

    /**
     * Starts the guesses a reader learns in this read from its first guesses, when its first guess
     * is wrong.
     *
     * @param owner the reader, which has no guesses of its own yet
     * @param hash the reader's identity hash code
     * @param first the first guesses, which are not changed
     * @return a copy of the first guesses for the reader to update; kept for the rest of the read
     *     unless the table is full
     */
    int[] learn(Object owner, int hash, int[] first) {
        int[] mine = first.clone();
        if (used < SLOTS * 3 / 4) { // beyond that, readers of more types learn only within one object
            int i = hash & (SLOTS - 1);
            while (owners[i] != null) {
                i = (i + 1) & (SLOTS - 1);
            }
            owners[i] = owner;
            follows[i] = mine;
            used++;
        }
        return mine;
    }
}
