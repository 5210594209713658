package io.github.inddragelse.model.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template syntax: placeholders, plural and select selectors, and the malformed ones it refuses. */
class MessageTemplateTest {

    private static final String EVENTS = "ved {count, plural, one {# hændelse} other {# hændelser}}";

    private static String render(String template, Map<String, String> args) {
        return MessageTemplate.compile(template).render(args);
    }

    private static String render(String template, String name, String value) {
        return render(template, Map.of(name, value));
    }

    @Test
    void a_plural_chooses_one_for_exactly_one_and_other_for_every_other_count() {
        assertThat(render(EVENTS, "count", "1")).isEqualTo("ved 1 hændelse");
        for (String count : new String[] {"0", "2", "3", "11", "21", "101", "1000000"}) {
            assertThat(render(EVENTS, "count", count)).isEqualTo("ved " + count + " hændelser");
        }
    }

    @Test
    void the_number_sign_is_the_argument_as_given_and_is_text_outside_a_branch() {
        assertThat(render("#{n, plural, one {#.#} other {(#)}}#", "n", "1")).isEqualTo("#1.1#");
        assertThat(render("#{n, plural, one {#.#} other {(#)}}#", "n", "007")).isEqualTo("#(007)#");
    }

    @Test
    void an_exact_match_comes_before_the_keywords_wherever_it_stands() {
        String template = "{n, plural, one {one} other {other: #} =1 {exactly one} =0 {none}}";
        assertThat(List.of("0", "1", "2"))
                .map(n -> render(template, "n", n))
                .containsExactly("none", "exactly one", "other: 2");
        assertThat(render("{n, plural, =0 {ingen} one {én} other {#}}", "n", "1"))
                .isEqualTo("én");
    }

    @Test
    void without_a_one_branch_a_count_of_one_takes_the_other_branch() {
        assertThat(render("{n, plural, =0 {none} other {# of them}}", "n", "1")).isEqualTo("1 of them");
    }

    @Test
    void placeholders_and_nested_plurals_are_filled_inside_a_branch_and_the_number_sign_is_the_innermost() {
        String template = "{missing} af {total, plural, one {# møde} other {# møder}}"
                + " {missing, plural, one {var} other {var alle}} uden {who}"
                + "{count, plural, one { ({meeting})} other {, først i {meeting} af {total, plural, one {#} other {#!}}}}";
        Map<String, String> args =
                Map.of("missing", "1", "total", "3", "who", "borgeren", "count", "2", "meeting", "m-1");
        assertThat(render(template, args)).isEqualTo("1 af 3 møder var uden borgeren, først i m-1 af 3!");
        Map<String, String> one =
                Map.of("missing", "2", "total", "1", "who", "borgeren", "count", "1", "meeting", "m-1");
        assertThat(render(template, one)).isEqualTo("2 af 1 møde var alle uden borgeren (m-1)");
    }

    @Test
    void a_missing_argument_takes_the_other_branch_with_the_placeholder_for_the_number() {
        assertThat(render(EVENTS, Map.of())).isEqualTo("ved {count} hændelser");
        assertThat(render("{n, plural, =0 {none} one {#} other {# and {m}}}", Map.of()))
                .isEqualTo("{n} and {m}");
    }

    @Test
    void an_argument_that_is_not_a_whole_number_takes_the_other_branch_with_its_text_as_the_number() {
        String days = "{days, plural, =2 {two} one {# dag} other {# dage}}";
        String[][] rows = {
            {"2.5", "2.5 dage"},
            {"1.0", "1.0 dage"},
            {"mange", "mange dage"},
            {"", " dage"},
            {"-", "- dage"},
            {"+1", "+1 dage"},
            {"99999999999999999999", "99999999999999999999 dage"},
            {"-2", "-2 dage"},
            // whole numbers after all: a sign and leading zeros are allowed
            {"-1", "-1 dag"},
            {"01", "01 dag"},
        };
        for (String[] row : rows) {
            assertThat(render(days, "days", row[0])).as(row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void braces_that_open_no_placeholder_or_plural_stay_text_outside_a_plural() {
        Map<String, String> args = Map.of("a", "A", "n", "1");
        assertThat(render("{ a} {1} {a } { } {{a}} } { #", args)).isEqualTo("{ a} {1} {a } { } {A} } { #");
        assertThat(render("{n, plural, one {x} other {y}}}{", args)).isEqualTo("x}{");
    }

    @Test
    void spaces_and_line_breaks_may_stand_between_the_parts_of_a_plural() {
        assertThat(render("{ n ,plural,one{#}other{# s}}", "n", "1")).isEqualTo("1");
        assertThat(render("{n,\n  plural,\n  =0 {ingen}\n  other {#}\n}", "n", "0"))
                .isEqualTo("ingen");
    }

    @Test
    void apostrophes_are_text_as_there_is_no_quoting() {
        assertThat(render("the citizen's {n, plural, one {'#'} other {'{n}'}}", "n", "1"))
                .isEqualTo("the citizen's '1'");
        assertThat(render("the citizen's {n, plural, one {'#'} other {'{n}'}}", "n", "2"))
                .isEqualTo("the citizen's '2'");
    }

    @Test
    void a_template_with_nothing_to_fill_is_rendered_as_the_same_string() {
        String template = "Der er endnu ingen afgørelse { # }.";
        assertThat(MessageTemplate.compile(template).render(Map.of("a", "b"))).isSameAs(template);
        assertThat(MessageTemplate.compile("").render(Map.of())).isEmpty();
    }

    private static final String JUDGED = "{total, plural, one {mødet} other {de # møder}}"
            + "{judged, select, without-citizen {, der blev holdt uden borgeren} with-citizen { med borgeren} other {}}";

    @Test
    void a_select_chooses_the_branch_whose_value_equals_the_argument_and_other_for_any_other_value() {
        String[][] rows = {
            {"without-citizen", "1", "mødet, der blev holdt uden borgeren"},
            {"with-citizen", "3", "de 3 møder med borgeren"},
            {"With-Citizen", "3", "de 3 møder"},
            {"with", "1", "mødet"},
            {"", "1", "mødet"},
        };
        for (String[] row : rows) {
            assertThat(render(JUDGED, Map.of("judged", row[0], "total", row[1])))
                    .as(row[0])
                    .isEqualTo(row[2]);
        }
    }

    @Test
    void a_missing_argument_takes_the_other_branch_of_a_select_as_it_does_for_a_plural() {
        assertThat(render(JUDGED, Map.of("total", "3"))).isEqualTo("de 3 møder");
        assertThat(render("{g, select, a {A} other {ellers {m}}}", Map.of())).isEqualTo("ellers {m}");
    }

    @Test
    void a_select_branch_holds_placeholders_plurals_and_further_selects() {
        String template = "{g, select, a {{m} i {n, plural, one {# møde} other {# møder}}{h, select, x {!} other {}}}"
                + " other {intet}}";
        assertThat(render(template, Map.of("g", "a", "m", "m-1", "n", "1", "h", "x")))
                .isEqualTo("m-1 i 1 møde!");
        assertThat(render(template, Map.of("g", "a", "m", "m-1", "n", "2", "h", "y")))
                .isEqualTo("m-1 i 2 møder");
        assertThat(render(template, Map.of("g", "b", "m", "m-1", "n", "2"))).isEqualTo("intet");
    }

    @Test
    void in_a_select_the_number_sign_is_the_number_of_the_enclosing_plural_and_text_outside_any_plural() {
        String inPlural = "{n, plural, one {# møde{g, select, u {#} other {}}} other {# møder{g, select, u { (#)} other"
                + " {}}}}";
        assertThat(render(inPlural, Map.of("n", "1", "g", "u"))).isEqualTo("1 møde1");
        assertThat(render(inPlural, Map.of("n", "3", "g", "u"))).isEqualTo("3 møder (3)");
        assertThat(render("{g, select, u {nr. #} other {#}}", "g", "u")).isEqualTo("nr. #");
        assertThat(render("{g, select, u {nr. #} other {#}}", Map.of())).isEqualTo("#");
    }

    @Test
    void select_values_may_hold_letters_digits_hyphens_underscores_and_dots_and_spaces_may_stand_between_the_parts() {
        String template = "{ g ,select,\n  a-b_c.1{x}\n  2 {y} other{z}\n}";
        assertThat(List.of("a-b_c.1", "2", "a"))
                .map(g -> render(template, "g", g))
                .containsExactly("x", "y", "z");
    }

    @Test
    void every_malformed_select_is_refused_saying_what_is_wrong_and_where() {
        String[][] cases = {
            {"{g, select, a {x}}", "the select of {g} has no 'other' branch (at character 1)"},
            {"ved {g, select, a {x} other {y}", "the select of {g} is not closed: a '}' is missing (at character 5)"},
            {"{g, select, a {x} other {y", "the branch 'other' of the select of {g} is not closed"},
            {"{g, select, a {x other {1}}}", "a '{' in a branch of the select of {g} opens no placeholder"},
            {"{g, select, a {x { y} other {z}}", "opens no placeholder {name}, plural or select (at character 18)"},
            {"{g, select, a {x} a {y} other {z}}", "the select of {g} has the branch 'a' twice (at character 19)"},
            {"{g, select, other {x} other {y}}", "the select of {g} has the branch 'other' twice"},
            {
                "{g, select, =0 {x} other {y}}",
                "the select of {g} has the value '=0'; a value is ASCII letters, digits, '-', '_' and '.' (at"
                        + " character 13)"
            },
            {"{g, select, a#b {x} other {y}}", "has the value 'a#b'"},
            {"{g, select, æ {x} other {y}}", "has the value 'æ'"},
            {"{g, select other {y}}", "the select of {g} needs a ',' after 'select' (at character 12)"},
            {"{g, select}", "needs a ',' after 'select'"},
            {"{g, select, a other {y}}", "the select of {g} needs a '{' after 'a' (at character 15)"},
            {"{g, select, {x} other {y}}", "the select of {g} has a branch without a selector (a value or other)"},
            {"{g, select, a {{n, plural, one {#}}} other {y}}", "the plural of {n} has no 'other' branch"},
            {"{n, plural, other {{g, select, a {#}}}}", "the select of {g} has no 'other' branch"},
        };
        assertEachRefused(cases);
    }

    @Test
    void every_malformed_plural_is_refused_saying_what_is_wrong_and_where() {
        String[][] cases = {
            {"{n, plural, one {#}}", "the plural of {n} has no 'other' branch (at character 1)"},
            {"ved {n, plural, one {#} other {#}", "the plural of {n} is not closed: a '}' is missing (at character 5)"},
            {"{n, plural, one {#} other {#", "the branch 'other' of the plural of {n} is not closed"},
            {"{n, plural, one {# other {#}}", "a '{' in a branch of the plural of {n} opens no placeholder"},
            {"{n, plural, one {a { b} other {c}}", "opens no placeholder {name}, plural or select (at character 20)"},
            {
                "{n, plural, few {#} other {#}}",
                "the plural of {n} has the unknown keyword 'few'; Danish and English use only"
            },
            {"{n, plural, zero {#} other {#}}", "the unknown keyword 'zero'"},
            {"{n, plural, offset:1 other {#}}", "the unknown keyword 'offset:1'"},
            {"{n, plural, ONE {#} other {#}}", "the unknown keyword 'ONE'"},
            {
                "{n, choice, a {x} other {y}}",
                "{n, choice, …} has the format 'choice'; only 'plural' and 'select' are supported (at character 5)"
            },
            {"{n, plurals, one {x} other {y}}", "has the format 'plurals'"},
            {"{n, Select, a {x} other {y}}", "has the format 'Select'"},
            {"{n,}", "{n, …} needs the format 'plural' or 'select' after the comma (at character 4)"},
            {"{n, plural other {#}}", "the plural of {n} needs a ',' after 'plural' (at character 12)"},
            {"{n, plural}", "needs a ',' after 'plural'"},
            {"{n, plural, one {a} one {b} other {c}}", "the plural of {n} has the branch 'one' twice (at character 21)"
            },
            {"{n, plural, other {a} other {b}}", "has the branch 'other' twice"},
            {"{n, plural, =1 {a} =01 {b} other {c}}", "has the exact match '=01' twice"},
            {"{n, plural, =x {a} other {c}}", "has the exact match '=x'; write '=' and a whole number, as in =0"},
            {"{n, plural, = {a} other {c}}", "has the exact match '='"},
            {"{n, plural, =-1 {a} other {c}}", "has the exact match '=-1'"},
            {"{n, plural, one other {c}}", "the plural of {n} needs a '{' after 'one' (at character 17)"},
            {"{n, plural, one", "needs a '{' after 'one'"},
            {"{n, plural, {a} other {c}}", "has a branch without a selector (one, other or =N) (at character 13)"},
            {"{n, plural, one {a} other {{m, plural, one {x}}}}", "the plural of {m} has no 'other' branch"},
        };
        assertEachRefused(cases);
    }

    /** Checks that each template (first) is refused with a message containing the text (second). */
    private static void assertEachRefused(String[][] cases) {
        for (String[] c : cases) {
            assertThatIllegalArgumentException()
                    .as(c[0])
                    .isThrownBy(() -> MessageTemplate.compile(c[0]))
                    .withMessageContaining(c[1]);
        }
    }
}
