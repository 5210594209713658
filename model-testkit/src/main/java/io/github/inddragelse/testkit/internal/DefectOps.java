package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MethodApplied;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.testkit.CaseUnderTest;
import io.github.inddragelse.testkit.Defect;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Detects, introduces and repairs each {@link Defect}. The definitions are written on the {@link
 * Defect} constants; this class implements them.
 */
public final class DefectOps {

    /** Days after the order to the provider by which a method should be recorded. */
    static final int METHOD_DUE_DAYS = 28;
    /** Days within which a complaint is to be reconsidered (RSL §66). */
    static final int RECONSIDERATION_DAYS = 28;

    private static final Set<CommunicationNeed> INTERPRETER_NEEDS = EnumSet.of(
            CommunicationNeed.LANGUAGE_INTERPRETER,
            CommunicationNeed.SIGN_LANGUAGE_INTERPRETER,
            CommunicationNeed.TACTILE_INTERPRETER);

    private DefectOps() {}

    static boolean adverse(Decision d) {
        return d.isAdverse();
    }

    static boolean helpGiving(Decision d) {
        return d.outcome().givesHelp();
    }

    // ---------------------------------------------------------------- detection

    /**
     * Whether a defect is present.
     *
     * @param c the case
     * @param defect the defect
     * @return true if present as of the case's date
     */
    public static boolean isPresent(CaseUnderTest c, Defect defect) {
        return isPresent(new CaseEdit(c.process(), c.asOf()), defect);
    }

    /**
     * Every defect present, in declaration order.
     *
     * @param c the case
     * @return the defects present
     */
    public static Set<Defect> presentIn(CaseUnderTest c) {
        CaseEdit e = new CaseEdit(c.process(), c.asOf());
        Set<Defect> found = EnumSet.noneOf(Defect.class);
        for (Defect defect : Defect.values()) {
            if (isPresent(e, defect)) {
                found.add(defect);
            }
        }
        return found;
    }

    private static boolean isPresent(CaseEdit e, Defect defect) {
        switch (defect) {
            case NO_HEARING_BEFORE_REJECTION:
                return !unheardAdverseDecisions(e).isEmpty();
            case NO_COMPLAINT_GUIDANCE:
                return e.known(Decision.class).stream().anyMatch(d -> adverse(d) && !d.complaintGuidance());
            case REASONS_MISSING:
                return e.known(Decision.class).stream().anyMatch(d -> adverse(d) && !fullReasons(d));
            case NO_INVESTIGATION_BEFORE_DECISION:
                return firstUninvestigatedDecision(e).isPresent();
            case DEADLINE_MISSED_WITHOUT_NOTICE:
                return deadlineMissedWithoutNotice(e);
            case OVERDUE_FOLLOW_UP:
                return !overdueFollowUps(e).isEmpty()
                        || !decisionsWithOverdueFollowUp(e).isEmpty();
            case NO_FOLLOW_UP_PLANNED:
                return !decisionsWithoutFollowUp(e).isEmpty();
            case INTERPRETER_MISSING:
                return !meetingsMissingInterpreter(e).isEmpty();
            case CHILD_INTERPRETER:
                return !childInterpreters(e).isEmpty();
            case WISHES_NOT_IN_OWN_WORDS:
                return e.known(Investigation.class).stream().anyMatch(i -> !i.wishesInOwnWords());
            case GOALS_NOT_ACCEPTED:
                return e.known(Goal.class).stream().anyMatch(g -> !g.acceptedByCitizen());
            case NO_CITIZEN_AT_MEETINGS:
                // a meeting the citizen declined gave the opportunity to take part
                return e.known(Meeting.class).stream()
                        .anyMatch(m -> !m.involves(e.citizenId()) && !m.citizenDeclined());
            case ACTION_PLAN_NOT_OFFERED:
                return !e.citizenReachedPensionAge
                        && significantReduction(e)
                        && e.known(Decision.class).stream().anyMatch(DefectOps::helpGiving)
                        && e.known(ActionPlan.class).stream().noneMatch(ActionPlan::offered);
            case RESOURCES_NOT_RECORDED:
                return e.known(Investigation.class).stream().anyMatch(i -> !hasResources(i));
            case NETWORK_NOT_MAPPED:
                return e.known(Investigation.class).stream().anyMatch(i -> !i.networkMapped());
            case PROVIDER_ORDER_WITHOUT_GOALS:
                return e.known(ProviderOrder.class).stream()
                        .anyMatch(o -> o.goalIds().isEmpty() || !o.purposeStated());
            case METHOD_NOT_NAMED:
                return !ordersDueAMethod(e).isEmpty()
                        && e.known(MethodApplied.class).isEmpty();
            case CASEWORKER_CHANGE_UNANNOUNCED:
                return e.known(CaseworkerChange.class).stream().anyMatch(ch -> !ch.citizenInformed());
            case COMPLAINT_NOT_RECONSIDERED:
                return !unreconsideredComplaints(e).isEmpty();
            case NOTICE_DATE_NOT_KEPT:
                return noticeDateNotKept(e);
            case HEARING_DEADLINE_NOT_AWAITED:
                return !decidedBeforeHearingDeadline(e).isEmpty();
            case COMPLAINT_NOT_SENT_ON:
                return !complaintsNotSentOn(e).isEmpty();
            case NO_DECISION_AFTER_CHANGE:
                return !changesWithoutDecision(e).isEmpty();
            case LIFE_AREAS_NOT_ASSESSED:
                return !unassessedInvestigations(e).isEmpty();
            default:
                throw new IllegalArgumentException(defect.toString());
        }
    }

    /** Whether the reasons hold what FVL §24 asks: rules and facts, and considerations if discretionary. */
    private static boolean fullReasons(Decision d) {
        return d.reasonsCiteRules() && (!d.discretionary() || d.reasonsStateConsiderations()) && d.reasonsStateFacts();
    }

    private static boolean hasResources(Investigation i) {
        return i.resources().isPresent()
                || i.lifeAreas().stream().anyMatch(a -> a.resources().isPresent());
    }

    /**
     * Whether a hearing is one for a decision, as the FVL §19 rule finds it: dated on or before the
     * decision, about its provision or naming none, and after the previous known decision on the same
     * provision, which used up the hearings before it.
     */
    private static boolean precedes(CaseEdit e, Hearing h, Decision d) {
        Optional<LocalDate> previous = previousOnProvision(e, d);
        return !h.date().isAfter(d.date())
                && h.provision().map(p -> p.equals(d.provision())).orElse(true)
                && previous.map(h.date()::isAfter).orElse(true);
    }

    /** The date of the latest known decision on the same provision that comes before a decision in the case. */
    private static Optional<LocalDate> previousOnProvision(CaseEdit e, Decision d) {
        LocalDate previous = null;
        for (Decision other : e.known(Decision.class)) {
            if (other.id().equals(d.id())) {
                break;
            }
            if (other.provision().equals(d.provision())) {
                previous = other.date();
            }
        }
        return Optional.ofNullable(previous);
    }

    private static List<Decision> unheardAdverseDecisions(CaseEdit e) {
        List<Hearing> hearings = e.known(Hearing.class);
        return e.known(Decision.class).stream()
                .filter(d -> adverse(d) && d.hearingExemption().isEmpty())
                .filter(d -> hearings.stream().noneMatch(h -> precedes(e, h, d)))
                .collect(Collectors.toList());
    }

    private static Optional<Decision> firstUninvestigatedDecision(CaseEdit e) {
        List<Investigation> investigations = e.known(Investigation.class);
        return e.known(Decision.class).stream()
                .filter(d -> investigations.stream().noneMatch(i -> !i.date().isAfter(d.date())))
                .min((a, b) -> a.date().compareTo(b.date()));
    }

    /** The date of the first known decision, if any. */
    static Optional<LocalDate> firstDecisionDate(CaseEdit e) {
        return e.known(Decision.class).stream().map(Decision::date).min(LocalDate::compareTo);
    }

    /** The date the deadline is measured against: the first known decision, else the as-of date. */
    private static LocalDate decisionOrAsOf(CaseEdit e) {
        return firstDecisionDate(e).orElse(e.asOf);
    }

    /**
     * The date a repairing deadline notice tells the citizen to expect the decision by: the day the
     * first known decision came, or, without one, four weeks after the as-of date.
     */
    private static LocalDate expectedByRepair(CaseEdit e) {
        return firstDecisionDate(e).orElse(e.asOf.plusDays(28));
    }

    private static boolean deadlineMissedWithoutNotice(CaseEdit e) {
        Optional<LocalDate> due = e.process().decisionDueBy();
        if (due.isEmpty() || !decisionOrAsOf(e).isAfter(due.get())) {
            return false;
        }
        return e.known(DeadlineNotice.class).stream()
                .noneMatch(n -> n.written() && !n.date().isAfter(due.get()));
    }

    private static boolean heldBy(FollowUp f, LocalDate asOf) {
        return Timeline.known(f.heldOn(), asOf).isPresent();
    }

    static List<FollowUp> overdueFollowUps(CaseEdit e) {
        return e.known(FollowUp.class).stream()
                .filter(f -> f.plannedFor().isBefore(e.asOf) && !heldBy(f, e.asOf))
                .collect(Collectors.toList());
    }

    static List<Decision> decisionsWithOverdueFollowUp(CaseEdit e) {
        List<FollowUp> followUps = e.known(FollowUp.class);
        return e.known(Decision.class).stream()
                .filter(d -> d.followUpDate().map(f -> f.isBefore(e.asOf)).orElse(false))
                .filter(d -> followUps.stream().noneMatch(f -> Timeline.known(f.heldOn(), e.asOf)
                        .map(h -> !h.isBefore(d.date()))
                        .orElse(false)))
                .collect(Collectors.toList());
    }

    private static List<Decision> decisionsWithoutFollowUp(CaseEdit e) {
        List<FollowUp> followUps = e.known(FollowUp.class);
        return e.known(Decision.class).stream()
                .filter(d -> helpGiving(d) && d.followUpDate().isEmpty())
                .filter(d -> followUps.stream().noneMatch(f -> !f.date().isBefore(d.date())))
                .collect(Collectors.toList());
    }

    private static Optional<CommunicationNeed> interpreterNeed(CaseEdit e) {
        return e.needs.stream().filter(INTERPRETER_NEEDS::contains).findFirst();
    }

    private static boolean isInterpreter(CaseEdit e, String id) {
        return e.participant(id).map(p -> p.role() == Role.INTERPRETER).orElse(false);
    }

    private static List<Meeting> meetingsMissingInterpreter(CaseEdit e) {
        if (interpreterNeed(e).isEmpty()) {
            return List.of();
        }
        return e.known(Meeting.class).stream()
                .filter(m -> m.involves(e.citizenId()))
                .filter(m -> m.participantIds().stream().noneMatch(id -> isInterpreter(e, id)))
                .collect(Collectors.toList());
    }

    private static List<Participant> childInterpreters(CaseEdit e) {
        List<CaseEvent> known = e.known(CaseEvent.class);
        return e.participants.stream()
                .filter(p -> p.role() == Role.INTERPRETER && p.underEighteen())
                .filter(p -> known.stream().anyMatch(ev -> ev.involves(p.id())))
                .collect(Collectors.toList());
    }

    /**
     * Of some events in timeline order, the latest: the last in the timeline of those on the latest day,
     * as the standard rules take the latest (they see the events stably sorted by date).
     */
    private static <T extends CaseEvent> Optional<T> latestOf(List<T> events) {
        return events.stream().reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
    }

    /** The latest known investigation (see {@link #latestOf}), the one the SEL §141 rule reads. */
    private static Optional<Investigation> latestInvestigation(CaseEdit e) {
        return latestOf(e.known(Investigation.class));
    }

    private static boolean significantReduction(CaseEdit e) {
        return latestInvestigation(e).stream()
                .flatMap(i -> i.lifeAreas().stream())
                .anyMatch(a -> a.functionLevel().significant());
    }

    private static List<ProviderOrder> ordersDueAMethod(CaseEdit e) {
        return e.known(ProviderOrder.class).stream()
                .filter(o -> !o.date().plusDays(METHOD_DUE_DAYS).isAfter(e.asOf))
                .collect(Collectors.toList());
    }

    /**
     * The date the citizen was last told in time to expect the decision by: following the known notices
     * by date up to the first known decision (or the as-of date), each written notice dated on or before
     * the date then in force (at first the due date) moves it to its expected date, if later. Empty when
     * no written notice came in time.
     */
    private static Optional<LocalDate> noticedDate(CaseEdit e, LocalDate due) {
        LocalDate reference = decisionOrAsOf(e);
        LocalDate expected = due;
        boolean timely = false;
        List<DeadlineNotice> notices = new ArrayList<>(e.known(DeadlineNotice.class));
        notices.sort(Comparator.comparing(DeadlineNotice::date));
        for (DeadlineNotice n : notices) {
            if (n.date().isAfter(reference)) {
                break;
            }
            if (n.written() && !n.date().isAfter(expected)) {
                timely = true;
                expected = latest(expected, n.expectedDecisionBy());
            }
        }
        return timely ? Optional.of(expected) : Optional.empty();
    }

    private static boolean noticeDateNotKept(CaseEdit e) {
        Optional<LocalDate> due = e.process().decisionDueBy();
        if (due.isEmpty() || !decisionOrAsOf(e).isAfter(due.get())) {
            return false;
        }
        return noticedDate(e, due.get())
                .map(expected -> decisionOrAsOf(e).isAfter(expected))
                .orElse(false);
    }

    /**
     * The latest known hearing for a decision (see {@link #precedes}): of several on that day, the last in
     * the timeline, as the FVL §19 rule takes it.
     */
    private static Optional<Hearing> latestHearingBefore(CaseEdit e, Decision d) {
        return latestOf(
                e.known(Hearing.class).stream().filter(h -> precedes(e, h, d)).collect(Collectors.toList()));
    }

    /** The known adverse decisions, with no hearing exemption, that a hearing comes before. */
    private static List<Decision> heardAdverseDecisions(CaseEdit e) {
        return e.known(Decision.class).stream()
                .filter(d -> adverse(d) && d.hearingExemption().isEmpty())
                .filter(d -> latestHearingBefore(e, d).isPresent())
                .collect(Collectors.toList());
    }

    /** Whether a hearing was answered by a decision's date, as known as of the as-of date. */
    private static boolean answeredBy(CaseEdit e, Hearing h, Decision d) {
        return Timeline.known(h.respondedOn(), e.asOf)
                .map(r -> !r.isAfter(d.date()))
                .orElse(false);
    }

    private static List<Decision> decidedBeforeHearingDeadline(CaseEdit e) {
        return heardAdverseDecisions(e).stream()
                .filter(d -> {
                    Hearing h = latestHearingBefore(e, d).orElseThrow();
                    return !answeredBy(e, h, d) && !h.responseDeadline().isBefore(d.date());
                })
                .collect(Collectors.toList());
    }

    /** The last day a complaint is to be reconsidered and, where needed, sent on (RSL §§66-67). */
    static LocalDate complaintDue(Complaint c) {
        return c.date().plusDays(RECONSIDERATION_DAYS);
    }

    /** The known complaints reconsidered within their 28 days, as known as of the as-of date. */
    private static List<Complaint> reconsideredInTime(CaseEdit e) {
        return e.known(Complaint.class).stream()
                .filter(c -> Timeline.known(c.reconsideredOn(), e.asOf)
                        .map(r -> !r.isAfter(complaintDue(c)))
                        .orElse(false))
                .collect(Collectors.toList());
    }

    private static List<Complaint> complaintsNotSentOn(CaseEdit e) {
        return reconsideredInTime(e).stream()
                .filter(c -> {
                    Optional<LocalDate> sent = Timeline.known(c.forwardedOn(), e.asOf);
                    boolean mustSend = c.reconsiderationOutcome()
                            .map(ReconsiderationOutcome::mustBeSentOn)
                            .orElse(sent.isPresent());
                    return mustSend
                            && sent.map(f -> f.isAfter(complaintDue(c))).orElse(e.asOf.isAfter(complaintDue(c)));
                })
                .collect(Collectors.toList());
    }

    /** The known follow-ups held more than 28 days before the as-of date with no known decision since. */
    private static List<FollowUp> heldWithoutDecisionSince(CaseEdit e) {
        List<Decision> decisions = e.known(Decision.class);
        return e.known(FollowUp.class).stream()
                .filter(f -> Timeline.known(f.heldOn(), e.asOf)
                        .map(h -> h.plusDays(RECONSIDERATION_DAYS).isBefore(e.asOf)
                                && decisions.stream().noneMatch(d -> !d.date().isBefore(h)))
                        .orElse(false))
                .collect(Collectors.toList());
    }

    private static List<FollowUp> changesWithoutDecision(CaseEdit e) {
        return heldWithoutDecisionSince(e).stream()
                .filter(f -> f.outcome()
                        .map(o -> o == FollowUpOutcome.CHANGE || o == FollowUpOutcome.END)
                        .orElse(false))
                .collect(Collectors.toList());
    }

    private static boolean anyLifeAreaAssessed(Investigation i) {
        return i.lifeAreas().stream().anyMatch(a -> a.functionLevel() != FunctionLevel.NOT_ASSESSED);
    }

    /**
     * The latest known investigation (see {@link #latestOf}) on or before each known decision, where it
     * assesses no life area.
     */
    private static List<Investigation> unassessedInvestigations(CaseEdit e) {
        List<Investigation> investigations = e.known(Investigation.class);
        return e.known(Decision.class).stream()
                .map(d -> latestOf(investigations.stream()
                        .filter(i -> !i.date().isAfter(d.date()))
                        .collect(Collectors.toList())))
                .flatMap(Optional::stream)
                .filter(i -> !anyLifeAreaAssessed(i))
                .distinct()
                .collect(Collectors.toList());
    }

    private static List<Complaint> unreconsideredComplaints(CaseEdit e) {
        return e.known(Complaint.class).stream()
                .filter(c -> {
                    LocalDate due = complaintDue(c);
                    return Timeline.known(c.reconsideredOn(), e.asOf)
                            .map(r -> r.isAfter(due))
                            .orElse(e.asOf.isAfter(due));
                })
                .collect(Collectors.toList());
    }

    // ---------------------------------------------------------------- applicability

    /**
     * What a defect needs, for error messages.
     *
     * @param defect the defect
     * @return a short description
     */
    public static String needs(Defect defect) {
        switch (defect) {
            case NO_HEARING_BEFORE_REJECTION:
            case NO_COMPLAINT_GUIDANCE:
            case REASONS_MISSING:
                return "it needs a known adverse decision (one that does not fully grant the request)";
            case NO_INVESTIGATION_BEFORE_DECISION:
                return "it needs a known decision";
            case DEADLINE_MISSED_WITHOUT_NOTICE:
            case NOTICE_DATE_NOT_KEPT:
                return "it needs a decision (or the as-of date) at least two days after the opening";
            case HEARING_DEADLINE_NOT_AWAITED:
                return "it needs a known adverse decision with no hearing exemption and a known hearing before it";
            case COMPLAINT_NOT_SENT_ON:
                return "it needs a complaint received more than " + RECONSIDERATION_DAYS
                        + " days before the as-of date and reconsidered within them";
            case NO_DECISION_AFTER_CHANGE:
                return "it needs a follow-up held more than " + RECONSIDERATION_DAYS
                        + " days before the as-of date and no known decision since";
            case LIFE_AREAS_NOT_ASSESSED:
                return "it needs a known decision with a known investigation on or before it";
            case OVERDUE_FOLLOW_UP:
                return "it needs a pending follow-up scheduled before the as-of date, or a known help-giving"
                        + " decision dated before it";
            case NO_FOLLOW_UP_PLANNED:
                return "it needs a known help-giving decision";
            case INTERPRETER_MISSING:
                return "it needs a known meeting with the citizen";
            case CHILD_INTERPRETER:
                return "it needs a known meeting";
            case NO_CITIZEN_AT_MEETINGS:
                return "it needs a known meeting the citizen did not decline";
            case ACTION_PLAN_NOT_OFFERED:
                return "it needs a known investigation and a known help-giving decision";
            case WISHES_NOT_IN_OWN_WORDS:
            case RESOURCES_NOT_RECORDED:
            case NETWORK_NOT_MAPPED:
                return "it needs a known investigation";
            case GOALS_NOT_ACCEPTED:
                return "it needs a known goal";
            case PROVIDER_ORDER_WITHOUT_GOALS:
                return "it needs a known order to the provider";
            case METHOD_NOT_NAMED:
                return "it needs an order to the provider at least " + METHOD_DUE_DAYS + " days before the as-of date";
            case CASEWORKER_CHANGE_UNANNOUNCED:
                return "it needs a known change of caseworker";
            case COMPLAINT_NOT_RECONSIDERED:
                return "it needs a complaint received more than " + RECONSIDERATION_DAYS
                        + " days before the as-of date";
            default:
                throw new IllegalArgumentException(defect.toString());
        }
    }

    /**
     * Whether a defect can be introduced.
     *
     * @param c the case
     * @param defect the defect
     * @return true if the case has what the defect needs
     */
    public static boolean canIntroduce(CaseUnderTest c, Defect defect) {
        CaseEdit e = new CaseEdit(c.process(), c.asOf());
        switch (defect) {
            case NO_HEARING_BEFORE_REJECTION:
            case NO_COMPLAINT_GUIDANCE:
            case REASONS_MISSING:
                return e.known(Decision.class).stream().anyMatch(DefectOps::adverse);
            case NO_INVESTIGATION_BEFORE_DECISION:
                return !e.known(Decision.class).isEmpty();
            case DEADLINE_MISSED_WITHOUT_NOTICE:
            case NOTICE_DATE_NOT_KEPT:
                return ChronoUnit.DAYS.between(e.process().openedOn(), decisionOrAsOf(e)) >= 2;
            case HEARING_DEADLINE_NOT_AWAITED:
                return !heardAdverseDecisions(e).isEmpty();
            case COMPLAINT_NOT_SENT_ON:
                return reconsideredInTime(e).stream()
                        .anyMatch(k -> complaintDue(k).isBefore(e.asOf));
            case NO_DECISION_AFTER_CHANGE:
                return !heldWithoutDecisionSince(e).isEmpty();
            case LIFE_AREAS_NOT_ASSESSED:
                return e.known(Decision.class).stream().anyMatch(d -> e.known(Investigation.class).stream()
                        .anyMatch(i -> !i.date().isAfter(d.date())));
            case OVERDUE_FOLLOW_UP:
                return pendingFollowUp(e).isPresent()
                        || latestHelpGivingBeforeAsOf(e).isPresent();
            case NO_FOLLOW_UP_PLANNED:
                return e.known(Decision.class).stream().anyMatch(DefectOps::helpGiving);
            case INTERPRETER_MISSING:
                return e.known(Meeting.class).stream().anyMatch(m -> m.involves(e.citizenId()));
            case CHILD_INTERPRETER:
            case NO_CITIZEN_AT_MEETINGS:
                // a meeting the citizen declined stays declined, and is no defect
                return e.known(Meeting.class).stream().anyMatch(m -> !m.citizenDeclined());
            case ACTION_PLAN_NOT_OFFERED:
                return !e.known(Investigation.class).isEmpty()
                        && e.known(Decision.class).stream().anyMatch(DefectOps::helpGiving);
            case WISHES_NOT_IN_OWN_WORDS:
            case RESOURCES_NOT_RECORDED:
            case NETWORK_NOT_MAPPED:
                return !e.known(Investigation.class).isEmpty();
            case GOALS_NOT_ACCEPTED:
                return !e.known(Goal.class).isEmpty();
            case PROVIDER_ORDER_WITHOUT_GOALS:
                return !e.known(ProviderOrder.class).isEmpty();
            case METHOD_NOT_NAMED:
                return !ordersDueAMethod(e).isEmpty();
            case CASEWORKER_CHANGE_UNANNOUNCED:
                return !e.known(CaseworkerChange.class).isEmpty();
            case COMPLAINT_NOT_RECONSIDERED:
                return e.known(Complaint.class).stream()
                        .anyMatch(k -> complaintDue(k).isBefore(e.asOf));
            default:
                throw new IllegalArgumentException(defect.toString());
        }
    }

    /** The latest known follow-up not held as of the as-of date and scheduled before it. */
    private static Optional<FollowUp> pendingFollowUp(CaseEdit e) {
        return e.known(FollowUp.class).stream()
                .filter(f -> !heldBy(f, e.asOf) && f.date().isBefore(e.asOf))
                .reduce((a, b) -> b);
    }

    private static Optional<Decision> latestHelpGivingBeforeAsOf(CaseEdit e) {
        return e.known(Decision.class).stream()
                .filter(d -> helpGiving(d) && d.date().isBefore(e.asOf))
                .reduce((a, b) -> b);
    }

    // ---------------------------------------------------------------- introduction

    /**
     * Introduces a defect; the caller has checked {@link #canIntroduce(CaseUnderTest, Defect)}.
     *
     * @param c the case
     * @param defect the defect
     * @return the changed process
     */
    public static CaseProcess introduce(CaseUnderTest c, Defect defect) {
        CaseEdit e = new CaseEdit(c.process(), c.asOf());
        switch (defect) {
            case NO_HEARING_BEFORE_REJECTION:
                for (Decision d : e.known(Decision.class)) {
                    if (adverse(d)) {
                        e.replace(Decision.builder()
                                .from(d)
                                .hearingExemption(Optional.empty())
                                .build());
                        e.known(Hearing.class).stream()
                                .filter(h -> precedes(e, h, d))
                                .forEach(e::remove);
                    }
                }
                break;
            case NO_COMPLAINT_GUIDANCE:
                complaintGuidance(e, false);
                break;
            case REASONS_MISSING:
                e.updateKnown(
                        Decision.class,
                        d -> adverse(d)
                                ? Decision.builder()
                                        .from(d)
                                        .reasonsCiteRules(false)
                                        .reasonsStateConsiderations(false)
                                        .reasonsStateFacts(false)
                                        .reasons(Texts.BARE_REASONS)
                                        .build()
                                : d);
                break;
            case NO_INVESTIGATION_BEFORE_DECISION: {
                LocalDate last = e.known(Decision.class).stream()
                        .map(Decision::date)
                        .max(LocalDate::compareTo)
                        .orElseThrow();
                e.known(Investigation.class).stream()
                        .filter(i -> !i.date().isAfter(last))
                        .forEach(e::remove);
                break;
            }
            case DEADLINE_MISSED_WITHOUT_NOTICE:
                missDeadline(e);
                break;
            case NOTICE_DATE_NOT_KEPT: {
                LocalDate due = missDeadline(e);
                // the notice a week before the due date, but never after the last event (without a decision
                // the due date may fall after it), so that the case's latest fact stays where it was
                LocalDate last = e.events.stream()
                        .map(CaseEvent::date)
                        .max(LocalDate::compareTo)
                        .orElse(due);
                LocalDate on = latest(e.process().openedOn(), earliest(due.minusDays(7), last));
                e.add(writtenNotice(e, on, decisionOrAsOf(e).minusDays(1)));
                break;
            }
            case HEARING_DEADLINE_NOT_AWAITED:
                for (Decision d : heardAdverseDecisions(e)) {
                    Hearing h = latestHearingBefore(e, d).orElseThrow();
                    e.replace(Hearing.builder()
                            .from(h)
                            .respondedOn(Optional.empty())
                            .response(Optional.empty())
                            .responseDeadline(
                                    h.responseDeadline().isBefore(d.date())
                                            ? d.date().plusDays(7)
                                            : h.responseDeadline())
                            .build());
                }
                break;
            case COMPLAINT_NOT_SENT_ON:
                for (Complaint k : reconsideredInTime(e)) {
                    if (complaintDue(k).isBefore(e.asOf)) {
                        e.replace(Complaint.builder()
                                .from(k)
                                .reconsiderationOutcome(k.reconsiderationOutcome()
                                        .filter(ReconsiderationOutcome::mustBeSentOn)
                                        .orElse(ReconsiderationOutcome.UPHELD))
                                .forwardedOn(Optional.empty())
                                .build());
                    }
                }
                break;
            case NO_DECISION_AFTER_CHANGE: {
                List<FollowUp> held = heldWithoutDecisionSince(e);
                FollowUp f = held.get(held.size() - 1);
                e.replace(FollowUp.builder()
                        .from(f)
                        .outcome(FollowUpOutcome.CHANGE)
                        .note(Texts.CHANGE_FOLLOW_UP_NOTE)
                        .build());
                break;
            }
            case LIFE_AREAS_NOT_ASSESSED: {
                LocalDate last = e.known(Decision.class).stream()
                        .map(Decision::date)
                        .max(LocalDate::compareTo)
                        .orElseThrow();
                for (Investigation i : e.known(Investigation.class)) {
                    if (!i.date().isAfter(last)) {
                        e.replace(withLifeAreas(i, FunctionLevel.NOT_ASSESSED, SupportNeed.NOT_ASSESSED));
                    }
                }
                break;
            }
            case OVERDUE_FOLLOW_UP:
                introduceOverdueFollowUp(e);
                break;
            case NO_FOLLOW_UP_PLANNED: {
                LocalDate first = e.known(Decision.class).stream()
                        .filter(DefectOps::helpGiving)
                        .map(Decision::date)
                        .min(LocalDate::compareTo)
                        .orElseThrow();
                e.updateKnown(
                        Decision.class,
                        d -> helpGiving(d)
                                ? Decision.builder()
                                        .from(d)
                                        .followUpDate(Optional.empty())
                                        .build()
                                : d);
                new ArrayList<>(e.events)
                        .stream()
                                .filter(ev ->
                                        ev instanceof FollowUp && !ev.date().isBefore(first))
                                .forEach(e::remove);
                break;
            }
            case INTERPRETER_MISSING:
                if (interpreterNeed(e).isEmpty()) {
                    e.needs.add(CommunicationNeed.LANGUAGE_INTERPRETER);
                }
                for (Meeting m : e.known(Meeting.class)) {
                    if (m.involves(e.citizenId())) {
                        removeInterpreters(e, m);
                    }
                }
                break;
            case CHILD_INTERPRETER:
                introduceChildInterpreter(e);
                break;
            case WISHES_NOT_IN_OWN_WORDS:
                e.updateKnown(Investigation.class, i -> Investigation.builder()
                        .from(i)
                        .wishesInOwnWords(false)
                        .citizensWishes(Texts.PARAPHRASED_WISHES)
                        .build());
                break;
            case GOALS_NOT_ACCEPTED:
                acceptGoals(e, false);
                break;
            case NO_CITIZEN_AT_MEETINGS:
                // a meeting the citizen declined already goes without the citizen, and is no defect
                e.updateKnown(Meeting.class, m -> (Meeting) e.withoutCitizen(m));
                break;
            case ACTION_PLAN_NOT_OFFERED:
                // the duty covers citizens under the state pension age
                e.citizenReachedPensionAge = false;
                if (!significantReduction(e)) {
                    e.replace(withSignificantReduction(latestInvestigation(e).orElseThrow()));
                }
                e.known(ActionPlan.class).forEach(e::remove);
                break;
            case RESOURCES_NOT_RECORDED:
                e.updateKnown(Investigation.class, i -> Investigation.builder()
                        .from(i)
                        .resources(Optional.empty())
                        .lifeAreas(i.lifeAreas().stream()
                                .map(a -> LifeAreaAssessment.builder()
                                        .from(a)
                                        .resources(Optional.empty())
                                        .build())
                                .collect(Collectors.toList()))
                        .build());
                break;
            case NETWORK_NOT_MAPPED:
                mapNetwork(e, false);
                break;
            case PROVIDER_ORDER_WITHOUT_GOALS:
                e.updateKnown(ProviderOrder.class, o -> ProviderOrder.builder()
                        .from(o)
                        .goalIds(List.of())
                        .purposeStated(false)
                        .build());
                break;
            case METHOD_NOT_NAMED:
                e.known(MethodApplied.class).forEach(e::remove);
                break;
            case CASEWORKER_CHANGE_UNANNOUNCED:
                e.updateKnown(CaseworkerChange.class, ch -> CaseworkerChange.builder()
                        .from(ch)
                        .citizenInformed(false)
                        .handoverWithCitizen(false)
                        .note(Optional.empty())
                        .build());
                break;
            case COMPLAINT_NOT_RECONSIDERED:
                e.updateKnown(
                        Complaint.class,
                        k -> complaintDue(k).isBefore(e.asOf)
                                ? Complaint.builder()
                                        .from(k)
                                        .reconsideredOn(Optional.empty())
                                        .reconsiderationOutcome(Optional.empty())
                                        .forwardedOn(Optional.empty())
                                        .build()
                                : k);
                break;
            default:
                throw new IllegalArgumentException(defect.toString());
        }
        return e.build();
    }

    /**
     * Shortens the deadline so that the first known decision (or the as-of date) comes after it, and
     * removes the deadline notices.
     *
     * @return the new due date
     */
    private static LocalDate missDeadline(CaseEdit e) {
        e.known(DeadlineNotice.class).forEach(e::remove);
        long gap = ChronoUnit.DAYS.between(e.process().openedOn(), decisionOrAsOf(e));
        long weeks = (gap - 1) / 7;
        Period deadline = weeks >= 1 ? Period.ofWeeks((int) weeks) : Period.ofDays((int) gap - 1);
        e.deadline = Optional.of(deadline);
        return e.process().openedOn().plus(deadline);
    }

    /** A written deadline notice to the citizen, on a date, with the date to expect the decision by. */
    static DeadlineNotice writtenNotice(CaseEdit e, LocalDate on, LocalDate expected) {
        return DeadlineNotice.builder()
                .id(e.freshEventId("frist"))
                .date(on)
                .participantIds(e.citizenAnd(e.anyCaseworker()))
                .expectedDecisionBy(expected)
                .written(true)
                .build();
    }

    /**
     * An investigation with every life area at one function level and support need (also for the
     * testkit's own tests, which shape cases by hand).
     *
     * @param i the investigation
     * @param level the function level of every life area
     * @param need the support need of every life area
     * @return the changed copy
     */
    public static Investigation withLifeAreas(Investigation i, FunctionLevel level, SupportNeed need) {
        return Investigation.builder()
                .from(i)
                .lifeAreas(i.lifeAreas().stream()
                        .map(a -> LifeAreaAssessment.builder()
                                .from(a)
                                .functionLevel(level)
                                .supportNeed(need)
                                .build())
                        .collect(Collectors.toList()))
                .build();
    }

    private static void introduceOverdueFollowUp(CaseEdit e) {
        LocalDate target = e.asOf.minusDays(14);
        Optional<FollowUp> pending = pendingFollowUp(e);
        if (pending.isPresent()) {
            FollowUp f = pending.get();
            LocalDate due = f.date().isAfter(target) ? f.date() : target;
            e.replace(FollowUp.builder()
                    .from(f)
                    .plannedFor(due)
                    .heldOn(Optional.empty())
                    .outcome(Optional.empty())
                    .goalsReviewedWithCitizen(false)
                    .providerStatusCollected(false)
                    .build());
            e.updateKnown(
                    Decision.class,
                    d -> d.followUpDate().equals(Optional.of(f.plannedFor()))
                            ? Decision.builder().from(d).followUpDate(due).build()
                            : d);
        } else {
            Decision d = latestHelpGivingBeforeAsOf(e).orElseThrow();
            LocalDate due = d.date().isAfter(target) ? d.date() : target;
            e.add(FollowUp.builder()
                    .id(e.freshEventId("opfoelgning"))
                    .date(d.date())
                    .addParticipantId(e.caseworkerFor(d))
                    .plannedFor(due)
                    .build());
        }
    }

    private static void removeInterpreters(CaseEdit e, Meeting m) {
        List<String> interpreters =
                m.participantIds().stream().filter(id -> isInterpreter(e, id)).collect(Collectors.toList());
        e.replace(CaseEdit.withParticipantIds(
                m,
                m.participantIds().stream()
                        .filter(id -> !interpreters.contains(id))
                        .collect(Collectors.toList())));
        interpreters.forEach(e::dropIfUnused);
    }

    private static InterpretationKind kindFor(CommunicationNeed need) {
        switch (need) {
            case SIGN_LANGUAGE_INTERPRETER:
                return InterpretationKind.SIGN;
            case TACTILE_INTERPRETER:
                return InterpretationKind.TACTILE;
            default:
                return InterpretationKind.LANGUAGE;
        }
    }

    private static void introduceChildInterpreter(CaseEdit e) {
        CommunicationNeed need = interpreterNeed(e)
                .filter(n -> n != CommunicationNeed.TACTILE_INTERPRETER)
                .orElse(CommunicationNeed.LANGUAGE_INTERPRETER);
        e.needs.add(need);
        Participant child = Participant.builder()
                .id(e.freshParticipantId("barn"))
                .role(Role.INTERPRETER)
                .interpretation(kindFor(need))
                .underEighteen(true)
                .chosenByCitizen(true)
                .description(Texts.CHILD_INTERPRETER)
                .build();
        e.participants.add(child);
        List<Meeting> meetings = e.known(Meeting.class);
        Meeting m = meetings.stream()
                .filter(x -> x.involves(e.citizenId()))
                .findFirst()
                .orElse(meetings.get(0));
        removeInterpreters(e, m);
        Meeting without = (Meeting)
                e.events.stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
        List<String> ids = new ArrayList<>(without.participantIds());
        ids.add(child.id());
        e.replace(CaseEdit.withParticipantIds(without, ids));
        addAdultInterpreters(e, kindFor(need));
    }

    /** Puts an adult interpreter into every known meeting with the citizen that has no interpreter. */
    private static void addAdultInterpreters(CaseEdit e, InterpretationKind kind) {
        List<Meeting> missing = meetingsMissingInterpreter(e);
        if (missing.isEmpty()) {
            return;
        }
        String interpreter = adultInterpreter(e, kind);
        for (Meeting m : missing) {
            List<String> ids = new ArrayList<>(m.participantIds());
            ids.add(interpreter);
            e.replace(CaseEdit.withParticipantIds(m, ids));
        }
    }

    private static Investigation withSignificantReduction(Investigation i) {
        List<LifeAreaAssessment> areas = new ArrayList<>(i.lifeAreas());
        if (areas.isEmpty()) {
            areas.add(LifeAreaAssessment.builder()
                    .area(LifeArea.PRACTICAL_TASKS)
                    .functionLevel(FunctionLevel.SEVERE)
                    .supportNeed(SupportNeed.HIGH)
                    .challenges(Texts.AREAS.get(LifeArea.PRACTICAL_TASKS).challenge())
                    .build());
        } else {
            areas.set(
                    0,
                    LifeAreaAssessment.builder()
                            .from(areas.get(0))
                            .functionLevel(FunctionLevel.SEVERE)
                            .supportNeed(SupportNeed.HIGH)
                            .build());
        }
        return Investigation.builder().from(i).lifeAreas(areas).build();
    }

    // ---------------------------------------------------------------- repair

    /**
     * Repairs a defect; the caller has checked that it is present.
     *
     * @param c the case
     * @param defect the defect
     * @return the repaired process
     */
    public static CaseProcess fix(CaseUnderTest c, Defect defect) {
        CaseEdit e = new CaseEdit(c.process(), c.asOf());
        switch (defect) {
            case NO_HEARING_BEFORE_REJECTION:
                unheardAdverseDecisions(e).forEach(d -> e.add(hearingBefore(e, d)));
                break;
            case NO_COMPLAINT_GUIDANCE:
                complaintGuidance(e, true);
                break;
            case REASONS_MISSING:
                e.updateKnown(
                        Decision.class,
                        d -> adverse(d) && !fullReasons(d)
                                ? Decision.builder()
                                        .from(d)
                                        .reasonsCiteRules(true)
                                        .reasonsStateConsiderations(true)
                                        .reasonsStateFacts(true)
                                        .reasons(Texts.FULL_REASONS)
                                        .build()
                                : d);
                break;
            case NO_INVESTIGATION_BEFORE_DECISION: {
                Decision d = firstUninvestigatedDecision(e).orElseThrow();
                LocalDate date = latest(e.process().openedOn(), d.date().minusDays(21));
                e.add(Investigation.builder()
                        .id(e.freshEventId("udredning"))
                        .date(date)
                        .participantIds(e.citizenAnd(e.caseworkerFor(d)))
                        .lifeAreas(moderateAreas(e.process()))
                        .citizensWishes(group(e.process()).wishes().get(0))
                        .wishesInOwnWords(true)
                        .resources(group(e.process()).resources())
                        .networkMapped(true)
                        .earlyOffersConsidered(true)
                        .allOptionsConsidered(true)
                        .professionalJudgement(group(e.process()).judgement())
                        .build());
                break;
            }
            case DEADLINE_MISSED_WITHOUT_NOTICE: {
                LocalDate due = e.process().decisionDueBy().orElseThrow();
                LocalDate on = latest(e.process().openedOn(), due.minusDays(7));
                e.add(writtenNotice(e, on, expectedByRepair(e)));
                break;
            }
            case OVERDUE_FOLLOW_UP:
                for (FollowUp f : overdueFollowUps(e)) {
                    e.replace(held(e, f, f.plannedFor()));
                }
                for (Decision d : decisionsWithOverdueFollowUp(e)) {
                    LocalDate due = d.followUpDate().orElseThrow();
                    e.add(held(
                            e,
                            FollowUp.builder()
                                    .id(e.freshEventId("opfoelgning"))
                                    .date(d.date())
                                    .plannedFor(due)
                                    .build(),
                            due));
                }
                break;
            case NO_FOLLOW_UP_PLANNED:
                for (Decision d : decisionsWithoutFollowUp(e)) {
                    LocalDate due = d.date().plusMonths(3);
                    e.replace(Decision.builder().from(d).followUpDate(due).build());
                    FollowUp planned = FollowUp.builder()
                            .id(e.freshEventId("opfoelgning"))
                            .date(d.date())
                            .addParticipantId(e.caseworkerFor(d))
                            .plannedFor(due)
                            .build();
                    e.add(due.isBefore(e.asOf) ? held(e, planned, due) : planned);
                }
                break;
            case INTERPRETER_MISSING:
                addAdultInterpreters(e, kindFor(interpreterNeed(e).orElseThrow()));
                break;
            case CHILD_INTERPRETER:
                for (Participant child : childInterpreters(e)) {
                    String adult = adultInterpreter(e, child.interpretation().orElseThrow());
                    for (CaseEvent ev : new ArrayList<>(e.events)) {
                        if (ev.involves(child.id())) {
                            List<String> ids = ev.participantIds().stream()
                                    .map(id -> id.equals(child.id()) ? adult : id)
                                    .distinct()
                                    .collect(Collectors.toList());
                            e.replace(CaseEdit.withParticipantIds(ev, ids));
                        }
                    }
                    e.dropIfUnused(child.id());
                }
                break;
            case WISHES_NOT_IN_OWN_WORDS:
                e.updateKnown(
                        Investigation.class,
                        i -> i.wishesInOwnWords()
                                ? i
                                : Investigation.builder()
                                        .from(i)
                                        .wishesInOwnWords(true)
                                        .citizensWishes(
                                                group(e.process()).wishes().get(0))
                                        .build());
                break;
            case GOALS_NOT_ACCEPTED:
                acceptGoals(e, true);
                break;
            case NO_CITIZEN_AT_MEETINGS:
                if (!isPresent(e, defect)) {
                    // a meeting the citizen declined is no defect
                    break;
                }
                // the citizen takes part in every meeting the citizen did not decline: the meeting rules,
                // which judge the meetings held without the citizen when the citizen took part in none and
                // never a declined one, then judge the same meetings as before
                e.updateKnown(Meeting.class, m -> {
                    if (m.involves(e.citizenId()) || m.citizenDeclined()) {
                        return m;
                    }
                    List<String> ids = new ArrayList<>();
                    ids.add(e.citizenId());
                    ids.addAll(m.participantIds());
                    return Meeting.builder().from(m).participantIds(ids).build();
                });
                break;
            case ACTION_PLAN_NOT_OFFERED: {
                Decision d = e.known(Decision.class).stream()
                        .filter(DefectOps::helpGiving)
                        .findFirst()
                        .orElseThrow();
                LocalDate on =
                        d.date().plusDays(7).isAfter(e.asOf) ? e.asOf : d.date().plusDays(7);
                e.add(ActionPlan.builder()
                        .id(e.freshEventId("handleplan"))
                        .date(on)
                        .participantIds(e.citizenAnd(e.caseworkerFor(d)))
                        .offered(true)
                        .response(PlanResponse.ACCEPTED)
                        .madeWithCitizen(true)
                        .statesPurpose(true)
                        .statesIntervention(true)
                        .statesDuration(true)
                        .text(Texts.ACTION_PLAN)
                        .build());
                break;
            }
            case RESOURCES_NOT_RECORDED:
                e.updateKnown(
                        Investigation.class,
                        i -> hasResources(i)
                                ? i
                                : Investigation.builder()
                                        .from(i)
                                        .resources(group(e.process()).resources())
                                        .build());
                break;
            case NETWORK_NOT_MAPPED:
                mapNetwork(e, true);
                break;
            case PROVIDER_ORDER_WITHOUT_GOALS:
                for (ProviderOrder o : e.known(ProviderOrder.class)) {
                    e.replace(ProviderOrder.builder()
                            .from(o)
                            .goalIds(goalsFor(e, o))
                            .purposeStated(true)
                            .build());
                }
                break;
            case METHOD_NOT_NAMED: {
                ProviderOrder o = ordersDueAMethod(e).get(0);
                Texts.Method method = group(e.process()).methods().get(0);
                e.add(MethodApplied.builder()
                        .id(e.freshEventId("metode"))
                        .date(o.date().plusDays(14))
                        .addParticipantId(o.providerId())
                        .method(method.name())
                        .evidenceBase(method.evidence())
                        .build());
                break;
            }
            case CASEWORKER_CHANGE_UNANNOUNCED:
                e.updateKnown(CaseworkerChange.class, ch -> CaseworkerChange.builder()
                        .from(ch)
                        .citizenInformed(true)
                        .build());
                break;
            case COMPLAINT_NOT_RECONSIDERED:
                for (Complaint k : unreconsideredComplaints(e)) {
                    e.replace(Complaint.builder()
                            .from(k)
                            .reconsideredOn(k.date().plusDays(21))
                            .reconsiderationOutcome(ReconsiderationOutcome.UPHELD)
                            .forwardedOn(k.date().plusDays(24))
                            .build());
                }
                break;
            case NOTICE_DATE_NOT_KEPT: {
                LocalDate inForce = noticedDate(e, e.process().decisionDueBy().orElseThrow())
                        .orElseThrow();
                e.add(writtenNotice(e, inForce, expectedByRepair(e)));
                break;
            }
            case HEARING_DEADLINE_NOT_AWAITED:
                // in timeline order: where one hearing is the latest before several decisions, the first of
                // them sets the answer, which then comes before the later ones too
                for (Decision d : decidedBeforeHearingDeadline(e)) {
                    Hearing h = latestHearingBefore(e, d).orElseThrow();
                    if (answeredBy(e, h, d)) {
                        continue;
                    }
                    e.replace(Hearing.builder()
                            .from(h)
                            .respondedOn(h.date().plusDays(ChronoUnit.DAYS.between(h.date(), d.date()) / 2))
                            .response(Texts.HEARING_RESPONSE)
                            .build());
                }
                break;
            case COMPLAINT_NOT_SENT_ON:
                for (Complaint k : complaintsNotSentOn(e)) {
                    LocalDate reconsidered = k.reconsideredOn().orElseThrow();
                    e.replace(Complaint.builder()
                            .from(k)
                            .forwardedOn(earliest(reconsidered.plusDays(3), complaintDue(k)))
                            .build());
                }
                break;
            case NO_DECISION_AFTER_CHANGE:
                for (FollowUp f : changesWithoutDecision(e)) {
                    e.add(decisionAfterChange(e, f));
                }
                break;
            case LIFE_AREAS_NOT_ASSESSED:
                for (Investigation i : unassessedInvestigations(e)) {
                    e.replace(
                            i.lifeAreas().isEmpty()
                                    ? Investigation.builder()
                                            .from(i)
                                            .lifeAreas(moderateAreas(e.process()))
                                            .build()
                                    : withLifeAreas(i, FunctionLevel.MODERATE, SupportNeed.MODERATE));
                }
                break;
            default:
                throw new IllegalArgumentException(defect.toString());
        }
        return e.build();
    }

    private static void complaintGuidance(CaseEdit e, boolean given) {
        e.updateKnown(
                Decision.class,
                d -> adverse(d)
                        ? Decision.builder().from(d).complaintGuidance(given).build()
                        : d);
    }

    private static void acceptGoals(CaseEdit e, boolean accepted) {
        e.updateKnown(
                Goal.class,
                g -> Goal.builder().from(g).acceptedByCitizen(accepted).build());
    }

    private static void mapNetwork(CaseEdit e, boolean mapped) {
        e.updateKnown(
                Investigation.class,
                i -> Investigation.builder().from(i).networkMapped(mapped).build());
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The repair of a follow-up that concluded a change with no decision after it: two weeks later, a
     * decision that changes the help as the citizen asked (so granting in full: no hearing, reasons or
     * complaint guidance needed), on the provision of the latest decision before it, with a follow-up
     * date after the as-of date.
     */
    private static Decision decisionAfterChange(CaseEdit e, FollowUp f) {
        LocalDate held = f.heldOn().orElseThrow();
        LocalDate on = held.plusDays(14);
        LegalReference provision = e.known(Decision.class).stream()
                .filter(d -> !d.date().isAfter(held))
                .max(Comparator.comparing(Decision::date))
                .map(Decision::provision)
                .or(() -> e.process().appliedFor().stream().findFirst())
                .orElseThrow(() -> new IllegalArgumentException("Cannot fix " + Defect.NO_DECISION_AFTER_CHANGE
                        + ": the case names no provision for the new decision"));
        LocalDate followUp = on.plusMonths(3).isAfter(e.asOf) ? on.plusMonths(3) : e.asOf.plusDays(28);
        return Decision.builder()
                .id(e.freshEventId("afgoerelse"))
                .date(on)
                .participantIds(e.citizenAnd(e.caseworkerFor(f)))
                .provision(provision)
                .outcome(DecisionOutcome.CHANGED)
                .fullyGrantsRequest(true)
                .reasonsCiteRules(true)
                .reasonsStateConsiderations(true)
                .reasonsStateFacts(true)
                .reasons(Texts.GRANTED_REASONS)
                .plainLanguage(true)
                .followUpDate(followUp)
                .build();
    }

    private static Texts.Group group(CaseProcess process) {
        TargetGroup first = process.targetGroups().iterator().next();
        return Texts.GROUPS.get(first);
    }

    private static List<LifeAreaAssessment> moderateAreas(CaseProcess process) {
        return group(process).areas().subList(0, 3).stream()
                .map(area -> LifeAreaAssessment.builder()
                        .area(area)
                        .functionLevel(FunctionLevel.MODERATE)
                        .supportNeed(SupportNeed.MODERATE)
                        .resources(Texts.AREAS.get(area).resource())
                        .challenges(Texts.AREAS.get(area).challenge())
                        .build())
                .collect(Collectors.toList());
    }

    private static Hearing hearingBefore(CaseEdit e, Decision d) {
        // after the previous decision on the same help, which used up the hearings before it
        Optional<LocalDate> previous = previousOnProvision(e, d);
        LocalDate on = latest(
                latest(e.process().openedOn(), d.date().minusDays(14)),
                previous.map(p -> p.plusDays(1)).orElse(LocalDate.MIN));
        if (!on.isBefore(d.date())) {
            throw new IllegalArgumentException("Cannot fix " + Defect.NO_HEARING_BEFORE_REJECTION + ": decision "
                    + d.id()
                    + (previous.isPresent()
                            ? " comes the day after the previous decision on the same provision"
                            : " is dated the day the case was opened")
                    + ", which leaves no room for a hearing");
        }
        LocalDate deadline = d.date().minusDays(1);
        LocalDate answered = on.plusDays(ChronoUnit.DAYS.between(on, deadline) / 2);
        return Hearing.builder()
                .id(e.freshEventId("partshoering"))
                .date(on)
                .participantIds(e.citizenAnd(e.caseworkerFor(d)))
                .provision(d.provision())
                .informationSent(Texts.HEARING_SENT)
                .responseDeadline(deadline)
                .respondedOn(answered)
                .response(Texts.HEARING_RESPONSE)
                .build();
    }

    private static FollowUp held(CaseEdit e, FollowUp f, LocalDate on) {
        List<String> ids = new ArrayList<>(f.participantIds());
        if (!ids.contains(e.citizenId())) {
            ids.add(0, e.citizenId());
        }
        boolean provider = e.participants.stream().anyMatch(p -> p.role() == Role.PROVIDER_STAFF);
        return FollowUp.builder()
                .from(f)
                .participantIds(ids)
                .heldOn(on)
                .goalsReviewedWithCitizen(true)
                .providerStatusCollected(provider)
                .outcome(FollowUpOutcome.CONTINUE)
                .note(Texts.FOLLOW_UP_NOTE)
                .build();
    }

    private static String adultInterpreter(CaseEdit e, InterpretationKind kind) {
        return e.participants.stream()
                .filter(p -> p.role() == Role.INTERPRETER && !p.underEighteen())
                .filter(p -> p.interpretation().equals(Optional.of(kind)))
                .map(Participant::id)
                .findFirst()
                .orElseGet(() -> {
                    Participant p = Participant.builder()
                            .id(e.freshParticipantId("tolk"))
                            .role(Role.INTERPRETER)
                            .interpretation(kind)
                            .description(Texts.INTERPRETER)
                            .build();
                    e.participants.add(p);
                    return p.id();
                });
    }

    private static List<String> goalsFor(CaseEdit e, ProviderOrder o) {
        List<String> goals = e.known(Goal.class).stream()
                .filter(g -> !g.date().isAfter(o.date()))
                .map(Goal::id)
                .collect(Collectors.toList());
        if (!goals.isEmpty()) {
            return goals;
        }
        LifeArea area = group(e.process()).areas().get(0);
        Goal goal = Goal.builder()
                .id(e.freshEventId("maal"))
                .date(o.date())
                .participantIds(e.citizenAnd(e.caseworkerFor(o)))
                .goalType(GoalType.DEVELOP)
                .lifeArea(area)
                .text(Texts.AREAS.get(area).goal())
                .derivedFromWishes(true)
                .acceptedByCitizen(true)
                .measurable(true)
                .targetDate(o.date().plusMonths(6))
                .build();
        e.add(goal);
        return List.of(goal.id());
    }
}
