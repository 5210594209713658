package io.github.inddragelse.model.assessment;

import static io.github.inddragelse.model.assessment.EngineFixtures.OPENED;
import static io.github.inddragelse.model.assessment.EngineFixtures.rejectedCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleBuilder;
import io.github.inddragelse.model.rule.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A rule may give advice that depends on what was found: a recommendation per message key. */
class RuleRecommendationsTest {

    private static RuleBuilder rule(Outcome outcome, String key) {
        return Rule.builder("advice")
                .title("Råd", "Advice")
                .description("Fast udfald", "Fixed outcome")
                .rationale("Til test", "For testing")
                .recommendation("Udred sagen.", "Investigate the case.")
                .serves("transparency")
                .severity(Severity.ADVISORY)
                .message("nothing", "Ingen udredning.", "No investigation.")
                .message("areas-missing", "Udredningen mangler livsområder.", "The investigation lacks life areas.")
                .evaluatedBy(view -> Evaluation.builder(outcome, key).build());
    }

    private static Optional<Text> recommendation(Rule rule) {
        return Assessor.builder()
                .addRule(rule)
                .build()
                .assess(rejectedCase(), OPENED.plusDays(30))
                .finding(rule.id())
                .orElseThrow()
                .recommendation();
    }

    @Test
    void a_finding_whose_key_has_its_own_recommendation_shows_that_one() {
        Rule r = rule(Outcome.PARTLY_MET, "areas-missing")
                .recommendationFor("areas-missing", "Beskriv livsområderne.", "Describe the life areas.")
                .build();

        assertThat(recommendation(r)).contains(Text.of("Beskriv livsområderne.", "Describe the life areas."));
        assertThat(r.definition().recommendationFor("areas-missing"))
                .isEqualTo(Text.of("Beskriv livsområderne.", "Describe the life areas."));
    }

    @Test
    void a_finding_with_another_key_shows_the_rules_recommendation() {
        Rule r = rule(Outcome.NOT_MET, "nothing")
                .recommendationFor("areas-missing", "Beskriv livsområderne.", "Describe the life areas.")
                .build();

        assertThat(recommendation(r)).contains(Text.of("Udred sagen.", "Investigate the case."));
    }

    @Test
    void a_met_finding_shows_no_recommendation_even_when_its_key_has_one() {
        Rule r = rule(Outcome.MET, "areas-missing")
                .recommendationFor("areas-missing", "Beskriv livsområderne.", "Describe the life areas.")
                .build();

        assertThat(recommendation(r)).isEmpty();
    }

    @Test
    void a_recommendation_for_a_key_the_rule_has_no_message_for_is_a_violation_naming_the_key() {
        RuleBuilder b =
                rule(Outcome.NOT_MET, "nothing").recommendationFor("no-such-key", "Gør noget.", "Do something.");

        assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("recommendations.no-such-key", "names no message of the rule")));
    }
}
