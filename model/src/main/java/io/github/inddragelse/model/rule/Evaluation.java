package io.github.inddragelse.model.rule;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * What one rule concluded, structured first: the outcome, the key of the message that explains it,
 * the message's arguments, and the ids of the events it rests on. The text is rendered later from
 * the rule's message templates, in Danish and English.
 *
 * <pre>{@code
 * return Evaluation.notMet("no-hearing")
 *         .withEvidence(decision.id())
 *         .withArg("decision", decision.id())
 *         .withArg("date", decision.date());
 * }</pre>
 *
 * <p>Arguments must be ids, codes, dates or numbers: never free text from the case.
 *
 * @param outcome the outcome
 * @param messageKey the key of the message template in the rule's definition
 * @param args the template arguments, in insertion order
 * @param evidence the ids of the events the conclusion rests on
 */
public record Evaluation(Outcome outcome, String messageKey, Map<String, String> args, List<String> evidence) {

    /** Above this many ids, {@link #withEvidence(Collection)} de-duplicates with a hash set. */
    private static final int LINEAR_DEDUP_LIMIT = 16;

    /**
     * Copies the collections (keeping the iteration order of {@code args}) and checks that nothing is
     * missing or null. Collections made by this class's own {@code with…} methods are already
     * immutable copies and are not copied again.
     */
    public Evaluation {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args instanceof ArgMap ? args : ArgMap.copyOf(args);
        evidence = evidence instanceof IdList ? evidence : IdList.copyOf(evidence);
    }

    /**
     * Creates an evaluation with no arguments and no evidence.
     *
     * @param outcome the outcome
     * @param messageKey the message key
     * @return the evaluation
     */
    public static Evaluation of(Outcome outcome, String messageKey) {
        return new Evaluation(outcome, messageKey, Map.of(), List.of());
    }

    /**
     * The rule is met.
     *
     * @param messageKey the message key
     * @return the evaluation
     */
    public static Evaluation met(String messageKey) {
        return of(Outcome.MET, messageKey);
    }

    /**
     * The rule is partly met.
     *
     * @param messageKey the message key
     * @return the evaluation
     */
    public static Evaluation partlyMet(String messageKey) {
        return of(Outcome.PARTLY_MET, messageKey);
    }

    /**
     * The rule is not met.
     *
     * @param messageKey the message key
     * @return the evaluation
     */
    public static Evaluation notMet(String messageKey) {
        return of(Outcome.NOT_MET, messageKey);
    }

    /**
     * The rule does not apply.
     *
     * @param messageKey the message key saying why
     * @return the evaluation
     */
    public static Evaluation notApplicable(String messageKey) {
        return of(Outcome.NOT_APPLICABLE, messageKey);
    }

    /**
     * The records do not say enough to decide.
     *
     * @param messageKey the message key saying what is missing
     * @return the evaluation
     */
    public static Evaluation insufficientData(String messageKey) {
        return of(Outcome.INSUFFICIENT_DATA, messageKey);
    }

    /**
     * The same evaluation with more evidence.
     *
     * @param eventIds ids of events the conclusion rests on
     * @return a new evaluation
     */
    public Evaluation withEvidence(String... eventIds) {
        return withEvidence(List.of(eventIds));
    }

    /**
     * The same evaluation with more evidence.
     *
     * @param eventIds ids of events the conclusion rests on
     * @return a new evaluation
     */
    public Evaluation withEvidence(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return this;
        }
        int size = evidence.size();
        String[] all = evidence.toArray(new String[size + eventIds.size()]);
        if (size + eventIds.size() <= LINEAR_DEDUP_LIMIT) {
            for (String id : eventIds) {
                if (!contains(all, size, Objects.requireNonNull(id, "evidence id"))) {
                    all[size++] = id;
                }
            }
        } else {
            Set<String> seen = new HashSet<>(evidence);
            for (String id : eventIds) {
                if (seen.add(Objects.requireNonNull(id, "evidence id"))) {
                    all[size++] = id;
                }
            }
        }
        return new Evaluation(
                outcome, messageKey, args, new IdList(size == all.length ? all : Arrays.copyOf(all, size)));
    }

    private static boolean contains(String[] ids, int size, String id) {
        for (int i = 0; i < size; i++) {
            if (ids[i].equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same evaluation with one more message argument.
     *
     * @param name the placeholder name, used as {@code {name}} in templates
     * @param value the value; its {@code toString()} is used, so pass ids, codes, dates or numbers
     * @return a new evaluation
     */
    public Evaluation withArg(String name, Object value) {
        return new Evaluation(outcome, messageKey, ((ArgMap) args).with(name, value), evidence);
    }

    /** An immutable list of ids, owned by an evaluation; never null elements. */
    private static final class IdList extends AbstractList<String> implements RandomAccess {
        private static final IdList EMPTY = new IdList(new String[0]);

        private final String[] ids;

        private IdList(String[] ids) {
            this.ids = ids;
        }

        static IdList copyOf(List<String> list) {
            if (list.isEmpty()) {
                return EMPTY;
            }
            String[] ids = list.toArray(new String[0]);
            for (String id : ids) {
                Objects.requireNonNull(id, "evidence id");
            }
            return new IdList(ids);
        }

        @Override
        public String get(int index) {
            return ids[index];
        }

        @Override
        public int size() {
            return ids.length;
        }
    }

    /**
     * An immutable map from argument names to values that iterates in insertion order; arrays with a
     * linear look-up, since evaluations have a handful of arguments. Never null keys or values.
     *
     * <p>Values of immutable types whose text never changes (dates, boxed integers, booleans) are
     * kept as they are and turned into text on first access, since most evaluations built inside a
     * rule (one per decision, say) are combined and dropped without their arguments ever being read. The text then replaces the value in the array: a benign race, as every thread
     * computes the same string.
     */
    private static final class ArgMap extends AbstractMap<String, String> {
        private static final ArgMap EMPTY = new ArgMap(new String[0], new Object[0]);

        private final String[] names;
        /** Each a {@link String}, or a value of a type that {@link #deferrable(Object)} accepts. */
        private final Object[] values;

        private ArgMap(String[] names, Object[] values) {
            this.names = names;
            this.values = values;
        }

        static ArgMap copyOf(Map<String, String> map) {
            if (map.isEmpty()) {
                return EMPTY;
            }
            String[] names = new String[map.size()];
            Object[] values = new Object[map.size()];
            int i = 0;
            for (Map.Entry<String, String> e : map.entrySet()) {
                names[i] = Objects.requireNonNull(e.getKey(), "argument name");
                values[i] = Objects.requireNonNull(e.getValue(), "argument value");
                i++;
            }
            return new ArgMap(names, values);
        }

        /**
         * This map with one more argument; a name already present keeps its place, as in a
         * LinkedHashMap.
         */
        ArgMap with(String name, Object value) {
            Objects.requireNonNull(name, "argument name");
            Object kept = deferrable(value) ? value : String.valueOf(value);
            int at = indexOf(name);
            if (at >= 0) {
                Object[] v = values.clone();
                v[at] = kept;
                return new ArgMap(names, v);
            }
            String[] n = Arrays.copyOf(names, names.length + 1);
            Object[] v = Arrays.copyOf(values, values.length + 1);
            n[names.length] = name;
            v[values.length] = kept;
            return new ArgMap(n, v);
        }

        /** Whether the value is immutable and its text is fixed, so it can be turned into text later. */
        private static boolean deferrable(Object value) {
            return value instanceof String
                    || value instanceof LocalDate
                    || value instanceof Integer
                    || value instanceof Long
                    || value instanceof Boolean;
        }

        private String text(int i) {
            Object v = values[i];
            if (v instanceof String) {
                return (String) v;
            }
            String text = String.valueOf(v);
            values[i] = text;
            return text;
        }

        private int indexOf(Object name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String get(Object key) {
            int at = indexOf(key);
            return at >= 0 ? text(at) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(names[i], text(i));
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
        }
    }
}
