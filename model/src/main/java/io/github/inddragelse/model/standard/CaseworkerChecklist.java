package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.catalogue.StandardCatalogue.COLLABORATION;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.INVOLVEMENT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P1_HOPES_WISHES_DREAMS;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P2_RESOURCES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P3_NETWORK_COMMUNITIES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P4_OPENNESS_TRUST_RESPECT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P5_EARLY_HELP;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P6_COORDINATED_WHOLE_LIFE;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P7_FOLLOW_UP;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P8_KNOWLEDGE_METHODS;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRANSPARENCY;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRUST;
import static io.github.inddragelse.model.standard.AnswerScales.FIDELITY_5;
import static io.github.inddragelse.model.standard.AnswerScales.YES_PARTLY_NO;
import static io.github.inddragelse.model.standard.StandardChecklists.ADVERSE_DECISION;
import static io.github.inddragelse.model.standard.StandardChecklists.ASSESSING;
import static io.github.inddragelse.model.standard.StandardChecklists.COMPLAINED;
import static io.github.inddragelse.model.standard.StandardChecklists.DECIDED;
import static io.github.inddragelse.model.standard.StandardChecklists.FOLLOWING_UP;
import static io.github.inddragelse.model.standard.StandardChecklists.GUARANTEE_WEIGHT;
import static io.github.inddragelse.model.standard.StandardChecklists.HELP_ORDERED;
import static io.github.inddragelse.model.standard.StandardChecklists.INVESTIGATING;
import static io.github.inddragelse.model.standard.StandardChecklists.NEEDS_EASY_READ;
import static io.github.inddragelse.model.standard.StandardChecklists.NEEDS_INTERPRETER;
import static io.github.inddragelse.model.standard.StandardChecklists.item;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.Perspective;

/**
 * The caseworker's checklist ({@code sagsbehandler}, version 1): what the caseworker did in this
 * case, in the order of the case process (relationship, involvement, investigation, goals, decision,
 * plan and order, follow-up). Most items are rated on {@link AnswerScales#FIDELITY_5}; plain legal
 * facts on {@link AnswerScales#YES_PARTLY_NO}. Items on guarantee rules (investigation, hearing,
 * reasons), on complaint guidance and on the interpreter weigh 2; the rest weigh 1.
 */
final class CaseworkerChecklist {

    private CaseworkerChecklist() {}

    static Checklist build() {
        return StandardChecklists.checklist(
                StandardChecklists.CASEWORKER_ID,
                Perspective.CASEWORKER,
                "Sagsbehandlerens tjekliste: inddragelse af borgeren i denne sag",
                "Caseworker checklist: involving the citizen in this case",
                // Relationship and expectations
                item(
                                "sb-01",
                                FIDELITY_5,
                                "Jeg har været borgerens faste og kendte sagsbehandler i forløbet. Ved et skift"
                                        + " er borgeren orienteret, og sagen er overdraget personligt.",
                                "I have been the citizen's fixed and known caseworker throughout. On a"
                                        + " change, the citizen was told and the case was handed over in person.",
                                TRUST,
                                P4_OPENNESS_TRUST_RESPECT)
                        .build(),
                item(
                                "sb-02",
                                FIDELITY_5,
                                "Jeg har fortalt borgeren, hvordan og hvornår jeg kan kontaktes, og jeg har"
                                        + " svaret borgeren inden for den tid, vi aftalte.",
                                "I have told the citizen how and when I can be reached, and I have answered"
                                        + " the citizen within the time we agreed.",
                                TRUST,
                                P4_OPENNESS_TRUST_RESPECT)
                        .build(),
                item(
                                "sb-03",
                                FIDELITY_5,
                                "Tidligt i forløbet har jeg aftalt med borgeren, hvad der skal ske i sagen, og"
                                        + " hvor lang tid det forventes at tage.",
                                "Early in the process I agreed with the citizen what will happen in the case"
                                        + " and how long it is expected to take.",
                                TRUST,
                                TRANSPARENCY)
                        .build(),
                item(
                                "sb-04",
                                FIDELITY_5,
                                "Jeg har haft tid nok til borgeren til at lære borgeren og borgerens situation"
                                        + " at kende.",
                                "I have had enough time for the citizen to get to know the citizen and the"
                                        + " citizen's situation.",
                                TRUST)
                        .build(),
                item(
                                "sb-05",
                                FIDELITY_5,
                                "Jeg har sat mig ind i borgerens samlede livssituation (fx bolig, helbred,"
                                        + " økonomi, netværk, beskæftigelse) og ikke kun i det, der er søgt om.",
                                "I have looked into the citizen's whole life situation (for example housing,"
                                        + " health, finances, network, work) and not only what was applied for.",
                                P6_COORDINATED_WHOLE_LIFE,
                                INVOLVEMENT)
                        .build(),
                item(
                                "sb-06",
                                FIDELITY_5,
                                "Allerede ved borgerens første henvendelse har jeg vejledt om borgerens"
                                        + " rettigheder, sagens gang og andre hjælpemuligheder (FVL §7).",
                                "From the citizen's first contact I gave guidance on the citizen's rights,"
                                        + " how the case proceeds and other options for help (FVL §7).",
                                TRANSPARENCY,
                                P5_EARLY_HELP)
                        .build(),
                // Involvement on the citizen's terms
                item(
                                "sb-07",
                                FIDELITY_5,
                                "Borgeren har deltaget i de møder, hvor sagen er drøftet, og har haft"
                                        + " indflydelse på, hvor og hvornår de blev holdt (RSL §4).",
                                "The citizen took part in the meetings where the case was discussed and had a"
                                        + " say in where and when they were held (RSL §4).",
                                INVOLVEMENT,
                                P4_OPENNESS_TRUST_RESPECT)
                        .build(),
                item(
                                "sb-08",
                                FIDELITY_5,
                                "Jeg har forberedt møderne sammen med borgeren, og borgeren har fået"
                                        + " dagsorden og relevante papirer i god tid.",
                                "I prepared the meetings together with the citizen, and the citizen received"
                                        + " the agenda and relevant papers in good time.",
                                INVOLVEMENT,
                                P4_OPENNESS_TRUST_RESPECT)
                        .build(),
                item(
                                "sb-09",
                                FIDELITY_5,
                                "Jeg har tilpasset min kommunikation til borgerens forudsætninger: klart"
                                        + " sprog, tempo, mødeform og mødernes længde.",
                                "I adapted my communication to the citizen's prerequisites: plain language,"
                                        + " pace, type of meeting and length of meetings.",
                                INVOLVEMENT,
                                P4_OPENNESS_TRUST_RESPECT)
                        .build(),
                item(
                                "sb-10",
                                FIDELITY_5,
                                "Breve, planer og mødemateriale er givet til borgeren i let læst form eller"
                                        + " med billeder, sådan som borgeren har brug for.",
                                "Letters, plans and meeting papers were given to the citizen in easy-read form"
                                        + " or with pictures, as the citizen needs.",
                                INVOLVEMENT,
                                P4_OPENNESS_TRUST_RESPECT)
                        .appliesWhen(NEEDS_EASY_READ)
                        .build(),
                item(
                                "sb-11",
                                FIDELITY_5,
                                "Der har været en kvalificeret tolk (sprog-, tegnsprogs- eller taktil tolk) ved"
                                        + " alle møder og samtaler, og et barn under 18 år er aldrig brugt som"
                                        + " tolk.",
                                "A qualified interpreter (language, sign-language or tactile) took part in"
                                        + " every meeting and conversation, and a child under 18 was never used"
                                        + " as interpreter.",
                                INVOLVEMENT,
                                P4_OPENNESS_TRUST_RESPECT)
                        .appliesWhen(NEEDS_INTERPRETER)
                        .weight(GUARANTEE_WEIGHT)
                        .build(),
                item(
                                "sb-12",
                                YES_PARTLY_NO,
                                "Jeg har vejledt borgeren om retten til at have en bisidder eller en"
                                        + " partsrepræsentant med på alle stadier af sagen (FVL §8).",
                                "I told the citizen about the right to bring a companion (bisidder) or a"
                                        + " representative at every stage of the case (FVL §8).",
                                INVOLVEMENT,
                                TRANSPARENCY)
                        .build(),
                // Investigation
                item(
                                "sb-13",
                                FIDELITY_5,
                                "Jeg har skrevet borgerens ønsker for fremtiden ned med borgerens egne ord.",
                                "I wrote down the citizen's wishes for the future in the citizen's own words.",
                                P1_HOPES_WISHES_DREAMS,
                                INVOLVEMENT)
                        .appliesWhen(INVESTIGATING)
                        .build(),
                item(
                                "sb-14",
                                FIDELITY_5,
                                "Udredningen beskriver borgerens ressourcer og styrker og ikke kun borgerens"
                                        + " begrænsninger.",
                                "The assessment describes the citizen's resources and strengths, not only"
                                        + " the citizen's limitations.",
                                P2_RESOURCES)
                        .appliesWhen(INVESTIGATING)
                        .build(),
                item(
                                "sb-15",
                                FIDELITY_5,
                                "Jeg har spurgt borgeren, hvem i netværket borgeren ønsker inddraget, og har"
                                        + " inddraget dem, borgeren har valgt, og ingen andre uden borgerens"
                                        + " samtykke.",
                                "I asked the citizen whom in their network they want involved, and involved"
                                        + " those the citizen chose and no one else without the citizen's"
                                        + " consent.",
                                P3_NETWORK_COMMUNITIES,
                                COLLABORATION)
                        .build(),
                item(
                                "sb-16",
                                FIDELITY_5,
                                "Jeg har sammen med borgeren undersøgt muligheder i almene fællesskaber, fx"
                                        + " foreninger, frivillige, aktiviteter i nærmiljøet eller peer-støtte.",
                                "Together with the citizen I explored options in ordinary communities, for"
                                        + " example clubs, volunteers, local activities or peer support.",
                                P3_NETWORK_COMMUNITIES,
                                P6_COORDINATED_WHOLE_LIFE)
                        .appliesWhen(ASSESSING)
                        .build(),
                item(
                                "sb-17",
                                FIDELITY_5,
                                "Sagen var tilstrækkeligt oplyst, før jeg traf afgørelse, og jeg har kun bedt"
                                        + " borgeren om de oplysninger, der var nødvendige (RSL §10 og §11).",
                                "The case was investigated enough before I decided, and I asked the citizen"
                                        + " only for the information that was necessary (RSL §10 and §11).",
                                TRANSPARENCY)
                        .appliesWhen(DECIDED)
                        .weight(GUARANTEE_WEIGHT)
                        .build(),
                item(
                                "sb-18",
                                FIDELITY_5,
                                "Jeg har vurderet borgerens behov ud fra alle hjælpemuligheder, også andre"
                                        + " myndigheders, og ikke kun ud fra det, der er søgt om (RSL §5).",
                                "I assessed the citizen's needs against all options for help, other"
                                        + " authorities' too, and not only what was applied for (RSL §5).",
                                P6_COORDINATED_WHOLE_LIFE,
                                COLLABORATION)
                        .appliesWhen(ASSESSING)
                        .build(),
                item(
                                "sb-19",
                                FIDELITY_5,
                                "Jeg har overvejet tidlige og forebyggende tilbud (fx efter SEL §82a–b eller et"
                                        + " kortvarigt forløb efter §83a), før mere omfattende hjælp.",
                                "I considered early and preventive offers (for example under SEL §82a–b or a"
                                        + " short reablement course under §83a) before more extensive help.",
                                P5_EARLY_HELP)
                        .appliesWhen(ASSESSING)
                        .build(),
                item(
                                "sb-20",
                                FIDELITY_5,
                                "Jeg har koordineret med andre forvaltninger, sektorer og myndigheder (fx"
                                        + " jobcenter, psykiatri, egen læge), så borgeren oplever ét"
                                        + " sammenhængende forløb.",
                                "I coordinated with other departments, sectors and authorities (for example"
                                        + " the job centre, psychiatry, the GP) so that the citizen experiences"
                                        + " one coherent process.",
                                COLLABORATION,
                                P6_COORDINATED_WHOLE_LIFE)
                        .build(),
                // Goals and the citizen's say
                item(
                                "sb-21",
                                FIDELITY_5,
                                "Målene er udledt af borgerens egne ønsker, og borgeren har accepteret dem som"
                                        + " sine egne.",
                                "The goals are derived from the citizen's own wishes, and the citizen has"
                                        + " accepted them as their own.",
                                P1_HOPES_WISHES_DREAMS,
                                INVOLVEMENT)
                        .appliesWhen(ASSESSING)
                        .build(),
                item(
                                "sb-22",
                                FIDELITY_5,
                                "Det er aftalt med borgeren, om indsatsen skal udvikle, vedligeholde eller"
                                        + " begrænse tab af funktionsevne, og indsatsen bygger på det, borgeren"
                                        + " selv kan.",
                                "It is agreed with the citizen whether the help is to develop, maintain or"
                                        + " limit loss of function, and the help builds on what the citizen can"
                                        + " do.",
                                P2_RESOURCES,
                                P1_HOPES_WISHES_DREAMS)
                        .appliesWhen(ASSESSING)
                        .build(),
                item(
                                "sb-23",
                                FIDELITY_5,
                                "Borgeren har haft reel indflydelse på, hvilken hjælp der er valgt, og på"
                                        + " hvordan den gives.",
                                "The citizen has had a real say in which help was chosen and in how it is" + " given.",
                                INVOLVEMENT,
                                P1_HOPES_WISHES_DREAMS)
                        .appliesWhen(ASSESSING)
                        .build(),
                // Deadlines and the decision
                item(
                                "sb-24",
                                YES_PARTLY_NO,
                                "Borgeren kender sagsbehandlingsfristen, og hvis den ikke kunne holdes, har"
                                        + " borgeren fået skriftlig besked om, hvornår afgørelsen kan forventes"
                                        + " (RSL §3).",
                                "The citizen knows the processing deadline, and if it could not be kept, the"
                                        + " citizen was told in writing when to expect a decision (RSL §3).",
                                TRANSPARENCY,
                                P5_EARLY_HELP)
                        .build(),
                item(
                                "sb-25",
                                YES_PARTLY_NO,
                                "Før afgørelsen har jeg partshørt borgeren over de oplysninger af væsentlig"
                                        + " betydning, som borgeren ikke kendte, og som taler imod borgeren, med en"
                                        + " rimelig svarfrist (FVL §19).",
                                "Before the decision I heard the citizen on the essential information the"
                                        + " citizen did not know and that weighs against the citizen, with a"
                                        + " reasonable time to answer (FVL §19).",
                                TRANSPARENCY,
                                P4_OPENNESS_TRUST_RESPECT)
                        .appliesWhen(ADVERSE_DECISION)
                        .weight(GUARANTEE_WEIGHT)
                        .build(),
                item(
                                "sb-26",
                                YES_PARTLY_NO,
                                "Afgørelsen er begrundet: den henviser til de regler, den bygger på, nævner de"
                                        + " hovedhensyn, der var afgørende, og de faktiske oplysninger, der er"
                                        + " lagt vægt på (FVL §§22–24).",
                                "The decision is reasoned: it cites the rules it rests on, names the main"
                                        + " considerations that decided it and the facts relied on (FVL"
                                        + " §§22–24).",
                                TRANSPARENCY)
                        .appliesWhen(ADVERSE_DECISION)
                        .weight(GUARANTEE_WEIGHT)
                        .build(),
                item(
                                "sb-27",
                                YES_PARTLY_NO,
                                "Afgørelsen har klagevejledning: hvor og hvordan borgeren kan klage, og at"
                                        + " fristen er 4 uger (FVL §25, RSL §§66–67).",
                                "The decision carries complaint guidance: where and how the citizen can"
                                        + " complain, and that the deadline is 4 weeks (FVL §25, RSL §§66–67).",
                                TRANSPARENCY)
                        .appliesWhen(ADVERSE_DECISION)
                        .weight(GUARANTEE_WEIGHT)
                        .build(),
                item(
                                "sb-28",
                                FIDELITY_5,
                                "Afgørelsen er skrevet i et klart sprog, som borgeren kan forstå, og jeg har"
                                        + " tilbudt at gennemgå den med borgeren.",
                                "The decision is written in plain language the citizen can understand, and I"
                                        + " offered to go through it with the citizen.",
                                TRANSPARENCY,
                                P4_OPENNESS_TRUST_RESPECT)
                        .appliesWhen(DECIDED)
                        .build(),
                item(
                                "sb-29",
                                YES_PARTLY_NO,
                                "Da borgeren klagede, genvurderede jeg afgørelsen inden for 4 uger, og fik"
                                        + " borgeren ikke fuldt medhold, blev klagen sendt videre til"
                                        + " Ankestyrelsen (RSL §66).",
                                "When the citizen complained, I reconsidered the decision within 4 weeks, and"
                                        + " unless the citizen got everything asked for, the complaint was sent on"
                                        + " to Ankestyrelsen (RSL §66).",
                                TRANSPARENCY)
                        .appliesWhen(COMPLAINED)
                        .build(),
                // Plan and order
                item(
                                "sb-30",
                                FIDELITY_5,
                                "Jeg har tilbudt borgeren en handleplan efter SEL §141 og lavet den sammen med"
                                        + " borgeren. Har borgeren sagt nej tak, er det borgerens ret, og det er"
                                        + " respekteret og skrevet i sagen. Vælg \"Ikke relevant\", hvis pligten"
                                        + " ikke gælder.",
                                "I offered the citizen an action plan under SEL §141 and made it together with"
                                        + " the citizen. If the citizen declined, that is the citizen's right, and"
                                        + " it is respected and recorded. Choose \"Not applicable\" if the duty"
                                        + " does not apply.",
                                COLLABORATION,
                                INVOLVEMENT,
                                P6_COORDINATED_WHOLE_LIFE)
                        .appliesWhen(ASSESSING)
                        .build(),
                item(
                                "sb-31",
                                FIDELITY_5,
                                "Bestillingen til udføreren beskriver formålet med indsatsen og borgerens mål,"
                                        + " sådan som borgeren har godkendt dem.",
                                "The order to the provider states the purpose of the help and the citizen's"
                                        + " goals as the citizen accepted them.",
                                COLLABORATION,
                                P1_HOPES_WISHES_DREAMS)
                        .appliesWhen(HELP_ORDERED)
                        .build(),
                item(
                                "sb-32",
                                FIDELITY_5,
                                "Indsatsen og den metode, der skal arbejdes med, er navngivet i bestillingen"
                                        + " eller handleplanen, og valget bygger på viden om, hvad der virker.",
                                "The intervention and the method to be used are named in the order or the"
                                        + " action plan, and the choice rests on knowledge of what works.",
                                P8_KNOWLEDGE_METHODS)
                        .appliesWhen(HELP_ORDERED)
                        .build(),
                // Follow-up
                item(
                                "sb-33",
                                YES_PARTLY_NO,
                                "Ved afgørelsen har jeg fastsat, hvornår der følges op, og fortalt borgeren" + " det.",
                                "At the decision I set when the help will be followed up and told the citizen.",
                                P7_FOLLOW_UP,
                                TRANSPARENCY)
                        .appliesWhen(DECIDED)
                        .build(),
                item(
                                "sb-34",
                                FIDELITY_5,
                                "Ved opfølgningen har jeg gennemgået målene sammen med borgeren, på borgerens"
                                        + " præmisser, og vurderet, om hjælpen stadig svarer til formålet (SEL"
                                        + " §148).",
                                "At the follow-up I reviewed the goals together with the citizen, on the"
                                        + " citizen's terms, and judged whether the help still meets its purpose"
                                        + " (SEL §148).",
                                P7_FOLLOW_UP,
                                INVOLVEMENT)
                        .appliesWhen(FOLLOWING_UP)
                        .build(),
                item(
                                "sb-35",
                                FIDELITY_5,
                                "Før opfølgningen har jeg indhentet udførerens status på indsatsen og målene.",
                                "Before the follow-up I obtained the provider's status on the help and the" + " goals.",
                                P7_FOLLOW_UP,
                                COLLABORATION)
                        .appliesWhen(FOLLOWING_UP)
                        .build(),
                item(
                                "sb-36",
                                FIDELITY_5,
                                "Borgerens udvikling er målt på en fast måde før og under indsatsen (fx"
                                        + " funktionsniveau eller et redskab som Recovery Star), og resultatet"
                                        + " er drøftet med borgeren.",
                                "The citizen's progress is measured in a set way before and during the help"
                                        + " (for example function level or a tool like the Recovery Star), and"
                                        + " the result is discussed with the citizen.",
                                P8_KNOWLEDGE_METHODS,
                                P7_FOLLOW_UP)
                        .appliesWhen(HELP_ORDERED)
                        .build());
    }
}
