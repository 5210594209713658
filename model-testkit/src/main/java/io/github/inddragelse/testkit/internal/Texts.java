package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.EvidenceBase;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Invented Danish free text for generated cases, written to read credibly to a caseworker. No real
 * person is described.
 */
final class Texts {

    private Texts() {}

    /** A method and how well its effect is documented. */
    record Method(String name, EvidenceBase evidence) {}

    /** The text and choices that depend on the target group. */
    record Group(
            List<String> contactReasons,
            List<String> ownNeeds,
            List<String> wishes,
            String resources,
            String judgement,
            List<LegalReference> provisions,
            List<LifeArea> areas,
            List<Method> methods,
            List<String> instruments) {}

    /** The resource, challenge and goal text of a life area. */
    record Area(String resource, String challenge, String goal) {}

    static final String PARAPHRASED_WISHES = "Borgeren ønsker vist mere struktur i hverdagen.";
    static final String BARE_REASONS = "Du opfylder ikke betingelserne for hjælp efter serviceloven.";
    static final String FULL_REASONS = "Afgørelsen bygger på serviceloven og Ankestyrelsens praksis. Vi har lagt vægt"
            + " på udredningen, dine egne oplysninger og udtalelsen fra egen læge, og vi har vurderet, at"
            + " dit behov kan dækkes som beskrevet.";
    static final String GRANTED_REASONS = "Du får hjælpen, fordi udredningen viser et behov, som hjælpen kan dække.";
    static final String HEARING_SENT =
            "Udkast til afgørelse og de oplysninger, vi vil lægge vægt på, herunder" + " udtalelse fra egen læge.";
    static final String HEARING_RESPONSE = "Borgeren er ikke enig i, at behovet kan dækkes af netværket, og"
            + " fremhæver, at søsteren bor langt væk.";
    static final String ACTION_PLAN =
            "Handleplan udarbejdet med borgeren: formål, indsats, forventet varighed og" + " hvem der gør hvad.";
    static final String COMPLAINT_NOTE = "Borgeren klager over afgørelsen og mener, at udredningen ikke har taget"
            + " højde for de dårlige perioder.";
    static final String FOLLOW_UP_NOTE =
            "Målene er gennemgået med borgeren; borgeren oplever fremgang og vil" + " fortsætte.";
    static final String MEETING_NOTE = "Mødet er forberedt med borgeren, som selv har sat punkter på dagsordenen.";
    static final String INTERPRETER = "Professionel tolk via kommunens tolkeaftale.";
    static final String CHILD_INTERPRETER = "Borgerens datter, 14 år, tolkede, fordi der ikke var bestilt tolk.";
    static final String CHANGE_NOTE = "Borgeren er orienteret om skiftet og har mødt den nye sagsbehandler.";
    static final String PEER_WORKER = "Peer-medarbejder med egen erfaring med psykisk sårbarhed.";
    static final String CHANGE_HEARING_SENT =
            "Udkast til ny afgørelse om ændret hjælp og opfølgningens vurdering af, hvad borgeren nu har brug for.";
    static final String CHANGE_REASONS = "Hjælpen ændres efter opfølgningen, som viser, at behovet har ændret sig."
            + " Vi har lagt vægt på opfølgningen og dine egne oplysninger og vurderet den ændrede hjælp efter"
            + " serviceloven.";
    static final String CHANGE_FOLLOW_UP_NOTE =
            "Opfølgningen viser, at hjælpen ikke længere passer til borgerens behov; den skal ændres.";

    static final Map<TargetGroup, Group> GROUPS = new EnumMap<>(TargetGroup.class);
    static final Map<LifeArea, Area> AREAS = new EnumMap<>(LifeArea.class);

    static {
        GROUPS.put(
                TargetGroup.MENTAL_HEALTH,
                new Group(
                        List.of(
                                "Ansøgning om socialpædagogisk støtte i eget hjem efter udskrivning fra psykiatrisk"
                                        + " afdeling.",
                                "Henvendelse fra borgeren om hjælp til at komme i gang med hverdagen igen."),
                        List.of(
                                "Jeg har brug for hjælp til at få struktur på min hverdag, så jeg ikke bliver"
                                        + " indlagt igen.",
                                "Jeg vil gerne have nogen at snakke med, når tankerne tager over."),
                        List.of(
                                "Jeg drømmer om at få et arbejde, hvor jeg kan bruge mine hænder, og om at se"
                                        + " mine venner igen.",
                                "Jeg vil gerne kunne tage toget til min søster i Odense uden at få angstanfald."),
                        "Er åben og reflekteret om sin sygdom, har en stærk relation til sin søster og har"
                                + " gennemført en erhvervsuddannelse.",
                        "Borgeren har betydelige vanskeligheder med at strukturere hverdagen, men er meget"
                                + " motiveret. Socialpædagogisk støtte vurderes at kunne understøtte borgerens"
                                + " recovery.",
                        List.of(
                                LegalReferences.SEL_85,
                                LegalReferences.SEL_82A_B,
                                LegalReferences.SEL_103_104,
                                LegalReferences.SEL_107_108),
                        List.of(
                                LifeArea.MENTAL_FUNCTIONS,
                                LifeArea.RELATIONSHIPS,
                                LifeArea.COMMUNITY_LIFE,
                                LifeArea.PRACTICAL_TASKS,
                                LifeArea.HEALTH_CONDITIONS,
                                LifeArea.SELF_CARE),
                        List.of(
                                new Method("IMR – Illness Management and Recovery", EvidenceBase.DOCUMENTED),
                                new Method("Recovery-orienteret samtale (CARe-metoden)", EvidenceBase.PROMISING),
                                new Method("Critical Time Intervention (CTI)", EvidenceBase.DOCUMENTED)),
                        List.of("Recovery-stjernen", "FFB funktionsniveau")));
        GROUPS.put(
                TargetGroup.PHYSICAL_DISABILITY,
                new Group(
                        List.of(
                                "Ansøgning om ledsagelse, efter at borgeren har mistet førligheden ved en"
                                        + " trafikulykke.",
                                "Ansøgning om praktisk hjælp og personlig pleje efter udskrivning fra"
                                        + " neurologisk afdeling."),
                        List.of(
                                "Jeg har brug for hjælp om morgenen, men jeg vil selv bestemme, hvornår jeg"
                                        + " står op.",
                                "Jeg vil gerne ud af lejligheden igen og ikke være afhængig af min mor."),
                        List.of(
                                "Jeg vil kunne passe mit arbejde på kontoret og gå til koncerter med mine" + " venner.",
                                "Mit største ønske er at kunne klare mig selv i køkkenet igen."),
                        "Har godt overblik over egne behov, bruger hjælpemidler sikkert og har et stærkt"
                                + " netværk af kolleger og venner.",
                        "Borgeren har et varigt behov for hjælp til forflytning og personlig pleje. Et"
                                + " rehabiliteringsforløb vurderes at kunne øge selvhjulpenheden i køkkenet.",
                        List.of(
                                LegalReferences.SEL_83_83A,
                                LegalReferences.SEL_97,
                                LegalReferences.SEL_96,
                                LegalReferences.SEL_100),
                        List.of(
                                LifeArea.PHYSICAL_FUNCTIONS,
                                LifeArea.MOBILITY,
                                LifeArea.SELF_CARE,
                                LifeArea.PRACTICAL_TASKS,
                                LifeArea.COMMUNITY_LIFE,
                                LifeArea.ENVIRONMENT),
                        List.of(
                                new Method("Hverdagsrehabilitering", EvidenceBase.PROMISING),
                                new Method("Træning i forflytning med ergoterapeut", EvidenceBase.PRACTICE_BASED)),
                        List.of("FFB funktionsniveau", "COPM (Canadian Occupational Performance Measure)")));
        GROUPS.put(
                TargetGroup.INTELLECTUAL_DISABILITY,
                new Group(
                        List.of(
                                "Ansøgning fra borgeren og forældrene om bostøtte, da borgeren er fyldt 18 og vil"
                                        + " flytte hjemmefra.",
                                "Henvendelse fra borgeren og bostøtten om behov for mere hjælp til økonomi."),
                        List.of(
                                "Jeg vil bo selv ligesom min bror. Jeg skal have hjælp til at handle og til"
                                        + " pengene.",
                                "Jeg kan ikke finde ud af brevene. Jeg vil gerne have hjælp til det."),
                        List.of(
                                "Jeg vil have mit eget sted med min kat og arbejde i et køkken.",
                                "Jeg vil gerne til håndbold hver tirsdag og have en kæreste."),
                        "Er glad, social og arbejdsom, har faste rutiner og en familie, der bakker op.",
                        "Borgeren har brug for støtte til praktiske opgaver og økonomi for at kunne bo i egen"
                                + " bolig. Støtten tilrettelægges med billeder og faste rutiner.",
                        List.of(
                                LegalReferences.SEL_85,
                                LegalReferences.SEL_103_104,
                                LegalReferences.SEL_107_108,
                                LegalReferences.SEL_97),
                        List.of(
                                LifeArea.COMMUNICATION,
                                LifeArea.PRACTICAL_TASKS,
                                LifeArea.SELF_CARE,
                                LifeArea.MENTAL_FUNCTIONS,
                                LifeArea.RELATIONSHIPS,
                                LifeArea.COMMUNITY_LIFE,
                                LifeArea.MOBILITY),
                        List.of(
                                new Method(
                                        "KRAP – kognitiv, ressourcefokuseret og anerkendende pædagogik",
                                        EvidenceBase.PRACTICE_BASED),
                                new Method("Low Arousal", EvidenceBase.PRACTICE_BASED),
                                new Method("Piktogrambaseret dagsstruktur", EvidenceBase.PRACTICE_BASED)),
                        List.of("FFB funktionsniveau", "Trivselsmåling med billedskala")));
        GROUPS.put(
                TargetGroup.SOCIALLY_MARGINALISED,
                new Group(
                        List.of(
                                "Underretning fra herberget om borger uden fast bolig, der ønsker hjælp til at"
                                        + " komme i egen bolig.",
                                "Henvendelse fra borgeren via gadeplansmedarbejder om hjælp til bolig og"
                                        + " behandling."),
                        List.of(
                                "Jeg skal have et sted at bo. Alt andet kan vente, til jeg har en nøgle.",
                                "Jeg er træt af at flytte rundt. Jeg vil have ro og styr på stofferne."),
                        List.of(
                                "Jeg vil have min egen lejlighed og have min søn på besøg i weekenderne.",
                                "Jeg vil gerne tilbage på arbejdsmarkedet, måske som flyttemand ligesom før."),
                        "Har klaret sig i mange år uden fast bolig og er god til at finde løsninger, har en søn,"
                                + " han gerne vil være far for, og holder aftaler, der passer ind i hans dag.",
                        "Borgeren er hjemløs og har et samtidigt misbrug. Housing First med bostøtte vurderes"
                                + " at være den rette indsats; behandling koordineres med regionen.",
                        List.of(LegalReferences.SEL_107_108, LegalReferences.SEL_85, LegalReferences.SEL_82A_B),
                        List.of(
                                LifeArea.SOCIAL_CONDITIONS,
                                LifeArea.HEALTH_CONDITIONS,
                                LifeArea.MENTAL_FUNCTIONS,
                                LifeArea.RELATIONSHIPS,
                                LifeArea.COMMUNITY_LIFE,
                                LifeArea.PRACTICAL_TASKS),
                        List.of(
                                new Method("Housing First – Critical Time Intervention (CTI)", EvidenceBase.DOCUMENTED),
                                new Method("Housing First – Intensive Case Management (ICM)", EvidenceBase.DOCUMENTED),
                                new Method("Motiverende samtale", EvidenceBase.DOCUMENTED)),
                        List.of("Outcome Rating Scale (ORS)", "FFB funktionsniveau")));

        AREAS.put(
                LifeArea.MENTAL_FUNCTIONS,
                new Area(
                        "Har god indsigt i egne advarselstegn og ved, hvad der hjælper.",
                        "Angst og koncentrationsbesvær gør det svært at overskue dagen.",
                        "Kan selv lægge en ugeplan og følge den mindst fire ud af syv dage."));
        AREAS.put(
                LifeArea.PHYSICAL_FUNCTIONS,
                new Area(
                        "Har god armkraft og kører selv kørestolen indendørs.",
                        "Nedsat kraft i benene og hurtig udtrætning.",
                        "Kan selv forflytte sig fra seng til kørestol morgen og aften."));
        AREAS.put(
                LifeArea.HEALTH_CONDITIONS,
                new Area(
                        "Tager selv sin medicin, når den er doseret.",
                        "Uregelmæssig kontakt til egen læge og tandlæge.",
                        "Kommer selv til lægen og tandlægen til aftalte tider."));
        AREAS.put(
                LifeArea.SOCIAL_CONDITIONS,
                new Area(
                        "Har et stærkt ønske om egen bolig og er motiveret for at flytte.",
                        "Har ingen fast bolig og sover skiftevis på herberg og hos bekendte.",
                        "Har egen bolig med lejekontrakt og betaler husleje til tiden."));
        AREAS.put(
                LifeArea.RELATIONSHIPS,
                new Area(
                        "Har god kontakt til sin søster, som gerne vil støtte.",
                        "Har trukket sig fra venner gennem de seneste år.",
                        "Ser mindst én ven eller et familiemedlem hver uge."));
        AREAS.put(
                LifeArea.COMMUNICATION,
                new Area(
                        "Forstår meget, når der bruges billeder og korte sætninger.",
                        "Har svært ved at forstå breve fra kommunen.",
                        "Kan selv forstå breve fra kommunen med billedstøtte."));
        AREAS.put(
                LifeArea.MOBILITY,
                new Area(
                        "Kender ruten til dagtilbuddet og tager gerne bussen sammen med andre.",
                        "Tør ikke tage bussen alene til nye steder.",
                        "Tager selv bussen til arbejde og fritidsaktiviteter."));
        AREAS.put(
                LifeArea.SELF_CARE,
                new Area(
                        "Klarer selv personlig hygiejne med lidt guidning.",
                        "Glemmer måltider, når dagen bliver uoverskuelig.",
                        "Spiser tre måltider om dagen og handler selv ind én gang om ugen."));
        AREAS.put(
                LifeArea.COMMUNITY_LIFE,
                new Area(
                        "Har tidligere spillet fodbold og savner fællesskabet.",
                        "Deltager ikke i fællesskaber uden for hjemmet.",
                        "Deltager fast i en aktivitet i lokalområdet hver uge."));
        AREAS.put(
                LifeArea.PRACTICAL_TASKS,
                new Area(
                        "Er god til at lave mad, når der er en plan.",
                        "Post og regninger hober sig op.",
                        "Åbner selv post og betaler regninger med støtte hver anden uge."));
        AREAS.put(
                LifeArea.ENVIRONMENT,
                new Area(
                        "Har en hjælpsom nabo, som kender situationen.",
                        "Boligen er ikke indrettet efter behovet.",
                        "Bor i en bolig, hvor hverdagen kan fungere med den nødvendige støtte."));
    }

    /** What information from an actor is gathered for. */
    static String gatheringPurpose(Actor source) {
        switch (source) {
            case GENERAL_PRACTITIONER:
                return "Lægelig udtalelse om helbred og funktionsevne, indhentet med borgerens samtykke.";
            case REGIONAL_PSYCHIATRY:
                return "Epikrise og behandlingsplan fra regionspsykiatrien.";
            case HOSPITAL:
                return "Udskrivningsbrev og genoptræningsplan fra hospitalet.";
            case JOBCENTRE:
                return "Oplysninger om igangværende beskæftigelsesindsats.";
            case NETWORK:
                return "Pårørendes beskrivelse af hverdagen, efter borgerens ønske.";
            default:
                return "Oplysninger, der er nødvendige for at vurdere behovet.";
        }
    }

    /** What the case was coordinated about with an actor. */
    static String coordinationTopic(Actor counterpart) {
        switch (counterpart) {
            case REGIONAL_PSYCHIATRY:
                return "Fælles plan for behandling og støtte, så indsatserne ikke modarbejder hinanden.";
            case JOBCENTRE:
                return "Sammenhæng mellem støtten i hjemmet og forløbet i jobcentret.";
            case PROVIDER:
                return "Opstart hos udfører: mål, formål og hvordan borgeren selv vil arbejde med målene.";
            case CIVIL_SOCIETY:
                return "Brobygning til en lokal forening, som borgeren selv har valgt.";
            default:
                return "Koordinering af indsatserne om borgerens samlede situation.";
        }
    }
}
