package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.catalogue.StandardCatalogue.COLLABORATION;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.INVOLVEMENT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P1_HOPES_WISHES_DREAMS;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P3_NETWORK_COMMUNITIES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P6_COORDINATED_WHOLE_LIFE;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P7_FOLLOW_UP;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
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
import java.util.function.Predicate;

/**
 * Rules for collaboration with the citizen, the network the citizen chooses, the provider and other
 * authorities: an action plan made with the citizen, one holistic plan when several authorities are
 * involved, shared goals, goals passed on to the provider, the provider's status collected at
 * follow-up, and the chosen network taking part.
 */
public final class CollaborationRules {

    private CollaborationRules() {}

    /** An accepted action plan is made with the citizen and states purpose, intervention and duration. */
    public static final Rule PLAN_MADE_WITH_CITIZEN = Rule.builder("sel-141-plan-made-with-citizen")
            .title("Handleplanen er lavet med borgeren", "The action plan is made with the citizen")
            .description(
                    "Tjekker for den seneste handleplan, borgeren har takket ja til, at den er udarbejdet sammen med"
                            + " borgeren og angiver formål, indsats og forventet varighed.",
                    "Checks that the latest action plan the citizen accepted was made together with the citizen and"
                            + " states the purpose, the intervention and the expected duration.")
            .rationale(
                    "Efter serviceloven §141, stk. 3 angiver handleplanen formål, indsats, forventet varighed og"
                            + " andre særlige forhold; efter stk. 4 bør den udarbejdes ud fra borgerens forudsætninger"
                            + " og så vidt muligt i samarbejde med borgeren. En plan, borgeren har været med til,"
                            + " bygger på borgerens egne ønsker og bliver et fælles grundlag.",
                    "Under serviceloven §141, para. 3 the action plan states the purpose, the intervention, the"
                            + " expected duration and other particular matters; under para. 4 it should be made from"
                            + " the citizen's circumstances and, as far as possible, in collaboration with the"
                            + " citizen. A plan the citizen helped make builds on the citizen's own wishes and"
                            + " becomes a shared basis.")
            .recommendation(
                    "Udarbejd handleplanen på et møde med borgeren, og skriv formål, indsats og varighed ind.",
                    "Make the action plan at a meeting with the citizen, and write in purpose, intervention and"
                            + " duration.")
            .serves(INVOLVEMENT, COLLABORATION, P1_HOPES_WISHES_DREAMS)
            .cites(LegalReferences.SEL_141)
            .reads(
                    RecordedFact.ACTION_PLAN_MADE_WITH_CITIZEN,
                    RecordedFact.ACTION_PLAN_STATES_PURPOSE,
                    RecordedFact.ACTION_PLAN_STATES_INTERVENTION,
                    RecordedFact.ACTION_PLAN_STATES_DURATION)
            .severity(Severity.ADVISORY)
            .message("no-plan", "Der er ingen handleplan.", "There is no action plan.")
            .message("declined", "Borgeren har sagt nej tak til handleplanen.", "The citizen declined the action plan.")
            .message(
                    "pending",
                    "Borgeren har endnu ikke svaret på handleplanen.",
                    "The citizen has not yet answered on the action plan.")
            .message(
                    "complete",
                    "Handleplan {plan} er lavet med borgeren og angiver formål, indsats og varighed.",
                    "Action plan {plan} was made with the citizen and states purpose, intervention and duration.")
            .message(
                    "contents-missing",
                    "Handleplan {plan} er lavet med borgeren, men angiver kun {present} af 3: formål, indsats og"
                            + " varighed.",
                    "Action plan {plan} was made with the citizen but states only {present} of 3: purpose,"
                            + " intervention and duration.")
            .message(
                    "not-with-citizen",
                    "Handleplan {plan} er ikke udarbejdet sammen med borgeren.",
                    "Action plan {plan} was not made together with the citizen.")
            // a plan not made with the citizen is not met whatever it states; one made with the citizen
            // falls short only on what it states
            .restsOn("not-with-citizen", RecordedFact.ACTION_PLAN_MADE_WITH_CITIZEN)
            .restsOn(
                    "contents-missing",
                    RecordedFact.ACTION_PLAN_STATES_PURPOSE,
                    RecordedFact.ACTION_PLAN_STATES_INTERVENTION,
                    RecordedFact.ACTION_PLAN_STATES_DURATION)
            .appliesWhen(view -> {
                Optional<ActionPlan> plan = Facts.latestOfferedPlan(view);
                if (plan.isEmpty()) {
                    return Applicability.notApplicable("no-plan");
                }
                PlanResponse response = plan.get().response();
                return response == PlanResponse.ACCEPTED
                        ? Applicability.applies()
                        : Applicability.notApplicable(response == PlanResponse.DECLINED ? "declined" : "pending");
            })
            .evaluatedBy(view -> {
                ActionPlan p = Facts.acceptedPlan(view).orElseThrow();
                int present =
                        (p.statesPurpose() ? 1 : 0) + (p.statesIntervention() ? 1 : 0) + (p.statesDuration() ? 1 : 0);
                Evaluation.Builder e;
                if (!p.madeWithCitizen()) {
                    e = Evaluation.builder(Outcome.NOT_MET, "not-with-citizen");
                } else if (present == 3) {
                    e = Evaluation.builder(Outcome.MET, "complete");
                } else {
                    e = Evaluation.builder(Outcome.PARTLY_MET, "contents-missing")
                            .arg("present", present);
                }
                return e.evidence(p.id()).arg("plan", p.id()).build();
            })
            .build();

    /** Where other authorities are involved, the accepted action plan is one holistic plan (SEL §141 stk. 7). */
    public static final Rule HOLISTIC_PLAN = Rule.builder("sel-141-holistic-plan")
            .title("Én samlet plan, når flere er involveret", "One holistic plan when several are involved")
            .description(
                    "Når der er koordineret med andre myndigheder eller sektorer, tjekker reglen, at den accepterede"
                            + " handleplan er helhedsorienteret og samler indsatserne.",
                    "When the case was coordinated with other authorities or sectors, checks that the accepted"
                            + " action plan is holistic and brings the help together.")
            .rationale(
                    "Serviceloven §141, stk. 7 giver mulighed for en helhedsorienteret plan, og"
                            + " retssikkerhedsloven §5 kræver, at alle muligheder ses samlet. Når flere myndigheder"
                            + " er involveret, er én koordineret plan vejen til at arbejde med borgerens samlede"
                            + " livssituation i stedet for parallelle planer.",
                    "Serviceloven §141, para. 7 allows one holistic plan, and retssikkerhedsloven §5 requires all"
                            + " options to be seen together. When several authorities are involved, one coordinated"
                            + " plan is the way to work with the citizen's whole life situation instead of parallel"
                            + " plans.")
            .recommendation(
                    "Saml indsatserne fra de involverede myndigheder i én helhedsorienteret plan med borgeren.",
                    "Bring the help from the authorities involved together in one holistic plan with the citizen.")
            .serves(P6_COORDINATED_WHOLE_LIFE, COLLABORATION)
            .cites(LegalReferences.SEL_141, LegalReferences.RSL_5)
            .reads(RecordedFact.ACTION_PLAN_HOLISTIC)
            .severity(Severity.ADVISORY)
            .message("no-plan", "Der er ingen accepteret handleplan.", "There is no accepted action plan.")
            .message(
                    "single-authority",
                    "Der er ikke koordineret med andre myndigheder, så en samlet plan er ikke nødvendig.",
                    "There is no coordination with other authorities, so a holistic plan is not needed.")
            .message(
                    "holistic",
                    "Handleplan {plan} er helhedsorienteret og samler indsatsen på tværs af {count, plural, one {#"
                            + " koordinering} other {# koordineringer}}.",
                    "Action plan {plan} is holistic and brings together the help across {count, plural, one {#"
                            + " coordination} other {# coordinations}}.")
            .message(
                    "not-holistic",
                    "Der er koordineret med andre myndigheder {count, plural, one {én gang} other {# gange}}, men"
                            + " handleplan {plan} er ikke helhedsorienteret.",
                    "The case was coordinated with other authorities {count, plural, one {once} other {# times}},"
                            + " but action plan {plan} is not holistic.")
            .appliesWhen(view -> Facts.acceptedPlan(view).isEmpty()
                    ? Applicability.notApplicable("no-plan")
                    : Facts.any(view.eventsOf(Coordination.class), CollaborationRules::withOtherAuthority)
                            ? Applicability.applies()
                            : Applicability.notApplicable("single-authority"))
            .evaluatedBy(view -> {
                ActionPlan p = Facts.acceptedPlan(view).orElseThrow();
                Evaluation.Builder e = p.holistic()
                        ? Evaluation.builder(Outcome.MET, "holistic")
                        : Evaluation.builder(Outcome.NOT_MET, "not-holistic");
                e.evidence(p.id());
                int coordinated = 0;
                for (Coordination c : view.eventsOf(Coordination.class)) {
                    if (withOtherAuthority(c)) {
                        e.evidence(c.id());
                        coordinated++;
                    }
                }
                return e.arg("plan", p.id()).arg("count", coordinated).build();
            })
            .build();

    /** Coordination with other authorities and sectors works towards shared goals. */
    public static final Rule SHARED_GOALS = Rule.builder("coordination-with-shared-goals")
            .title("Fælles mål med andre myndigheder", "Shared goals with other authorities")
            .description(
                    "Tjekker, at koordineringen med andre forvaltninger, regionspsykiatrien, egen læge, hospital"
                            + " eller jobcenter har ført til fælles mål.",
                    "Checks that coordination with other departments, regional psychiatry, the general"
                            + " practitioner, a hospital or the jobcentre led to shared goals.")
            .rationale(
                    "Retssikkerhedsloven §5 kræver, at ansøgninger og spørgsmål om hjælp behandles i forhold til"
                            + " alle de muligheder for hjælp, der findes, og lovens formål (§1) er bl.a. en tidlig og"
                            + " helhedsorienteret hjælp. Koordinering uden fælles mål giver parallelle indsatser, der"
                            + " kan trække i hver sin retning.",
                    "Retssikkerhedsloven §5 requires applications and questions about help to be considered against"
                            + " all the options for help there are, and the act's purpose (§1) includes early, holistic"
                            + " help. Coordination without shared goals gives parallel efforts that may pull in"
                            + " different directions.")
            .recommendation(
                    "Aftal fælles mål med de andre myndigheder sammen med borgeren, og skriv dem ind i planen.",
                    "Agree shared goals with the other authorities together with the citizen, and write them into"
                            + " the plan.")
            .serves(P6_COORDINATED_WHOLE_LIFE, COLLABORATION)
            .cites(LegalReferences.RSL_1, LegalReferences.RSL_5)
            .reads(RecordedFact.COORDINATION_SHARED_GOALS)
            .severity(Severity.ADVISORY)
            .message(
                    "no-other-authority",
                    "Der er ikke koordineret med andre myndigheder eller sektorer.",
                    "There is no coordination with other authorities or sectors.")
            .message(
                    "shared-goals",
                    "{total, plural, one {Koordineringen med en anden myndighed har} =2 {Begge koordineringer"
                            + " med andre myndigheder har} other {Alle # koordineringer med andre myndigheder har}} fælles mål.",
                    "{total, plural, one {The coordination with another authority has} =2 {Both coordinations"
                            + " with other authorities have} other {All # coordinations with other authorities"
                            + " have}} shared goals.")
            .message(
                    "shared-goals-some",
                    "{missing} af {total, plural, one {# koordinering} other {# koordineringer}} med andre"
                            + " myndigheder har ikke fælles mål.",
                    "{missing} of {total, plural, one {# coordination} other {# coordinations}} with other"
                            + " authorities {missing, plural, one {has} other {have}} no shared goals.")
            .message(
                    "shared-goals-none",
                    "{total, plural, one {Koordineringen med en anden myndighed har ikke} =2 {Ingen af de to"
                            + " koordineringer med andre myndigheder har} other {Ingen af de # koordineringer med"
                            + " andre myndigheder har}} fælles mål.",
                    "{total, plural, one {The coordination with another authority has no} =2 {Neither of the two"
                            + " coordinations with other authorities has} other {None of the # coordinations with"
                            + " other authorities has}} shared goals.")
            .appliesWhen(view -> Facts.any(view.eventsOf(Coordination.class), CollaborationRules::withOtherAuthority)
                    ? Applicability.applies()
                    : Applicability.notApplicable("no-other-authority"))
            .evaluatedBy(view -> Facts.shareOf(
                    view.eventsOf(Coordination.class),
                    CollaborationRules::withOtherAuthority,
                    Coordination::sharedGoals,
                    "shared-goals",
                    "shared-goals-some",
                    "shared-goals-none"))
            .build();

    /** Every order to a provider carries the purpose and the goals of the help. */
    public static final Rule ORDER_CARRIES_GOALS = Rule.builder("provider-order-carries-purpose-and-goals")
            .title("Bestillingen har formål og mål med", "The order carries purpose and goals")
            .description(
                    "Tjekker for hver bestilling til en udfører, at den angiver formålet og henviser til borgerens"
                            + " mål.",
                    "Checks for every order to a provider that it states the purpose and refers to the citizen's"
                            + " goals.")
            .rationale(
                    "I VUM 2.0 går formål og mål med i bestillingen, så udføreren arbejder mod de mål, borgeren og"
                            + " myndigheden har aftalt, og kan melde tilbage om dem. Uden dem bliver samarbejdet"
                            + " mellem myndighed og udfører løst, og opfølgningen har intet at måle på.",
                    "In VUM 2.0 the purpose and goals go with the order, so the provider works towards the goals the"
                            + " citizen and the authority agreed, and can report back on them. Without them the"
                            + " collaboration between authority and provider is loose, and follow-up has nothing to"
                            + " measure against.")
            .recommendation(
                    "Skriv formålet i bestillingen, og henvis til de mål, borgeren har accepteret.",
                    "State the purpose in the order, and refer to the goals the citizen accepted.")
            .serves(COLLABORATION, P6_COORDINATED_WHOLE_LIFE)
            .cites(LegalReferences.SEL_141)
            .reads(RecordedFact.PROVIDER_ORDER_PURPOSE_STATED)
            .severity(Severity.ADVISORY)
            .message("no-order", "Der er ingen bestilling til en udfører.", "There is no order to a provider.")
            .message(
                    "complete",
                    "{count, plural, one {Bestillingen angiver} =2 {Begge bestillinger angiver} other {Alle #"
                            + " bestillinger angiver}} formål og mål.",
                    "{count, plural, one {The order states} =2 {Both orders state} other {All # orders state}}"
                            + " purpose and goals.")
            .message(
                    "purpose-missing",
                    "Bestilling {order} henviser til mål, men angiver ikke formålet.",
                    "Order {order} refers to goals but does not state the purpose.")
            .message(
                    "goals-missing",
                    "Bestilling {order} angiver formålet, men henviser ikke til borgerens mål.",
                    "Order {order} states the purpose but does not refer to the citizen's goals.")
            // the order states its purpose, as recorded: only its goals, which no yes/no fact holds, are
            // in question
            .restsOn("goals-missing")
            .message(
                    "neither",
                    "Bestilling {order} angiver hverken formål eller mål.",
                    "Order {order} states neither purpose nor goals.")
            .appliesWhen(view ->
                    view.has(ProviderOrder.class) ? Applicability.applies() : Applicability.notApplicable("no-order"))
            .evaluatedBy(view -> {
                Worst worst = new Worst("complete", "no-order");
                for (ProviderOrder o : view.eventsOf(ProviderOrder.class)) {
                    boolean goals = !o.goalIds().isEmpty();
                    Worst.Item item;
                    if (goals && o.purposeStated()) {
                        item = worst.item(Outcome.MET, "complete");
                    } else if (goals) {
                        item = worst.item(Outcome.PARTLY_MET, "purpose-missing");
                    } else if (o.purposeStated()) {
                        item = worst.item(Outcome.PARTLY_MET, "goals-missing");
                    } else {
                        item = worst.item(Outcome.NOT_MET, "neither");
                    }
                    item.evidence(o.id()).arg("order", o.id());
                }
                return worst.result();
            })
            .build();

    /** Follow-ups held after an order to a provider collect the provider's status. */
    public static final Rule PROVIDER_STATUS = Rule.builder("sel-148-provider-status-collected")
            .title("Udførerens status er indhentet", "The provider's status is collected")
            .description(
                    "Tjekker, at opfølgninger holdt efter en bestilling har indhentet udførerens status på"
                            + " indsatsen og målene.",
                    "Checks that follow-ups held after an order collected the provider's status on the help and the"
                            + " goals.")
            .rationale(
                    "Opfølgning efter serviceloven §148 skal vise, om hjælpen virker. Udføreren ser borgeren i"
                            + " hverdagen; uden udførerens status hviler opfølgningen på et ufuldstændigt grundlag.",
                    "Follow-up under serviceloven §148 must show whether the help works. The provider sees the"
                            + " citizen day to day; without the provider's status the follow-up rests on an"
                            + " incomplete basis.")
            .recommendation(
                    "Bed udføreren om en status på målene før hver opfølgning, og drøft den med borgeren.",
                    "Ask the provider for a status on the goals before each follow-up, and discuss it with the"
                            + " citizen.")
            .serves(P7_FOLLOW_UP, COLLABORATION)
            .cites(LegalReferences.SEL_148)
            .reads(RecordedFact.FOLLOW_UP_PROVIDER_STATUS_COLLECTED)
            .severity(Severity.ADVISORY)
            .message(
                    "no-provider-follow-up",
                    "Der er ikke holdt opfølgning efter en bestilling til en udfører.",
                    "No follow-up has been held after an order to a provider.")
            .message(
                    "collected",
                    "Udførerens status blev indhentet ved {total, plural, one {opfølgningen} =2 {begge"
                            + " opfølgninger} other {alle # opfølgninger}}.",
                    "The provider's status was collected at {total, plural, one {the follow-up} =2 {both"
                            + " follow-ups} other {all # follow-ups}}.")
            .message(
                    "collected-some",
                    "Udførerens status blev ikke indhentet ved {missing} af {total, plural, one {# opfølgning}"
                            + " other {# opfølgninger}}.",
                    "The provider's status was not collected at {missing} of {total, plural, one {# follow-up}"
                            + " other {# follow-ups}}.")
            .message(
                    "collected-none",
                    "Udførerens status blev ikke indhentet ved {total, plural, one {opfølgningen} =2 {nogen af"
                            + " de to opfølgninger} other {nogen af de # opfølgninger}}.",
                    "The provider's status was {total, plural, one {not collected at the follow-up}"
                            + " =2 {collected at neither of the two follow-ups} other {collected at none of the #"
                            + " follow-ups}}.")
            .appliesWhen(view -> Facts.any(view.eventsOf(FollowUp.class), heldAfterOrder(view))
                    ? Applicability.applies()
                    : Applicability.notApplicable("no-provider-follow-up"))
            .evaluatedBy(view -> Facts.shareOf(
                    view.eventsOf(FollowUp.class),
                    heldAfterOrder(view),
                    FollowUp::providerStatusCollected,
                    "collected",
                    "collected-some",
                    "collected-none"))
            .build();

    /** Network members the citizen chose take part in a meeting. */
    public static final Rule CHOSEN_NETWORK_TAKES_PART = Rule.builder("chosen-network-takes-part")
            .title("Det valgte netværk deltager", "The chosen network takes part")
            .description(
                    "Når borgeren har valgt pårørende eller netværk, der skal inddrages, tjekker reglen, at mindst én"
                            + " af dem har deltaget i et møde med borgeren. Registrerer sagssystemet ikke, hvem"
                            + " borgeren har valgt, kan punktet ikke vurderes." + Facts.MEETINGS_JUDGED_DA,
                    "When the citizen has chosen relatives or network members to involve, checks that at least one"
                            + " of them took part in a meeting with the citizen. If the case system does not record"
                            + " whom the citizen chose, the point cannot be judged." + Facts.MEETINGS_JUDGED_EN)
            .rationale(
                    "Princip 3 i recovery-orienteret rehabilitering og serviceloven §81 lægger vægt på det netværk,"
                            + " borgeren selv vælger. Det er borgeren, der bestemmer hvem; når borgeren har valgt,"
                            + " skal netværket inviteres med.",
                    "Principle 3 of recovery-oriented rehabilitation and serviceloven §81 stress the network the"
                            + " citizen chooses. The citizen decides who; once the citizen has chosen, the network"
                            + " should be invited.")
            .recommendation(
                    "Invitér de personer, borgeren har valgt, til de møder, hvor borgeren ønsker dem med.",
                    "Invite the people the citizen chose to the meetings where the citizen wants them.")
            .serves(P3_NETWORK_COMMUNITIES, COLLABORATION, INVOLVEMENT)
            .cites(LegalReferences.SEL_81, LegalReferences.RECOVERY_GUIDE)
            .reads(RecordedFact.PARTICIPANT_CHOSEN_BY_CITIZEN)
            .severity(Severity.ADVISORY)
            .message(
                    "no-chosen-network",
                    "Borgeren har ikke valgt pårørende eller netværk, der skal inddrages.",
                    "The citizen has not chosen relatives or network members to involve.")
            .message(
                    "choice-not-recorded",
                    "Sagssystemet registrerer ikke, hvilke pårørende eller hvilket netværk borgeren har valgt at"
                            + " inddrage, så det kan ikke afgøres, om de har deltaget. Punktet er ikke vurderet.",
                    "The case system does not record which relatives or network members the citizen chose to"
                            + " involve, so whether they took part cannot be judged. This point is not assessed.")
            .message(Facts.NO_MEETINGS, Facts.NO_MEETINGS_DA, Facts.NO_MEETINGS_EN)
            .message(Facts.DECLINED_EVERY_MEETING, Facts.DECLINED_EVERY_MEETING_DA, Facts.DECLINED_EVERY_MEETING_EN)
            .message(
                    "took-part",
                    "Borgerens valgte netværk deltog i {count} af {total, plural, one {# møde} other {# møder}}"
                            + Facts.WHICH_MEETINGS_DA + "{count, plural, one { ({meeting})} other {, første gang i"
                            + " {meeting}}}.",
                    "The citizen's chosen network took part in {count} of {total, plural, one {# meeting} other {#"
                            + " meetings}}" + Facts.WHICH_MEETINGS_EN + "{count, plural, one { ({meeting})} other {,"
                            + " first in {meeting}}}.")
            .message(
                    "not-involved",
                    "Borgerens valgte netværk deltog {total, plural, one {ikke i mødet} =2 {ikke i nogen af de to"
                            + " møder} other {ikke i nogen af de # møder}}" + Facts.WHICH_MEETINGS_DA + ".",
                    "The citizen's chosen network {total, plural, one {did not take part in the meeting}"
                            + " =2 {took part in neither of the two meetings} other {took part in none of the #"
                            + " meetings}}" + Facts.WHICH_MEETINGS_EN + ".")
            .appliesWhen(view -> Facts.any(view.process().participants(), CollaborationRules::chosenNetwork)
                    ? Facts.whenMeetingToJudge(view)
                    : view.notRecorded().contains(RecordedFact.PARTICIPANT_CHOSEN_BY_CITIZEN)
                            ? Applicability.insufficientData("choice-not-recorded")
                            : Applicability.notApplicable("no-chosen-network"))
            .evaluatedBy(CollaborationRules::chosenNetworkTookPart)
            .build();

    private static final List<Rule> ALL = List.of(
            PLAN_MADE_WITH_CITIZEN,
            HOLISTIC_PLAN,
            SHARED_GOALS,
            ORDER_CARRIES_GOALS,
            PROVIDER_STATUS,
            CHOSEN_NETWORK_TAKES_PART);

    /**
     * The collaboration rules, in a fixed order.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return ALL;
    }

    /** Whether coordination was with another authority or sector. */
    private static boolean withOtherAuthority(Coordination c) {
        return Facts.isOtherAuthority(c.counterpart());
    }

    /**
     * Whether a follow-up has been held after (or on the day of) an order to a provider: on or after
     * the first order.
     */
    private static Predicate<FollowUp> heldAfterOrder(CaseView view) {
        List<ProviderOrder> orders = view.eventsOf(ProviderOrder.class);
        if (orders.isEmpty()) {
            return f -> false;
        }
        LocalDate firstOrder = orders.get(0).date();
        return f -> Facts.isHeld(view, f) && !f.heldOn().get().isBefore(firstOrder);
    }

    /** Whether a participant is a relative or network member the citizen chose to involve. */
    private static boolean chosenNetwork(Participant p) {
        return p.chosenByCitizen() && (p.role() == Role.RELATIVE || p.role() == Role.NETWORK);
    }

    private static Evaluation chosenNetworkTookPart(CaseView view) {
        List<Participant> relatives = view.participantsWithRole(Role.RELATIVE);
        List<Participant> network = view.participantsWithRole(Role.NETWORK);
        List<Meeting> meetings = Facts.meetingsWithCitizen(view);
        Evaluation.Builder tookPart = null;
        int count = 0;
        for (Meeting m : meetings) {
            if (Facts.anyTookPart(m, relatives, Participant::chosenByCitizen)
                    || Facts.anyTookPart(m, network, Participant::chosenByCitizen)) {
                if (tookPart == null) {
                    tookPart = Facts.onEvent(Outcome.MET, "took-part", "meeting", m);
                } else {
                    tookPart.evidence(m.id());
                }
                count++;
            }
        }
        if (tookPart != null) {
            return Facts.judgingMeetings(tookPart.arg("count", count).arg("total", meetings.size()), view)
                    .build();
        }
        Evaluation.Builder notInvolved = Evaluation.builder(Outcome.NOT_MET, "not-involved");
        for (Meeting m : meetings) {
            notInvolved.evidence(m.id());
        }
        return Facts.judgingMeetings(notInvolved.arg("total", meetings.size()), view)
                .build();
    }
}
