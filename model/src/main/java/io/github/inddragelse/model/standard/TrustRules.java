package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.catalogue.StandardCatalogue.P4_OPENNESS_TRUST_RESPECT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRANSPARENCY;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRUST;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
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
import java.util.List;
import java.util.Optional;

/**
 * Rules for a trusting relationship (Borgeren i centrum): expectations about the process agreed
 * early, a caseworker the citizen knows how to reach, continuity of caseworker and a proper handover
 * when it changes, and adverse decisions explained in person. All are good practice and {@link
 * Severity#ADVISORY}.
 */
public final class TrustRules {

    private TrustRules() {}

    /**
     * The argument by which the messages of {@link #EXPECTATIONS_AGREED_EARLY} say what the evidence is:
     * {@value #BY_MEETING} or {@value #BY_GUIDANCE}.
     */
    static final String EXPECTATIONS_BY_ARG = "expectationsBy";

    /** {@value #EXPECTATIONS_BY_ARG} when a meeting on expectations with the citizen is the evidence. */
    static final String BY_MEETING = "meeting";

    /** {@value #EXPECTATIONS_BY_ARG} when guidance on the process and its timing is the evidence. */
    static final String BY_GUIDANCE = "guidance";

    /**
     * Expectations about the process and its timing are agreed with the citizen at a meeting, or the
     * citizen is at least guided on them, before the case work starts. A meeting on expectations is the
     * evidence of agreement, so it is preferred to guidance whenever that gives the same outcome: when
     * it came in time, or when neither did. The messages say which with {@value #EXPECTATIONS_BY_ARG}.
     */
    public static final Rule EXPECTATIONS_AGREED_EARLY = Rule.builder("expectations-agreed-early")
            .title("Forventninger er afstemt tidligt", "Expectations are agreed early")
            .description(
                    "Tjekker, at forventningerne til forløb og tidsramme er afstemt med borgeren på et møde om"
                            + " forventninger, eller at borgeren i det mindste er vejledt om forløb og tidsramme,"
                            + " senest når udredningen eller afgørelsen begynder. Mødet er beviset på, at"
                            + " forventningerne er afstemt; vejledningen alene er envejs. Findes begge, vurderes"
                            + " mødet, hvis det kom i tide, eller hvis ingen af dem gjorde; ellers vejledningen.",
                    "Checks that expectations about the process and its timing were agreed with the citizen at a"
                            + " meeting on expectations, or that the citizen was at least guided on the process and"
                            + " its timing, by the time the investigation or decision starts. The meeting is the"
                            + " evidence that expectations were agreed; guidance alone is one-way. When both exist,"
                            + " the meeting is judged if it came in time, or if neither did; otherwise the"
                            + " guidance.")
            .rationale(
                    "Borgeren i centrum lægger vægt på, at forventninger til forløb og tidsramme afstemmes tidligt."
                            + " Det bygger på vejledningspligten i forvaltningsloven §7 og fristerne i"
                            + " retssikkerhedsloven §3, og det forebygger mistillid, når sagen tager tid.",
                    "Borgeren i centrum stresses agreeing expectations about the process and its timing early. It"
                            + " builds on the duty to guide in forvaltningsloven §7 and the deadlines of"
                            + " retssikkerhedsloven §3, and it prevents mistrust when the case takes time.")
            .recommendation(
                    "Tal med borgeren i starten om, hvad der skal ske, hvornår og hvem der gør hvad.",
                    "Talk with the citizen at the start about what will happen, when, and who does what.")
            .serves(TRUST, TRANSPARENCY)
            .cites(LegalReferences.FVL_7, LegalReferences.RSL_3, LegalReferences.BORGEREN_I_CENTRUM)
            .severity(Severity.ADVISORY)
            .message(
                    "given",
                    "{" + EXPECTATIONS_BY_ARG + ", select, " + BY_MEETING + " {Forventningerne til forløb og"
                            + " tidsramme blev i tide afstemt med borgeren på et møde} other {Borgeren blev i tide"
                            + " vejledt om forløb og tidsramme}} ({event}, {date}).",
                    "{" + EXPECTATIONS_BY_ARG + ", select, " + BY_MEETING + " {Expectations about the process and"
                            + " its timing were agreed with the citizen in time at a meeting} other {The citizen was"
                            + " guided in time on the process and its timing}} ({event}, {date}).")
            .message(
                    "given-late",
                    "{" + EXPECTATIONS_BY_ARG + ", select, " + BY_MEETING + " {Forventningerne blev først afstemt"
                            + " med borgeren på et møde} other {Borgeren blev først vejledt om forløb og"
                            + " tidsramme}} ({event}, {date}), efter at sagsarbejdet var begyndt med {milestone}"
                            + " ({milestoneDate}).",
                    "{" + EXPECTATIONS_BY_ARG + ", select, " + BY_MEETING + " {Expectations were only agreed with"
                            + " the citizen at a meeting} other {The citizen was only guided on the process and its"
                            + " timing}} ({event}, {date}) after the case work had started with {milestone}"
                            + " ({milestoneDate}).")
            .message(
                    "not-given",
                    "Der er hverken holdt et møde om forventninger med borgeren eller givet vejledning om forløb og"
                            + " tidsramme, og sagsarbejdet er begyndt med {milestone} ({milestoneDate}).",
                    "There has been neither a meeting on expectations with the citizen nor guidance on the process"
                            + " and its timing, and the case work has started with {milestone} ({milestoneDate}).")
            .message(
                    "not-yet",
                    "Der er endnu hverken holdt et møde om forventninger eller givet vejledning om forløb og"
                            + " tidsramme, og sagsarbejdet er ikke begyndt.",
                    "There has been no meeting on expectations and no guidance on the process and its timing yet,"
                            + " and the case work has not started.")
            .evaluatedBy(TrustRules::expectations)
            .build();

    /** The citizen is told how to reach the caseworker before the case work starts. */
    public static final Rule CASEWORKER_REACHABLE = Rule.builder("caseworker-contact-known")
            .title("Borgeren ved, hvordan sagsbehandleren kontaktes", "The citizen knows how to reach the caseworker")
            .description(
                    "Tjekker, at borgeren er vejledt om, hvordan og hvornår sagsbehandleren kan kontaktes, senest når"
                            + " udredningen eller afgørelsen begynder.",
                    "Checks that the citizen was told how and when to reach the caseworker by the time the"
                            + " investigation or decision starts.")
            .rationale(
                    "En sagsbehandler, der er til at få fat i, er en af grundpillerne i en tillidsfuld relation i"
                            + " Borgeren i centrum, og vejledningspligten i forvaltningsloven §7 omfatter, hvordan"
                            + " borgeren kommer i kontakt med myndigheden.",
                    "A caseworker who can be reached is a cornerstone of a trusting relationship in Borgeren i"
                            + " centrum, and the duty to guide in forvaltningsloven §7 covers how the citizen gets in"
                            + " touch with the authority.")
            .recommendation(
                    "Giv borgeren sagsbehandlerens direkte kontaktoplysninger og faste tider.",
                    "Give the citizen the caseworker's direct contact details and regular times.")
            .serves(TRUST)
            .cites(LegalReferences.FVL_7, LegalReferences.BORGEREN_I_CENTRUM)
            .severity(Severity.ADVISORY)
            .message(
                    "given",
                    "Borgeren fik at vide, hvordan sagsbehandleren kontaktes ({event}, {date}).",
                    "The citizen was told how to reach the caseworker ({event}, {date}).")
            .message(
                    "given-late",
                    "Borgeren fik først kontaktoplysninger ({event}, {date}) efter {milestone} ({milestoneDate}).",
                    "The citizen was only given contact details ({event}, {date}) after {milestone}"
                            + " ({milestoneDate}).")
            .message(
                    "not-given",
                    "Der er ingen vejledning om kontakt til sagsbehandleren, og sagsarbejdet er begyndt med"
                            + " {milestone} ({milestoneDate}).",
                    "There is no guidance on reaching the caseworker, and the case work has started with"
                            + " {milestone} ({milestoneDate}).")
            .message(
                    "not-yet",
                    "Der er endnu ingen vejledning om kontakt, og sagsarbejdet er ikke begyndt.",
                    "There is no guidance on contact yet, and the case work has not started.")
            .evaluatedBy(view ->
                    Facts.doneBy(Facts.firstGuidanceOn(view, GuidanceTopic.CONTACT), Facts.caseWorkStarted(view)))
            .build();

    /** The citizen keeps the same caseworker: at most one change in the last twelve months. */
    public static final Rule CASEWORKER_CONTINUITY = Rule.builder("caseworker-continuity")
            .title("Fast sagsbehandler", "A fixed caseworker")
            .description(
                    "Tæller skift af sagsbehandler de seneste 12 måneder før vurderingsdatoen: intet skift er"
                            + " opfyldt, ét skift er delvist opfyldt, to eller flere er ikke opfyldt.",
                    "Counts changes of caseworker in the 12 months before the assessment date: no change is met, one"
                            + " change is partly met, two or more are not met.")
            .rationale(
                    "Kontinuitet med en kendt, fast sagsbehandler er en del af den tillidsfulde relation, som"
                            + " Borgeren i centrum sigter mod: borgeren skal ikke fortælle sin historie igen og igen,"
                            + " og tillid kræver tid med den samme person. Grænserne er bibliotekets"
                            + " operationalisering.",
                    "Continuity with a known, fixed caseworker is part of the trusting relationship that Borgeren i"
                            + " centrum aims at: the citizen should not have to tell their story again and again, and"
                            + " trust needs time with the same person. The thresholds are the library's"
                            + " operationalisation.")
            .recommendation(
                    "Undgå skift af sagsbehandler; når det er uundgåeligt, så sørg for en overlevering sammen med"
                            + " borgeren.",
                    "Avoid changing caseworker; when it cannot be avoided, hand over together with the citizen.")
            .serves(TRUST)
            .cites(LegalReferences.BORGEREN_I_CENTRUM)
            .severity(Severity.ADVISORY)
            .message("no-caseworker", "Sagen angiver ingen sagsbehandler.", "The case records no caseworker.")
            .message(
                    "stable",
                    "Sagsbehandleren er ikke skiftet i perioden {from} til {asOf}.",
                    "The caseworker has not changed between {from} and {asOf}.")
            .message(
                    "one-change",
                    "Sagsbehandleren er skiftet én gang i perioden {from} til {asOf} ({change}, {date}).",
                    "The caseworker changed once between {from} and {asOf} ({change}, {date}).")
            .message(
                    "frequent-changes",
                    "Sagsbehandleren er skiftet {count, plural, one {én gang} other {# gange}} i perioden {from}"
                            + " til {asOf}.",
                    "The caseworker changed {count, plural, one {once} other {# times}} between {from} and {asOf}.")
            .appliesWhen(view ->
                    hasCaseworker(view) ? Applicability.applies() : Applicability.insufficientData("no-caseworker"))
            .evaluatedBy(TrustRules::continuity)
            .build();

    /** A change of caseworker is told to the citizen and handed over together with them. */
    public static final Rule CASEWORKER_HANDOVER = Rule.builder("caseworker-change-handover")
            .title("Overlevering ved skift af sagsbehandler", "Handover when the caseworker changes")
            .description(
                    "Tjekker for hvert skift af sagsbehandler, at borgeren er informeret, og at overleveringen er"
                            + " sket sammen med borgeren.",
                    "Checks for every change of caseworker that the citizen was told, and that the handover was"
                            + " done together with the citizen.")
            .rationale(
                    "Et skift af sagsbehandler bryder relationen. Når borgeren er med i overleveringen, bevares"
                            + " tilliden og viden om borgerens ønsker, og borgeren mødes med åbenhed og respekt.",
                    "A change of caseworker breaks the relationship. When the citizen is part of the handover, trust"
                            + " and knowledge of the citizen's wishes are kept, and the citizen is met with openness"
                            + " and respect.")
            .recommendation(
                    "Informér borgeren i god tid, og hold et overleveringsmøde med både den gamle og den nye"
                            + " sagsbehandler.",
                    "Tell the citizen in good time, and hold a handover meeting with both the old and the new"
                            + " caseworker.")
            .serves(TRUST, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.BORGEREN_I_CENTRUM)
            .reads(
                    RecordedFact.CASEWORKER_CHANGE_CITIZEN_INFORMED,
                    RecordedFact.CASEWORKER_CHANGE_HANDOVER_WITH_CITIZEN)
            .severity(Severity.ADVISORY)
            .message(
                    "no-change",
                    "Der har ikke været skift af sagsbehandler.",
                    "There has been no change of caseworker.")
            .message(
                    "handed-over",
                    "{count, plural, one {Skiftet af sagsbehandler blev} =2 {Begge skift af sagsbehandler"
                            + " blev} other {Alle # skift af sagsbehandler blev}} overleveret sammen med borgeren.",
                    "{count, plural, one {The change of caseworker was} =2 {Both changes of"
                            + " caseworker were} other {All # changes of caseworker were}}"
                            + " handed over together with the citizen.")
            .message(
                    "informed-only",
                    "Ved skift {change} ({date}) blev borgeren informeret, men overleveringen skete uden borgeren.",
                    "At change {change} ({date}) the citizen was told, but the handover took place without the"
                            + " citizen.")
            // the citizen was told, as recorded: only the handover is in question
            .restsOn("informed-only", RecordedFact.CASEWORKER_CHANGE_HANDOVER_WITH_CITIZEN)
            .message(
                    "not-informed",
                    "Ved skift {change} ({date}) blev borgeren hverken informeret eller inddraget i overleveringen.",
                    "At change {change} ({date}) the citizen was neither told nor included in the handover.")
            .appliesWhen(view -> view.has(CaseworkerChange.class)
                    ? Applicability.applies()
                    : Applicability.notApplicable("no-change"))
            .evaluatedBy(view -> {
                Worst worst = new Worst("handed-over", "no-change");
                for (CaseworkerChange c : view.eventsOf(CaseworkerChange.class)) {
                    Worst.Item item = c.handoverWithCitizen()
                            ? worst.item(Outcome.MET, "handed-over")
                            : c.citizenInformed()
                                    ? worst.item(Outcome.PARTLY_MET, "informed-only")
                                    : worst.item(Outcome.NOT_MET, "not-informed");
                    item.evidence(c.id()).arg("change", c.id()).arg("date", c.date());
                }
                return worst.result();
            })
            .build();

    /** Every adverse decision is explained to the citizen in person. */
    public static final Rule DECISION_EXPLAINED = Rule.builder("decision-explained-in-person")
            .title("Afgørelsen er forklaret personligt", "The decision is explained in person")
            .description(
                    "Tjekker, om afgørelser, der ikke giver fuldt medhold, også er forklaret for borgeren personligt"
                            + " (møde eller telefon), ikke kun sendt som brev.",
                    "Checks whether decisions that do not fully grant the request were also explained to the"
                            + " citizen in person (a meeting or a call), not only sent as a letter.")
            .rationale(
                    "Et afslag, der kun kommer med posten, er svært at forstå og skaber afstand. Når afgørelsen"
                            + " forklares personligt, kan borgeren stille spørgsmål, og vejledningspligten i"
                            + " forvaltningsloven §7 og kravet om et forståeligt sprog bliver til virkelighed.",
                    "A rejection that only arrives by post is hard to understand and creates distance. When the"
                            + " decision is explained in person, the citizen can ask questions, and the duty to guide"
                            + " in forvaltningsloven §7 and the need for understandable language come to life.")
            .recommendation(
                    "Ring til eller mød borgeren, når en afgørelse ikke giver fuldt medhold, og forklar den.",
                    "Call or meet the citizen when a decision does not fully grant the request, and explain it.")
            .serves(TRUST, TRANSPARENCY, P4_OPENNESS_TRUST_RESPECT)
            .cites(LegalReferences.FVL_7, LegalReferences.PLAIN_LANGUAGE)
            .reads(RecordedFact.DECISION_EXPLAINED_IN_PERSON)
            .severity(Severity.ADVISORY)
            .message(Facts.NO_ADVERSE_DECISION, Facts.NO_ADVERSE_DECISION_DA, Facts.NO_ADVERSE_DECISION_EN)
            .message(
                    "explained",
                    "{total, plural, one {Afgørelsen uden fuldt medhold blev} =2 {Begge afgørelser uden"
                            + " fuldt medhold blev} other {Alle # afgørelser uden fuldt medhold blev}} forklaret personligt.",
                    "{total, plural, one {The decision not fully granting the request was} =2 {Both"
                            + " decisions not fully granting the request were} other {All # decisions not fully"
                            + " granting the request were}} explained in person.")
            .message(
                    "explained-some",
                    "{missing} af {total, plural, one {# afgørelse} other {# afgørelser}} uden fuldt medhold blev"
                            + " ikke forklaret personligt.",
                    "{missing} of {total, plural, one {# decision} other {# decisions}} not fully granting the"
                            + " request {missing, plural, one {was} other {were}} not explained in person.")
            .message(
                    "explained-none",
                    "{total, plural, one {Afgørelsen uden fuldt medhold blev ikke forklaret personligt}"
                            + " =2 {Ingen af de to afgørelser uden fuldt medhold blev forklaret personligt} other {Ingen"
                            + " af de # afgørelser uden fuldt medhold blev forklaret personligt}}.",
                    "{total, plural, one {The decision not fully granting the request was not explained in person}"
                            + " =2 {Neither of the two decisions not fully granting the request was explained in"
                            + " person} other {None of the # decisions not fully granting the request was explained"
                            + " in person}}.")
            .appliesWhen(Facts::whenAdverseDecision)
            .evaluatedBy(view -> Facts.share(
                    view.adverseDecisions(),
                    Decision::explainedInPerson,
                    "explained",
                    "explained-some",
                    "explained-none"))
            .build();

    private static final List<Rule> ALL = List.of(
            EXPECTATIONS_AGREED_EARLY,
            CASEWORKER_REACHABLE,
            CASEWORKER_CONTINUITY,
            CASEWORKER_HANDOVER,
            DECISION_EXPLAINED);

    /**
     * The trust rules, in a fixed order.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * Judges by {@link Facts#doneBy} the meeting on expectations, or the guidance on the process and its
     * timing where only the guidance came in time or there is no such meeting, and says which.
     */
    private static Evaluation expectations(CaseView view) {
        Optional<Meeting> meeting = firstExpectationsMeeting(view);
        Optional<Guidance> guidance = Facts.firstGuidanceOn(view, GuidanceTopic.PROCESS_AND_TIMING);
        Optional<CaseEvent> started = Facts.caseWorkStarted(view);
        boolean byMeeting = meeting.isPresent()
                && (guidance.isEmpty()
                        || Facts.doneInTime(meeting.get(), started)
                        || !Facts.doneInTime(guidance.get(), started));
        Evaluation e = Facts.doneBy(byMeeting ? meeting : guidance, started);
        if (!byMeeting && guidance.isEmpty()) {
            return e;
        }
        return e.withArg(EXPECTATIONS_BY_ARG, byMeeting ? BY_MEETING : BY_GUIDANCE);
    }

    private static Optional<Meeting> firstExpectationsMeeting(CaseView view) {
        for (Meeting m : view.withCitizen(Meeting.class)) {
            if (m.purpose() == MeetingPurpose.EXPECTATIONS) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static boolean hasCaseworker(CaseView view) {
        return !view.participantsWithRole(Role.CASEWORKER).isEmpty();
    }

    private static Evaluation continuity(CaseView view) {
        LocalDate yearAgo = Facts.yearUpTo(view.asOf());
        LocalDate opened = view.process().openedOn();
        LocalDate from = opened.isAfter(yearAgo) ? opened : yearAgo;
        List<CaseworkerChange> changes = view.between(CaseworkerChange.class, from, view.asOf());
        Evaluation.Builder e;
        if (changes.isEmpty()) {
            e = Evaluation.builder(Outcome.MET, "stable");
        } else if (changes.size() == 1) {
            CaseworkerChange c = changes.get(0);
            e = Evaluation.builder(Outcome.PARTLY_MET, "one-change")
                    .arg("change", c.id())
                    .arg("date", c.date());
        } else {
            e = Evaluation.builder(Outcome.NOT_MET, "frequent-changes").arg("count", changes.size());
        }
        for (CaseworkerChange c : changes) {
            e.evidence(c.id());
        }
        return e.arg("from", from).arg("asOf", view.asOf()).build();
    }
}
