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
import java.util.Optional;
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
 * Message templates with plural and select selectors: every message of every standard rule renders,
 * whatever counts from 0 to 1000 its arguments hold and whichever value its selects are given, without
 * an exception and without template syntax left over, and so does every finding of a generated case; a
 * well-formed plural or select renders without its syntax for any count and value; and a damaged one
 * either still builds and renders or is refused with an {@link InvalidModelException} naming the rule.
 */
class MessagePluralProperties {

    /** A name right after a brace: every placeholder and selector of a template. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([a-zA-Z][a-zA-Z0-9]*)");

    /** The name of a select selector. */
    private static final Pattern SELECT = Pattern.compile("\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*,\\s*select\\s*,");

    /** A word before a brace: among them every value of the template's selects. */
    private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9._-]+)\\s*\\{");

    /**
     * One message of one rule, with the names of its arguments that are counts, those of its selects,
     * and the words a select of it may choose by (its values, and others).
     */
    record Message(
            RuleDefinition definition, String key, List<String> names, List<String> selects, List<String> values) {
        @Override
        public String toString() {
            return definition.id() + "/" + key + " " + names + " " + selects;
        }
    }

    @Provide
    Arbitrary<Message> standardMessages() {
        List<Message> messages = new ArrayList<>();
        for (Rule rule : StandardRules.all()) {
            rule.definition().messages().forEach((key, text) -> {
                String both = text.da() + text.en();
                Set<String> selects = matches(SELECT, both);
                Set<String> names = matches(ARGUMENT, both);
                names.removeAll(selects);
                messages.add(new Message(
                        rule.definition(),
                        key,
                        List.copyOf(names),
                        List.copyOf(selects),
                        List.copyOf(matches(VALUE, both))));
            });
        }
        return Arbitraries.of(messages);
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Property(tries = 2000)
    void every_standard_message_renders_for_any_counts_and_values_without_selector_syntax_left_over(
            @ForAll("standardMessages") Message message,
            @ForAll @Size(4) List<@IntRange(max = 1000) Integer> counts,
            @ForAll @IntRange(max = 99) int value) {
        Evaluation.Builder e = Evaluation.builder(Outcome.MET, message.key());
        for (int i = 0; i < message.names().size(); i++) {
            e.arg(message.names().get(i), counts.get(i % counts.size()));
        }
        for (int i = 0; i < message.selects().size(); i++) {
            e.arg(
                    message.selects().get(i),
                    message.values().get((value + i) % message.values().size()));
        }
        Text text = message.definition().render(e.build());
        for (String rendered : List.of(text.da(), text.en())) {
            assertThat(rendered)
                    .doesNotContain("plural", "select", "#", "{", "}")
                    .isNotBlank();
        }
        Statistics.label("selects").collect(!message.selects().isEmpty());
        Statistics.label("selects").coverage(c -> c.check(true).count(k -> k > 0));
    }

    @Property(tries = 300)
    void no_finding_of_a_generated_case_leaves_template_syntax_in_its_explanation(@ForAll CaseUnderTest c) {
        for (Finding f : Assessor.standard().assess(c.process(), c.asOf()).findings()) {
            String both = f.explanation().da() + "\n" + f.explanation().en();
            assertThat(both).as(f.ruleId()).doesNotContain("plural", "select", "#", "{", "}");
        }
    }

    /**
     * Text and placeholders a branch may hold, and number signs when a plural encloses it (outside a
     * plural a {@code #} is text).
     */
    private static Arbitrary<String> branchText(boolean inPlural) {
        List<String> parts = new ArrayList<>(List.of("dag", "dage", " ", "{m}", "'", "{n}"));
        if (inPlural) {
            parts.add("#");
        }
        return Arbitraries.of(parts).list().ofMaxSize(4).map(p -> String.join("", p));
    }

    /**
     * A well-formed plural of {@code n}: optional exact matches and {@code one}, then {@code other},
     * which may end with a select.
     */
    private static Arbitrary<String> plural() {
        Arbitrary<String> exact = Arbitraries.of("=0", "=1", "=2")
                .flatMap(selector -> branchText(true).map(text -> selector + " {" + text + "} "));
        Arbitrary<String> one =
                Arbitraries.oneOf(Arbitraries.just(""), branchText(true).map(text -> "one {" + text + "} "));
        Arbitrary<String> other = Arbitraries.oneOf(
                branchText(true), branchText(true).flatMap(text -> select(true).map(select -> text + select)));
        return exact.list()
                .ofMaxSize(2)
                .uniqueElements(e -> e.substring(0, 2))
                .flatMap(exacts -> one.flatMap(o ->
                        other.map(text -> "{n, plural, " + String.join("", exacts) + o + "other {" + text + "}}")));
    }

    /** A well-formed select of {@code g}: up to two of the values a, b-c and x.y, then {@code other}. */
    private static Arbitrary<String> select(boolean inPlural) {
        return Arbitraries.of("a", "b-c", "x.y")
                .list()
                .ofMaxSize(2)
                .uniqueElements()
                .flatMap(values -> branchText(inPlural)
                        .list()
                        .ofSize(values.size() + 1)
                        .map(texts -> {
                            StringBuilder select = new StringBuilder("{g, select, ");
                            for (int i = 0; i < values.size(); i++) {
                                select.append(values.get(i))
                                        .append(" {")
                                        .append(texts.get(i))
                                        .append("} ");
                            }
                            return select.append("other {")
                                    .append(texts.get(values.size()))
                                    .append("}}")
                                    .toString();
                        }));
    }

    /** A template around a well-formed plural or select. */
    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> before =
                Arbitraries.of("Der er ", "{m} ", "'", "").list().ofMaxSize(3).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(plural(), select(false)).flatMap(p -> before.map(b -> b + p + " {x}"));
    }

    /** A value for the select of {@code g}, one of its values or another, or none at all. */
    @Provide
    Arbitrary<Optional<String>> selectValue() {
        return Arbitraries.of("a", "b-c", "x.y", "z", "A").optional();
    }

    /** A template around a plural or select that may be damaged: a character left out, or a token put in. */
    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> token = Arbitraries.of(
                "{", "}", "#", ",", "few {x} ", "{n, select, ", "{g, plural, ", "one ", "=x ", "a {x} ", "a=b ", " ");
        return wellFormed().flatMap(p -> Arbitraries.integers()
                .between(0, p.length() - 1)
                .flatMap(at -> Arbitraries.oneOf(
                        Arbitraries.just(p.substring(0, at) + p.substring(at + 1)),
                        token.map(t -> p.substring(0, at) + t + p.substring(at)))));
    }

    @Property(tries = 1000)
    void a_well_formed_plural_or_select_builds_and_renders_for_any_count_and_value_without_its_syntax(
            @ForAll("wellFormed") String template,
            @ForAll @IntRange(max = 1000) int n,
            @ForAll("selectValue") Optional<String> g) {
        Evaluation e = Evaluation.met("k").withArg("n", n);
        Text text = build(template).render(g.isPresent() ? e.withArg("g", g.get()) : e);
        assertThat(text.da())
                .startsWith("da: ")
                .doesNotContain("plural", "select", "#", "=0", "=1", "=2", "b-c", "x.y", "other");
        assertThat(text.en()).isEqualTo("en: " + text.da().substring("da: ".length()));
    }

    @Property(tries = 3000)
    void a_damaged_selector_either_builds_and_renders_for_any_count_or_is_refused_as_an_invalid_model(
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
        Text text = definition.render(Evaluation.met("k").withArg("n", n).withArg("g", "a"));
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
