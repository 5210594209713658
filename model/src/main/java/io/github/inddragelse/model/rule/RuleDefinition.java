package io.github.inddragelse.model.rule;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Everything about a rule except its logic: a stable id and version, Danish and English title and
 * description, why it matters, the dimensions (elements and principles) it serves, the legal or
 * source references it rests on, its severity, what to do when it is not met, and the message
 * templates its evaluations refer to by key.
 *
 * <p>Message templates use named placeholders, {@code {decision}}, filled from {@link
 * Evaluation#args()}.
 */
@Value.Immutable
public abstract class RuleDefinition {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");

    /**
     * The message templates in arrays, for a look-up by identity before the map's; made on first use
     * (a benign race: every thread makes an equal index of final fields).
     */
    private MessageIndex messageIndex;

    /** The keys and templates of a definition's messages, in the same order. */
    private static final class MessageIndex {
        final String[] keys;
        final Text[] templates;

        MessageIndex(Map<String, Text> messages) {
            keys = messages.keySet().toArray(new String[0]);
            templates = new Text[keys.length];
            for (int i = 0; i < keys.length; i++) {
                templates[i] = messages.get(keys[i]);
            }
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
     * What to do when the rule is not (fully) met.
     *
     * @return the recommendation in Danish and English
     */
    public abstract Text recommendation();

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
     * Renders the message of an evaluation in Danish and English.
     *
     * @param evaluation an evaluation of this rule
     * @return the message with its placeholders filled
     * @throws IllegalArgumentException if the definition has no message with the evaluation's key
     */
    public Text render(Evaluation evaluation) {
        Text template = requireMessage(evaluation.messageKey());
        return Text.of(fill(template.da(), evaluation.args()), fill(template.en(), evaluation.args()));
    }

    /**
     * The message template with a key, which must exist.
     *
     * @param messageKey the key of a message template
     * @return the template
     * @throws IllegalArgumentException if the definition has no message with that key
     */
    public Text requireMessage(String messageKey) {
        MessageIndex index = messageIndex;
        if (index == null) {
            index = new MessageIndex(messages());
            messageIndex = index;
        }
        String[] keys = index.keys;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == messageKey) {
                // the usual case: evaluations name their keys with the same literals as the definition
                return index.templates[i];
            }
        }
        Text template = messages().get(messageKey);
        if (template == null) {
            throw new IllegalArgumentException("rule " + id() + " has no message '" + messageKey + "'");
        }
        return template;
    }

    /**
     * Replaces every placeholder {@code {name}}, where the name is an ASCII letter followed by ASCII
     * letters and digits, by its argument; a placeholder without an argument, and any other brace, is
     * left as it is. A hand-written scan: this runs for every finding in both languages.
     */
    static String fill(String template, Map<String, String> args) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = template.length();
        while (open >= 0) {
            int end = placeholderEnd(template, open, n);
            if (end < 0) {
                open = template.indexOf('{', open + 1);
                continue;
            }
            String value = args.get(template.substring(open + 1, end));
            if (value != null) {
                if (out == null) {
                    out = new StringBuilder(n + 32);
                }
                out.append(template, copied, open).append(value);
                copied = end + 1;
            }
            open = template.indexOf('{', end + 1);
        }
        if (out == null) {
            return template;
        }
        return out.append(template, copied, n).toString();
    }

    /** The index of the '}' closing a placeholder that starts at {@code open}, or -1. */
    private static int placeholderEnd(String template, int open, int n) {
        int i = open + 1;
        if (i >= n || !isAsciiLetter(template.charAt(i))) {
            return -1;
        }
        i++;
        while (i < n) {
            char c = template.charAt(i);
            if (c == '}') {
                return i;
            }
            if (!isAsciiLetter(c) && (c < '0' || c > '9')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Value.Check
    final void check() {
        Checks c = Checks.of("RuleDefinition");
        c.require(ID.matcher(id()).matches(), "id", "must be 1-80 characters of a-z, 0-9, '.' and '-'");
        c.require(version() >= 1, "version", "must be at least 1");
        c.require(!dimensions().isEmpty(), "dimensions", "must name at least one dimension");
        c.require(!messages().isEmpty(), "messages", "must hold at least one message template");
        for (String key : messages().keySet()) {
            c.require(ID.matcher(key).matches(), "messages." + key, "key must be lower-case kebab-case");
        }
        c.throwIfAny();
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
