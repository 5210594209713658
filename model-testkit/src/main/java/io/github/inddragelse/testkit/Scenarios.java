package io.github.inddragelse.testkit;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.Adaptation;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseStatus;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.ContactKind;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.EvidenceBase;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.InformationGathering;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.MethodApplied;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.ProgressMeasurement;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ready-made, readable, deterministic example cases, built with the model's builders (not random).
 * The people and the text are invented; the Danish text is written to read credibly to a caseworker.
 * Each scenario comes as a {@link CaseUnderTest}: the process and the date to assess it as of.
 *
 * <pre>{@code
 * CaseUnderTest scenario = Scenarios.rejectionWithoutHearingOrComplaintGuidance();
 * Assessment assessment = assessor.assess(scenario.process(), scenario.asOf());
 * assertThat(scenario.defects())
 *         .containsExactly(Defect.NO_HEARING_BEFORE_REJECTION, Defect.NO_COMPLAINT_GUIDANCE);
 * }</pre>
 *
 * <p>Six cases are written out in full ({@link #exemplary()}, {@link #openingOnly()} and one per
 * target group); the defective ones are those cases with one thing changed, so that a test can compare
 * the two and see that only the defect differs.
 */
public final class Scenarios {

    private static final String CITIZEN = "borger-1";
    private static final String CASEWORKER = "sagsbehandler-1";
    private static final String PROVIDER = "udfoerer-1";
    private static final Set<Adaptation> PLAIN = Set.of(Adaptation.PLAIN_LANGUAGE);

    private Scenarios() {}

    /**
     * A model case: a 34-year-old man with anxiety and depression, discharged from psychiatric
     * hospital, applies for socio-pedagogical support (SEL §85, Aarhus). He is guided about his rights
     * and a companion; meetings are prepared with him at a place he chooses; his sister and regional
     * psychiatry take part as he wishes; the investigation records his wishes in his own words, his
     * resources and network; goals come from his wishes; the decision is explained in person, in plain
     * language, within the 8-week deadline; an action plan is made with him; the order to the provider
     * carries the goals; a documented method (IMR) is used; progress is measured; the follow-up is
     * held on time and the next one planned.
     *
     * <p>Exercises every element and principle at its best; no {@link Defect}. Opened 2026-01-12,
     * decided 2026-03-09, followed up 2026-06-09. <b>Assess as of 2026-06-23.</b>
     *
     * @return the case
     */
    public static CaseUnderTest exemplary() {
        LocalDate decided = LocalDate.of(2026, 3, 9);
        List<CaseEvent> events = List.of(
                Contact.builder()
                        .id("kontakt-1")
                        .date(LocalDate.of(2026, 1, 12))
                        .participantIds(List.of(CITIZEN, CASEWORKER))
                        .contactKind(ContactKind.APPLICATION)
                        .reason("Ansøgning om socialpædagogisk støtte i eget hjem efter udskrivning fra"
                                + " psykiatrisk afdeling.")
                        .citizensOwnNeed("Jeg har brug for hjælp til at få struktur på min hverdag, så jeg ikke"
                                + " bliver indlagt igen.")
                        .build(),
                guidance("vejledning-1", LocalDate.of(2026, 1, 14), CITIZEN, CASEWORKER),
                meeting(
                        "moede-1",
                        LocalDate.of(2026, 1, 21),
                        MeetingPurpose.EXPECTATIONS,
                        PLAIN,
                        CITIZEN,
                        CASEWORKER,
                        "bisidder-1"),
                InformationGathering.builder()
                        .id("indhentning-1")
                        .date(LocalDate.of(2026, 1, 28))
                        .addParticipantId(CASEWORKER)
                        .source(Actor.REGIONAL_PSYCHIATRY)
                        .sourceParticipantId("psykiatri-1")
                        .consentObtained(true)
                        .purpose("Epikrise og behandlingsplan fra regionspsykiatrien, indhentet med samtykke.")
                        .build(),
                meeting(
                        "moede-2",
                        LocalDate.of(2026, 2, 4),
                        MeetingPurpose.INVESTIGATION,
                        PLAIN,
                        CITIZEN,
                        CASEWORKER,
                        "paaroerende-1"),
                Investigation.builder()
                        .id("udredning-1")
                        .date(LocalDate.of(2026, 2, 18))
                        .participantIds(List.of(CITIZEN, CASEWORKER))
                        .addLifeArea(area(
                                LifeArea.MENTAL_FUNCTIONS,
                                FunctionLevel.SEVERE,
                                SupportNeed.HIGH,
                                "Kender sine advarselstegn og ved, at gåture hjælper.",
                                "Angst og tankemylder gør det svært at overskue dagen."))
                        .addLifeArea(area(
                                LifeArea.PRACTICAL_TASKS,
                                FunctionLevel.MODERATE,
                                SupportNeed.MODERATE,
                                "Er god til at lave mad, når der er en plan.",
                                "Post og regninger hober sig op."))
                        .addLifeArea(area(
                                LifeArea.COMMUNITY_LIFE,
                                FunctionLevel.MODERATE,
                                SupportNeed.MODERATE,
                                "Har spillet fodbold i mange år og savner holdet.",
                                "Har ikke deltaget i fællesskaber siden indlæggelsen."))
                        .citizensWishes("Jeg drømmer om at få et arbejde, hvor jeg kan bruge mine hænder, og om at"
                                + " spille fodbold igen.")
                        .wishesInOwnWords(true)
                        .resources("Åben om sin sygdom, tæt kontakt til sin søster, uddannet tømrer.")
                        .networkMapped(true)
                        .earlyOffersConsidered(true)
                        .allOptionsConsidered(true)
                        .professionalJudgement("Betydelige vanskeligheder med at strukturere hverdagen, men stor"
                                + " motivation. Støtte 4 timer ugentligt vurderes at fremme recovery.")
                        .build(),
                meeting(
                        "moede-3",
                        LocalDate.of(2026, 2, 25),
                        MeetingPurpose.NETWORK,
                        PLAIN,
                        CITIZEN,
                        CASEWORKER,
                        "paaroerende-1",
                        "psykiatri-1"),
                goal(
                        "maal-1",
                        LocalDate.of(2026, 2, 25),
                        LifeArea.PRACTICAL_TASKS,
                        "Åbner selv post og betaler regninger med støtte hver anden uge."),
                goal(
                        "maal-2",
                        LocalDate.of(2026, 2, 25),
                        LifeArea.COMMUNITY_LIFE,
                        "Træner med et lokalt fodboldhold mindst én gang om ugen."),
                Coordination.builder()
                        .id("koordinering-1")
                        .date(LocalDate.of(2026, 3, 2))
                        .participantIds(List.of(CASEWORKER, "psykiatri-1"))
                        .counterpart(Actor.REGIONAL_PSYCHIATRY)
                        .counterpartParticipantId("psykiatri-1")
                        .sharedGoals(true)
                        .topic("Fælles plan for behandling og støtte, så indsatserne hænger sammen.")
                        .build(),
                meeting("moede-4", decided, MeetingPurpose.DECISION, PLAIN, CITIZEN, CASEWORKER, "bisidder-1"),
                granted("afgoerelse-1", decided, LegalReferences.SEL_85, LocalDate.of(2026, 6, 8), true),
                FollowUp.builder()
                        .id("opfoelgning-1")
                        .date(decided)
                        .participantIds(List.of(CITIZEN, CASEWORKER, PROVIDER))
                        .plannedFor(LocalDate.of(2026, 6, 8))
                        .heldOn(LocalDate.of(2026, 6, 9))
                        .goalsReviewedWithCitizen(true)
                        .providerStatusCollected(true)
                        .outcome(FollowUpOutcome.CONTINUE)
                        .note("Borgeren betaler nu selv regninger og træner fast; støtten fortsætter.")
                        .build(),
                actionPlan("handleplan-1", LocalDate.of(2026, 3, 12), PlanResponse.ACCEPTED),
                order("bestilling-1", LocalDate.of(2026, 3, 16), "maal-1", "maal-2"),
                Coordination.builder()
                        .id("koordinering-2")
                        .date(LocalDate.of(2026, 3, 20))
                        .participantIds(List.of(CITIZEN, CASEWORKER, PROVIDER))
                        .counterpart(Actor.PROVIDER)
                        .counterpartParticipantId(PROVIDER)
                        .sharedGoals(true)
                        .topic("Opstartsmøde hos bostøtten: mål, formål og hvordan borgeren vil arbejde med dem.")
                        .build(),
                method(
                        "metode-1",
                        LocalDate.of(2026, 4, 6),
                        "IMR – Illness Management and Recovery",
                        EvidenceBase.DOCUMENTED),
                ProgressMeasurement.builder()
                        .id("maaling-1")
                        .date(LocalDate.of(2026, 6, 1))
                        .participantIds(List.of(CITIZEN, PROVIDER))
                        .instrument("FFB funktionsniveau")
                        .lifeArea(LifeArea.PRACTICAL_TASKS)
                        .before(FunctionLevel.MODERATE)
                        .after(FunctionLevel.MILD)
                        .build(),
                meeting(
                        "moede-5",
                        LocalDate.of(2026, 6, 9),
                        MeetingPurpose.FOLLOW_UP,
                        PLAIN,
                        CITIZEN,
                        CASEWORKER,
                        PROVIDER),
                nextFollowUp("opfoelgning-2", LocalDate.of(2026, 6, 9), LocalDate.of(2026, 12, 7)));
        return CaseUnderTest.of(CaseProcess.builder()
                .caseId("sag-2026-0117")
                .citizenId(CITIZEN)
                .municipality("0751")
                .addTargetGroup(TargetGroup.MENTAL_HEALTH)
                .addAppliedFor(LegalReferences.SEL_85)
                .openedOn(LocalDate.of(2026, 1, 12))
                .processingDeadline(Period.ofWeeks(8))
                .status(CaseStatus.DECIDED)
                .currentPhase(Phase.FOLLOW_UP)
                .addParticipant(citizen())
                .addParticipant(caseworker())
                .addParticipant(relative("paaroerende-1", "Borgerens søster"))
                .addParticipant(companion())
                .addParticipant(authority("psykiatri-1", Actor.REGIONAL_PSYCHIATRY))
                .addParticipant(provider())
                .events(events)
                .build());
    }

    /**
     * Just opened: a young woman with an intellectual disability asks for help with her letters and
     * money, and is guided in easy-read about her rights, the process and a companion. Nothing can be
     * judged about the investigation or the decision yet: rules about later phases should find no
     * evidence rather than a failure.
     *
     * <p>No {@link Defect}. Opened 2026-05-04. <b>Assess as of 2026-05-18.</b>
     *
     * @return the case
     */
    public static CaseUnderTest openingOnly() {
        LocalDate opened = LocalDate.of(2026, 5, 4);
        return CaseUnderTest.of(CaseProcess.builder()
                .caseId("sag-2026-0388")
                .citizenId(CITIZEN)
                .municipality("0766")
                .addTargetGroup(TargetGroup.INTELLECTUAL_DISABILITY)
                .openedOn(opened)
                .processingDeadline(Period.ofWeeks(8))
                .addCommunicationNeed(CommunicationNeed.EASY_READ)
                .addParticipant(citizen())
                .addParticipant(caseworker())
                .addEvent(Contact.builder()
                        .id("kontakt-1")
                        .date(opened)
                        .participantIds(List.of(CITIZEN, CASEWORKER))
                        .contactKind(ContactKind.INQUIRY)
                        .reason("Borgeren henvender sig selv om hjælp til breve og økonomi.")
                        .citizensOwnNeed("Jeg kan ikke finde ud af brevene. Jeg vil gerne have hjælp til det.")
                        .build())
                .addEvent(guidance("vejledning-1", opened, CITIZEN, CASEWORKER))
                .build());
    }

    /**
     * Physical disability, a rejection handled correctly: a 52-year-old woman with multiple sclerosis
     * applies for a companion scheme (ledsageordning, SEL §97, Roskilde). The investigation finds she
     * moves outdoors on her own with an electric wheelchair, so the municipality intends to refuse.
     * She is heard (FVL §19) and answers; the rejection gives full reasons (FVL §§22-24) and complaint
     * guidance (FVL §25); she complains, the municipality reconsiders within four weeks (RSL §§66-67),
     * upholds and sends the case on to Ankestyrelsen.
     *
     * <p>No {@link Defect}. Opened 2026-02-02, rejected 2026-03-26, complaint sent on 2026-05-06.
     * <b>Assess as of 2026-05-20.</b>
     *
     * @return the case
     */
    public static CaseUnderTest physicalDisability() {
        LocalDate decided = LocalDate.of(2026, 3, 26);
        return CaseUnderTest.of(CaseProcess.builder()
                .caseId("sag-2026-0042")
                .citizenId(CITIZEN)
                .municipality("0265")
                .addTargetGroup(TargetGroup.PHYSICAL_DISABILITY)
                .addAppliedFor(LegalReferences.SEL_97)
                .openedOn(LocalDate.of(2026, 2, 2))
                .processingDeadline(Period.ofWeeks(8))
                .status(CaseStatus.DECIDED)
                .currentPhase(Phase.DECISION)
                .addParticipant(citizen())
                .addParticipant(caseworker())
                .addParticipant(companion())
                .addEvent(Contact.builder()
                        .id("kontakt-1")
                        .date(LocalDate.of(2026, 2, 2))
                        .participantIds(List.of(CITIZEN, CASEWORKER))
                        .contactKind(ContactKind.APPLICATION)
                        .reason("Ansøgning om ledsagelse 15 timer om måneden efter serviceloven § 97.")
                        .citizensOwnNeed("Jeg vil gerne kunne komme til koncerter og besøge venner uden at skulle"
                                + " spørge min mand hver gang.")
                        .build())
                .addEvent(guidance("vejledning-1", LocalDate.of(2026, 2, 3), CITIZEN, CASEWORKER))
                .addEvent(meeting(
                        "moede-1",
                        LocalDate.of(2026, 2, 16),
                        MeetingPurpose.INVESTIGATION,
                        Set.of(Adaptation.PLAIN_LANGUAGE, Adaptation.EXTRA_TIME),
                        CITIZEN,
                        CASEWORKER,
                        "bisidder-1"))
                .addEvent(InformationGathering.builder()
                        .id("indhentning-1")
                        .date(LocalDate.of(2026, 2, 20))
                        .addParticipantId(CASEWORKER)
                        .source(Actor.HOSPITAL)
                        .consentObtained(true)
                        .purpose("Status fra neurologisk ambulatorium om gangfunktion og prognose.")
                        .build())
                .addEvent(Investigation.builder()
                        .id("udredning-1")
                        .date(LocalDate.of(2026, 3, 2))
                        .participantIds(List.of(CITIZEN, CASEWORKER))
                        .addLifeArea(area(
                                LifeArea.PHYSICAL_FUNCTIONS,
                                FunctionLevel.SEVERE,
                                SupportNeed.HIGH,
                                "God armkraft; kører selv el-kørestolen.",
                                "Kan ikke gå mere end få skridt; hurtig udtrætning."))
                        .addLifeArea(area(
                                LifeArea.MOBILITY,
                                FunctionLevel.MODERATE,
                                SupportNeed.MILD,
                                "Kører selv med el-kørestol i lokalområdet og bruger handicapkørsel.",
                                "Har brug for hjælp ved trapper og i ukendte omgivelser."))
                        .addLifeArea(area(
                                LifeArea.COMMUNITY_LIFE,
                                FunctionLevel.MILD,
                                SupportNeed.MILD,
                                "Aktiv i en koncertforening og i sin kirke.",
                                "Går glip af arrangementer om aftenen."))
                        .citizensWishes("Jeg vil blive ved med at gå til koncerter og synge i koret, selv om"
                                + " benene ikke kan mere.")
                        .wishesInOwnWords(true)
                        .resources("Stærkt netværk, godt overblik over egne behov, bruger hjælpemidler sikkert.")
                        .networkMapped(true)
                        .earlyOffersConsidered(true)
                        .allOptionsConsidered(true)
                        .professionalJudgement("Borgeren færdes selvstændigt udendørs med el-kørestol og"
                                + " handicapkørsel og er derfor ikke i målgruppen for § 97.")
                        .build())
                .addEvent(Hearing.builder()
                        .id("partshoering-1")
                        .date(LocalDate.of(2026, 3, 9))
                        .participantIds(List.of(CITIZEN, CASEWORKER))
                        .provision(LegalReferences.SEL_97)
                        .informationSent("Udkast til afgørelse, udredningen og status fra neurologisk ambulatorium.")
                        .responseDeadline(LocalDate.of(2026, 3, 23))
                        .respondedOn(LocalDate.of(2026, 3, 18))
                        .response("Borgeren fremhæver, at hun ikke kan komme ind i koncertsalen uden hjælp.")
                        .build())
                .addEvent(Decision.builder()
                        .id("afgoerelse-1")
                        .date(decided)
                        .addParticipantId(CASEWORKER)
                        .provision(LegalReferences.SEL_97)
                        .outcome(DecisionOutcome.REJECTED)
                        .reasonsCiteRules(true)
                        .reasonsStateConsiderations(true)
                        .reasonsStateFacts(true)
                        .reasons("Afslaget bygger på serviceloven § 97 og Ankestyrelsens praksis. Vi har lagt"
                                + " vægt på, at du selv kan færdes udendørs med el-kørestol, og på dine"
                                + " bemærkninger i partshøringen om adgang til koncertsale.")
                        .plainLanguage(true)
                        .complaintGuidance(true)
                        .build())
                .addEvent(Complaint.builder()
                        .id("klage-1")
                        .date(LocalDate.of(2026, 4, 13))
                        .participantIds(List.of(CITIZEN, "bisidder-1"))
                        .decisionId("afgoerelse-1")
                        .reconsideredOn(LocalDate.of(2026, 5, 4))
                        .reconsiderationOutcome(ReconsiderationOutcome.UPHELD)
                        .forwardedOn(LocalDate.of(2026, 5, 6))
                        .note("Borgeren klager over afslaget med hjælp fra sin bisidder.")
                        .build())
                .build());
    }

    /**
     * Intellectual disability: a 19-year-old woman moving away from her parents is granted
     * socio-pedagogical support (SEL §85, Hedensted). Letters and meetings use easy-read and pictures,
     * with extra time; her mother takes part as she wishes; her function in practical tasks is severely
     * reduced, so an action plan is offered (SEL §141) and accepted; the order carries her goals; the
     * support staff work with KRAP. The follow-up is planned for 2026-07-20.
     *
     * <p>No {@link Defect}. Opened 2026-03-02, decided 2026-04-20. <b>Assess as of 2026-06-03.</b>
     *
     * @return the case
     */
    public static CaseUnderTest intellectualDisability() {
        LocalDate decided = LocalDate.of(2026, 4, 20);
        Set<Adaptation> adapted =
                Set.of(Adaptation.EASY_READ, Adaptation.PICTURES, Adaptation.EXTRA_TIME, Adaptation.PLAIN_LANGUAGE);
        return CaseUnderTest.of(CaseProcess.builder()
                .caseId("sag-2026-0213")
                .citizenId(CITIZEN)
                .municipality("0766")
                .addTargetGroup(TargetGroup.INTELLECTUAL_DISABILITY)
                .addAppliedFor(LegalReferences.SEL_85)
                .openedOn(LocalDate.of(2026, 3, 2))
                .processingDeadline(Period.ofWeeks(10))
                .status(CaseStatus.DECIDED)
                .currentPhase(Phase.DELIVERY)
                .addCommunicationNeeds(CommunicationNeed.EASY_READ, CommunicationNeed.PICTURES)
                .addParticipant(citizen())
                .addParticipant(caseworker())
                .addParticipant(relative("paaroerende-1", "Borgerens mor"))
                .addParticipant(provider())
                .addEvent(Contact.builder()
                        .id("kontakt-1")
                        .date(LocalDate.of(2026, 3, 2))
                        .participantIds(List.of(CITIZEN, CASEWORKER, "paaroerende-1"))
                        .contactKind(ContactKind.APPLICATION)
                        .reason("Ansøgning om bostøtte, da borgeren er fyldt 18 og flytter i egen lejlighed.")
                        .citizensOwnNeed("Jeg vil bo selv ligesom min bror. Jeg skal have hjælp til at handle og"
                                + " til pengene.")
                        .build())
                .addEvent(guidance("vejledning-1", LocalDate.of(2026, 3, 2), CITIZEN, CASEWORKER))
                .addEvent(meeting(
                        "moede-1",
                        LocalDate.of(2026, 3, 11),
                        MeetingPurpose.EXPECTATIONS,
                        adapted,
                        CITIZEN,
                        CASEWORKER,
                        "paaroerende-1"))
                .addEvent(InformationGathering.builder()
                        .id("indhentning-1")
                        .date(LocalDate.of(2026, 3, 18))
                        .addParticipantId(CASEWORKER)
                        .source(Actor.NETWORK)
                        .sourceParticipantId("paaroerende-1")
                        .consentObtained(true)
                        .purpose("Morens beskrivelse af hverdagen hjemme, efter borgerens ønske.")
                        .build())
                .addEvent(meeting(
                        "moede-2",
                        LocalDate.of(2026, 3, 25),
                        MeetingPurpose.INVESTIGATION,
                        adapted,
                        CITIZEN,
                        CASEWORKER))
                .addEvent(Investigation.builder()
                        .id("udredning-1")
                        .date(LocalDate.of(2026, 4, 8))
                        .participantIds(List.of(CITIZEN, CASEWORKER))
                        .addLifeArea(area(
                                LifeArea.PRACTICAL_TASKS,
                                FunctionLevel.SEVERE,
                                SupportNeed.HIGH,
                                "Laver gerne mad efter billedopskrifter.",
                                "Kan ikke selv holde styr på penge, regninger og indkøb."))
                        .addLifeArea(area(
                                LifeArea.COMMUNICATION,
                                FunctionLevel.MODERATE,
                                SupportNeed.MODERATE,
                                "Forstår meget, når der bruges billeder og korte sætninger.",
                                "Har svært ved at forstå breve fra kommunen."))
                        .addLifeArea(area(
                                LifeArea.COMMUNITY_LIFE,
                                FunctionLevel.MILD,
                                SupportNeed.MILD,
                                "Spiller håndbold og er glad for holdet.",
                                "Tør ikke tage bussen alene til nye steder."))
                        .citizensWishes("Jeg vil have mit eget sted med min kat og arbejde i et køkken.")
                        .wishesInOwnWords(true)
                        .resources("Glad, social og arbejdsom, har faste rutiner og en familie, der bakker op.")
                        .networkMapped(true)
                        .earlyOffersConsidered(true)
                        .allOptionsConsidered(true)
                        .professionalJudgement("Behov for støtte til økonomi og praktiske opgaver for at kunne bo i"
                                + " egen bolig; støtten gives med billeder og faste rutiner.")
                        .build())
                .addEvent(goal(
                        "maal-1",
                        LocalDate.of(2026, 4, 15),
                        LifeArea.PRACTICAL_TASKS,
                        "Handler selv ind én gang om ugen efter en billedliste."))
                .addEvent(goal(
                        "maal-2",
                        LocalDate.of(2026, 4, 15),
                        LifeArea.COMMUNITY_LIFE,
                        "Tager selv bussen til håndbold hver tirsdag."))
                .addEvent(meeting(
                        "moede-3", decided, MeetingPurpose.DECISION, adapted, CITIZEN, CASEWORKER, "paaroerende-1"))
                .addEvent(granted("afgoerelse-1", decided, LegalReferences.SEL_85, LocalDate.of(2026, 7, 20), true))
                .addEvent(nextFollowUp("opfoelgning-1", decided, LocalDate.of(2026, 7, 20)))
                .addEvent(actionPlan("handleplan-1", LocalDate.of(2026, 4, 24), PlanResponse.ACCEPTED))
                .addEvent(order("bestilling-1", LocalDate.of(2026, 4, 29), "maal-1", "maal-2"))
                .addEvent(method(
                        "metode-1",
                        LocalDate.of(2026, 5, 20),
                        "KRAP – kognitiv, ressourcefokuseret og anerkendende pædagogik",
                        EvidenceBase.PRACTICE_BASED))
                .build());
    }

    /**
     * Mental health, with a language interpreter: a 41-year-old Arabic-speaking man with PTSD,
     * referred by regional psychiatry, applies for socio-pedagogical support (SEL §85, Odense). A
     * professional interpreter takes part in every meeting; regional psychiatry is involved; he is
     * heard before a partial grant (3 of the 5 hours a week he asked for), which gives full reasons and
     * complaint guidance; an action plan is made with him; the provider uses Critical Time
     * Intervention.
     *
     * <p>No {@link Defect}. Opened 2026-01-19, decided 2026-03-26. <b>Assess as of 2026-05-11.</b>
     *
     * @return the case
     */
    public static CaseUnderTest mentalHealth() {
        LocalDate decided = LocalDate.of(2026, 3, 26);
        return CaseUnderTest.of(CaseProcess.builder()
                .caseId("sag-2026-0071")
                .citizenId(CITIZEN)
                .municipality("0461")
                .addTargetGroup(TargetGroup.MENTAL_HEALTH)
                .addAppliedFor(LegalReferences.SEL_85)
                .openedOn(LocalDate.of(2026, 1, 19))
                .processingDeadline(Period.ofWeeks(12))
                .status(CaseStatus.DECIDED)
                .currentPhase(Phase.DELIVERY)
                .addCommunicationNeed(CommunicationNeed.LANGUAGE_INTERPRETER)
                .addParticipant(citizen())
                .addParticipant(caseworker())
                .addParticipant(Participant.builder()
                        .id("tolk-1")
                        .role(Role.INTERPRETER)
                        .interpretation(InterpretationKind.LANGUAGE)
                        .description("Professionel arabisk tolk via kommunens tolkeaftale.")
                        .build())
                .addParticipant(authority("psykiatri-1", Actor.REGIONAL_PSYCHIATRY))
                .addParticipant(provider())
                .addEvent(Contact.builder()
                        .id("kontakt-1")
                        .date(LocalDate.of(2026, 1, 19))
                        .participantIds(List.of(CASEWORKER, "psykiatri-1"))
                        .contactKind(ContactKind.NOTIFICATION)
                        .reason("Henvendelse fra distriktspsykiatrien med borgerens samtykke om behov for støtte i"
                                + " hverdagen.")
                        .citizensOwnNeed("Jeg vil gerne sove om natten og kunne gå i byen uden at være bange.")
                        .build())
                .addEvent(guidance("vejledning-1", LocalDate.of(2026, 1, 21), CITIZEN, CASEWORKER, "tolk-1"))
                .addEvent(meeting(
                        "moede-1",
                        LocalDate.of(2026, 2, 2),
                        MeetingPurpose.EXPECTATIONS,
                        PLAIN,
                        CITIZEN,
                        CASEWORKER,
                        "tolk-1"))
                .addEvent(InformationGathering.builder()
                        .id("indhentning-1")
                        .date(LocalDate.of(2026, 2, 9))
                        .addParticipantId(CASEWORKER)
                        .source(Actor.REGIONAL_PSYCHIATRY)
                        .sourceParticipantId("psykiatri-1")
                        .consentObtained(true)
                        .purpose("Behandlingsplan fra distriktspsykiatrien.")
                        .build())
                .addEvent(meeting(
                        "moede-2",
                        LocalDate.of(2026, 2, 16),
                        MeetingPurpose.INVESTIGATION,
                        PLAIN,
                        CITIZEN,
                        CASEWORKER,
                        "tolk-1"))
                .addEvent(Investigation.builder()
                        .id("udredning-1")
                        .date(LocalDate.of(2026, 3, 2))
                        .participantIds(List.of(CITIZEN, CASEWORKER, "tolk-1"))
                        .addLifeArea(area(
                                LifeArea.MENTAL_FUNCTIONS,
                                FunctionLevel.SEVERE,
                                SupportNeed.HIGH,
                                "Kender sine mareridt og ved, at det hjælper at tale med sin bror.",
                                "Søvnløshed og flashbacks; undgår at gå ud alene."))
                        .addLifeArea(area(
                                LifeArea.RELATIONSHIPS,
                                FunctionLevel.MODERATE,
                                SupportNeed.MODERATE,
                                "Tæt kontakt til sin bror i Aarhus.",
                                "Har trukket sig fra bekendte i moskeen."))
                        .addLifeArea(area(
                                LifeArea.COMMUNITY_LIFE,
                                FunctionLevel.MODERATE,
                                SupportNeed.MODERATE,
                                "Var før en ivrig skakspiller.",
                                "Deltager ikke i fællesskaber uden for hjemmet."))
                        .citizensWishes("Jeg vil kunne sove, arbejde igen som elektriker og spille skak i klubben.")
                        .wishesInOwnWords(true)
                        .resources("Uddannet elektriker, motiveret for behandling, har en bror, der støtter.")
                        .networkMapped(true)
                        .earlyOffersConsidered(true)
                        .allOptionsConsidered(true)
                        .professionalJudgement("Behov for støtte til struktur og til at komme ud; behandling i"
                                + " psykiatrien fortsætter. 3 timer ugentligt vurderes tilstrækkeligt.")
                        .build())
                .addEvent(goal(
                        "maal-1",
                        LocalDate.of(2026, 3, 4),
                        LifeArea.MENTAL_FUNCTIONS,
                        "Går alene en tur i lokalområdet tre gange om ugen."))
                .addEvent(goal(
                        "maal-2",
                        LocalDate.of(2026, 3, 4),
                        LifeArea.COMMUNITY_LIFE,
                        "Spiller skak i den lokale klub hver torsdag."))
                .addEvent(Coordination.builder()
                        .id("koordinering-1")
                        .date(LocalDate.of(2026, 3, 6))
                        .participantIds(List.of(CASEWORKER, "psykiatri-1"))
                        .counterpart(Actor.REGIONAL_PSYCHIATRY)
                        .counterpartParticipantId("psykiatri-1")
                        .sharedGoals(true)
                        .topic("Fælles plan for traumebehandling og støtte i hverdagen.")
                        .build())
                .addEvent(Hearing.builder()
                        .id("partshoering-1")
                        .date(LocalDate.of(2026, 3, 9))
                        .participantIds(List.of(CITIZEN, CASEWORKER, "tolk-1"))
                        .provision(LegalReferences.SEL_85)
                        .informationSent("Udkast til afgørelse om 3 timers støtte om ugen og udredningen, oversat"
                                + " mundtligt ved tolk.")
                        .responseDeadline(LocalDate.of(2026, 3, 23))
                        .respondedOn(LocalDate.of(2026, 3, 16))
                        .response("Borgeren ønsker 5 timer, fordi han har svært ved at gå ud alene.")
                        .build())
                .addEvent(meeting("moede-3", decided, MeetingPurpose.DECISION, PLAIN, CITIZEN, CASEWORKER, "tolk-1"))
                .addEvent(Decision.builder()
                        .id("afgoerelse-1")
                        .date(decided)
                        .participantIds(List.of(CITIZEN, CASEWORKER, "tolk-1"))
                        .provision(LegalReferences.SEL_85)
                        .outcome(DecisionOutcome.PARTLY_GRANTED)
                        .reasonsCiteRules(true)
                        .reasonsStateConsiderations(true)
                        .reasonsStateFacts(true)
                        .reasons("Du får 3 timers støtte om ugen efter serviceloven § 85. Vi har lagt vægt på"
                                + " udredningen, behandlingen i psykiatrien og dine bemærkninger i"
                                + " partshøringen. Vi ser på timetallet igen ved opfølgningen.")
                        .plainLanguage(true)
                        .complaintGuidance(true)
                        .explainedInPerson(true)
                        .followUpDate(LocalDate.of(2026, 6, 29))
                        .build())
                .addEvent(nextFollowUp("opfoelgning-1", decided, LocalDate.of(2026, 6, 29)))
                .addEvent(actionPlan("handleplan-1", LocalDate.of(2026, 3, 31), PlanResponse.ACCEPTED))
                .addEvent(order("bestilling-1", LocalDate.of(2026, 4, 6), "maal-1", "maal-2"))
                .addEvent(method(
                        "metode-1",
                        LocalDate.of(2026, 4, 27),
                        "Critical Time Intervention (CTI)",
                        EvidenceBase.DOCUMENTED))
                .build());
    }

    /**
     * Socially marginalised: a 46-year-old homeless man with alcohol and cannabis use asks for help
     * through a street worker and gets Housing First support (SEL §85, København). He chooses to meet
     * at the shelter; his GP is asked with consent; the 8-week deadline cannot be kept, so he is told in
     * writing in time when to expect the decision (RSL §3); coordination with the jobcentre; the
     * follow-up is held in his new flat and progress is measured.
     *
     * <p>No {@link Defect}. Opened 2026-01-05, deadline 2026-03-02, notice 2026-02-20, decided
     * 2026-03-12, followed up 2026-06-17. <b>Assess as of 2026-07-01.</b>
     *
     * @return the case
     */
    public static CaseUnderTest sociallyMarginalised() {
        LocalDate decided = LocalDate.of(2026, 3, 12);
        return CaseUnderTest.of(CaseProcess.builder()
                .caseId("sag-2026-0009")
                .citizenId(CITIZEN)
                .municipality("0101")
                .addTargetGroup(TargetGroup.SOCIALLY_MARGINALISED)
                .addAppliedFor(LegalReferences.SEL_85, LegalReferences.SEL_107_108)
                .openedOn(LocalDate.of(2026, 1, 5))
                .processingDeadline(Period.ofWeeks(8))
                .status(CaseStatus.DECIDED)
                .currentPhase(Phase.FOLLOW_UP)
                .addParticipant(citizen())
                .addParticipant(caseworker())
                .addParticipant(authority("gadeplan-1", Actor.OTHER_DEPARTMENT))
                .addParticipant(provider())
                .addEvent(Contact.builder()
                        .id("kontakt-1")
                        .date(LocalDate.of(2026, 1, 5))
                        .participantIds(List.of(CITIZEN, CASEWORKER, "gadeplan-1"))
                        .contactKind(ContactKind.INQUIRY)
                        .reason("Henvendelse fra borgeren via gadeplansmedarbejder om hjælp til bolig.")
                        .citizensOwnNeed("Jeg skal have et sted at bo. Alt andet kan vente, til jeg har en nøgle.")
                        .build())
                .addEvent(guidance("vejledning-1", LocalDate.of(2026, 1, 5), CITIZEN, CASEWORKER))
                .addEvent(meeting(
                        "moede-1",
                        LocalDate.of(2026, 1, 14),
                        MeetingPurpose.EXPECTATIONS,
                        PLAIN,
                        CITIZEN,
                        CASEWORKER,
                        "gadeplan-1"))
                .addEvent(InformationGathering.builder()
                        .id("indhentning-1")
                        .date(LocalDate.of(2026, 1, 26))
                        .addParticipantId(CASEWORKER)
                        .source(Actor.GENERAL_PRACTITIONER)
                        .consentObtained(true)
                        .purpose("Lægelig udtalelse om helbred og misbrug, indhentet med borgerens samtykke.")
                        .build())
                .addEvent(meeting(
                        "moede-2", LocalDate.of(2026, 2, 9), MeetingPurpose.INVESTIGATION, PLAIN, CITIZEN, CASEWORKER))
                .addEvent(DeadlineNotice.builder()
                        .id("frist-1")
                        .date(LocalDate.of(2026, 2, 20))
                        .participantIds(List.of(CITIZEN, CASEWORKER))
                        .expectedDecisionBy(LocalDate.of(2026, 3, 16))
                        .written(true)
                        .note("Sagen afventer lægens udtalelse; borgeren har fået brev og sms om ny dato.")
                        .build())
                .addEvent(Investigation.builder()
                        .id("udredning-1")
                        .date(LocalDate.of(2026, 2, 23))
                        .participantIds(List.of(CITIZEN, CASEWORKER))
                        .addLifeArea(area(
                                LifeArea.SOCIAL_CONDITIONS,
                                FunctionLevel.COMPLETE,
                                SupportNeed.COMPLETE,
                                "Har et stærkt ønske om egen bolig og er motiveret for at flytte.",
                                "Har ingen bolig og sover skiftevis på herberg og hos bekendte."))
                        .addLifeArea(area(
                                LifeArea.HEALTH_CONDITIONS,
                                FunctionLevel.SEVERE,
                                SupportNeed.HIGH,
                                "Vil gerne tale med lægen om at trappe ned.",
                                "Dagligt forbrug af alkohol og hash; ingen fast kontakt til egen læge."))
                        .addLifeArea(area(
                                LifeArea.RELATIONSHIPS,
                                FunctionLevel.MODERATE,
                                SupportNeed.MODERATE,
                                "Har en søn på 12, han gerne vil være far for.",
                                "Ser sjældent sin søn."))
                        .citizensWishes("Jeg vil have min egen lejlighed og have min søn på besøg i weekenderne.")
                        .wishesInOwnWords(true)
                        .resources("God til at finde løsninger, holder aftaler, der passer ind i hans dag, og vil"
                                + " gerne være far for sin søn.")
                        .networkMapped(true)
                        .earlyOffersConsidered(true)
                        .allOptionsConsidered(true)
                        .professionalJudgement("Hjemløs med samtidigt misbrug; Housing First med bostøtte efter"
                                + " § 85 vurderes at være den rette indsats.")
                        .build())
                .addEvent(goal(
                        "maal-1",
                        LocalDate.of(2026, 2, 27),
                        LifeArea.SOCIAL_CONDITIONS,
                        "Har egen bolig med lejekontrakt og betaler husleje til tiden."))
                .addEvent(goal(
                        "maal-2",
                        LocalDate.of(2026, 2, 27),
                        LifeArea.RELATIONSHIPS,
                        "Har sin søn på besøg mindst hver anden weekend."))
                .addEvent(Coordination.builder()
                        .id("koordinering-1")
                        .date(LocalDate.of(2026, 3, 4))
                        .addParticipantId(CASEWORKER)
                        .counterpart(Actor.JOBCENTRE)
                        .sharedGoals(true)
                        .topic("Sammenhæng mellem bostøtten og forløbet i jobcentret.")
                        .build())
                .addEvent(meeting("moede-3", decided, MeetingPurpose.DECISION, PLAIN, CITIZEN, CASEWORKER))
                .addEvent(granted("afgoerelse-1", decided, LegalReferences.SEL_85, LocalDate.of(2026, 6, 15), true))
                .addEvent(FollowUp.builder()
                        .id("opfoelgning-1")
                        .date(decided)
                        .participantIds(List.of(CITIZEN, CASEWORKER, PROVIDER))
                        .plannedFor(LocalDate.of(2026, 6, 15))
                        .heldOn(LocalDate.of(2026, 6, 17))
                        .goalsReviewedWithCitizen(true)
                        .providerStatusCollected(true)
                        .outcome(FollowUpOutcome.CONTINUE)
                        .note("Borgeren har fået nøgle til egen lejlighed og har haft sin søn på besøg.")
                        .build())
                .addEvent(actionPlan("handleplan-1", LocalDate.of(2026, 3, 17), PlanResponse.ACCEPTED))
                .addEvent(order("bestilling-1", LocalDate.of(2026, 3, 20), "maal-1", "maal-2"))
                .addEvent(method(
                        "metode-1",
                        LocalDate.of(2026, 4, 13),
                        "Housing First – Critical Time Intervention (CTI)",
                        EvidenceBase.DOCUMENTED))
                .addEvent(ProgressMeasurement.builder()
                        .id("maaling-1")
                        .date(LocalDate.of(2026, 6, 10))
                        .participantIds(List.of(CITIZEN, PROVIDER))
                        .instrument("Outcome Rating Scale (ORS)")
                        .lifeArea(LifeArea.SOCIAL_CONDITIONS)
                        .before(FunctionLevel.COMPLETE)
                        .after(FunctionLevel.MODERATE)
                        .build())
                .addEvent(meeting(
                        "moede-4",
                        LocalDate.of(2026, 6, 17),
                        MeetingPurpose.FOLLOW_UP,
                        PLAIN,
                        CITIZEN,
                        CASEWORKER,
                        PROVIDER))
                .addEvent(nextFollowUp("opfoelgning-2", LocalDate.of(2026, 6, 17), LocalDate.of(2026, 12, 14)))
                .build());
    }

    /**
     * {@link #physicalDisability()} without the hearing before the rejection and without complaint
     * guidance in it: the citizen is refused without being heard on the information against her (FVL
     * §19, a guarantee rule) and without being told where, how and by when to complain (FVL §25). She
     * complains all the same, helped by her companion.
     *
     * <p>Defects {@link Defect#NO_HEARING_BEFORE_REJECTION} and {@link Defect#NO_COMPLAINT_GUIDANCE};
     * element transparency. <b>Assess as of 2026-05-20.</b>
     *
     * @return the case
     */
    public static CaseUnderTest rejectionWithoutHearingOrComplaintGuidance() {
        return physicalDisability()
                .withDefect(Defect.NO_HEARING_BEFORE_REJECTION)
                .withDefect(Defect.NO_COMPLAINT_GUIDANCE);
    }

    /**
     * {@link #exemplary()}, except that the citizen declines the action plan he is offered ("Jeg vil
     * ikke have flere papirer lige nu"). Declining is the citizen's right under SEL §141: the offer is
     * what the duty asks for, so this is not a defect, and an assessment should not score it as one.
     *
     * <p>No {@link Defect}. <b>Assess as of 2026-06-23.</b>
     *
     * @return the case
     */
    public static CaseUnderTest citizenDeclinesActionPlan() {
        CaseUnderTest exemplary = exemplary();
        CaseProcess process = exemplary.process();
        List<CaseEvent> events = process.events().stream()
                .map(e -> e instanceof ActionPlan
                        ? ActionPlan.builder()
                                .from((ActionPlan) e)
                                .response(PlanResponse.DECLINED)
                                .note("Borgeren vil ikke have flere papirer lige nu; tilbuddet gentages ved"
                                        + " opfølgningen.")
                                .build()
                        : e)
                .collect(Collectors.toList());
        return new CaseUnderTest(
                CaseProcess.builder().from(process).events(events).build(), exemplary.asOf());
    }

    /**
     * {@link #intellectualDisability()} assessed six weeks after its follow-up was due: the follow-up
     * planned at the decision for <b>2026-07-20</b> has not been held, and nothing has been recorded
     * since the method in May (SEL §148).
     *
     * <p>Defect {@link Defect#OVERDUE_FOLLOW_UP}; principle p7-follow-up. <b>Assess as of
     * 2026-08-31.</b>
     *
     * @return the case
     */
    public static CaseUnderTest overdueFollowUp() {
        return intellectualDisability().withAsOf(LocalDate.of(2026, 8, 31));
    }

    /**
     * {@link #mentalHealth()} without the interpreter at the meetings: the citizen needs an Arabic
     * interpreter, but the meetings are held in Danish without one (good practice on interpretation;
     * RSL §4).
     *
     * <p>Defect {@link Defect#INTERPRETER_MISSING}; element involvement, principle
     * p4-openness-trust-respect. <b>Assess as of 2026-05-11.</b>
     *
     * @return the case
     */
    public static CaseUnderTest interpreterNeededButMissing() {
        return mentalHealth().withDefect(Defect.INTERPRETER_MISSING);
    }

    /**
     * {@link #mentalHealth()} where, at the first meeting (2026-02-02), the citizen's 14-year-old
     * daughter interpreted because no interpreter had been booked; later meetings had a professional
     * interpreter. Children under 18 must never be used as interpreters (act of 14 May 2025).
     *
     * <p>Defect {@link Defect#CHILD_INTERPRETER}; element involvement, principle
     * p4-openness-trust-respect. <b>Assess as of 2026-05-11.</b>
     *
     * @return the case
     */
    public static CaseUnderTest childUsedAsInterpreter() {
        return mentalHealth().withDefect(Defect.CHILD_INTERPRETER);
    }

    /**
     * {@link #sociallyMarginalised()} without the written notice: the 8-week deadline passes on
     * 2026-03-02 and the decision comes on 2026-03-12, but the citizen is never told when to expect it
     * (RSL §3, an order rule: advisory).
     *
     * <p>Defect {@link Defect#DEADLINE_MISSED_WITHOUT_NOTICE}; element transparency, principle
     * p5-early-help. <b>Assess as of 2026-07-01.</b>
     *
     * @return the case
     */
    public static CaseUnderTest deadlineMissedWithoutNotice() {
        CaseUnderTest notified = sociallyMarginalised();
        CaseProcess process = notified.process();
        List<CaseEvent> events = process.events().stream()
                .filter(e -> !(e instanceof DeadlineNotice))
                .collect(Collectors.toList());
        return new CaseUnderTest(
                CaseProcess.builder().from(process).events(events).build(), notified.asOf());
    }

    // ------------------------------------------------------------------ building blocks

    private static Participant citizen() {
        return Participant.builder().id(CITIZEN).role(Role.CITIZEN).build();
    }

    private static Participant caseworker() {
        return Participant.builder().id(CASEWORKER).role(Role.CASEWORKER).build();
    }

    private static Participant companion() {
        return Participant.builder()
                .id("bisidder-1")
                .role(Role.COMPANION)
                .chosenByCitizen(true)
                .description("Frivillig bisidder fra en brugerorganisation")
                .build();
    }

    private static Participant relative(String id, String description) {
        return Participant.builder()
                .id(id)
                .role(Role.RELATIVE)
                .chosenByCitizen(true)
                .description(description)
                .build();
    }

    private static Participant authority(String id, Actor organisation) {
        return Participant.builder()
                .id(id)
                .role(Role.OTHER_AUTHORITY)
                .organisation(organisation)
                .build();
    }

    private static Participant provider() {
        return Participant.builder()
                .id(PROVIDER)
                .role(Role.PROVIDER_STAFF)
                .organisation(Actor.PROVIDER)
                .build();
    }

    private static Guidance guidance(String id, LocalDate date, String... participants) {
        return Guidance.builder()
                .id(id)
                .date(date)
                .participantIds(List.of(participants))
                .addTopics(
                        GuidanceTopic.RIGHTS,
                        GuidanceTopic.PROCESS_AND_TIMING,
                        GuidanceTopic.COMPANION,
                        GuidanceTopic.CONTACT)
                .written(true)
                .build();
    }

    /** A meeting prepared with the citizen, agenda sent ahead, at a place the citizen chose. */
    private static Meeting meeting(
            String id, LocalDate date, MeetingPurpose purpose, Set<Adaptation> adaptations, String... participants) {
        return Meeting.builder()
                .id(id)
                .date(date)
                .participantIds(List.of(participants))
                .purpose(purpose)
                .preparedWithCitizen(true)
                .agendaSentAhead(true)
                .placeChosenByCitizen(true)
                .adaptations(adaptations)
                .build();
    }

    private static LifeAreaAssessment area(
            LifeArea area, FunctionLevel level, SupportNeed need, String resources, String challenges) {
        return LifeAreaAssessment.builder()
                .area(area)
                .functionLevel(level)
                .supportNeed(need)
                .resources(resources)
                .challenges(challenges)
                .build();
    }

    /** A measurable goal derived from the citizen's wishes and accepted by the citizen. */
    private static Goal goal(String id, LocalDate date, LifeArea area, String text) {
        return Goal.builder()
                .id(id)
                .date(date)
                .participantIds(List.of(CITIZEN, CASEWORKER))
                .goalType(GoalType.DEVELOP)
                .lifeArea(area)
                .text(text)
                .derivedFromWishes(true)
                .acceptedByCitizen(true)
                .measurable(true)
                .targetDate(date.plusMonths(6))
                .build();
    }

    private static Decision granted(
            String id,
            LocalDate date,
            io.github.inddragelse.model.catalogue.LegalReference provision,
            LocalDate followUp,
            boolean inPerson) {
        return Decision.builder()
                .id(id)
                .date(date)
                .participantIds(inPerson ? List.of(CITIZEN, CASEWORKER) : List.of(CASEWORKER))
                .provision(provision)
                .outcome(DecisionOutcome.GRANTED)
                .reasonsCiteRules(true)
                .reasonsStateConsiderations(true)
                .reasonsStateFacts(true)
                .reasons("Du får støtten, fordi udredningen viser, at du har brug for hjælp til at nå dine mål.")
                .plainLanguage(true)
                .complaintGuidance(true)
                .explainedInPerson(inPerson)
                .followUpDate(followUp)
                .build();
    }

    /** A follow-up scheduled on one date for a later one, not yet held. */
    private static FollowUp nextFollowUp(String id, LocalDate scheduled, LocalDate due) {
        return FollowUp.builder()
                .id(id)
                .date(scheduled)
                .participantIds(List.of(CASEWORKER))
                .plannedFor(due)
                .build();
    }

    private static ActionPlan actionPlan(String id, LocalDate date, PlanResponse response) {
        return ActionPlan.builder()
                .id(id)
                .date(date)
                .participantIds(List.of(CITIZEN, CASEWORKER))
                .offered(true)
                .response(response)
                .madeWithCitizen(true)
                .statesPurpose(true)
                .statesIntervention(true)
                .statesDuration(true)
                .text("Handleplan lavet sammen med borgeren: formål, indsats, varighed og hvem der gør hvad.")
                .build();
    }

    private static ProviderOrder order(String id, LocalDate date, String... goals) {
        return ProviderOrder.builder()
                .id(id)
                .date(date)
                .participantIds(List.of(CASEWORKER, PROVIDER))
                .providerId(PROVIDER)
                .goalIds(List.of(goals))
                .purposeStated(true)
                .build();
    }

    private static MethodApplied method(String id, LocalDate date, String name, EvidenceBase evidence) {
        return MethodApplied.builder()
                .id(id)
                .date(date)
                .participantIds(List.of(CITIZEN, PROVIDER))
                .method(name)
                .evidenceBase(evidence)
                .build();
    }
}
