package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.catalogue.StandardCatalogue.INVOLVEMENT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P1_HOPES_WISHES_DREAMS;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P4_OPENNESS_TRUST_RESPECT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRANSPARENCY;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRUST;

import io.github.inddragelse.model.caseprocess.Adaptation;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.rule.Applicability;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rules for involvement on the citizen's terms: communication adapted to the citizen (interpreter,
 * easy-read, pictures, plain language), never a child as interpreter, meetings prepared with the
 * citizen and held where the citizen chooses, and the citizen's own view of the need recorded from
 * the first contact.
 */
public final class InvolvementRules {

    /**
     * The date the ban on interpreters under 18 came into force: 1 July 2025 (lov nr. 469 af 14. maj
     * 2025, which amended a number of acts, among them those of the social area).
     */
    public static final LocalDate CHILD_INTERPRETER_BAN = LocalDate.of(2025, 7, 1);

    private InvolvementRules() {}

    /** After "Ingen af de 3 møder": none prepared with the citizen and no agenda in advance (Danish). */
    private static final String NONE_PREPARED_DA =
            " var forberedt med borgeren, og borgeren fik heller ikke dagsordenen på forhånd til nogen af dem";

    /** After "None of the 3 meetings": none prepared with the citizen and no agenda in advance (English). */
    private static final String NONE_PREPARED_EN =
            " was prepared with the citizen, nor did the citizen receive the agenda in advance";

    /** An interpreter of every kind the citizen needs takes part in the meetings with the citizen. */
    public static final Rule INTERPRETER_WHEN_NEEDED = Rule.builder("interpreter-when-needed")
            .title("Tolk, når borgeren har brug for det", "An interpreter when the citizen needs one")
            .description(
                    "Når borgeren har brug for sprog-, tegnsprogs- eller taktil tolk, tjekker reglen, at en voksen"
                            + " tolk af hver nødvendig slags deltog i møderne med borgeren. En tolk under 18 år"
                            + " tæller ikke." + Facts.MEETINGS_JUDGED_DA,
                    "When the citizen needs a language, sign-language or tactile interpreter, checks that an adult"
                            + " interpreter of every kind needed took part in the meetings with the citizen. An"
                            + " interpreter under 18 does not count." + Facts.MEETINGS_JUDGED_EN)
            .rationale(
                    "Uden tolk kan borgeren hverken medvirke i sin sag (retssikkerhedsloven §4) eller forstå og"
                            + " udtale sig om den. God forvaltningsskik kræver tolk, når borgeren ikke kan"
                            + " kommunikere med myndigheden uden.",
                    "Without an interpreter the citizen can neither take part in their case (retssikkerhedsloven"
                            + " §4) nor understand it and respond. Good administrative practice requires an"
                            + " interpreter when the citizen cannot communicate with the authority without one.")
            .recommendation(
                    "Book en professionel tolk af den rette slags til hvert møde med borgeren.",
                    "Book a professional interpreter of the right kind for every meeting with the citizen.")
            .serves(INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.INTERPRETER, LegalReferences.RSL_4)
            .severity(Severity.ADVISORY)
            .message("no-need", "Borgeren har ikke brug for tolk.", "The citizen does not need an interpreter.")
            .message(Facts.NO_MEETINGS, Facts.NO_MEETINGS_DA, Facts.NO_MEETINGS_EN)
            .message(Facts.DECLINED_EVERY_MEETING, Facts.DECLINED_EVERY_MEETING_DA, Facts.DECLINED_EVERY_MEETING_EN)
            .message(
                    "all-interpreted",
                    "Der var den nødvendige tolk ved {total, plural, one {mødet} =2 {begge møder} other {alle #"
                            + " møder}}"
                            + Facts.WHICH_MEETINGS_DA + ".",
                    "The interpreter needed was present at {total, plural, one {the meeting} =2 {both"
                            + " meetings} other {all # meetings}}" + Facts.WHICH_MEETINGS_EN + ".")
            .message(
                    "some-interpreted",
                    "Der manglede den nødvendige tolk ved {missing} af {total, plural, one {# møde} other {#"
                            + " møder}}" + Facts.WHICH_MEETINGS_DA + ".",
                    "The interpreter needed was missing at {missing} of {total, plural, one {# meeting} other {#"
                            + " meetings}}" + Facts.WHICH_MEETINGS_EN + ".")
            .message(
                    "none-interpreted",
                    "Der var ikke den nødvendige tolk ved {total, plural, one {mødet} =2 {nogen af de to møder} other"
                            + " {nogen af de # møder}}"
                            + Facts.WHICH_MEETINGS_DA + ".",
                    "The interpreter needed was {total, plural, one {not present at the meeting} =2 {present"
                            + " at neither of the two meetings} other {present at none of the # meetings}}"
                            + Facts.WHICH_MEETINGS_EN + ".")
            .appliesWhen(view -> view.interpretersNeeded().isEmpty()
                    ? Applicability.notApplicable("no-need")
                    : Facts.whenMeetingToJudge(view))
            .evaluatedBy(view -> {
                List<Participant> adultInterpreters = adultInterpreters(view);
                return Facts.shareOfMeetings(
                        view,
                        m -> interpreted(m, adultInterpreters, view.interpretersNeeded()),
                        "all-interpreted",
                        "some-interpreted",
                        "none-interpreted");
            })
            .build();

    /**
     * No person under 18 is used as an interpreter, at an event of any kind: in this model an
     * interpreter among an event's participants means that what was said at the event was interpreted
     * (a written translation is not recorded as an interpreter), and the ban covers oral communication.
     */
    public static final Rule NO_CHILD_INTERPRETER = Rule.builder("no-child-interpreter")
            .title("Aldrig et barn som tolk", "Never a child as interpreter")
            .description(
                    "Tjekker, at ingen person under 18 år har tolket ved nogen hændelse i sagen. Alle slags"
                            + " hændelser tæller, også en henvendelse, en partshøring eller en afgørelse: en tolk"
                            + " blandt en hændelses deltagere betyder her, at det, der blev sagt ved hændelsen, blev"
                            + " tolket (en skriftlig oversættelse registreres ikke som tolk), og det er mundtlig"
                            + " kommunikation, forbuddet gælder. Sagen registrerer ikke, om kommunikationen kun"
                            + " angik et uproblematisk forhold (lovens eneste undtagelse), så reglen kan ikke tage"
                            + " højde for undtagelsen. Brug før forbuddet trådte i kraft 1. juli 2025 er delvist"
                            + " opfyldt; brug derefter er ikke opfyldt.",
                    "Checks that no person under 18 interpreted at any event in the case. Every kind of event"
                            + " counts, a contact, a hearing or a decision too: here an interpreter among an event's"
                            + " participants means that what was said at the event was interpreted (a written"
                            + " translation is not recorded as an interpreter), and oral communication is what the ban"
                            + " covers. The"
                            + " case does not record whether the communication concerned only an unproblematic"
                            + " matter (the act's one exception), so the rule cannot allow for it. Use before the"
                            + " ban came into force on 1 July 2025 is partly met; use after it is not met.")
            .rationale(
                    "Siden 1. juli 2025 må personer under 18 år ikke bruges som tolke ved mundtlig kommunikation med"
                            + " myndigheder (lov nr. 469 af 14. maj 2025). Den eneste undtagelse er kommunikation om et"
                            + " uproblematisk forhold (myndighedernes vejledning nævner fx tid og sted for en aftale),"
                            + " og et møde i en socialsag er ikke en sådan kommunikation."
                            + " Reglen er kritisk, selv om forbuddet ikke er en garantiforskrift: det er et lovforbud,"
                            + " der beskytter barnet, og oplysninger og partshøring gennem et barn kan svække sagens"
                            + " oplysning (retssikkerhedsloven §10) og borgerens ret til at blive hørt.",
                    "Since 1 July 2025 persons under 18 may not interpret in oral communication with authorities"
                            + " (act no. 469 of 14 May 2025). The one exception is communication about an"
                            + " unproblematic matter (the authorities' guidance names, for example, the time and place"
                            + " of an appointment), and a meeting in a social case is not such communication. The rule"
                            + " is critical although the ban is not a guarantee rule: it is a statutory"
                            + " ban that protects the child, and information and hearings passed through a child can"
                            + " weaken the investigation (retssikkerhedsloven §10) and the citizen's right to be"
                            + " heard.")
            .recommendation(
                    "Brug altid en professionel, voksen tolk, og notér tolkens rolle.",
                    "Always use a professional adult interpreter, and record the interpreter's role.")
            .serves(P4_OPENNESS_TRUST_RESPECT, INVOLVEMENT, TRUST)
            .cites(LegalReferences.INTERPRETER)
            .severity(Severity.CRITICAL)
            .message("no-interpreter", "Der er ikke brugt tolk i sagen.", "No interpreter has been used in the case.")
            .message(
                    "adult-interpreters",
                    "Der er tolket ved {count, plural, one {# hændelse} other {# hændelser}}, kun af voksne tolke.",
                    "Interpreters were present at {count, plural, one {# event} other {# events}}, all of them"
                            + " adults.")
            .message(
                    "child-interpreter-before-ban",
                    "En person under 18 år tolkede {count, plural, one {ved {event} ({date}), før forbuddet} other"
                            + " {ved # hændelser før forbuddet, første gang ved {event} ({date})}}.",
                    "A person under 18 interpreted {count, plural, one {at {event} ({date}), before the ban} other"
                            + " {at # events before the ban, first at {event} ({date})}}.")
            .message(
                    "child-interpreter",
                    "En person under 18 år tolkede {count, plural, one {ved {event} ({date}), efter forbuddet}"
                            + " other {ved # hændelser efter forbuddet, første gang ved {event} ({date})}}.",
                    "A person under 18 interpreted {count, plural, one {at {event} ({date}), after the ban} other"
                            + " {at # events after the ban, first at {event} ({date})}}.")
            .evaluatedBy(InvolvementRules::childInterpreter)
            .build();

    /** Every decision is written in plain language. */
    public static final Rule PLAIN_LANGUAGE_DECISIONS = Rule.builder("decisions-in-plain-language")
            .title("Afgørelser i klart sprog", "Decisions in plain language")
            .description(
                    "Tjekker, at afgørelserne er skrevet i et klart sprog, borgeren kan forstå.",
                    "Checks that the decisions are written in plain language the citizen can understand.")
            .rationale(
                    "En afgørelse, borgeren ikke forstår, kan borgeren hverken handle på eller klage over. Klart"
                            + " sprog er god forvaltningsskik og en forudsætning for gennemsigtig sagsbehandling.",
                    "A decision the citizen does not understand can neither be acted on nor complained about. Plain"
                            + " language is good administrative practice and a precondition for transparent case"
                            + " handling.")
            .recommendation(
                    "Skriv afgørelser i korte sætninger uden fagsprog, og forklar lovhenvisninger med almindelige"
                            + " ord.",
                    "Write decisions in short sentences without jargon, and explain legal references in everyday"
                            + " words.")
            .serves(TRANSPARENCY, INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.PLAIN_LANGUAGE)
            .reads(RecordedFact.DECISION_PLAIN_LANGUAGE)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_DECISION, Facts.NO_DECISION_DA, Facts.NO_DECISION_EN)
            .message(
                    "plain",
                    "{total, plural, one {Afgørelsen er} =2 {Begge afgørelser er} other {Alle # afgørelser er}}"
                            + " skrevet i klart sprog.",
                    "{total, plural, one {The decision is} =2 {Both decisions are} other {All # decisions are}}"
                            + " written in plain language.")
            .message(
                    "plain-some",
                    "{missing} af {total, plural, one {# afgørelse} other {# afgørelser}} er ikke skrevet i klart"
                            + " sprog.",
                    "{missing} of {total, plural, one {# decision} other {# decisions}} {missing, plural, one {is}"
                            + " other {are}} not written in plain language.")
            .message(
                    "plain-none",
                    "{total, plural, one {Afgørelsen er ikke} =2 {Ingen af de to afgørelser er} other {Ingen af"
                            + " de # afgørelser er}} skrevet i klart"
                            + " sprog.",
                    "{total, plural, one {The decision is not} =2 {Neither of the two decisions is} other"
                            + " {None of the # decisions is}} written in plain"
                            + " language.")
            .appliesWhen(Facts::whenDecided)
            .evaluatedBy(view -> Facts.share(
                    view.eventsOf(Decision.class), Decision::plainLanguage, "plain", "plain-some", "plain-none"))
            .build();

    /** Meetings use easy-read material or pictures when the citizen needs them. */
    public static final Rule FORMAT_ADAPTED = Rule.builder("format-adapted-to-communication-needs")
            .title("Form tilpasset borgerens behov", "Format adapted to the citizen's needs")
            .description(
                    "Når borgeren har brug for let læst tekst eller billeder, tjekker reglen, at møderne med borgeren"
                            + " brugte de tilpasninger." + Facts.MEETINGS_JUDGED_DA,
                    "When the citizen needs easy-read text or pictures, checks that the meetings with the citizen"
                            + " used those adaptations." + Facts.MEETINGS_JUDGED_EN)
            .rationale(
                    "Inddragelse på borgerens præmisser kræver, at kommunikationen passer til borgerens"
                            + " forudsætninger. Retssikkerhedsloven §4 forpligter kommunen til at tilrettelægge"
                            + " arbejdet, så borgeren kan medvirke.",
                    "Involvement on the citizen's terms needs communication that fits the citizen's prerequisites."
                            + " Retssikkerhedsloven §4 obliges the municipality to organise the work so that the"
                            + " citizen can take part.")
            .recommendation(
                    "Forbered materialet til møderne i let læst form eller med billeder, som borgeren har brug for.",
                    "Prepare the material for meetings in easy-read form or with pictures, as the citizen needs.")
            .serves(INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.PLAIN_LANGUAGE, LegalReferences.RSL_4)
            .severity(Severity.ADVISORY)
            .message(
                    "no-need",
                    "Borgeren har ikke brug for let læst tekst eller billeder.",
                    "The citizen does not need easy-read text or pictures.")
            .message(Facts.NO_MEETINGS, Facts.NO_MEETINGS_DA, Facts.NO_MEETINGS_EN)
            .message(Facts.DECLINED_EVERY_MEETING, Facts.DECLINED_EVERY_MEETING_DA, Facts.DECLINED_EVERY_MEETING_EN)
            .message(
                    "adapted",
                    "{total, plural, one {Mødet} =2 {Begge møder} other {Alle # møder}}"
                            + Facts.WHICH_MEETINGS_INSIDE_DA + " var tilpasset borgerens behov.",
                    "{total, plural, one {The meeting} =2 {Both meetings} other {All # meetings}}"
                            + Facts.WHICH_MEETINGS_EN
                            + " {total, plural, one {was} other {were}} adapted to the citizen's needs.")
            .message(
                    "adapted-some",
                    "{missing} af {total, plural, one {# møde} other {# møder}}" + Facts.WHICH_MEETINGS_INSIDE_DA
                            + " var ikke tilpasset borgerens behov.",
                    "{missing} of {total, plural, one {# meeting} other {# meetings}}" + Facts.WHICH_MEETINGS_EN
                            + " {missing, plural, one {was} other {were}} not adapted to the citizen's needs.")
            .message(
                    "adapted-none",
                    Facts.noMeetingDa("var ikke", "var") + " tilpasset borgerens behov.",
                    Facts.noMeetingEn("was not", "was") + " adapted to the citizen's needs.")
            .appliesWhen(view -> adaptationsNeeded(view).isEmpty()
                    ? Applicability.notApplicable("no-need")
                    : Facts.whenMeetingToJudge(view))
            .evaluatedBy(view -> {
                Set<Adaptation> needed = adaptationsNeeded(view);
                return Facts.shareOfMeetings(
                        view, m -> m.adaptations().containsAll(needed), "adapted", "adapted-some", "adapted-none");
            })
            .build();

    /**
     * The argument by which the met message of {@link #MEETINGS_PREPARED} says how the meetings were
     * prepared: {@value #PREPARED_BOTH}, {@value #PREPARED_WITH_CITIZEN}, {@value #AGENDA_AHEAD} or
     * {@value #PREPARED_EITHER}.
     */
    static final String PREPARATION_ARG = "preparation";

    /** {@value #PREPARATION_ARG}: every meeting judged was prepared with the citizen and had the agenda sent ahead. */
    static final String PREPARED_BOTH = "both";

    /** {@value #PREPARATION_ARG}: every meeting judged was prepared with the citizen, the agenda not sent ahead of them all. */
    static final String PREPARED_WITH_CITIZEN = "prepared-with-citizen";

    /** {@value #PREPARATION_ARG}: every meeting judged had the agenda sent ahead, not all were prepared with the citizen. */
    static final String AGENDA_AHEAD = "agenda-ahead";

    /** {@value #PREPARATION_ARG}: every meeting judged had one of the two, neither held for all. */
    static final String PREPARED_EITHER = "either";

    /**
     * Meetings are prepared with the citizen, or the citizen receives the agenda in advance. The met
     * evaluation says which held for all the meetings judged with {@value #PREPARATION_ARG}.
     */
    public static final Rule MEETINGS_PREPARED = Rule.builder("meetings-prepared-with-citizen")
            .title("Møder er forberedt med borgeren", "Meetings are prepared with the citizen")
            .description(
                    "Tjekker, at møderne med borgeren er forberedt sammen med borgeren, eller at borgeren har fået"
                            + " dagsordenen på forhånd." + Facts.MEETINGS_JUDGED_DA,
                    "Checks that the meetings with the citizen were prepared together with the citizen, or that the"
                            + " citizen received the agenda in advance." + Facts.MEETINGS_JUDGED_EN)
            .rationale(
                    "Når borgeren ved, hvad mødet handler om, og har været med til at sætte dagsordenen, kan borgeren"
                            + " forberede sig og deltage som ligeværdig part. Det er en kerneindikator for åbenhed,"
                            + " tillid og inddragelse.",
                    "When the citizen knows what the meeting is about and has helped set the agenda, the citizen can"
                            + " prepare and take part as an equal. It is a core indicator of openness, trust and"
                            + " involvement.")
            .recommendation(
                    "Aftal dagsordenen med borgeren, og send den i god tid før mødet.",
                    "Agree the agenda with the citizen, and send it in good time before the meeting.")
            .serves(TRUST, INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.RSL_4)
            .reads(RecordedFact.MEETING_PREPARED_WITH_CITIZEN, RecordedFact.MEETING_AGENDA_SENT_AHEAD)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_MEETINGS, Facts.NO_MEETINGS_DA, Facts.NO_MEETINGS_EN)
            .message(Facts.DECLINED_EVERY_MEETING, Facts.DECLINED_EVERY_MEETING_DA, Facts.DECLINED_EVERY_MEETING_EN)
            .message(
                    "prepared",
                    "{" + PREPARATION_ARG + ", select, " + AGENDA_AHEAD + " {Til {total, plural, one {mødet} =2"
                            + " {begge møder} other {alle # møder}}" + Facts.WHICH_MEETINGS_INSIDE_DA + " fik borgeren"
                            + " dagsordenen på forhånd} other {{total, plural, one {Mødet} =2 {Begge møder} other"
                            + " {Alle # møder}}" + Facts.WHICH_MEETINGS_INSIDE_DA + " var forberedt med borgeren{"
                            + PREPARATION_ARG + ", select, " + PREPARED_BOTH + " {, og borgeren fik dagsordenen på"
                            + " forhånd} " + PREPARED_WITH_CITIZEN + " {} other {, eller borgeren fik dagsordenen på"
                            + " forhånd}}}}.",
                    "{" + PREPARATION_ARG + ", select, " + AGENDA_AHEAD + " {The citizen received the agenda in"
                            + " advance for {total, plural, one {the meeting} =2 {both meetings} other {all #"
                            + " meetings}}" + Facts.WHICH_MEETINGS_EN + "} other {{total, plural, one {The meeting}"
                            + " =2 {Both meetings} other {All # meetings}}" + Facts.WHICH_MEETINGS_EN + " {total,"
                            + " plural, one {was} other {were}} prepared with the citizen{" + PREPARATION_ARG
                            + ", select, " + PREPARED_BOTH + " {, and the citizen received the agenda in advance} "
                            + PREPARED_WITH_CITIZEN + " {} other {, or the citizen received the agenda in"
                            + " advance}}}}.")
            .message(
                    "prepared-some",
                    "{missing} af {total, plural, one {# møde} other {# møder}}" + Facts.WHICH_MEETINGS_INSIDE_DA
                            + " var ikke forberedt med borgeren, og borgeren fik heller ikke dagsordenen på forhånd.",
                    "{missing} of {total, plural, one {# meeting} other {# meetings}}" + Facts.WHICH_MEETINGS_EN
                            + " {missing, plural, one {was} other {were}} not prepared with the citizen, nor did the"
                            + " citizen receive the agenda in advance.")
            .message(
                    "prepared-none",
                    "{total, plural, one {Mødet" + Facts.WHICH_MEETINGS_INSIDE_DA + " var ikke forberedt med"
                            + " borgeren, og borgeren fik heller ikke dagsordenen på forhånd} =2 {Ingen af de to møder"
                            + Facts.WHICH_MEETINGS_INSIDE_DA + NONE_PREPARED_DA + "} other {Ingen af de # møder"
                            + Facts.WHICH_MEETINGS_INSIDE_DA + NONE_PREPARED_DA + "}}.",
                    "{total, plural, one {The meeting" + Facts.WHICH_MEETINGS_EN + " was not prepared with the"
                            + " citizen, nor did the citizen receive the agenda in advance} =2 {Neither of the two"
                            + " meetings" + Facts.WHICH_MEETINGS_EN + NONE_PREPARED_EN + " for either} other {None of"
                            + " the # meetings" + Facts.WHICH_MEETINGS_EN + NONE_PREPARED_EN + " for any of them}}.")
            .appliesWhen(Facts::whenMeetingToJudge)
            .evaluatedBy(InvolvementRules::meetingsPrepared)
            .build();

    /** Meetings take place where the citizen chooses. */
    public static final Rule MEETING_PLACE_CHOSEN = Rule.builder("meeting-place-chosen-by-citizen")
            .title("Borgeren vælger mødestedet", "The citizen chooses where to meet")
            .description(
                    "Tjekker, hvor mange møder med borgeren der blev holdt et sted, borgeren selv valgte."
                            + Facts.MEETINGS_JUDGED_DA,
                    "Checks how many meetings with the citizen took place somewhere the citizen chose."
                            + Facts.MEETINGS_JUDGED_EN)
            .rationale(
                    "Et møde i borgerens eget hjem eller et sted, borgeren føler sig tryg, gør det lettere at deltage"
                            + " og flytter magtbalancen mod borgeren. Det er inddragelse på borgerens præmisser.",
                    "A meeting in the citizen's home or a place where the citizen feels safe makes taking part"
                            + " easier and shifts the balance of power towards the citizen. It is involvement on the"
                            + " citizen's terms.")
            .recommendation(
                    "Spørg borgeren, hvor mødet skal holdes, før det planlægges.",
                    "Ask the citizen where to meet before planning the meeting.")
            .serves(INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.RSL_4)
            .reads(RecordedFact.MEETING_PLACE_CHOSEN_BY_CITIZEN)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_MEETINGS, Facts.NO_MEETINGS_DA, Facts.NO_MEETINGS_EN)
            .message(Facts.DECLINED_EVERY_MEETING, Facts.DECLINED_EVERY_MEETING_DA, Facts.DECLINED_EVERY_MEETING_EN)
            .message(
                    "chosen",
                    "{total, plural, one {Mødet} =2 {Begge møder} other {Alle # møder}}"
                            + Facts.WHICH_MEETINGS_INSIDE_DA + " foregik et sted, borgeren valgte.",
                    "{total, plural, one {The meeting} =2 {Both meetings} other {All # meetings}}"
                            + Facts.WHICH_MEETINGS_EN + " took place where the citizen chose.")
            .message(
                    "chosen-some",
                    "{missing} af {total, plural, one {# møde} other {# møder}}" + Facts.WHICH_MEETINGS_INSIDE_DA
                            + " foregik ikke et sted, borgeren valgte.",
                    "{missing} of {total, plural, one {# meeting} other {# meetings}}" + Facts.WHICH_MEETINGS_EN
                            + " did not take place where the citizen chose.")
            .message(
                    "chosen-none",
                    Facts.noMeetingDa("foregik ikke", "foregik") + " et sted, borgeren valgte.",
                    Facts.noMeetingEn("did not take", "took") + " place where the citizen chose.")
            .appliesWhen(Facts::whenMeetingToJudge)
            .evaluatedBy(view ->
                    Facts.shareOfMeetings(view, Meeting::placeChosenByCitizen, "chosen", "chosen-some", "chosen-none"))
            .build();

    /** The citizen's own view of the need is recorded from the first contact. */
    public static final Rule OWN_NEED_RECORDED = Rule.builder("own-need-recorded-at-opening")
            .title("Borgerens egen oplevelse af behovet er noteret", "The citizen's own view of the need is recorded")
            .description(
                    "Tjekker, at borgerens egen oplevelse af behovet er noteret ved en henvendelse i sagen, som VUM"
                            + " foreskriver ved sagsåbning.",
                    "Checks that the citizen's own view of the need is recorded at a contact in the case, as VUM"
                            + " prescribes at the opening.")
            .rationale(
                    "Recovery-orienteret rehabilitering tager udgangspunkt i borgerens egne håb og ønsker (SEL §81)."
                            + " Noteres borgerens egen oplevelse allerede ved åbningen, bliver den udgangspunktet i"
                            + " stedet for andres beskrivelse af borgeren.",
                    "Recovery-oriented rehabilitation starts from the citizen's own hopes and wishes (SEL §81). When"
                            + " the citizen's own view is recorded at the opening, it becomes the starting point"
                            + " instead of others' description of the citizen.")
            .recommendation(
                    "Spørg borgeren, hvordan borgeren selv ser sit behov, og notér svaret med borgerens ord.",
                    "Ask the citizen how they see their own need, and record the answer in the citizen's words.")
            .serves(P1_HOPES_WISHES_DREAMS, INVOLVEMENT)
            .cites(LegalReferences.SEL_81, LegalReferences.RECOVERY_GUIDE)
            .severity(Severity.ADVISORY)
            .message(
                    "no-contact",
                    "Der er ingen registreret henvendelse i sagen.",
                    "There is no recorded contact in the case.")
            .message(
                    "recorded",
                    "Borgerens egen oplevelse af behovet er noteret ved {contact}.",
                    "The citizen's own view of the need is recorded at {contact}.")
            .message(
                    "not-recorded",
                    "Borgerens egen oplevelse af behovet er ikke noteret {total, plural, one {ved henvendelsen}"
                            + " =2 {ved nogen af de to henvendelser} other {ved nogen af de # henvendelser}}.",
                    "The citizen's own view of the need is not recorded {total, plural, one {at the contact}"
                            + " =2 {at either of the two contacts} other {at any of the # contacts}}.")
            .appliesWhen(view ->
                    view.has(Contact.class) ? Applicability.applies() : Applicability.insufficientData("no-contact"))
            .evaluatedBy(view -> {
                List<Contact> contacts = view.eventsOf(Contact.class);
                for (Contact c : contacts) {
                    if (c.citizensOwnNeed().isPresent()) {
                        return Facts.onEvent(Outcome.MET, "recorded", "contact", c)
                                .build();
                    }
                }
                return Evaluation.builder(Outcome.NOT_MET, "not-recorded")
                        .evidence(contacts.get(0).id())
                        .arg("total", contacts.size())
                        .build();
            })
            .build();

    private static final List<Rule> ALL = List.of(
            INTERPRETER_WHEN_NEEDED,
            NO_CHILD_INTERPRETER,
            PLAIN_LANGUAGE_DECISIONS,
            FORMAT_ADAPTED,
            MEETINGS_PREPARED,
            MEETING_PLACE_CHOSEN,
            OWN_NEED_RECORDED);

    /**
     * The involvement rules, in a fixed order.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return ALL;
    }

    /** The case's interpreters who are 18 or over. */
    private static List<Participant> adultInterpreters(CaseView view) {
        return Facts.without(view.participantsWithRole(Role.INTERPRETER), Participant::underEighteen);
    }

    /** Whether an adult interpreter of every kind needed took part in a meeting. */
    private static boolean interpreted(
            Meeting meeting, List<Participant> adultInterpreters, Set<InterpretationKind> needed) {
        for (InterpretationKind kind : needed) {
            if (!interpretedIn(meeting, adultInterpreters, kind)) {
                return false;
            }
        }
        return true;
    }

    private static boolean interpretedIn(
            Meeting meeting, List<Participant> adultInterpreters, InterpretationKind kind) {
        for (Participant p : adultInterpreters) {
            if (p.interpretation().isPresent() && p.interpretation().get() == kind && meeting.involves(p.id())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a meeting was prepared with the citizen or the citizen received the agenda in advance. */
    private static boolean prepared(Meeting m) {
        return m.preparedWithCitizen() || m.agendaSentAhead();
    }

    /** The share of meetings prepared, and, when all were, how ({@value #PREPARATION_ARG}). */
    private static Evaluation meetingsPrepared(CaseView view) {
        Evaluation e =
                Facts.shareOfMeetings(view, InvolvementRules::prepared, "prepared", "prepared-some", "prepared-none");
        if (e.outcome() != Outcome.MET) {
            return e;
        }
        boolean allWithCitizen = true;
        boolean allAgenda = true;
        for (Meeting m : Facts.meetingsWithCitizen(view)) {
            allWithCitizen &= m.preparedWithCitizen();
            allAgenda &= m.agendaSentAhead();
        }
        String how = allWithCitizen
                ? (allAgenda ? PREPARED_BOTH : PREPARED_WITH_CITIZEN)
                : (allAgenda ? AGENDA_AHEAD : PREPARED_EITHER);
        return e.withArg(PREPARATION_ARG, how);
    }

    private static Set<Adaptation> adaptationsNeeded(CaseView view) {
        Set<Adaptation> needed = EnumSet.noneOf(Adaptation.class);
        for (CommunicationNeed need : view.communicationNeeds()) {
            if (need == CommunicationNeed.EASY_READ) {
                needed.add(Adaptation.EASY_READ);
            } else if (need == CommunicationNeed.PICTURES) {
                needed.add(Adaptation.PICTURES);
            }
        }
        return needed;
    }

    private static Evaluation childInterpreter(CaseView view) {
        List<Participant> interpreters = view.participantsWithRole(Role.INTERPRETER);
        if (interpreters.isEmpty()) {
            return Evaluation.notApplicable("no-interpreter");
        }
        boolean anyChild = Facts.any(interpreters, Participant::underEighteen);
        List<CaseEvent> adult = new ArrayList<>();
        List<CaseEvent> before = new ArrayList<>();
        List<CaseEvent> after = new ArrayList<>();
        List<CaseEvent> events = view.events();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (!Facts.anyTookPart(e, interpreters)) {
                continue;
            }
            if (anyChild && Facts.anyTookPart(e, interpreters, Participant::underEighteen)) {
                (e.date().isBefore(CHILD_INTERPRETER_BAN) ? before : after).add(e);
            } else {
                adult.add(e);
            }
        }
        if (!after.isEmpty()) {
            return childFinding(Outcome.NOT_MET, "child-interpreter", after);
        }
        if (!before.isEmpty()) {
            return childFinding(Outcome.PARTLY_MET, "child-interpreter-before-ban", before);
        }
        if (!adult.isEmpty()) {
            Evaluation.Builder e = Evaluation.builder(Outcome.MET, "adult-interpreters");
            for (CaseEvent a : adult) {
                e.evidence(a.id());
            }
            return e.arg("count", adult.size()).build();
        }
        return Evaluation.notApplicable("no-interpreter");
    }

    private static Evaluation childFinding(Outcome outcome, String messageKey, List<CaseEvent> events) {
        Evaluation.Builder e = Evaluation.builder(outcome, messageKey);
        for (CaseEvent event : events) {
            e.evidence(event.id());
        }
        CaseEvent first = events.get(0);
        return e.arg("count", events.size())
                .arg("event", first.id())
                .arg("date", first.date())
                .build();
    }
}
