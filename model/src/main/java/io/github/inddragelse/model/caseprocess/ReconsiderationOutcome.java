package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/**
 * What the municipality's reconsideration (genvurdering) of a complaint concluded (RSL §§66-67). Where
 * the municipality maintains (fastholder) the decision in full or in part, the complaint must be sent on
 * to Ankestyrelsen within four weeks of its receipt; {@link #mustBeSentOn()} says which outcomes those
 * are. Whether it was sent on is recorded in {@link Complaint#forwardedOn()}.
 */
public enum ReconsiderationOutcome implements Labelled {
    /** The decision was maintained in full: the complaint must be sent on to Ankestyrelsen. */
    UPHELD("upheld", "Fastholdt", "Upheld"),
    /**
     * The decision was changed in the citizen's favour in part and maintained for the rest: the complaint
     * must be sent on to Ankestyrelsen for the rest.
     */
    PARTLY_CHANGED("partly-changed", "Delvist ændret", "Changed in part"),
    /**
     * The decision was changed so that the citizen is granted what the complaint asked: nothing is left
     * to send on. A decision changed only in part is {@link #PARTLY_CHANGED}.
     */
    CHANGED("changed", "Ændret", "Changed");

    private final String code;
    private final Text label;

    ReconsiderationOutcome(String code, String da, String en) {
        this.code = code;
        this.label = Text.of(da, en);
    }

    /**
     * Whether the complaint must be sent on to Ankestyrelsen after a reconsideration with this outcome:
     * the decision was maintained in full or in part (RSL §§66-67).
     *
     * @return true for {@link #UPHELD} and {@link #PARTLY_CHANGED}, false for {@link #CHANGED}
     */
    public boolean mustBeSentOn() {
        return this == UPHELD || this == PARTLY_CHANGED;
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
