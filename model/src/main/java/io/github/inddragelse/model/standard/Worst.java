package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;

/**
 * Combines one verdict per event (one per decision, say) into the worst: not met, then partly met,
 * then insufficient data, then met, then not applicable. When every item is met the result is a met
 * evaluation with the all-met message; otherwise it is the first of the worst items, with its message
 * and arguments. Either way the evidence is that of every item with the resulting outcome, in order,
 * and the argument {@code count} says how many there are. With no items at all, the result is not
 * applicable with the empty message.
 *
 * <p>Each item is reported with its outcome first, so that only what can still reach the result is
 * recorded: no evaluation is built per item.
 *
 * <pre>{@code
 * Worst worst = new Worst("complaint-guidance-given", Facts.NO_ADVERSE_DECISION);
 * for (Decision d : view.adverseDecisions()) {
 *     if (d.complaintGuidance()) {
 *         worst.item(Outcome.MET, "complaint-guidance-given").evidence(d.id());
 *     } else {
 *         worst.item(Outcome.NOT_MET, "no-complaint-guidance").decision(d);
 *     }
 * }
 * return worst.result();
 * }</pre>
 *
 * <p>Not thread-safe: make one per evaluation.
 */
final class Worst {

    private final String allMetKey;
    private final String emptyKey;
    private final Item item = new Item();
    /** The worst outcome so far; null before the first item. */
    private Outcome outcome;
    /** The result so far: the first item with the worst outcome, plus the evidence of the others. */
    private Evaluation.Builder result;
    /** How many items have the worst outcome. */
    private int count;

    /**
     * Starts with no items.
     *
     * @param allMetKey message key when all items are met
     * @param emptyKey message key (not applicable) when there are no items
     */
    Worst(String allMetKey, String emptyKey) {
        this.allMetKey = allMetKey;
        this.emptyKey = emptyKey;
    }

    /**
     * Adds one item with its outcome and message key; describe it on the returned item. What cannot
     * reach the result is left out: the arguments of all but the first item with the worst outcome,
     * and everything of items with a better outcome.
     *
     * @param itemOutcome the item's outcome
     * @param messageKey the item's message key
     * @return the item, to add its evidence and arguments to (valid until the next call)
     */
    Item item(Outcome itemOutcome, String messageKey) {
        if (outcome == null || rank(itemOutcome) > rank(outcome)) {
            outcome = itemOutcome;
            count = 1;
            boolean allMet = itemOutcome == Outcome.MET;
            result = Evaluation.builder(itemOutcome, allMet ? allMetKey : messageKey);
            item.target = result;
            item.withArgs = !allMet;
        } else if (itemOutcome == outcome) {
            count++;
            item.target = result;
            item.withArgs = false;
        } else {
            item.target = null;
        }
        return item;
    }

    /**
     * The combined evaluation.
     *
     * @return the evaluation
     */
    Evaluation result() {
        if (outcome == null) {
            return Evaluation.notApplicable(emptyKey);
        }
        return result.arg("count", count).build();
    }

    /** Not met is worst, then partly met, insufficient data, met, and not applicable. */
    private static int rank(Outcome outcome) {
        if (outcome == Outcome.NOT_MET) {
            return 4;
        } else if (outcome == Outcome.PARTLY_MET) {
            return 3;
        } else if (outcome == Outcome.INSUFFICIENT_DATA) {
            return 2;
        } else if (outcome == Outcome.MET) {
            return 1;
        }
        return 0;
    }

    /** One item being described; what cannot reach the result is dropped. */
    static final class Item {
        private Evaluation.Builder target;
        private boolean withArgs;

        private Item() {}

        /**
         * Adds an evidence id.
         *
         * @param eventId the id of an event the item rests on
         * @return this
         */
        Item evidence(String eventId) {
            if (target != null) {
                target.evidence(eventId);
            }
            return this;
        }

        /**
         * Adds a message argument.
         *
         * @param name the placeholder name
         * @param value the value
         * @return this
         */
        Item arg(String name, Object value) {
            if (withArgs && target != null) {
                target.arg(name, value);
            }
            return this;
        }

        /**
         * Adds a decision: its id as evidence, its id and date as the arguments {@code decision} and
         * {@code date}.
         *
         * @param d the decision
         * @return this
         */
        Item decision(Decision d) {
            return evidence(d.id()).arg("decision", d.id()).arg("date", d.date());
        }
    }
}
