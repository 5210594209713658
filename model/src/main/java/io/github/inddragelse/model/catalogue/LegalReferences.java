package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Text;
import java.util.List;

/**
 * The legal references of the standard catalogue: the duties of retssikkerhedsloven (RSL),
 * forvaltningsloven (FVL) and serviceloven (SEL) that the standard rules cite, plus good practice and
 * two works of Social- og Boligstyrelsen's professional practice material (not formal vejledninger on
 * Retsinformation): the model Borgeren i centrum and the recovery guide. Summaries of public sources (danskelove.dk, elov.dk, ombudsmanden.dk, kl.dk,
 * ast.dk, dukh.dk; 2023–2025 versions), not quotations of the law. Breaking a {@link
 * LegalKind#GUARANTEE_RULE guarantee rule} (RSL §10, FVL §19, FVL §§22-24) is critical. Breaking an
 * {@link LegalKind#ORDER_RULE order rule} does not normally make the decision invalid and is as a rule
 * advisory, such as the deadlines of RSL §3; complaint guidance (FVL §25) is an order rule that the
 * standard rules still treat as critical, for the reason its rule gives.
 */
public final class LegalReferences {

    /** RSL §1: Purpose: early and holistic help. */
    public static final LegalReference RSL_1 = ref(
            "rsl-1",
            Law.RSL,
            "§1",
            LegalKind.SUBSTANTIVE,
            Text.of("Formål: tidlig og helhedsorienteret hjælp", "Purpose: early and holistic help"),
            Text.of(
                    "Lovens formålsbestemmelse: at sikre borgerens rettigheder og indflydelse og en tidlig og helhedsorienteret hjælp.",
                    "The act's purpose clause: to secure the citizen's rights and influence and early, holistic help."));

    /** RSL §3: Prompt handling and processing deadlines. */
    public static final LegalReference RSL_3 = ref(
            "rsl-3",
            Law.RSL,
            "§3",
            LegalKind.ORDER_RULE,
            Text.of("Hurtig behandling og sagsbehandlingsfrister", "Prompt handling and processing deadlines"),
            Text.of(
                    "Sagen skal afgøres så hurtigt som muligt; kommunen fastsætter og offentliggør frister for hvert område, og kan fristen ikke holdes, skal borgeren skriftligt have besked om, hvornår afgørelsen kan ventes.",
                    "Decide as quickly as possible; the municipality sets and publishes deadlines per area, and if a deadline cannot be kept, the citizen is told in writing when to expect a decision."));

    /** RSL §4: The citizen's participation. */
    public static final LegalReference RSL_4 = ref(
            "rsl-4",
            Law.RSL,
            "§4",
            LegalKind.SUBSTANTIVE,
            Text.of("Borgerens medvirken", "The citizen's participation"),
            Text.of(
                    "Borgeren skal have mulighed for at medvirke ved behandlingen af sin sag, og kommunen skal tilrettelægge arbejdet, så det er muligt.",
                    "The citizen can take part in handling their own case, and the municipality must organise the work so that this is possible."));

    /** RSL §5: Holistic consideration. */
    public static final LegalReference RSL_5 = ref(
            "rsl-5",
            Law.RSL,
            "§5",
            LegalKind.SUBSTANTIVE,
            Text.of("Helhedsvurdering", "Holistic consideration"),
            Text.of(
                    "En ansøgning skal behandles i forhold til alle de muligheder for hjælp, der findes, også hos andre myndigheder.",
                    "An application must be considered against all options for help, also those of other authorities."));

    /** RSL §10: Investigation principle: case investigated enough. */
    public static final LegalReference RSL_10 = ref(
            "rsl-10",
            Law.RSL,
            "§10",
            LegalKind.GUARANTEE_RULE,
            Text.of("Officialprincippet: tilstrækkelig oplysning", "Investigation principle: case investigated enough"),
            Text.of(
                    "Kommunen skal sørge for, at sagen er tilstrækkeligt oplyst, før der træffes afgørelse.",
                    "The municipality must make sure the case is investigated enough before deciding."));

    /** RSL §11: The citizen's help with information. */
    public static final LegalReference RSL_11 = ref(
            "rsl-11",
            Law.RSL,
            "§11",
            LegalKind.ORDER_RULE,
            Text.of("Borgerens medvirken til oplysning", "The citizen's help with information"),
            Text.of(
                    "Borgeren kan bedes medvirke til at skaffe oplysninger, men der må ikke bedes om unødvendige oplysninger eller om oplysninger, kommunen selv kan indhente med samtykke.",
                    "The citizen may be asked to help obtain information, but not for what is unnecessary or what the municipality can obtain itself with consent."));

    /** RSL §§66-67: Complaint and reconsideration. */
    public static final LegalReference RSL_66_67 = ref(
            "rsl-66-67",
            Law.RSL,
            "§§66-67",
            LegalKind.ORDER_RULE,
            Text.of("Klage og genvurdering", "Complaint and reconsideration"),
            Text.of(
                    "Der kan klages inden 4 uger efter, at afgørelsen er modtaget; kommunen genvurderer sagen inden 4 uger, før den sendes til Ankestyrelsen.",
                    "A complaint is lodged within 4 weeks of receiving the decision; the municipality reconsiders the case within 4 weeks before it goes to Ankestyrelsen."));

    /** FVL §7: Duty to guide. */
    public static final LegalReference FVL_7 = ref(
            "fvl-7",
            Law.FVL,
            "§7",
            LegalKind.SUBSTANTIVE,
            Text.of("Vejledningspligt", "Duty to guide"),
            Text.of(
                    "Myndigheden skal i fornødent omfang vejlede og hjælpe borgeren med sagen.",
                    "The authority must guide and help the citizen with the case to the extent needed."));

    /** FVL §8: Companion and representative. */
    public static final LegalReference FVL_8 = ref(
            "fvl-8",
            Law.FVL,
            "§8",
            LegalKind.SUBSTANTIVE,
            Text.of("Bisidder og partsrepræsentant", "Companion and representative"),
            Text.of(
                    "Borgeren kan på ethvert trin af sagen lade sig bistå eller repræsentere af en anden.",
                    "The citizen may bring a companion or a representative at any stage of the case."));

    /** FVL §19: Hearing of the party. */
    public static final LegalReference FVL_19 = ref(
            "fvl-19",
            Law.FVL,
            "§19",
            LegalKind.GUARANTEE_RULE,
            Text.of("Partshøring", "Hearing of the party"),
            Text.of(
                    "Før afgørelsen skal borgeren høres over oplysninger og eksterne faglige vurderinger, som borgeren ikke kan antages at kende, når de er til ugunst for borgeren og af væsentlig betydning for afgørelsen.",
                    "Before deciding, the citizen must be heard on information and external expert assessments they cannot be assumed to know of, where these are against them and of substantial importance to the decision."));

    /** FVL §§22-24: Reasons. */
    public static final LegalReference FVL_22_24 = ref(
            "fvl-22-24",
            Law.FVL,
            "§§22-24",
            LegalKind.GUARANTEE_RULE,
            Text.of("Begrundelse", "Reasons"),
            Text.of(
                    "En skriftlig afgørelse, der ikke giver fuldt medhold, skal begrundes: med henvisning til de retsregler, den bygger på, med de hovedhensyn, der har været bestemmende for et skøn, og om fornødent med de faktiske oplysninger af væsentlig betydning.",
                    "A written decision that does not fully grant the request must give reasons: the legal rules it rests on, the main considerations behind any discretion, and where needed the facts of substantial importance."));

    /** FVL §25: Complaint guidance. */
    public static final LegalReference FVL_25 = ref(
            "fvl-25",
            Law.FVL,
            "§25",
            LegalKind.ORDER_RULE,
            Text.of("Klagevejledning", "Complaint guidance"),
            Text.of(
                    "En afgørelse, der ikke giver fuldt medhold, skal ledsages af vejledning om, hvor, hvordan og inden hvilken frist der kan klages.",
                    "A decision that does not fully grant the request must say where, how and by when the citizen can complain."));

    /** Good practice: Plain, understandable language; cited as "God forvaltningsskik (klart sprog)". */
    public static final LegalReference PLAIN_LANGUAGE = ref(
            "good-practice-plain-language",
            Law.GOOD_PRACTICE,
            "klart sprog",
            LegalKind.GOOD_PRACTICE,
            Text.of("Klart og forståeligt sprog", "Plain, understandable language"),
            Text.of(
                    "Breve, afgørelser og møder bør være i et sprog og en form, borgeren kan forstå.",
                    "Letters, decisions and meetings should use language and a format the citizen can understand."));

    /** Good practice: Interpreter when needed; cited as "God forvaltningsskik (tolkning)". */
    public static final LegalReference INTERPRETER = ref(
            "good-practice-interpreter",
            Law.GOOD_PRACTICE,
            "tolkning",
            LegalKind.GOOD_PRACTICE,
            Text.of("Tolk, når der er behov", "Interpreter when needed"),
            Text.of(
                    "Der bruges tolk (sprog-, tegnsprogs- eller taktil tolk), når borgeren har behov for det, og aldrig et barn under 18 år som tolk (lov af 14. maj 2025).",
                    "An interpreter (language, sign-language or tactile) is used when the citizen needs one, and never a child under 18 (act of 14 May 2025)."));

    /** SEL §81: Purpose of help for adults. */
    public static final LegalReference SEL_81 = ref(
            "sel-81",
            Law.SEL,
            "§81",
            LegalKind.SUBSTANTIVE,
            Text.of("Formålet med hjælpen til voksne", "Purpose of help for adults"),
            Text.of(
                    "Indsatsen skal være sammenhængende og helhedsorienteret, styrke borgerens egne muligheder for at udvikle sig og udnytte egne potentialer, forebygge forværring, understøtte borgerens muligheder for at fastholde egne ressourcer og fremme inklusion.",
                    "Help must be coherent and holistic, strengthen the citizen's own opportunities to develop and use their own potential, prevent worsening, support the citizen's opportunities to keep their own resources, and promote inclusion."));

    /** SEL §§82a-82b: Early and preventive offers. */
    public static final LegalReference SEL_82A_B = ref(
            "sel-82a-b",
            Law.SEL,
            "§§82a-82b",
            LegalKind.SUBSTANTIVE,
            Text.of("Tidlige og forebyggende tilbud", "Early and preventive offers"),
            Text.of(
                    "Kommunen kan tilbyde gruppebaserede og kortvarige individuelle forebyggende tilbud.",
                    "The municipality may offer group-based and short individual preventive support."));

    /** SEL §§83-83a: Personal and practical help; reablement. */
    public static final LegalReference SEL_83_83A = ref(
            "sel-83-83a",
            Law.SEL,
            "§§83-83a",
            LegalKind.SUBSTANTIVE,
            Text.of("Personlig og praktisk hjælp; rehabilitering", "Personal and practical help; reablement"),
            Text.of(
                    "Personlig og praktisk hjælp; et korterevarende rehabiliteringsforløb med individuelle mål overvejes først.",
                    "Personal and practical help; a short reablement course with individual goals is considered first."));

    /** SEL §85: Socio-pedagogical support. */
    public static final LegalReference SEL_85 = ref(
            "sel-85",
            Law.SEL,
            "§85",
            LegalKind.SUBSTANTIVE,
            Text.of("Socialpædagogisk støtte", "Socio-pedagogical support"),
            Text.of(
                    "Hjælp, omsorg eller støtte samt optræning og hjælp til udvikling af færdigheder.",
                    "Help, care or support, and training to develop skills."));

    /** SEL §96: User-controlled personal assistance (BPA). */
    public static final LegalReference SEL_96 = ref(
            "sel-96",
            Law.SEL,
            "§96",
            LegalKind.SUBSTANTIVE,
            Text.of("Borgerstyret personlig assistance (BPA)", "User-controlled personal assistance (BPA)"),
            Text.of(
                    "Borgerstyret personlig assistance til borgere med betydelig og varigt nedsat funktionsevne.",
                    "User-controlled personal assistance for citizens with significant, lasting reduced function."));

    /** SEL §97: Companion scheme. */
    public static final LegalReference SEL_97 = ref(
            "sel-97",
            Law.SEL,
            "§97",
            LegalKind.SUBSTANTIVE,
            Text.of("Ledsageordning", "Companion scheme"),
            Text.of(
                    "Ledsagelse 15 timer om måneden til borgere under folkepensionsalderen, som ikke kan færdes alene på grund af betydelig og varigt nedsat funktionsevne.",
                    "Companion support of 15 hours a month for citizens under the state pension age who cannot get about alone because of significantly and permanently reduced function."));

    /** SEL §100: Extra costs. */
    public static final LegalReference SEL_100 = ref(
            "sel-100",
            Law.SEL,
            "§100",
            LegalKind.SUBSTANTIVE,
            Text.of("Merudgifter", "Extra costs"),
            Text.of(
                    "Dækning af nødvendige merudgifter som følge af den nedsatte funktionsevne.",
                    "Cover of necessary extra costs caused by the reduced function."));

    /** SEL §§103-104: Sheltered employment; activity and social offers. */
    public static final LegalReference SEL_103_104 = ref(
            "sel-103-104",
            Law.SEL,
            "§§103-104",
            LegalKind.SUBSTANTIVE,
            Text.of(
                    "Beskyttet beskæftigelse; aktivitets- og samværstilbud",
                    "Sheltered employment; activity and social offers"),
            Text.of(
                    "Beskyttet beskæftigelse samt aktivitets- og samværstilbud.",
                    "Sheltered employment, and activity and social offers."));

    /** SEL §§107-108: Temporary and long-term residential offers. */
    public static final LegalReference SEL_107_108 = ref(
            "sel-107-108",
            Law.SEL,
            "§§107-108",
            LegalKind.SUBSTANTIVE,
            Text.of("Midlertidige og længerevarende botilbud", "Temporary and long-term residential offers"),
            Text.of(
                    "Midlertidigt og længerevarende ophold i botilbud.",
                    "Temporary and long-term stays in residential offers."));

    /** SEL §141: Action plan. */
    public static final LegalReference SEL_141 = ref(
            "sel-141",
            Law.SEL,
            "§141",
            LegalKind.SUBSTANTIVE,
            Text.of("Handleplan", "Action plan"),
            Text.of(
                    "Når der ydes hjælp efter lovens afsnit V til borgere under folkepensionsalderen, skal kommunen skønne, om det er hensigtsmæssigt at tilbyde en handleplan (stk. 1), og skal tilbyde den til borgere med betydelig nedsat fysisk eller psykisk funktionsevne eller med alvorlige sociale problemer, der ikke eller kun med betydelig støtte kan opholde sig i egen bolig, eller som i øvrigt har behov for betydelig støtte for at forbedre de personlige udviklingsmuligheder (stk. 2). Planen angiver formål, indsats, forventet varighed og andre særlige forhold (stk. 3); den bør udarbejdes ud fra borgerens forudsætninger og så vidt muligt i samarbejde med borgeren (stk. 4); borgeren kan sige nej; planen kan være helhedsorienteret (stk. 7).",
                    "When help under Part V is given to citizens under the state pension age, the municipality must consider whether it is appropriate to offer an action plan (para. 1), and must offer one to citizens with significantly reduced physical or mental function, or with serious social problems such that they cannot live in their own home, or only with substantial support, or who otherwise need substantial support to improve their personal development (para. 2). The plan states purpose, intervention, expected duration and other particular matters (para. 3); it should be made from the citizen's circumstances and, as far as possible, with the citizen (para. 4); the citizen may decline; it may be a holistic plan (para. 7)."));

    /** SEL §148: Follow-up. */
    public static final LegalReference SEL_148 = ref(
            "sel-148",
            Law.SEL,
            "§148",
            LegalKind.SUBSTANTIVE,
            Text.of("Opfølgning", "Follow-up"),
            Text.of(
                    "Kommunen skal løbende følge sagen for at sikre, at hjælpen fortsat opfylder sit formål, på borgerens præmisser og sammen med borgeren; ændring eller ophør kræver en ny afgørelse.",
                    "The municipality must keep following the case to make sure the help still meets its purpose, on the citizen's terms and together with them; changing or stopping help needs a new decision."));

    /**
     * Practice material (2023–2025): Borgeren i centrum, Social- og Boligstyrelsen's model for stronger
     * trust, collaboration and involvement; cited as "Social- og Boligstyrelsen, Borgeren i centrum".
     */
    public static final LegalReference BORGEREN_I_CENTRUM = ref(
            "guidance-borgeren-i-centrum",
            Law.GUIDANCE,
            "Social- og Boligstyrelsen, Borgeren i centrum",
            LegalKind.GOOD_PRACTICE,
            Text.of(
                    "Borgeren i centrum – Model for styrket tillid, samarbejde og inddragelse",
                    "Borgeren i centrum – model for stronger trust, collaboration and involvement"),
            Text.of(
                    "Socialstyrelsens model (nu Social- og Boligstyrelsen, udviklet 2023–2025 med Aarhus, Roskilde og Hedensted Kommuner) er bygget op om elementer, der styrker en tillidsfuld relation mellem borger og sagsbehandler, fx tid til borgeren, en kendt, fast sagsbehandler og forventninger, der afstemmes tidligt; kerneelementernes officielle navne er ikke offentligt tilgængelige.",
                    "Socialstyrelsen's model (now Social- og Boligstyrelsen, developed 2023–2025 with Aarhus, Roskilde and Hedensted municipalities) is built around elements that strengthen a trusting relationship between citizen and caseworker, for example time for the citizen, a known, fixed caseworker and expectations agreed early; the official names of its core elements are not public."));

    /**
     * Practice material (2023): Recovery-oriented rehabilitation. Guidance for practice, published by
     * Socialstyrelsen, now Social- og Boligstyrelsen; cited as "Social- og Boligstyrelsen 2023".
     */
    public static final LegalReference RECOVERY_GUIDE = ref(
            "guidance-recovery-2023",
            Law.GUIDANCE,
            "Social- og Boligstyrelsen 2023",
            LegalKind.GOOD_PRACTICE,
            Text.of(
                    "Recovery-orienteret rehabilitering. Vejledning til praksis",
                    "Recovery-oriented rehabilitation. Guidance for practice"),
            Text.of(
                    "Socialstyrelsens (nu Social- og Boligstyrelsen) otte principper for recovery-orienteret rehabilitering; alle skal følges.",
                    "The eight principles of recovery-oriented rehabilitation of Socialstyrelsen (now Social- og Boligstyrelsen); all must be followed."));

    private static final List<LegalReference> ALL = List.of(
            RSL_1,
            RSL_3,
            RSL_4,
            RSL_5,
            RSL_10,
            RSL_11,
            RSL_66_67,
            FVL_7,
            FVL_8,
            FVL_19,
            FVL_22_24,
            FVL_25,
            PLAIN_LANGUAGE,
            INTERPRETER,
            SEL_81,
            SEL_82A_B,
            SEL_83_83A,
            SEL_85,
            SEL_96,
            SEL_97,
            SEL_100,
            SEL_103_104,
            SEL_107_108,
            SEL_141,
            SEL_148,
            BORGEREN_I_CENTRUM,
            RECOVERY_GUIDE);

    private LegalReferences() {}

    /**
     * Every standard legal reference, in the order of the domain brief.
     *
     * @return the references
     */
    public static List<LegalReference> all() {
        return ALL;
    }

    private static LegalReference ref(String code, Law law, String section, LegalKind kind, Text title, Text duty) {
        return LegalReference.builder()
                .code(code)
                .law(law)
                .section(section)
                .kind(kind)
                .title(title)
                .duty(duty)
                .build();
    }
}
