package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.rule.CaseView;
import java.util.List;
import java.util.Objects;

/**
 * When a checklist item applies, as data (so a municipality's own checklist can state it in JSON):
 * always, after an event of a kind, after an adverse decision, once a follow-up is held, once a phase
 * is reached, when the
 * citizen has a communication need, for a target group, or a combination.
 *
 * <pre>{@code
 * Condition afterRejection = Condition.hasAdverseDecision();
 * Condition interpreterMeetings = Condition.allOf(
 *         Condition.hasEvent(EventKind.MEETING),
 *         Condition.hasCommunicationNeed(CommunicationNeed.SIGN_LANGUAGE_INTERPRETER));
 * }</pre>
 */
public sealed interface Condition {

    /**
     * Whether the condition holds for a case as of the view's date.
     *
     * @param view the indexed case
     * @return true if the item applies
     */
    boolean test(CaseView view);

    /**
     * Always applies.
     *
     * @return the condition
     */
    static Condition always() {
        return Always.INSTANCE;
    }

    /**
     * Applies once an event of the kind is known.
     *
     * @param kind the event kind
     * @return the condition
     */
    static Condition hasEvent(EventKind kind) {
        return new HasEvent(kind);
    }

    /**
     * Applies once a decision that does not fully grant the request is known.
     *
     * @return the condition
     */
    static Condition hasAdverseDecision() {
        return HasAdverseDecision.INSTANCE;
    }

    /**
     * Applies once a follow-up has been held (its held date is on or before the as-of date).
     *
     * @return the condition
     */
    static Condition followUpHeld() {
        return FollowUpHeld.INSTANCE;
    }

    /**
     * Applies once an event in the phase, or a later one, is known.
     *
     * @param phase the phase
     * @return the condition
     */
    static Condition phaseReached(Phase phase) {
        return new PhaseReached(phase);
    }

    /**
     * Applies when the citizen has the communication need.
     *
     * @param need the need
     * @return the condition
     */
    static Condition hasCommunicationNeed(CommunicationNeed need) {
        return new HasCommunicationNeed(need);
    }

    /**
     * Applies when the citizen belongs to the target group.
     *
     * @param group the target group
     * @return the condition
     */
    static Condition inTargetGroup(TargetGroup group) {
        return new InTargetGroup(group);
    }

    /**
     * Applies when all the conditions do.
     *
     * @param conditions the conditions
     * @return the condition
     */
    static Condition allOf(Condition... conditions) {
        return new AllOf(List.of(conditions));
    }

    /**
     * Applies when any of the conditions does.
     *
     * @param conditions the conditions
     * @return the condition
     */
    static Condition anyOf(Condition... conditions) {
        return new AnyOf(List.of(conditions));
    }

    /**
     * Applies when the condition does not.
     *
     * @param condition the condition
     * @return the negation
     */
    static Condition not(Condition condition) {
        return new Not(condition);
    }

    /** Always applies. */
    enum Always implements Condition {
        /** The one instance. */
        INSTANCE;

        @Override
        public boolean test(CaseView view) {
            return true;
        }
    }

    /** Applies once a decision that does not fully grant the request is known. */
    enum HasAdverseDecision implements Condition {
        /** The one instance. */
        INSTANCE;

        @Override
        public boolean test(CaseView view) {
            return !view.adverseDecisions().isEmpty();
        }
    }

    /** Applies once a follow-up has been held as of the date. */
    enum FollowUpHeld implements Condition {
        /** The one instance. */
        INSTANCE;

        @Override
        public boolean test(CaseView view) {
            for (var f : view.eventsOf(io.github.inddragelse.model.caseprocess.FollowUp.class)) {
                if (view.known(f.heldOn()).isPresent()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Applies once an event of the kind is known.
     *
     * @param kind the event kind
     */
    record HasEvent(EventKind kind) implements Condition {
        /** Checks the kind is given. */
        public HasEvent {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean test(CaseView view) {
            for (var e : view.events()) {
                if (e.kind() == kind) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Applies once an event in the phase, or a later one, is known.
     *
     * @param phase the phase
     */
    record PhaseReached(Phase phase) implements Condition {
        /** Checks the phase is given. */
        public PhaseReached {
            Objects.requireNonNull(phase, "phase");
        }

        @Override
        public boolean test(CaseView view) {
            for (var e : view.events()) {
                if (e.phase().compareTo(phase) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Applies when the citizen has the communication need.
     *
     * @param need the need
     */
    record HasCommunicationNeed(CommunicationNeed need) implements Condition {
        /** Checks the need is given. */
        public HasCommunicationNeed {
            Objects.requireNonNull(need, "need");
        }

        @Override
        public boolean test(CaseView view) {
            return view.communicationNeeds().contains(need);
        }
    }

    /**
     * Applies when the citizen belongs to the target group.
     *
     * @param group the target group
     */
    record InTargetGroup(TargetGroup group) implements Condition {
        /** Checks the group is given. */
        public InTargetGroup {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public boolean test(CaseView view) {
            return view.process().targetGroups().contains(group);
        }
    }

    /**
     * Applies when all the conditions do.
     *
     * @param conditions the conditions, at least one
     */
    record AllOf(List<Condition> conditions) implements Condition {
        /** Copies the list and checks it is not empty. */
        public AllOf {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("allOf needs at least one condition");
            }
        }

        @Override
        public boolean test(CaseView view) {
            return conditions.stream().allMatch(c -> c.test(view));
        }
    }

    /**
     * Applies when any of the conditions does.
     *
     * @param conditions the conditions, at least one
     */
    record AnyOf(List<Condition> conditions) implements Condition {
        /** Copies the list and checks it is not empty. */
        public AnyOf {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("anyOf needs at least one condition");
            }
        }

        @Override
        public boolean test(CaseView view) {
            return conditions.stream().anyMatch(c -> c.test(view));
        }
    }

    /**
     * Applies when the condition does not.
     *
     * @param condition the condition negated
     */
    record Not(Condition condition) implements Condition {
        /** Checks the condition is given. */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean test(CaseView view) {
            return !condition.test(view);
        }
    }
}
