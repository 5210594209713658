package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Text;

/**
 * The catalogue the library ships: the four elements of Borgeren i centrum, the eight principles of
 * recovery-oriented rehabilitation, and every standard {@link LegalReferences legal reference}.
 * Rules and checklist items refer to its dimensions by the id constants of this class.
 *
 * <pre>{@code
 * Catalogue catalogue = StandardCatalogue.get();
 * Dimension followUp = catalogue.dimension(StandardCatalogue.P7_FOLLOW_UP).orElseThrow();
 * String shown = followUp.name().in(Language.DA); // "Følg op, så indsatsen altid er den rette"
 * }</pre>
 *
 * <p><b>Where the content comes from.</b> The principles carry the exact Danish names from
 * Socialstyrelsen's 2023 guide <i>Recovery-orienteret rehabilitering. Vejledning til praksis</i>,
 * which the initiative <i>Borgeren ved roret</i> carries over to the disability and socially
 * marginalised areas. The names of the four core elements of Borgeren i centrum are not in the public
 * material; the four elements here are derived from the model's published aims (sbst.dk news of
 * 11 August 2022, 16 September 2022 and 19 January 2023) and each says so in its {@link
 * Dimension#source() source note}. Descriptions and indicators are the library's operationalisation,
 * not quotations. A newer catalogue version may replace any of it without code changes.
 */
public final class StandardCatalogue {

    /** The id of the standard catalogue. */
    public static final String ID = "inddragelse-standard";

    /** The version of the standard catalogue. */
    public static final String VERSION = "2026.1";

    /** Element 1 of Borgeren i centrum: a trusting relationship (tillidsfuld relation). */
    public static final String TRUST = "trust";

    /** Element 2 of Borgeren i centrum: involvement on the citizen's terms. */
    public static final String INVOLVEMENT = "involvement";

    /** Element 3 of Borgeren i centrum: collaboration (samarbejde). */
    public static final String COLLABORATION = "collaboration";

    /** Element 4 of Borgeren i centrum: transparent case handling (gennemsigtig sagsbehandling). */
    public static final String TRANSPARENCY = "transparency";

    /** Principle 1: start from the citizen's hopes, wishes and dreams. */
    public static final String P1_HOPES_WISHES_DREAMS = "p1-hopes-wishes-dreams";

    /** Principle 2: focus on the citizen's resources. */
    public static final String P2_RESOURCES = "p2-resources";

    /** Principle 3: involve the citizen's chosen network and ordinary communities. */
    public static final String P3_NETWORK_COMMUNITIES = "p3-network-communities";

    /** Principle 4: meet the citizen with openness, trust and respect. */
    public static final String P4_OPENNESS_TRUST_RESPECT = "p4-openness-trust-respect";

    /** Principle 5: help the citizen as early as possible. */
    public static final String P5_EARLY_HELP = "p5-early-help";

    /** Principle 6: work in a coordinated way with the citizen's whole life situation. */
    public static final String P6_COORDINATED_WHOLE_LIFE = "p6-coordinated-whole-life";

    /** Principle 7: follow up so that the help is always the right one. */
    public static final String P7_FOLLOW_UP = "p7-follow-up";

    /** Principle 8: use knowledge and methods that work. */
    public static final String P8_KNOWLEDGE_METHODS = "p8-knowledge-methods";

    private static final Text ELEMENT_SOURCE = Text.of(
            "Borgeren i centrum – Model for styrket tillid, samarbejde og inddragelse (Socialstyrelsen, nu"
                    + " Social- og Boligstyrelsen, med Aarhus, Roskilde og Hedensted Kommuner, 2023–2025). Modellen"
                    + " har fire kerneelementer, men deres officielle navne findes ikke i det offentligt"
                    + " tilgængelige materiale. Dette element er afledt af modellens offentliggjorte formål"
                    + " (sbst.dk-nyheder af 11.08.2022, 16.09.2022 og 19.01.2023); beskrivelse og indikatorer er"
                    + " bibliotekets operationalisering. En nyere katalogversion kan erstatte det.",
            "Borgeren i centrum – model for stronger trust, collaboration and involvement (Socialstyrelsen,"
                    + " now Social- og Boligstyrelsen, with Aarhus, Roskilde and Hedensted municipalities,"
                    + " 2023–2025). The model has four core elements, but their official names are not in the"
                    + " public material. This element is derived from the model's published aims (sbst.dk news"
                    + " of 2022-08-11, 2022-09-16 and 2023-01-19); the description and indicators are the"
                    + " library's operationalisation. A newer catalogue version may replace it.");

    private static final Text PRINCIPLE_SOURCE = Text.of(
            "Socialstyrelsen (2023): Recovery-orienteret rehabilitering. Vejledning til praksis"
                    + " (socialpsykiatrien); ført videre til handicap- og udsatteområdet i initiativet Borgeren"
                    + " ved roret (Social- og Boligstyrelsen, 2023–2026). Navnet er vejledningens; beskrivelse"
                    + " og indikatorer er bibliotekets operationalisering, ikke citater fra vejledningen.",
            "Socialstyrelsen (2023): Recovery-orienteret rehabilitering. Vejledning til praksis (guide for"
                    + " social psychiatry); carried over to the disability and socially marginalised areas by"
                    + " the initiative Borgeren ved roret (Social- og Boligstyrelsen, 2023–2026). The Danish"
                    + " name is the guide's; the description and indicators are the library's"
                    + " operationalisation, not quotations from the guide.");

    private static final Catalogue CATALOGUE = Catalogue.builder()
            .id(ID)
            .version(VERSION)
            .addElements(trust(), involvement(), collaboration(), transparency())
            .addPrinciples(
                    hopesWishesDreams(),
                    resources(),
                    networkCommunities(),
                    opennessTrustRespect(),
                    earlyHelp(),
                    coordinatedWholeLife(),
                    followUp(),
                    knowledgeMethods())
            .addAllLegalReferences(LegalReferences.all())
            .build();

    private StandardCatalogue() {}

    /**
     * The standard catalogue, id {@value #ID}, version {@value #VERSION}. Always the same immutable
     * instance.
     *
     * @return the catalogue
     */
    public static Catalogue get() {
        return CATALOGUE;
    }

    private static Dimension trust() {
        return element(TRUST, 1)
                .name(Text.of("Tillidsfuld relation", "Trusting relationship"))
                .description(Text.of(
                        "Borger og sagsbehandler har en tillidsfuld relation: sagsbehandleren har tid til"
                                + " borgeren, er kendt, fast og til at få fat i, og forventningerne til forløb og"
                                + " tidsramme er afstemt tidligt.",
                        "The citizen and the caseworker have a trusting relationship: the caseworker has time"
                                + " for the citizen, is known, fixed and reachable, and expectations about the"
                                + " process and its timing are agreed early."))
                .addIndicators(
                        Text.of(
                                "Der er tid til borgeren (sagstallet er tilpasset)",
                                "There is time for the citizen (caseloads adjusted)"),
                        Text.of(
                                "Kontinuitet: borgeren har en kendt, fast sagsbehandler",
                                "Continuity: the citizen has a known, fixed caseworker"),
                        Text.of(
                                "Sagsbehandleren er til at få fat i, og borgeren ved hvordan",
                                "The caseworker is reachable, and the citizen knows how"),
                        Text.of(
                                "Forventninger til forløb og tidsramme er afstemt tidligt",
                                "Expectations about the process and its timing are agreed early"))
                .addLegalAnchors(LegalReferences.RSL_4, LegalReferences.FVL_7, LegalReferences.RSL_3)
                .build();
    }

    private static Dimension involvement() {
        return element(INVOLVEMENT, 2)
                .name(Text.of("Inddragelse på borgerens præmisser", "Involvement on the citizen's terms"))
                .description(Text.of(
                        "Borgeren deltager i hele forløbet, og kommunikationen er tilpasset borgerens"
                                + " forudsætninger. Borgerens egen opfattelse af et godt liv er udgangspunktet.",
                        "The citizen takes part throughout, and communication is adapted to the citizen's"
                                + " prerequisites. The citizen's own view of a good life is the starting point."))
                .addIndicators(
                        Text.of(
                                "Borgeren deltager i alle faser af forløbet",
                                "The citizen takes part in every phase of the process"),
                        Text.of(
                                "Kommunikationen er tilpasset: tilgængeligt sprog, let læst, billeder, tegnsprogs- eller"
                                        + " sprogtolk efter behov",
                                "Communication is adapted: accessible language, easy-read, pictures, a sign-language or"
                                        + " language interpreter as needed"),
                        Text.of(
                                "Møder er forberedt sammen med borgeren",
                                "Meetings are prepared together with the citizen"),
                        Text.of("Borgeren er tilbudt en bisidder", "The citizen is offered a companion (bisidder)"),
                        Text.of(
                                "Borgerens egen opfattelse af et godt liv er udgangspunktet",
                                "The citizen's own view of a good life is the starting point"))
                .addLegalAnchors(
                        LegalReferences.RSL_4,
                        LegalReferences.FVL_8,
                        LegalReferences.PLAIN_LANGUAGE,
                        LegalReferences.INTERPRETER,
                        LegalReferences.SEL_81)
                .build();
    }

    private static Dimension collaboration() {
        return element(COLLABORATION, 3)
                .name(Text.of("Samarbejde", "Collaboration"))
                .description(Text.of(
                        "Kommunen samarbejder med borgeren, borgerens selvvalgte netværk, udføreren og andre"
                                + " forvaltninger om fælles mål og sammenhængende planer.",
                        "The municipality collaborates with the citizen, the citizen's chosen network, the"
                                + " provider and other departments on shared goals and coordinated plans."))
                .addIndicators(
                        Text.of(
                                "Borgeren og det netværk, borgeren har valgt, er med i samarbejdet",
                                "The citizen and the network the citizen chose take part in the collaboration"),
                        Text.of(
                                "Udføreren får formål og mål med i bestillingen",
                                "The provider receives the purpose and goals with the order"),
                        Text.of(
                                "Der er koordineret med andre forvaltninger og myndigheder",
                                "Work is coordinated with other departments and authorities"),
                        Text.of(
                                "Der er fælles mål og én sammenhængende plan",
                                "There are shared goals and one coordinated plan"))
                .addLegalAnchors(LegalReferences.RSL_1, LegalReferences.RSL_5, LegalReferences.SEL_141)
                .build();
    }

    private static Dimension transparency() {
        return element(TRANSPARENCY, 4)
                .name(Text.of("Gennemsigtig sagsbehandling", "Transparent case handling"))
                .description(Text.of(
                        "Sagen er tilstrækkeligt oplyst, borgeren er hørt, afgørelser er begrundede, skrevet i"
                                + " et klart sprog og har klagevejledning, og fristerne er kendte.",
                        "The case is investigated enough, the citizen is heard, decisions are reasoned, in plain"
                                + " language and with complaint guidance, and deadlines are known."))
                .addIndicators(
                        Text.of(
                                "Sagen er tilstrækkeligt oplyst før afgørelsen",
                                "The case is investigated enough before the decision"),
                        Text.of("Borgeren er partshørt før afgørelsen", "The citizen is heard before the decision"),
                        Text.of(
                                "Afgørelsen er begrundet, i et klart sprog og med klagevejledning",
                                "The decision is reasoned, in plain language and with complaint guidance"),
                        Text.of(
                                "Borgeren kender sagsbehandlingsfristen og får besked, hvis den ikke kan holdes",
                                "The citizen knows the processing deadline and is told if it cannot be kept"))
                .addLegalAnchors(
                        LegalReferences.RSL_10,
                        LegalReferences.FVL_19,
                        LegalReferences.FVL_22_24,
                        LegalReferences.FVL_25,
                        LegalReferences.RSL_3,
                        LegalReferences.PLAIN_LANGUAGE)
                .build();
    }

    private static Dimension hopesWishesDreams() {
        return principle(P1_HOPES_WISHES_DREAMS, 1)
                .name(Text.of(
                        "Tag udgangspunkt i borgernes håb, ønsker og drømme",
                        "Start from the citizens' hopes, wishes and dreams"))
                .description(Text.of(
                        "Indsatsen tager afsæt i det, borgeren selv håber på og ønsker for fremtiden; målene"
                                + " udspringer af borgerens ønsker og er borgerens egne.",
                        "The help starts from what the citizen hopes for and wishes for the future; the goals"
                                + " grow out of the citizen's wishes and are the citizen's own."))
                .addIndicators(
                        Text.of(
                                "Borgerens ønsker for fremtiden er skrevet ned med borgerens egne ord",
                                "The citizen's wishes for the future are recorded in the citizen's own words"),
                        Text.of(
                                "Målene er afledt af borgerens ønsker",
                                "The goals are derived from the citizen's wishes"),
                        Text.of("Borgeren har accepteret målene", "The citizen has accepted the goals"))
                .addLegalAnchors(LegalReferences.SEL_81, LegalReferences.SEL_141)
                .build();
    }

    private static Dimension resources() {
        return principle(P2_RESOURCES, 2)
                .name(Text.of("Fokusér på borgernes ressourcer", "Focus on the citizens' resources"))
                .description(Text.of(
                        "Udredningen ser på borgerens styrker og potentialer, ikke kun på begrænsninger, og"
                                + " målene siger, om funktionsevnen skal udvikles, vedligeholdes eller tab"
                                + " begrænses.",
                        "The assessment looks at the citizen's strengths and potential, not only at"
                                + " limitations, and the goals say whether function is to be developed,"
                                + " maintained or its loss limited."))
                .addIndicators(
                        Text.of(
                                "Udredningen beskriver borgerens ressourcer, ikke kun begrænsninger",
                                "The assessment records the citizen's strengths, not only limitations"),
                        Text.of(
                                "Målets type er angivet: udvikle, vedligeholde eller begrænse tab af funktionsevne",
                                "The goal type is stated: develop, maintain or limit loss of function"))
                .addLegalAnchors(LegalReferences.SEL_81)
                .build();
    }

    private static Dimension networkCommunities() {
        return principle(P3_NETWORK_COMMUNITIES, 3)
                .name(Text.of(
                        "Inddrag borgernes (selvvalgte) netværk og de almene fællesskaber",
                        "Involve the citizens' (self-chosen) network and ordinary communities"))
                .description(Text.of(
                        "Det netværk, borgeren selv vælger, inddrages, og borgeren støttes i at blive en del af"
                                + " almene fællesskaber, civilsamfund og fællesskaber med ligesindede.",
                        "The network the citizen chooses is involved, and the citizen is supported to take part"
                                + " in ordinary communities, civil society and communities of peers."))
                .addIndicators(
                        Text.of("Borgerens netværk er kortlagt", "The citizen's network is mapped"),
                        Text.of(
                                "Netværket er inviteret med, hvor borgeren ønsker det",
                                "The network is invited where the citizen wants it"),
                        Text.of(
                                "Der er skabt forbindelse til almene aktiviteter, civilsamfund eller ligesindede",
                                "Links are made to ordinary activities, civil society or peers"))
                .addLegalAnchors(LegalReferences.SEL_81)
                .build();
    }

    private static Dimension opennessTrustRespect() {
        return principle(P4_OPENNESS_TRUST_RESPECT, 4)
                .name(Text.of(
                        "Mød borgerne med åbenhed, tillid og respekt",
                        "Meet the citizens with openness, trust and respect"))
                .description(Text.of(
                        "Borgeren mødes som en ligeværdig part: møder forberedes og aftales, sprog og form"
                                + " tilpasses, og begrundelserne er åbne og forståelige.",
                        "The citizen is met as an equal party: meetings are prepared and agreed, language and"
                                + " format are adapted, and reasons are open and understandable."))
                .addIndicators(
                        Text.of(
                                "Møder er forberedt og aftalt med borgeren",
                                "Meetings are prepared and agreed with the citizen"),
                        Text.of(
                                "Sprog og form er tilpasset borgeren",
                                "Language and format are adapted to the citizen"),
                        Text.of("Der er brugt tolk, hvor der var behov", "An interpreter is used where needed"),
                        Text.of("Begrundelserne er gennemsigtige", "The reasons are transparent"))
                .addLegalAnchors(
                        LegalReferences.RSL_4,
                        LegalReferences.FVL_7,
                        LegalReferences.FVL_19,
                        LegalReferences.FVL_22_24,
                        LegalReferences.FVL_25)
                .build();
    }

    private static Dimension earlyHelp() {
        return principle(P5_EARLY_HELP, 5)
                .name(Text.of("Hjælp borgerne så tidligt som muligt", "Help the citizens as early as possible"))
                .description(Text.of(
                        "Sagen afgøres hurtigt og inden for den offentliggjorte frist, og tidlige, forebyggende"
                                + " tilbud overvejes, før problemerne vokser.",
                        "The case is decided quickly and within the published deadline, and early, preventive"
                                + " offers are considered before problems grow."))
                .addIndicators(
                        Text.of(
                                "Tiden fra første kontakt til afgørelse er inden for den offentliggjorte frist",
                                "The time from first contact to decision is within the published deadline"),
                        Text.of(
                                "Tidlige, forebyggende tilbud (SEL §§82a-82b) er overvejet",
                                "Early, preventive offers (SEL §§82a-82b) are considered"))
                .addLegalAnchors(LegalReferences.RSL_1, LegalReferences.RSL_3, LegalReferences.SEL_82A_B)
                .build();
    }

    private static Dimension coordinatedWholeLife() {
        return principle(P6_COORDINATED_WHOLE_LIFE, 6)
                .name(Text.of(
                        "Arbejd koordineret med borgernes samlede livssituation",
                        "Work in a coordinated way with the citizens' whole life situation"))
                .description(Text.of(
                        "Borgerens samlede livssituation ses som en helhed: alle muligheder for hjælp overvejes,"
                                + " også andre myndigheders, og indsatserne samles i én koordineret plan.",
                        "The citizen's whole life situation is seen as one: all options for help are"
                                + " considered, also other authorities', and the help is brought together in one"
                                + " coordinated plan."))
                .addIndicators(
                        Text.of(
                                "Alle muligheder for hjælp er overvejet, også andre myndigheders",
                                "All options for help are considered, also other authorities'"),
                        Text.of(
                                "Der er én koordineret plan (SEL §141, stk. 7)",
                                "There is one coordinated plan (SEL §141, para. 7)"))
                .addLegalAnchors(LegalReferences.RSL_5, LegalReferences.SEL_141)
                .build();
    }

    private static Dimension followUp() {
        return principle(P7_FOLLOW_UP, 7)
                .name(Text.of(
                        "Følg op, så indsatsen altid er den rette",
                        "Follow up so that the help is always the right one"))
                .description(Text.of(
                        "Der følges løbende op sammen med borgeren på, om indsatsen virker og stadig er den"
                                + " rette, og den justeres, når den ikke er.",
                        "Follow-up with the citizen checks regularly whether the help works and is still the"
                                + " right one, and adjusts it when it is not."))
                .addIndicators(
                        Text.of(
                                "Der er sat en opfølgningsdato ved afgørelsen",
                                "A follow-up date is set at the decision"),
                        Text.of("Opfølgningen er holdt", "The follow-up is held"),
                        Text.of("Målene er gennemgået sammen med borgeren", "The goals are reviewed with the citizen"),
                        Text.of("Udførerens status er indhentet", "The provider's status is collected"))
                .addLegalAnchors(LegalReferences.SEL_148)
                .build();
    }

    private static Dimension knowledgeMethods() {
        return principle(P8_KNOWLEDGE_METHODS, 8)
                .name(Text.of("Brug viden og metoder, der virker", "Use knowledge and methods that work"))
                .description(Text.of(
                        "Indsatsen bygger på viden og metoder med dokumenteret eller lovende effekt, og borgerens"
                                + " udvikling måles, så det kan ses, om den virker.",
                        "The help builds on knowledge and methods with documented or promising effect, and the"
                                + " citizen's progress is measured so that it shows whether it works."))
                .addIndicators(
                        Text.of("Indsatsen og dens metode er navngivet", "The intervention and its method are named"),
                        Text.of(
                                "Udviklingen er målt, fx funktionsniveau før og efter",
                                "Progress is measured, for example the function level before and after"))
                .addLegalAnchors(LegalReferences.RECOVERY_GUIDE)
                .build();
    }

    private static Dimension.Builder element(String id, int number) {
        return dimension(id, DimensionKind.ELEMENT, number, ELEMENT_SOURCE);
    }

    private static Dimension.Builder principle(String id, int number) {
        return dimension(id, DimensionKind.PRINCIPLE, number, PRINCIPLE_SOURCE);
    }

    private static Dimension.Builder dimension(String id, DimensionKind kind, int number, Text source) {
        return Dimension.builder().id(id).kind(kind).number(number).source(source);
    }
}
