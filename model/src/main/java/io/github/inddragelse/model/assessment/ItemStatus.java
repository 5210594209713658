package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** How a checklist item counted in an assessment. */
public enum ItemStatus implements Labelled {
    /** Answered on the scale and scored. */
    SCORED("scored", "Besvaret", "Scored"),
    /** The item's condition did not hold, or the respondent answered "not applicable". */
    NOT_APPLICABLE("not-applicable", "Ikke relevant", "Not applicable"),
    /** The respondent answered "don't know": lowers coverage. */
    DONT_KNOW("dont-know", "Ved ikke", "Don't know"),
    /** The item applied but was not answered: lowers coverage. */
    UNANSWERED("unanswered", "Ikke besvaret", "Unanswered");

    private final String code;
    private final Text label;

    ItemStatus(String code, String da, String en) {
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
