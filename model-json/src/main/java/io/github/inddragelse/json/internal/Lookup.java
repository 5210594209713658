package io.github.inddragelse.json.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of names, each with its position in the list it was made from: property names of a
 * table, codes of an enumeration. Found by a string (property names, which Jackson hands out as the
 * same string objects, their hash codes kept), or by characters still in the parser's buffer so that
 * no string is made for a code. Open addressing over arrays: no boxing, no entries to follow.
 * Immutable and thread-safe.
 */
final class Lookup {

    private final int mask;
    private final String[] strings;
    private final int[] stringPositions;
    private final char[][] chars;
    private final int[] charPositions;

    /**
     * Makes the lookup.
     *
     * @param names the names, none repeated
     */
    Lookup(List<String> names) {
        int size = Integer.highestOneBit(Math.max(4, names.size() * 3)) * 2;
        this.mask = size - 1;
        this.strings = new String[size];
        this.stringPositions = new int[size];
        this.chars = new char[size][];
        this.charPositions = new int[size];
        for (int p = 0; p < names.size(); p++) {
            String name = names.get(p);
            int i = spread(name.hashCode()) & mask;
            while (strings[i] != null) {
                if (strings[i].equals(name)) {
                    throw new IllegalArgumentException("the name " + name + " is listed twice");
                }
                i = (i + 1) & mask;
            }
            strings[i] = name;
            stringPositions[i] = p;
            char[] key = name.toCharArray();
            int j = hash(key, 0, key.length) & mask;
            while (chars[j] != null) {
                j = (j + 1) & mask;
            }
            chars[j] = key;
            charPositions[j] = p;
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
        while ((key = strings[i]) != null) {
            if (key == name || key.equals(name)) {
                return stringPositions[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /**
     * The position of a name given as characters.
     *
     * @param text a buffer
     * @param offset where the name starts in it
     * @param length how long the name is
     * @return its position in the list, or -1 if it is not in the set
     */
    int find(char[] text, int offset, int length) {
        int i = hash(text, offset, length) & mask;
        char[] key;
        while ((key = chars[i]) != null) {
            if (Arrays.equals(key, 0, key.length, text, offset, offset + length)) {
                return charPositions[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** A hash of the length and three characters: cheap, and enough to tell codes apart. */
    private static int hash(char[] text, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int h = length;
        h = 31 * h + text[offset];
        h = 31 * h + text[offset + (length >> 1)];
        h = 31 * h + text[offset + length - 1];
        return spread(h * 0x9E3779B9);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
