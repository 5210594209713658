package io.github.inddragelse.testkit;

import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Score;
import java.util.Objects;

/**
 * The checks every score assertion shares: band, score, coverage and cap. A failure throws {@link
 * AssertionError} naming what was checked (for example {@code dimension p7-follow-up, lens citizen})
 * and every number of the score:
 *
 * <pre>{@code
 * expected dimension p7-follow-up to have band weak but it had band adequate
 *     (score 72.5, band adequate, coverage 0.8 (4 of 5 applicable items scored), not capped)
 * }</pre>
 *
 * @param <S> the concrete assertion type, returned by every check so that checks chain
 */
public abstract class AbstractScoreAssert<S extends AbstractScoreAssert<S>> {

    private final AssessmentAssert parent;

    AbstractScoreAssert(AssessmentAssert parent) {
        this.parent = parent;
    }

    /**
     * The score under test.
     *
     * @return the score
     */
    public abstract Score actual();

    /** What the score belongs to, for messages: {@code dimension trust, lens citizen}. */
    abstract String subject();

    /** More about the subject after its numbers, for example which rules capped it; empty if nothing. */
    String context() {
        return "";
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /**
     * Back to the assertions on the whole assessment.
     *
     * @return the assessment's assertion
     */
    public AssessmentAssert and() {
        return parent;
    }

    /**
     * Checks the band.
     *
     * @param expected the band expected
     * @return this
     */
    public S hasBand(Band expected) {
        Objects.requireNonNull(expected, "expected");
        if (!actual().band().equals(java.util.Optional.of(expected))) {
            throw fail("to have band " + expected.code() + " but it had " + Descriptions.band(actual().band()));
        }
        return self();
    }

    /**
     * Checks that the score claims no band (nothing applies, nothing could be scored, or the coverage
     * is below the scoring policy's minimum).
     *
     * @return this
     */
    public S hasNoBand() {
        if (actual().band().isPresent()) {
            throw fail("to have no band but it had " + Descriptions.band(actual().band()));
        }
        return self();
    }

    /**
     * Checks that the score has a band at least this good.
     *
     * @param least the worst band accepted
     * @return this
     */
    public S hasBandAtLeast(Band least) {
        Objects.requireNonNull(least, "least");
        if (actual().band().map(b -> !b.isAtLeast(least)).orElse(true)) {
            throw fail("to have band " + least.code() + " or better but it had " + Descriptions.band(actual().band()));
        }
        return self();
    }

    /**
     * Checks that the score has a band no better than this one.
     *
     * @param most the best band accepted
     * @return this
     */
    public S hasBandAtMost(Band most) {
        Objects.requireNonNull(most, "most");
        if (actual().band().map(b -> b != most && b.isAtLeast(most)).orElse(true)) {
            throw fail("to have band " + most.code() + " or worse but it had " + Descriptions.band(actual().band()));
        }
        return self();
    }

    /**
     * Checks that a critical finding capped the band.
     *
     * @return this
     */
    public S isCapped() {
        if (!actual().capped()) {
            throw fail("to be capped by a critical finding but it was not");
        }
        return self();
    }

    /**
     * Checks that no critical finding capped the band.
     *
     * @return this
     */
    public S isNotCapped() {
        if (actual().capped()) {
            throw fail("not to be capped but it was");
        }
        return self();
    }

    /**
     * Checks that there is a score (percent of maximum) of at least this much.
     *
     * @param least the lowest percent accepted, 0 to 100
     * @return this
     */
    public S hasScoreAtLeast(double least) {
        if (actual().percent().isEmpty() || actual().percent().getAsDouble() < least) {
            throw fail("to score at least " + Descriptions.number(least) + " but it had " + percent());
        }
        return self();
    }

    /**
     * Checks that there is a score (percent of maximum) of at most this much.
     *
     * @param most the highest percent accepted, 0 to 100
     * @return this
     */
    public S hasScoreAtMost(double most) {
        if (actual().percent().isEmpty() || actual().percent().getAsDouble() > most) {
            throw fail("to score at most " + Descriptions.number(most) + " but it had " + percent());
        }
        return self();
    }

    /**
     * Checks that there is no score: nothing applies, or nothing that applies could be scored.
     *
     * @return this
     */
    public S hasNoScore() {
        if (actual().percent().isPresent()) {
            throw fail("to have no score but it had " + percent());
        }
        return self();
    }

    /**
     * Checks that at least this share of what applies could be scored.
     *
     * @param least the lowest coverage accepted, 0 to 1
     * @return this
     */
    public S hasCoverageAtLeast(double least) {
        if (actual().coverage() < least) {
            throw fail("to have coverage at least " + Descriptions.number(least) + " but it had "
                    + Descriptions.number(actual().coverage()));
        }
        return self();
    }

    private String percent() {
        return actual().percent().isPresent()
                ? "score " + Descriptions.number(actual().percent().getAsDouble())
                : "no score";
    }

    private AssertionError fail(String expectation) {
        return new AssertionError(
                "expected " + subject() + " " + expectation + " (" + Descriptions.score(actual()) + ")" + context());
    }
}
