package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.catalogue.StandardCatalogue.COLLABORATION;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.INVOLVEMENT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P1_HOPES_WISHES_DREAMS;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P2_RESOURCES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P3_NETWORK_COMMUNITIES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P5_EARLY_HELP;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P6_COORDINATED_WHOLE_LIFE;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P7_FOLLOW_UP;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P8_KNOWLEDGE_METHODS;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRUST;

import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.EvidenceBase;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MethodApplied;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.ProgressMeasurement;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.rule.Applicability;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Rules for the eight principles of recovery-oriented rehabilitation (Socialstyrelsen 2023), as the
 * domain brief operationalises them: wishes in the citizen's own words and goals grown from them
 * (P1), resources (P2), network and ordinary communities (P3), early help (P5), follow-up on the
 * citizen's terms (P7), and knowledge and methods that work (P8). Principles 4 and 6 are mostly served
 * by the rules in {@link InvolvementRules}, {@link TrustRules} and {@link CollaborationRules}. All
 * are {@link Severity#ADVISORY}.
 */
public final class RecoveryRules {

    private RecoveryRules() {}

    /** P1: the citizen's wishes for the future are recorded in the citizen's own words. */
    public static final Rule WISHES_IN_OWN_WORDS = Rule.builder("wishes-in-own-words")
            .title("Ønsker med borgerens egne ord", "Wishes in the citizen's own words")
            .description(
                    "Tjekker, at en udredning har borgerens ønsker for fremtiden skrevet ned med borgerens egne ord."
                            + " Ønsker skrevet med fagpersonens ord er delvist opfyldt.",
                    "Checks that an investigation records the citizen's wishes for the future in the citizen's own"
                            + " words. Wishes written in the professional's words are partly met.")
            .rationale(
                    "Princip 1 tager udgangspunkt i borgerens håb, ønsker og drømme, og VUM beder om borgerens"
                            + " ønsker med borgerens egne ord. Når de gengives med fagsprog, forsvinder borgerens"
                            + " stemme, og indsatsen risikerer at bygge på andres mål.",
                    "Principle 1 starts from the citizen's hopes, wishes and dreams, and VUM asks for the citizen's"
                            + " wishes in the citizen's own words. When they are retold in professional language,"
                            + " the citizen's voice disappears and the help risks building on others' goals.")
            .recommendation(
                    "Spørg til borgerens ønsker for fremtiden, og skriv dem ned ordret.",
                    "Ask about the citizen's wishes for the future, and write them down word for word.")
            .serves(P1_HOPES_WISHES_DREAMS, INVOLVEMENT)
            .cites(LegalReferences.SEL_81, LegalReferences.SEL_141, LegalReferences.RECOVERY_GUIDE)
            .reads(RecordedFact.INVESTIGATION_WISHES_IN_OWN_WORDS)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_INVESTIGATION, Facts.NO_INVESTIGATION_DA, Facts.NO_INVESTIGATION_EN)
            .message(
                    "own-words",
                    "Udredning {investigation} har borgerens ønsker med borgerens egne ord.",
                    "Investigation {investigation} records the citizen's wishes in the citizen's own words.")
            .message(
                    "not-own-words",
                    "Udredning {investigation} har borgerens ønsker, men ikke med borgerens egne ord.",
                    "Investigation {investigation} records the citizen's wishes, but not in the citizen's own"
                            + " words.")
            .message(
                    "no-wishes",
                    "Udredning {investigation} har ikke borgerens ønsker for fremtiden.",
                    "Investigation {investigation} does not record the citizen's wishes for the future.")
            // no investigation records wishes at all, and own words need wishes: whether the system
            // records the own words does not matter
            .restsOn("no-wishes")
            .appliesWhen(Facts::whenInvestigated)
            .evaluatedBy(RecoveryRules::wishes)
            .build();

    /** P1: the goals are derived from the citizen's wishes. */
    public static final Rule GOALS_FROM_WISHES = Facts.goalShare(
                    Rule.builder("goals-derived-from-wishes")
                            .title(
                                    "Målene udspringer af borgerens ønsker",
                                    "The goals grow out of the citizen's wishes")
                            .description(
                                    "Tjekker, hvor mange af målene der er afledt af borgerens egne ønsker.",
                                    "Checks how many of the goals are derived from the citizen's own wishes.")
                            .rationale(
                                    "Princip 1 tager udgangspunkt i borgerens egne ønsker, og efter serviceloven"
                                            + " §141, stk. 4 bør handleplanen udarbejdes ud fra borgerens"
                                            + " forudsætninger og så vidt muligt i samarbejde med borgeren. Mål, der"
                                            + " udspringer af borgerens ønsker, giver mening for borgeren og"
                                            + " motivation til at arbejde med dem.",
                                    "Principle 1 starts from the citizen's own wishes, and under serviceloven §141,"
                                            + " para. 4 the action plan should be made from the citizen's"
                                            + " circumstances and, as far as possible, in collaboration with the"
                                            + " citizen. Goals that grow out of the citizen's wishes make sense to the"
                                            + " citizen and motivate working towards them.")
                            .recommendation(
                                    "Formulér målene ud fra borgerens ønsker, og vis sammenhængen i planen.",
                                    "Phrase the goals from the citizen's wishes, and show the link in the plan.")
                            .serves(P1_HOPES_WISHES_DREAMS)
                            .cites(LegalReferences.SEL_141, LegalReferences.RECOVERY_GUIDE)
                            .reads(RecordedFact.GOAL_DERIVED_FROM_WISHES)
                            .severity(Severity.ADVISORY)
                            .message(
                                    "derived",
                                    "{total, plural, one {Målet er} =2 {Begge mål er} other {Alle # mål er}} afledt af"
                                            + " borgerens"
                                            + " ønsker.",
                                    "{total, plural, one {The goal is} =2 {Both goals are} other {All # goals are}} derived"
                                            + " from the"
                                            + " citizen's wishes.")
                            .message(
                                    "derived-some",
                                    "{missing} af {total} mål er ikke afledt af borgerens ønsker.",
                                    "{missing} of {total, plural, one {# goal} other {# goals}} {missing, plural,"
                                            + " one {is} other {are}} not derived from the citizen's wishes.")
                            .message(
                                    "derived-none",
                                    "{total, plural, one {Målet er ikke} =2 {Ingen af de to mål er} other {Ingen af de #"
                                            + " mål er}} afledt af"
                                            + " borgerens ønsker.",
                                    "{total, plural, one {The goal is not} =2 {Neither of the two goals is} other {None of"
                                            + " the # goals is}} derived"
                                            + " from the citizen's wishes."),
                    Goal::derivedFromWishes,
                    "derived",
                    "derived-some",
                    "derived-none")
            .build();

    /** P1: the citizen has accepted the goals. */
    public static final Rule GOALS_ACCEPTED = Facts.goalShare(
                    Rule.builder("goals-accepted-by-citizen")
                            .title("Borgeren har accepteret målene", "The citizen has accepted the goals")
                            .description(
                                    "Tjekker, hvor mange af målene borgeren har accepteret.",
                                    "Checks how many of the goals the citizen has accepted.")
                            .rationale(
                                    "Målene skal være borgerens egne (princip 1). Et mål, borgeren ikke har sagt ja"
                                            + " til, er myndighedens mål, og samarbejdet om det bliver skrøbeligt.",
                                    "The goals must be the citizen's own (principle 1). A goal the citizen has not"
                                            + " agreed to is the authority's goal, and collaboration on it is"
                                            + " fragile.")
                            .recommendation(
                                    "Gennemgå målene med borgeren, og notér, at borgeren har accepteret dem.",
                                    "Go through the goals with the citizen, and record that the citizen accepted"
                                            + " them.")
                            .serves(P1_HOPES_WISHES_DREAMS, INVOLVEMENT, COLLABORATION)
                            .cites(LegalReferences.SEL_141, LegalReferences.RECOVERY_GUIDE)
                            .reads(RecordedFact.GOAL_ACCEPTED_BY_CITIZEN)
                            .severity(Severity.ADVISORY)
                            .message(
                                    "accepted",
                                    "Borgeren har accepteret {total, plural, one {målet} =2 {begge mål} other {alle #"
                                            + " mål}}.",
                                    "The citizen has accepted {total, plural, one {the goal} =2 {both goals} other {all #"
                                            + " goals}}.")
                            .message(
                                    "accepted-some",
                                    "Borgeren har ikke accepteret {missing} af {total} mål.",
                                    "The citizen has not accepted {missing} of {total, plural, one {# goal} other"
                                            + " {# goals}}.")
                            .message(
                                    "accepted-none",
                                    "Borgeren har ikke accepteret {total, plural, one {målet} =2 {nogen af de to mål}"
                                            + " other {nogen af de # mål}}.",
                                    "The citizen has {total, plural, one {not accepted the goal} =2 {accepted"
                                            + " neither of the two goals} other {accepted none of the # goals}}."),
                    Goal::acceptedByCitizen,
                    "accepted",
                    "accepted-some",
                    "accepted-none")
            .build();

    /** P2: the latest investigation records the citizen's resources, not only limitations. */
    public static final Rule RESOURCES_RECORDED = Rule.builder("resources-recorded")
            .title("Borgerens ressourcer er beskrevet", "The citizen's resources are recorded")
            .description(
                    "Tjekker, at den seneste udredning beskriver borgerens ressourcer samlet eller i hvert"
                            + " livsområde, hvor der er beskrevet udfordringer.",
                    "Checks that the latest investigation records the citizen's resources overall, or in every life"
                            + " area where challenges are recorded.")
            .rationale(
                    "Princip 2 er at fokusere på borgerens ressourcer, og efter serviceloven §81, nr. 2 skal"
                            + " indsatsen understøtte den enkeltes muligheder for at fastholde egne ressourcer eller"
                            + " fremme øget selvstændighed. En udredning, der kun beskriver begrænsninger, fører til"
                            + " kompenserende hjælp i stedet for udvikling.",
                    "Principle 2 is to focus on the citizen's resources, and under serviceloven §81, no. 2 the help"
                            + " must support the person's opportunities to keep their own resources or to become more"
                            + " independent. An investigation that only records limitations leads to compensating"
                            + " help instead of development.")
            .recommendation(
                    "Beskriv borgerens styrker og ressourcer i udredningen, også i de livsområder, hvor der er"
                            + " udfordringer.",
                    "Record the citizen's strengths and resources in the investigation, also in the life areas with"
                            + " challenges.")
            .serves(P2_RESOURCES)
            .cites(LegalReferences.SEL_81, LegalReferences.RECOVERY_GUIDE)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_INVESTIGATION, Facts.NO_INVESTIGATION_DA, Facts.NO_INVESTIGATION_EN)
            .message(
                    "recorded",
                    "Udredning {investigation} beskriver borgerens ressourcer.",
                    "Investigation {investigation} records the citizen's resources.")
            .message(
                    "recorded-per-area",
                    "Udredning {investigation} beskriver ressourcer i {count, plural, one {# livsområde} other {#"
                            + " livsområder}}, herunder alle med udfordringer.",
                    "Investigation {investigation} records resources in {count, plural, one {# life area} other {#"
                            + " life areas}}, including every one with challenges.")
            .message(
                    "some-areas",
                    "Udredning {investigation} beskriver ressourcer i {count, plural, one {# livsområde} other {#"
                            + " livsområder}}, men ikke i {missing, plural, one {# livsområde} other {#"
                            + " livsområder}} med udfordringer.",
                    "Investigation {investigation} records resources in {count, plural, one {# life area} other {#"
                            + " life areas}}, but not in {missing, plural, one {# life area} other {# life areas}}"
                            + " with challenges.")
            .message(
                    "not-recorded",
                    "Udredning {investigation} beskriver ingen ressourcer hos borgeren.",
                    "Investigation {investigation} records none of the citizen's resources.")
            .appliesWhen(Facts::whenInvestigated)
            .evaluatedBy(RecoveryRules::resources)
            .build();

    /** P2: each goal says which life area it concerns, beside its type (develop, maintain, limit loss). */
    public static final Rule GOALS_LINKED_TO_LIFE_AREAS = Facts.goalShare(
                    Rule.builder("goals-linked-to-life-areas")
                            .title("Målene har type og livsområde", "The goals state type and life area")
                            .description(
                                    "Tjekker, at hvert mål ud over sin type (udvikle, vedligeholde eller begrænse"
                                            + " tab af funktionsevne) angiver det livsområde, det handler om.",
                                    "Checks that every goal states, beside its type (develop, maintain or limit"
                                            + " loss of function), the life area it concerns.")
                            .rationale(
                                    "Biblioteket måler princip 2 bl.a. på, at hvert mål angiver, om funktionsevnen"
                                            + " skal udvikles, vedligeholdes eller tab begrænses (jf. formålet i"
                                            + " serviceloven §81). Det giver kun mening knyttet til et livsområde"
                                            + " fra udredningen: i VUM 2.0 beskriver udredningen funktionsevne,"
                                            + " ressourcer og udfordringer pr. livsområde og sætter målene ud fra"
                                            + " dem. Det binder målene i handleplanen efter serviceloven §141 sammen"
                                            + " med borgerens samlede situation.",
                                    "The library measures principle 2 partly by whether every goal says if"
                                            + " function is to be developed, maintained or its loss limited (cf. the"
                                            + " purpose in serviceloven §81). That only makes sense tied to a life"
                                            + " area from the investigation: in VUM 2.0 the investigation records"
                                            + " function, resources and challenges per life area and sets the goals"
                                            + " from them. It ties the goals of the action plan under serviceloven"
                                            + " §141 to the citizen's whole situation.")
                            .recommendation(
                                    "Knyt hvert mål til et livsområde fra udredningen.",
                                    "Tie every goal to a life area from the investigation.")
                            .serves(P2_RESOURCES, P6_COORDINATED_WHOLE_LIFE)
                            .cites(LegalReferences.SEL_81, LegalReferences.SEL_141)
                            .severity(Severity.ADVISORY)
                            .message(
                                    "linked",
                                    "{total, plural, one {Målet angiver} =2 {Begge mål angiver} other {Alle # mål"
                                            + " angiver}} et livsområde.",
                                    "{total, plural, one {The goal states} =2 {Both goals state} other {All # goals"
                                            + " state}} a life area.")
                            .message(
                                    "linked-some",
                                    "{missing} af {total} mål angiver ikke et livsområde.",
                                    "{missing} of {total, plural, one {# goal} other {# goals}} {missing, plural,"
                                            + " one {does} other {do}} not state a life area.")
                            .message(
                                    "linked-none",
                                    "{total, plural, one {Målet angiver ikke} =2 {Ingen af de to mål angiver} other"
                                            + " {Ingen af de # mål angiver}} et"
                                            + " livsområde.",
                                    "{total, plural, one {The goal does not state} =2 {Neither of the two goals"
                                            + " states} other {None of the # goals states}} a life area."),
                    g -> g.lifeArea().isPresent(),
                    "linked",
                    "linked-some",
                    "linked-none")
            .build();

    /** P3: the investigation maps the citizen's network. */
    public static final Rule NETWORK_MAPPED = Facts.investigationRecords(
                    Rule.builder("network-mapped")
                            .title("Borgerens netværk er kortlagt", "The citizen's network is mapped")
                            .description(
                                    "Tjekker, at en udredning har kortlagt borgerens netværk.",
                                    "Checks that an investigation has mapped the citizen's network.")
                            .rationale(
                                    "Princip 3 og serviceloven §81, nr. 4 lægger vægt på borgerens netværk. Uden en"
                                            + " kortlægning ved ingen, hvem borgeren kan og vil trække på.",
                                    "Principle 3 and serviceloven §81, no. 4 stress the citizen's network. Without"
                                            + " mapping it, nobody knows whom the citizen can and wants to draw"
                                            + " on.")
                            .recommendation(
                                    "Kortlæg borgerens netværk sammen med borgeren, fx med et netværkskort.",
                                    "Map the citizen's network together with the citizen, for example with a"
                                            + " network map.")
                            .serves(P3_NETWORK_COMMUNITIES, COLLABORATION)
                            .cites(LegalReferences.SEL_81, LegalReferences.RECOVERY_GUIDE)
                            .reads(RecordedFact.INVESTIGATION_NETWORK_MAPPED)
                            .severity(Severity.ADVISORY)
                            .message(
                                    "recorded",
                                    "Udredning {investigation} har kortlagt borgerens netværk.",
                                    "Investigation {investigation} mapped the citizen's network.")
                            .message(
                                    "not-recorded",
                                    "Ingen udredning har kortlagt borgerens netværk; den seneste er"
                                            + " {investigation}.",
                                    "No investigation has mapped the citizen's network; the latest is"
                                            + " {investigation}."),
                    Investigation::networkMapped)
            .build();

    /** P3: once help is granted, there are links to civil society, ordinary communities or peers. */
    public static final Rule LINKS_TO_COMMUNITIES = Rule.builder("links-to-ordinary-communities")
            .title("Forbindelse til almene fællesskaber", "Links to ordinary communities")
            .description(
                    "Tjekker, at der, når hjælpen er bevilget, er skabt forbindelse til civilsamfund, almene"
                            + " fællesskaber eller en peer-medarbejder. En peer-medarbejders deltagelse i en hændelse i"
                            + " sagen tæller, men ikke deltagelse i et møde, som borgeren takkede nej til, for dér"
                            + " mødte borgeren ikke peer-medarbejderen.",
                    "Checks that once help is granted, links have been made to civil society, ordinary communities"
                            + " or a peer worker. A peer worker who took part in an event in the case counts, except"
                            + " at a meeting the citizen declined, since the citizen did not meet the peer worker"
                            + " there.")
            .rationale(
                    "Princip 3 og serviceloven §81 om inklusion: recovery sker i almindelige fællesskaber, ikke kun i"
                            + " tilbud. Ligesindede og civilsamfund giver håb og relationer, som rækker ud over den"
                            + " professionelle hjælp.",
                    "Principle 3 and serviceloven §81 on inclusion: recovery happens in ordinary communities, not only"
                            + " in services. Peers and civil society give hope and relationships that reach beyond"
                            + " professional help.")
            .recommendation(
                    "Undersøg med borgeren, hvilke foreninger, fællesskaber eller peer-tilbud borgeren vil være en"
                            + " del af, og skab kontakten.",
                    "Explore with the citizen which associations, communities or peer offers the citizen wants to"
                            + " join, and make the contact.")
            .serves(P3_NETWORK_COMMUNITIES)
            .cites(LegalReferences.SEL_81, LegalReferences.RECOVERY_GUIDE)
            .severity(Severity.ADVISORY)
            .message("no-help-yet", "Der er endnu ikke bevilget hjælp.", "No help has been granted yet.")
            .message(
                    "civil-society",
                    "Der er koordineret med civilsamfund eller fællesskaber ({coordination}).",
                    "There is coordination with civil society or communities ({coordination}).")
            .message(
                    "peer-support",
                    "En peer-medarbejder har deltaget i forløbet ({event}).",
                    "A peer worker has taken part in the process ({event}).")
            .message(
                    "no-links",
                    "Der er bevilget hjælp ({decision}), men ingen forbindelse til civilsamfund, fællesskaber eller"
                            + " ligesindede.",
                    "Help has been granted ({decision}), but there are no links to civil society, communities or"
                            + " peers.")
            .evaluatedBy(RecoveryRules::communities)
            .build();

    /** P5: the investigation considered early, preventive offers (SEL §§82a-82b). */
    public static final Rule EARLY_OFFERS_CONSIDERED = Facts.investigationRecords(
                    Rule.builder("early-offers-considered")
                            .title("Tidlige tilbud er overvejet", "Early offers are considered")
                            .description(
                                    "Tjekker, at en udredning viser, at tidlige, forebyggende tilbud efter"
                                            + " serviceloven §§82a-82b er overvejet.",
                                    "Checks that an investigation shows early, preventive offers under"
                                            + " serviceloven §§82a-82b were considered.")
                            .rationale(
                                    "Princip 5 og retssikkerhedsloven §1: hjælp så tidligt som muligt. Et"
                                            + " gruppebaseret eller kortvarigt tilbud kan hjælpe hurtigt, før"
                                            + " problemerne vokser, og uden en lang visitation.",
                                    "Principle 5 and retssikkerhedsloven §1: help as early as possible. A"
                                            + " group-based or short offer can help quickly, before problems grow,"
                                            + " and without a long assessment.")
                            .recommendation(
                                    "Overvej og notér, om et tidligt, forebyggende tilbud kan hjælpe borgeren nu.",
                                    "Consider and record whether an early, preventive offer can help the citizen"
                                            + " now.")
                            .serves(P5_EARLY_HELP)
                            .cites(LegalReferences.SEL_82A_B, LegalReferences.RSL_1)
                            .reads(RecordedFact.INVESTIGATION_EARLY_OFFERS_CONSIDERED)
                            .severity(Severity.ADVISORY)
                            .message(
                                    "recorded",
                                    "Udredning {investigation} har overvejet tidlige, forebyggende tilbud.",
                                    "Investigation {investigation} considered early, preventive offers.")
                            .message(
                                    "not-recorded",
                                    "Ingen udredning viser, at tidlige tilbud er overvejet; den seneste er"
                                            + " {investigation}.",
                                    "No investigation shows that early offers were considered; the latest is"
                                            + " {investigation}."),
                    Investigation::earlyOffersConsidered)
            .build();

    /** P5: the first decision comes within the published deadline, counted from the opening. */
    public static final Rule DECIDED_WITHIN_DEADLINE = Rule.builder("decided-within-deadline")
            .title("Afgjort inden for fristen", "Decided within the deadline")
            .description(
                    "Måler tiden fra sagens åbning til den første afgørelse mod den offentliggjorte frist. En ny"
                            + " frist meddelt borgeren ændrer ikke målingen; det gør reglen om retssikkerhedslovens"
                            + " §3.",
                    "Measures the time from the opening to the first decision against the published deadline. A new"
                            + " date given to the citizen does not change the measure; the rule on"
                            + " retssikkerhedsloven §3 covers that.")
            .rationale(
                    "Princip 5 er at hjælpe så tidligt som muligt (retssikkerhedsloven §§1 og 3). Hver uge uden"
                            + " afgørelse er en uge uden hjælp; tiden til afgørelse er den mest direkte måling af"
                            + " tidlig hjælp.",
                    "Principle 5 is to help as early as possible (retssikkerhedsloven §§1 and 3). Every week without"
                            + " a decision is a week without help; the time to decision is the most direct measure"
                            + " of early help.")
            .recommendation(
                    "Planlæg udredningen, så afgørelsen kan træffes inden fristen.",
                    "Plan the investigation so that the decision can be made within the deadline.")
            .serves(P5_EARLY_HELP)
            .cites(LegalReferences.RSL_1, LegalReferences.RSL_3)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_DEADLINE, Facts.NO_DEADLINE_DA, Facts.NO_DEADLINE_EN)
            .message(Facts.NOT_YET_DUE, Facts.NOT_YET_DUE_DA, Facts.NOT_YET_DUE_EN)
            .message(
                    "in-time",
                    "Afgørelse {decision} kom {days, plural, =0 {samme dag som åbningen} one {# dag efter åbningen}"
                            + " other {# dage efter åbningen}}, inden fristen {due}.",
                    "Decision {decision} came {days, plural, =0 {on the day of the opening} one {# day after the"
                            + " opening} other {# days after the opening}}, within the deadline {due}.")
            .message(
                    "late",
                    "Afgørelse {decision} kom {days, plural, =0 {samme dag som åbningen} one {# dag efter åbningen}"
                            + " other {# dage efter åbningen}}, efter fristen {due}.",
                    "Decision {decision} came {days, plural, =0 {on the day of the opening} one {# day after the"
                            + " opening} other {# days after the opening}}, after the deadline {due}.")
            .message(
                    "overdue",
                    "Der er gået {days, plural, one {# dag} other {# dage}} siden åbningen uden afgørelse; fristen"
                            + " var {due}.",
                    "{days, plural, one {# day has} other {# days have}} passed since the opening with no decision;"
                            + " the deadline was {due}.")
            .appliesWhen(Facts::whenDeadlineCanBeJudged)
            .evaluatedBy(RecoveryRules::withinDeadline)
            .build();

    /** P7 and SEL §148: the goals are reviewed with the citizen at every held follow-up. */
    public static final Rule GOALS_REVIEWED = Rule.builder("sel-148-goals-reviewed-with-citizen")
            .title("Målene er gennemgået med borgeren", "The goals are reviewed with the citizen")
            .description(
                    "Tjekker, at målene blev gennemgået sammen med borgeren ved hver holdt opfølgning.",
                    "Checks that the goals were reviewed together with the citizen at every follow-up held.")
            .rationale(
                    "Serviceloven §148 kræver opfølgning på borgerens præmisser og sammen med borgeren. Princip 7:"
                            + " kun borgeren kan sige, om målene stadig er de rigtige.",
                    "Serviceloven §148 requires follow-up on the citizen's terms and together with the citizen."
                            + " Principle 7: only the citizen can say whether the goals are still the right ones.")
            .recommendation(
                    "Gennemgå målene sammen med borgeren ved hver opfølgning, og justér dem efter borgerens"
                            + " ønsker.",
                    "Review the goals with the citizen at every follow-up, and adjust them to the citizen's"
                            + " wishes.")
            .serves(P7_FOLLOW_UP, P1_HOPES_WISHES_DREAMS, INVOLVEMENT)
            .cites(LegalReferences.SEL_148)
            .reads(RecordedFact.FOLLOW_UP_GOALS_REVIEWED_WITH_CITIZEN)
            .severity(Severity.ADVISORY)
            .message(
                    "no-follow-up-held", "Der er endnu ikke holdt nogen opfølgning.", "No follow-up has been held yet.")
            .message(
                    "reviewed",
                    "Målene blev gennemgået med borgeren ved {total, plural, one {opfølgningen} =2 {begge"
                            + " opfølgninger} other {alle # opfølgninger}}.",
                    "The goals were reviewed with the citizen at {total, plural, one {the follow-up} =2 {both"
                            + " follow-ups} other {all # follow-ups}}.")
            .message(
                    "reviewed-some",
                    "Målene blev ikke gennemgået med borgeren ved {missing} af {total, plural, one {# opfølgning}"
                            + " other {# opfølgninger}}.",
                    "The goals were not reviewed with the citizen at {missing} of {total, plural, one {# follow-up}"
                            + " other {# follow-ups}}.")
            .message(
                    "reviewed-none",
                    "Målene blev ikke gennemgået med borgeren ved {total, plural, one {opfølgningen} =2 {nogen"
                            + " af de to opfølgninger} other {nogen af de # opfølgninger}}.",
                    "The goals were {total, plural, one {not reviewed with the citizen at the follow-up} =2"
                            + " {reviewed with the citizen at neither of the two follow-ups} other {reviewed with the"
                            + " citizen at none of the # follow-ups}}.")
            .appliesWhen(Facts::whenFollowUpHeld)
            .evaluatedBy(view -> Facts.shareOf(
                    view.eventsOf(FollowUp.class),
                    f -> Facts.isHeld(view, f),
                    FollowUp::goalsReviewedWithCitizen,
                    "reviewed",
                    "reviewed-some",
                    "reviewed-none"))
            .build();

    /** P7 and SEL §148: a follow-up date is set whenever help is granted. */
    public static final Rule FOLLOW_UP_DATE_SET = Rule.builder("sel-148-follow-up-date-set")
            .title("Opfølgningsdato sat ved afgørelsen", "Follow-up date set at the decision")
            .description(
                    "Tjekker for hver afgørelse, der giver hjælp, at der er sat en opfølgningsdato i afgørelsen"
                            + " eller planlagt en opfølgning samme dag.",
                    "Checks for every decision granting help that a follow-up date was set in the decision or a"
                            + " follow-up was scheduled the same day.")
            .rationale(
                    "Serviceloven §148 kræver løbende opfølgning. En dato sat ved afgørelsen gør opfølgningen til en"
                            + " aftale, borgeren kender, og ikke noget, der afhænger af sagsbehandlerens kalender.",
                    "Serviceloven §148 requires continuous follow-up. A date set at the decision makes the"
                            + " follow-up an appointment the citizen knows, not something that depends on the"
                            + " caseworker's calendar.")
            .recommendation(
                    "Sæt en opfølgningsdato i hver afgørelse, der giver hjælp, og fortæl borgeren den.",
                    "Set a follow-up date in every decision granting help, and tell the citizen.")
            .serves(P7_FOLLOW_UP, TRUST)
            .cites(LegalReferences.SEL_148)
            .severity(Severity.ADVISORY)
            .message("no-help-granted", "Der er ikke bevilget hjælp.", "No help has been granted.")
            .message(
                    "date-set",
                    "{total, plural, one {Afgørelsen, der giver hjælp, har} =2 {Begge afgørelser, der giver"
                            + " hjælp, har} other {Alle # afgørelser, der giver hjælp, har}} en opfølgningsdato.",
                    "{total, plural, one {The decision granting help has} =2 {Both decisions granting help"
                            + " have} other {All # decisions granting help have}} a follow-up date.")
            .message(
                    "date-set-some",
                    "{missing} af {total, plural, one {# afgørelse} other {# afgørelser}}, der giver hjælp, har"
                            + " ingen opfølgningsdato.",
                    "{missing} of {total, plural, one {# decision} other {# decisions}} granting help {missing,"
                            + " plural, one {has} other {have}} no follow-up date.")
            .message(
                    "date-set-none",
                    "{total, plural, one {Afgørelsen, der giver hjælp, har ingen opfølgningsdato} =2 {Ingen af"
                            + " de to afgørelser, der giver hjælp, har en opfølgningsdato} other {Ingen af de #"
                            + " afgørelser, der giver hjælp, har en opfølgningsdato}}.",
                    "{total, plural, one {The decision granting help has no follow-up date} =2 {Neither of the two"
                            + " decisions granting help has a follow-up date} other {None of the # decisions granting"
                            + " help has a follow-up date}}.")
            .appliesWhen(view -> Facts.firstGrantingDecision(view).isPresent()
                    ? Applicability.applies()
                    : Applicability.notApplicable("no-help-granted"))
            .evaluatedBy(view -> Facts.shareOf(
                    view.eventsOf(Decision.class),
                    d -> d.outcome().givesHelp(),
                    d -> d.followUpDate().isPresent()
                            || !view.between(FollowUp.class, d.date(), d.date()).isEmpty(),
                    "date-set",
                    "date-set-some",
                    "date-set-none"))
            .build();

    /** P8: the intervention names its method, with a documented or promising evidence base. */
    public static final Rule METHOD_WITH_EVIDENCE = Rule.builder("method-named-with-evidence-base")
            .title("Metode med dokumenteret effekt", "A method with an evidence base")
            .description(
                    "Når hjælpen er bestilt eller i gang, tjekker reglen, at indsatsens metode er navngivet, og at"
                            + " den har dokumenteret eller lovende effekt. En navngiven metode med erfaringsbaseret"
                            + " eller udokumenteret effekt er delvist opfyldt.",
                    "Once help is ordered or under way, checks that the intervention's method is named and has a"
                            + " documented or promising effect. A named method with a practice-based or undocumented"
                            + " effect is partly met.")
            .rationale(
                    "Princip 8 er at bruge viden og metoder, der virker. Når metoden er navngivet, kan borger,"
                            + " myndighed og udfører tale om, hvad der skal ske, og vurdere, om det virker.",
                    "Principle 8 is to use knowledge and methods that work. When the method is named, the citizen,"
                            + " the authority and the provider can talk about what will happen and judge whether it"
                            + " works.")
            .recommendation(
                    "Navngiv metoden i bestillingen, og vælg så vidt muligt en metode med dokumenteret eller lovende"
                            + " effekt.",
                    "Name the method in the order, and where possible choose one with a documented or promising"
                            + " effect.")
            .serves(P8_KNOWLEDGE_METHODS)
            .cites(LegalReferences.RECOVERY_GUIDE)
            .severity(Severity.ADVISORY)
            .message(
                    "no-delivery",
                    "Hjælpen er endnu ikke bestilt eller i gang.",
                    "The help has not been ordered or started yet.")
            .message(
                    "evidence-based",
                    "Metoden ({method}) har dokumenteret eller lovende effekt.",
                    "The method ({method}) has a documented or promising effect.")
            .message(
                    "weak-evidence",
                    "Metoden er navngivet ({method}), men uden dokumenteret eller lovende effekt.",
                    "The method is named ({method}), but without a documented or promising effect.")
            .message(
                    "no-method",
                    "Hjælpen er bestilt ({order}), men metoden er ikke navngivet.",
                    "The help is ordered ({order}), but the method is not named.")
            .appliesWhen(view -> view.has(MethodApplied.class) || view.has(ProviderOrder.class)
                    ? Applicability.applies()
                    : Applicability.notApplicable("no-delivery"))
            .evaluatedBy(RecoveryRules::method)
            .build();

    /** P8: progress is measured with a function level before and after. */
    public static final Rule PROGRESS_MEASURED = Rule.builder("progress-measured")
            .title("Udviklingen er målt", "Progress is measured")
            .description(
                    "Når der er holdt opfølgning, tjekker reglen, at borgerens udvikling er målt med et"
                            + " funktionsniveau både før og efter.",
                    "Once a follow-up has been held, checks that the citizen's progress was measured with a"
                            + " function level both before and after.")
            .rationale(
                    "Princip 8 og opfølgningen efter serviceloven §148 kræver viden om, hvorvidt indsatsen virker."
                            + " Uden en måling før og efter bygger vurderingen på indtryk.",
                    "Principle 8 and follow-up under serviceloven §148 need to know whether the help works. Without"
                            + " a measure before and after, the judgement rests on impressions.")
            .recommendation(
                    "Mål funktionsniveauet ved start og ved opfølgning med samme redskab, og drøft resultatet med"
                            + " borgeren.",
                    "Measure the function level at the start and at follow-up with the same instrument, and discuss"
                            + " the result with the citizen.")
            .serves(P8_KNOWLEDGE_METHODS, P7_FOLLOW_UP)
            .cites(LegalReferences.RECOVERY_GUIDE, LegalReferences.SEL_148)
            .severity(Severity.ADVISORY)
            .message(
                    "not-yet",
                    "Der er endnu ikke holdt opfølgning eller målt udvikling.",
                    "No follow-up has been held and no progress measured yet.")
            .message(
                    "measured",
                    "Udviklingen er målt før og efter ({measurement}).",
                    "Progress was measured before and after ({measurement}).")
            .message(
                    "not-comparable",
                    "Udviklingen er målt ({measurement}), men uden vurderet funktionsniveau både før og efter.",
                    "Progress was measured ({measurement}), but without an assessed function level both before and"
                            + " after.")
            .message(
                    "not-measured",
                    "Der er holdt opfølgning ({followUp}), men udviklingen er ikke målt.",
                    "A follow-up was held ({followUp}), but progress was not measured.")
            .appliesWhen(view -> view.has(ProgressMeasurement.class)
                    ? Applicability.applies()
                    : Facts.whenFollowUpHeld(view).isApplicable()
                            ? Applicability.applies()
                            : Applicability.notApplicable("not-yet"))
            .evaluatedBy(RecoveryRules::progress)
            .build();

    /** P8 and P7: the goals are measurable, so follow-up can tell whether they are reached. */
    public static final Rule GOALS_MEASURABLE = Facts.goalShare(
                    Rule.builder("goals-measurable")
                            .title("Målene er målbare", "The goals are measurable")
                            .description(
                                    "Tjekker, hvor mange af målene der er målbare (SMART).",
                                    "Checks how many of the goals are measurable (SMART).")
                            .rationale(
                                    "VUM beder om SMART-mål. Kun et målbart mål kan vise ved opfølgningen, om"
                                            + " indsatsen virker (princip 7 og 8).",
                                    "VUM asks for SMART goals. Only a measurable goal can show at follow-up"
                                            + " whether the help works (principles 7 and 8).")
                            .recommendation(
                                    "Formulér målene, så borgeren og fagpersonerne kan se, hvornår de er nået.",
                                    "Phrase the goals so that the citizen and the professionals can see when they"
                                            + " are reached.")
                            .serves(P8_KNOWLEDGE_METHODS, P7_FOLLOW_UP)
                            .cites(LegalReferences.RECOVERY_GUIDE, LegalReferences.SEL_148)
                            .reads(RecordedFact.GOAL_MEASURABLE)
                            .severity(Severity.ADVISORY)
                            .message(
                                    "measurable",
                                    "{total, plural, one {Målet er målbart} =2 {Begge mål er målbare} other {Alle # mål er"
                                            + " målbare}}.",
                                    "{total, plural, one {The goal is} =2 {Both goals are} other {All # goals are}}"
                                            + " measurable.")
                            .message(
                                    "measurable-some",
                                    "{missing} af {total} mål er ikke {missing, plural, one {målbart} other"
                                            + " {målbare}}.",
                                    "{missing} of {total, plural, one {# goal} other {# goals}} {missing, plural,"
                                            + " one {is} other {are}} not measurable.")
                            .message(
                                    "measurable-none",
                                    "{total, plural, one {Målet er ikke målbart} =2 {Ingen af de to mål er målbare}"
                                            + " other {Ingen af de # mål er målbare}}.",
                                    "{total, plural, one {The goal is not} =2 {Neither of the two goals is} other {None"
                                            + " of the # goals is}} measurable."),
                    Goal::measurable,
                    "measurable",
                    "measurable-some",
                    "measurable-none")
            .build();

    private static final List<Rule> ALL = List.of(
            WISHES_IN_OWN_WORDS,
            GOALS_FROM_WISHES,
            GOALS_ACCEPTED,
            RESOURCES_RECORDED,
            GOALS_LINKED_TO_LIFE_AREAS,
            NETWORK_MAPPED,
            LINKS_TO_COMMUNITIES,
            EARLY_OFFERS_CONSIDERED,
            DECIDED_WITHIN_DEADLINE,
            GOALS_REVIEWED,
            FOLLOW_UP_DATE_SET,
            METHOD_WITH_EVIDENCE,
            PROGRESS_MEASURED,
            GOALS_MEASURABLE);

    /**
     * The recovery-principle rules, in a fixed order.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return ALL;
    }

    private static Evaluation wishes(CaseView view) {
        Investigation partly = null;
        for (Investigation i : view.eventsOf(Investigation.class)) {
            if (i.wishesInOwnWords()) {
                return Facts.onEvent(Outcome.MET, "own-words", "investigation", i)
                        .build();
            }
            if (i.citizensWishes().isPresent()) {
                partly = i;
            }
        }
        return partly != null
                ? Facts.onEvent(Outcome.PARTLY_MET, "not-own-words", "investigation", partly)
                        .build()
                : Facts.onEvent(
                                Outcome.NOT_MET,
                                "no-wishes",
                                "investigation",
                                Facts.latestInvestigation(view).orElseThrow())
                        .build();
    }

    private static Evaluation resources(CaseView view) {
        Investigation i = Facts.latestInvestigation(view).orElseThrow();
        Evaluation.Builder e;
        if (i.resources().isPresent()) {
            e = Evaluation.builder(Outcome.MET, "recorded");
        } else {
            int withResources = 0;
            int challengesOnly = 0;
            for (LifeAreaAssessment area : i.lifeAreas()) {
                if (area.resources().isPresent()) {
                    withResources++;
                } else if (area.challenges().isPresent()) {
                    challengesOnly++;
                }
            }
            if (withResources == 0) {
                e = Evaluation.builder(Outcome.NOT_MET, "not-recorded");
            } else {
                e = (challengesOnly == 0
                                ? Evaluation.builder(Outcome.MET, "recorded-per-area")
                                : Evaluation.builder(Outcome.PARTLY_MET, "some-areas"))
                        .arg("count", withResources)
                        .arg("missing", challengesOnly);
            }
        }
        return e.evidence(i.id()).arg("investigation", i.id()).build();
    }

    private static Evaluation communities(CaseView view) {
        for (Coordination c : view.eventsOf(Coordination.class)) {
            if (c.counterpart() == Actor.CIVIL_SOCIETY) {
                return Facts.onEvent(Outcome.MET, "civil-society", "coordination", c)
                        .build();
            }
        }
        List<Participant> peers = view.participantsWithRole(Role.PEER_WORKER);
        if (!peers.isEmpty()) {
            for (CaseEvent e : view.events()) {
                // at a meeting the citizen declined, the citizen did not meet the peer worker
                if (Facts.anyTookPart(e, peers) && !(e instanceof Meeting m && m.citizenDeclined())) {
                    return Facts.onEvent(Outcome.MET, "peer-support", "event", e)
                            .build();
                }
            }
        }
        Optional<Decision> granted = Facts.firstGrantingDecision(view);
        if (granted.isEmpty()) {
            return Evaluation.notApplicable("no-help-yet");
        }
        return Facts.onEvent(Outcome.NOT_MET, "no-links", "decision", granted.get())
                .build();
    }

    private static Evaluation withinDeadline(CaseView view) {
        LocalDate opened = view.process().openedOn();
        LocalDate due = view.process().decisionDueBy().orElseThrow();
        Optional<Decision> first = Facts.firstDecision(view);
        if (first.isPresent()) {
            Decision d = first.get();
            boolean late = d.date().isAfter(due);
            return Facts.onEvent(late ? Outcome.NOT_MET : Outcome.MET, late ? "late" : "in-time", "decision", d)
                    .arg("days", ChronoUnit.DAYS.between(opened, d.date()))
                    .arg("due", due)
                    .build();
        }
        return Evaluation.builder(Outcome.NOT_MET, "overdue")
                .arg("days", ChronoUnit.DAYS.between(opened, view.asOf()))
                .arg("due", due)
                .build();
    }

    private static Evaluation method(CaseView view) {
        List<MethodApplied> methods = view.eventsOf(MethodApplied.class);
        for (MethodApplied m : methods) {
            if (m.evidenceBase() == EvidenceBase.DOCUMENTED || m.evidenceBase() == EvidenceBase.PROMISING) {
                return Facts.onEvent(Outcome.MET, "evidence-based", "method", m).build();
            }
        }
        if (!methods.isEmpty()) {
            return allWithLatestNamed(Outcome.PARTLY_MET, "weak-evidence", "method", methods);
        }
        ProviderOrder order = view.eventsOf(ProviderOrder.class).get(0);
        return Facts.onEvent(Outcome.NOT_MET, "no-method", "order", order).build();
    }

    private static Evaluation progress(CaseView view) {
        List<ProgressMeasurement> measurements = view.eventsOf(ProgressMeasurement.class);
        for (ProgressMeasurement m : measurements) {
            if (m.before() != FunctionLevel.NOT_ASSESSED && m.after() != FunctionLevel.NOT_ASSESSED) {
                return Facts.onEvent(Outcome.MET, "measured", "measurement", m).build();
            }
        }
        if (!measurements.isEmpty()) {
            return allWithLatestNamed(Outcome.PARTLY_MET, "not-comparable", "measurement", measurements);
        }
        FollowUp held = Facts.firstHeldFollowUp(view).orElseThrow();
        return Facts.onEvent(Outcome.NOT_MET, "not-measured", "followUp", held).build();
    }

    /** An evaluation with every event as evidence, naming the latest in an argument. */
    private static Evaluation allWithLatestNamed(
            Outcome outcome, String messageKey, String argument, List<? extends CaseEvent> events) {
        Evaluation.Builder e = Evaluation.builder(outcome, messageKey);
        for (CaseEvent event : events) {
            e.evidence(event.id());
        }
        return e.arg(argument, events.get(events.size() - 1).id()).build();
    }
}
