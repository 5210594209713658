package io.github.inddragelse.model.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.Violation;
import org.junit.jupiter.api.Test;

/** A rule definition's message templates: checked when it is built, rendered with plurals and selects. */
class RuleMessagesTest {

    private static final String DA = "{total, plural, one {Afgørelsen blev} other {Alle # afgørelser blev}} forklaret.";
    private static final String EN = "{total, plural, one {The decision was} other {All # decisions were}} explained.";

    private static RuleDefinition.Builder definition(String id) {
        return RuleDefinition.builder()
                .id(id)
                .title(Text.of("Titel", "Title"))
                .description(Text.of("Beskrivelse", "Description"))
                .rationale(Text.of("Begrundelse", "Rationale"))
                .recommendation(Text.of("Anbefaling", "Recommendation"))
                .addDimensions("trust")
                .severity(Severity.ADVISORY);
    }

    /** A rule with every text but its messages and evaluation. */
    private static RuleBuilder rule(String id) {
        return Rule.builder(id)
                .title("Titel", "Title")
                .description("Beskrivelse", "Description")
                .rationale("Begrundelse", "Rationale")
                .recommendation("Anbefaling", "Recommendation")
                .serves("trust")
                .severity(Severity.ADVISORY);
    }

    @Test
    void a_rule_renders_its_plural_message_for_one_and_for_several_in_both_languages() {
        Rule rule = rule("plural-rule")
                .message("explained", DA, EN)
                .evaluatedBy(view -> Evaluation.met("explained"))
                .build();
        RuleDefinition d = rule.definition();

        assertThat(d.render(Evaluation.met("explained").withArg("total", 1)))
                .isEqualTo(Text.of("Afgørelsen blev forklaret.", "The decision was explained."));
        assertThat(d.render(Evaluation.met("explained").withArg("total", 3)))
                .isEqualTo(Text.of("Alle 3 afgørelser blev forklaret.", "All 3 decisions were explained."));
        assertThat(d.requireMessage("explained")).isEqualTo(Text.of(DA, EN));
    }

    @Test
    void a_rule_renders_its_select_message_by_the_value_of_the_argument_in_both_languages() {
        RuleDefinition d = definition("select-rule")
                .putMessage(
                        "held",
                        Text.of(
                                "{n, plural, one {Mødet} other {De # møder}}{held, select, without {, der blev holdt uden"
                                        + " borgeren,} other { med borgeren}} var forberedt.",
                                "{n, plural, one {The meeting} other {The # meetings}}{held, select, without { held"
                                        + " without the citizen} other { with the citizen}} {n, plural, one {was} other"
                                        + " {were}} prepared."))
                .build();

        assertThat(d.render(Evaluation.met("held").withArg("n", 1).withArg("held", "without")))
                .isEqualTo(Text.of(
                        "Mødet, der blev holdt uden borgeren, var forberedt.",
                        "The meeting held without the citizen was prepared."));
        assertThat(d.render(Evaluation.met("held").withArg("n", 3).withArg("held", "with")))
                .isEqualTo(Text.of(
                        "De 3 møder med borgeren var forberedt.", "The 3 meetings with the citizen were prepared."));
    }

    @Test
    void a_key_the_definition_lacks_is_refused_when_rendering_whether_or_not_it_is_the_same_string() {
        RuleDefinition d = definition("r-1").putMessage("k", Text.of(DA, EN)).build();
        assertThat(d.render(Evaluation.met(new String("k")).withArg("total", 2)).en())
                .isEqualTo("All 2 decisions were explained.");
        assertThatThrownBy(() -> d.render(Evaluation.met("other")))
                .isInstanceOf(RuleContractException.class)
                .hasMessage("rule r-1 has no message 'other'");
    }

    @Test
    void a_missing_key_breaks_the_rule_contract_and_is_quoted_only_when_shaped_like_a_key() {
        RuleDefinition d = definition("r-1").putMessage("k", Text.of(DA, EN)).build();

        assertThatThrownBy(() -> d.requireMessage("not-k"))
                .isInstanceOfSatisfying(
                        RuleContractException.class, e -> assertThat(e.ruleId()).isEqualTo("r-1"))
                .hasMessage("rule r-1 has no message 'not-k'");
        assertThatThrownBy(() -> d.requireMessage("Borgeren sagde nej"))
                .isInstanceOf(RuleContractException.class)
                .hasMessage("rule r-1 has no message with the key given, which is not lower-case kebab-case");
    }

    @Test
    void every_malformed_template_is_refused_when_the_rule_is_built_naming_the_rule_key_and_language() {
        RuleBuilder builder = rule("bad-plurals")
                .message("fine", DA, EN)
                .message("no-other", "{count, plural, one {# dag}}", "{count} days")
                .message("few", "{count} dage", "{count, plural, one {# day} few {# days} other {# days}}")
                .message("both", "{count, plural, one {# dag} other {# dage}", "{count, choice, one {x} other {y}}")
                .message(
                        "select",
                        "{held, select, without {uden borgeren} other {med borgeren}}",
                        "{held, select, without {x}}")
                .evaluatedBy(view -> Evaluation.met("fine"));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidModelException.class, e -> {
            assertThat(e.type()).isEqualTo("RuleDefinition");
            assertThat(e.violations())
                    .containsExactly(
                            new Violation(
                                    "messages.no-other.da",
                                    "rule bad-plurals, Danish template: the plural of {count} has no 'other'"
                                            + " branch (at character 1)"),
                            new Violation(
                                    "messages.few.en",
                                    "rule bad-plurals, English template: the plural of {count} has the unknown"
                                            + " keyword 'few'; Danish and English use only 'one' and 'other', and"
                                            + " exact matches such as '=0' (at character 29)"),
                            new Violation(
                                    "messages.both.da",
                                    "rule bad-plurals, Danish template: the plural of {count} is not closed: a"
                                            + " '}' is missing (at character 1)"),
                            new Violation(
                                    "messages.both.en",
                                    "rule bad-plurals, English template: {count, choice, …} has the format"
                                            + " 'choice'; only 'plural' and 'select' are supported (at character 9)"),
                            new Violation(
                                    "messages.select.en",
                                    "rule bad-plurals, English template: the select of {held} has no 'other'"
                                            + " branch (at character 1)"));
        });
    }

    @Test
    void a_malformed_template_is_reported_beside_the_definitions_other_violations() {
        assertThatThrownBy(() -> definition("Bad Id")
                        .putMessage("k", Text.of("{n, plural, other {#}}", "{n, plural, one {#}}"))
                        .build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("id", "messages.k.en"));
    }

    @Test
    void the_compiled_templates_take_no_part_in_equals_hash_code_or_to_string() {
        RuleDefinition rendered =
                definition("r-1").putMessage("k", Text.of(DA, EN)).build();
        String before = rendered.toString();
        int hash = rendered.hashCode();
        rendered.render(Evaluation.met("k").withArg("total", 1));
        RuleDefinition fresh =
                definition("r-1").putMessage("k", Text.of(DA, EN)).build();

        assertThat(rendered).isEqualTo(fresh).hasSameHashCodeAs(fresh);
        assertThat(rendered.hashCode()).isEqualTo(hash);
        assertThat(rendered.toString()).isEqualTo(before).isEqualTo(fresh.toString());
        assertThat(rendered)
                .isNotEqualTo(definition("r-1")
                        .putMessage("k", Text.of(DA, EN.replace("explained", "told")))
                        .build());
    }
}
