package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message of every standard rule, rendered with each of its numeric arguments set to 1, 2 and
 * 3, and each argument a select selector chooses by (such as the meeting rules' {@value
 * Facts#MEETINGS_JUDGED_ARG}) set to each of its values, in every combination, reads as Danish and
 * English should: no selector syntax left over, no plural noun after a count of one, and no "alle 2" or
 * "none of the 2" where the languages say "begge", "both", "ingen af de to" and "neither".
 */
class RuleMessagePluralsTest {

    /**
     * Phrases, in lower case, the texts had when they were written for a count of three: wrong with one
     * (a plural noun) or with two ("begge" and "both", "ingen af de to" and "neither" say it).
     */
    private static final List<String> FORBIDDEN = List.of(
            "alle 1 ",
            "all 1 ",
            "of the 1 ",
            "af de 1 ",
            "sagens 1 ",
            "case's 1 ",
            " 1 decisions",
            " 1 events",
            " 1 meetings",
            " 1 afgørelser",
            " 1 hændelser",
            " 1 møder",
            "alle 2 ",
            "all 2 ",
            "none of the 2 ",
            "ingen af de 2 ");

    /** A count of one before a plural noun, in either language. */
    private static final Pattern ONE_BEFORE_A_PLURAL = Pattern.compile("(?<![\\d.,-])1 (decisions|events|meetings"
            + "|investigations|complaints|goals|follow-ups|coordinations|orders|contacts|items|elements|life areas"
            + "|days|times|changes|weeks|months|afgørelser|hændelser|møder|udredninger|klager|opfølgninger"
            + "|koordineringer|bestillinger|henvendelser|oplysninger|elementer|livsområder|dage|gange|uger"
            + "|måneder)\\b");

    /** In English, one of several takes a singular verb: "1 of 3 decisions was", not "were". */
    private static final Pattern ONE_OF_SEVERAL_WITH_A_PLURAL_VERB =
            Pattern.compile("(?<![\\d.,-])1 of \\d+ [a-z' -]*? (were|are|have|do)\\b");

    /** The values a count takes. */
    private static final List<String> COUNTS = List.of("1", "2", "3");

    /** The arguments the standard messages choose words by with a select selector, and their values. */
    private static final Map<String, List<String>> SELECTED = Map.of(
            Facts.MEETINGS_JUDGED_ARG,
            List.of(Facts.WITH_CITIZEN, Facts.WITHOUT_CITIZEN),
            LegalDutyRules.RECONSIDERATION_ARG,
            Arrays.stream(ReconsiderationOutcome.values())
                    .map(ReconsiderationOutcome::code)
                    .toList(),
            TrustRules.EXPECTATIONS_BY_ARG,
            List.of(TrustRules.BY_MEETING, TrustRules.BY_GUIDANCE),
            InvolvementRules.PREPARATION_ARG,
            List.of(
                    InvolvementRules.PREPARED_BOTH,
                    InvolvementRules.PREPARED_WITH_CITIZEN,
                    InvolvementRules.AGENDA_AHEAD,
                    InvolvementRules.PREPARED_EITHER));

    /** The name of the argument of a select selector in a template. */
    private static final Pattern SELECT = Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*select\\s*,");

    @Test
    void every_message_of_every_standard_rule_reads_correctly_with_its_counts_at_one_two_and_three() {
        int rendered = 0;
        int judgingMeetings = 0;
        Set<String> selectedBy = new TreeSet<>();
        for (RuleCase c : StandardRulesTest.allCases()) {
            Evaluation example = c.run();
            List<String> varied = new ArrayList<>();
            List<List<String>> values = new ArrayList<>();
            for (Map.Entry<String, String> arg : example.args().entrySet()) {
                if (arg.getValue().matches("\\d+")) {
                    varied.add(arg.getKey());
                    values.add(COUNTS);
                } else if (SELECTED.containsKey(arg.getKey())) {
                    varied.add(arg.getKey());
                    values.add(SELECTED.get(arg.getKey()));
                    selectedBy.add(arg.getKey());
                    judgingMeetings += arg.getKey().equals(Facts.MEETINGS_JUDGED_ARG) ? 1 : 0;
                }
            }
            RuleDefinition definition = c.rule().definition();
            int combinations = 1;
            for (List<String> v : values) {
                combinations *= v.size();
            }
            for (int combination = 0; combination < combinations; combination++) {
                Evaluation e = example;
                int rest = combination;
                for (int i = 0; i < varied.size(); i++) {
                    List<String> v = values.get(i);
                    e = e.withArg(varied.get(i), v.get(rest % v.size()));
                    rest /= v.size();
                }
                Text text = definition.render(e);
                check(text.da(), c + " (da) " + e.args());
                check(text.en(), c + " (en) " + e.args());
                assertThat(ONE_OF_SEVERAL_WITH_A_PLURAL_VERB.matcher(text.en()).find())
                        .as("%s (en) %s: %s", c, e.args(), text.en())
                        .isFalse();
                rendered++;
            }
        }
        assertThat(rendered).isGreaterThan(1000);
        assertThat(judgingMeetings).isGreaterThan(20);
        assertThat(selectedBy).containsExactlyInAnyOrderElementsOf(SELECTED.keySet());
    }

    @Test
    void every_argument_a_standard_message_selects_by_is_varied_by_the_check_above() {
        Set<String> used = new TreeSet<>();
        for (Rule rule : StandardRules.all()) {
            for (Text template : rule.definition().messages().values()) {
                for (String text : List.of(template.da(), template.en())) {
                    Matcher m = SELECT.matcher(text);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(SELECTED.keySet());
    }

    private static void check(String text, String what) {
        assertThat(text).as(what).doesNotContain(", plural,", ", select,", "#", "{", "}");
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : FORBIDDEN) {
            assertThat(lower).as("%s: %s", what, text).doesNotContain(phrase);
        }
        assertThat(ONE_BEFORE_A_PLURAL.matcher(text).find())
                .as("%s: %s", what, text)
                .isFalse();
    }

    @Test
    void the_checks_catch_the_texts_written_for_plural_counts_only() {
        assertThat(ONE_BEFORE_A_PLURAL.matcher("Der er tolket ved 1 hændelser.").find())
                .isTrue();
        assertThat(ONE_BEFORE_A_PLURAL
                        .matcher("ved 21 hændelser og 1 af 3 møder")
                        .find())
                .isFalse();
        assertThat(ONE_OF_SEVERAL_WITH_A_PLURAL_VERB
                        .matcher("1 of 3 decisions not fully granting the request were not explained")
                        .find())
                .isTrue();
        assertThat(ONE_OF_SEVERAL_WITH_A_PLURAL_VERB
                        .matcher("1 of 3 meetings with the citizen was not adapted to the citizen's needs")
                        .find())
                .isFalse();
    }

    @Test
    void the_checks_catch_the_texts_written_for_three_that_read_oddly_with_two() {
        for (String text : List.of(
                "Borgeren deltog i alle 2 møder og udredninger.",
                "All 2 decisions rest on an earlier investigation with assessed life areas.",
                "None of the 2 goals is measurable.",
                "Ingen af de 2 mål er målbare.")) {
            String lower = text.toLowerCase(Locale.ROOT);
            assertThat(FORBIDDEN).as(text).anySatisfy(phrase -> assertThat(lower)
                    .contains(phrase));
        }
    }
}
