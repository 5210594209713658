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
 * <p>Each {@code with…} call makes a new evaluation. Where a rule adds several arguments or many
 * evidence ids, or builds an evaluation in a loop, a {@link Builder} makes the same evaluation in one
 * go:
 *
 * <pre>{@code
 * return Evaluation.builder(Outcome.NOT_MET, "no-hearing")
 *         .evidence(decision.id())
 *         .arg("decision", decision.id())
 *         .arg("date", decision.date())
 *         .build();
 * }</pre>
 *
 * <p>Arguments must be ids, codes, dates or numbers: never free text from the case. Evidence ids are
 * kept in the order they were first added, without duplicates.
 *
 * @param outcome the outcome
 * @param messageKey the key of the message template in the rule's definition
 * @param args the template arguments, in insertion order
 * @param evidence the ids of the events the conclusion rests on
 */
public record Evaluation(Outcome outcome, String messageKey, Map<String, String> args, List<String> evidence) {

    /**
     * Copies the collections (keeping the iteration order of {@code args}) and checks that nothing is
     * missing or null. Collections made by this class's own {@code with…} methods and builder are
     * already immutable copies and are not copied again.
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
        return new Evaluation(outcome, messageKey, ArgMap.EMPTY, IdList.EMPTY);
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
     * Starts building an evaluation with several arguments or evidence ids at once.
     *
     * @param outcome the outcome
     * @param messageKey the message key
     * @return a new builder with no arguments and no evidence
     */
    public static Builder builder(Outcome outcome, String messageKey) {
        return new Builder(outcome, messageKey, IdList.EMPTY, ArgMap.EMPTY);
    }

    /**
     * A builder that starts from this evaluation: the same outcome, message key, arguments and
     * evidence, to which more can be added.
     *
     * @return a new builder; this evaluation is not changed by it
     */
    public Builder toBuilder() {
        return new Builder(outcome, messageKey, (IdList) evidence, (ArgMap) args);
    }

    /**
     * The same evaluation with more evidence.
     *
     * @param eventIds ids of events the conclusion rests on
     * @return a new evaluation
     */
    public Evaluation withEvidence(String... eventIds) {
        if (eventIds.length == 0) {
            return this;
        }
        Builder b = toBuilder();
        for (String id : eventIds) {
            b.evidence(id);
        }
        return b.build();
    }

    /**
     * The same evaluation with more evidence.
     *
     * @param eventIds ids of events the conclusion rests on
     * @return a new evaluation
     */
    public Evaluation withEvidence(Collection<String> eventIds) {
        return eventIds.isEmpty() ? this : toBuilder().evidence(eventIds).build();
    }

    /**
     * The same evaluation with one more message argument.
     *
     * @param name the placeholder name, used as {@code {name}} in templates
     * @param value the value; its {@code toString()} is used, so pass ids, codes, dates or numbers
     * @return a new evaluation
     */
    public Evaluation withArg(String name, Object value) {
        return toBuilder().arg(name, value).build();
    }

    /**
     * Builds an {@link Evaluation} with several arguments and evidence ids without making an
     * evaluation per step. Arguments keep their insertion order, and a name given again keeps its
     * place with the new value (as with {@link Evaluation#withArg}); evidence ids keep the order they
     * were first added, and an id added again is left out (as with {@link Evaluation#withEvidence}).
     *
     * <pre>{@code
     * Evaluation.Builder b = Evaluation.builder(Outcome.PARTLY_MET, "some-held");
     * for (FollowUp f : overdue) {
     *     b.evidence(f.id());
     * }
     * return b.arg("count", held).arg("total", due).build();
     * }</pre>
     *
     * <p>A builder is not thread-safe; the evaluations it builds are immutable and are not changed
     * when the builder is used again.
     */
    public static final class Builder {
        private final Outcome outcome;
        private final String messageKey;
        /** Evidence ids in the order added, duplicates included: the evaluation leaves them out. */
        private String[] ids;

        private int idCount;
        /** How many ids, from the start, are kept as they are (see {@link IdList}). */
        private final int idsKept;
        /** Argument names and values, alternating. */
        private Object[] slots;

        private int argCount;
        /** Whether {@code ids} belongs to a built evaluation, so that it must be copied before a change. */
        private boolean idsShared;
        /** Whether {@code slots} belongs to a built evaluation, so that it must be copied before a change. */
        private boolean slotsShared;

        private Builder(Outcome outcome, String messageKey, IdList evidence, ArgMap args) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
            this.ids = evidence.ids;
            this.idCount = evidence.size;
            this.idsKept = evidence.kept;
            this.slots = args.slots;
            this.argCount = args.size;
            this.idsShared = true;
            this.slotsShared = true;
        }

        /**
         * Adds one evidence id, unless it is already there.
         *
         * @param eventId the id of an event the conclusion rests on
         * @return this
         */
        public Builder evidence(String eventId) {
            Objects.requireNonNull(eventId, "evidence id");
            String[] to = ids;
            if (idsShared || idCount == to.length) {
                to = growIds(idCount + 1);
            }
            to[idCount++] = eventId;
            return this;
        }

        /**
         * Adds evidence ids, in order, leaving out those already there.
         *
         * @param eventIds ids of events the conclusion rests on
         * @return this
         */
        public Builder evidence(Collection<String> eventIds) {
            if (idsShared || idCount + eventIds.size() > ids.length) {
                growIds(idCount + eventIds.size());
            }
            for (String id : eventIds) {
                evidence(id);
            }
            return this;
        }

        /**
         * Adds a message argument, or replaces the value of one with the same name.
         *
         * @param name the placeholder name, used as {@code {name}} in templates
         * @param value the value; its {@code toString()} is used, so pass ids, codes, dates or numbers
         * @return this
         */
        public Builder arg(String name, Object value) {
            return put(name, ArgMap.deferrable(value) ? value : String.valueOf(value));
        }

        /**
         * Adds a message argument that is a number, or replaces the value of one with the same name;
         * the same as {@link #arg(String, Object)} with the number boxed.
         *
         * @param name the placeholder name, used as {@code {name}} in templates
         * @param value the number
         * @return this
         */
        public Builder arg(String name, int value) {
            return put(name, value);
        }

        /**
         * Adds a message argument that is an id or a code, or replaces the value of one with the same
         * name; the same as {@link #arg(String, Object)}.
         *
         * @param name the placeholder name, used as {@code {name}} in templates
         * @param value the id or code; {@code null} is kept as the text {@code "null"}
         * @return this
         */
        public Builder arg(String name, String value) {
            return put(name, value == null ? "null" : value);
        }

        /**
         * Adds a message argument that is a date, or replaces the value of one with the same name; the
         * same as {@link #arg(String, Object)}.
         *
         * @param name the placeholder name, used as {@code {name}} in templates
         * @param value the date; {@code null} is kept as the text {@code "null"}
         * @return this
         */
        public Builder arg(String name, LocalDate value) {
            return put(name, value == null ? "null" : value);
        }

        /** Sets an argument to a value already in the form {@link ArgMap} keeps. */
        private Builder put(String name, Object kept) {
            Objects.requireNonNull(name, "argument name");
            int at = argIndex(name);
            Object[] to = slots;
            if (slotsShared || (at < 0 && 2 * argCount == to.length)) {
                to = growSlots();
            }
            if (at < 0) {
                at = argCount++;
                to[2 * at] = name;
            }
            to[2 * at + 1] = kept;
            return this;
        }

        /**
         * Builds the evaluation. The builder can go on being used; later changes do not reach
         * evaluations already built.
         *
         * @return the evaluation
         */
        public Evaluation build() {
            idsShared = true;
            slotsShared = true;
            return new Evaluation(
                    outcome,
                    messageKey,
                    argCount == 0 ? ArgMap.EMPTY : new ArgMap(slots, argCount),
                    idCount == 0 ? IdList.EMPTY : new IdList(ids, idCount, idsKept));
        }

        private int argIndex(String name) {
            // names are mostly distinct literals: their cached hash codes tell them apart without equals
            int hash = name.hashCode();
            Object[] from = slots;
            for (int i = 0; i < argCount; i++) {
                String other = (String) from[2 * i];
                if (other == name || (other.hashCode() == hash && other.equals(name))) {
                    return i;
                }
            }
            return -1;
        }

        /** A copy of the arguments this builder owns, with room for at least one more. */
        private Object[] growSlots() {
            Object[] from = slots;
            int capacity = 2 * argCount < from.length ? from.length : Math.max(8, 2 * from.length);
            Object[] to = new Object[capacity];
            System.arraycopy(from, 0, to, 0, 2 * argCount);
            slots = to;
            slotsShared = false;
            return to;
        }

        /** A copy of the ids this builder owns, with room for at least {@code needed}. */
        private String[] growIds(int needed) {
            String[] to = new String[Math.max(needed, Math.max(4, 2 * idCount))];
            System.arraycopy(ids, 0, to, 0, idCount);
            ids = to;
            idsShared = false;
            return to;
        }
    }

    /**
     * An immutable list of ids, owned by an evaluation; never null elements. It holds the ids as
     * added, and leaves out duplicates when first read: every id after the first {@code kept} ones
     * that equals an earlier id. The ids of an evaluation are mostly never read while a case is
     * assessed, so rules do not pay for comparing them.
     */
    private static final class IdList extends AbstractList<String> implements RandomAccess {
        private static final IdList EMPTY = new IdList(new String[0], 0, 0);

        /** Above this many ids, duplicates are found with a hash set instead of a linear scan. */
        private static final int LINEAR_DEDUP_LIMIT = 16;

        /** The ids as added; only the first {@link #size} belong to the list. */
        private final String[] ids;

        private final int size;
        /** How many ids, from the start, are kept as they are, duplicates included. */
        private final int kept;
        /** The ids without duplicates, worked out on first use. */
        private volatile String[] unique;

        private IdList(String[] ids, int size, int kept) {
            this.ids = ids;
            this.size = size;
            this.kept = kept;
        }

        static IdList copyOf(List<String> list) {
            if (list.isEmpty()) {
                return EMPTY;
            }
            String[] ids = list.toArray(new String[0]);
            for (String id : ids) {
                Objects.requireNonNull(id, "evidence id");
            }
            return new IdList(ids, ids.length, ids.length);
        }

        private String[] unique() {
            String[] u = unique;
            if (u == null) {
                u = withoutDuplicates();
                unique = u;
            }
            return u;
        }

        private String[] withoutDuplicates() {
            if (size <= 1 || kept >= size) {
                return ids.length == size ? ids : Arrays.copyOf(ids, size);
            }
            String[] result = Arrays.copyOf(ids, size);
            int n = Math.max(kept, 1);
            if (size <= LINEAR_DEDUP_LIMIT) {
                for (int i = n; i < size; i++) {
                    if (!contains(result, n, ids[i])) {
                        result[n++] = ids[i];
                    }
                }
            } else {
                Set<String> seen = new HashSet<>(Arrays.asList(result).subList(0, n));
                for (int i = n; i < size; i++) {
                    if (seen.add(ids[i])) {
                        result[n++] = ids[i];
                    }
                }
            }
            return n == size ? result : Arrays.copyOf(result, n);
        }

        private static boolean contains(String[] ids, int count, String id) {
            for (int i = 0; i < count; i++) {
                if (ids[i].equals(id)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String get(int index) {
            String[] u = unique();
            return u[Objects.checkIndex(index, u.length)];
        }

        @Override
        public int size() {
            return unique().length;
        }
    }

    /**
     * An immutable map from argument names to values that iterates in insertion order; one array of
     * alternating names and values with a linear look-up, since evaluations have a handful of
     * arguments. Never null keys or values.
     *
     * <p>Values of immutable types whose text never changes (dates, boxed integers, booleans) are
     * kept as they are and turned into text on first access, since most evaluations built inside a
     * rule (one per decision, say) are combined and dropped without their arguments ever being read.
     * The text then replaces the value in the array: a benign race, as every thread computes the same
     * string.
     */
    private static final class ArgMap extends AbstractMap<String, String> {
        private static final ArgMap EMPTY = new ArgMap(new Object[0], 0);

        /**
         * Names (each a {@link String}) and values (each a {@link String}, or a value of a type that
         * {@link #deferrable(Object)} accepts), alternating; only the first {@link #size} pairs belong
         * to the map.
         */
        private final Object[] slots;

        private final int size;

        private ArgMap(Object[] slots, int size) {
            this.slots = slots;
            this.size = size;
        }

        static ArgMap copyOf(Map<String, String> map) {
            if (map.isEmpty()) {
                return EMPTY;
            }
            Object[] slots = new Object[2 * map.size()];
            int i = 0;
            for (Map.Entry<String, String> e : map.entrySet()) {
                slots[i++] = Objects.requireNonNull(e.getKey(), "argument name");
                slots[i++] = Objects.requireNonNull(e.getValue(), "argument value");
            }
            return new ArgMap(slots, map.size());
        }

        /** Whether the value is immutable and its text is fixed, so it can be turned into text later. */
        static boolean deferrable(Object value) {
            return value instanceof String
                    || value instanceof LocalDate
                    || value instanceof Integer
                    || value instanceof Long
                    || value instanceof Boolean;
        }

        private String name(int i) {
            return (String) slots[2 * i];
        }

        private String text(int i) {
            Object v = slots[2 * i + 1];
            if (v instanceof String) {
                return (String) v;
            }
            String text = String.valueOf(v);
            slots[2 * i + 1] = text;
            return text;
        }

        private int indexOf(Object name) {
            for (int i = 0; i < size; i++) {
                if (slots[2 * i].equals(name)) {
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
            return size;
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
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(name(i), text(i));
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}
