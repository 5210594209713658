package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/**
 * The sources of the duties a rule can cite: three statutes, good administrative practice, and
 * professional practice material. Each decides how a {@link LegalReference#citation()} of it reads:
 * a statute by its abbreviation and the provision ({@code FVL §19}), good practice by its name and the
 * topic ({@code God forvaltningsskik (klart sprog)}), practice material by its publisher and the work
 * as the reference's section gives them ({@code Social- og Boligstyrelsen 2023}).
 */
public enum Law implements Labelled {
    /** Retssikkerhedsloven (RSL): the Act on legal certainty and administration in social matters. */
    RSL("rsl", "RSL", "Retssikkerhedsloven", "Act on Legal Certainty and Administration in Social Matters", "RSL ", ""),
    /** Forvaltningsloven (FVL): the Public Administration Act. */
    FVL("fvl", "FVL", "Forvaltningsloven", "Public Administration Act", "FVL ", ""),
    /** Serviceloven (SEL): the Social Services Act. */
    SEL("sel", "SEL", "Serviceloven", "Social Services Act", "SEL ", ""),
    /** God forvaltningsskik: good administrative practice, not a statute. */
    GOOD_PRACTICE(
            "good-practice",
            "GFS",
            "God forvaltningsskik",
            "Good administrative practice",
            "God forvaltningsskik (",
            ")"),
    /**
     * Professional practice material, such as Social- og Boligstyrelsen's (formerly Socialstyrelsen's)
     * guide to recovery-oriented rehabilitation: not a statute, and not a formal vejledning to a statute
     * on Retsinformation. A reference of it names the publisher and the work in its section.
     */
    GUIDANCE("guidance", "VEJL", "Fagligt praksismateriale", "Professional practice material", "", "");

    private final String code;
    private final String abbreviation;
    private final Text label;
    private final String citationPrefix;
    private final String citationSuffix;

    Law(String code, String abbreviation, String da, String en, String citationPrefix, String citationSuffix) {
        this.code = code;
        this.abbreviation = abbreviation;
        this.label = Text.of(da, en);
        this.citationPrefix = citationPrefix;
        this.citationSuffix = citationSuffix;
    }

    /**
     * The usual Danish abbreviation of a statute, for example {@code FVL}. Good practice ({@code GFS})
     * and practice material ({@code VEJL}) have none in common use: theirs are the library's own short
     * marks, and their citations do not use them.
     *
     * @return the abbreviation
     */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * How a reference to a provision (or topic, or work) of this source is cited.
     *
     * @param section the reference's section
     * @return the citation
     */
    String cite(String section) {
        return citationPrefix + section + citationSuffix;
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
