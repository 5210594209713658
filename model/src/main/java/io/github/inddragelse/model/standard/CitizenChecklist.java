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
import static io.github.inddragelse.model.standard.AnswerScales.EASY_READ_3;
import static io.github.inddragelse.model.standard.StandardChecklists.ADVERSE_DECISION;
import static io.github.inddragelse.model.standard.StandardChecklists.ASSESSING;
import static io.github.inddragelse.model.standard.StandardChecklists.DECIDED;
import static io.github.inddragelse.model.standard.StandardChecklists.FOLLOWING_UP;
import static io.github.inddragelse.model.standard.StandardChecklists.HELP_ORDERED;
import static io.github.inddragelse.model.standard.StandardChecklists.INVESTIGATING;
import static io.github.inddragelse.model.standard.StandardChecklists.NEEDS_EASY_READ;
import static io.github.inddragelse.model.standard.StandardChecklists.NEEDS_INTERPRETER;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.checklist.Perspective;

/**
 * The citizen's checklist ({@code borger}, version 1) in easy-read Danish: short statements in the
 * citizen's own voice ("jeg"), one idea per sentence, no paragraph numbers and no case-work jargon,
 * answered "Ja", "Lidt", "Nej" or "Ved ikke" ({@link AnswerScales#EASY_READ_3}); everything said to the
 * citizen uses "du". Each item mirrors a caseworker item on the same dimensions (noted beside it) so
 * that the trust gap per dimension can be computed; the items on involvement, say over the help and
 * understanding of the citizen's situation follow VIVE's finding that citizens rate exactly these far
 * lower than caseworkers do. An item whose condition does not hold is not asked. All items weigh 1.
 */
final class CitizenChecklist {

    private CitizenChecklist() {}

    static Checklist build() {
        return StandardChecklists.checklist(
                StandardChecklists.CITIZEN_ID,
                Perspective.CITIZEN,
                "Hvordan har du oplevet din sag?",
                "How have you experienced your case?",
                // Relationship (mirrors sb-01 to sb-05)
                easy("b-01", "Jeg ved, hvem min sagsbehandler er.", "I know who my caseworker is.", TRUST),
                easy(
                        "b-02",
                        "Jeg kan få fat i min sagsbehandler, når jeg har brug for det.",
                        "I can reach my caseworker when I need to.",
                        TRUST,
                        P4_OPENNESS_TRUST_RESPECT),
                easy("b-03", "Min sagsbehandler har tid til mig.", "My caseworker has time for me.", TRUST),
                easy(
                        "b-04",
                        "Jeg har tillid til min sagsbehandler.",
                        "I trust my caseworker.",
                        TRUST,
                        P4_OPENNESS_TRUST_RESPECT),
                easy(
                        "b-05",
                        "Jeg ved, hvad der skal ske i min sag. Og hvornår det sker.",
                        "I know what will happen in my case. And when it will happen.",
                        TRUST,
                        TRANSPARENCY),
                // VIVE: attention to the citizen's own situation (mirrors sb-05)
                easy(
                        "b-06",
                        "Min sagsbehandler forstår min situation.",
                        "My caseworker understands my situation.",
                        P6_COORDINATED_WHOLE_LIFE,
                        INVOLVEMENT),
                // Involvement (mirrors sb-07 to sb-12)
                easy(
                        "b-07",
                        "Jeg er med til møderne om min sag.",
                        "I take part in the meetings about my case.",
                        INVOLVEMENT,
                        P4_OPENNESS_TRUST_RESPECT),
                easy(
                        "b-08",
                        "Jeg forstår det, min sagsbehandler siger og skriver.",
                        "I understand what my caseworker says and writes.",
                        INVOLVEMENT,
                        P4_OPENNESS_TRUST_RESPECT),
                easy(
                        NEEDS_EASY_READ,
                        "b-09",
                        "Jeg får breve, der er lette at læse. Eller breve med billeder.",
                        "I get letters that are easy to read. Or letters with pictures.",
                        INVOLVEMENT,
                        P4_OPENNESS_TRUST_RESPECT),
                easy(
                        NEEDS_INTERPRETER,
                        "b-10",
                        "Der er en tolk med, når jeg har brug for det.",
                        "There is an interpreter with me when I need one.",
                        INVOLVEMENT,
                        P4_OPENNESS_TRUST_RESPECT),
                easy(
                        "b-11",
                        "Jeg ved, at jeg må tage en person med til møderne.",
                        "I know that I may bring someone with me to the meetings.",
                        INVOLVEMENT,
                        TRANSPARENCY),
                // Wishes, strengths, network (mirrors sb-13 to sb-16)
                easy(
                        INVESTIGATING,
                        "b-12",
                        "Min sagsbehandler har skrevet mine ønsker ned. Med mine egne ord.",
                        "My caseworker has written down my wishes. In my own words.",
                        P1_HOPES_WISHES_DREAMS,
                        INVOLVEMENT),
                easy(
                        INVESTIGATING,
                        "b-13",
                        "Min sagsbehandler har spurgt til det, jeg er god til.",
                        "My caseworker has asked about what I am good at.",
                        P2_RESOURCES),
                easy(
                        "b-14",
                        "Jeg bestemmer selv, hvem af min familie og mine venner der er med.",
                        "I decide myself which of my family and friends take part.",
                        P3_NETWORK_COMMUNITIES,
                        COLLABORATION),
                easy(
                        ASSESSING,
                        "b-15",
                        "Vi har talt om steder, hvor jeg kan være sammen med andre. For eksempel en klub.",
                        "We have talked about places where I can be with other people. For example a club.",
                        P3_NETWORK_COMMUNITIES,
                        P6_COORDINATED_WHOLE_LIFE),
                // Goals and say over the help (mirrors sb-21, sb-23; VIVE: say over the help)
                easy(
                        ASSESSING,
                        "b-16",
                        "Jeg har været med til at lave mine mål. Målene er mine egne.",
                        "I helped make my goals. The goals are my own.",
                        P1_HOPES_WISHES_DREAMS,
                        INVOLVEMENT),
                easy(
                        ASSESSING,
                        "b-17",
                        "Jeg er med til at bestemme, hvilken hjælp jeg får. Og hvordan jeg får den.",
                        "I have a say in what help I get. And in how I get it.",
                        INVOLVEMENT,
                        P1_HOPES_WISHES_DREAMS),
                // Coordination and early help (mirrors sb-20, sb-19)
                easy(
                        "b-18",
                        "Jeg skal ikke fortælle min historie igen og igen.",
                        "I do not have to tell my story again and again.",
                        COLLABORATION,
                        P6_COORDINATED_WHOLE_LIFE),
                easy(
                        "b-19",
                        "Der skete noget hurtigt, da jeg bad om hjælp.",
                        "Something happened quickly when I asked for help.",
                        P5_EARLY_HELP),
                // The answer from the municipality (mirrors sb-28, sb-25, sb-26, sb-27)
                easy(
                        DECIDED,
                        "b-20",
                        "Jeg forstod brevet med kommunens svar.",
                        "I understood the letter with the municipality's answer.",
                        TRANSPARENCY,
                        P4_OPENNESS_TRUST_RESPECT),
                easy(
                        ADVERSE_DECISION,
                        "b-21",
                        "Før kommunen besluttede, fik jeg at vide, hvad de vidste om mig. Jeg kunne sige det,"
                                + " hvis noget var forkert.",
                        "Before the municipality decided, I was told what they knew about me. I could say so if"
                                + " something was wrong.",
                        TRANSPARENCY,
                        P4_OPENNESS_TRUST_RESPECT),
                easy(
                        ADVERSE_DECISION,
                        "b-22",
                        "Kommunen forklarede mig, hvorfor svaret blev sådan.",
                        "The municipality explained to me why the answer was what it was.",
                        TRANSPARENCY),
                easy(
                        ADVERSE_DECISION,
                        "b-23",
                        "Jeg ved, hvordan jeg kan klage. Og hvor lang tid jeg har.",
                        "I know how I can complain. And how long I have.",
                        TRANSPARENCY),
                // Plan and helpers (mirrors sb-30, sb-31, sb-35)
                easy(
                        ASSESSING,
                        "b-24",
                        "Jeg har fået tilbudt en plan for min hjælp. Jeg måtte selv sige ja eller nej tak.",
                        "I was offered a plan for my help. It was up to me to say yes or no thanks.",
                        COLLABORATION,
                        P6_COORDINATED_WHOLE_LIFE),
                easy(
                        HELP_ORDERED,
                        "b-25",
                        "Min sagsbehandler og mine hjælpere arbejder godt sammen.",
                        "My caseworker and my helpers work well together.",
                        COLLABORATION,
                        P6_COORDINATED_WHOLE_LIFE),
                // Follow-up and progress (mirrors sb-33, sb-34, sb-36)
                easy(
                        HELP_ORDERED,
                        "b-26",
                        "Jeg ved, hvornår vi skal tale om min hjælp igen.",
                        "I know when we will talk about my help again.",
                        P7_FOLLOW_UP,
                        TRANSPARENCY),
                easy(
                        FOLLOWING_UP,
                        "b-27",
                        "Min sagsbehandler har spurgt mig, om hjælpen stadig passer til mig.",
                        "My caseworker has asked me if the help still suits me.",
                        P7_FOLLOW_UP,
                        INVOLVEMENT),
                easy(
                        HELP_ORDERED,
                        "b-28",
                        "Vi ser sammen på, om jeg kommer tættere på mine mål.",
                        "Together we look at whether I am getting closer to my goals.",
                        P8_KNOWLEDGE_METHODS,
                        P7_FOLLOW_UP));
    }

    private static ChecklistItem easy(String id, String da, String en, String... dimensions) {
        return StandardChecklists.item(id, EASY_READ_3, da, en, dimensions).build();
    }

    private static ChecklistItem easy(Condition when, String id, String da, String en, String... dimensions) {
        return StandardChecklists.item(id, EASY_READ_3, da, en, dimensions)
                .appliesWhen(when)
                .build();
    }
}
