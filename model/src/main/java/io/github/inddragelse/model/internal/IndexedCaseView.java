package io.github.inddragelse.model.internal;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.InformationGathering;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MethodApplied;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.ProgressMeasurement;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.rule.CaseView;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The one implementation of {@link CaseView}: built in one pass over the events (plus a stable sort
 * when they are not already in date order).
 */
public final class IndexedCaseView implements CaseView {

    private static final Map<Class<? extends CaseEvent>, EventKind> KINDS = Map.ofEntries(
            Map.entry(Contact.class, EventKind.CONTACT),
            Map.entry(Meeting.class, EventKind.MEETING),
            Map.entry(InformationGathering.class, EventKind.INFORMATION_GATHERING),
            Map.entry(Investigation.class, EventKind.INVESTIGATION),
            Map.entry(Goal.class, EventKind.GOAL),
            Map.entry(Hearing.class, EventKind.HEARING),
            Map.entry(Decision.class, EventKind.DECISION),
            Map.entry(DeadlineNotice.class, EventKind.DEADLINE_NOTICE),
            Map.entry(ActionPlan.class, EventKind.ACTION_PLAN),
            Map.entry(ProviderOrder.class, EventKind.PROVIDER_ORDER),
            Map.entry(Coordination.class, EventKind.COORDINATION),
            Map.entry(MethodApplied.class, EventKind.METHOD_APPLIED),
            Map.entry(ProgressMeasurement.class, EventKind.PROGRESS_MEASUREMENT),
            Map.entry(FollowUp.class, EventKind.FOLLOW_UP),
            Map.entry(Complaint.class, EventKind.COMPLAINT),
            Map.entry(CaseworkerChange.class, EventKind.CASEWORKER_CHANGE),
            Map.entry(Guidance.class, EventKind.GUIDANCE));

    private static final EventKind[] ALL_KINDS = EventKind.values();
    private static final Role[] ALL_ROLES = Role.values();

    /** The event type of each kind, by the kind's ordinal. */
    private static final Class<?>[] TYPES = types();

    /** The interpreter kinds needed for each combination of needs, by a bit per interpretation kind. */
    private static final List<Set<InterpretationKind>> INTERPRETERS = interpreterSets();

    private static final int DECISION = EventKind.DECISION.ordinal();
    private static final Comparator<CaseEvent> BY_DATE = Comparator.comparing(CaseEvent::date);

    private final CaseProcess process;
    private final LocalDate asOf;
    private final List<CaseEvent> events;
    /** The known events of each kind in date order, indexed by {@link EventKind#ordinal()}; never null. */
    private final List<CaseEvent>[] byKind;
    /** The known events grouped by kind (in kind order, each group by date), for {@link #byKind}. */
    private final CaseEvent[] grouped;
    /** Where each kind's group starts in {@link #grouped}, by kind ordinal; one more for the end. */
    private final int[] groupStart;

    private final List<Decision> adverseDecisions;
    private final Participant citizen;
    private final Set<InterpretationKind> interpretersNeeded;
    /**
     * Computed on first use, as few rules ask; a benign race, since every thread computes the same
     * immutable value.
     */
    private Optional<Boolean> significantlyReducedFunction;
    /**
     * The known events of each kind the citizen took part in ({@link CaseView}'s default answer,
     * kept), by kind ordinal; made and filled in on first use. A benign race: a thread that sees no
     * array or no list works the list out again, and every list is an unmodifiable wrapper whose final
     * field publishes the list it wraps.
     */
    private List<?>[] withCitizen;
    /** The case's participants with each role, by role ordinal; made and filled in on first use, as above. */
    private List<?>[] byRole;

    @SuppressWarnings("unchecked")
    private IndexedCaseView(CaseProcess process, LocalDate asOf) {
        this.process = process;
        this.asOf = asOf;
        // Two passes over the timeline: one counts the known events of each kind, the other fills one
        // array grouped by kind. Both read a copy of the timeline as an array, which costs less than
        // two reads through the process's unmodifiable list per event.
        List<CaseEvent> all = process.events();
        CaseEvent[] timeline = all.toArray(new CaseEvent[0]);
        int size = timeline.length;
        int[] counts = new int[ALL_KINDS.length];
        // the kind of each event, or -1 for an event after the as-of date
        byte[] kindAt = new byte[size];
        int adverseCount = 0;
        boolean sorted = true;
        int knownCount = 0;
        LocalDate previous = LocalDate.MIN;
        for (int i = 0; i < size; i++) {
            CaseEvent e = timeline[i];
            LocalDate date = e.date();
            if (date.isAfter(asOf)) {
                kindAt[i] = -1;
                continue;
            }
            knownCount++;
            sorted &= !date.isBefore(previous);
            previous = date;
            int k = e.kind().ordinal();
            counts[k]++;
            kindAt[i] = (byte) k;
            if (k == DECISION && ((Decision) e).isAdverse()) {
                adverseCount++;
            }
        }
        // one array for every group: each kind's events from its start, filled in timeline order
        int[] start = new int[ALL_KINDS.length + 1];
        for (int k = 0; k < ALL_KINDS.length; k++) {
            start[k + 1] = start[k] + counts[k];
            counts[k] = start[k]; // from here on: where the kind's next event goes
        }
        CaseEvent[] grouped = new CaseEvent[knownCount];
        Decision[] adverse = adverseCount == 0 ? null : new Decision[adverseCount];
        adverseCount = 0;
        CaseEvent[] known = knownCount == size && sorted ? null : new CaseEvent[knownCount];
        knownCount = 0;
        for (int i = 0; i < size; i++) {
            int k = kindAt[i];
            if (k < 0) {
                continue;
            }
            CaseEvent e = timeline[i];
            grouped[counts[k]++] = e;
            if (k == DECISION && adverse != null && ((Decision) e).isAdverse()) {
                adverse[adverseCount++] = (Decision) e;
            }
            if (known != null) {
                known[knownCount++] = e;
            }
        }
        if (!sorted) {
            // a stable sort of each group gives the same groups as grouping the stably sorted timeline
            Arrays.sort(known, BY_DATE);
            for (int k = 0; k < ALL_KINDS.length; k++) {
                Arrays.sort(grouped, start[k], start[k + 1], BY_DATE);
            }
            if (adverse != null) {
                Arrays.sort(adverse, BY_DATE);
            }
        }
        // the process's list is already an unmodifiable list owned by the immutable process
        this.events = known == null ? all : new ArrayView<>(known);
        this.grouped = grouped;
        this.groupStart = start;
        this.byKind = new List[ALL_KINDS.length]; // each list made when first asked for
        this.adverseDecisions = adverse == null ? List.of() : new ArrayView<>(adverse);
        this.citizen = process.participant(process.citizenId()).orElse(null);
        this.interpretersNeeded = interpreters(process.communicationNeeds());
    }

    private static Class<?>[] types() {
        Class<?>[] types = new Class<?>[ALL_KINDS.length];
        KINDS.forEach((type, kind) -> types[kind.ordinal()] = type);
        return types;
    }

    /**
     * Indexes a case as of a date.
     *
     * @param process the case
     * @param asOf the date
     * @return the view
     */
    public static IndexedCaseView of(CaseProcess process, LocalDate asOf) {
        return new IndexedCaseView(Objects.requireNonNull(process, "process"), Objects.requireNonNull(asOf, "asOf"));
    }

    private static Set<InterpretationKind> interpreters(Set<CommunicationNeed> needs) {
        int bits = 0;
        for (CommunicationNeed need : needs) {
            InterpretationKind kind = interpretation(need);
            if (kind != null) {
                bits |= 1 << kind.ordinal();
            }
        }
        return INTERPRETERS.get(bits);
    }

    private static InterpretationKind interpretation(CommunicationNeed need) {
        return switch (need) {
            case LANGUAGE_INTERPRETER -> InterpretationKind.LANGUAGE;
            case SIGN_LANGUAGE_INTERPRETER -> InterpretationKind.SIGN;
            case TACTILE_INTERPRETER -> InterpretationKind.TACTILE;
            default -> null; // not an interpreter need
        };
    }

    /** Every set of interpretation kinds, unmodifiable, indexed by a bit per kind's ordinal. */
    private static List<Set<InterpretationKind>> interpreterSets() {
        InterpretationKind[] kinds = InterpretationKind.values();
        List<Set<InterpretationKind>> sets = new ArrayList<>(1 << kinds.length);
        for (int bits = 0; bits < 1 << kinds.length; bits++) {
            Set<InterpretationKind> set = EnumSet.noneOf(InterpretationKind.class);
            for (InterpretationKind kind : kinds) {
                if ((bits & 1 << kind.ordinal()) != 0) {
                    set.add(kind);
                }
            }
            sets.add(Collections.unmodifiableSet(set));
        }
        return List.copyOf(sets);
    }

    private static Optional<Boolean> significant(List<CaseEvent> investigations) {
        if (investigations.isEmpty()) {
            return Optional.empty();
        }
        Investigation latest = (Investigation) investigations.get(investigations.size() - 1);
        boolean assessed = false;
        List<LifeAreaAssessment> areas = latest.lifeAreas();
        for (int i = 0; i < areas.size(); i++) {
            LifeAreaAssessment area = areas.get(i);
            if (area.functionLevel().significant()) {
                return Optional.of(true);
            }
            assessed |= area.functionLevel() != FunctionLevel.NOT_ASSESSED;
        }
        return assessed ? Optional.of(false) : Optional.empty();
    }

    @Override
    public CaseProcess process() {
        return process;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public List<CaseEvent> events() {
        return events;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends CaseEvent> List<T> eventsOf(Class<T> type) {
        return (List<T>) ofKind(kindOf(type).ordinal());
    }

    /**
     * The known events of a kind, by date. The list is made on first use (rules ask for a dozen of the
     * seventeen kinds): a benign race, as every thread makes an equal immutable list, published
     * through its final fields.
     */
    private List<CaseEvent> ofKind(int k) {
        List<CaseEvent> found = byKind[k];
        if (found == null) {
            int from = groupStart[k];
            int to = groupStart[k + 1];
            found = from == to ? List.of() : new ArrayView<>(grouped, from, to);
            byKind[k] = found;
        }
        return found;
    }

    private static EventKind kindOf(Class<? extends CaseEvent> type) {
        // the rules pass class literals: comparing references finds them; a subclass is looked for after
        for (int k = 0; k < TYPES.length; k++) {
            if (TYPES[k] == type) {
                return ALL_KINDS[k];
            }
        }
        for (int k = 0; k < TYPES.length; k++) {
            if (TYPES[k].isAssignableFrom(type)) {
                return ALL_KINDS[k];
            }
        }
        throw new IllegalArgumentException("not an event type: " + type.getName());
    }

    @Override
    public <T extends CaseEvent> Optional<T> latestOnOrBefore(Class<T> type, LocalDate date) {
        List<T> list = eventsOf(type);
        int i = firstAfter(list, date) - 1;
        return i >= 0 ? Optional.of(list.get(i)) : Optional.empty();
    }

    @Override
    public <T extends CaseEvent> Optional<T> earliestOnOrAfter(Class<T> type, LocalDate date) {
        List<T> list = eventsOf(type);
        int i = firstOnOrAfter(list, date);
        return i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
    }

    @Override
    public <T extends CaseEvent> List<T> between(Class<T> type, LocalDate from, LocalDate to) {
        List<T> list = eventsOf(type);
        int start = firstOnOrAfter(list, from);
        int end = firstAfter(list, to);
        return start >= end ? List.of() : list.subList(start, end);
    }

    /** Index of the first event dated after the date (list sorted by date). */
    private static int firstAfter(List<? extends CaseEvent> list, LocalDate date) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).date().isAfter(date)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Index of the first event dated on or after the date (list sorted by date). */
    private static int firstOnOrAfter(List<? extends CaseEvent> list, LocalDate date) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).date().isBefore(date)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public List<Decision> adverseDecisions() {
        return adverseDecisions;
    }

    @Override
    public Participant citizen() {
        return citizen;
    }

    @Override
    public Optional<Participant> participant(String id) {
        return process.participant(id);
    }

    @Override
    public boolean citizenTookPart(CaseEvent event) {
        return event.participantIds().contains(process.citizenId());
    }

    @Override
    public List<Participant> participantsWithRole(CaseEvent event, Role role) {
        List<Participant> found = new ArrayList<>(2);
        for (String id : event.participantIds()) {
            Participant p = process.participant(id).orElse(null);
            if (p != null && p.role() == role) {
                found.add(p);
            }
        }
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends CaseEvent> List<T> withCitizen(Class<T> type) {
        int k = kindOf(type).ordinal();
        List<?>[] lists = withCitizen;
        if (lists == null) {
            lists = new List<?>[ALL_KINDS.length];
            withCitizen = lists;
        }
        List<?> found = lists[k];
        if (found == null) {
            found = CaseView.super.withCitizen(type);
            lists[k] = found;
        }
        return (List<T>) found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Participant> participantsWithRole(Role role) {
        List<?>[] lists = byRole;
        if (lists == null) {
            lists = new List<?>[ALL_ROLES.length];
            byRole = lists;
        }
        List<?> found = lists[role.ordinal()];
        if (found == null) {
            found = CaseView.super.participantsWithRole(role);
            lists[role.ordinal()] = found;
        }
        return (List<Participant>) found;
    }

    @Override
    public Set<CommunicationNeed> communicationNeeds() {
        return process.communicationNeeds();
    }

    @Override
    public Set<InterpretationKind> interpretersNeeded() {
        return interpretersNeeded;
    }

    @Override
    public Optional<Boolean> significantlyReducedFunction() {
        Optional<Boolean> significant = significantlyReducedFunction;
        if (significant == null) {
            significant = significant(ofKind(EventKind.INVESTIGATION.ordinal()));
            significantlyReducedFunction = significant;
        }
        return significant;
    }

    @Override
    public String toString() {
        return "CaseView{caseId=" + process.caseId() + ", asOf=" + asOf + ", events=" + events.size() + "}";
    }

    /** An unmodifiable list over an array the view owns: one object, no copy, random access. */
    private static final class ArrayView<T> extends AbstractList<T> implements RandomAccess {
        private final T[] items;
        private final int from;
        private final int size;

        ArrayView(T[] items) {
            this(items, 0, items.length);
        }

        /** A view of {@code items[from]} to {@code items[to - 1]}. */
        ArrayView(T[] items, int from, int to) {
            this.items = items;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public T get(int index) {
            return items[from + Objects.checkIndex(index, size)];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
