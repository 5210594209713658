package io.github.inddragelse.json.internal;

import java.util.List;

/**
 * A fixed set of names, each with its position in the list it was made from: property names of a
 * table, codes of an enumeration. Found by a string, or by characters still in the parser's buffer
 * so that no string is made for a code. Open addressing over arrays: no boxing, no entries to follow.
 * Immutable and thread-safe.
 */
final class Lookup {

    private final String[] keys;
    private final int[] positions;
    private final int mask;

    /**
     * Makes the lookup.
     *
     * @param names the names, none repeated
     */
    Lookup(List<String> names) {
        int size = Integer.highestOneBit(Math.max(4, names.size() * 3)) * 2;
        this.keys = new String[size];
        this.positions = new int[size];
        this.mask = size - 1;
        for (int p = 0; p < names.size(); p++) {
            String name = names.get(p);
            int i = spread(name.hashCode()) & mask;
            while (keys[i] != null) {
                if (keys[i].equals(name)) {
                    throw new IllegalArgumentException("the name " + name + " is listed twice");
                }
                i = (i + 1) & mask;
            }
            keys[i] = name;
            positions[i] = p;
        }
    }

    /**
     * The position of a name.
     *
     * @param name the name
     * @return its position in the list, or -1 if it is not in the set
     */
    int find(String name) {
        int i = spread(name.hashCode()) & mask;
        String key;
        while ((key = keys[i]) != null) {
            if (key == name || key.equals(name)) {
                return positions[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /**
     * The position of a name given as characters.
     *
     * @param chars a buffer
     * @param offset where the name starts in it
     * @param length how long the name is
     * @return its position in the list, or -1 if it is not in the set
     */
    int find(char[] chars, int offset, int length) {
        int hash = 0;
        for (int j = offset; j < offset + length; j++) {
            hash = 31 * hash + chars[j]; // as String.hashCode
        }
        int i = spread(hash) & mask;
        String key;
        while ((key = keys[i]) != null) {
            if (same(key, chars, offset, length)) {
                return positions[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private static boolean same(String key, char[] chars, int offset, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (key.charAt(j) != chars[offset + j]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
