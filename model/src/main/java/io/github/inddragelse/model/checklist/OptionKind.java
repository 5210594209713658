package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** What choosing an answer option means for the score. */
public enum OptionKind implements Labelled {
    /** A scored answer with points. */
    SCORED("scored", "Pointgivende", "Scored"),
    /** Not applicable: the item leaves the denominator. */
    NOT_APPLICABLE("not-applicable", "Ikke relevant", "Not applicable"),
    /** Don't know / cannot rate: reported as lower coverage, never as a score. */
    DONT_KNOW("dont-know", "Ved ikke", "Don't know");

    private final String code;
    private final Text label;

    OptionKind(String code, String da, String en) {
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
