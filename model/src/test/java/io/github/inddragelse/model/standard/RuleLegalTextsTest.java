package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.rule.RuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * Pins the legal wording of rule texts that a legal review corrected, so that a later edit does not
 * bring back a claim the sources do not make.
 */
class RuleLegalTextsTest {

    @Test
    void the_child_interpreter_rationale_names_the_acts_one_exception_in_its_words() {
        RuleDefinition d = InvolvementRules.NO_CHILD_INTERPRETER.definition();

        assertThat(d.rationale().da())
                .contains("Den eneste undtagelse", "et uproblematisk forhold")
                .doesNotContain("helt");
        assertThat(d.rationale().en())
                .contains("The one exception", "an unproblematic matter")
                .doesNotContain("wholly");
    }
}
