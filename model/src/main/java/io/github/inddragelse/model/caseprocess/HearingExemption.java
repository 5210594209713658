package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/**
 * Why a decision was lawfully made without a hearing (FVL §19). Either the duty of stk. 1 never arose:
 * it covers only information about the facts of the case and external expert assessments that the
 * citizen cannot be assumed to know the municipality has, and only when they are "til ugunst for den
 * pågældende part og er af væsentlig betydning for sagens afgørelse"; or one of the exceptions of stk. 2
 * applies. A hearing is the rule for an adverse decision: record an exemption only when the file shows
 * why none was needed.
 */
public enum HearingExemption implements Labelled {
    /**
     * FVL §19 stk. 1 is not triggered: the decision rests on no information about the facts and no
     * external expert assessment that is against the citizen, of substantial importance to the decision,
     * and not known to the citizen. A decision that rests on, for example, a doctor's statement or an
     * investigation the citizen has not seen does not qualify.
     */
    NO_INFORMATION_AGAINST_CITIZEN(
            "no-information-against-citizen",
            "Ingen væsentlige oplysninger til ugunst for borgeren, som borgeren ikke kender",
            "No substantial information against the citizen that the citizen does not know"),
    /**
     * FVL §19 stk. 1 is not triggered for the information against the citizen because the citizen gave
     * it: the citizen can be assumed to know that the municipality has it.
     */
    INFORMATION_FROM_CITIZEN(
            "information-from-citizen", "Oplysningerne stammer fra borgeren", "Information came from the citizen"),
    /** FVL §19 stk. 2: waiting for a hearing would harm the citizen or the public interest. */
    URGENT("urgent", "Hensynet til hurtig afgørelse", "Urgency"),
    /** Another exception under FVL §19 stk. 2. */
    OTHER_STATUTORY("other-statutory", "Anden lovlig undtagelse", "Other statutory exemption");

    private final String code;
    private final Text label;

    HearingExemption(String code, String da, String en) {
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
