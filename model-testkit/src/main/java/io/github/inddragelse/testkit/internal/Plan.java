package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.testkit.Defect;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a generated case before any date or text is chosen: the phase reached, the decision's
 * outcome, and how many events of each kind. Knows the VUM 2.0 order and what each requested defect
 * needs.
 */
final class Plan {

    /** The kinds of event the generator places, in VUM 2.0 order. */
    enum Slot {
        CONTACT,
        GUIDANCE,
        EXPECTATIONS_MEETING,
        INVESTIGATION_MEETING,
        CASEWORKER_CHANGE,
        INFORMATION_GATHERING,
        INVESTIGATION,
        NETWORK_MEETING,
        GOAL,
        COORDINATION,
        DEADLINE_NOTICE,
        HEARING,
        DECISION_MEETING,
        DECISION,
        ACTION_PLAN,
        COMPLAINT,
        FOLLOW_UP,
        PROVIDER_ORDER,
        PROVIDER_COORDINATION,
        METHOD,
        PROGRESS,
        FOLLOW_UP_MEETING,
        /** A new decision that changes the help after the last held follow-up concluded it must change. */
        CHANGE_DECISION,
        /**
         * A hearing after the last held follow-up concluded a change: before the new decision (without one,
         * the decision records a hearing exemption), or awaiting a decision not yet taken. Drawn after the
         * decision, placed before it.
         */
        CHANGE_HEARING
    }

    /** A phase reached and the outcome of the decision, if one is taken. */
    record Shape(Phase phase, DecisionOutcome outcome) {
        boolean decided() {
            return outcome != null;
        }

        boolean adverse() {
            return decided() && !outcome.grantsInFull();
        }

        boolean helpGiving() {
            return decided() && outcome.givesHelp();
        }

        boolean reached(Phase p) {
            return phase.compareTo(p) >= 0;
        }
    }

    /** What the requested defects need from the case. */
    record Needs(
            Phase minPhase,
            boolean adverse,
            boolean helpGiving,
            boolean interpreter,
            boolean languageInterpreter,
            boolean caseworkerChange,
            boolean complaint,
            boolean significantReduction,
            boolean hearing,
            boolean goals,
            boolean secondHeldFollowUp,
            boolean noCitizenAtMeetings) {

        /** Whether a requested defect needs a meeting the citizen attended (so not every one declined). */
        boolean attendedMeeting() {
            return interpreter || noCitizenAtMeetings;
        }

        static Needs of(Set<Defect> defects) {
            Phase min = Phase.OPENING;
            boolean adverse = false;
            boolean help = false;
            for (Defect d : defects) {
                Phase p;
                switch (d) {
                    case NO_HEARING_BEFORE_REJECTION:
                    case NO_COMPLAINT_GUIDANCE:
                    case REASONS_MISSING:
                    case COMPLAINT_NOT_RECONSIDERED:
                        adverse = true;
                        p = Phase.DECISION;
                        break;
                    case OVERDUE_FOLLOW_UP:
                    case NO_FOLLOW_UP_PLANNED:
                    case ACTION_PLAN_NOT_OFFERED:
                        help = true;
                        p = Phase.DECISION;
                        break;
                    case HEARING_DEADLINE_NOT_AWAITED:
                    case COMPLAINT_NOT_SENT_ON:
                        adverse = true;
                        p = Phase.DECISION;
                        break;
                    case NO_INVESTIGATION_BEFORE_DECISION:
                    case LIFE_AREAS_NOT_ASSESSED:
                        p = Phase.DECISION;
                        break;
                    case DEADLINE_MISSED_WITHOUT_NOTICE:
                    case NOTICE_DATE_NOT_KEPT:
                        // judged against the decision, or against the as-of date while none is taken
                        p = Phase.OPENING;
                        break;
                    case NO_DECISION_AFTER_CHANGE:
                        help = true;
                        p = Phase.FOLLOW_UP;
                        break;
                    case GOALS_NOT_ACCEPTED:
                        p = Phase.CASE_ASSESSMENT;
                        break;
                    case PROVIDER_ORDER_WITHOUT_GOALS:
                        p = Phase.ORDER;
                        break;
                    case METHOD_NOT_NAMED:
                        p = Phase.DELIVERY;
                        break;
                    default:
                        p = Phase.INVESTIGATION;
                }
                if (p.compareTo(min) > 0) {
                    min = p;
                }
            }
            return new Needs(
                    min,
                    adverse,
                    help,
                    defects.contains(Defect.INTERPRETER_MISSING) || defects.contains(Defect.CHILD_INTERPRETER),
                    defects.contains(Defect.CHILD_INTERPRETER),
                    defects.contains(Defect.CASEWORKER_CHANGE_UNANNOUNCED),
                    defects.contains(Defect.COMPLAINT_NOT_RECONSIDERED)
                            || defects.contains(Defect.COMPLAINT_NOT_SENT_ON),
                    defects.contains(Defect.ACTION_PLAN_NOT_OFFERED),
                    defects.contains(Defect.HEARING_DEADLINE_NOT_AWAITED),
                    defects.contains(Defect.GOALS_NOT_ACCEPTED),
                    defects.contains(Defect.NO_DECISION_AFTER_CHANGE),
                    defects.contains(Defect.NO_CITIZEN_AT_MEETINGS));
        }
    }

    private static final int[] PHASE_WEIGHTS = {1, 1, 1, 2, 1, 1, 3};

    /** Slots a valid case may leave empty, though good practice has one: goals, progress measurement. */
    private static final Set<Slot> USUALLY_ONE = EnumSet.of(Slot.GOAL, Slot.PROGRESS);

    final Shape shape;
    final boolean significantReduction;
    final Map<Slot, Integer> counts = new EnumMap<>(Slot.class);

    private Plan(Shape shape, boolean significantReduction) {
        this.shape = shape;
        this.significantReduction = significantReduction;
    }

    int count(Slot slot) {
        return counts.getOrDefault(slot, 0);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The fewest and most events of each kind a shape allows. */
    static Map<Slot, int[]> ranges(Shape s, Needs n, boolean significant) {
        Map<Slot, int[]> r = new EnumMap<>(Slot.class);
        boolean inv = s.reached(Phase.INVESTIGATION);
        boolean assessed = s.reached(Phase.CASE_ASSESSMENT);
        r.put(Slot.CONTACT, new int[] {1, 1});
        r.put(Slot.GUIDANCE, new int[] {0, 1});
        r.put(Slot.EXPECTATIONS_MEETING, range(inv, 0, 1));
        r.put(Slot.INVESTIGATION_MEETING, range(inv, 1, 4));
        // a second change makes the caseworker changes frequent, which good practice avoids but no defect names
        r.put(
                Slot.CASEWORKER_CHANGE,
                inv ? new int[] {n.caseworkerChange() ? 1 : 0, 2} : required(false, n.caseworkerChange()));
        r.put(Slot.INFORMATION_GATHERING, range(inv, 0, 4));
        r.put(Slot.INVESTIGATION, range(inv, 1, 1));
        r.put(Slot.NETWORK_MEETING, range(assessed, 0, 1));
        // help may be granted with no goal recorded (only while no order to a provider needs them)
        boolean goalsOptional = s.phase() == Phase.DECISION && s.helpGiving() && !n.goals();
        r.put(Slot.GOAL, range(assessed, goalsOptional ? 0 : 1, 4));
        r.put(Slot.COORDINATION, range(assessed, 0, 3));
        r.put(Slot.DEADLINE_NOTICE, range(inv, 0, 1));
        // an adverse decision without a hearing records why none was needed (a hearing exemption)
        r.put(Slot.HEARING, range(s.adverse(), n.hearing() ? 1 : 0, 1));
        r.put(Slot.DECISION_MEETING, range(s.decided(), 0, 1));
        r.put(Slot.DECISION, range(s.decided(), 1, 1));
        r.put(Slot.ACTION_PLAN, range(s.helpGiving(), significant ? 1 : 0, 1));
        // No complaint while the order is the newest step: its late dates would make the order look
        // old enough to need a method.
        r.put(Slot.COMPLAINT, required(s.adverse() && s.phase() != Phase.ORDER, n.complaint()));
        // in the follow-up phase one or two follow-ups are held, and the next one is planned
        boolean following = s.phase() == Phase.FOLLOW_UP;
        r.put(
                Slot.FOLLOW_UP,
                range(s.helpGiving(), following ? (n.secondHeldFollowUp() ? 3 : 2) : 1, following ? 3 : 1));
        r.put(Slot.PROVIDER_ORDER, range(s.reached(Phase.ORDER), 1, 1));
        r.put(Slot.PROVIDER_COORDINATION, range(s.reached(Phase.ORDER), 0, 1));
        r.put(Slot.METHOD, range(s.reached(Phase.DELIVERY), 1, 2));
        r.put(Slot.PROGRESS, range(s.reached(Phase.FOLLOW_UP), 0, 3));
        r.put(Slot.FOLLOW_UP_MEETING, range(s.reached(Phase.FOLLOW_UP), 0, 1));
        r.put(Slot.CHANGE_DECISION, range(following && !n.secondHeldFollowUp(), 0, 1));
        r.put(Slot.CHANGE_HEARING, range(following, 0, 1));
        return r;
    }

    private static int[] range(boolean available, int lo, int hi) {
        return available ? new int[] {lo, hi} : new int[] {0, 0};
    }

    /** An optional event a requested defect may need; impossible (lo above hi) if needed but unavailable. */
    private static int[] required(boolean available, boolean needed) {
        if (!available) {
            return new int[] {needed ? 1 : 0, 0};
        }
        return new int[] {needed ? 1 : 0, 1};
    }

    private static int sum(Map<Slot, int[]> ranges, int index) {
        return ranges.values().stream().mapToInt(r -> r[index]).sum();
    }

    /**
     * Every shape the configuration allows.
     *
     * @param c the configuration
     * @return the shapes, in phase order
     */
    static List<Shape> shapes(GeneratorConfig c) {
        Needs n = Needs.of(c.defects);
        List<Shape> shapes = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (c.phase.map(p -> p != phase).orElse(false) || phase.compareTo(n.minPhase()) < 0) {
                continue;
            }
            boolean decided = phase.compareTo(Phase.DECISION) >= 0;
            if (c.withDecision.map(w -> w != decided).orElse(false)) {
                continue;
            }
            List<DecisionOutcome> outcomes = new ArrayList<>();
            if (decided) {
                for (DecisionOutcome o :
                        List.of(DecisionOutcome.GRANTED, DecisionOutcome.PARTLY_GRANTED, DecisionOutcome.REJECTED)) {
                    if (c.outcomes.contains(o)) {
                        outcomes.add(o);
                    }
                }
            } else {
                outcomes.add(null);
            }
            for (DecisionOutcome o : outcomes) {
                Shape s = new Shape(phase, o);
                if ((n.adverse() && !s.adverse())
                        || (n.helpGiving() && !s.helpGiving())
                        || (phase.compareTo(Phase.DECISION) > 0 && !s.helpGiving())) {
                    continue;
                }
                Map<Slot, int[]> r = ranges(s, n, n.significantReduction());
                if (r.values().stream().anyMatch(x -> x[0] > x[1])) {
                    continue;
                }
                if (sum(r, 0) <= c.maxEvents && sum(r, 1) >= c.minEvents) {
                    shapes.add(s);
                }
            }
        }
        return shapes;
    }

    private static int outcomeWeight(DecisionOutcome o) {
        return o == null || o == DecisionOutcome.GRANTED ? 3 : 1;
    }

    /**
     * Chooses a plan.
     *
     * @param c the configuration
     * @param shapes the allowed shapes, not empty
     * @param ch the choices
     * @return the plan
     */
    static Plan choose(GeneratorConfig c, List<Shape> shapes, Choices ch) {
        int[] weights = new int[shapes.size()];
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            weights[i] = PHASE_WEIGHTS[s.phase().ordinal()] * outcomeWeight(s.outcome());
        }
        Shape shape = ch.pickWeighted(shapes, weights);
        Needs n = Needs.of(c.defects);
        boolean significant = n.significantReduction() || ch.chance(35);
        Map<Slot, int[]> r = ranges(shape, n, significant);
        if (sum(r, 0) > c.maxEvents) {
            significant = n.significantReduction();
            r = ranges(shape, n, significant);
        }
        Plan plan = new Plan(shape, significant);
        int[] chances = {
            100, 90, 50, 40, 15, 60, 100, 35, 50, 40, 15, 92, 50, 100, 50, 30, 30, 100, 40, 25, 30, 50, 30, 0
        };
        for (Slot slot : Slot.values()) {
            int[] range = r.get(slot);
            int count = range[0];
            if (count == 0 && range[1] > 0 && USUALLY_ONE.contains(slot) && (ch.ok() || !ch.chance(50))) {
                // optional in a valid case, but good practice: one is the rule, none the variation
                count = 1;
            }
            // a new decision is usually heard; a hearing with no decision yet is the rarer case
            int chance = slot == Slot.CHANGE_HEARING
                    ? (plan.count(Slot.CHANGE_DECISION) > 0 ? 75 : 15)
                    : chances[slot.ordinal()];
            while (count < range[1] && ch.chance(chance)) {
                count++;
            }
            plan.counts.put(slot, count);
        }
        plan.fit(r, c.minEvents, c.maxEvents, ch);
        return plan;
    }

    private void fit(Map<Slot, int[]> r, int min, int max, Choices ch) {
        while (total() < min) {
            List<Slot> growable = new ArrayList<>();
            r.forEach((slot, range) -> {
                if (count(slot) < range[1]) {
                    growable.add(slot);
                }
            });
            Slot slot = ch.pick(growable);
            counts.put(slot, count(slot) + 1);
        }
        while (total() > max) {
            List<Slot> shrinkable = new ArrayList<>();
            r.forEach((slot, range) -> {
                if (count(slot) > range[0]) {
                    shrinkable.add(slot);
                }
            });
            Slot slot = ch.pick(shrinkable);
            counts.put(slot, count(slot) - 1);
        }
    }
}
