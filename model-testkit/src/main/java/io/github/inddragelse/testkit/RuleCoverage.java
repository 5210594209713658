package io.github.inddragelse.testkit;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.rule.Rule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which message keys of a set of rules some assessments reached: a measure of how much of a rule
 * catalogue a set of test cases exercises. Each message key of a rule ({@code RuleDefinition#messages()})
 * stands for one way the rule can judge a case (met in time, met late, not met, not applicable, ...), so a
 * key no recorded assessment reached is a branch of the rule the cases never test.
 *
 * <p>Record the assessments of your own workflow fixtures (or of generated cases) and ask what was
 * missed:
 *
 * <pre>{@code
 * Assessor assessor = Assessor.standard();
 * RuleCoverage coverage = RuleCoverage.of(assessor);
 * for (CaseUnderTest c : myFixtures) {
 *     coverage.record(assessor.assess(c.process(), c.asOf()));
 * }
 * System.out.println(coverage.describe());          // every rule, its keys reached and missed
 * RuleCoverageAssert.assertThat(coverage)
 *         .reachesEveryMessageKeyExcept(Map.of(
 *                 "own-need-recorded-at-opening", Set.of("no-contact")));   // our cases always start with a contact
 * }</pre>
 *
 * <p>The rules are known by id, in the order given; a finding of a rule not in the set is ignored. A
 * finding's key that is not one of its rule's message keys (the library's own {@link
 * Finding#FACT_NOT_RECORDED} and {@link Finding#RULE_FAILED}) is recorded and shown by {@link
 * #reached(String)}, but is never missing.
 *
 * <p>Not thread-safe: record from one thread, or guard the instance. {@link #record(Assessment)}
 * changes it; the other methods return copies.
 */
public final class RuleCoverage {

    /** Each rule's message keys, in the order the rules were given. */
    private final Map<String, SortedSet<String>> keys = new LinkedHashMap<>();
    /** The keys reached so far, per rule id. */
    private final Map<String, SortedSet<String>> reached = new LinkedHashMap<>();

    private int assessments;

    private RuleCoverage(List<? extends Rule> rules) {
        for (Rule rule : rules) {
            Objects.requireNonNull(rule, "rules");
            String id = rule.id();
            if (keys.containsKey(id)) {
                throw new IllegalArgumentException("Two rules have the id " + id);
            }
            keys.put(id, new TreeSet<>(rule.definition().messages().keySet()));
            reached.put(id, new TreeSet<>());
        }
    }

    /**
     * Coverage of the rules an assessor runs.
     *
     * @param assessor the assessor
     * @return an empty coverage of its rules
     */
    public static RuleCoverage of(Assessor assessor) {
        return of(Objects.requireNonNull(assessor, "assessor").rules());
    }

    /**
     * Coverage of some rules, for example a rule pack's.
     *
     * @param rules the rules, each with its own id
     * @return an empty coverage of the rules
     * @throws IllegalArgumentException if two rules have the same id
     */
    public static RuleCoverage of(List<? extends Rule> rules) {
        return new RuleCoverage(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * Records the message key of every finding of an assessment whose rule is covered.
     *
     * @param assessment the assessment
     * @return this coverage, to record more
     */
    public RuleCoverage record(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        for (Finding f : assessment.findings()) {
            SortedSet<String> of = reached.get(f.ruleId());
            if (of != null) {
                of.add(f.messageKey());
            }
        }
        assessments++;
        return this;
    }

    /**
     * How many assessments were recorded.
     *
     * @return the number
     */
    public int assessments() {
        return assessments;
    }

    /**
     * The ids of the rules covered, in the order they were given.
     *
     * @return the rule ids; unmodifiable
     */
    public List<String> ruleIds() {
        return List.copyOf(keys.keySet());
    }

    /**
     * A rule's message keys: every key it can report.
     *
     * @param ruleId the rule id
     * @return the keys, sorted; unmodifiable
     * @throws IllegalArgumentException if the rule is not covered
     */
    public SortedSet<String> messageKeys(String ruleId) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(keysOf(ruleId)));
    }

    /**
     * The message keys a rule reported in the assessments recorded, including the library's own keys
     * where they occurred.
     *
     * @param ruleId the rule id
     * @return the keys, sorted; unmodifiable
     * @throws IllegalArgumentException if the rule is not covered
     */
    public SortedSet<String> reached(String ruleId) {
        keysOf(ruleId);
        return Collections.unmodifiableSortedSet(new TreeSet<>(reached.get(ruleId)));
    }

    /**
     * Every rule with message keys the assessments recorded never reached, and those keys.
     *
     * @return rule id to the keys missed, both sorted; only rules that missed some; unmodifiable
     */
    public SortedMap<String, SortedSet<String>> missing() {
        SortedMap<String, SortedSet<String>> missing = new TreeMap<>();
        keys.forEach((id, all) -> {
            SortedSet<String> left = new TreeSet<>(all);
            left.removeAll(reached.get(id));
            if (!left.isEmpty()) {
                missing.put(id, Collections.unmodifiableSortedSet(left));
            }
        });
        return Collections.unmodifiableSortedMap(missing);
    }

    /**
     * How many message keys of the rules were reached, over all rules.
     *
     * @return the number of (rule, key) pairs reached, the library's own keys not counted
     */
    public int reachedCount() {
        int count = 0;
        for (Map.Entry<String, SortedSet<String>> e : keys.entrySet()) {
            for (String key : e.getValue()) {
                if (reached.get(e.getKey()).contains(key)) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * How many message keys the rules have, over all rules.
     *
     * @return the number of (rule, key) pairs
     */
    public int keyCount() {
        return keys.values().stream().mapToInt(SortedSet::size).sum();
    }

    /**
     * A readable report: the totals, then one line per rule with the keys reached and those missed.
     *
     * <pre>
     * 131 of 230 message keys reached in 300 assessments
     * rsl-3-deadline-or-notice: reached decided-in-time, decided-late-without-notice, not-yet-due,
     *     notice-given; missed no-deadline, notice-after-due, notice-date-passed, overdue-without-notice
     * ...
     * fvl-25-complaint-guidance: reached complaint-guidance-given, no-adverse-decision, no-complaint-guidance
     * </pre>
     *
     * <p>(Each rule is one line; the one for {@code rsl-3-deadline-or-notice} is wrapped here.)
     *
     * @return the report, lines separated by {@code \n}
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(reachedCount())
                .append(" of ")
                .append(keyCount())
                .append(" message keys reached in ")
                .append(assessments)
                .append(assessments == 1 ? " assessment" : " assessments");
        for (String id : keys.keySet()) {
            out.append('\n').append(describe(id));
        }
        return out.toString();
    }

    /** {@code rule: reached a, b; missed c}. */
    String describe(String ruleId) {
        SortedSet<String> missed = new TreeSet<>(keysOf(ruleId));
        missed.removeAll(reached.get(ruleId));
        SortedSet<String> got = reached.get(ruleId);
        return ruleId + ": reached " + (got.isEmpty() ? "none" : String.join(", ", got))
                + (missed.isEmpty() ? "" : "; missed " + String.join(", ", missed));
    }

    private SortedSet<String> keysOf(String ruleId) {
        SortedSet<String> all = keys.get(Objects.requireNonNull(ruleId, "ruleId"));
        if (all == null) {
            throw new IllegalArgumentException("No rule " + ruleId + " is covered; the rules are " + keys.keySet());
        }
        return all;
    }
}
