package io.github.inddragelse.testkit;

import io.github.inddragelse.model.scoring.Score;

/**
 * Assertions on the overall score of an assessment; get one from {@link AssessmentAssert#overall()}.
 *
 * <pre>{@code
 * assertThat(assessment).overall().hasBandAtLeast(Band.ADEQUATE).isNotCapped();
 * }</pre>
 */
public final class ScoreAssert extends AbstractScoreAssert<ScoreAssert> {

    private final Score actual;
    private final String subject;

    ScoreAssert(AssessmentAssert parent, Score actual, String subject) {
        super(parent);
        this.actual = actual;
        this.subject = subject;
    }

    @Override
    public Score actual() {
        return actual;
    }

    @Override
    String subject() {
        return subject;
    }
}
