package io.github.inddragelse.model.caseprocess;

/**
 * A small open-addressing table from ids to values, sized once for a known number of entries. The
 * checks of a case look up every id an event names, for every case built; this table spares them
 * the entries, resizing and boxing of a {@link java.util.HashMap}, with the same answers: ids are
 * compared by {@link String#equals}.
 *
 * @param <T> the values
 */
final class IdIndex<T> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;

    /**
     * An empty table for at most {@code capacity} entries.
     *
     * @param capacity how many entries will be put at most
     */
    IdIndex(int capacity) {
        int slots = 4;
        while (slots < capacity * 2) {
            slots <<= 1;
        }
        this.keys = new String[slots];
        this.values = new Object[slots];
        this.mask = slots - 1;
    }

    private int slot(String id) {
        int h = id.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /**
     * Puts an entry unless the id is there already.
     *
     * @param id the id
     * @param value its value
     * @return the value already there, or null if the entry was put
     */
    @SuppressWarnings("unchecked")
    T putIfAbsent(String id, T value) {
        for (int i = slot(id); ; i = (i + 1) & mask) {
            String key = keys[i];
            if (key == null) {
                keys[i] = id;
                values[i] = value;
                return null;
            }
            if (key.equals(id)) {
                return (T) values[i];
            }
        }
    }

    /**
     * Looks an id up.
     *
     * @param id the id
     * @return its value, or null if there is none
     */
    @SuppressWarnings("unchecked")
    T get(String id) {
        for (int i = slot(id); ; i = (i + 1) & mask) {
            String key = keys[i];
            if (key == null) {
                return null;
            }
            if (key.equals(id)) {
                return (T) values[i];
            }
        }
    }
}
