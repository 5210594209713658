package io.github.inddragelse.model.rule;

import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.internal.Checks;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Everything about a rule except its logic: a stable id and version, Danish and English title and
 * description, why it matters, the dimensions (elements and principles) it serves, the legal or
 * source references it rests on, the yes/no facts of the case it reads that a source system may not
 * record ({@link #reads()}) and which of them each message key's outcome rests on ({@link
 * #restsOn(String)}), its severity, what to do when it is not met, and the message templates its
 * evaluations refer to by key.
 *
 * <h2>Message templates</h2>
 *
 * <p>A message template is text with named placeholders, filled from {@link Evaluation#args()} by
 * {@link #render(Evaluation)}, with plural selectors in the style of ICU MessageFormat, so that a
 * count of one reads as well as a count of three, and select selectors, so that the words can follow a
 * code:
 *
 * <pre>{@code
 * Rule.builder("my-rule")
 *         .message("explained-none",
 *                 "{total, plural, one {Afgørelsen blev} other {Ingen af de # afgørelser blev}} forklaret.",
 *                 "{total, plural, one {The decision was} other {None of the # decisions was}} explained.")
 *         .message("prepared",
 *                 "Mødet{held, select, without {, der blev holdt uden borgeren,} other { med borgeren}} var forberedt.",
 *                 "The meeting{held, select, without { held without the citizen} other { with the citizen}} was prepared.")
 * // total 1: "Afgørelsen blev forklaret."  total 3: "Ingen af de 3 afgørelser blev forklaret."
 * // held "without": "Mødet, der blev holdt uden borgeren, var forberedt."  otherwise: "Mødet med borgeren var forberedt."
 * }</pre>
 *
 * <ul>
 *   <li>A placeholder {@code {name}}, where the name follows the brace directly and is an ASCII letter
 *       followed by ASCII letters and digits, is replaced by the argument of that name. Without an
 *       argument it is left as written, so that a missing argument shows.
 *   <li>A plural selector {@code {name, plural, =0 {…} one {…} other {…}}} renders one of its
 *       branches, chosen by the argument: an exact match {@code =N} ({@code N} a whole number of
 *       ASCII digits) if one equals it, wherever it stands; otherwise {@code one} when the argument is
 *       the whole number 1 (or -1) and the selector has a {@code one} branch; otherwise {@code other},
 *       which every selector must have. Danish and English use only these two categories for whole
 *       numbers, so no other keyword ({@code zero}, {@code two}, {@code few}, {@code many}) is
 *       accepted: write {@code =0} for a text of its own for none. Inside a branch, {@code #} stands
 *       for the argument exactly as given (it is not formatted), and placeholders and further plural and
 *       select selectors may appear ({@code #} then belongs to the innermost plural).
 *   <li>For a plural, an argument that is missing, or that is not a whole number (an optional {@code
 *       -} and ASCII digits; {@code 2.5} is not), selects {@code other}, and {@code #} is the argument
 *       as given or, when it is missing, the placeholder {@code {name}} as written, as for a plain
 *       placeholder.
 *   <li>A select selector {@code {name, select, value {…} other {…}}} renders the branch whose value
 *       equals the argument (exactly, case and all), or else {@code other}, which every selector must
 *       have; a value is one or more ASCII letters, digits, {@code -}, {@code _} and {@code .}, and each
 *       is given once. An argument that is missing selects {@code other}, as for a plural. A branch may
 *       hold placeholders and further plural and select selectors; a {@code #} in it is what it is
 *       around the selector: the number of the innermost enclosing plural, or text when no plural
 *       encloses it.
 *   <li>Outside a selector, any other brace is text, and so is {@code #}: {@code {1}}, {@code { date}}
 *       and a lone <code>}</code> are rendered as written. But a <code>{</code> followed by a name and a
 *       comma (spaces allowed around the name) always opens a formatted argument, which must be a
 *       well-formed plural or select selector. Inside a branch every brace belongs to the syntax.
 *       Apostrophes are ordinary text: there is no ICU quoting.
 * </ul>
 *
 * <p>Every template is compiled once, when the definition is built, so that rendering a finding's
 * message is a walk over the compiled parts. A malformed selector (no {@code other} branch, an
 * unknown plural keyword, a select value with other characters, a format other than {@code plural}
 * and {@code select}, a branch given twice, a missing brace) is an {@link
 * io.github.inddragelse.model.InvalidModelException} with one violation per malformed
 * template, at {@code messages.<key>.da} or {@code messages.<key>.en}, whose message names the rule
 * id and the language and says what is wrong and at which character (counted from 1).
 */
@Value.Immutable
public abstract class RuleDefinition {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");

    /**
     * The message templates in arrays, for a look-up by identity before the map's, each compiled in
     * both languages; made by {@link #check()} when the definition is built, or on first use if a
     * thread sees the definition before that write (a benign race: every thread makes an equal index
     * of final fields). Not an attribute: {@code equals}, {@code hashCode} and {@code toString} never
     * read it.
     */
    private MessageIndex messageIndex;

    /** The keys, templates and compiled templates of a definition's messages, in the same order. */
    private static final class MessageIndex {
        final String[] keys;
        final Text[] templates;
        final MessageTemplate[] danish;
        final MessageTemplate[] english;

        /**
         * Indexes and compiles the templates, recording a violation for every template that does not
         * compile (its compiled form then stays null).
         */
        MessageIndex(String ruleId, Map<String, Text> messages, Checks checks) {
            keys = messages.keySet().toArray(new String[0]);
            templates = new Text[keys.length];
            danish = new MessageTemplate[keys.length];
            english = new MessageTemplate[keys.length];
            for (int i = 0; i < keys.length; i++) {
                templates[i] = messages.get(keys[i]);
                danish[i] = compile(ruleId, keys[i], Language.DA, templates[i].da(), checks);
                english[i] = compile(ruleId, keys[i], Language.EN, templates[i].en(), checks);
            }
        }

        private static MessageTemplate compile(
                String ruleId, String key, Language language, String template, Checks checks) {
            try {
                return MessageTemplate.compile(template);
            } catch (IllegalArgumentException e) {
                String name = language == Language.DA ? "Danish" : "English";
                checks.add(
                        "messages." + key + "." + language.name().toLowerCase(Locale.ROOT),
                        "rule " + ruleId + ", " + name + " template: " + e.getMessage());
                return null;
            }
        }

        /** The index of a key, or -1. */
        int indexOf(String key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) {
                    // the usual case: evaluations name their keys with the same literals as the definition
                    return i;
                }
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    RuleDefinition() {}

    /**
     * The stable id, lower-case kebab-case, for example {@code fvl-19-hearing}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The version of the rule's logic; raised whenever its outcome for some case could change.
     *
     * @return the version, from 1
     */
    @Value.Default
    public int version() {
        return 1;
    }

    /**
     * A short title.
     *
     * @return the title in Danish and English
     */
    public abstract Text title();

    /**
     * What the rule checks.
     *
     * @return the description in Danish and English
     */
    public abstract Text description();

    /**
     * Why it matters: the duty or principle behind it.
     *
     * @return the rationale in Danish and English
     */
    public abstract Text rationale();

    /**
     * What to do when the rule is not (fully) met: shown with every finding that calls for action,
     * unless {@link #recommendations()} holds one for the finding's message key.
     *
     * @return the recommendation in Danish and English
     */
    public abstract Text recommendation();

    /**
     * Recommendations for particular message keys, where what to do depends on what was found (an
     * investigation that left out the life areas needs other advice than no investigation at all).
     * Each key is one of {@link #messages()}; a finding with another key gets {@link
     * #recommendation()}. Empty for most rules.
     *
     * @return the recommendations by message key
     */
    public abstract Map<String, Text> recommendations();

    /**
     * The recommendation for a finding with a message key: the one {@link #recommendations()} holds for
     * that key, otherwise {@link #recommendation()}.
     *
     * @param messageKey the key of the finding's message
     * @return the recommendation in Danish and English
     */
    public Text recommendationFor(String messageKey) {
        Text specific = recommendations().get(messageKey);
        return specific != null ? specific : recommendation();
    }

    /**
     * The ids of the dimensions (elements and principles) the rule serves.
     *
     * @return at least one dimension id
     */
    public abstract List<String> dimensions();

    /**
     * The legal or source references the rule rests on.
     *
     * @return the references, possibly empty for purely professional rules
     */
    public abstract List<LegalReference> legalReferences();

    /**
     * The yes/no facts of the case the rule reads that a source system may not record, as part of
     * what the rule rests on (like its {@link #legalReferences() references}). When a case declares
     * one of them not recorded ({@link io.github.inddragelse.model.caseprocess.CaseProcess#notRecorded()})
     * and the rule applies and is not met or only partly met, the assessor reports its finding as
     * {@link Outcome#INSUFFICIENT_DATA} with the library's message key {@code fact-not-recorded},
     * keeping the evaluation's evidence and arguments and adding the argument {@code notRecorded}
     * (the codes of those facts, comma-separated). A met rule stays met. Only the facts the
     * evaluation's message key {@link #restsOn(String) rests on} count: all of these, unless the rule
     * declares fewer for that key in {@link #restsOn()}.
     *
     * <p>Declare a fact only if setting it to {@code true} on any event can never make the rule's
     * outcome worse (not met below partly met below met): then a rule that is met never rests on a
     * fact the system leaves {@code false}. A rule that declares nothing is never changed by a
     * declaration on the case.
     *
     * @return the facts read, in declaration order of {@link io.github.inddragelse.model.caseprocess.RecordedFact};
     *     empty unless declared
     */
    public abstract Set<RecordedFact> reads();

    /**
     * The facts of {@link #reads()} that particular message keys' outcomes rest on, for the keys that
     * declare it; {@link #restsOn(String)} answers for every key. Empty for most rules.
     *
     * <p>Each key is one of {@link #messages()}, and each set is part of {@link #reads()} (possibly
     * empty), unmodifiable and in declaration order of {@link RecordedFact}, whatever set was given.
     *
     * @return the facts rested on, by message key
     */
    public abstract Map<String, Set<RecordedFact>> restsOn();

    /**
     * The facts of {@link #reads()} that the outcome of an evaluation with a message key rests on: the
     * facts that, read as {@code false} where they are in fact {@code true}, could have given that
     * evaluation. The assessor reports a not-met or partly-met evaluation as insufficient data (message
     * key {@code fact-not-recorded}) only when the case declares one of these facts not recorded, and
     * names only these.
     *
     * <p>A key the rule does not declare in {@link #restsOn()} rests on all of {@link #reads()}, which
     * errs towards "cannot say". A key whose outcome stands whatever some read facts are declares the
     * others only: {@code wishes-in-own-words} reads whether the citizen's wishes are in the citizen's
     * own words, but its finding that an investigation records no wishes at all rests on none of that,
     * and stands when the case does not record the own words:
     *
     * <pre>{@code
     * Rule.builder("wishes-in-own-words")
     *         // ...
     *         .reads(RecordedFact.INVESTIGATION_WISHES_IN_OWN_WORDS)
     *         .restsOn("no-wishes") // rests on none of the facts it reads
     * }</pre>
     *
     * @param messageKey the key of one of the rule's messages
     * @return the facts, in declaration order of {@link RecordedFact}: those declared for the key,
     *     otherwise all of {@link #reads()}
     */
    public Set<RecordedFact> restsOn(String messageKey) {
        Set<RecordedFact> declared = restsOn().get(messageKey);
        return declared != null ? declared : reads();
    }

    /**
     * How serious it is when the rule is not met.
     *
     * @return the severity
     */
    public abstract Severity severity();

    /**
     * The message templates, by key, that evaluations refer to.
     *
     * @return the templates
     */
    public abstract Map<String, Text> messages();

    /**
     * Renders the message of an evaluation in Danish and English: each template, compiled once when
     * the definition was built, filled with the evaluation's {@link Evaluation#args() arguments} as
     * described on {@link RuleDefinition}.
     *
     * @param evaluation an evaluation of this rule
     * @return the message with its placeholders filled and its plurals chosen
     * @throws RuleContractException if the definition has no message with the evaluation's key
     */
    public Text render(Evaluation evaluation) {
        MessageIndex index = index();
        int i = requireIndex(index, evaluation.messageKey());
        Map<String, String> args = evaluation.args();
        return Text.of(index.danish[i].render(args), index.english[i].render(args));
    }

    /**
     * The message template with a key, which must exist.
     *
     * @param messageKey the key of a message template
     * @return the template, as written
     * @throws RuleContractException if the definition has no message with that key: the rule broke
     *     its contract. The message names the rule and the key (the key only when it is shaped like
     *     one, so that no case data passed as a key is quoted)
     */
    public Text requireMessage(String messageKey) {
        MessageIndex index = index();
        return index.templates[requireIndex(index, messageKey)];
    }

    private MessageIndex index() {
        MessageIndex index = messageIndex;
        if (index == null) {
            Checks checks = Checks.of("RuleDefinition");
            index = new MessageIndex(id(), messages(), checks);
            checks.throwIfAny(); // never: the definition was checked when it was built
            messageIndex = index;
        }
        return index;
    }

    private int requireIndex(MessageIndex index, String messageKey) {
        int i = index.indexOf(messageKey);
        if (i < 0) {
            throw new RuleContractException(
                    id(),
                    ID.matcher(messageKey).matches()
                            ? "has no message '" + messageKey + "'"
                            : "has no message with the key given, which is not lower-case kebab-case");
        }
        return i;
    }

    /**
     * Checks every invariant, after making each set of {@link #restsOn()} a set of its own that no one
     * can change (the definition is then built again with those sets, and checked).
     *
     * @return this definition, or an equal one whose sets of facts are its own
     */
    @Value.Check
    final RuleDefinition check() {
        Map<String, Set<RecordedFact>> restsOn = restsOn();
        for (Set<RecordedFact> facts : restsOn.values()) {
            if (!(facts instanceof FactSet)) {
                Map<String, Set<RecordedFact>> own = new LinkedHashMap<>();
                restsOn.forEach((key, given) -> own.put(key, new FactSet(given)));
                return ((ImmutableRuleDefinition) this).withRestsOn(own); // check() runs on the generated value
            }
        }
        Checks c = Checks.of("RuleDefinition");
        c.require(ID.matcher(id()).matches(), "id", "must be 1-80 characters of a-z, 0-9, '.' and '-'");
        c.require(version() >= 1, "version", "must be at least 1");
        c.require(!dimensions().isEmpty(), "dimensions", "must name at least one dimension");
        c.require(!messages().isEmpty(), "messages", "must hold at least one message template");
        for (String key : messages().keySet()) {
            c.require(ID.matcher(key).matches(), "messages." + key, "key must be lower-case kebab-case");
        }
        for (String key : recommendations().keySet()) {
            c.require(messages().containsKey(key), "recommendations." + key, "names no message of the rule");
        }
        restsOn.forEach((key, facts) -> {
            c.require(messages().containsKey(key), "restsOn." + key, "names no message of the rule");
            StringJoiner unread = new StringJoiner(", ");
            for (RecordedFact fact : facts) {
                if (!reads().contains(fact)) {
                    unread.add(fact.code());
                }
            }
            c.require(
                    unread.length() == 0,
                    "restsOn." + key,
                    "names facts the rule does not read: " + unread + " (a key rests only on facts in reads)");
        });
        MessageIndex index = new MessageIndex(id(), messages(), c);
        c.throwIfAny();
        messageIndex = index;
        return this;
    }

    /**
     * A set of facts no one can change, in declaration order of {@link RecordedFact}: every set of
     * {@link #restsOn()} is one, made by {@link #check()} from the set given.
     */
    private static final class FactSet extends AbstractSet<RecordedFact> {
        private final Set<RecordedFact> facts;

        FactSet(Collection<RecordedFact> given) {
            EnumSet<RecordedFact> copy = EnumSet.noneOf(RecordedFact.class);
            copy.addAll(given);
            this.facts = Collections.unmodifiableSet(copy);
        }

        @Override
        public Iterator<RecordedFact> iterator() {
            return facts.iterator();
        }

        @Override
        public int size() {
            return facts.size();
        }

        @Override
        public boolean contains(Object o) {
            return facts.contains(o);
        }
    }

    @Override
    public String toString() {
        return "RuleDefinition{" + id() + " v" + version() + ", " + severity().code() + ", " + dimensions() + "}";
    }

    /**
     * Starts building a rule definition. Most rules are built with {@link Rule#builder(String)}
     * instead.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RuleDefinition}. */
    public static final class Builder extends ImmutableRuleDefinition.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public RuleDefinition build() {
            return io.github.inddragelse.model.internal.Checks.built("RuleDefinition", super::build);
        }
    }
}
