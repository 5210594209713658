package io.github.inddragelse.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Assertions on a {@link RuleCoverage}: that the assessments recorded reached every message key of the
 * rules, or every key but a short list of exceptions, each with its reason in the test. Failures throw
 * {@link AssertionError} with a message that lists every key missed, rule by rule, with what the rule
 * did reach.
 *
 * <pre>{@code
 * import static io.github.inddragelse.testkit.RuleCoverageAssert.assertThat;
 *
 * assertThat(coverage).reachesEveryMessageKeyExcept(Map.of(
 *         // our workflow never records a case without its first contact
 *         "own-need-recorded-at-opening", Set.of("no-contact")));
 * assertThat(coverage).reaches("fvl-19-hearing-before-adverse-decision", "heard", "not-heard");
 * }</pre>
 *
 * <p>A failure reads, for example:
 *
 * <pre>
 * expected every message key of 47 rules to be reached in 300 assessments, except 1 excepted, but 2 were
 * missed:
 *   rsl-3-deadline-or-notice: notice-after-due, overdue-without-notice (reached: decided-in-time,
 *     decided-late-without-notice, no-deadline, not-yet-due, notice-date-passed, notice-given)
 * </pre>
 *
 * <p>(The message's first line and each rule's line are one line each; they are wrapped here.)
 */
public final class RuleCoverageAssert {

    private final RuleCoverage actual;

    private RuleCoverageAssert(RuleCoverage actual) {
        this.actual = Objects.requireNonNull(actual, "coverage");
    }

    /**
     * Starts asserting on a coverage.
     *
     * @param coverage the coverage
     * @return the assertion
     */
    public static RuleCoverageAssert assertThat(RuleCoverage coverage) {
        return new RuleCoverageAssert(coverage);
    }

    /**
     * The coverage under test.
     *
     * @return the coverage
     */
    public RuleCoverage actual() {
        return actual;
    }

    /**
     * Checks that every message key of every rule was reached.
     *
     * @return this
     */
    public RuleCoverageAssert reachesEveryMessageKey() {
        return reachesEveryMessageKeyExcept(Map.of());
    }

    /**
     * Checks that every message key of every rule was reached, except the keys listed. The list must
     * stay true: a key listed that was reached after all, or that is not a message key of its rule (or
     * names no rule covered), fails too, so that the exceptions never outlive their reason.
     *
     * @param exceptions rule id to the keys not expected to be reached
     * @return this
     */
    public RuleCoverageAssert reachesEveryMessageKeyExcept(Map<String, ? extends Set<String>> exceptions) {
        Objects.requireNonNull(exceptions, "exceptions");
        List<String> unknown = new ArrayList<>();
        List<String> reachedAfterAll = new ArrayList<>();
        int excepted = 0;
        for (Map.Entry<String, ? extends Set<String>> e : new TreeMap<>(exceptions).entrySet()) {
            String ruleId = e.getKey();
            if (!actual.ruleIds().contains(ruleId)) {
                unknown.add(ruleId + " (no such rule)");
                continue;
            }
            for (String key : new TreeSet<>(e.getValue())) {
                excepted++;
                if (!actual.messageKeys(ruleId).contains(key)) {
                    unknown.add(ruleId + ": " + key);
                } else if (actual.reached(ruleId).contains(key)) {
                    reachedAfterAll.add(ruleId + ": " + key);
                }
            }
        }
        List<String> missed = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, SortedSet<String>> e : actual.missing().entrySet()) {
            Set<String> allowed = exceptions.containsKey(e.getKey()) ? exceptions.get(e.getKey()) : Set.of();
            SortedSet<String> left = new TreeSet<>(e.getValue());
            left.removeAll(allowed);
            if (!left.isEmpty()) {
                count += left.size();
                SortedSet<String> got = actual.reached(e.getKey());
                missed.add("  " + e.getKey() + ": " + String.join(", ", left) + " (reached: "
                        + (got.isEmpty() ? "none" : String.join(", ", got)) + ")");
            }
        }
        if (missed.isEmpty() && unknown.isEmpty() && reachedAfterAll.isEmpty()) {
            return this;
        }
        StringBuilder message = new StringBuilder("expected every message key of ")
                .append(actual.ruleIds().size())
                .append(actual.ruleIds().size() == 1 ? " rule" : " rules")
                .append(" to be reached in ")
                .append(assessments())
                .append(excepted == 0 ? "" : ", except " + excepted + " excepted,")
                .append(" but");
        List<String> problems = new ArrayList<>();
        if (!missed.isEmpty()) {
            problems.add(" " + count + (count == 1 ? " was" : " were") + " missed:\n" + String.join("\n", missed));
        }
        if (!reachedAfterAll.isEmpty()) {
            problems.add(" these excepted keys were reached after all (remove them from the exceptions): "
                    + String.join("; ", reachedAfterAll));
        }
        if (!unknown.isEmpty()) {
            problems.add(" these exceptions name no message key of a rule covered: " + String.join("; ", unknown));
        }
        message.append(String.join("\nand", problems));
        throw new AssertionError(message.toString());
    }

    /**
     * Checks that a rule reached each of some message keys.
     *
     * @param ruleId the rule id
     * @param messageKeys the keys
     * @return this
     * @throws AssertionError also if the rule is not covered, or a key is not one of its message keys
     */
    public RuleCoverageAssert reaches(String ruleId, String... messageKeys) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(messageKeys, "messageKeys");
        if (!actual.ruleIds().contains(ruleId)) {
            throw new AssertionError(
                    "expected a rule " + ruleId + " to be covered but the rules covered are: " + actual.ruleIds());
        }
        SortedSet<String> keys = actual.messageKeys(ruleId);
        SortedSet<String> got = actual.reached(ruleId);
        List<String> unknown = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String key : messageKeys) {
            if (!keys.contains(Objects.requireNonNull(key, "messageKeys"))) {
                unknown.add(key);
            } else if (!got.contains(key)) {
                missed.add(key);
            }
        }
        String expected = "expected rule " + ruleId + " to reach " + String.join(", ", messageKeys);
        if (!unknown.isEmpty()) {
            throw new AssertionError(expected + " but " + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is not one of its message keys" : " are not among its message keys")
                    + ": " + String.join(", ", keys));
        }
        if (!missed.isEmpty()) {
            throw new AssertionError(expected + " in " + assessments() + " but it missed " + String.join(", ", missed)
                    + " (reached: " + (got.isEmpty() ? "none" : String.join(", ", got)) + ")");
        }
        return this;
    }

    /** {@code 1 assessment}, {@code 300 assessments}: the number recorded. */
    private String assessments() {
        return actual.assessments() + (actual.assessments() == 1 ? " assessment" : " assessments");
    }
}
