package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleDefinition;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.standard.StandardRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Message templates with plural selectors: every message of every standard rule renders, whatever
 * counts from 0 to 1000 its arguments hold, without an exception and without template syntax left
 * over, and so does every finding of a generated case; a well-formed plural renders without its
 * syntax for any count; and a damaged one either still builds and renders or is refused with an
 * {@link InvalidModelException} naming the rule.
 */
class MessagePluralProperties {

    /** A name right after a brace: every placeholder and plural selector of a template. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([a-zA-Z][a-zA-Z0-9]*)");

    /** One message of one rule, with the names of its arguments. */
    record Message(RuleDefinition definition, String key, List<String> names) {
        @Override
        public String toString() {
            return definition.id() + "/" + key + " " + names;
        }
    }

    @Provide
    Arbitrary<Message> standardMessages() {
        List<Message> messages = new ArrayList<>();
        for (Rule rule : StandardRules.all()) {
            rule.definition().messages().forEach((key, text) -> {
                Set<String> names = new LinkedHashSet<>();
                Matcher m = ARGUMENT.matcher(text.da() + text.en());
                while (m.find()) {
                    names.add(m.group(1));
                }
                messages.add(new Message(rule.definition(), key, List.copyOf(names)));
            });
        }
        return Arbitraries.of(messages);
    }

    @Property(tries = 2000)
    void every_standard_message_renders_for_any_counts_without_plural_syntax_left_over(
            @ForAll("standardMessages") Message message, @ForAll @Size(4) List<@IntRange(max = 1000) Integer> counts) {
        Evaluation.Builder e = Evaluation.builder(Outcome.MET, message.key());
        for (int i = 0; i < message.names().size(); i++) {
            e.arg(message.names().get(i), counts.get(i % counts.size()));
        }
        Text text = message.definition().render(e.build());
        for (String rendered : List.of(text.da(), text.en())) {
            assertThat(rendered).doesNotContain("plural", "#", "{", "}").isNotBlank();
        }
    }

    @Property(tries = 300)
    void no_finding_of_a_generated_case_leaves_template_syntax_in_its_explanation(@ForAll CaseUnderTest c) {
        for (Finding f : Assessor.standard().assess(c.process(), c.asOf()).findings()) {
            String both = f.explanation().da() + "\n" + f.explanation().en();
            assertThat(both).as(f.ruleId()).doesNotContain("plural", "#", "{", "}");
        }
    }

    /** Text, placeholders and number signs a branch may hold. */
    private static Arbitrary<String> branchText() {
        return Arbitraries.of("dag", "dage", " ", "#", "{m}", "'", "{n}")
                .list()
                .ofMaxSize(4)
                .map(parts -> String.join("", parts));
    }

    /** A well-formed plural of {@code n}: optional exact matches and {@code one}, then {@code other}. */
    private static Arbitrary<String> plural() {
        Arbitrary<String> exact = Arbitraries.of("=0", "=1", "=2")
                .flatMap(selector -> branchText().map(text -> selector + " {" + text + "} "));
        Arbitrary<String> one =
                Arbitraries.oneOf(Arbitraries.just(""), branchText().map(text -> "one {" + text + "} "));
        return exact.list()
                .ofMaxSize(2)
                .uniqueElements(e -> e.substring(0, 2))
                .flatMap(exacts -> one.flatMap(o -> branchText()
                        .map(other -> "{n, plural, " + String.join("", exacts) + o + "other {" + other + "}}")));
    }

    /** A template around a well-formed plural. */
    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> before =
                Arbitraries.of("Der er ", "{m} ", "'", "").list().ofMaxSize(3).map(parts -> String.join("", parts));
        return plural().flatMap(p -> before.map(b -> b + p + " {x}"));
    }

    /** A template around a plural that may be damaged: a character left out, or a token put in. */
    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "#", ",", "few {x} ", "{n, select, ", "one ", "=x ", " ");
        return wellFormed().flatMap(p -> Arbitraries.integers()
                .between(0, p.length() - 1)
                .flatMap(at -> Arbitraries.oneOf(
                        Arbitraries.just(p.substring(0, at) + p.substring(at + 1)),
                        token.map(t -> p.substring(0, at) + t + p.substring(at)))));
    }

    @Property(tries = 1000)
    void a_well_formed_plural_builds_and_renders_for_any_count_without_its_syntax(
            @ForAll("wellFormed") String template, @ForAll @IntRange(max = 1000) int n) {
        Text text = build(template).render(Evaluation.met("k").withArg("n", n));
        assertThat(text.da()).startsWith("da: ").doesNotContain("plural", "#", "=0", "=1", "=2", "other");
        assertThat(text.en()).isEqualTo("en: " + text.da().substring("da: ".length()));
    }

    @Property(tries = 3000)
    void a_damaged_plural_either_builds_and_renders_for_any_count_or_is_refused_as_an_invalid_model(
            @ForAll("damaged") String template, @ForAll @IntRange(max = 5) int n) {
        RuleDefinition definition;
        try {
            definition = build(template);
        } catch (InvalidModelException e) {
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.message())
                    .startsWith("rule generated-template, "));
            Statistics.label("template").collect("refused");
            checkBothKindsOccur();
            return;
        }
        Text text = definition.render(Evaluation.met("k").withArg("n", n));
        assertThat(text.en()).isEqualTo("en: " + text.da().substring("da: ".length()));
        Statistics.label("template").collect("built");
        checkBothKindsOccur();
    }

    private static RuleDefinition build(String template) {
        return Rule.builder("generated-template")
                .title("Titel", "Title")
                .description("Beskrivelse", "Description")
                .rationale("Begrundelse", "Rationale")
                .recommendation("Anbefaling", "Recommendation")
                .serves("trust")
                .severity(Severity.ADVISORY)
                .message("k", "da: " + template, "en: " + template)
                .evaluatedBy(view -> Evaluation.met("k"))
                .build()
                .definition();
    }

    private static void checkBothKindsOccur() {
        Statistics.label("template").coverage(c -> {
            c.check("built").percentage(p -> p > 20);
            c.check("refused").percentage(p -> p > 20);
        });
    }
}
