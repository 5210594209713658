package io.github.inddragelse.testkit;

import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.scoring.ScoringPolicy;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.util.List;
import java.util.function.Function;

/** Rules with fixed outcomes, and the assessors the testkit's own tests use. */
final class TestRules {

    static final String HEARING = "fvl-19-hearing-before-adverse-decision";
    static final String FOLLOW_UP = "sel-148-follow-up-held";
    static final String GOALS = "goals-agreed";
    static final String NETWORK = "network-asked";
    static final String SCOPE = "not-in-scope";

    private TestRules() {}

    /**
     * An assessor with five rules of known outcome and the standard checklists: a critical hearing rule
     * not met on transparency, a follow-up rule met on p7, a goals rule partly met on involvement, a
     * network rule with insufficient data on collaboration, and a rule that does not apply. Its policy
     * is the standard one except that one scored check is enough for a band, so that each rule alone
     * gives its dimension a band.
     */
    static Assessor fixed() {
        return Assessor.builder()
                .scoringPolicy(ScoringPolicy.builder()
                        .from(ScoringPolicy.standard())
                        .minimumScoredForBand(1)
                        .build())
                .addRules(List.of(
                        rule(
                                HEARING,
                                Severity.CRITICAL,
                                Evaluation.notMet("not-heard").withEvidence("e7", "e9"),
                                "transparency"),
                        rule(
                                FOLLOW_UP,
                                Severity.ADVISORY,
                                Evaluation.met("held").withEvidence("e12"),
                                "p7-follow-up"),
                        rule(GOALS, Severity.ADVISORY, Evaluation.partlyMet("partly"), "involvement"),
                        rule(NETWORK, Severity.ADVISORY, Evaluation.insufficientData("unknown"), "collaboration"),
                        rule(SCOPE, Severity.ADVISORY, Evaluation.notApplicable("out"), "trust")))
                .addChecklists(StandardChecklists.all())
                .build();
    }

    private static Rule rule(String id, Severity severity, Evaluation evaluation, String dimension) {
        return rule(id, severity, evaluation.messageKey(), dimension, view -> evaluation);
    }

    /**
     * A test rule with plain texts and one message, {@code Outcome: <key>.} in English.
     *
     * @param id the rule id; one starting with {@code fvl-19} cites FVL §19, any other SEL §148
     * @param severity the severity
     * @param key the one message key
     * @param dimension the dimension it serves
     * @param evaluation how it evaluates a case (it may throw, to test failed rules)
     * @return the rule
     */
    static Rule rule(
            String id, Severity severity, String key, String dimension, Function<CaseView, Evaluation> evaluation) {
        return Rule.builder(id)
                .title("Test " + id, "Test " + id)
                .description("Fast udfald", "Fixed outcome")
                .rationale("Til test", "For testing")
                .recommendation("Ret det", "Fix it")
                .serves(dimension)
                .cites(id.startsWith("fvl-19") ? LegalReferences.FVL_19 : LegalReferences.SEL_148)
                .severity(severity)
                .message(key, "Udfald: " + key + ".", "Outcome: " + key + ".")
                .evaluatedBy(evaluation)
                .build();
    }
}
