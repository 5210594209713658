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
import static io.github.inddragelse.model.standard.StandardChecklists.DECIDED;
import static io.github.inddragelse.model.standard.StandardChecklists.GUARANTEE_WEIGHT;
import static io.github.inddragelse.model.standard.StandardChecklists.HELP_ORDERED;
import static io.github.inddragelse.model.standard.StandardChecklists.INVESTIGATING;
import static io.github.inddragelse.model.standard.StandardChecklists.item;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.Perspective;

/**
 * A leader's short review of one case file ({@code leder}, version 1): twelve items a leader can
 * check from the records alone, covering the four elements and the eight principles. Practice is
 * rated on {@link AnswerScales#FIDELITY_5}; legal requirements on {@link AnswerScales#YES_PARTLY_NO}.
 * Items on guarantee rules weigh 2.
 */
final class LeaderChecklist {

    private LeaderChecklist() {}

    static Checklist build() {
        return StandardChecklists.checklist(
                StandardChecklists.LEADER_ID,
                Perspective.LEADER,
                "Ledelsens gennemgang af sagen",
                "Leader's review of the case file",
                item(
                                "l-01",
                                FIDELITY_5,
                                "Borgeren har haft en fast sagsbehandler. Ved skift viser sagen en overdragelse,"
                                        + " som borgeren er orienteret om.",
                                "The citizen has had a fixed caseworker. On a change, the file shows a handover"
                                        + " the citizen was told about.",
                                TRUST)
                        .build(),
                item(
                                "l-02",
                                FIDELITY_5,
                                "Sagen viser, at borgeren har deltaget i møderne, og at kommunikationen er"
                                        + " tilpasset borgerens behov (klart sprog, let læst, billeder, tolk).",
                                "The file shows that the citizen took part in the meetings and that"
                                        + " communication was adapted to the citizen's needs (plain language,"
                                        + " easy-read, pictures, interpreter).",
                                INVOLVEMENT,
                                P4_OPENNESS_TRUST_RESPECT)
                        .build(),
                item(
                                "l-03",
                                FIDELITY_5,
                                "Borgerens ønsker for fremtiden står i sagen med borgerens egne ord, og målene"
                                        + " er udledt af dem og accepteret af borgeren.",
                                "The citizen's wishes for the future are in the file in the citizen's own"
                                        + " words, and the goals are derived from them and accepted by the"
                                        + " citizen.",
                                P1_HOPES_WISHES_DREAMS,
                                INVOLVEMENT)
                        .appliesWhen(INVESTIGATING)
                        .build(),
                item(
                                "l-04",
                                FIDELITY_5,
                                "Udredningen beskriver borgerens ressourcer og ikke kun begrænsninger, og målets"
                                        + " type (udvikle, vedligeholde eller begrænse tab af funktionsevne) er"
                                        + " angivet.",
                                "The assessment describes the citizen's resources, not only limitations, and"
                                        + " the goal type (develop, maintain or limit loss of function) is"
                                        + " stated.",
                                P2_RESOURCES)
                        .appliesWhen(INVESTIGATING)
                        .build(),
                item(
                                "l-05",
                                FIDELITY_5,
                                "Borgerens selvvalgte netværk er kortlagt og inddraget i det omfang, borgeren"
                                        + " ønsker det.",
                                "The network the citizen chose is mapped and involved as far as the citizen"
                                        + " wishes.",
                                P3_NETWORK_COMMUNITIES,
                                COLLABORATION)
                        .build(),
                item(
                                "l-06",
                                FIDELITY_5,
                                "Sagen var tilstrækkeligt oplyst før afgørelsen (RSL §10), og alle"
                                        + " hjælpemuligheder er overvejet, også andre myndigheders (RSL §5).",
                                "The case was investigated enough before the decision (RSL §10), and all"
                                        + " options for help were considered, other authorities' too (RSL §5).",
                                TRANSPARENCY,
                                P6_COORDINATED_WHOLE_LIFE)
                        .appliesWhen(DECIDED)
                        .weight(GUARANTEE_WEIGHT)
                        .build(),
                item(
                                "l-07",
                                YES_PARTLY_NO,
                                "Borgeren er partshørt før afgørelsen (FVL §19), eller sagen viser, hvorfor"
                                        + " partshøring ikke var nødvendig.",
                                "The citizen was heard before the decision (FVL §19), or the file shows why a"
                                        + " hearing was not needed.",
                                TRANSPARENCY)
                        .appliesWhen(ADVERSE_DECISION)
                        .weight(GUARANTEE_WEIGHT)
                        .build(),
                item(
                                "l-08",
                                YES_PARTLY_NO,
                                "Afgørelsen er begrundet med regler, hovedhensyn og faktiske oplysninger (FVL"
                                        + " §§22–24) og har klagevejledning (FVL §25).",
                                "The decision is reasoned with the rules, main considerations and facts (FVL"
                                        + " §§22–24) and carries complaint guidance (FVL §25).",
                                TRANSPARENCY)
                        .appliesWhen(ADVERSE_DECISION)
                        .weight(GUARANTEE_WEIGHT)
                        .build(),
                item(
                                "l-09",
                                YES_PARTLY_NO,
                                "Sagsbehandlingsfristen er overholdt, eller borgeren har fået skriftlig besked"
                                        + " om, hvornår afgørelsen kan forventes (RSL §3).",
                                "The processing deadline was kept, or the citizen was told in writing when to"
                                        + " expect a decision (RSL §3).",
                                TRANSPARENCY,
                                P5_EARLY_HELP)
                        .build(),
                item(
                                "l-10",
                                YES_PARTLY_NO,
                                "Borgeren er tilbudt en handleplan efter SEL §141. Har borgeren sagt nej tak,"
                                        + " er fravalget respekteret og skrevet i sagen.",
                                "The citizen was offered an action plan under SEL §141. If the citizen declined,"
                                        + " the choice is respected and recorded in the file.",
                                COLLABORATION,
                                P6_COORDINATED_WHOLE_LIFE)
                        .appliesWhen(ASSESSING)
                        .build(),
                item(
                                "l-11",
                                FIDELITY_5,
                                "Bestillingen til udføreren indeholder formålet, borgerens mål og den metode,"
                                        + " der skal arbejdes med.",
                                "The order to the provider states the purpose, the citizen's goals and the"
                                        + " method to be used.",
                                COLLABORATION,
                                P8_KNOWLEDGE_METHODS)
                        .appliesWhen(HELP_ORDERED)
                        .build(),
                item(
                                "l-12",
                                FIDELITY_5,
                                "Der er fastsat en dato for opfølgning, og opfølgningen er holdt til tiden og"
                                        + " sammen med borgeren (SEL §148).",
                                "A follow-up date was set, and the follow-up was held on time and together with"
                                        + " the citizen (SEL §148).",
                                P7_FOLLOW_UP)
                        .appliesWhen(DECIDED)
                        .build());
    }
}
