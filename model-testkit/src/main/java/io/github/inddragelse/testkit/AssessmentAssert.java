package io.github.inddragelse.testkit;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fluent assertions on an {@link Assessment}, for tests of case workflows, rule packs and adapters.
 * Failures throw {@link AssertionError} (any test framework reports it) with a message that names the
 * rule, its outcome, its evidence and its English explanation, or the dimension with all its numbers.
 *
 * <pre>{@code
 * import static io.github.inddragelse.testkit.AssessmentAssert.assertThat;
 *
 * Assessment assessment = Assessor.standard().assess(c.process(), c.asOf());
 * assertThat(assessment)
 *         .hasNoCriticalFindings()
 *         .everyDimensionAtLeast(Band.ADEQUATE);
 * assertThat(assessment).finding("sel-148-follow-up-held").isMet();
 * assertThat(assessment).dimension("p7-follow-up").hasBand(Band.STRONG).lens(Lens.RECORDS).hasScoreAtLeast(80);
 * assertThat(assessment).hasTrustGap("involvement").atMost(10);
 * }</pre>
 *
 * <p>A failure reads, for example:
 *
 * <pre>
 * expected rule fvl-19-hearing-before-adverse-decision to be met but it was not-met (evidence: e7, e9): ...
 * expected dimension p7-follow-up to have band strong but it had band weak (score 72.5, band weak,
 *     coverage 1 (3 of 3 applicable items scored), capped); critical findings on it: sel-148-follow-up-held
 * </pre>
 */
public final class AssessmentAssert {

    /**
     * A placeholder left in a rendered message: a name in braces, matched a little wider than the
     * template grammar ({@code _ . -} allowed too) so that none is missed.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_.-]*}");

    private final Assessment actual;

    private AssessmentAssert(Assessment actual) {
        this.actual = Objects.requireNonNull(actual, "assessment");
    }

    /**
     * Starts asserting on an assessment.
     *
     * @param assessment the assessment
     * @return the assertion
     */
    public static AssessmentAssert assertThat(Assessment assessment) {
        return new AssessmentAssert(assessment);
    }

    /**
     * The assessment under test.
     *
     * @return the assessment
     */
    public Assessment actual() {
        return actual;
    }

    /**
     * Checks that no critical rule is unmet.
     *
     * @return this
     */
    public AssessmentAssert hasNoCriticalFindings() {
        List<Finding> critical = actual.criticalFindings();
        if (!critical.isEmpty()) {
            throw new AssertionError("expected no critical findings but found " + critical.size() + ": "
                    + critical.stream().map(Descriptions::finding).collect(Collectors.joining("; ")));
        }
        return this;
    }

    /**
     * Checks that a rule's finding is critical: a critical rule not met.
     *
     * @param ruleId the rule id
     * @return this
     */
    public AssessmentAssert hasCriticalFinding(String ruleId) {
        finding(ruleId).isCritical();
        return this;
    }

    /**
     * Checks that no rule threw: every finding is the rule's own conclusion.
     *
     * @return this
     */
    public AssessmentAssert hasNoFailedRules() {
        List<String> failed = actual.findings().stream()
                .filter(Finding::failed)
                .map(f -> f.ruleId() + " (" + f.args().getOrDefault("error", "?") + ")")
                .collect(Collectors.toList());
        if (!failed.isEmpty()) {
            throw new AssertionError(
                    "expected every rule to decide but " + failed.size() + " failed: " + String.join(", ", failed));
        }
        return this;
    }

    /**
     * Checks that every finding's explanation is fully rendered, in Danish and in English: no
     * placeholder such as {@code {meeting}} is left because the evaluation gave no argument of that
     * name. A missing argument does not fail the assessment (the placeholder is shown as written), so
     * this is how a test of a rule pack catches one before a caseworker sees it.
     *
     * @return this
     */
    public AssessmentAssert hasEveryMessageFilled() {
        List<String> unfilled = new ArrayList<>();
        for (Finding f : actual.findings()) {
            placeholderIn(f.explanation().da())
                    .or(() -> placeholderIn(f.explanation().en()))
                    .ifPresent(p -> unfilled.add(f.ruleId() + " (" + f.messageKey() + ": " + p + ")"));
        }
        if (!unfilled.isEmpty()) {
            throw new AssertionError("expected every message to be filled but " + unfilled.size() + " left a"
                    + " placeholder: " + String.join(", ", unfilled));
        }
        return this;
    }

    private static Optional<String> placeholderIn(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * Moves to the finding of one rule.
     *
     * @param ruleId the rule id
     * @return assertions on the finding
     * @throws AssertionError if the assessment has no finding of the rule
     */
    public FindingAssert finding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        Finding f = actual.finding(ruleId)
                .orElseThrow(() -> new AssertionError("expected a finding of rule " + ruleId
                        + " but the assessment has none; its rules are: "
                        + actual.findings().stream().map(Finding::ruleId).collect(Collectors.joining(", "))));
        return new FindingAssert(this, f);
    }

    /**
     * Moves to the overall score of one dimension; {@link DimensionAssert#lens(Lens)} moves on to a
     * lens.
     *
     * @param dimensionId the dimension id, for example {@code p7-follow-up}
     * @return assertions on the dimension's score
     * @throws AssertionError if the assessment has no such dimension
     */
    public DimensionAssert dimension(String dimensionId) {
        Objects.requireNonNull(dimensionId, "dimensionId");
        DimensionScore d = actual.dimension(dimensionId)
                .orElseThrow(() -> new AssertionError("expected a dimension " + dimensionId
                        + " but the assessment has none; its dimensions are: "
                        + actual.dimensions().stream()
                                .map(DimensionScore::dimensionId)
                                .collect(Collectors.joining(", "))));
        return new DimensionAssert(this, d, Optional.empty());
    }

    /**
     * Moves to the overall score of the case, across dimensions.
     *
     * @return assertions on the overall score
     */
    public ScoreAssert overall() {
        return new ScoreAssert(this, actual.overall(), "the overall score");
    }

    /**
     * Checks that a dimension has a trust gap (the caseworker and the citizen both scored it) and moves
     * to it.
     *
     * @param dimensionId the dimension id, for example {@code involvement}
     * @return assertions on the gap
     */
    public TrustGapAssert hasTrustGap(String dimensionId) {
        Objects.requireNonNull(dimensionId, "dimensionId");
        return new TrustGapAssert(
                this,
                actual.trustGap(dimensionId)
                        .orElseThrow(() -> new AssertionError("expected a trust gap on dimension "
                                + dimensionId
                                + " but there is none: it needs a score through both the caseworker and the"
                                + " citizen lens; " + lenses(dimensionId))));
    }

    /**
     * Checks that every dimension that claims a band has at least this one. Dimensions without a band
     * (nothing applicable, or too little coverage) are not checked: assert on them with {@link
     * #dimension(String)}.
     *
     * @param least the worst band accepted
     * @return this
     */
    public AssessmentAssert everyDimensionAtLeast(Band least) {
        Objects.requireNonNull(least, "least");
        List<String> below = new ArrayList<>();
        for (DimensionScore d : actual.dimensions()) {
            Optional<Band> band = d.overall().band();
            if (band.isPresent() && !band.get().isAtLeast(least)) {
                below.add(d.dimensionId() + " (" + Descriptions.score(d.overall())
                        + (d.criticalRuleIds().isEmpty()
                                ? ""
                                : "; critical findings on it: " + String.join(", ", d.criticalRuleIds()))
                        + ")");
            }
        }
        if (!below.isEmpty()) {
            throw new AssertionError("expected every dimension with a band to be " + least.code()
                    + " or better but " + below.size() + " " + (below.size() == 1 ? "is" : "are") + " not: "
                    + String.join("; ", below));
        }
        return this;
    }

    private String lenses(String dimensionId) {
        return actual.dimension(dimensionId)
                .map(d -> "caseworker lens: " + Descriptions.score(d.lens(Lens.CASEWORKER)) + "; citizen lens: "
                        + Descriptions.score(d.lens(Lens.CITIZEN)))
                .orElse("the assessment has no dimension " + dimensionId);
    }
}
