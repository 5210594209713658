package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** What the citizen was guided about (FVL §7). */
public enum GuidanceTopic implements Labelled {
    /** The citizen's rights in the case. */
    RIGHTS("rights", "Rettigheder", "Rights"),
    /** How the case will run and when. */
    PROCESS_AND_TIMING("process-and-timing", "Forløb og tidsramme", "Process and timing"),
    /** The right to bring a companion (bisidder), FVL §8. */
    COMPANION("companion", "Bisidder", "Companion"),
    /** How to complain. */
    COMPLAINT("complaint", "Klagemuligheder", "Complaint options"),
    /** Other help, also from other authorities. */
    OTHER_HELP("other-help", "Andre hjælpemuligheder", "Other help"),
    /** How to reach the caseworker. */
    CONTACT("contact", "Kontakt", "Contact");

    private final String code;
    private final Text label;

    GuidanceTopic(String code, String da, String en) {
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
