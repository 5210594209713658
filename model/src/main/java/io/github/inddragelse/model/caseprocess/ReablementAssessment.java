package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/**
 * The outcome of assessing whether a short, time-limited reablement course (rehabiliteringsforløb) can
 * improve the citizen's function and so reduce the need for personal and practical help (SEL §83 a).
 * The municipality makes this assessment before it assesses the need for help under SEL §83 (§83, stk.
 * 3), and must offer the course when the assessment finds that it can improve function. Recorded on an
 * {@link Investigation}; a code, never free text.
 */
public enum ReablementAssessment implements Labelled {
    /**
     * A reablement course is judged able to improve the citizen's function and so reduce the need for
     * help under SEL §83: SEL §83 a obliges the
     * municipality to offer it, with individual goals set with the citizen.
     */
    SUITABLE("suitable", "Egnet", "Suitable"),
    /**
     * A reablement course is judged unable to improve the citizen's function: no course is owed under
     * SEL §83 a, and help under SEL §83 can be decided on.
     */
    NOT_SUITABLE("not-suitable", "Ikke egnet", "Not suitable");

    private final String code;
    private final Text label;

    ReablementAssessment(String code, String da, String en) {
        this.code = code;
        this.label = Text.of(da, en);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Text label() {
        return label;
    }
}
