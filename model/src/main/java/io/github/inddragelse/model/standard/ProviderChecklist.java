package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.catalogue.StandardCatalogue.COLLABORATION;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.INVOLVEMENT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P1_HOPES_WISHES_DREAMS;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P2_RESOURCES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P3_NETWORK_COMMUNITIES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P4_OPENNESS_TRUST_RESPECT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P6_COORDINATED_WHOLE_LIFE;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P7_FOLLOW_UP;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P8_KNOWLEDGE_METHODS;
import static io.github.inddragelse.model.standard.AnswerScales.AGREEMENT_5;
import static io.github.inddragelse.model.standard.StandardChecklists.FOLLOWING_UP;
import static io.github.inddragelse.model.standard.StandardChecklists.item;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.Perspective;

/**
 * The provider's checklist ({@code udfoerer}, version 1): the goals received with the order, working
 * from the citizen's goals and resources, network, method and measured progress, and the
 * collaboration with the caseworker around follow-up. Statements in the provider's "vi" (we), rated
 * on {@link AnswerScales#AGREEMENT_5} as in the RSA-R's provider version. All items weigh 1.
 */
final class ProviderChecklist {

    private ProviderChecklist() {}

    static Checklist build() {
        return StandardChecklists.checklist(
                StandardChecklists.PROVIDER_ID,
                Perspective.PROVIDER,
                "Udførerens tjekliste: samarbejdet om borgerens mål",
                "Provider checklist: working together on the citizen's goals",
                item(
                                "u-01",
                                AGREEMENT_5,
                                "Bestillingen gav os et klart formål med indsatsen og borgerens egne mål.",
                                "The order gave us a clear purpose for the help and the citizen's own goals.",
                                COLLABORATION,
                                P1_HOPES_WISHES_DREAMS)
                        .build(),
                item(
                                "u-02",
                                AGREEMENT_5,
                                "Borgeren og vi har sammen gjort målene konkrete i borgerens hverdag.",
                                "The citizen and we have together made the goals concrete in the citizen's"
                                        + " everyday life.",
                                P1_HOPES_WISHES_DREAMS,
                                INVOLVEMENT)
                        .build(),
                item(
                                "u-03",
                                AGREEMENT_5,
                                "Vi arbejder ud fra borgerens ressourcer og det, borgeren selv kan.",
                                "We work from the citizen's resources and what the citizen can do.",
                                P2_RESOURCES)
                        .build(),
                item(
                                "u-04",
                                AGREEMENT_5,
                                "Vi har inddraget det netværk og de fællesskaber, som borgeren selv ønsker.",
                                "We have involved the network and the communities the citizen wants.",
                                P3_NETWORK_COMMUNITIES,
                                COLLABORATION)
                        .build(),
                item(
                                "u-05",
                                AGREEMENT_5,
                                "Vi tilpasser vores kommunikation og møderne til borgerens forudsætninger.",
                                "We adapt our communication and the meetings to the citizen's prerequisites.",
                                INVOLVEMENT,
                                P4_OPENNESS_TRUST_RESPECT)
                        .build(),
                item(
                                "u-06",
                                AGREEMENT_5,
                                "Vi arbejder med en navngiven metode, der bygger på viden om, hvad der virker,"
                                        + " og borgeren ved, hvordan vi arbejder.",
                                "We use a named method that rests on knowledge of what works, and the citizen"
                                        + " knows how we work.",
                                P8_KNOWLEDGE_METHODS)
                        .build(),
                item(
                                "u-07",
                                AGREEMENT_5,
                                "Vi måler borgerens udvikling på en fast måde og drøfter resultatet med" + " borgeren.",
                                "We measure the citizen's progress in a set way and discuss the result with"
                                        + " the citizen.",
                                P8_KNOWLEDGE_METHODS,
                                P7_FOLLOW_UP)
                        .build(),
                item(
                                "u-08",
                                AGREEMENT_5,
                                "Vi kan få fat i borgerens sagsbehandler, når noget ændrer sig, og vi"
                                        + " samarbejder godt om borgeren.",
                                "We can reach the citizen's caseworker when something changes, and we work"
                                        + " well together around the citizen.",
                                COLLABORATION,
                                P6_COORDINATED_WHOLE_LIFE)
                        .build(),
                item(
                                "u-09",
                                AGREEMENT_5,
                                "Før opfølgningen har vi givet sagsbehandleren en status på indsatsen og" + " målene.",
                                "Before the follow-up we gave the caseworker a status on the help and the" + " goals.",
                                P7_FOLLOW_UP,
                                COLLABORATION)
                        .appliesWhen(FOLLOWING_UP)
                        .build());
    }
}
