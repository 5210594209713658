package io.github.inddragelse.model.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Copies the collections and checks that nothing is missing. */
    public Evaluation {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(messageKey, "messageKey");
        args = Map.copyOf(args);
        evidence = List.copyOf(evidence);
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
        List<String> all = new ArrayList<>(evidence);
        for (String id : eventIds) {
            if (!all.contains(id)) {
                all.add(id);
            }
        }
        return new Evaluation(outcome, messageKey, args, all);
    }

    /**
     * The same evaluation with one more message argument.
     *
     * @param name the placeholder name, used as {@code {name}} in templates
     * @param value the value; its {@code toString()} is used, so pass ids, codes, dates or numbers
     * @return a new evaluation
     */
    public Evaluation withArg(String name, Object value) {
        Map<String, String> all = new LinkedHashMap<>(args);
        all.put(name, String.valueOf(value));
        return new Evaluation(outcome, messageKey, all, evidence);
    }
}
