package io.github.inddragelse.model.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TemplateFillTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final Map<String, String> ARGS = Map.of("a", "A$1\\", "b1", "{a}", "date", "2026-11-22");

    private static String regexFill(String template, Map<String, String> args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Compiles and renders a template, as a rule definition does for its messages. */
    private static String fill(String template, Map<String, String> args) {
        return MessageTemplate.compile(template).render(args);
    }

    @Test
    void the_compiled_template_agrees_with_the_regular_expression() {
        String[] tokens = {"{a}", "{b1}", "{date}", "{x}", "{", "}", "a", "b1", "1", "d", " ", "æ", "$", "\\"};
        Random random = new Random(20261122);
        int filled = 0;
        for (int s = 0; s < 5000; s++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                b.append(tokens[random.nextInt(tokens.length)]);
            }
            String template = b.toString();
            String expected = regexFill(template, ARGS);
            assertThat(fill(template, ARGS)).as(template).isEqualTo(expected);
            filled += expected.equals(template) ? 0 : 1;
        }
        assertThat(filled).isGreaterThan(100);
    }

    @Test
    void placeholders_are_filled_and_unknown_ones_are_kept() {
        assertThat(fill("{{a}} {x} {b1}{ date} {date}", ARGS)).isEqualTo("{A$1\\} {x} {a}{ date} 2026-11-22");
    }

    @Test
    void arguments_keep_their_insertion_order_and_a_repeated_name_keeps_its_place() {
        Evaluation e = Evaluation.met("k")
                .withArg("zeta", 1)
                .withArg("alpha", 2)
                .withArg("mid", 3)
                .withArg("zeta", 4)
                .withEvidence("e2", "e1")
                .withEvidence("e1", "e3");
        assertThat(e.args().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(e.args()).containsEntry("zeta", "4").isEqualTo(Map.of("zeta", "4", "alpha", "2", "mid", "3"));
        assertThat(e.evidence()).containsExactly("e2", "e1", "e3");
    }

    @Test
    void long_evidence_is_deduplicated_in_order() {
        Evaluation e = Evaluation.met("k");
        for (int i = 0; i < 50; i++) {
            e = e.withEvidence(java.util.List.of("e" + (i % 20), "e" + i));
        }
        assertThat(e.evidence()).hasSize(50).doesNotHaveDuplicates().startsWith("e0", "e1", "e2");
        assertThat(e).isEqualTo(new Evaluation(Outcome.MET, "k", Map.of(), e.evidence()));
    }

    @Test
    void date_and_number_arguments_read_as_their_text_and_compare_equal_to_text_arguments() {
        Evaluation lazy = Evaluation.notMet("k")
                .withArg("date", java.time.LocalDate.of(2026, 11, 22))
                .withArg("count", 3L)
                .withArg("flag", true)
                .withArg("code", new StringBuilder("x1"));
        Evaluation text = new Evaluation(
                Outcome.NOT_MET,
                "k",
                new java.util.LinkedHashMap<>(Map.of("date", "2026-11-22", "count", "3", "flag", "true", "code", "x1")),
                java.util.List.of());
        assertThat(lazy).isEqualTo(text).hasSameHashCodeAs(text);
        assertThat(lazy.args().get("date")).isEqualTo("2026-11-22");
        assertThat(lazy.args().keySet()).containsExactly("date", "count", "flag", "code");
        assertThat(fill("{date}/{count}/{flag}/{code}", lazy.args())).isEqualTo("2026-11-22/3/true/x1");
    }
}
