package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message of every standard rule, rendered with each of its numeric arguments set to 1 and to
 * 3, and the meeting rules' {@value Facts#MEETINGS_JUDGED_ARG} set to each of its two values, in every
 * combination, reads as Danish and English should: no selector syntax left over, and no plural noun
 * after a count of one.
 */
class RuleMessagePluralsTest {

    /** Phrases the texts had when they were written for plural counts only. */
    private static final List<String> FORBIDDEN = List.of(
            "Alle 1 ",
            "alle 1 ",
            "All 1 ",
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
            " 1 møder");

    /** A count of one before a plural noun, in either language. */
    private static final Pattern ONE_BEFORE_A_PLURAL = Pattern.compile("(?<![\\d.,-])1 (decisions|events|meetings"
            + "|investigations|complaints|goals|follow-ups|coordinations|orders|contacts|items|elements|life areas"
            + "|days|times|changes|weeks|months|afgørelser|hændelser|møder|udredninger|klager|opfølgninger"
            + "|koordineringer|bestillinger|henvendelser|oplysninger|elementer|livsområder|dage|gange|uger"
            + "|måneder)\\b");

    /** In English, one of several takes a singular verb: "1 of 3 decisions was", not "were". */
    private static final Pattern ONE_OF_SEVERAL_WITH_A_PLURAL_VERB =
            Pattern.compile("(?<![\\d.,-])1 of \\d+ [a-z' -]*? (were|are|have|do)\\b");

    /** The two values a count takes. */
    private static final List<String> COUNTS = List.of("1", "3");

    /** The two values of the argument that says which meetings a meeting rule judged. */
    private static final List<String> MEETINGS_JUDGED = List.of(Facts.WITH_CITIZEN, Facts.WITHOUT_CITIZEN);

    @Test
    void every_message_of_every_standard_rule_reads_correctly_with_its_counts_at_one_and_at_three() {
        int rendered = 0;
        int judgingMeetings = 0;
        for (RuleCase c : StandardRulesTest.allCases()) {
            Evaluation example = c.run();
            List<String> varied = new ArrayList<>();
            List<List<String>> values = new ArrayList<>();
            for (Map.Entry<String, String> arg : example.args().entrySet()) {
                if (arg.getValue().matches("\\d+")) {
                    varied.add(arg.getKey());
                    values.add(COUNTS);
                } else if (arg.getKey().equals(Facts.MEETINGS_JUDGED_ARG)) {
                    varied.add(arg.getKey());
                    values.add(MEETINGS_JUDGED);
                    judgingMeetings++;
                }
            }
            RuleDefinition definition = c.rule().definition();
            for (int combination = 0; combination < 1 << varied.size(); combination++) {
                Evaluation e = example;
                for (int i = 0; i < varied.size(); i++) {
                    e = e.withArg(varied.get(i), values.get(i).get(combination >> i & 1));
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
        assertThat(rendered).isGreaterThan(400);
        assertThat(judgingMeetings).isGreaterThan(20);
    }

    private static void check(String text, String what) {
        assertThat(text).as(what).doesNotContain(", plural,", ", select,", "#", "{", "}");
        for (String phrase : FORBIDDEN) {
            assertThat(text).as(what).doesNotContain(phrase);
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
}
