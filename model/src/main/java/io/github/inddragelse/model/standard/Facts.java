package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.Actor;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.rule.Applicability;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.RuleBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The small vocabulary the standard rules share: which decisions grant help, which meetings the
 * citizen attended, which follow-ups are held as of the assessment date, and the two ways the rules
 * turn many events into one evaluation ({@link #share} here, and {@link Worst}). Every method is linear
 * in the events it looks at (or a binary search in the view), pure and thread-safe. Evaluations are
 * built once, with an {@link Evaluation.Builder}, after the events have been tested and counted.
 */
final class Facts {

    /** The last date from which four weeks later is still a date {@link LocalDate} can hold. */
    private static final LocalDate LAST_WITH_FOUR_WEEKS_AFTER = LocalDate.MAX.minusDays(28);

    /** The first as-of date whose year back is still a date {@link LocalDate} can hold. */
    private static final LocalDate FIRST_WITH_A_YEAR_BEFORE = LocalDate.MIN.plusYears(1);

    /**
     * Four weeks (28 days) after a date: the reconsideration period of RSL §67, also used as the grace
     * period for a new decision. From a date less than four weeks before the last date a {@link
     * LocalDate} can hold, the period runs to that last date.
     *
     * @param date the date
     * @return 28 days later, or {@link LocalDate#MAX}
     */
    static LocalDate fourWeeksAfter(LocalDate date) {
        return date.isAfter(LAST_WITH_FOUR_WEEKS_AFTER) ? LocalDate.MAX : date.plusDays(28);
    }

    /**
     * The first day of the year up to and including a date: twelve months back, plus a day. For a date
     * less than a year after the first date a {@link LocalDate} can hold, that first date.
     *
     * @param asOf the date
     * @return the first day of the year before it, or {@link LocalDate#MIN}
     */
    static LocalDate yearUpTo(LocalDate asOf) {
        return asOf.isBefore(FIRST_WITH_A_YEAR_BEFORE)
                ? LocalDate.MIN
                : asOf.minusMonths(12).plusDays(1);
    }

    /** Message key for a rule that needs an investigation when none is known. */
    static final String NO_INVESTIGATION = "no-investigation";

    /** Danish text for {@link #NO_INVESTIGATION}. */
    static final String NO_INVESTIGATION_DA = "Der er endnu ingen udredning, så det kan ikke vurderes.";

    /** English text for {@link #NO_INVESTIGATION}. */
    static final String NO_INVESTIGATION_EN = "There is no investigation yet, so this cannot be judged.";

    /** Message key for a rule about adverse decisions when there is none. */
    static final String NO_ADVERSE_DECISION = "no-adverse-decision";

    /** Danish text for {@link #NO_ADVERSE_DECISION}. */
    static final String NO_ADVERSE_DECISION_DA = "Der er ingen afgørelse, der ikke giver fuldt medhold.";

    /** English text for {@link #NO_ADVERSE_DECISION}. */
    static final String NO_ADVERSE_DECISION_EN = "There is no decision that does not fully grant the request.";

    /** Message key for a rule about meetings when none has been held. */
    static final String NO_MEETINGS = "no-meetings";

    /** Danish text for {@link #NO_MEETINGS}. */
    static final String NO_MEETINGS_DA = "Der er endnu ikke holdt møder i sagen.";

    /** English text for {@link #NO_MEETINGS}. */
    static final String NO_MEETINGS_EN = "No meeting has been held in the case yet.";

    /** Message key for a rule about meetings when the citizen declined every meeting held so far. */
    static final String DECLINED_EVERY_MEETING = "declined-every-meeting";

    /** Danish text for {@link #DECLINED_EVERY_MEETING}. */
    static final String DECLINED_EVERY_MEETING_DA =
            "Borgeren har indtil nu takket nej til alle sagens møder, så der er intet møde med borgeren at vurdere.";

    /** English text for {@link #DECLINED_EVERY_MEETING}. */
    static final String DECLINED_EVERY_MEETING_EN =
            "The citizen has declined every meeting in the case so far, so there is no meeting with the citizen to"
                    + " judge.";

    /**
     * The sentence that ends the description of every rule judging {@link #meetingsWithCitizen} (Danish):
     * which meetings it judges, and why a declined one is left out.
     */
    static final String MEETINGS_JUDGED_DA = " Reglen vurderer de møder, borgeren deltog i, eller, hvis borgeren ikke"
            + " deltog i nogen, de møder, der blev holdt uden borgeren: at holde borgeren ude må aldrig give en bedre"
            + " vurdering end at tage borgeren med. Et møde, som borgeren var inviteret til, men takkede nej til,"
            + " indgår ikke (reglen om retssikkerhedsloven §4 tæller det som en mulighed for at medvirke, som"
            + " borgeren fik), og har borgeren takket nej til alle møder, er reglen ikke relevant.";

    /** English text for {@link #MEETINGS_JUDGED_DA}. */
    static final String MEETINGS_JUDGED_EN = " The rule judges the meetings the citizen took part in or, if the"
            + " citizen took part in none, the meetings held without the citizen: leaving the citizen out must never"
            + " score better than bringing the citizen in. A meeting the citizen was invited to but declined is left"
            + " out (the rule on retssikkerhedsloven §4 counts it as an opportunity to take part that the citizen was"
            + " given), and if the citizen declined every meeting, the rule does not apply.";

    /**
     * The name of the argument by which every evaluation that judges {@link #meetingsWithCitizen} (met,
     * partly met or not met) says which meetings those are: {@value #WITH_CITIZEN} or {@value
     * #WITHOUT_CITIZEN}. The messages choose their words by it with a select selector, so that they
     * never call meetings held without the citizen meetings with the citizen.
     */
    static final String MEETINGS_JUDGED_ARG = "meetingsJudged";

    /** {@value #MEETINGS_JUDGED_ARG} when the rules judge the meetings the citizen took part in. */
    static final String WITH_CITIZEN = "with-citizen";

    /**
     * {@value #MEETINGS_JUDGED_ARG} when the citizen took part in no meeting and the rules judge the meetings
     * held without the citizen (those the citizen declined left out).
     */
    static final String WITHOUT_CITIZEN = "without-citizen";

    /**
     * The words for the meetings judged, to end a clause after "møde", "mødet" or "møder": " med
     * borgeren" or ", der blev holdt uden borgeren" (Danish).
     */
    static final String WHICH_MEETINGS_DA = "{" + MEETINGS_JUDGED_ARG + ", select, " + WITHOUT_CITIZEN
            + " {, der blev holdt uden borgeren} other { med borgeren}}";

    /**
     * {@link #WHICH_MEETINGS_DA} inside a clause, where the relative clause ends with a comma: " med
     * borgeren" or ", der blev holdt uden borgeren," (Danish).
     */
    static final String WHICH_MEETINGS_INSIDE_DA = "{" + MEETINGS_JUDGED_ARG + ", select, " + WITHOUT_CITIZEN
            + " {, der blev holdt uden borgeren,} other { med borgeren}}";

    /**
     * The words for the meetings judged, after "meeting" or "meetings": " with the citizen" or " held
     * without the citizen" (English).
     */
    static final String WHICH_MEETINGS_EN = "{" + MEETINGS_JUDGED_ARG + ", select, " + WITHOUT_CITIZEN
            + " { held without the citizen} other { with the citizen}}";

    /**
     * The start of a message saying that none of the meetings judged did something, up to its verb
     * (Danish), by {@code total} and {@value #MEETINGS_JUDGED_ARG}: "Mødet med borgeren foregik ikke",
     * "Ingen af de to møder med borgeren foregik", "Ingen af de 3 møder, der blev holdt uden borgeren,
     * foregik".
     *
     * @param negatedVerb the verb for one meeting, negated ("foregik ikke")
     * @param verb the verb after "Ingen af" ("foregik")
     * @return the template text
     */
    static String noMeetingDa(String negatedVerb, String verb) {
        return "{total, plural, one {Mødet" + WHICH_MEETINGS_INSIDE_DA + " " + negatedVerb + "} =2 {Ingen af de to"
                + " møder" + WHICH_MEETINGS_INSIDE_DA + " " + verb + "} other {Ingen af de # møder"
                + WHICH_MEETINGS_INSIDE_DA + " " + verb + "}}";
    }

    /**
     * {@link #noMeetingDa} in English: "The meeting with the citizen did not take", "Neither of the two
     * meetings with the citizen took", "None of the 3 meetings held without the citizen took".
     *
     * @param negatedVerb the verb for one meeting, negated ("did not take")
     * @param verb the verb after "Neither" and "None" ("took")
     * @return the template text
     */
    static String noMeetingEn(String negatedVerb, String verb) {
        return "{total, plural, one {The meeting" + WHICH_MEETINGS_EN + " " + negatedVerb + "} =2 {Neither of the"
                + " two meetings" + WHICH_MEETINGS_EN + " " + verb + "} other {None of the # meetings"
                + WHICH_MEETINGS_EN + " " + verb + "}}";
    }

    /** Message key for a rule about decisions when there is none. */
    static final String NO_DECISION = "no-decision";

    /** Danish text for {@link #NO_DECISION}. */
    static final String NO_DECISION_DA = "Der er endnu ingen afgørelse.";

    /** English text for {@link #NO_DECISION}. */
    static final String NO_DECISION_EN = "There is no decision yet.";

    /** Message key for a deadline rule when the case records no processing deadline. */
    static final String NO_DEADLINE = "no-deadline";

    /** Danish text for {@link #NO_DEADLINE}. */
    static final String NO_DEADLINE_DA = "Sagen angiver ingen sagsbehandlingsfrist, så fristen kan ikke vurderes.";

    /** English text for {@link #NO_DEADLINE}. */
    static final String NO_DEADLINE_EN = "The case records no processing deadline, so the deadline cannot be judged.";

    /** Message key for a deadline rule when the deadline has not passed and nothing is decided. */
    static final String NOT_YET_DUE = "not-yet-due";

    /** Danish text for {@link #NOT_YET_DUE}. */
    static final String NOT_YET_DUE_DA = "Fristen er ikke udløbet, og der er endnu ingen afgørelse.";

    /** English text for {@link #NOT_YET_DUE}. */
    static final String NOT_YET_DUE_EN = "The deadline has not passed, and there is no decision yet.";

    /** The test every event passes, for a share that counts every item; {@link #judgedShare} does not call it. */
    static final Predicate<CaseEvent> EVERY = e -> true;

    // results shared by every case, as they never change
    private static final Applicability NOT_DECIDED = Applicability.notApplicable(NO_DECISION);
    private static final Applicability NO_ADVERSE_DECISION_YET = Applicability.notApplicable(NO_ADVERSE_DECISION);
    private static final Applicability NO_MEETING_YET = Applicability.notApplicable(NO_MEETINGS);
    private static final Applicability EVERY_MEETING_DECLINED = Applicability.notApplicable(DECLINED_EVERY_MEETING);
    private static final Applicability NOT_INVESTIGATED = Applicability.insufficientData(NO_INVESTIGATION);
    private static final Applicability NO_FOLLOW_UP_HELD = Applicability.notApplicable("no-follow-up-held");

    private Facts() {}

    /**
     * Whether any of some items (the events of one kind, the case's participants) passes a test.
     *
     * @param items the items
     * @param test the test
     * @param <T> the item type
     * @return true if at least one passes
     */
    static <T> boolean any(List<? extends T> items, Predicate<? super T> test) {
        for (T item : items) {
            if (test.test(item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some items without those that pass a test: the items themselves when none does, so that the
     * common case makes no copy.
     *
     * @param items the items, in order
     * @param leftOut which items to leave out
     * @param <T> the item type
     * @return the other items, in order
     */
    static <T> List<T> without(List<T> items, Predicate<? super T> leftOut) {
        if (!any(items, leftOut)) {
            return items;
        }
        List<T> kept = new ArrayList<>(items.size());
        for (T item : items) {
            if (!leftOut.test(item)) {
                kept.add(item);
            }
        }
        return kept;
    }

    // ------------------------------------------------------------------ decisions

    /**
     * The first known decision: the decision on the application that opened the case.
     *
     * @param view the case
     * @return the decision, if any
     */
    static Optional<Decision> firstDecision(CaseView view) {
        return first(view.eventsOf(Decision.class));
    }

    /**
     * The first known decision that gives the citizen help.
     *
     * @param view the case
     * @return the decision, if any
     */
    static Optional<Decision> firstGrantingDecision(CaseView view) {
        for (Decision d : view.eventsOf(Decision.class)) {
            if (d.outcome().givesHelp()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Applies only when the case has a decision.
     *
     * @param view the case
     * @return applies, or not applicable with {@value #NO_DECISION}
     */
    static Applicability whenDecided(CaseView view) {
        return view.has(Decision.class) ? Applicability.applies() : NOT_DECIDED;
    }

    /**
     * Applies to a deadline that can be judged: insufficient data when the case records no processing
     * deadline, not applicable while the deadline has not passed and nothing is decided.
     *
     * @param view the case
     * @return whether a deadline rule applies
     */
    static Applicability whenDeadlineCanBeJudged(CaseView view) {
        Optional<LocalDate> due = view.process().decisionDueBy();
        if (due.isEmpty()) {
            return Applicability.insufficientData(NO_DEADLINE);
        }
        return view.has(Decision.class) || view.asOf().isAfter(due.get())
                ? Applicability.applies()
                : Applicability.notApplicable(NOT_YET_DUE);
    }

    /**
     * Applies only when the case has at least one adverse decision.
     *
     * @param view the case
     * @return applies, or not applicable with {@value #NO_ADVERSE_DECISION}
     */
    static Applicability whenAdverseDecision(CaseView view) {
        return view.adverseDecisions().isEmpty() ? NO_ADVERSE_DECISION_YET : Applicability.applies();
    }

    // ------------------------------------------------------------------ meetings and milestones

    /**
     * The meetings the rules on how meetings involve the citizen judge: the known meetings the citizen
     * took part in; when the citizen took part in none, the known meetings held without the citizen
     * that the citizen did not decline. A case that keeps the citizen out of all its meetings is judged
     * on those meetings, so leaving the citizen out can never score better than bringing the citizen
     * in. A meeting the citizen was invited to and declined ({@link Meeting#citizenDeclined()}) is never
     * judged as one held with the citizen: the citizen chose not to attend it, so it is not a meeting at
     * which the citizen needed an interpreter, an adapted format or a companion; the rule on
     * retssikkerhedsloven §4 counts it as the opportunity to take part given. Empty when there is no
     * meeting, or when the citizen declined every one. {@link #judgingMeetings} says which of the two
     * kinds of meeting these are.
     *
     * @param view the case
     * @return those meetings, by date
     */
    static List<Meeting> meetingsWithCitizen(CaseView view) {
        return judgesMeetingsWithoutCitizen(view)
                ? without(view.eventsOf(Meeting.class), Meeting::citizenDeclined)
                : view.withCitizen(Meeting.class);
    }

    /**
     * Whether {@link #meetingsWithCitizen} gives the meetings held without the citizen: the one place
     * that decides between the two kinds of meeting the rules judge.
     */
    private static boolean judgesMeetingsWithoutCitizen(CaseView view) {
        return view.withCitizen(Meeting.class).isEmpty();
    }

    /**
     * Adds to an evaluation that judges {@link #meetingsWithCitizen} the argument {@value
     * #MEETINGS_JUDGED_ARG}, which says whether those are the meetings with the citizen or those held
     * without.
     *
     * @param e the evaluation being built
     * @param view the case
     * @return the builder
     */
    static Evaluation.Builder judgingMeetings(Evaluation.Builder e, CaseView view) {
        return e.arg(MEETINGS_JUDGED_ARG, judgesMeetingsWithoutCitizen(view) ? WITHOUT_CITIZEN : WITH_CITIZEN);
    }

    /**
     * Judges the share of {@link #meetingsWithCitizen} that pass a test, as {@link #share} does, with
     * the argument {@value #MEETINGS_JUDGED_ARG} added ({@link #judgingMeetings}).
     *
     * @param view the case, with a meeting to judge ({@link #whenMeetingToJudge})
     * @param passes the test
     * @param allKey message key when all pass
     * @param someKey message key when some pass
     * @param noneKey message key when none pass
     * @return the evaluation
     */
    static Evaluation shareOfMeetings(
            CaseView view, Predicate<? super Meeting> passes, String allKey, String someKey, String noneKey) {
        return judgingMeetings(judgedShare(meetingsWithCitizen(view), EVERY, passes, allKey, someKey, noneKey), view)
                .build();
    }

    /**
     * Applies once there is a meeting to judge (see {@link #meetingsWithCitizen(CaseView)}): not
     * applicable with {@value #NO_MEETINGS} before any meeting, and with {@value
     * #DECLINED_EVERY_MEETING} when the citizen declined every meeting.
     *
     * @param view the case
     * @return applies, or not applicable
     */
    static Applicability whenMeetingToJudge(CaseView view) {
        if (!view.has(Meeting.class)) {
            return NO_MEETING_YET;
        }
        return meetingsWithCitizen(view).isEmpty() ? EVERY_MEETING_DECLINED : Applicability.applies();
    }

    /**
     * The point where the case work starts in earnest: the earlier of the first investigation and the
     * first decision.
     *
     * @param view the case
     * @return that event, if any
     */
    static Optional<CaseEvent> caseWorkStarted(CaseView view) {
        List<Investigation> investigations = view.eventsOf(Investigation.class);
        Optional<Decision> decision = firstDecision(view);
        if (investigations.isEmpty()) {
            return decision.map(CaseEvent.class::cast);
        }
        Investigation first = investigations.get(0);
        if (decision.isPresent() && decision.get().date().isBefore(first.date())) {
            return Optional.of(decision.get());
        }
        return Optional.of(first);
    }

    /**
     * The first known guidance that covers a topic.
     *
     * @param view the case
     * @param topic the topic
     * @return the guidance, if any
     */
    static Optional<Guidance> firstGuidanceOn(CaseView view, GuidanceTopic topic) {
        for (Guidance g : view.eventsOf(Guidance.class)) {
            if (g.topics().contains(topic)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * The first of a list of events.
     *
     * @param events the events, by date
     * @param <T> the event type
     * @return the first, if any
     */
    static <T extends CaseEvent> Optional<T> first(List<T> events) {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0));
    }

    /**
     * Whether something was done by a milestone: on or before it, or at all when the milestone is not
     * reached.
     *
     * @param done the event that did it
     * @param milestone the event it should come before, if reached
     * @return true if done in time
     */
    static boolean doneInTime(CaseEvent done, Optional<? extends CaseEvent> milestone) {
        return milestone.isEmpty() || !done.date().isAfter(milestone.get().date());
    }

    /**
     * Starts an evaluation that rests on one event: the event's id is its evidence and the value of
     * one argument.
     *
     * <pre>{@code
     * return Facts.onEvent(Outcome.MET, "recorded", "contact", contact).build();
     * }</pre>
     *
     * @param outcome the outcome
     * @param messageKey the message key
     * @param argument the name of the argument that names the event
     * @param event the event
     * @return the builder, to add more to
     */
    static Evaluation.Builder onEvent(Outcome outcome, String messageKey, String argument, CaseEvent event) {
        return Evaluation.builder(outcome, messageKey).evidence(event.id()).arg(argument, event.id());
    }

    /**
     * Judges whether something was done by a milestone: done on or before it is met, done only after
     * it is partly met, not done when the milestone has passed is not met, and not done before the
     * milestone is reached is insufficient data. Message keys: {@code given}, {@code given-late},
     * {@code not-given}, {@code not-yet}; arguments {@code event}, {@code date}, {@code milestone},
     * {@code milestoneDate}.
     *
     * @param done the first event that does it, if any
     * @param milestone the event it should come before, if reached
     * @return the evaluation
     */
    static Evaluation doneBy(Optional<? extends CaseEvent> done, Optional<? extends CaseEvent> milestone) {
        if (done.isPresent()) {
            CaseEvent d = done.get();
            if (doneInTime(d, milestone)) {
                return Evaluation.builder(Outcome.MET, "given")
                        .evidence(d.id())
                        .arg("event", d.id())
                        .arg("date", d.date())
                        .build();
            }
            CaseEvent m = milestone.get();
            return Evaluation.builder(Outcome.PARTLY_MET, "given-late")
                    .evidence(d.id())
                    .evidence(m.id())
                    .arg("event", d.id())
                    .arg("date", d.date())
                    .arg("milestone", m.id())
                    .arg("milestoneDate", m.date())
                    .build();
        }
        if (milestone.isPresent()) {
            CaseEvent m = milestone.get();
            return Evaluation.builder(Outcome.NOT_MET, "not-given")
                    .evidence(m.id())
                    .arg("milestone", m.id())
                    .arg("milestoneDate", m.date())
                    .build();
        }
        return Evaluation.insufficientData("not-yet");
    }

    // ------------------------------------------------------------------ investigation

    /**
     * Needs at least one known investigation.
     *
     * @param view the case
     * @return applies, or insufficient data with {@value #NO_INVESTIGATION}
     */
    static Applicability whenInvestigated(CaseView view) {
        return view.has(Investigation.class) ? Applicability.applies() : NOT_INVESTIGATED;
    }

    /**
     * The latest known investigation.
     *
     * @param view the case
     * @return the investigation, if any
     */
    static Optional<Investigation> latestInvestigation(CaseView view) {
        List<Investigation> all = view.eventsOf(Investigation.class);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Makes a rule that is met when some known investigation records a practice, and not met when
     * none does; insufficient data when no investigation is known. Message keys: {@code recorded}
     * and {@code not-recorded} (argument {@code investigation}), which the caller defines, and
     * {@value #NO_INVESTIGATION}, which this adds.
     *
     * @param rule the rule being built, with its texts
     * @param records whether an investigation records the practice
     * @return the builder, with applicability and evaluation set
     */
    static RuleBuilder investigationRecords(RuleBuilder rule, Predicate<Investigation> records) {
        return rule.message(NO_INVESTIGATION, NO_INVESTIGATION_DA, NO_INVESTIGATION_EN)
                .appliesWhen(Facts::whenInvestigated)
                .evaluatedBy(view -> {
                    Investigation latest = null;
                    for (Investigation i : view.eventsOf(Investigation.class)) {
                        if (records.test(i)) {
                            return onEvent(Outcome.MET, "recorded", "investigation", i)
                                    .build();
                        }
                        latest = i;
                    }
                    return onEvent(Outcome.NOT_MET, "not-recorded", "investigation", latest)
                            .build();
                });
    }

    /**
     * Whether an investigation actually assessed a life area (a function level other than not
     * assessed).
     *
     * @param investigation the investigation
     * @return true if at least one life area was assessed
     */
    static boolean anyLifeAreaAssessed(Investigation investigation) {
        List<LifeAreaAssessment> areas = investigation.lifeAreas();
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).functionLevel() != FunctionLevel.NOT_ASSESSED) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ goals

    /**
     * Needs goals: not applicable before any goal or help exists; insufficient data when help was
     * granted but no goal is recorded. Message keys {@code no-goals-yet}, {@code no-goals-recorded}.
     *
     * @param view the case
     * @return whether goal rules apply
     */
    static Applicability whenGoals(CaseView view) {
        if (view.has(Goal.class)) {
            return Applicability.applies();
        }
        return firstGrantingDecision(view).isPresent()
                ? Applicability.insufficientData("no-goals-recorded")
                : Applicability.notApplicable("no-goals-yet");
    }

    // ------------------------------------------------------------------ action plan

    /**
     * The latest known action plan that was offered to the citizen.
     *
     * @param view the case
     * @return the plan, if any
     */
    static Optional<ActionPlan> latestOfferedPlan(CaseView view) {
        List<ActionPlan> plans = view.eventsOf(ActionPlan.class);
        for (int i = plans.size() - 1; i >= 0; i--) {
            if (plans.get(i).offered()) {
                return Optional.of(plans.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The latest offered action plan, if the citizen accepted it.
     *
     * @param view the case
     * @return the accepted plan, if any
     */
    static Optional<ActionPlan> acceptedPlan(CaseView view) {
        return latestOfferedPlan(view).filter(p -> p.response() == PlanResponse.ACCEPTED);
    }

    /**
     * Makes a rule that judges the share of known goals passing a test (see {@link #share}), with the
     * applicability of {@link #whenGoals} and its two messages added.
     *
     * @param rule the rule being built, with its texts and the three share messages
     * @param passes the test
     * @param allKey message key when all goals pass
     * @param someKey message key when some pass
     * @param noneKey message key when none pass
     * @return the builder, with applicability and evaluation set
     */
    static RuleBuilder goalShare(
            RuleBuilder rule, Predicate<Goal> passes, String allKey, String someKey, String noneKey) {
        return rule.message(
                        "no-goals-yet",
                        "Der er endnu ikke sat mål og ikke bevilget hjælp.",
                        "No goals have been set and no help granted yet.")
                .message(
                        "no-goals-recorded",
                        "Der er bevilget hjælp, men ingen mål er registreret, så målene kan ikke vurderes.",
                        "Help has been granted, but no goals are recorded, so the goals cannot be judged.")
                .appliesWhen(Facts::whenGoals)
                .evaluatedBy(view -> share(view.eventsOf(Goal.class), passes, allKey, someKey, noneKey));
    }

    // ------------------------------------------------------------------ follow-up

    /**
     * Whether a follow-up has been held as of the assessment date (its held-on date is known).
     *
     * @param view the case
     * @param followUp the follow-up
     * @return true if it has been held
     */
    static boolean isHeld(CaseView view, FollowUp followUp) {
        Optional<LocalDate> heldOn = followUp.heldOn();
        return heldOn.isPresent() && !heldOn.get().isAfter(view.asOf());
    }

    /**
     * The first follow-up held as of the assessment date.
     *
     * @param view the case
     * @return the follow-up, if any, by scheduling date
     */
    static Optional<FollowUp> firstHeldFollowUp(CaseView view) {
        for (FollowUp f : view.eventsOf(FollowUp.class)) {
            if (isHeld(view, f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Applies only when a follow-up has been held.
     *
     * @param view the case
     * @return applies, or not applicable with {@code no-follow-up-held}
     */
    static Applicability whenFollowUpHeld(CaseView view) {
        return firstHeldFollowUp(view).isPresent() ? Applicability.applies() : NO_FOLLOW_UP_HELD;
    }

    /**
     * The dates on which follow-ups were held as of the assessment date, sorted.
     *
     * @param view the case
     * @return the dates
     */
    static LocalDate[] heldDates(CaseView view) {
        List<FollowUp> followUps = view.eventsOf(FollowUp.class);
        LocalDate[] dates = new LocalDate[followUps.size()];
        int held = 0;
        boolean ascending = true;
        LocalDate asOf = view.asOf();
        for (int i = 0; i < followUps.size(); i++) {
            LocalDate date = followUps.get(i).heldOn().orElse(null); // as isHeld, reading the date once
            if (date != null && !date.isAfter(asOf)) {
                ascending &= held == 0 || !date.isBefore(dates[held - 1]);
                dates[held++] = date;
            }
        }
        dates = Arrays.copyOf(dates, held);
        if (!ascending) { // follow-ups are usually held in the order they were planned
            Arrays.sort(dates);
        }
        return dates;
    }

    /**
     * Whether sorted dates have one after a date and on or before another (binary search).
     *
     * @param sorted the dates, ascending
     * @param after the exclusive lower bound
     * @param onOrBefore the inclusive upper bound
     * @return true if such a date exists
     */
    static boolean anyDateIn(LocalDate[] sorted, LocalDate after, LocalDate onOrBefore) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].isAfter(after)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < sorted.length && !sorted[lo].isAfter(onOrBefore);
    }

    // ------------------------------------------------------------------ other actors

    /**
     * Whether any of some participants took part in an event.
     *
     * @param event the event
     * @param participants the participants, for example {@link CaseView#participantsWithRole(Role)}
     * @return true if at least one of them is among the event's participants
     */
    static boolean anyTookPart(CaseEvent event, List<Participant> participants) {
        for (int i = 0; i < participants.size(); i++) {
            if (event.involves(participants.get(i).id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any of some participants that pass a test took part in an event.
     *
     * @param event the event
     * @param participants the participants
     * @param which the test
     * @return true if at least one of them passes the test and is among the event's participants
     */
    static boolean anyTookPart(CaseEvent event, List<Participant> participants, Predicate<Participant> which) {
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            if (which.test(p) && event.involves(p.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an actor is another authority or sector the municipality coordinates with: another
     * department, regional psychiatry, the general practitioner, a hospital or the jobcentre.
     *
     * @param actor the actor
     * @return true for another authority or sector
     */
    static boolean isOtherAuthority(Actor actor) {
        return switch (actor) {
            case OTHER_DEPARTMENT, REGIONAL_PSYCHIATRY, GENERAL_PRACTITIONER, HOSPITAL, JOBCENTRE -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ evaluations over many events

    /**
     * Judges a share of events: all pass is met, some pass is partly met, none pass is not met.
     * Evidence is the events that fall short, or all of them when none does. Arguments: {@code count}
     * (passing), {@code total}, {@code missing} (falling short).
     *
     * @param items the events, not empty
     * @param passes the test
     * @param allKey message key when all pass
     * @param someKey message key when some pass
     * @param noneKey message key when none pass
     * @param <T> the event type
     * @return the evaluation
     */
    static <T extends CaseEvent> Evaluation share(
            List<? extends T> items, Predicate<? super T> passes, String allKey, String someKey, String noneKey) {
        return shareOf(items, EVERY, passes, allKey, someKey, noneKey);
    }

    /**
     * Judges a share as {@link #share(List, Predicate, String, String, String)} does, counting only
     * the events that pass a first test (the follow-ups that fell due, say).
     *
     * @param items the events
     * @param counts which events count
     * @param passes the test
     * @param allKey message key when all counted events pass
     * @param someKey message key when some pass
     * @param noneKey message key when none pass
     * @param <T> the event type
     * @return the evaluation
     */
    static <T extends CaseEvent> Evaluation shareOf(
            List<? extends T> items,
            Predicate<? super T> counts,
            Predicate<? super T> passes,
            String allKey,
            String someKey,
            String noneKey) {
        return judgedShare(items, counts, passes, allKey, someKey, noneKey).build();
    }

    /**
     * The evaluation {@link #shareOf} gives, still a builder, for a rule that adds arguments of its own.
     *
     * @param items the events
     * @param counts which events count
     * @param passes the test
     * @param allKey message key when all counted events pass
     * @param someKey message key when some pass
     * @param noneKey message key when none pass
     * @param <T> the event type
     * @return the builder, with the arguments and evidence of {@link #shareOf}
     */
    static <T extends CaseEvent> Evaluation.Builder judgedShare(
            List<? extends T> items,
            Predicate<? super T> counts,
            Predicate<? super T> passes,
            String allKey,
            String someKey,
            String noneKey) {
        // one pass that tests and counts the events, then one evaluation built with its evidence
        int size = items.size();
        // the ids of failing events from the front, of passing ones from the back (so in reverse)
        String[] ids = new String[size];
        int missing = 0;
        int passing = 0;
        for (int i = 0; i < size; i++) {
            T item = items.get(i);
            if (counts == EVERY || counts.test(item)) {
                if (passes.test(item)) {
                    ids[size - 1 - passing++] = item.id();
                } else {
                    ids[missing++] = item.id();
                }
            }
        }
        Evaluation.Builder e = judgeShare(passing, missing, allKey, someKey, noneKey);
        if (missing == 0) {
            for (int i = size - 1; i >= size - passing; i--) {
                e.evidence(ids[i]);
            }
        } else {
            for (int i = 0; i < missing; i++) {
                e.evidence(ids[i]);
            }
        }
        return e;
    }

    /**
     * The evaluation of a share before its evidence: met when none is missing, not met when none
     * passes, partly met otherwise, with the arguments {@code count}, {@code total} and {@code
     * missing}. The caller adds the evidence: every event when all pass, otherwise those missing.
     *
     * @param passing how many pass
     * @param missing how many do not
     * @param allKey message key when all pass
     * @param someKey message key when some pass
     * @param noneKey message key when none pass
     * @return the builder
     */
    static Evaluation.Builder judgeShare(int passing, int missing, String allKey, String someKey, String noneKey) {
        return Evaluation.builder(
                        missing == 0 ? Outcome.MET : passing == 0 ? Outcome.NOT_MET : Outcome.PARTLY_MET,
                        missing == 0 ? allKey : passing == 0 ? noneKey : someKey)
                .arg("count", passing)
                .arg("total", passing + missing)
                .arg("missing", missing);
    }
}
