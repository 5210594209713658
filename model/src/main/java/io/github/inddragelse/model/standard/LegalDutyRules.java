package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.catalogue.StandardCatalogue.COLLABORATION;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.INVOLVEMENT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P2_RESOURCES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P4_OPENNESS_TRUST_RESPECT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P5_EARLY_HELP;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P6_COORDINATED_WHOLE_LIFE;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P7_FOLLOW_UP;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRANSPARENCY;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRUST;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.InformationGathering;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.ReablementAssessment;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.rule.Applicability;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Rules for the legal duties that case data can decide: retssikkerhedsloven §§ 3, 4, 5, 10, 11 and
 * 66-67, forvaltningsloven §§ 7, 8, 19, 22-24 and 25, and serviceloven §§ 83a, 141 and 148. Rules on
 * guarantee provisions (hearing, reasons, investigation) are {@link Severity#CRITICAL}, and so is
 * complaint guidance, for the reason its rationale gives; order rules such as deadlines are {@link
 * Severity#ADVISORY}.
 *
 * <pre>{@code
 * Evaluation e = LegalDutyRules.FVL_19_HEARING.evaluate(CaseView.of(process, asOf));
 * }</pre>
 */
public final class LegalDutyRules {

    private LegalDutyRules() {}

    /** After "opfølgninger", the follow-ups the as-of date judges (Danish), as a relative clause. */
    private static final String DUE_BEFORE_AS_OF_DA = ", der skulle have været holdt før {asOf},";

    /** After "follow-ups", the follow-ups the as-of date judges (English). */
    private static final String DUE_BEFORE_AS_OF_EN = " due before {asOf}";

    /** {@link #SEL_148_FOLLOW_UP_HELD}'s key when one decision's follow-up date alone is judged and was followed up. */
    private static final String DECISION_DATE_FOLLOWED_UP = "decision-date-followed-up";

    /** {@link #SEL_148_FOLLOW_UP_HELD}'s key when one decision's follow-up date alone is judged and passed unheld. */
    private static final String DECISION_DATE_PASSED = "decision-date-passed";

    /**
     * The argument by which the messages of {@link #RSL_66_67_RECONSIDERED} say what a reconsideration
     * concluded: the {@link ReconsiderationOutcome#code()} of the complaint the evaluation is about.
     */
    static final String RECONSIDERATION_ARG = "reconsideration";

    /** What a reconsideration that leaves the complaint to send on concluded, after "afgørelsen blev/er". */
    private static final String MAINTAINED_DA = "{" + RECONSIDERATION_ARG + ", select, upheld {fastholdt}"
            + " partly-changed {kun delvist ændret} other {helt eller delvist fastholdt}}";

    /** {@link #MAINTAINED_DA} in English, after "the decision was". */
    private static final String MAINTAINED_EN = "{" + RECONSIDERATION_ARG + ", select, upheld {upheld}"
            + " partly-changed {changed only in part} other {maintained in full or in part}}";

    /** " for resten" where the decision was changed in part: the complaint goes on for what was maintained. */
    private static final String FOR_THE_REST_DA =
            "{" + RECONSIDERATION_ARG + ", select, partly-changed { for resten} other {}}";

    /** {@link #FOR_THE_REST_DA} in English. */
    private static final String FOR_THE_REST_EN =
            "{" + RECONSIDERATION_ARG + ", select, partly-changed { for the rest} other {}}";

    /** After "Alle 3 klager": every complaint reconsidered and, where needed, sent on in time (Danish). */
    private static final String ALL_RECONSIDERED_DA = " er genvurderet inden 4 uger og, hvor afgørelsen helt eller"
            + " delvist blev fastholdt, sendt til Ankestyrelsen inden for samme frist";

    /** {@link #ALL_RECONSIDERED_DA} in English, after "All 3 complaints were". */
    private static final String ALL_RECONSIDERED_EN = " reconsidered within 4 weeks and, where the decision was"
            + " maintained in full or in part, sent on to Ankestyrelsen within the same period";

    /** RSL §3: the first decision comes within the published deadline, or the citizen is told in writing in time. */
    public static final Rule RSL_3_DEADLINE_OR_NOTICE = Rule.builder("rsl-3-deadline-or-notice")
            .title("Afgørelse inden fristen eller skriftlig besked", "Decision within the deadline or written notice")
            .description(
                    "Tjekker, at den første afgørelse kommer inden for kommunens offentliggjorte sagsbehandlingsfrist,"
                            + " eller at borgeren inden fristen skriftligt har fået besked om, hvornår afgørelsen kan"
                            + " forventes, og at den nye dato holdes. Kun skriftlige beskeder tæller.",
                    "Checks that the first decision comes within the municipality's published processing deadline,"
                            + " or that before the deadline the citizen was told in writing when to expect the"
                            + " decision, and that the new date is kept. Only written notices count.")
            .rationale(
                    "Retssikkerhedsloven §3 kræver, at sager afgøres hurtigst muligt, at kommunen fastsætter og"
                            + " offentliggør frister, og at borgeren skriftligt får besked, hvis fristen ikke kan"
                            + " holdes. Det er en ordensforskrift: et brud gør ikke afgørelsen ugyldig, men borgeren"
                            + " mister overblik og tillid, når fristen glider uden besked.",
                    "Retssikkerhedsloven §3 requires decisions as quickly as possible, deadlines set and published by"
                            + " the municipality, and written notice to the citizen when a deadline cannot be kept. It"
                            + " is an order rule: breaking it does not invalidate the decision, but the citizen loses"
                            + " overview and trust when the deadline slips without notice.")
            .recommendation(
                    "Registrer kommunens offentliggjorte frist på sagen, hold øje med den og med en ny dato, borgeren"
                            + " har fået, og send borgeren skriftlig besked med en ny forventet dato, før den"
                            + " overskrides.",
                    "Record the municipality's published deadline on the case, watch it and any new date the citizen"
                            + " was given, and send the citizen written notice of a new expected date before it is"
                            + " exceeded.")
            .serves(TRANSPARENCY, TRUST, P5_EARLY_HELP)
            .cites(LegalReferences.RSL_3)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_DEADLINE, Facts.NO_DEADLINE_DA, Facts.NO_DEADLINE_EN)
            .message(Facts.NOT_YET_DUE, Facts.NOT_YET_DUE_DA, Facts.NOT_YET_DUE_EN)
            .message(
                    "decided-in-time",
                    "Afgørelse {decision} ({date}) kom inden fristen {due}.",
                    "Decision {decision} ({date}) came before the deadline {due}.")
            .message(
                    "notice-given",
                    "Fristen {due} blev ikke nået, men borgeren fik rettidigt skriftlig besked ({notice}) om, at"
                            + " afgørelsen kan forventes senest {expected}; den dato er ikke overskredet.",
                    "The deadline {due} was not met, but the citizen was told in writing in time ({notice}) to"
                            + " expect the decision by {expected}; that date has not been exceeded.")
            .message(
                    "notice-date-passed",
                    "Borgeren fik rettidigt skriftlig besked ({notice}) om afgørelse senest {expected}, men heller"
                            + " ikke den dato er holdt.",
                    "The citizen was told in writing in time ({notice}) to expect a decision by {expected}, but"
                            + " that date was not kept either.")
            .message(
                    "notice-after-due",
                    "Borgeren fik først skriftlig besked ({notice}, {date}), efter at fristen {due} var udløbet.",
                    "The citizen was only told in writing ({notice}, {date}) after the deadline {due} had passed.")
            .message(
                    "decided-late-without-notice",
                    "Afgørelse {decision} ({date}) kom efter fristen {due}, og borgeren fik ingen skriftlig besked"
                            + " inden fristen.",
                    "Decision {decision} ({date}) came after the deadline {due}, and the citizen had no written"
                            + " notice before the deadline.")
            .message(
                    "overdue-without-notice",
                    "Fristen {due} er udløbet uden afgørelse og uden skriftlig besked til borgeren.",
                    "The deadline {due} has passed with no decision and no written notice to the citizen.")
            .appliesWhen(Facts::whenDeadlineCanBeJudged)
            .evaluatedBy(LegalDutyRules::deadlineOrNotice)
            .build();

    /**
     * RSL §4: the citizen took part in the meetings and the investigation of their case, or declined an
     * invitation to a meeting ({@link Meeting#citizenDeclined()}), which gave the opportunity the act
     * asks for.
     */
    public static final Rule RSL_4_CITIZEN_TAKES_PART = Rule.builder("rsl-4-citizen-takes-part")
            .title("Borgeren medvirker i sin sag", "The citizen takes part in their case")
            .description(
                    "Tjekker, hvor mange af sagens møder og udredninger borgeren selv deltog i. Et møde, som"
                            + " borgeren var inviteret til, men takkede nej til, tæller som en mulighed for at"
                            + " medvirke, som borgeren fik.",
                    "Checks how many of the case's meetings and investigations the citizen took part in. A"
                            + " meeting the citizen was invited to but declined counts as an opportunity to take"
                            + " part that the citizen was given.")
            .rationale(
                    "Retssikkerhedsloven §4 giver borgeren ret til at medvirke ved behandlingen af sin sag og"
                            + " pålægger kommunen at tilrettelægge arbejdet, så det er muligt. Inddragelse på"
                            + " borgerens præmisser begynder med, at borgeren er med, når sagen oplyses og drøftes."
                            + " Pligten er at give muligheden: har borgeren takket nej til en invitation, har"
                            + " kommunen givet den, og mødet tæller ikke imod kommunen.",
                    "Retssikkerhedsloven §4 gives the citizen the right to take part in handling their own case and"
                            + " requires the municipality to organise the work so that this is possible. Involvement"
                            + " on the citizen's terms starts with the citizen being present when the case is"
                            + " investigated and discussed. The duty is to give the opportunity: when the citizen"
                            + " declined an invitation, the municipality gave it, and the meeting does not count"
                            + " against the municipality.")
            .recommendation(
                    "Planlæg møder og udredning, så borgeren kan deltage: tid, sted og form efter borgerens behov.",
                    "Plan meetings and the investigation so that the citizen can take part: time, place and form"
                            + " to suit the citizen.")
            .serves(INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.RSL_4)
            .severity(Severity.ADVISORY)
            .message(
                    "no-meetings-or-investigation",
                    "Der er endnu hverken møder eller udredning i sagen.",
                    "The case has no meetings or investigation yet.")
            .message(
                    "took-part",
                    "Borgeren deltog i {total, plural, one {sagens eneste møde eller udredning} =2 {begge sagens"
                            + " møder og udredninger} other {alle # møder og udredninger}}.",
                    "The citizen took part in {total, plural, one {the case's only meeting or investigation} =2"
                            + " {both of the case's meetings and investigations} other {all # meetings and"
                            + " investigations}}.")
            .message(
                    "took-part-in-some",
                    "Borgeren deltog i {count} af {total, plural, one {# møde eller udredning} other {# møder og"
                            + " udredninger}}; {missing} foregik uden borgeren.",
                    "The citizen took part in {count} of {total, plural, one {# meeting or investigation} other {#"
                            + " meetings and investigations}}; {missing} took place without the citizen.")
            .message(
                    "took-part-in-none",
                    "Borgeren deltog {total, plural, one {ikke i sagens eneste møde eller udredning} =2"
                            + " {ikke i nogen af sagens to møder og udredninger} other {ikke i nogen af sagens # møder og udredninger}}.",
                    "The citizen {total, plural, one {did not take part in the case's only meeting or"
                            + " investigation} =2 {took part in neither of the case's two meetings and investigations}"
                            + " other {took part in none of the case's # meetings and"
                            + " investigations}}.")
            .message(
                    "took-part-or-declined",
                    "Borgeren deltog i {count} af {total, plural, one {# møde eller udredning} other {# møder og"
                            + " udredninger}} og takkede nej til {declined, plural, one {# møde} other {# møder}}.",
                    "The citizen took part in {count} of {total, plural, one {# meeting or investigation} other {#"
                            + " meetings and investigations}} and declined {declined, plural, one {# meeting}"
                            + " other {# meetings}}.")
            .message(
                    "took-part-or-declined-some-missing",
                    "Borgeren deltog i {count} af {total, plural, one {# møde eller udredning} other {# møder og"
                            + " udredninger}} og takkede nej til {declined, plural, one {# møde} other {# møder}};"
                            + " {missing} foregik uden borgeren, uden at borgeren havde takket nej.",
                    "The citizen took part in {count} of {total, plural, one {# meeting or investigation} other {#"
                            + " meetings and investigations}} and declined {declined, plural, one {# meeting}"
                            + " other {# meetings}}; in {missing} the citizen neither took part nor declined.")
            .appliesWhen(view -> view.has(Meeting.class) || view.has(Investigation.class)
                    ? Applicability.applies()
                    : Applicability.insufficientData("no-meetings-or-investigation"))
            .evaluatedBy(LegalDutyRules::citizenTookPart)
            .build();

    /** RSL §5: the investigation considered all options for help, also other authorities'. */
    public static final Rule RSL_5_ALL_OPTIONS_CONSIDERED = Rule.builder("rsl-5-all-options-considered")
            .title("Alle muligheder for hjælp er overvejet", "All options for help are considered")
            .description(
                    "Tjekker, at en udredning viser, at ansøgningen er vurderet i forhold til alle muligheder for"
                            + " hjælp, også andre myndigheders.",
                    "Checks that an investigation shows the application was considered against all options for"
                            + " help, including other authorities'.")
            .rationale(
                    "Retssikkerhedsloven §5 kræver, at en ansøgning behandles i forhold til alle de muligheder for"
                            + " hjælp, der findes, også hos andre myndigheder. Det er grundlaget for en"
                            + " helhedsorienteret indsats i borgerens samlede livssituation.",
                    "Retssikkerhedsloven §5 requires an application to be considered against all options for help,"
                            + " also those of other authorities. It is the basis for holistic help that sees the"
                            + " citizen's whole life situation.")
            .recommendation(
                    "Notér i udredningen, hvilke muligheder for hjælp der er overvejet, også efter anden lovgivning"
                            + " og hos andre myndigheder.",
                    "Record in the investigation which options for help were considered, also under other"
                            + " legislation and with other authorities.")
            .serves(P6_COORDINATED_WHOLE_LIFE, COLLABORATION)
            .cites(LegalReferences.RSL_5)
            .reads(RecordedFact.INVESTIGATION_ALL_OPTIONS_CONSIDERED)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_INVESTIGATION, Facts.NO_INVESTIGATION_DA, Facts.NO_INVESTIGATION_EN)
            .message(
                    "considered",
                    "Udredning {investigation} viser, at alle muligheder for hjælp er overvejet.",
                    "Investigation {investigation} shows that all options for help were considered.")
            .message(
                    "coordinated-only",
                    "Udredning {investigation} viser ikke, at alle muligheder er overvejet, men der er koordineret"
                            + " med andre myndigheder {count, plural, one {én gang} other {# gange}}.",
                    "Investigation {investigation} does not show that all options were considered, but the case was"
                            + " coordinated with other authorities {count, plural, one {once} other {# times}}.")
            .message(
                    "not-considered",
                    "Udredning {investigation} viser ikke, at andre muligheder for hjælp er overvejet.",
                    "Investigation {investigation} does not show that other options for help were considered.")
            .appliesWhen(Facts::whenInvestigated)
            .evaluatedBy(LegalDutyRules::allOptions)
            .build();

    /** RSL §10: every decision rests on an investigation with assessed life areas. */
    public static final Rule RSL_10_INVESTIGATED = Rule.builder("rsl-10-investigated-before-decision")
            .title("Sagen er tilstrækkeligt oplyst før afgørelsen", "The case is investigated enough before deciding")
            .description(
                    "Tjekker, at hver afgørelse bygger på en forudgående udredning, hvor livsområder er vurderet,"
                            + " og at en afgørelse, der ændrer eller stopper hjælpen, bygger på en ny udredning eller"
                            + " opfølgning siden den forrige afgørelse.",
                    "Checks that every decision rests on an earlier investigation with assessed life areas, and that"
                            + " a decision changing or stopping help rests on a new investigation or follow-up since"
                            + " the previous decision.")
            .rationale(
                    "Officialprincippet i retssikkerhedsloven §10 er en garantiforskrift: kommunen skal sørge for,"
                            + " at sagen er tilstrækkeligt oplyst, før der træffes afgørelse, og manglende oplysning"
                            + " kan gøre afgørelsen ugyldig. Et eksempel fra ét område: i Ankestyrelsens"
                            + " praksisundersøgelse fra 2023 af sager om ledsageordning (serviceloven §97) var"
                            + " utilstrækkelig oplysning den hyppigste fejl (42 %); tallet gælder kun de sager. VUM er"
                            + " metoden til at oplyse sagen, ikke selv lovens krav.",
                    "The investigation principle of retssikkerhedsloven §10 is a guarantee rule: the municipality"
                            + " must make sure the case is investigated enough before deciding, and insufficient"
                            + " investigation can make a decision invalid. One example from one area: in"
                            + " Ankestyrelsen's 2023 review of companion-scheme cases (serviceloven §97), insufficient"
                            + " investigation was the most common defect (42 %); the figure applies to those cases"
                            + " only. VUM is the method for investigating the case, not itself what the law"
                            + " requires.")
            .recommendation(
                    "Sørg for, at hver afgørelse bygger på en udredning med borgeren, hvor de relevante livsområder"
                            + " er vurderet (fx efter VUM), og vurder sagen på ny med en udredning eller en"
                            + " opfølgning, før hjælpen ændres eller stoppes.",
                    "Make sure every decision rests on an investigation with the citizen that assesses the relevant"
                            + " life areas (for example with VUM), and reassess the case with an investigation or a"
                            + " follow-up before the help is changed or stopped.")
            .recommendationFor(
                    "decided-without-investigation",
                    "Udred sagen med borgeren nu, og vurder på det grundlag, om afgørelsen skal genoptages. Træf fremover først afgørelse, når sagen er oplyst.",
                    "Investigate the case with the citizen now, and consider on that basis whether the decision must be reopened. In future, decide only once the case is investigated.")
            .recommendationFor(
                    "information-without-assessment",
                    "Lav en udredning med borgeren, hvor de relevante livsområder vurderes (fx efter VUM): indhentede oplysninger alene viser ikke borgerens samlede situation.",
                    "Carry out an investigation with the citizen that assesses the relevant life areas (for example with VUM): information gathered alone does not show the citizen's whole situation.")
            .recommendationFor(
                    "no-life-areas-assessed",
                    "Vurder og registrer i udredningen de livsområder, der er relevante for det, borgeren søger om (fx efter VUM).",
                    "Assess and record in the investigation the life areas relevant to what the citizen applies for (for example with VUM).")
            .recommendationFor(
                    "not-reinvestigated",
                    "Følg op på hjælpen eller udred på ny sammen med borgeren, før hjælpen ændres eller stoppes.",
                    "Follow up on the help or investigate again with the citizen before the help is changed or stopped.")
            .serves(TRANSPARENCY, P6_COORDINATED_WHOLE_LIFE)
            .cites(LegalReferences.RSL_10)
            .severity(Severity.CRITICAL)
            .message(Facts.NO_DECISION, Facts.NO_DECISION_DA, Facts.NO_DECISION_EN)
            .message(
                    "investigated",
                    "{count, plural, one {Afgørelsen bygger} =2 {Begge afgørelser bygger} other {Alle #"
                            + " afgørelser bygger}} på en forudgående"
                            + " udredning med vurderede livsområder.",
                    "{count, plural, one {The decision rests} =2 {Both decisions rest} other {All # decisions"
                            + " rest}} on an earlier"
                            + " investigation with assessed life areas.")
            .message(
                    "decided-without-investigation",
                    "Afgørelse {decision} ({date}) blev truffet, uden at der forud er registreret en udredning"
                            + " eller indhentning af oplysninger.",
                    "Decision {decision} ({date}) was made with no investigation (udredning) or information"
                            + " gathering recorded before it.")
            .message(
                    "information-without-assessment",
                    "Før afgørelse {decision} ({date}) blev der indhentet oplysninger, men der er ingen udredning"
                            + " med vurdering af borgerens livsområder.",
                    "Before decision {decision} ({date}) information was gathered, but there is no investigation"
                            + " assessing the citizen's life areas.")
            .message(
                    "no-life-areas-assessed",
                    "Udredning {investigation} før afgørelse {decision} vurderer ingen livsområder.",
                    "Investigation {investigation} before decision {decision} assesses no life areas.")
            .message(
                    "not-reinvestigated",
                    "Afgørelse {decision} ({date}) ændrer eller stopper hjælpen uden ny udredning eller opfølgning"
                            + " siden den forrige afgørelse {previous}.",
                    "Decision {decision} ({date}) changes or stops the help without a new investigation or"
                            + " follow-up since the previous decision {previous}.")
            .appliesWhen(Facts::whenDecided)
            .evaluatedBy(LegalDutyRules::investigated)
            .build();

    /** RSL §11: the citizen is not asked to obtain information the municipality can get itself with consent. */
    public static final Rule RSL_11_NO_NEEDLESS_REQUESTS = Rule.builder("rsl-11-citizen-not-asked-to-obtain")
            .title(
                    "Borgeren skal ikke selv skaffe oplysninger fra andre",
                    "The citizen is not asked to obtain information from others")
            .description(
                    "Tjekker, om borgeren er bedt om selv at skaffe oplysninger fra andre (fx egen læge, hospital,"
                            + " jobcenter), som kommunen selv kan indhente med borgerens samtykke.",
                    "Checks whether the citizen was asked to obtain information from others (for example the"
                            + " general practitioner, a hospital or the jobcentre) that the municipality can obtain"
                            + " itself with the citizen's consent.")
            .rationale(
                    "Efter retssikkerhedsloven §11 kan borgeren bedes medvirke til at skaffe oplysninger, men ikke"
                            + " oplysninger, kommunen selv kan indhente med samtykke. At sende opgaven videre til"
                            + " borgeren forsinker sagen og lægger en unødig byrde på borgeren.",
                    "Under retssikkerhedsloven §11 the citizen may be asked to help obtain information, but not"
                            + " information the municipality can obtain itself with consent. Passing the task to the"
                            + " citizen delays the case and puts a needless burden on the citizen.")
            .recommendation(
                    "Bed om borgerens samtykke, og indhent selv oplysningerne fra læge, hospital og andre"
                            + " myndigheder.",
                    "Ask for the citizen's consent and obtain the information from doctors, hospitals and other"
                            + " authorities yourself.")
            .serves(TRUST, INVOLVEMENT)
            .cites(LegalReferences.RSL_11)
            .severity(Severity.ADVISORY)
            .message(
                    "no-third-party-information",
                    "Der er ikke indhentet oplysninger fra andre end borgeren.",
                    "No information has been gathered from anyone other than the citizen.")
            .message(
                    "obtained-by-municipality",
                    "Kommunen indhentede selv {total, plural, one {oplysningen} =2 {begge oplysninger} other {alle #"
                            + " oplysninger}} fra"
                            + " andre.",
                    "The municipality itself obtained {total, plural, one {the item of information} =2 {both items of"
                            + " information} other {all # items of information}} from others.")
            .message(
                    "citizen-asked-for-some",
                    "Borgeren blev bedt om selv at skaffe {missing} af {total, plural, one {# oplysning} other {#"
                            + " oplysninger}} fra andre.",
                    "The citizen was asked to obtain {missing} of {total, plural, one {# item} other {# items}} of"
                            + " information from others.")
            .message(
                    "citizen-asked-for-all",
                    "Borgeren blev bedt om selv at skaffe {total, plural, one {oplysningen} =2 {begge"
                            + " oplysninger} other {alle # oplysninger}} fra andre.",
                    "The citizen was asked to obtain {total, plural, one {the item of information} =2 {both items of"
                            + " information} other {all # items of information}} from others.")
            .appliesWhen(view -> Facts.any(view.eventsOf(InformationGathering.class), LegalDutyRules::fromThirdParty)
                    ? Applicability.applies()
                    : Applicability.notApplicable("no-third-party-information"))
            .evaluatedBy(view -> Facts.shareOf(
                    view.eventsOf(InformationGathering.class),
                    LegalDutyRules::fromThirdParty,
                    g -> !g.citizenAskedToObtain(),
                    "obtained-by-municipality",
                    "citizen-asked-for-some",
                    "citizen-asked-for-all"))
            .build();

    /** Message key of a complaint reconsidered in time whose outcome is not recorded, nor its sending on. */
    private static final String OUTCOME_NOT_RECORDED = "reconsideration-outcome-not-recorded";

    /**
     * RSL §§66-67: a complaint is reconsidered within four weeks of receipt and, when the decision is
     * maintained in full or in part ({@link ReconsiderationOutcome#mustBeSentOn()}), sent on to
     * Ankestyrelsen within the same four weeks. The messages word what the reconsideration concluded by
     * the argument {@value #RECONSIDERATION_ARG}, the code of the recorded {@link ReconsiderationOutcome}:
     * set on an evaluation about one complaint reconsidered by the as-of date, including the met one when
     * a single complaint was judged.
     */
    public static final Rule RSL_66_67_RECONSIDERED = Rule.builder("rsl-66-67-complaint-reconsidered-in-time")
            .title(
                    "Klagen er genvurderet og om nødvendigt sendt videre inden 4 uger",
                    "The complaint is reconsidered and, if needed, sent on within 4 weeks")
            .description(
                    "Tjekker for hver klage, at kommunen har genvurderet afgørelsen inden 4 uger efter, at klagen"
                            + " blev modtaget, og at klagen inden for samme frist er sendt til Ankestyrelsen, når"
                            + " afgørelsen er helt eller delvist fastholdt (udfaldet fastholdt eller delvist ændret)."
                            + " En klage, hvis frist ikke er udløbet, vurderes ikke endnu. Registrer en afgørelse,"
                            + " der ved genvurderingen kun ændres delvist, som delvist ændret, ikke som ændret: så"
                            + " ved reglen, at klagen skal sendes videre for resten. Er det ikke registreret, hvad"
                            + " genvurderingen førte til, og er klagen ikke sendt videre, kan det ikke afgøres, om den"
                            + " skulle sendes videre.",
                    "Checks for every complaint that the municipality reconsidered the decision within 4 weeks of"
                            + " receiving the complaint, and that the complaint was sent on to Ankestyrelsen within"
                            + " the same period when the decision was maintained in full or in part (the outcome"
                            + " upheld or changed in part). A complaint whose period has not run out is not judged"
                            + " yet. Record a decision that the reconsideration changes only in part as changed in"
                            + " part, not as changed: then the rule knows the complaint must be sent on for the"
                            + " rest. If what the reconsideration concluded is not recorded and the complaint was not"
                            + " sent on, whether it had to be sent on cannot be judged.")
            .rationale(
                    "Efter retssikkerhedsloven §§66-67 skal kommunen genvurdere en påklaget afgørelse inden 4 uger."
                            + " Fastholder kommunen afgørelsen helt eller delvist, skal klagen inden for samme frist"
                            + " sendes til Ankestyrelsen. Ændrer kommunen kun afgørelsen delvist, fastholder den"
                            + " resten, og klagen sendes videre for den del, borgeren ikke får medhold i. Det er en"
                            + " ordensforskrift, men en hurtig genvurdering kan rette fejl tidligt og viser borgeren,"
                            + " at klagen tages alvorligt.",
                    "Under retssikkerhedsloven §§66-67 the municipality must reconsider a decision complained about"
                            + " within 4 weeks. If it maintains the decision in full or in part, the complaint must be"
                            + " sent on to Ankestyrelsen within the same period. If it changes the decision only in"
                            + " part, it maintains the rest, and the complaint goes on for the part the citizen is not"
                            + " granted. It is an order rule, but a prompt reconsideration can correct errors early"
                            + " and shows the citizen that the complaint is taken seriously.")
            .recommendation(
                    "Genvurder afgørelsen inden 4 uger efter modtagelsen af klagen. Fastholder kommunen afgørelsen"
                            + " helt eller delvist, så send klagen til Ankestyrelsen inden for samme frist for den"
                            + " del, borgeren ikke får medhold i.",
                    "Reconsider the decision within 4 weeks of receiving the complaint. If the municipality"
                            + " maintains the decision in full or in part, send the complaint on to Ankestyrelsen"
                            + " within the same period for the part the citizen is not granted.")
            .recommendationFor(
                    "not-reconsidered",
                    "Genvurder afgørelsen nu, og send klagen til Ankestyrelsen, hvis afgørelsen helt eller delvist fastholdes: fristen er overskredet.",
                    "Reconsider the decision now, and send the complaint on to Ankestyrelsen if the decision is maintained in full or in part: the deadline has passed.")
            .recommendationFor(
                    "not-forwarded",
                    "Send klagen til Ankestyrelsen nu for den del, borgeren ikke får medhold i: fristen er overskredet.",
                    "Send the complaint on to Ankestyrelsen now for the part the citizen is not granted: the deadline has passed.")
            .recommendationFor(
                    "forwarded-late",
                    "Sørg for, at en klage over en afgørelse, der helt eller delvist fastholdes, fremover sendes til Ankestyrelsen senest 4 uger efter, at den er modtaget.",
                    "Make sure that a complaint about a decision maintained in full or in part is in future sent on to Ankestyrelsen within 4 weeks of receipt.")
            .recommendationFor(
                    OUTCOME_NOT_RECORDED,
                    "Registrer, hvad genvurderingen førte til: afgørelsen fastholdt, delvist ændret eller ændret.",
                    "Record what the reconsideration concluded: the decision upheld, changed in part or changed.")
            .serves(TRANSPARENCY, TRUST)
            .cites(LegalReferences.RSL_66_67)
            .severity(Severity.ADVISORY)
            .message("no-complaint", "Der er ingen klager i sagen.", "There are no complaints in the case.")
            .message(
                    "reconsidered-in-time",
                    "{count, plural, one {Klagen er genvurderet inden 4 uger{" + RECONSIDERATION_ARG + ", select,"
                            + " upheld {; afgørelsen blev fastholdt, og klagen er sendt til Ankestyrelsen inden for"
                            + " samme frist} partly-changed {; afgørelsen blev delvist ændret, og klagen er sendt til"
                            + " Ankestyrelsen for resten inden for samme frist} changed {, og afgørelsen blev ændret,"
                            + " så borgeren fik medhold} other {}}} =2 {Begge klager" + ALL_RECONSIDERED_DA + "}"
                            + " other {Alle # klager" + ALL_RECONSIDERED_DA + "}}.",
                    "{count, plural, one {The complaint was reconsidered within 4 weeks{" + RECONSIDERATION_ARG
                            + ", select, upheld {; the decision was upheld, and the complaint was sent on to"
                            + " Ankestyrelsen within the same period} partly-changed {; the decision was changed in"
                            + " part, and the complaint was sent on to Ankestyrelsen for the rest within the same"
                            + " period} changed {, and the decision was changed to grant what the complaint asked}"
                            + " other {}}} =2 {Both complaints were" + ALL_RECONSIDERED_EN + "} other {All #"
                            + " complaints were" + ALL_RECONSIDERED_EN + "}}.")
            .message(
                    "pending",
                    "Klage {complaint} afventer genvurdering; fristen er {due}.",
                    "Complaint {complaint} awaits reconsideration; the deadline is {due}.")
            .message(
                    "forwarding-pending",
                    "Klage {complaint} er genvurderet, og afgørelsen er " + MAINTAINED_DA + "; klagen skal sendes"
                            + " til Ankestyrelsen" + FOR_THE_REST_DA + " senest {due}.",
                    "Complaint {complaint} was reconsidered and the decision " + MAINTAINED_EN + "; the complaint"
                            + " must be sent to Ankestyrelsen" + FOR_THE_REST_EN + " by {due}.")
            .message(
                    "forwarded-late",
                    "Ved klage {complaint} (modtaget {received}) blev afgørelsen " + MAINTAINED_DA + ", men klagen"
                            + " blev først sendt til Ankestyrelsen {forwarded}, efter fristen {due}.",
                    "On complaint {complaint} (received {received}) the decision was " + MAINTAINED_EN + ", but the"
                            + " complaint was sent to Ankestyrelsen only on {forwarded}, after the deadline {due}.")
            .message(
                    "not-forwarded",
                    "Ved klage {complaint} (modtaget {received}) blev afgørelsen " + MAINTAINED_DA + ", men klagen"
                            + " er ikke sendt til Ankestyrelsen, og fristen {due} er udløbet.",
                    "On complaint {complaint} (received {received}) the decision was " + MAINTAINED_EN + ", but the"
                            + " complaint has not been sent to Ankestyrelsen, and the deadline {due} has passed.")
            .message(
                    "reconsidered-late",
                    "Klage {complaint} (modtaget {received}) blev genvurderet {reconsidered}, efter fristen {due}.",
                    "Complaint {complaint} (received {received}) was reconsidered on {reconsidered}, after the"
                            + " deadline {due}.")
            .message(
                    OUTCOME_NOT_RECORDED,
                    "Klage {complaint} (modtaget {received}) er genvurderet i tide, men det er ikke registreret,"
                            + " hvad genvurderingen førte til, så det kan ikke afgøres, om klagen skulle sendes til"
                            + " Ankestyrelsen.",
                    "Complaint {complaint} (received {received}) was reconsidered in time, but what the"
                            + " reconsideration concluded is not recorded, so whether the complaint had to be sent on"
                            + " to Ankestyrelsen cannot be judged.")
            .message(
                    "not-reconsidered",
                    "Klage {complaint} (modtaget {received}) er ikke genvurderet, og fristen {due} er udløbet.",
                    "Complaint {complaint} (received {received}) has not been reconsidered, and the deadline {due}"
                            + " has passed.")
            .appliesWhen(view ->
                    view.has(Complaint.class) ? Applicability.applies() : Applicability.notApplicable("no-complaint"))
            .evaluatedBy(LegalDutyRules::reconsidered)
            .build();

    /** FVL §7: the citizen has been guided, at the latest before the first decision. */
    public static final Rule FVL_7_GUIDANCE = Rule.builder("fvl-7-guidance-given")
            .title("Borgeren er vejledt", "The citizen has been guided")
            .description(
                    "Tjekker, at der er givet vejledning (fx om rettigheder, forløb, bisidder eller andre"
                            + " hjælpemuligheder) senest før den første afgørelse.",
                    "Checks that guidance was given (for example on rights, the process, a companion or other help)"
                            + " at the latest before the first decision.")
            .rationale(
                    "Forvaltningsloven §7 giver kommunen pligt til at vejlede og hjælpe borgeren. Uden vejledning"
                            + " kan borgeren ikke bruge sine rettigheder eller medvirke i sagen på lige fod.",
                    "Forvaltningsloven §7 obliges the municipality to guide and help the citizen. Without guidance"
                            + " the citizen cannot use their rights or take part in the case on an equal footing.")
            .recommendation(
                    "Vejled borgeren tidligt om rettigheder, forløb og muligheder, og notér vejledningen.",
                    "Guide the citizen early on rights, process and options, and record the guidance.")
            .serves(TRANSPARENCY, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.FVL_7)
            .severity(Severity.ADVISORY)
            .message(
                    "given",
                    "Borgeren blev vejledt ({event}, {date}) før den første afgørelse.",
                    "The citizen was guided ({event}, {date}) before the first decision.")
            .message(
                    "given-late",
                    "Borgeren blev først vejledt ({event}, {date}) efter den første afgørelse {milestone}"
                            + " ({milestoneDate}).",
                    "The citizen was only guided ({event}, {date}) after the first decision {milestone}"
                            + " ({milestoneDate}).")
            .message(
                    "not-given",
                    "Der er ingen registreret vejledning, og afgørelse {milestone} ({milestoneDate}) er truffet.",
                    "No guidance is recorded, and decision {milestone} ({milestoneDate}) has been made.")
            .message(
                    "not-yet",
                    "Der er endnu ingen registreret vejledning og ingen afgørelse.",
                    "No guidance is recorded yet and there is no decision.")
            .evaluatedBy(view -> Facts.doneBy(Facts.first(view.eventsOf(Guidance.class)), Facts.firstDecision(view)))
            .build();

    /** FVL §8: the citizen was told they may bring a companion, or brought one. */
    public static final Rule FVL_8_COMPANION = Rule.builder("fvl-8-companion-offered")
            .title("Borgeren er vejledt om retten til bisidder", "The citizen is told of the right to a companion")
            .description(
                    "Tjekker, at borgeren senest ved det første møde er vejledt om retten til en bisidder eller"
                            + " partsrepræsentant, eller at en sådan har deltaget i et møde."
                            + Facts.MEETINGS_JUDGED_DA,
                    "Checks that by the first meeting at the latest the citizen was told of the right to a companion"
                            + " or representative, or that one took part in a meeting." + Facts.MEETINGS_JUDGED_EN)
            .rationale(
                    "Forvaltningsloven §8 giver borgeren ret til at lade sig bistå eller repræsentere på ethvert"
                            + " trin af sagen. En bisidder kan gøre det trygt at deltage og sikre, at borgerens"
                            + " stemme bliver hørt; borgeren skal kende retten for at kunne bruge den, og at oplyse"
                            + " om den hører under vejledningspligten i forvaltningsloven §7.",
                    "Forvaltningsloven §8 gives the citizen the right to a companion or representative at any stage"
                            + " of the case. A companion can make it safe to take part and help the citizen's voice"
                            + " be heard; the citizen must know of the right to use it, and telling them of it is"
                            + " part of the duty to guide in forvaltningsloven §7.")
            .recommendation(
                    "Fortæl borgeren før det første møde, at en bisidder eller partsrepræsentant kan deltage.",
                    "Tell the citizen before the first meeting that a companion or representative may take part.")
            .serves(INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.FVL_8, LegalReferences.FVL_7)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_MEETINGS, Facts.NO_MEETINGS_DA, Facts.NO_MEETINGS_EN)
            .message(Facts.DECLINED_EVERY_MEETING, Facts.DECLINED_EVERY_MEETING_DA, Facts.DECLINED_EVERY_MEETING_EN)
            .message(
                    "companion-present",
                    "En bisidder eller partsrepræsentant deltog i møde {meeting}" + Facts.WHICH_MEETINGS_DA + ".",
                    "A companion or representative took part in meeting {meeting}" + Facts.WHICH_MEETINGS_EN + ".")
            .message(
                    "given",
                    "Borgeren blev vejledt om bisidder ({event}, {date}) senest ved det første møde"
                            + Facts.WHICH_MEETINGS_DA + ".",
                    "The citizen was told of the right to a companion ({event}, {date}) by the first meeting"
                            + Facts.WHICH_MEETINGS_EN + ".")
            .message(
                    "given-late",
                    "Borgeren blev først vejledt om bisidder ({event}, {date}) efter det første møde"
                            + Facts.WHICH_MEETINGS_DA + ", {milestone} ({milestoneDate}).",
                    "The citizen was only told of the right to a companion ({event}, {date}) after the first"
                            + " meeting" + Facts.WHICH_MEETINGS_EN + ", {milestone} ({milestoneDate}).")
            .message(
                    "not-given",
                    "Der er ingen vejledning om bisidder, og det første møde" + Facts.WHICH_MEETINGS_DA
                            + ", {milestone} ({milestoneDate}), har fundet sted.",
                    "There is no guidance on a companion, and the first meeting" + Facts.WHICH_MEETINGS_EN
                            + ", {milestone} ({milestoneDate}), has taken place.")
            .appliesWhen(Facts::whenMeetingToJudge)
            .evaluatedBy(LegalDutyRules::companion)
            .build();

    /**
     * FVL §19: the citizen was heard before every adverse decision, unless the decision records why no
     * hearing was needed ({@link Decision#hearingExemption()}): the duty of stk. 1 never arose, or an
     * exception of stk. 2 applies.
     */
    public static final Rule FVL_19_HEARING = Rule.builder("fvl-19-hearing-before-adverse-decision")
            .title("Partshøring før afgørelse", "Hearing before an adverse decision")
            .description(
                    "Tjekker for hver afgørelse, der ikke giver fuldt medhold, at borgeren er partshørt efter den"
                            + " forrige afgørelse og før denne, og at afgørelsen først er truffet, da borgeren havde"
                            + " svaret eller svarfristen var udløbet. Partshøring er udgangspunktet. Reglen er ikke"
                            + " relevant for en afgørelse, hvor det er registreret, hvorfor der ikke skulle"
                            + " partshøres: afgørelsen bygger ikke på oplysninger eller eksterne faglige vurderinger,"
                            + " som borgeren ikke kender, og som er til ugunst for borgeren og af væsentlig betydning"
                            + " (§19, stk. 1), oplysningerne stammer fra borgeren selv, eller en undtagelse i §19,"
                            + " stk. 2, gælder.",
                    "Checks for every decision that does not fully grant the request that the citizen was heard"
                            + " after the previous decision and before this one, and that the decision was made only"
                            + " once the citizen had answered or the response deadline had passed. A hearing is the"
                            + " starting point. The rule is not applicable to a decision whose record says why no"
                            + " hearing was needed: the decision rests on no information or external expert"
                            + " assessment that the citizen does not know and that is against the citizen and of"
                            + " substantial importance (§19, stk. 1), the information came from the citizen, or an"
                            + " exception in §19, stk. 2, applies.")
            .rationale(
                    "Partshøring efter forvaltningsloven §19 er en garantiforskrift. Efter stk. 1 må der ikke"
                            + " træffes afgørelse, før borgeren har fået lejlighed til at udtale sig, når kommunen har"
                            + " oplysninger om sagens faktiske grundlag eller eksterne faglige vurderinger, som"
                            + " borgeren ikke kan antages at kende; det gælder dog kun, hvis de er \"til ugunst for"
                            + " den pågældende part og er af væsentlig betydning for sagens afgørelse\". Bygger"
                            + " afgørelsen ikke på sådanne oplysninger, er der ingen pligt til partshøring. Bygger den"
                            + " fx på en lægeerklæring eller en udredning, som borgeren ikke har set, skal borgeren"
                            + " høres, medmindre en undtagelse i stk. 2 gælder. Mangler partshøringen, er afgørelsen"
                            + " som udgangspunkt ugyldig, medmindre det konkret kan afkræftes, at fejlen har haft"
                            + " betydning.",
                    "The hearing under forvaltningsloven §19 is a guarantee rule. Under stk. 1 no decision may be"
                            + " made before the citizen has had the chance to comment when the municipality holds"
                            + " information about the facts of the case or external expert assessments that the"
                            + " citizen cannot be assumed to know of; but only if these are against the citizen and"
                            + " of substantial importance to the decision (\"til ugunst for den pågældende part og er"
                            + " af væsentlig betydning for sagens afgørelse\"). A decision that rests on no such"
                            + " information needs no hearing. One that rests on, for example, a doctor's statement"
                            + " or an investigation the citizen has not seen does, unless an exception in stk. 2"
                            + " applies. Without the hearing the decision is normally invalid, unless it can be"
                            + " shown that the defect made no difference in the case.")
            .recommendation(
                    "Send oplysningerne til partshøring med en rimelig svarfrist, og træf først afgørelse, når"
                            + " borgeren har svaret eller fristen er udløbet. Bygger afgørelsen ikke på oplysninger"
                            + " til ugunst for borgeren, som borgeren ikke kender, så registrer det på afgørelsen som"
                            + " grunden til, at der ikke er partshørt. Er du i tvivl, så partshør.",
                    "Send the information for a hearing with a reasonable response deadline, and decide only once"
                            + " the citizen has answered or the deadline has passed. When the decision rests on no"
                            + " information against the citizen that the citizen does not know, record that on the"
                            + " decision as the reason there was no hearing. When in doubt, hold the hearing.")
            .serves(TRANSPARENCY, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.FVL_19)
            .severity(Severity.CRITICAL)
            .message(Facts.NO_ADVERSE_DECISION, Facts.NO_ADVERSE_DECISION_DA, Facts.NO_ADVERSE_DECISION_EN)
            .message(
                    "heard",
                    "Borgeren blev partshørt før {count, plural, one {den afgørelse, der krævede det} =2 {begge afgørelser,"
                            + " der krævede det} other {alle # afgørelser, der krævede det}}.",
                    "The citizen was heard before {count, plural, one {the decision that required it} =2 {both decisions that"
                            + " required it} other {all # decisions that required it}}.")
            .message(
                    "exempt",
                    "Afgørelse {decision} er undtaget fra partshøring ({exemption}).",
                    "Decision {decision} is exempt from the hearing ({exemption}).")
            .message(
                    "not-heard",
                    "Afgørelse {decision} ({date}) blev truffet uden forudgående partshøring.",
                    "Decision {decision} ({date}) was made without a prior hearing.")
            .message(
                    "decided-before-deadline",
                    "Afgørelse {decision} ({date}) blev truffet, før borgeren havde svaret på partshøring {hearing},"
                            + " og før svarfristen {deadline} var udløbet.",
                    "Decision {decision} ({date}) was made before the citizen had answered hearing {hearing} and"
                            + " before the response deadline {deadline} had passed.")
            .appliesWhen(Facts::whenAdverseDecision)
            .evaluatedBy(LegalDutyRules::hearing)
            .build();

    /**
     * FVL §§22-24: every adverse decision gives reasons: the rules and the facts, and the main
     * considerations when it rests on discretion ({@link Decision#discretionary()}).
     */
    public static final Rule FVL_22_24_REASONS = Rule.builder("fvl-22-24-reasons-for-adverse-decision")
            .title("Afgørelsen er begrundet", "The decision gives reasons")
            .description(
                    "Tjekker for hver afgørelse, der ikke giver fuldt medhold, at begrundelsen henviser til"
                            + " retsreglerne og angiver de faktiske oplysninger, afgørelsen bygger på, og – når"
                            + " afgørelsen beror på et skøn – de hovedhensyn, der har været bestemmende for skønnet.",
                    "Checks for every decision that does not fully grant the request that the reasons cite the"
                            + " legal rules and state the facts the decision rests on and, where the decision involves"
                            + " discretion, the main considerations that determined the exercise of discretion.")
            .rationale(
                    "Begrundelseskravet i forvaltningsloven §§22-24 er en garantiforskrift: borgeren skal kunne"
                            + " forstå, hvorfor afgørelsen blev som den blev, og vurdere, om der skal klages. En"
                            + " mangelfuld begrundelse kan gøre afgørelsen ugyldig. Efter §24 skal begrundelsen"
                            + " henvise til retsreglerne og, i det omfang afgørelsen beror på et administrativt skøn,"
                            + " angive de hovedhensyn, der har været bestemmende for skønsudøvelsen; om fornødent skal"
                            + " den også indeholde en kort redegørelse for de faktiske oplysninger, der er tillagt"
                            + " væsentlig betydning. Denne kontrol kræver kun hovedhensyn ved skønsmæssige"
                            + " afgørelser. Den kræver altid de faktiske oplysninger, selv om loven kun kræver dem"
                            + " \"om fornødent\", fordi afgørelser om hjælp efter serviceloven næsten altid bygger på"
                            + " en konkret vurdering af borgerens forhold.",
                    "The duty to give reasons in forvaltningsloven §§22-24 is a guarantee rule: the citizen must be"
                            + " able to understand why the decision went as it did and judge whether to complain."
                            + " Deficient reasons can make the decision invalid. Under §24 the reasons must cite the"
                            + " legal rules and, to the extent the decision rests on an administrative discretion,"
                            + " state the main considerations that determined the exercise of discretion; where needed"
                            + " they must also briefly set out the facts given substantial weight. This check asks for"
                            + " the main considerations only for discretionary decisions. It always asks for the"
                            + " facts, although the Act requires them only \"where needed\", because decisions on help"
                            + " under serviceloven almost always rest on a concrete assessment of the citizen's"
                            + " circumstances.")
            .recommendation(
                    "Begrund afgørelsen med de retsregler, den bygger på, de faktiske oplysninger, der er lagt vægt"
                            + " på, og, når afgørelsen beror på et skøn, de hovedhensyn, der var bestemmende.",
                    "Give reasons citing the legal rules the decision rests on and the facts relied on and, where"
                            + " discretion is involved, the main considerations that determined it.")
            .recommendationFor(
                    "reasons-not-recorded",
                    "Registrer, om begrundelsen henviser til retsreglerne, nævner hovedhensynene og de faktiske oplysninger, så den kan vurderes.",
                    "Record whether the reasons cite the legal rules, state the main considerations and state the facts, so that they can be judged.")
            .serves(TRANSPARENCY, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.FVL_22_24)
            .reads(
                    RecordedFact.DECISION_REASONS_CITE_RULES,
                    RecordedFact.DECISION_REASONS_STATE_CONSIDERATIONS,
                    RecordedFact.DECISION_REASONS_STATE_FACTS)
            .severity(Severity.CRITICAL)
            .message(Facts.NO_ADVERSE_DECISION, Facts.NO_ADVERSE_DECISION_DA, Facts.NO_ADVERSE_DECISION_EN)
            .message(
                    "reasons-complete",
                    "{count, plural, one {Afgørelsen, der ikke gav fuldt medhold, har} =2 {Begge afgørelser,"
                            + " der ikke gav fuldt medhold, har} other {Alle # afgørelser, der ikke gav fuldt medhold,"
                            + " har}} en fuld begrundelse.",
                    "{count, plural, one {The decision that did not fully grant the request gives} =2 {Both decisions that"
                            + " did not fully grant the request give} other {All # decisions that did not fully grant"
                            + " the request give}} full reasons.")
            .message(
                    "reasons-partial",
                    "Begrundelsen for afgørelse {decision} ({date}) rummer kun {present} af 3 elementer: retsregler,"
                            + " hovedhensyn og faktiske oplysninger.",
                    "The reasons for decision {decision} ({date}) hold only {present} of 3 elements: legal rules,"
                            + " main considerations and facts.")
            .message(
                    "reasons-without-elements",
                    "Begrundelsen for afgørelse {decision} ({date}) nævner hverken retsregler, hovedhensyn eller"
                            + " faktiske oplysninger.",
                    "The reasons for decision {decision} ({date}) state neither legal rules, main considerations nor"
                            + " facts.")
            .message(
                    "reasons-partial-without-discretion",
                    "Begrundelsen for afgørelse {decision} ({date}) rummer kun {present} af {required, plural, one"
                            + " {# element} other {# elementer}}: retsregler og faktiske oplysninger (afgørelsen"
                            + " beror ikke på et skøn, så hovedhensyn kræves ikke).",
                    "The reasons for decision {decision} ({date}) hold only {present} of {required, plural, one {#"
                            + " element} other {# elements}}: legal rules and facts (the decision involves no"
                            + " discretion, so main considerations are not required).")
            .message(
                    "reasons-without-rules-or-facts",
                    "Begrundelsen for afgørelse {decision} ({date}) nævner hverken retsregler eller faktiske"
                            + " oplysninger (afgørelsen beror ikke på et skøn).",
                    "The reasons for decision {decision} ({date}) state neither legal rules nor facts (the"
                            + " decision involves no discretion).")
            // a decision without discretion needs no main considerations: it is not met on the rules and
            // the facts alone, and nothing is worse than not met. reasons-partial-without-discretion is
            // left resting on all three: the considerations of another such decision, one with no reasons
            // recorded, would make it not met
            .restsOn(
                    "reasons-without-rules-or-facts",
                    RecordedFact.DECISION_REASONS_CITE_RULES,
                    RecordedFact.DECISION_REASONS_STATE_FACTS)
            .message(
                    "reasons-not-recorded",
                    "Det fremgår ikke, om afgørelse {decision} ({date}) er begrundet.",
                    "The records do not show whether decision {decision} ({date}) gives reasons.")
            .appliesWhen(Facts::whenAdverseDecision)
            .evaluatedBy(LegalDutyRules::reasons)
            .build();

    /**
     * FVL §25: every adverse decision carries complaint guidance. Critical although missing guidance
     * does not normally make a decision invalid: without it the citizen in practice risks never having
     * the decision reviewed.
     */
    public static final Rule FVL_25_COMPLAINT_GUIDANCE = Rule.builder("fvl-25-complaint-guidance")
            .title("Afgørelsen har klagevejledning", "The decision carries complaint guidance")
            .description(
                    "Tjekker for hver afgørelse, der ikke giver fuldt medhold, at den har vejledning om, hvor,"
                            + " hvordan og inden hvilken frist der kan klages.",
                    "Checks for every decision that does not fully grant the request that it says where, how and by"
                            + " when the citizen can complain.")
            .rationale(
                    "Forvaltningsloven §25 kræver, at en skriftlig afgørelse, der kan påklages til en anden"
                            + " forvaltningsmyndighed, ledsages af klagevejledning om klageinstans, fremgangsmåde og"
                            + " frist, medmindre borgeren får fuldt medhold. En mangel får normalt ikke de samme følger"
                            + " som brud på partshøring, begrundelse og sagens oplysning: mangler klagevejledningen, er"
                            + " afgørelsen normalt ikke ugyldig, men en for sent indgivet klage skal som udgangspunkt"
                            + " behandles, hvis manglen kan have haft betydning for fristoverskridelsen. Biblioteket"
                            + " behandler alligevel manglen som kritisk, fordi borgeren uden vejledning ofte ikke ved,"
                            + " at og hvordan afgørelsen kan påklages, og derfor i praksis risikerer aldrig at få den"
                            + " prøvet.",
                    "Forvaltningsloven §25 requires a written decision that can be appealed to another"
                            + " administrative authority to carry guidance on the appeals body, the procedure and the"
                            + " deadline, unless the citizen is granted everything asked for. A gap does not normally"
                            + " have the consequences of a breach of the hearing, reasons or investigation duties:"
                            + " missing guidance does not normally make the decision invalid, but a late complaint must"
                            + " as a rule be heard if the gap may have caused the delay. The library still treats the"
                            + " gap as critical, because without guidance the citizen often does not know that the"
                            + " decision can be appealed, or how, and so in practice risks never having it reviewed.")
            .recommendation(
                    "Giv altid klagevejledning med klageinstans, fremgangsmåde og frist på 4 uger.",
                    "Always include complaint guidance naming the appeals body, the procedure and the 4-week"
                            + " deadline.")
            .serves(TRANSPARENCY)
            .cites(LegalReferences.FVL_25)
            .reads(RecordedFact.DECISION_COMPLAINT_GUIDANCE)
            .severity(Severity.CRITICAL)
            .message(Facts.NO_ADVERSE_DECISION, Facts.NO_ADVERSE_DECISION_DA, Facts.NO_ADVERSE_DECISION_EN)
            .message(
                    "complaint-guidance-given",
                    "{count, plural, one {Afgørelsen, der ikke gav fuldt medhold, har} =2 {Begge afgørelser,"
                            + " der ikke gav fuldt medhold, har} other {Alle # afgørelser, der ikke gav fuldt medhold,"
                            + " har}} klagevejledning.",
                    "{count, plural, one {The decision that did not fully grant the request carries} =2 {Both decisions that"
                            + " did not fully grant the request carry} other {All # decisions that did not fully grant"
                            + " the request carry}} complaint guidance.")
            .message(
                    "no-complaint-guidance",
                    "Afgørelse {decision} ({date}) har ingen klagevejledning.",
                    "Decision {decision} ({date}) carries no complaint guidance.")
            .appliesWhen(Facts::whenAdverseDecision)
            .evaluatedBy(view -> {
                Worst worst = new Worst("complaint-guidance-given", Facts.NO_ADVERSE_DECISION);
                for (Decision d : view.adverseDecisions()) {
                    if (d.complaintGuidance()) {
                        worst.item(Outcome.MET, "complaint-guidance-given").evidence(d.id());
                    } else {
                        worst.item(Outcome.NOT_MET, "no-complaint-guidance").decision(d);
                    }
                }
                return worst.result();
            })
            .build();

    /**
     * SEL §141: an action plan is offered where the law requires it (citizens under the state pension
     * age, {@link io.github.inddragelse.model.caseprocess.CaseProcess#citizenReachedPensionAge()});
     * declining it is the citizen's right.
     */
    public static final Rule SEL_141_PLAN_OFFERED = Rule.builder("sel-141-action-plan-offered")
            .title("Handleplan er tilbudt", "An action plan is offered")
            .description(
                    "Tjekker, at borgeren er tilbudt en handleplan, når udredningen viser betydelig nedsat"
                            + " funktionsevne og der er bevilget hjælp. Siger borgeren nej, er pligten opfyldt. Havde"
                            + " borgeren nået folkepensionsalderen, da hjælpen blev givet, gælder pligten ikke, og"
                            + " reglen er ikke relevant.",
                    "Checks that the citizen was offered an action plan when the investigation shows significantly"
                            + " reduced function and help has been granted. If the citizen declines, the duty is met."
                            + " If the citizen had reached the state pension age when help was given, the duty does not"
                            + " apply and neither does the rule.")
            .rationale(
                    "Efter serviceloven §141, stk. 2, jf. stk. 1, skal kommunen tilbyde at udarbejde en handleplan,"
                            + " når der ydes hjælp efter lovens afsnit V til borgere under folkepensionsalderen med"
                            + " betydelig nedsat fysisk eller psykisk funktionsevne eller med alvorlige sociale"
                            + " problemer, der ikke eller kun med betydelig støtte kan opholde sig i egen bolig, eller"
                            + " som i øvrigt har behov for betydelig støtte for at forbedre de personlige"
                            + " udviklingsmuligheder. For andre borgere under folkepensionsalderen skal kommunen efter"
                            + " stk. 1 skønne, om det er hensigtsmæssigt at tilbyde en handleplan. Planen samler formål,"
                            + " indsats og varighed og giver et fælles grundlag for samarbejdet; borgeren kan sige nej.",
                    "Under serviceloven §141(2), read with (1), the municipality must offer to prepare an action plan"
                            + " when help under Part V is given to citizens under the state pension age with"
                            + " significantly reduced physical or mental function, or with serious social problems such"
                            + " that they cannot live in their own home, or only with substantial support, or who"
                            + " otherwise need substantial support to improve their personal development. For other"
                            + " citizens under that age, para. 1 asks the municipality to consider whether offering a"
                            + " plan is appropriate. The plan brings purpose, help and duration together as a shared"
                            + " basis for collaboration; the citizen may decline.")
            .recommendation(
                    "Notér borgerens funktionsniveau og eventuelle alvorlige sociale problemer i udredningen, og"
                            + " tilbyd borgeren en handleplan, når pligten gælder; notér tilbuddet og borgerens svar.",
                    "Record the citizen's function level and any serious social problems in the investigation, and"
                            + " offer the citizen an action plan where the duty applies; record the offer and the"
                            + " citizen's answer.")
            .recommendationFor(
                    "function-unknown",
                    "Notér borgerens funktionsniveau i udredningen, så det kan afgøres, om borgeren skal tilbydes en handleplan.",
                    "Record the citizen's function level in the investigation, so that it can be decided whether the citizen must be offered an action plan.")
            .recommendationFor(
                    "social-problems-unknown",
                    "Notér i udredningen, om borgeren har alvorlige sociale problemer, så det kan afgøres, om borgeren skal tilbydes en handleplan.",
                    "Record in the investigation whether the citizen has serious social problems, so that it can be decided whether the citizen must be offered an action plan.")
            .serves(COLLABORATION, P6_COORDINATED_WHOLE_LIFE)
            .cites(LegalReferences.SEL_141)
            .severity(Severity.ADVISORY)
            .message(
                    "pension-age-reached",
                    "Borgeren havde nået folkepensionsalderen, da hjælpen blev givet, så pligten efter serviceloven §141 til at tilbyde en"
                            + " handleplan gælder ikke.",
                    "The citizen had reached the state pension age when help was given, so the duty under serviceloven §141 to offer an"
                            + " action plan does not apply.")
            .message(Facts.NO_INVESTIGATION, Facts.NO_INVESTIGATION_DA, Facts.NO_INVESTIGATION_EN)
            .message(
                    "function-unknown",
                    "Udredningen viser ikke borgerens funktionsniveau, så det kan ikke afgøres, om en handleplan"
                            + " skal tilbydes.",
                    "The investigation does not show the citizen's function level, so it cannot be decided whether"
                            + " an action plan must be offered.")
            .message(
                    "social-problems-unknown",
                    "Funktionsevnen er ikke betydeligt nedsat, men det kan ikke ses, om borgeren har alvorlige"
                            + " sociale problemer, der udløser pligten.",
                    "Function is not significantly reduced, but the records do not show whether the citizen has"
                            + " serious social problems that trigger the duty.")
            .message(
                    "not-required",
                    "Udredningen viser ikke betydelig nedsat funktionsevne, så der er ikke pligt til at tilbyde en"
                            + " handleplan.",
                    "The investigation shows no significantly reduced function, so there is no duty to offer an"
                            + " action plan.")
            .message(
                    "no-help-yet",
                    "Der er endnu ikke bevilget hjælp, så det er endnu ikke aktuelt at tilbyde en handleplan.",
                    "No help has been granted yet, so an action plan does not need to be offered yet.")
            .message(
                    "accepted",
                    "Borgeren er tilbudt handleplan {plan} og har takket ja.",
                    "The citizen was offered action plan {plan} and accepted it.")
            .message(
                    "declined",
                    "Borgeren er tilbudt handleplan {plan} og har sagt nej tak; det er borgerens ret.",
                    "The citizen was offered action plan {plan} and declined it; that is the citizen's right.")
            .message(
                    "offered",
                    "Borgeren er tilbudt handleplan {plan}; svaret afventes.",
                    "The citizen was offered action plan {plan}; the answer is pending.")
            .message(
                    "not-offered",
                    "Der er bevilget hjælp ({decision}), men borgeren er ikke tilbudt en handleplan.",
                    "Help was granted ({decision}), but the citizen was not offered an action plan.")
            .appliesWhen(LegalDutyRules::actionPlanRequired)
            .evaluatedBy(LegalDutyRules::actionPlanOffered)
            .build();

    /**
     * SEL §148: every follow-up planned for a date before the as-of date has been held, and so has the
     * follow-up a decision set for such a date. Judged beside the follow-ups due (planned for a date before
     * the as-of date) is each decision whose follow-up date is before the as-of date and that no due
     * follow-up answers (none planned, nor held, on or after the decision's day): it was followed up if a
     * follow-up was held on or after the decision's day and by the as-of date. Its evaluations name the item
     * judged (with several, the first not held, or the first when all were held): a follow-up (arguments
     * {@code followUp} and {@code plannedFor}) or a decision (arguments {@code decision} and {@code
     * plannedFor}, the follow-up date it set), and the as-of date ({@code asOf}). One decision judged alone
     * has the keys {@code decision-date-followed-up} (met) and {@code decision-date-passed} (not met).
     */
    public static final Rule SEL_148_FOLLOW_UP_HELD = Rule.builder("sel-148-follow-up-held")
            .title("Planlagte opfølgninger er holdt", "Planned follow-ups are held")
            .description(
                    "Tjekker, at hver planlagt opfølgning, hvis dato ligger før vurderingsdatoen, er holdt. En"
                            + " opfølgning, der er planlagt til vurderingsdatoen eller senere, er endnu ikke aktuel og"
                            + " tæller ikke med. En afgørelse, der har fastsat en opfølgningsdato før"
                            + " vurderingsdatoen, tæller også med, når ingen opfølgning, der skulle have været holdt,"
                            + " er planlagt eller holdt efter afgørelsen: den er fulgt op, hvis en opfølgning er"
                            + " holdt efter afgørelsen.",
                    "Checks that every planned follow-up whose date is before the assessment date has been held. A"
                            + " follow-up planned for the assessment date or later is not yet due and does not"
                            + " count. A decision that set a follow-up date before the assessment date counts too"
                            + " when no follow-up that was due has been planned or held since the decision: it was"
                            + " followed up if a follow-up has been held since the decision.")
            .rationale(
                    "Serviceloven §148 pålægger kommunen løbende at følge op på, om hjælpen fortsat opfylder sit"
                            + " formål. Uden opfølgning kan en indsats, der ikke virker, fortsætte, og borgerens nye"
                            + " ønsker går tabt.",
                    "Serviceloven §148 requires the municipality to keep following up on whether the help still"
                            + " meets its purpose. Without follow-up, help that does not work may continue, and the"
                            + " citizen's new wishes are lost.")
            .recommendation(
                    "Hold de opfølgninger, der skulle have været holdt, sammen med borgeren, og planlæg den næste.",
                    "Hold the follow-ups that are overdue together with the citizen, and plan the next one.")
            .serves(P7_FOLLOW_UP, TRUST)
            .cites(LegalReferences.SEL_148)
            .severity(Severity.ADVISORY)
            .message(
                    "none-due",
                    "Ingen planlagt opfølgning skulle have været holdt endnu.",
                    "No planned follow-up was due to be held yet.")
            .message(
                    "all-held",
                    "{total, plural, one {Opfølgning {followUp}, planlagt til {plannedFor}, er holdt} =2 {Begge"
                            + " opfølgninger" + DUE_BEFORE_AS_OF_DA + " er holdt} other {Alle # opfølgninger"
                            + DUE_BEFORE_AS_OF_DA + " er holdt}}.",
                    "{total, plural, one {Follow-up {followUp}, planned for {plannedFor}, has been held} =2 {Both"
                            + " follow-ups" + DUE_BEFORE_AS_OF_EN + " have been held} other {All # follow-ups"
                            + DUE_BEFORE_AS_OF_EN + " have been held}}.")
            .message(
                    "some-held",
                    "{missing} af {total, plural, one {# opfølgning} =2 {de to opfølgninger} other {de #"
                            + " opfølgninger}}" + DUE_BEFORE_AS_OF_DA + " er ikke holdt.",
                    "{missing} of {total, plural, one {# follow-up} =2 {the two follow-ups} other {the #"
                            + " follow-ups}}" + DUE_BEFORE_AS_OF_EN + " {missing, plural, one {has} other {have}} not"
                            + " been held.")
            .message(
                    "none-held",
                    "{total, plural, one {Opfølgning {followUp}, planlagt til {plannedFor}, er ikke holdt} =2"
                            + " {Ingen af de to opfølgninger" + DUE_BEFORE_AS_OF_DA + " er holdt} other {Ingen af de #"
                            + " opfølgninger" + DUE_BEFORE_AS_OF_DA + " er holdt}}.",
                    "{total, plural, one {Follow-up {followUp}, planned for {plannedFor}, has not been held} =2"
                            + " {Neither of the two follow-ups" + DUE_BEFORE_AS_OF_EN + " has been held} other {None"
                            + " of the # follow-ups" + DUE_BEFORE_AS_OF_EN + " has been held}}.")
            .message(
                    DECISION_DATE_FOLLOWED_UP,
                    "Afgørelse {decision} fastsatte opfølgning til {plannedFor}, og der er holdt en opfølgning"
                            + " efter afgørelsen.",
                    "Decision {decision} set a follow-up for {plannedFor}, and a follow-up has been held since the"
                            + " decision.")
            .message(
                    DECISION_DATE_PASSED,
                    "Afgørelse {decision} fastsatte opfølgning til {plannedFor}, men der er ikke holdt nogen"
                            + " opfølgning efter afgørelsen.",
                    "Decision {decision} set a follow-up for {plannedFor}, but no follow-up has been held since the"
                            + " decision.")
            .appliesWhen(LegalDutyRules::followUpsDue)
            .evaluatedBy(LegalDutyRules::followUpsHeld)
            .build();

    /** SEL §148: a follow-up that concludes the help must change or end is followed by a new decision. */
    public static final Rule SEL_148_CHANGE_NEEDS_DECISION = Rule.builder("sel-148-change-needs-new-decision")
            .title("Ændring eller ophør kræver ny afgørelse", "Changing or ending help needs a new decision")
            .description(
                    "Tjekker, at en holdt opfølgning, der konkluderer, at hjælpen skal ændres eller ophøre, følges"
                            + " af en ny afgørelse. Kommunen har 4 uger, før manglen tælles.",
                    "Checks that a held follow-up concluding that the help must change or end is followed by a new"
                            + " decision. The municipality has 4 weeks before the gap counts.")
            .rationale(
                    "Efter serviceloven §148 kræver ændring eller ophør af hjælpen en ny afgørelse. Uden afgørelse"
                            + " mister borgeren partshøring, begrundelse og klagevejledning, så reglen er kritisk,"
                            + " selv om §148 ikke selv er en garantiforskrift. Fristen på 4 uger er bibliotekets"
                            + " skøn over rimelig tid, svarende til genvurderingsfristen.",
                    "Under serviceloven §148 changing or ending help needs a new decision. Without a decision the"
                            + " citizen loses the hearing, the reasons and the complaint guidance, so the rule is"
                            + " critical although §148 is not itself a guarantee rule. The 4-week grace period is the"
                            + " library's estimate of reasonable time, matching the reconsideration period.")
            .recommendation(
                    "Træf en ny afgørelse med partshøring, begrundelse og klagevejledning, før hjælpen ændres eller"
                            + " stopper.",
                    "Make a new decision with a hearing, reasons and complaint guidance before the help is changed"
                            + " or stopped.")
            .serves(P7_FOLLOW_UP, TRANSPARENCY)
            .cites(LegalReferences.SEL_148)
            .severity(Severity.CRITICAL)
            .message(
                    "no-change-concluded",
                    "Ingen holdt opfølgning konkluderer, at hjælpen skal ændres eller ophøre.",
                    "No held follow-up concludes that the help must change or end.")
            .message(
                    "decided",
                    "{count, plural, one {Opfølgningen, der ændrer eller afslutter hjælpen, er fulgt} =2 {Begge"
                            + " opfølgninger, der ændrer eller afslutter hjælpen, er fulgt} other {Alle # opfølgninger,"
                            + " der ændrer eller afslutter hjælpen, er fulgt}} af en ny afgørelse.",
                    "{count, plural, one {The follow-up that changes or ends the help was followed} =2 {Both"
                            + " follow-ups that change or end the help were followed} other {All # follow-ups that"
                            + " change or end the help were followed}} by a new decision.")
            .message(
                    "decision-pending",
                    "Opfølgning {followUp} konkluderer ændring eller ophør; den nye afgørelse skal træffes senest {due}.",
                    "Follow-up {followUp} concludes change or end; the new decision is due by {due}.")
            .message(
                    "no-new-decision",
                    "Opfølgning {followUp} ({held}) konkluderer ændring eller ophør, men der er ingen ny afgørelse"
                            + " pr. {due}.",
                    "Follow-up {followUp} ({held}) concludes change or end, but there is no new decision by {due}.")
            .appliesWhen(view -> Facts.any(view.eventsOf(FollowUp.class), f -> concludedChangeOrEnd(view, f))
                    ? Applicability.applies()
                    : Applicability.notApplicable("no-change-concluded"))
            .evaluatedBy(LegalDutyRules::changeNeedsDecision)
            .build();

    /**
     * SEL §83a: when personal and practical help is applied for, a reablement course is considered first:
     * by the first decision a goal to develop function is set, or an investigation records that a course
     * cannot improve function ({@link ReablementAssessment#NOT_SUITABLE}).
     */
    public static final Rule SEL_83A_REABLEMENT = Rule.builder("sel-83a-reablement-considered")
            .title("Rehabiliteringsforløb er overvejet først", "A reablement course is considered first")
            .description(
                    "Når der søges om personlig og praktisk hjælp, tjekker reglen, at der senest ved den første"
                            + " afgørelse enten er sat et mål om at udvikle funktionsevnen, som viser, at et"
                            + " rehabiliteringsforløb er overvejet, eller at en udredning har noteret en vurdering af,"
                            + " at et rehabiliteringsforløb ikke kan forbedre funktionsevnen. Er et forløb vurderet at"
                            + " kunne forbedre funktionsevnen, men intet mål sat, er reglen delvist opfyldt: forløbet"
                            + " kan være bevilget med den første afgørelse eller afslået af borgeren.",
                    "When personal and practical help is applied for, checks that by the first decision either a"
                            + " goal to develop function was set, showing that a reablement course was considered,"
                            + " or an investigation recorded an assessment that a reablement course cannot improve"
                            + " function. If a course was judged able to improve function but no goal was set, the"
                            + " rule is partly met: the course may have been granted by the first decision, or the"
                            + " citizen may have declined it.")
            .rationale(
                    "Serviceloven §83a kræver, at kommunen tilbyder et korterevarende og tidsafgrænset"
                            + " rehabiliteringsforløb, når forløbet vurderes at kunne forbedre funktionsevnen og"
                            + " dermed nedsætte behovet for hjælp efter §83. Efter §83, stk. 3, skal den vurdering"
                            + " foretages forud for vurderingen af behovet for hjælp efter §83. Vurderes forløbet ikke"
                            + " at kunne forbedre funktionsevnen, er der ikke pligt til at tilbyde det; en noteret"
                            + " vurdering dokumenterer, at kommunen har taget stilling. Det bygger på borgerens"
                            + " ressourcer og hjælper tidligt, før behovet for varig hjælp vokser.",
                    "Serviceloven §83a requires the municipality to offer a short, time-limited reablement course"
                            + " when it is judged able to improve function and so reduce the need for help under §83."
                            + " Under §83(3) that judgement comes before the need for §83 help is assessed. Where a"
                            + " course is judged unable to improve function, none is owed; a recorded assessment"
                            + " documents that the question was considered. It builds on the citizen's resources and"
                            + " helps early, before the need for lasting help grows.")
            .recommendation(
                    "Vurder og notér, om et rehabiliteringsforløb kan forbedre funktionsevnen, og sæt i givet fald"
                            + " et mål om at udvikle den sammen med borgeren.",
                    "Assess and record whether a reablement course can improve function, and if so set a goal with"
                            + " the citizen to develop it.")
            .serves(P2_RESOURCES, P5_EARLY_HELP)
            .cites(LegalReferences.SEL_83_83A)
            .severity(Severity.ADVISORY)
            .message(
                    "not-applied-for",
                    "Der er ikke søgt om personlig og praktisk hjælp.",
                    "Personal and practical help has not been applied for.")
            .message(
                    "develop-goal",
                    "Mål {goal} om at udvikle funktionsevnen er sat senest ved den første afgørelse.",
                    "Goal {goal} to develop function was set by the first decision.")
            .message(
                    "no-develop-goal",
                    "Afgørelse {decision} er truffet, uden at et mål om at udvikle funktionsevnen viser, at et"
                            + " rehabiliteringsforløb er overvejet.",
                    "Decision {decision} was made with no goal to develop function showing that a reablement course"
                            + " was considered.")
            .message(
                    "assessed-not-suitable",
                    "Udredning {investigation} har noteret en vurdering af, at et rehabiliteringsforløb ikke kan"
                            + " forbedre funktionsevnen.",
                    "Investigation {investigation} recorded an assessment that a reablement course cannot improve"
                            + " function.")
            .message(
                    "suitable-not-set-up",
                    "Udredning {investigation} vurderede, at et rehabiliteringsforløb kan forbedre funktionsevnen,"
                            + " men afgørelse {decision} er truffet, uden at et mål om at udvikle den er noteret.",
                    "Investigation {investigation} judged that a reablement course can improve function, but"
                            + " decision {decision} was made with no goal to develop it recorded.")
            .message(
                    "not-yet",
                    "Der er endnu hverken et mål om at udvikle funktionsevnen eller en afgørelse.",
                    "There is no goal to develop function and no decision yet.")
            .appliesWhen(view -> view.process().appliedFor().contains(LegalReferences.SEL_83_83A)
                    ? Applicability.applies()
                    : Applicability.notApplicable("not-applied-for"))
            .evaluatedBy(LegalDutyRules::reablement)
            .build();

    private static final List<Rule> ALL = List.of(
            RSL_3_DEADLINE_OR_NOTICE,
            RSL_4_CITIZEN_TAKES_PART,
            RSL_5_ALL_OPTIONS_CONSIDERED,
            RSL_10_INVESTIGATED,
            RSL_11_NO_NEEDLESS_REQUESTS,
            RSL_66_67_RECONSIDERED,
            FVL_7_GUIDANCE,
            FVL_8_COMPANION,
            FVL_19_HEARING,
            FVL_22_24_REASONS,
            FVL_25_COMPLAINT_GUIDANCE,
            SEL_83A_REABLEMENT,
            SEL_141_PLAN_OFFERED,
            SEL_148_FOLLOW_UP_HELD,
            SEL_148_CHANGE_NEEDS_DECISION);

    /**
     * The legal-duty rules, in a fixed order.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return ALL;
    }

    // ------------------------------------------------------------------ evaluations

    /** Starts an evaluation about a decision: its id as evidence, its id and date as arguments. */
    static Evaluation.Builder decisionFinding(Outcome outcome, String messageKey, Decision d) {
        return Evaluation.builder(outcome, messageKey)
                .evidence(d.id())
                .arg("decision", d.id())
                .arg("date", d.date());
    }

    private static Evaluation deadlineOrNotice(CaseView view) {
        LocalDate due = view.process().decisionDueBy().orElseThrow();
        Optional<Decision> first = Facts.firstDecision(view);
        if (first.isPresent() && !first.get().date().isAfter(due)) {
            return decisionFinding(Outcome.MET, "decided-in-time", first.get())
                    .arg("due", due)
                    .build();
        }
        LocalDate reference = first.map(Decision::date).orElse(view.asOf());
        // follow the chain of written notices: each one given before the date then in force moves it
        LocalDate expected = due;
        DeadlineNotice timely = null;
        DeadlineNotice late = null;
        for (DeadlineNotice n : view.eventsOf(DeadlineNotice.class)) {
            if (n.date().isAfter(reference)) {
                break;
            }
            if (!n.written()) {
                continue;
            }
            if (!n.date().isAfter(expected)) {
                timely = n;
                if (n.expectedDecisionBy().isAfter(expected)) {
                    expected = n.expectedDecisionBy();
                }
            } else if (late == null) {
                late = n;
            }
        }
        if (timely != null) {
            Evaluation.Builder e = reference.isAfter(expected)
                    ? Evaluation.builder(Outcome.PARTLY_MET, "notice-date-passed")
                    : Evaluation.builder(Outcome.MET, "notice-given");
            e.evidence(timely.id());
            first.ifPresent(d -> e.evidence(d.id()));
            return e.arg("notice", timely.id())
                    .arg("expected", expected)
                    .arg("due", due)
                    .build();
        }
        if (late != null) {
            Evaluation.Builder e =
                    Evaluation.builder(Outcome.PARTLY_MET, "notice-after-due").evidence(late.id());
            first.ifPresent(d -> e.evidence(d.id()));
            return e.arg("notice", late.id())
                    .arg("date", late.date())
                    .arg("due", due)
                    .build();
        }
        if (first.isPresent()) {
            return decisionFinding(Outcome.NOT_MET, "decided-late-without-notice", first.get())
                    .arg("due", due)
                    .build();
        }
        List<Contact> contacts = view.eventsOf(Contact.class);
        Evaluation.Builder overdue =
                Evaluation.builder(Outcome.NOT_MET, "overdue-without-notice").arg("due", due);
        if (!contacts.isEmpty()) {
            overdue.evidence(contacts.get(0).id());
        }
        return overdue.build();
    }

    /**
     * The share of meetings and investigations the citizen took part in or, for a meeting, was invited
     * to and declined, as {@link Facts#judgeShare} judges it over the meetings followed by the
     * investigations, counted from the view's lists of the events with the citizen. Without a declined
     * meeting the judgement and its messages are those of the events with the citizen alone.
     */
    private static Evaluation citizenTookPart(CaseView view) {
        List<Meeting> meetings = view.eventsOf(Meeting.class);
        List<Investigation> investigations = view.eventsOf(Investigation.class);
        List<Meeting> meetingsWith = view.withCitizen(Meeting.class);
        List<Investigation> investigationsWith = view.withCitizen(Investigation.class);
        // a declined meeting never lists the citizen (a case invariant), so it adds to those with the citizen
        List<Meeting> meetingsGiven = withDeclined(meetings, meetingsWith);
        int tookPart = meetingsWith.size() + investigationsWith.size();
        int declined = meetingsGiven.size() - meetingsWith.size();
        int passing = tookPart + declined;
        int missing = meetings.size() + investigations.size() - passing;
        Evaluation.Builder e = declined == 0
                ? Facts.judgeShare(passing, missing, "took-part", "took-part-in-some", "took-part-in-none")
                : Facts.judgeShare(
                                passing,
                                missing,
                                "took-part-or-declined",
                                "took-part-or-declined-some-missing",
                                "took-part-in-none")
                        .arg("count", tookPart)
                        .arg("declined", declined);
        // evidence: every event when each gave the citizen the opportunity, otherwise those that did not
        withoutCitizen(meetings, missing == 0 ? List.of() : meetingsGiven, e);
        withoutCitizen(investigations, missing == 0 ? List.of() : investigationsWith, e);
        return e.build();
    }

    /**
     * The meetings with the citizen and those the citizen declined, by date; the meetings with the
     * citizen themselves when the citizen declined none.
     */
    private static List<Meeting> withDeclined(List<Meeting> meetings, List<Meeting> with) {
        List<Meeting> given = null;
        int j = 0;
        for (int i = 0; i < meetings.size(); i++) {
            Meeting m = meetings.get(i);
            if (j < with.size() && with.get(j) == m) {
                j++;
                if (given != null) {
                    given.add(m);
                }
            } else if (m.citizenDeclined()) {
                if (given == null) {
                    given = new ArrayList<>(with.subList(0, j));
                }
                given.add(m);
            }
        }
        return given == null ? with : given;
    }

    /** Adds the ids of the events not in a sublist of them (both by date, as the view keeps them). */
    private static void withoutCitizen(
            List<? extends CaseEvent> all, List<? extends CaseEvent> with, Evaluation.Builder e) {
        int j = 0;
        for (int i = 0; i < all.size(); i++) {
            CaseEvent event = all.get(i);
            if (j < with.size() && with.get(j) == event) {
                j++;
            } else {
                e.evidence(event.id());
            }
        }
    }

    private static Evaluation allOptions(CaseView view) {
        for (Investigation i : view.eventsOf(Investigation.class)) {
            if (i.allOptionsConsidered()) {
                return Facts.onEvent(Outcome.MET, "considered", "investigation", i)
                        .build();
            }
        }
        Investigation latest = Facts.latestInvestigation(view).orElseThrow();
        int coordinated = 0;
        for (Coordination c : view.eventsOf(Coordination.class)) {
            if (Facts.isOtherAuthority(c.counterpart())) {
                coordinated++;
            }
        }
        if (coordinated == 0) {
            return Facts.onEvent(Outcome.NOT_MET, "not-considered", "investigation", latest)
                    .build();
        }
        Evaluation.Builder e = Evaluation.builder(Outcome.PARTLY_MET, "coordinated-only")
                .arg("count", coordinated)
                .evidence(latest.id());
        for (Coordination c : view.eventsOf(Coordination.class)) {
            if (Facts.isOtherAuthority(c.counterpart())) {
                e.evidence(c.id());
            }
        }
        return e.arg("investigation", latest.id()).build();
    }

    private static Evaluation investigated(CaseView view) {
        EventCursor<Investigation> investigations = new EventCursor<>(view.eventsOf(Investigation.class));
        EventCursor<InformationGathering> information = new EventCursor<>(view.eventsOf(InformationGathering.class));
        LocalDate[] held = null; // the dates follow-ups were held, worked out when a decision first needs them
        Worst worst = new Worst("investigated", Facts.NO_DECISION);
        Decision previous = null;
        for (Decision d : view.eventsOf(Decision.class)) {
            Investigation i = investigations.latestOnOrBefore(d.date());
            if (i == null) {
                InformationGathering info = information.latestOnOrBefore(d.date());
                if (info != null) {
                    worst.item(Outcome.PARTLY_MET, "information-without-assessment")
                            .decision(d)
                            .evidence(info.id());
                } else {
                    worst.item(Outcome.NOT_MET, "decided-without-investigation").decision(d);
                }
            } else if (!Facts.anyLifeAreaAssessed(i)) {
                worst.item(Outcome.PARTLY_MET, "no-life-areas-assessed")
                        .decision(d)
                        .evidence(i.id())
                        .arg("investigation", i.id());
            } else if (changesHelp(d) && previous != null && !i.date().isAfter(previous.date())) {
                // changing or stopping help needs a new investigation or a follow-up since the last decision
                if (held == null) {
                    held = Facts.heldDates(view);
                }
                if (Facts.anyDateIn(held, previous.date(), d.date())) {
                    worst.item(Outcome.MET, "investigated").evidence(d.id()).evidence(i.id());
                } else {
                    worst.item(Outcome.PARTLY_MET, "not-reinvestigated")
                            .decision(d)
                            .evidence(i.id())
                            .evidence(previous.id())
                            .arg("previous", previous.id());
                }
            } else {
                worst.item(Outcome.MET, "investigated").evidence(d.id()).evidence(i.id());
            }
            previous = d;
        }
        return worst.result();
    }

    private static boolean changesHelp(Decision d) {
        return d.outcome() == DecisionOutcome.CHANGED || d.outcome() == DecisionOutcome.STOPPED;
    }

    /** Whether information was gathered from someone other than the citizen. */
    private static boolean fromThirdParty(InformationGathering g) {
        return g.source() != Actor.CITIZEN;
    }

    /** The message keys and argument of a step a complaint must take within its four weeks. */
    private record ComplaintStep(String late, String dateArg, String missing, String pending) {}

    private static final ComplaintStep RECONSIDERATION =
            new ComplaintStep("reconsidered-late", "reconsidered", "not-reconsidered", "pending");

    private static final ComplaintStep SENDING_ON =
            new ComplaintStep("forwarded-late", "forwarded", "not-forwarded", "forwarding-pending");

    /**
     * Judges a step of a complaint against its deadline: taken in time, what follows it decides; taken
     * late, partly met; not taken, not met once the deadline has passed and not judged before.
     */
    private static Worst.Item step(
            CaseView view,
            Worst worst,
            ComplaintStep step,
            Optional<LocalDate> taken,
            LocalDate due,
            Supplier<Worst.Item> inTime) {
        Optional<LocalDate> on = view.known(taken);
        if (on.isPresent()) {
            return on.get().isAfter(due)
                    ? worst.item(Outcome.PARTLY_MET, step.late()).arg(step.dateArg(), on.get())
                    : inTime.get();
        }
        return view.asOf().isAfter(due)
                ? worst.item(Outcome.NOT_MET, step.missing())
                : worst.item(Outcome.NOT_APPLICABLE, step.pending());
    }

    /**
     * A complaint reconsidered in time: met unless the decision was maintained in full or in part, when
     * the complaint must also be sent on to Ankestyrelsen by the same deadline. Each complaint judged met
     * is added to a list.
     */
    private static Worst.Item sentOn(CaseView view, Worst worst, Complaint c, LocalDate due, List<Complaint> met) {
        Supplier<Worst.Item> inTime = () -> {
            met.add(c);
            return worst.item(Outcome.MET, "reconsidered-in-time");
        };
        Optional<ReconsiderationOutcome> outcome = c.reconsiderationOutcome();
        if (outcome.isEmpty()) {
            // a complaint sent on shows the decision was maintained; without that, nothing tells whether
            // it had to be sent on
            return view.known(c.forwardedOn()).isPresent()
                    ? step(view, worst, SENDING_ON, c.forwardedOn(), due, inTime)
                    : worst.item(Outcome.INSUFFICIENT_DATA, OUTCOME_NOT_RECORDED);
        }
        return outcome.get().mustBeSentOn()
                ? step(view, worst, SENDING_ON, c.forwardedOn(), due, inTime)
                : inTime.get();
    }

    private static Evaluation reconsidered(CaseView view) {
        Worst worst = new Worst("reconsidered-in-time", "no-complaint");
        List<Complaint> met = new ArrayList<>(1);
        for (Complaint c : view.eventsOf(Complaint.class)) {
            LocalDate due = Facts.fourWeeksAfter(c.date());
            Worst.Item item = step(
                            view,
                            worst,
                            RECONSIDERATION,
                            c.reconsideredOn(),
                            due,
                            () -> sentOn(view, worst, c, due, met))
                    .evidence(c.id())
                    .evidence(c.decisionId())
                    .arg("complaint", c.id())
                    .arg("received", c.date())
                    .arg("due", due);
            reconsiderationOutcome(view, c).ifPresent(code -> item.arg(RECONSIDERATION_ARG, code));
        }
        Evaluation result = worst.result();
        // the met evaluation keeps no item's arguments; with one complaint it says how it was reconsidered
        if (result.outcome() == Outcome.MET && met.size() == 1) {
            Optional<String> code = reconsiderationOutcome(view, met.get(0));
            if (code.isPresent()) {
                return result.withArg(RECONSIDERATION_ARG, code.get());
            }
        }
        return result;
    }

    /** The code of what a complaint's reconsideration concluded, once it is known as of the view's date. */
    private static Optional<String> reconsiderationOutcome(CaseView view, Complaint c) {
        return view.known(c.reconsideredOn()).isPresent()
                ? c.reconsiderationOutcome().map(ReconsiderationOutcome::code)
                : Optional.empty();
    }

    private static Evaluation companion(CaseView view) {
        List<Meeting> meetings = Facts.meetingsWithCitizen(view);
        List<Participant> companions = view.participantsWithRole(Role.COMPANION);
        List<Participant> representatives = view.participantsWithRole(Role.REPRESENTATIVE);
        for (Meeting m : meetings) {
            if (Facts.anyTookPart(m, companions) || Facts.anyTookPart(m, representatives)) {
                return Facts.judgingMeetings(Facts.onEvent(Outcome.MET, "companion-present", "meeting", m), view)
                        .build();
            }
        }
        return Facts.judgingMeetings(
                        Facts.doneBy(Facts.firstGuidanceOn(view, GuidanceTopic.COMPANION), Optional.of(meetings.get(0)))
                                .toBuilder(),
                        view)
                .build();
    }

    private static Evaluation hearing(CaseView view) {
        Worst worst = new Worst("heard", Facts.NO_ADVERSE_DECISION);
        EventCursor<Hearing> hearings = new EventCursor<>(view.eventsOf(Hearing.class));
        List<Decision> decisions = view.eventsOf(Decision.class);
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (d.isAdverse()) {
                heardBefore(view, d, hearingFor(hearings, d, previousOnProvision(decisions, i)), worst);
            }
        }
        return worst.result();
    }

    /**
     * The date of the latest decision before the one at an index that is on the same provision, or
     * null. Searching back stops at the first match, so over all decisions this is linear for a
     * bounded number of provisions.
     */
    private static LocalDate previousOnProvision(List<Decision> decisions, int index) {
        LegalReference provision = decisions.get(index).provision();
        for (int i = index - 1; i >= 0; i--) {
            if (decisions.get(i).provision().equals(provision)) {
                return decisions.get(i).date();
            }
        }
        return null;
    }

    /**
     * The latest hearing on or before the decision that is about the decision's provision (or names
     * none), and comes after the previous decision on the same provision: a hearing answered by an
     * earlier decision on the same help does not count again, but a decision on other help the same
     * day does not use it up.
     */
    private static Hearing hearingFor(EventCursor<Hearing> hearings, Decision d, LocalDate previousOnProvision) {
        hearings.latestOnOrBefore(d.date());
        for (int i = hearings.passed() - 1; i >= 0; i--) {
            Hearing h = hearings.get(i);
            if (previousOnProvision != null && !h.date().isAfter(previousOnProvision)) {
                return null;
            }
            if (h.provision().isEmpty() || h.provision().get().equals(d.provision())) {
                return h;
            }
        }
        return null;
    }

    /** Judges one adverse decision against the hearing found for it, if any (see {@link #hearingFor}). */
    private static void heardBefore(CaseView view, Decision d, Hearing h, Worst worst) {
        if (d.hearingExemption().isPresent()) {
            worst.item(Outcome.NOT_APPLICABLE, "exempt")
                    .evidence(d.id())
                    .arg("decision", d.id())
                    .arg("exemption", d.hearingExemption().get().code());
            return;
        }
        if (h == null) {
            worst.item(Outcome.NOT_MET, "not-heard").decision(d);
            return;
        }
        Optional<LocalDate> respondedOn = h.respondedOn();
        boolean answered = respondedOn.isPresent()
                && !respondedOn.get().isAfter(view.asOf())
                && !respondedOn.get().isAfter(d.date());
        if (answered || d.date().isAfter(h.responseDeadline())) {
            worst.item(Outcome.MET, "heard").evidence(d.id()).evidence(h.id());
        } else {
            worst.item(Outcome.NOT_MET, "decided-before-deadline")
                    .decision(d)
                    .evidence(h.id())
                    .arg("hearing", h.id())
                    .arg("deadline", h.responseDeadline());
        }
    }

    private static Evaluation reasons(CaseView view) {
        Worst worst = new Worst("reasons-complete", Facts.NO_ADVERSE_DECISION);
        for (Decision d : view.adverseDecisions()) {
            // the main considerations are required, and counted, only where the decision rests on discretion
            boolean discretionary = d.discretionary();
            int required = discretionary ? 3 : 2;
            int present = (d.reasonsCiteRules() ? 1 : 0)
                    + (discretionary && d.reasonsStateConsiderations() ? 1 : 0)
                    + (d.reasonsStateFacts() ? 1 : 0);
            if (present == required) {
                worst.item(Outcome.MET, "reasons-complete").decision(d);
            } else if (present > 0 && discretionary) {
                worst.item(Outcome.PARTLY_MET, "reasons-partial")
                        .arg("present", present)
                        .decision(d);
            } else if (present > 0) {
                worst.item(Outcome.PARTLY_MET, "reasons-partial-without-discretion")
                        .arg("present", present)
                        .arg("required", required)
                        .decision(d);
            } else if (discretionary && d.reasons().isPresent()) {
                worst.item(Outcome.NOT_MET, "reasons-without-elements").decision(d);
            } else if (d.reasons().isPresent() || d.reasonsStateConsiderations()) {
                worst.item(Outcome.NOT_MET, "reasons-without-rules-or-facts").decision(d);
            } else {
                worst.item(Outcome.INSUFFICIENT_DATA, "reasons-not-recorded").decision(d);
            }
        }
        return worst.result();
    }

    private static Applicability actionPlanRequired(CaseView view) {
        if (view.process().citizenReachedPensionAge()) {
            // the duty covers citizens under the state pension age (SEL §141, stk. 1-2), offered plan or not
            return Applicability.notApplicable("pension-age-reached");
        }
        if (Facts.latestOfferedPlan(view).isPresent()) {
            return Applicability.applies();
        }
        Optional<Boolean> significant = view.significantlyReducedFunction();
        if (significant.isEmpty()) {
            // no investigation yet is told as by every rule that needs one; function-unknown is for an
            // investigation that records no function level
            return view.has(Investigation.class)
                    ? Applicability.insufficientData("function-unknown")
                    : Facts.whenInvestigated(view);
        }
        if (!significant.get()) {
            return view.process().targetGroups().contains(TargetGroup.SOCIALLY_MARGINALISED)
                    ? Applicability.insufficientData("social-problems-unknown")
                    : Applicability.notApplicable("not-required");
        }
        return Facts.firstGrantingDecision(view).isPresent()
                ? Applicability.applies()
                : Applicability.notApplicable("no-help-yet");
    }

    private static Evaluation actionPlanOffered(CaseView view) {
        Optional<ActionPlan> offered = Facts.latestOfferedPlan(view);
        if (offered.isPresent()) {
            ActionPlan p = offered.get();
            String key =
                    switch (p.response()) {
                        case ACCEPTED -> "accepted";
                        case DECLINED -> "declined";
                        case PENDING -> "offered";
                    };
            return Facts.onEvent(Outcome.MET, key, "plan", p).build();
        }
        Decision granted = Facts.firstGrantingDecision(view).orElseThrow();
        Evaluation.Builder e = Evaluation.builder(Outcome.NOT_MET, "not-offered")
                .evidence(granted.id())
                .arg("decision", granted.id());
        Facts.latestInvestigation(view).ifPresent(i -> e.evidence(i.id()));
        return e.build();
    }

    /** Whether a follow-up was planned for a date before the as-of date, so that it should have been held. */
    private static boolean isDue(CaseView view, FollowUp f) {
        return f.plannedFor().isBefore(view.asOf());
    }

    /**
     * The decisions whose follow-up date is before the as-of date and that no due follow-up answers
     * (none planned or held on or after the decision's day), in date order: the follow-up dates {@link
     * #SEL_148_FOLLOW_UP_HELD} judges beside the follow-ups due. A due follow-up that answers a decision is
     * judged itself, so that no follow-up counts twice. One pass over the follow-ups and one over the
     * decisions: the latest day a due follow-up was planned or held answers every decision up to it.
     */
    private static List<Decision> decisionDatesPassed(CaseView view) {
        LocalDate answeredUpTo = LocalDate.MIN;
        for (FollowUp f : view.eventsOf(FollowUp.class)) {
            if (isDue(view, f)) {
                answeredUpTo = latest(answeredUpTo, f.date());
                if (Facts.isHeld(view, f)) {
                    answeredUpTo = latest(answeredUpTo, f.heldOn().orElseThrow());
                }
            }
        }
        List<Decision> found = List.of();
        for (Decision d : view.eventsOf(Decision.class)) {
            Optional<LocalDate> date = d.followUpDate();
            if (date.isPresent() && date.get().isBefore(view.asOf()) && answeredUpTo.isBefore(d.date())) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.add(d);
            }
        }
        return found;
    }

    /** The later of two dates. */
    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The latest day a follow-up was held by the as-of date, or {@link LocalDate#MIN} if none was. */
    private static LocalDate lastHeld(CaseView view) {
        LocalDate last = LocalDate.MIN;
        for (FollowUp f : view.eventsOf(FollowUp.class)) {
            if (Facts.isHeld(view, f)) {
                last = latest(last, f.heldOn().orElseThrow());
            }
        }
        return last;
    }

    private static Applicability followUpsDue(CaseView view) {
        return Facts.any(view.eventsOf(FollowUp.class), f -> isDue(view, f))
                        || !decisionDatesPassed(view).isEmpty()
                ? Applicability.applies()
                : Applicability.notApplicable("none-due");
    }

    /**
     * The share of the follow-ups due, and of the decisions' follow-up dates passed that no due follow-up
     * answers, that were held, naming the first not held (or the first, when all were held) and the as-of
     * date. One decision's date judged alone has keys of its own, as it names no follow-up. A decision's
     * follow-up was held if a follow-up was held on or after the decision's day, by the as-of date.
     */
    private static Evaluation followUpsHeld(CaseView view) {
        List<Decision> decisions = decisionDatesPassed(view);
        LocalDate lastHeld = decisions.isEmpty() ? LocalDate.MIN : lastHeld(view);
        // the follow-ups due and the decisions, merged in date order (a decision after follow-ups of its day)
        List<CaseEvent> items = new ArrayList<>();
        int next = 0;
        for (FollowUp f : view.eventsOf(FollowUp.class)) {
            if (isDue(view, f)) {
                while (next < decisions.size() && decisions.get(next).date().isBefore(f.date())) {
                    items.add(decisions.get(next++));
                }
                items.add(f);
            }
        }
        items.addAll(decisions.subList(next, decisions.size()));
        Predicate<CaseEvent> held =
                item -> item instanceof FollowUp f ? Facts.isHeld(view, f) : !lastHeld.isBefore(item.date());
        CaseEvent named = items.get(0);
        for (CaseEvent item : items) {
            if (!held.test(item)) {
                named = item;
                break;
            }
        }
        Evaluation.Builder e = items.size() == 1 && named instanceof Decision
                ? Facts.judgedShare(
                        items, Facts.EVERY, held, DECISION_DATE_FOLLOWED_UP, DECISION_DATE_PASSED, DECISION_DATE_PASSED)
                : Facts.judgedShare(items, Facts.EVERY, held, "all-held", "some-held", "none-held");
        if (named instanceof FollowUp f) {
            e.arg("followUp", f.id()).arg("plannedFor", f.plannedFor());
        } else {
            Decision d = (Decision) named;
            e.arg("decision", d.id()).arg("plannedFor", d.followUpDate().orElseThrow());
        }
        return e.arg("asOf", view.asOf()).build();
    }

    /** Whether a follow-up has been held and concluded that the help must change or end. */
    private static boolean concludedChangeOrEnd(CaseView view, FollowUp f) {
        Optional<FollowUpOutcome> outcome = f.outcome();
        return outcome.isPresent()
                && (outcome.get() == FollowUpOutcome.CHANGE || outcome.get() == FollowUpOutcome.END)
                && Facts.isHeld(view, f);
    }

    private static Evaluation changeNeedsDecision(CaseView view) {
        Worst worst = new Worst("decided", "no-change-concluded");
        for (FollowUp f : view.eventsOf(FollowUp.class)) {
            if (!concludedChangeOrEnd(view, f)) {
                continue;
            }
            LocalDate held = f.heldOn().orElseThrow();
            LocalDate due = Facts.fourWeeksAfter(held);
            Optional<Decision> next = view.earliestOnOrAfter(Decision.class, held);
            Worst.Item item;
            if (next.isPresent()) {
                item = worst.item(Outcome.MET, "decided")
                        .evidence(f.id())
                        .evidence(next.get().id());
            } else if (view.asOf().isAfter(due)) {
                item = worst.item(Outcome.NOT_MET, "no-new-decision")
                        .evidence(f.id())
                        .arg("held", held);
            } else {
                item = worst.item(Outcome.NOT_APPLICABLE, "decision-pending").evidence(f.id());
            }
            item.arg("followUp", f.id()).arg("due", due);
        }
        return worst.result();
    }

    private static Evaluation reablement(CaseView view) {
        Optional<Decision> first = Facts.firstDecision(view);
        LocalDate by = first.map(Decision::date).orElse(view.asOf());
        for (Goal g : view.eventsOf(Goal.class)) {
            if (g.date().isAfter(by)) {
                break;
            }
            if (g.goalType() == GoalType.DEVELOP) {
                return Facts.onEvent(Outcome.MET, "develop-goal", "goal", g).build();
            }
        }
        Optional<Investigation> assessed = latestReablementAssessment(view, by);
        if (assessed.isPresent()
                && assessed.get().reablementAssessment().orElseThrow() == ReablementAssessment.NOT_SUITABLE) {
            return Facts.onEvent(Outcome.MET, "assessed-not-suitable", "investigation", assessed.get())
                    .build();
        }
        if (first.isEmpty()) {
            return Evaluation.insufficientData("not-yet");
        }
        if (assessed.isPresent()) {
            // judged able to improve function, yet decided with no goal to develop it recorded
            // the course may have been granted by that decision, its goals set when it starts, or declined
            return Evaluation.builder(Outcome.PARTLY_MET, "suitable-not-set-up")
                    .evidence(assessed.get().id())
                    .evidence(first.get().id())
                    .arg("investigation", assessed.get().id())
                    .arg("decision", first.get().id())
                    .build();
        }
        return Facts.onEvent(Outcome.NOT_MET, "no-develop-goal", "decision", first.get())
                .build();
    }

    /**
     * The latest investigation dated on or before a cut-off that records whether a reablement course can
     * improve function (SEL §83 a): the assessment that stands when the cut-off is reached.
     *
     * @param view the case
     * @param by the cut-off: the first decision's date, or the as-of date
     * @return that investigation, if any
     */
    private static Optional<Investigation> latestReablementAssessment(CaseView view, LocalDate by) {
        Optional<Investigation> latest = Optional.empty();
        for (Investigation i : view.eventsOf(Investigation.class)) {
            if (i.date().isAfter(by)) {
                break;
            }
            if (i.reablementAssessment().isPresent()) {
                latest = Optional.of(i);
            }
        }
        return latest;
    }
}
