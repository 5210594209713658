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
        return new Builder(outcome, messageKey);
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
        /** How many evidence ids and how many arguments are held in fields before an array is needed. */
        private static final int IN_FIELDS = 4;

        private final Outcome outcome;
        private final String messageKey;

        // Evidence ids in the order added, duplicates included (the evaluation leaves them out): the
        // first four in fields, the rest in an array. Most evaluations have a handful, so building one
        // makes no array for them.
        private String id0;
        private String id1;
        private String id2;
        private String id3;
        /** Ids from the fifth on, or null. */
        private String[] moreIds;

        private int idCount;
        /** How many ids, from the start, are kept as they are (see {@link IdList}). */
        private final int idsKept;
        /** Whether {@code moreIds} belongs to a built evaluation, so that it must be copied before a change. */
        private boolean moreIdsShared;

        // Argument names and values, the first four pairs in fields, the rest alternating in an array.
        private String name0;
        private String name1;
        private String name2;
        private String name3;
        private Object value0;
        private Object value1;
        private Object value2;
        private Object value3;
        /** Names and values of the arguments from the fifth on, alternating, or null. */
        private Object[] moreArgs;

        private int argCount;
        /** Whether {@code moreArgs} belongs to a built evaluation, so that it must be copied before a change. */
        private boolean moreArgsShared;

        private Builder(Outcome outcome, String messageKey, IdList evidence, ArgMap args) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
            this.id0 = evidence.id0;
            this.id1 = evidence.id1;
            this.id2 = evidence.id2;
            this.id3 = evidence.id3;
            this.moreIds = evidence.more;
            this.idCount = evidence.size;
            this.idsKept = evidence.kept;
            this.moreIdsShared = true;
            this.name0 = args.name0;
            this.name1 = args.name1;
            this.name2 = args.name2;
            this.name3 = args.name3;
            this.value0 = args.value0;
            this.value1 = args.value1;
            this.value2 = args.value2;
            this.value3 = args.value3;
            this.moreArgs = args.more;
            this.argCount = args.size;
            this.moreArgsShared = true;
        }

        private Builder(Outcome outcome, String messageKey) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
            this.idsKept = 0;
        }

        /**
         * Adds one evidence id, unless it is already there.
         *
         * @param eventId the id of an event the conclusion rests on
         * @return this
         */
        public Builder evidence(String eventId) {
            Objects.requireNonNull(eventId, "evidence id");
            switch (idCount) {
                case 0 -> id0 = eventId;
                case 1 -> id1 = eventId;
                case 2 -> id2 = eventId;
                case 3 -> id3 = eventId;
                default -> moreIds(idCount - IN_FIELDS)[idCount - IN_FIELDS] = eventId;
            }
            idCount++;
            return this;
        }

        /** The array for ids from the fifth on, owned by this builder, with room at an index. */
        private String[] moreIds(int index) {
            String[] more = moreIds == null ? new String[4] : writable(moreIds, moreIdsShared, index);
            moreIds = more;
            moreIdsShared = false;
            return more;
        }

        /** An array this builder may write at an index: the array itself, or a copy when shared or full. */
        private static <T> T[] writable(T[] more, boolean shared, int index) {
            if (!shared && index < more.length) {
                return more;
            }
            return Arrays.copyOf(more, index < more.length ? more.length : 2 * more.length);
        }

        /**
         * Adds evidence ids, in order, leaving out those already there.
         *
         * @param eventIds ids of events the conclusion rests on
         * @return this
         */
        public Builder evidence(Collection<String> eventIds) {
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

        /** Sets an argument to a value already in the form {@link ArgMap} keeps. */
        private Builder put(String name, Object kept) {
            Objects.requireNonNull(name, "argument name");
            int at = argIndex(name);
            if (at < 0) {
                at = argCount++;
                switch (at) {
                    case 0 -> name0 = name;
                    case 1 -> name1 = name;
                    case 2 -> name2 = name;
                    case 3 -> name3 = name;
                    default -> moreArgs(2 * (at - IN_FIELDS))[2 * (at - IN_FIELDS)] = name;
                }
            }
            switch (at) {
                case 0 -> value0 = kept;
                case 1 -> value1 = kept;
                case 2 -> value2 = kept;
                case 3 -> value3 = kept;
                default -> moreArgs(2 * (at - IN_FIELDS) + 1)[2 * (at - IN_FIELDS) + 1] = kept;
            }
            return this;
        }

        /** The array for arguments from the fifth on, owned by this builder, with room at an index. */
        private Object[] moreArgs(int index) {
            Object[] more = moreArgs == null ? new Object[8] : writable(moreArgs, moreArgsShared, index);
            moreArgs = more;
            moreArgsShared = false;
            return more;
        }

        private int argIndex(String name) {
            // names are mostly distinct literals: their cached hash codes tell them apart without equals
            int hash = name.hashCode();
            for (int i = 0; i < argCount; i++) {
                String other =
                        switch (i) {
                            case 0 -> name0;
                            case 1 -> name1;
                            case 2 -> name2;
                            case 3 -> name3;
                            default -> (String) moreArgs[2 * (i - IN_FIELDS)];
                        };
                if (other == name || (other.hashCode() == hash && other.equals(name))) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Builds the evaluation. The builder can go on being used; later changes do not reach
         * evaluations already built.
         *
         * @return the evaluation
         */
        public Evaluation build() {
            moreIdsShared = true;
            moreArgsShared = true;
            return new Evaluation(
                    outcome,
                    messageKey,
                    argCount == 0
                            ? ArgMap.EMPTY
                            : new ArgMap(
                                    argCount, name0, value0, name1, value1, name2, value2, name3, value3, moreArgs),
                    idCount == 0 ? IdList.EMPTY : new IdList(idCount, idsKept, id0, id1, id2, id3, moreIds));
        }
    }

    /**
     * An immutable list of ids, owned by an evaluation; never null elements. It holds the ids as
     * added (the first four in fields, the rest in an array shared with the builder that made it), and
     * leaves out duplicates when first read: every id after the first {@code kept} ones that equals an
     * earlier id. The ids of an evaluation are mostly never read while a case is assessed, so rules do
     * not pay for comparing them.
     */
    private static final class IdList extends AbstractList<String> implements RandomAccess {
        private static final IdList EMPTY = new IdList(0, 0, null, null, null, null, null);

        /** Above this many ids, duplicates are found with a hash set instead of a linear scan. */
        private static final int LINEAR_DEDUP_LIMIT = 16;

        /** How many ids were added, duplicates included. */
        private final int size;
        /** How many ids, from the start, are kept as they are, duplicates included. */
        private final int kept;

        private final String id0;
        private final String id1;
        private final String id2;
        private final String id3;
        /** The ids from the fifth on; only the first {@code size - 4} belong to the list. */
        private final String[] more;
        /** The ids without duplicates, worked out on first read. */
        private volatile String[] unique;

        private IdList(int size, int kept, String id0, String id1, String id2, String id3, String[] more) {
            this.size = size;
            this.kept = kept;
            this.id0 = id0;
            this.id1 = id1;
            this.id2 = id2;
            this.id3 = id3;
            this.more = more;
        }

        static IdList copyOf(List<String> list) {
            if (list.isEmpty()) {
                return EMPTY;
            }
            String[] ids = list.toArray(new String[0]);
            for (String id : ids) {
                Objects.requireNonNull(id, "evidence id");
            }
            int n = ids.length;
            return new IdList(
                    n,
                    n,
                    ids[0],
                    n > 1 ? ids[1] : null,
                    n > 2 ? ids[2] : null,
                    n > 3 ? ids[3] : null,
                    n > 4 ? Arrays.copyOfRange(ids, 4, n) : null);
        }

        /** The id added at an index, duplicates included. */
        private String raw(int index) {
            return switch (index) {
                case 0 -> id0;
                case 1 -> id1;
                case 2 -> id2;
                case 3 -> id3;
                default -> more[index - Builder.IN_FIELDS];
            };
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
            String[] result = new String[size];
            for (int i = 0; i < size; i++) {
                result[i] = raw(i);
            }
            if (size <= 1 || kept >= size) {
                return result;
            }
            int n = Math.max(kept, 1);
            if (size <= LINEAR_DEDUP_LIMIT) {
                for (int i = n; i < size; i++) {
                    if (!contains(result, n, result[i])) {
                        result[n++] = result[i];
                    }
                }
            } else {
                Set<String> seen = new HashSet<>(Arrays.asList(result).subList(0, n));
                for (int i = n; i < size; i++) {
                    if (seen.add(result[i])) {
                        result[n++] = result[i];
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
     * An immutable map from argument names to values that iterates in insertion order; the first four
     * names and values in fields, the rest in an array of alternating names and values shared with
     * the builder that made it, with a linear look-up, since evaluations have a handful of arguments.
     * Never null keys or values.
     *
     * <p>Values of immutable types whose text never changes (dates, boxed integers, booleans) are
     * kept as they are and turned into text on first access, since most evaluations built inside a
     * rule (one per decision, say) are combined and dropped without their arguments ever being read.
     * The text then replaces the value: a benign race, as every thread computes the same string.
     */
    private static final class ArgMap extends AbstractMap<String, String> {
        private static final ArgMap EMPTY = new ArgMap(0, null, null, null, null, null, null, null, null, null);

        private final int size;

        private final String name0;
        private final String name1;
        private final String name2;
        private final String name3;
        // each a String, or a value of a type that deferrable(Object) accepts until first read
        private Object value0;
        private Object value1;
        private Object value2;
        private Object value3;
        /** Names and values of the arguments from the fifth on, alternating, or null. */
        private final Object[] more;

        private ArgMap(
                int size,
                String name0,
                Object value0,
                String name1,
                Object value1,
                String name2,
                Object value2,
                String name3,
                Object value3,
                Object[] more) {
            this.size = size;
            this.name0 = name0;
            this.value0 = value0;
            this.name1 = name1;
            this.value1 = value1;
            this.name2 = name2;
            this.value2 = value2;
            this.name3 = name3;
            this.value3 = value3;
            this.more = more;
        }

        static ArgMap copyOf(Map<String, String> map) {
            if (map.isEmpty()) {
                return EMPTY;
            }
            Builder b = new Builder(Outcome.MET, "copy");
            for (Map.Entry<String, String> e : map.entrySet()) {
                b.put(
                        Objects.requireNonNull(e.getKey(), "argument name"),
                        Objects.requireNonNull(e.getValue(), "argument value"));
            }
            return new ArgMap(
                    b.argCount, b.name0, b.value0, b.name1, b.value1, b.name2, b.value2, b.name3, b.value3, b.moreArgs);
        }

        /**
         * Whether a value is kept as it is until its text is first needed: a string, or a value of an
         * immutable JDK type whose {@code toString()} never changes.
         */
        static boolean deferrable(Object value) {
            return value instanceof String
                    || value instanceof LocalDate
                    || value instanceof Integer
                    || value instanceof Long
                    || value instanceof Boolean;
        }

        private String name(int i) {
            return switch (i) {
                case 0 -> name0;
                case 1 -> name1;
                case 2 -> name2;
                case 3 -> name3;
                default -> (String) more[2 * (i - Builder.IN_FIELDS)];
            };
        }

        private String text(int i) {
            Object v =
                    switch (i) {
                        case 0 -> value0;
                        case 1 -> value1;
                        case 2 -> value2;
                        case 3 -> value3;
                        default -> more[2 * (i - Builder.IN_FIELDS) + 1];
                    };
            if (v instanceof String) {
                return (String) v;
            }
            String text = String.valueOf(v);
            switch (i) {
                case 0 -> value0 = text;
                case 1 -> value1 = text;
                case 2 -> value2 = text;
                case 3 -> value3 = text;
                default -> more[2 * (i - Builder.IN_FIELDS) + 1] = text;
            }
            return text;
        }

        private int indexOf(Object name) {
            for (int i = 0; i < size; i++) {
                if (name(i).equals(name)) {
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
