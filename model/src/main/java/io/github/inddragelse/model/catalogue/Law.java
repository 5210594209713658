package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The sources of the duties a rule can cite. */
public enum Law implements Labelled {
    /** Retssikkerhedsloven (RSL): the Act on legal certainty and administration in social matters. */
    RSL("rsl", "RSL", "Retssikkerhedsloven", "Act on Legal Certainty and Administration in Social Matters"),
    /** Forvaltningsloven (FVL): the Public Administration Act. */
    FVL("fvl", "FVL", "Forvaltningsloven", "Public Administration Act"),
    /** Serviceloven (SEL): the Social Services Act. */
    SEL("sel", "SEL", "Serviceloven", "Social Services Act"),
    /** God forvaltningsskik: good administrative practice, not a statute. */
    GOOD_PRACTICE("good-practice", "GFS", "God forvaltningsskik", "Good administrative practice"),
    /** Professional guidance, such as Socialstyrelsen's guide to recovery-oriented rehabilitation. */
    GUIDANCE("guidance", "VEJL", "Faglig vejledning", "Professional guidance");

    private final String code;
    private final String abbreviation;
    private final Text label;

    Law(String code, String abbreviation, String da, String en) {
        this.code = code;
        this.abbreviation = abbreviation;
        this.label = Text.of(da, en);
    }

    /**
     * The usual Danish abbreviation, for example {@code FVL}.
     *
     * @return the abbreviation
     */
    public String abbreviation() {
        return abbreviation;
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
