package io.github.inddragelse.examples.report;

import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.DimensionKind;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.scoring.Lens;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The words of the reports in Danish and English, and the few formatting rules they share: short
 * dimension labels ({@code E1 Tillidsfuld relation}, {@code P7 Opfølgning}) and percents ({@code 73 %}
 * in Danish, {@code 73%} in English).
 *
 * <pre>{@code
 * String heading = Labels.CRITICAL_FINDINGS.in(Language.DA); // "Kritiske fund"
 * String shown = Labels.percent(OptionalDouble.of(72.6), Language.EN); // "73%"
 * }</pre>
 */
public final class Labels {

    /** "Case". */
    public static final Text CASE = Text.of("Sag", "Case");
    /** "Assessed as of". */
    public static final Text AS_OF = Text.of("Vurderet pr.", "Assessed as of");
    /** "Catalogue". */
    public static final Text CATALOGUE = Text.of("Katalog", "Catalogue");
    /** "Library". */
    public static final Text LIBRARY = Text.of("Bibliotek", "Library");
    /** "Scoring policy". */
    public static final Text POLICY = Text.of("Pointpolitik", "Scoring policy");
    /** "Overall". */
    public static final Text OVERALL = Text.of("Samlet", "Overall");
    /** "Dimension". */
    public static final Text DIMENSION = Text.of("Dimension", "Dimension");
    /** Column heading for the records lens, short. */
    public static final Text RECORDS_SHORT = Text.of("Akter", "Records");
    /** Column heading for the caseworker lens, short. */
    public static final Text CASEWORKER_SHORT = Text.of("Sagsb.", "Casewkr");
    /** Column heading for the citizen lens, short. */
    public static final Text CITIZEN_SHORT = Text.of("Borger", "Citizen");
    /** "Band". */
    public static final Text BAND = Text.of("Bånd", "Band");
    /** "Coverage". */
    public static final Text COVERAGE = Text.of("Dækning", "Coverage");
    /** What the capped-band marker means. */
    public static final Text CAPPED_NOTE =
            Text.of("båndet er sænket af et kritisk fund", "the band is capped by a critical finding");
    /** What a dash in a score column means. */
    public static final Text NO_SCORE_NOTE = Text.of(
            "intet at vurdere eller for lav dækning til et bånd",
            "nothing to assess, or too little coverage for a band");
    /** "Critical findings". */
    public static final Text CRITICAL_FINDINGS = Text.of("Kritiske fund", "Critical findings");
    /** "Not met". */
    public static final Text NOT_MET_FINDINGS = Text.of("Ikke eller delvist opfyldt", "Not or partly met");
    /** "Insufficient data". */
    public static final Text INSUFFICIENT_DATA =
            Text.of("Kunne ikke vurderes (utilstrækkelige data)", "Could not be assessed (insufficient data)");
    /** "Met". */
    public static final Text MET_FINDINGS = Text.of("Opfyldt", "Met");
    /** "Not applicable". */
    public static final Text NOT_APPLICABLE_FINDINGS = Text.of("Ikke relevant", "Not applicable");
    /** "No critical findings". */
    public static final Text NO_CRITICAL = Text.of("Ingen kritiske fund.", "No critical findings.");
    /** "No findings". */
    public static final Text NONE = Text.of("Ingen.", "None.");
    /** "Evidence". */
    public static final Text EVIDENCE = Text.of("Grundlag (hændelser)", "Evidence (events)");
    /** "Legal basis". */
    public static final Text LEGAL = Text.of("Retsgrundlag", "Legal basis");
    /** "Recommendation". */
    public static final Text RECOMMENDATION = Text.of("Anbefaling", "Recommendation");
    /** "Why it matters". */
    public static final Text RATIONALE = Text.of("Hvorfor", "Why it matters");
    /** "Also serves". */
    public static final Text ALSO_SERVES = Text.of("Vedrører også", "Also serves");
    /** "Trust gap". */
    public static final Text TRUST_GAP = Text.of("Tillidskløft", "Trust gap");
    /** What the trust gap is. */
    public static final Text TRUST_GAP_NOTE = Text.of(
            "Sagsbehandlerens vurdering minus borgerens oplevelse, i procentpoint. Positiv: sagsbehandleren"
                    + " vurderer forløbet højere, end borgeren oplever det.",
            "The caseworker's view minus the citizen's, in percentage points. Positive: the caseworker rates"
                    + " the process higher than the citizen experiences it.");
    /** "Gap". */
    public static final Text GAP = Text.of("Kløft", "Gap");
    /** "points". */
    public static final Text POINTS = Text.of("point", "points");
    /** "Caseload". */
    public static final Text CASELOAD = Text.of("Sagsstamme", "Caseload");
    /** "Cases". */
    public static final Text CASES = Text.of("Sager", "Cases");
    /** "with critical findings". */
    public static final Text WITH_CRITICAL = Text.of("med kritiske fund", "with critical findings");
    /** "Band distribution per dimension". */
    public static final Text BAND_DISTRIBUTION = Text.of("Bånd pr. dimension", "Bands per dimension");
    /** "No band". */
    public static final Text NO_BAND = Text.of("Intet bånd", "No band");
    /** "Most often unmet rules". */
    public static final Text MOST_OFTEN_UNMET = Text.of("Oftest ikke opfyldte regler", "Rules most often not met");
    /** "partly met". */
    public static final Text PARTLY_MET_COUNT = Text.of("delvist", "partly");
    /** "Rule". */
    public static final Text RULE = Text.of("Regel", "Rule");
    /** "Critical". */
    public static final Text CRITICAL_COUNT = Text.of("Kritiske", "Critical");
    /** "Not met". */
    public static final Text NOT_MET_SHORT = Text.of("Ikke opfyldt", "Not met");
    /** "Report". */
    public static final Text REPORT_TITLE =
            Text.of("Inddragelse – vurdering af sagsforløb", "Inddragelse – case process assessment");
    /** "Back to the caseload". */
    public static final Text BACK = Text.of("Tilbage til oversigten", "Back to the overview");
    /** "Scores per dimension". */
    public static final Text SCORES = Text.of("Score pr. dimension", "Scores per dimension");
    /** "Findings per dimension". */
    public static final Text FINDINGS_BY_DIMENSION = Text.of("Fund pr. dimension", "Findings per dimension");
    /** The radar chart's caption. */
    public static final Text RADAR_CAPTION = Text.of(
            "Procent pr. dimension for hver af de tre vinkler. Manglende punkter: intet at vurdere.",
            "Percent per dimension for each of the three lenses. Missing points: nothing to assess.");
    /** The radar chart's accessible title. */
    public static final Text RADAR_TITLE =
            Text.of("Radardiagram over de tolv dimensioner", "Radar chart of the twelve dimensions");
    /** "Elements of Borgeren i centrum". */
    public static final Text ELEMENTS = Text.of("Elementer i Borgeren i centrum", "Elements of Borgeren i centrum");
    /** "Principles of recovery-oriented rehabilitation". */
    public static final Text PRINCIPLES = Text.of(
            "Principper for recovery-orienteret rehabilitering", "Principles of recovery-oriented rehabilitation");
    /** "Rules". */
    public static final Text RULES = Text.of("Regler", "Rules");
    /** "Checklists". */
    public static final Text CHECKLISTS = Text.of("Tjeklister", "Checklists");
    /** "Severity". */
    public static final Text SEVERITY = Text.of("Alvor", "Severity");
    /** "items". */
    public static final Text ITEMS = Text.of("spørgsmål", "items");
    /** "Generated by". */
    public static final Text GENERATED_BY = Text.of("Lavet med Inddragelse", "Made with Inddragelse");

    private static final Map<Lens, Text> LENS_NAMES = Map.of(
            Lens.RECORDS, Text.of("Sagens akter", "Case records"),
            Lens.CASEWORKER, Text.of("Sagsbehandler", "Caseworker"),
            Lens.CITIZEN, Text.of("Borger", "Citizen"));

    private static final Map<String, Text> SHORT_NAMES = Map.ofEntries(
            Map.entry(StandardCatalogue.TRUST, Text.of("Tillidsfuld relation", "Trusting relationship")),
            Map.entry(StandardCatalogue.INVOLVEMENT, Text.of("Inddragelse", "Involvement")),
            Map.entry(StandardCatalogue.COLLABORATION, Text.of("Samarbejde", "Collaboration")),
            Map.entry(StandardCatalogue.TRANSPARENCY, Text.of("Gennemsigtighed", "Transparency")),
            Map.entry(StandardCatalogue.P1_HOPES_WISHES_DREAMS, Text.of("Håb, ønsker, drømme", "Hopes and wishes")),
            Map.entry(StandardCatalogue.P2_RESOURCES, Text.of("Ressourcer", "Resources")),
            Map.entry(StandardCatalogue.P3_NETWORK_COMMUNITIES, Text.of("Netværk", "Network")),
            Map.entry(StandardCatalogue.P4_OPENNESS_TRUST_RESPECT, Text.of("Åbenhed og respekt", "Openness, respect")),
            Map.entry(StandardCatalogue.P5_EARLY_HELP, Text.of("Tidlig hjælp", "Early help")),
            Map.entry(StandardCatalogue.P6_COORDINATED_WHOLE_LIFE, Text.of("Koordinering", "Coordination")),
            Map.entry(StandardCatalogue.P7_FOLLOW_UP, Text.of("Opfølgning", "Follow-up")),
            Map.entry(StandardCatalogue.P8_KNOWLEDGE_METHODS, Text.of("Viden og metoder", "Knowledge, methods")));

    private static final int SHORT_NAME_LENGTH = 22;

    private Labels() {}

    /**
     * A short name of a lens for table headings: {@code Sagens akter}, {@code Sagsbehandler}, {@code
     * Borger}; other lenses by their label.
     *
     * @param lens the lens
     * @param language the language
     * @return the name
     */
    public static String lensName(Lens lens, Language language) {
        return LENS_NAMES.getOrDefault(lens, lens.label()).in(language);
    }

    /**
     * The dimension's code: {@code E1}–{@code E4} for elements, {@code P1}–{@code P8} for principles.
     *
     * @param dimension the dimension
     * @return the code
     */
    public static String code(Dimension dimension) {
        return (dimension.kind() == DimensionKind.ELEMENT ? "E" : "P") + dimension.number();
    }

    /**
     * A short name for tables and charts: a fixed one for the standard dimensions, otherwise the name
     * cut to {@value #SHORT_NAME_LENGTH} characters.
     *
     * @param dimension the dimension
     * @param language the language
     * @return the short name
     */
    public static String shortName(Dimension dimension, Language language) {
        Text known = SHORT_NAMES.get(dimension.id());
        if (known != null) {
            return known.in(language);
        }
        String name = dimension.name().in(language);
        return name.length() <= SHORT_NAME_LENGTH ? name : name.substring(0, SHORT_NAME_LENGTH - 1) + "…";
    }

    /**
     * The code and short name, for example {@code P7 Opfølgning}.
     *
     * @param dimension the dimension
     * @param language the language
     * @return the label
     */
    public static String label(Dimension dimension, Language language) {
        return code(dimension) + " " + shortName(dimension, language);
    }

    /**
     * A percent rounded to a whole number, or a dash when there is none.
     *
     * @param percent the percent, 0–100
     * @param language the language: {@code 73 %} in Danish, {@code 73%} in English
     * @return the formatted percent
     */
    public static String percent(OptionalDouble percent, Language language) {
        return percent.isPresent() ? percent(percent.getAsDouble(), language) : "–";
    }

    /**
     * A percent rounded to a whole number.
     *
     * @param percent the percent, 0–100
     * @param language the language
     * @return the formatted percent
     */
    public static String percent(double percent, Language language) {
        return Math.round(percent) + (language == Language.DA ? " %" : "%");
    }

    /**
     * A share (0–1) as a percent.
     *
     * @param share the share
     * @param language the language
     * @return the formatted percent
     */
    public static String share(double share, Language language) {
        return percent(share * 100, language);
    }

    /**
     * A trust gap in percentage points with its sign, for example {@code +25}.
     *
     * @param gap the gap
     * @return the formatted gap
     */
    public static String signedPoints(double gap) {
        long rounded = Math.round(gap);
        return (rounded > 0 ? "+" : "") + rounded;
    }

    /**
     * The language for a command-line value.
     *
     * @param code {@code da} or {@code en}, any case
     * @return the language
     * @throws IllegalArgumentException for any other value
     */
    public static Language language(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "da" -> Language.DA;
            case "en" -> Language.EN;
            default -> throw new IllegalArgumentException("language must be da or en, not '" + code + "'");
        };
    }
}
