package io.github.inddragelse.model.scoring;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.checklist.Perspective;

/**
 * The angle a score is seen from: what the records show (the rules), or what a respondent reports
 * (a checklist per perspective). The gap between the caseworker's and the citizen's lens is the
 * trust gap.
 */
public enum Lens implements Labelled {
    /** What the case records show: the rules. */
    RECORDS("records", "Sagens akter", "Case records"),
    /** What the caseworker reports. */
    CASEWORKER("caseworker", "Sagsbehandlerens vurdering", "Caseworker's view"),
    /** What the citizen experiences. */
    CITIZEN("citizen", "Borgerens oplevelse", "Citizen's view"),
    /** What a leader reports. */
    LEADER("leader", "Lederens vurdering", "Leader's view"),
    /** What the provider reports. */
    PROVIDER("provider", "Udførerens vurdering", "Provider's view");

    private final String code;
    private final Text label;

    Lens(String code, String da, String en) {
        this.code = code;
        this.label = Text.of(da, en);
    }

    /**
     * The lens of a checklist perspective.
     *
     * @param perspective the perspective
     * @return the matching lens
     */
    public static Lens of(Perspective perspective) {
        return switch (perspective) {
            case CITIZEN -> CITIZEN;
            case CASEWORKER -> CASEWORKER;
            case LEADER -> LEADER;
            case PROVIDER -> PROVIDER;
        };
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
