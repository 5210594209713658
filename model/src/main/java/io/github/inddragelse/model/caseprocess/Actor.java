package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** Who, other than the caseworker, information comes from or work is coordinated with. */
public enum Actor implements Labelled {
    /** The citizen. */
    CITIZEN("citizen", "Borgeren", "The citizen"),
    /** The citizen's network or relatives. */
    NETWORK("network", "Netværk og pårørende", "Network and relatives"),
    /** The provider of the help. */
    PROVIDER("provider", "Udfører", "Provider"),
    /** Another department of the municipality. */
    OTHER_DEPARTMENT("other-department", "Anden forvaltning", "Other department"),
    /** Regional psychiatry. */
    REGIONAL_PSYCHIATRY("regional-psychiatry", "Regionspsykiatrien", "Regional psychiatry"),
    /** The citizen's general practitioner. */
    GENERAL_PRACTITIONER("general-practitioner", "Egen læge", "General practitioner"),
    /** A hospital. */
    HOSPITAL("hospital", "Hospital", "Hospital"),
    /** The jobcentre. */
    JOBCENTRE("jobcentre", "Jobcenter", "Jobcentre"),
    /** Associations, peers and ordinary communities. */
    CIVIL_SOCIETY("civil-society", "Civilsamfund og fællesskaber", "Civil society and communities"),
    /** Anyone else. */
    OTHER("other", "Andre", "Other");

    private final String code;
    private final Text label;

    Actor(String code, String da, String en) {
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
