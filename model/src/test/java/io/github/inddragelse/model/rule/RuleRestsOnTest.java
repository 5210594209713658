package io.github.inddragelse.model.rule;

import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_COMPLAINT_GUIDANCE;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_PLAIN_LANGUAGE;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_REASONS_CITE_RULES;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_REASONS_STATE_FACTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which of the facts a rule reads each message key's outcome rests on: declared per key with {@code
 * RuleBuilder.restsOn}, all of them for a key not declared, and checked when the rule is built.
 */
class RuleRestsOnTest {

    /** A rule that reads three facts, with the messages {@code full}, {@code partial} and {@code none}. */
    private static RuleBuilder rule() {
        return Rule.builder("reasons")
                .title("Titel", "Title")
                .description("Beskrivelse", "Description")
                .rationale("Begrundelse", "Rationale")
                .recommendation("Anbefaling", "Recommendation")
                .serves("transparency")
                .reads(DECISION_REASONS_STATE_FACTS, DECISION_PLAIN_LANGUAGE, DECISION_REASONS_CITE_RULES)
                .severity(Severity.CRITICAL)
                .message("full", "Fuld", "Full")
                .message("partial", "Delvis", "Partial")
                .message("none", "Ingen", "None")
                .evaluatedBy(view -> Evaluation.notMet("none"));
    }

    private static List<Violation> violations(RuleBuilder rule) {
        try {
            rule.build();
        } catch (InvalidModelException e) {
            return e.violations();
        }
        throw new AssertionError("the rule was built");
    }

    @Test
    void a_key_not_declared_rests_on_every_fact_the_rule_reads() {
        RuleDefinition d =
                rule().restsOn("partial", DECISION_PLAIN_LANGUAGE).build().definition();

        assertThat(d.restsOn("none"))
                .isEqualTo(d.reads())
                .containsExactly(DECISION_REASONS_CITE_RULES, DECISION_REASONS_STATE_FACTS, DECISION_PLAIN_LANGUAGE);
        assertThat(d.restsOn()).containsOnlyKeys("partial");
    }

    @Test
    void a_key_declared_with_no_facts_rests_on_none_of_them() {
        RuleDefinition d = rule().restsOn("none").build().definition();

        assertThat(d.restsOn("none")).isEmpty();
        assertThat(d.restsOn("partial")).hasSize(3);
    }

    @Test
    void a_key_rests_on_the_facts_declared_in_the_order_of_recorded_fact_whatever_order_they_are_given_in() {
        RuleDefinition d = rule().restsOn(
                        "partial", DECISION_PLAIN_LANGUAGE, DECISION_REASONS_CITE_RULES, DECISION_PLAIN_LANGUAGE)
                .build()
                .definition();

        assertThat(d.restsOn("partial")).containsExactly(DECISION_REASONS_CITE_RULES, DECISION_PLAIN_LANGUAGE);
    }

    @Test
    void a_rule_without_reads_rests_on_nothing_for_any_key() {
        RuleDefinition d = rule().build().definition();
        RuleDefinition none = RuleDefinition.builder().from(d).reads(Set.of()).build();

        assertThat(none.restsOn("none")).isEmpty();
    }

    @Test
    void a_key_that_names_no_message_of_the_rule_is_refused_at_its_path() {
        assertThat(violations(rule().restsOn("nome", DECISION_REASONS_CITE_RULES)))
                .containsExactly(new Violation("restsOn.nome", "names no message of the rule"));
    }

    @Test
    void a_fact_the_rule_does_not_read_is_refused_naming_its_code() {
        assertThat(violations(rule().restsOn("partial", DECISION_COMPLAINT_GUIDANCE, DECISION_REASONS_CITE_RULES)))
                .containsExactly(new Violation(
                        "restsOn.partial",
                        "names facts the rule does not read: decision-complaint-guidance (a key rests only on"
                                + " facts in reads)"));
    }

    @Test
    void a_key_declared_twice_is_refused_even_with_the_same_facts() {
        assertThat(violations(rule().restsOn("none").restsOn("none")))
                .containsExactly(new Violation("restsOn.none", "is declared more than once"));
    }

    @Test
    void facts_that_are_null_are_refused_naming_the_parameter_as_reads_refuses_them() {
        assertThatThrownBy(() -> rule().restsOn("partial", (RecordedFact[]) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("facts");
        assertThatThrownBy(() -> rule().restsOn("partial", DECISION_PLAIN_LANGUAGE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("facts element");
        assertThatThrownBy(() -> rule().reads(DECISION_PLAIN_LANGUAGE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reads element");
    }

    @Test
    void every_problem_is_reported_at_once_with_the_other_problems_of_the_definition() {
        List<Violation> violations = violations(rule().message("broken", "{n, plural, one {én}}", "ok")
                .restsOn("nome")
                .restsOn("partial", DECISION_COMPLAINT_GUIDANCE)
                .restsOn("full")
                .restsOn("full", DECISION_PLAIN_LANGUAGE));

        assertThat(violations)
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("messages.broken.da", "restsOn.nome", "restsOn.partial", "restsOn.full");
    }

    @Test
    void the_facts_of_a_built_definition_cannot_be_changed_through_the_set_given_or_the_set_returned() {
        Set<RecordedFact> given = new LinkedHashSet<>(List.of(DECISION_PLAIN_LANGUAGE));
        RuleDefinition d = RuleDefinition.builder()
                .from(rule().build().definition())
                .putRestsOn("partial", given)
                .build();
        given.add(DECISION_REASONS_CITE_RULES);

        assertThat(d.restsOn("partial")).containsExactly(DECISION_PLAIN_LANGUAGE);
        assertThatThrownBy(() -> d.restsOn("partial").add(DECISION_REASONS_STATE_FACTS))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.restsOn("partial").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.restsOn().put("none", Set.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void definitions_with_the_same_declarations_are_equal_however_the_sets_were_given() {
        RuleDefinition built = rule().restsOn("partial", DECISION_PLAIN_LANGUAGE, DECISION_REASONS_CITE_RULES)
                .build()
                .definition();
        RuleDefinition copied = RuleDefinition.builder()
                .from(built)
                .restsOn(Map.of("partial", EnumSet.of(DECISION_REASONS_CITE_RULES, DECISION_PLAIN_LANGUAGE)))
                .build();

        assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(RuleDefinition.builder().from(built).build()).isEqualTo(built);
        assertThat(copied.restsOn("partial")).isEqualTo(Set.of(DECISION_PLAIN_LANGUAGE, DECISION_REASONS_CITE_RULES));
    }
}
