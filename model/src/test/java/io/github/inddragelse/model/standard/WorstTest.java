package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorstTest {

    @Test
    void no_items_is_not_applicable_with_the_empty_message() {
        Evaluation e = new Worst("all-met", "none").result();
        assertThat(e).isEqualTo(Evaluation.notApplicable("none"));
    }

    @Test
    void all_items_met_gives_the_all_met_message_with_every_item_as_evidence_and_no_item_arguments() {
        Worst worst = new Worst("all-met", "none");
        worst.item(Outcome.MET, "item-met").evidence("e1").arg("x", "1");
        worst.item(Outcome.MET, "item-met").evidence("e2").evidence("e1");
        Evaluation e = worst.result();
        assertThat(e.outcome()).isEqualTo(Outcome.MET);
        assertThat(e.messageKey()).isEqualTo("all-met");
        assertThat(e.evidence()).containsExactly("e1", "e2");
        assertThat(e.args()).containsExactly(Map.entry("count", "2"));
    }

    @Test
    void the_first_of_the_worst_items_gives_the_message_and_arguments_and_all_of_them_the_evidence() {
        Worst worst = new Worst("all-met", "none");
        worst.item(Outcome.MET, "item-met").evidence("e1");
        worst.item(Outcome.PARTLY_MET, "partly").evidence("e2").arg("which", "e2");
        worst.item(Outcome.NOT_MET, "first-not-met").evidence("e3").arg("which", "e3");
        worst.item(Outcome.PARTLY_MET, "partly").evidence("e4").arg("which", "e4");
        worst.item(Outcome.NOT_MET, "second-not-met").evidence("e5").arg("which", "e5");
        Evaluation e = worst.result();
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(e.messageKey()).isEqualTo("first-not-met");
        assertThat(e.evidence()).containsExactly("e3", "e5");
        assertThat(e.args()).containsExactly(Map.entry("which", "e3"), Map.entry("count", "2"));
    }

    @Test
    void not_applicable_items_count_only_when_nothing_else_is_there() {
        Worst onlyNotApplicable = new Worst("all-met", "none");
        onlyNotApplicable.item(Outcome.NOT_APPLICABLE, "pending").evidence("e1").arg("due", "2026-01-01");
        onlyNotApplicable.item(Outcome.NOT_APPLICABLE, "pending").evidence("e2");
        Evaluation e = onlyNotApplicable.result();
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(e.messageKey()).isEqualTo("pending");
        assertThat(e.evidence()).containsExactly("e1", "e2");
        assertThat(e.args()).containsExactly(Map.entry("due", "2026-01-01"), Map.entry("count", "2"));

        Worst withMet = new Worst("all-met", "none");
        withMet.item(Outcome.NOT_APPLICABLE, "pending").evidence("e1");
        withMet.item(Outcome.MET, "item-met").evidence("e2");
        assertThat(withMet.result().evidence()).containsExactly("e2");
    }
}
