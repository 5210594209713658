package io.github.inddragelse.benchmarks;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.rule.Applicability;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard legal-duty rules the peer comparison covers (RSL §3, RSL §10, FVL §19, FVL §§22-24,
 * FVL §25, SEL §141 and both SEL §148 rules), taken from {@link Assessor#standard()} by id, with two
 * ways to evaluate them: directly over a {@link CaseView}, and through an {@link Assessor} holding only
 * these rules.
 *
 * <pre>{@code
 * LegalDutySubset ours = LegalDutySubset.fromStandard();
 * Outcome[] outcomes = ours.evaluate(process, asOf);   // in the order of RULE_IDS
 * }</pre>
 */
public final class LegalDutySubset {

    /** The ids of the rules compared, in the order of every outcome array. */
    public static final List<String> RULE_IDS = List.of(
            "rsl-3-deadline-or-notice",
            "rsl-10-investigated-before-decision",
            "fvl-19-hearing-before-adverse-decision",
            "fvl-22-24-reasons-for-adverse-decision",
            "fvl-25-complaint-guidance",
            "sel-141-action-plan-offered",
            "sel-148-follow-up-held",
            "sel-148-change-needs-new-decision");

    private final Rule[] rules;
    private final Assessor assessor;

    private LegalDutySubset(List<Rule> rules) {
        this.rules = rules.toArray(new Rule[0]);
        this.assessor = Assessor.builder().addRules(rules).build();
    }

    /**
     * Takes the rules from the standard assessor.
     *
     * @return the subset
     * @throws IllegalStateException naming every id the standard rules do not have
     */
    public static LegalDutySubset fromStandard() {
        Map<String, Rule> byId = new HashMap<>();
        for (Rule rule : Assessor.standard().rules()) {
            byId.put(rule.id(), rule);
        }
        List<Rule> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : RULE_IDS) {
            Rule rule = byId.get(id);
            if (rule == null) {
                missing.add(id);
            } else {
                found.add(rule);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the standard rules have no rule with id " + missing
                    + "; the benchmarks compare exactly " + RULE_IDS);
        }
        return new LegalDutySubset(found);
    }

    /**
     * The rules, in the order of {@link #RULE_IDS}.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return List.of(rules);
    }

    /**
     * An assessor with only these rules (and no checklists).
     *
     * @return the assessor
     */
    public Assessor assessor() {
        return assessor;
    }

    /**
     * Evaluates the rules directly: one {@link CaseView}, then each rule's applicability and, where it
     * applies, its evaluation.
     *
     * @param process the case
     * @param asOf the as-of date
     * @return the outcomes, in the order of {@link #RULE_IDS}
     */
    public Outcome[] evaluate(CaseProcess process, LocalDate asOf) {
        CaseView view = CaseView.of(process, asOf);
        Outcome[] outcomes = new Outcome[rules.length];
        for (int i = 0; i < rules.length; i++) {
            Rule rule = rules[i];
            Applicability applicability = rule.applicability(view);
            outcomes[i] = applicability.isApplicable() ? rule.evaluate(view).outcome() : applicability.outcome();
        }
        return outcomes;
    }

    /**
     * Evaluates the rules through {@link #assessor()}: findings with rendered texts and scores.
     *
     * @param process the case
     * @param asOf the as-of date
     * @return the assessment
     */
    public Assessment assess(CaseProcess process, LocalDate asOf) {
        return assessor.assess(process, asOf);
    }

    /**
     * The outcomes of an assessment made by {@link #assessor()}.
     *
     * @param assessment the assessment
     * @return the outcomes, in the order of {@link #RULE_IDS}
     */
    public static Outcome[] outcomes(Assessment assessment) {
        Outcome[] outcomes = new Outcome[RULE_IDS.size()];
        for (Finding f : assessment.findings()) {
            int i = RULE_IDS.indexOf(f.ruleId());
            if (i >= 0) {
                outcomes[i] = f.outcome();
            }
        }
        return outcomes;
    }
}
