package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** Why a hearing was lawfully not held (FVL §19 stk. 2). */
public enum HearingExemption implements Labelled {
    /** The citizen gave the information themselves and knows it. */
    INFORMATION_FROM_CITIZEN(
            "information-from-citizen", "Oplysningerne stammer fra borgeren", "Information came from the citizen"),
    /** Waiting for a hearing would harm the citizen or the public interest. */
    URGENT("urgent", "Hensynet til hurtig afgørelse", "Urgency"),
    /** Another exemption under FVL §19 stk. 2. */
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
