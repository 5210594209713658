package io.github.inddragelse.model.rule;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.LegalReference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a {@link Rule} from its definition and two lambdas. See {@link Rule} for an example. Not
 * thread-safe; the rule it builds is.
 */
public final class RuleBuilder {

    private final RuleDefinition.Builder definition = RuleDefinition.builder();
    /** The message keys given to {@link #restsOn}. */
    private final Set<String> restsOnKeys = new LinkedHashSet<>();
    /** The message keys given to {@link #restsOn} more than once, which {@link #build()} refuses. */
    private final Set<String> restsOnTwice = new LinkedHashSet<>();

    private Function<CaseView, Applicability> applicability = view -> Applicability.applies();
    private Function<CaseView, Evaluation> evaluation;

    RuleBuilder(String id) {
        definition.id(id);
    }

    /**
     * Sets the version of the rule's logic (1 unless set).
     *
     * @param version the version
     * @return this
     */
    public RuleBuilder version(int version) {
        definition.version(version);
        return this;
    }

    /**
     * Sets the title.
     *
     * @param da Danish
     * @param en English
     * @return this
     */
    public RuleBuilder title(String da, String en) {
        definition.title(Text.of(da, en));
        return this;
    }

    /**
     * Sets what the rule checks.
     *
     * @param da Danish
     * @param en English
     * @return this
     */
    public RuleBuilder description(String da, String en) {
        definition.description(Text.of(da, en));
        return this;
    }

    /**
     * Sets why the rule matters.
     *
     * @param da Danish
     * @param en English
     * @return this
     */
    public RuleBuilder rationale(String da, String en) {
        definition.rationale(Text.of(da, en));
        return this;
    }

    /**
     * Sets what to do when the rule is not met.
     *
     * @param da Danish
     * @param en English
     * @return this
     */
    public RuleBuilder recommendation(String da, String en) {
        definition.recommendation(Text.of(da, en));
        return this;
    }

    /**
     * Sets what to do when a finding has a particular message key, in place of {@link
     * #recommendation(String, String)} for that key: for advice that depends on what was found.
     *
     * <pre>{@code
     * .message("no-investigation", "Der er ingen udredning.", "There is no investigation.")
     * .message("areas-missing", "Udredningen dækker ikke livsområderne.", "The investigation covers no life areas.")
     * .recommendation("Udred sagen, før der træffes afgørelse.", "Investigate before deciding.")
     * .recommendationFor("areas-missing", "Beskriv borgerens livsområder.", "Describe the citizen's life areas.")
     * }</pre>
     *
     * @param messageKey the key of one of the rule's messages
     * @param da Danish
     * @param en English
     * @return this
     */
    public RuleBuilder recommendationFor(String messageKey, String da, String en) {
        definition.putRecommendation(messageKey, Text.of(da, en));
        return this;
    }

    /**
     * Adds the dimensions the rule serves.
     *
     * @param dimensionIds element and principle ids
     * @return this
     */
    public RuleBuilder serves(String... dimensionIds) {
        definition.addDimensions(dimensionIds);
        return this;
    }

    /**
     * Adds legal or source references.
     *
     * @param references the references
     * @return this
     */
    public RuleBuilder cites(LegalReference... references) {
        definition.addLegalReferences(references);
        return this;
    }

    /**
     * Adds the yes/no facts of the case the rule reads that a source system may not record. When a
     * case declares one of them not recorded and the rule is not met or only partly met, the assessor
     * reports insufficient data instead (message key {@code fact-not-recorded}; see {@link
     * RuleDefinition#reads()}), unless {@link #restsOn(String, RecordedFact...)} says that the
     * evaluation's message key does not rest on it. Declare a fact only if its {@code true} can never
     * make the rule's outcome worse.
     *
     * <pre>{@code
     * Rule.builder("aarhus-first-meeting-at-home")
     *         // ...
     *         .reads(RecordedFact.MEETING_PLACE_CHOSEN_BY_CITIZEN)
     * }</pre>
     *
     * @param facts the facts the rule reads
     * @return this
     */
    public RuleBuilder reads(RecordedFact... facts) {
        definition.addReads(facts);
        return this;
    }

    /**
     * Declares which of the facts the rule {@link #reads reads} the outcome of evaluations with a
     * message key rests on, where that is not all of them: no facts for a key whose outcome stands
     * whatever they are. Where a case declares facts not recorded, the assessor then reports a not-met
     * or partly-met evaluation with that key as insufficient data only if it rests on one of them, and
     * names only those; otherwise the finding stands. A key not declared rests on every fact the rule
     * reads (see {@link RuleDefinition#restsOn(String)}).
     *
     * <pre>{@code
     * .reads(RecordedFact.INVESTIGATION_WISHES_IN_OWN_WORDS)
     * .message("not-own-words", "…", "…") // rests on the own-words fact: not declared
     * .message("no-wishes", "Udredningen har ingen ønsker.", "The investigation records no wishes.")
     * .restsOn("no-wishes") // no wishes at all, whether or not the own words are recorded
     * }</pre>
     *
     * <p>Leave a key undeclared when its outcome can rest on a fact in some case: undeclared errs
     * towards "cannot say". {@link #build()} refuses a key that is none of the rule's messages, a fact
     * the rule does not read, and a key declared twice.
     *
     * @param messageKey the key of one of the rule's messages
     * @param facts the facts, among those the rule reads, that its outcome rests on; none for none of
     *     them
     * @return this
     */
    public RuleBuilder restsOn(String messageKey, RecordedFact... facts) {
        if (!restsOnKeys.add(Objects.requireNonNull(messageKey, "messageKey"))) {
            restsOnTwice.add(messageKey);
        }
        Set<RecordedFact> restedOn = EnumSet.noneOf(RecordedFact.class);
        for (RecordedFact fact : Objects.requireNonNull(facts, "facts")) {
            restedOn.add(Objects.requireNonNull(fact, "facts element"));
        }
        definition.putRestsOn(messageKey, restedOn);
        return this;
    }

    /**
     * Sets the severity.
     *
     * @param severity the severity
     * @return this
     */
    public RuleBuilder severity(Severity severity) {
        definition.severity(severity);
        return this;
    }

    /**
     * Adds a message template: text with placeholders {@code {name}}, filled from the evaluation's
     * arguments, and plural selectors {@code {name, plural, =0 {…} one {…} other {…}}}, in which
     * {@code #} stands for the number (the syntax in full is on {@link RuleDefinition}). A count of
     * one then reads as well as a count of three:
     *
     * <pre>{@code
     * .message("adult-interpreters",
     *         "Der er tolket ved {count, plural, one {# hændelse} other {# hændelser}}.",
     *         "Interpreters were present at {count, plural, one {# event} other {# events}}.")
     * }</pre>
     *
     * <p>The templates are compiled by {@link #build()}, which refuses a malformed plural selector.
     *
     * @param key the key evaluations refer to
     * @param da Danish template
     * @param en English template
     * @return this
     */
    public RuleBuilder message(String key, String da, String en) {
        definition.putMessage(key, Text.of(da, en));
        return this;
    }

    /**
     * Sets the applicability condition (the rule applies to every case unless set). It becomes the
     * rule's {@link Rule#applicability} and keeps the contract stated on {@link Rule}: pure and
     * thread-safe (one shared {@code Assessor} may call it concurrently), with no clock, I/O or mutable
     * state, and a non-null result whose message key the rule defines.
     *
     * @param condition the condition
     * @return this
     */
    public RuleBuilder appliesWhen(Function<CaseView, Applicability> condition) {
        this.applicability = Objects.requireNonNull(condition, "condition");
        return this;
    }

    /**
     * Sets the evaluation. It becomes the rule's {@link Rule#evaluate} and keeps the contract stated on
     * {@link Rule}: pure and thread-safe (one shared {@code Assessor} may call it concurrently), with no
     * clock, I/O or mutable state, and a non-null result whose message key the rule defines.
     *
     * @param evaluation the evaluation, called only when the rule applies
     * @return this
     */
    public RuleBuilder evaluatedBy(Function<CaseView, Evaluation> evaluation) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws InvalidModelException if the definition is invalid, with every violation: one for every
     *     message template whose selector is malformed, and one at {@code restsOn.<key>} for every key
     *     given to {@link #restsOn} that names no message, names a fact the rule does not read, or is
     *     declared more than once
     * @throws IllegalStateException if no evaluation was set
     */
    public Rule build() {
        if (evaluation == null) {
            throw new IllegalStateException("rule needs an evaluation: call evaluatedBy(...)");
        }
        return new LambdaRule(definition(), applicability, evaluation);
    }

    /** Builds the definition, reporting a key declared twice with every other violation. */
    private RuleDefinition definition() {
        if (restsOnTwice.isEmpty()) {
            return definition.build();
        }
        List<Violation> violations = new ArrayList<>();
        try {
            definition.build();
        } catch (InvalidModelException e) {
            violations.addAll(e.violations());
        }
        for (String key : restsOnTwice) {
            violations.add(new Violation("restsOn." + key, "is declared more than once"));
        }
        throw new InvalidModelException("RuleDefinition", violations);
    }

    private static final class LambdaRule implements Rule {
        private final RuleDefinition definition;
        private final Function<CaseView, Applicability> applicability;
        private final Function<CaseView, Evaluation> evaluation;

        LambdaRule(
                RuleDefinition definition,
                Function<CaseView, Applicability> applicability,
                Function<CaseView, Evaluation> evaluation) {
            this.definition = definition;
            this.applicability = applicability;
            this.evaluation = evaluation;
        }

        @Override
        public RuleDefinition definition() {
            return definition;
        }

        @Override
        public Applicability applicability(CaseView view) {
            return applicability.apply(view);
        }

        @Override
        public Evaluation evaluate(CaseView view) {
            return evaluation.apply(view);
        }

        @Override
        public String toString() {
            return "Rule{" + definition.id() + " v" + definition.version() + "}";
        }
    }
}
