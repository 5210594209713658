package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The role a participant has in the case. */
public enum Role implements Labelled {
    /** The citizen the case is about. */
    CITIZEN("citizen", "Borger", "Citizen"),
    /** A municipal caseworker (myndighed). */
    CASEWORKER("caseworker", "Sagsbehandler", "Caseworker"),
    /** A relative. */
    RELATIVE("relative", "Pårørende", "Relative"),
    /** A person from the citizen's chosen network. */
    NETWORK("network", "Netværk", "Network member"),
    /** A companion (bisidder) the citizen brings, FVL §8. */
    COMPANION("companion", "Bisidder", "Companion (bisidder)"),
    /** A representative acting for the citizen, FVL §8. */
    REPRESENTATIVE("representative", "Partsrepræsentant", "Representative"),
    /** A court-appointed guardian (værge). */
    GUARDIAN("guardian", "Værge", "Guardian"),
    /**
     * An interpreter: language, sign language or tactile. Among an event's participants, one who
     * interpreted what was said at that event; a written translation is not recorded as an interpreter.
     */
    INTERPRETER("interpreter", "Tolk", "Interpreter"),
    /** Staff of the provider (udfører, tilbud). */
    PROVIDER_STAFF("provider-staff", "Udfører", "Provider staff"),
    /** A peer worker with lived experience. */
    PEER_WORKER("peer-worker", "Peer-medarbejder", "Peer worker"),
    /** Someone from another authority or department. */
    OTHER_AUTHORITY("other-authority", "Anden myndighed", "Other authority");

    private final String code;
    private final Text label;

    Role(String code, String da, String en) {
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
