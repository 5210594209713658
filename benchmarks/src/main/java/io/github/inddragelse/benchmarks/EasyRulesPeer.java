package io.github.inddragelse.benchmarks;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.InformationGathering;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.rule.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The peer: the legal-duty rules of {@link LegalDutySubset} written the way a vendor would with a
 * generic rule engine, Easy Rules. For every evaluation the case is pulled into a {@link Facts} map
 * with string keys (the as-of date, the deadline, the target groups, and one list per event kind of
 * {@code Map<String, Object>} rows holding the fields the rules read: dates as {@link LocalDate},
 * codes as strings, flags as booleans), the engine fires one plain {@link Rule} per duty and one per
 * "does not apply" branch, built with {@link RuleBuilder} and lambdas (no MVEL, no reflection), and
 * each rule writes its outcome code into a results map. The logic mirrors the standard rules'
 * outcomes (not their messages or evidence), as a vendor porting them would; the benchmark checks
 * that both agree on every case before measuring.
 *
 * <p>This is a fair peer, not a straw man: values stay typed (no date parsing in the rules), only
 * the event kinds the rules need are pulled out, and the rules and engine are built once.
 */
public final class EasyRulesPeer {

    private static final String RESULTS = "results";

    private final RulesEngine engine = new DefaultRulesEngine();
    private final Rules rules;

    /** Builds the rules and the engine once. */
    public EasyRulesPeer() {
        this.rules = rulesOf(
                duty(1, "rsl-3-deadline-or-notice", EasyRulesPeer::rsl3Applies, EasyRulesPeer::rsl3),
                duty(2, "rsl-10-investigated-before-decision", EasyRulesPeer::rsl10Applies, EasyRulesPeer::rsl10),
                duty(3, "fvl-19-hearing-before-adverse-decision", EasyRulesPeer::adverseApplies, EasyRulesPeer::fvl19),
                duty(4, "fvl-22-24-reasons-for-adverse-decision", EasyRulesPeer::adverseApplies, EasyRulesPeer::fvl22),
                duty(5, "fvl-25-complaint-guidance", EasyRulesPeer::adverseApplies, EasyRulesPeer::fvl25),
                duty(6, "sel-141-action-plan-offered", EasyRulesPeer::sel141Applies, EasyRulesPeer::sel141),
                duty(7, "sel-148-follow-up-held", EasyRulesPeer::sel148HeldApplies, EasyRulesPeer::sel148Held),
                duty(
                        8,
                        "sel-148-change-needs-new-decision",
                        EasyRulesPeer::sel148ChangeApplies,
                        EasyRulesPeer::sel148Change));
    }

    /**
     * Evaluates the duties on a case the vendor's way: pull the facts, fire the engine, read the
     * results.
     *
     * @param process the case
     * @param asOf the as-of date
     * @return the outcomes, in the order of {@link LegalDutySubset#RULE_IDS}
     */
    public Outcome[] evaluate(CaseProcess process, LocalDate asOf) {
        Facts facts = facts(process, asOf);
        engine.fire(rules, facts);
        Map<String, String> results = facts.get(RESULTS);
        Outcome[] outcomes = new Outcome[LegalDutySubset.RULE_IDS.size()];
        for (int i = 0; i < outcomes.length; i++) {
            String code = results.get(LegalDutySubset.RULE_IDS.get(i));
            outcomes[i] = code == null ? null : outcome(code);
        }
        return outcomes;
    }

    private static Outcome outcome(String code) {
        for (Outcome o : Outcome.values()) {
            if (o.code().equals(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome code " + code);
    }

    // ------------------------------------------------------------------ facts

    /**
     * Pulls what the rules read out of a case, as a vendor would: events known as of the date, in
     * date order, one list of rows per kind.
     *
     * @param process the case
     * @param asOf the as-of date
     * @return the facts
     */
    static Facts facts(CaseProcess process, LocalDate asOf) {
        List<CaseEvent> known = new ArrayList<>();
        for (CaseEvent e : process.events()) {
            if (!e.date().isAfter(asOf)) {
                known.add(e);
            }
        }
        known.sort(Comparator.comparing(CaseEvent::date));
        List<Map<String, Object>> decisions = new ArrayList<>();
        List<Map<String, Object>> hearings = new ArrayList<>();
        List<Map<String, Object>> investigations = new ArrayList<>();
        List<Map<String, Object>> information = new ArrayList<>();
        List<Map<String, Object>> followUps = new ArrayList<>();
        List<Map<String, Object>> notices = new ArrayList<>();
        List<Map<String, Object>> plans = new ArrayList<>();
        for (CaseEvent e : known) {
            if (e instanceof Decision) {
                Decision d = (Decision) e;
                Map<String, Object> row = row(d);
                row.put("outcome", d.outcome().code());
                row.put("fullyGrantsRequest", d.fullyGrantsRequest());
                row.put("provision", d.provision().code());
                row.put("discretionary", d.discretionary());
                row.put("reasonsCiteRules", d.reasonsCiteRules());
                row.put("reasonsStateConsiderations", d.reasonsStateConsiderations());
                row.put("reasonsStateFacts", d.reasonsStateFacts());
                row.put("reasonsRecorded", d.reasons().isPresent());
                row.put("complaintGuidance", d.complaintGuidance());
                row.put("hearingExempt", d.hearingExemption().isPresent());
                d.followUpDate().ifPresent(f -> row.put("followUpDate", f));
                decisions.add(row);
            } else if (e instanceof Hearing) {
                Hearing h = (Hearing) e;
                Map<String, Object> row = row(h);
                row.put("responseDeadline", h.responseDeadline());
                h.provision().ifPresent(p -> row.put("provision", p.code()));
                h.respondedOn().ifPresent(r -> row.put("respondedOn", r));
                hearings.add(row);
            } else if (e instanceof Investigation) {
                Investigation i = (Investigation) e;
                Map<String, Object> row = row(i);
                List<String> levels = new ArrayList<>();
                for (LifeAreaAssessment a : i.lifeAreas()) {
                    levels.add(a.functionLevel().code());
                }
                row.put("functionLevels", levels);
                investigations.add(row);
            } else if (e instanceof InformationGathering) {
                information.add(row(e));
            } else if (e instanceof FollowUp) {
                FollowUp f = (FollowUp) e;
                Map<String, Object> row = row(f);
                row.put("plannedFor", f.plannedFor());
                f.heldOn().ifPresent(h -> row.put("heldOn", h));
                f.outcome().ifPresent(o -> row.put("outcome", o.code()));
                followUps.add(row);
            } else if (e instanceof DeadlineNotice) {
                DeadlineNotice n = (DeadlineNotice) e;
                Map<String, Object> row = row(n);
                row.put("written", n.written());
                row.put("expectedDecisionBy", n.expectedDecisionBy());
                notices.add(row);
            } else if (e instanceof ActionPlan) {
                ActionPlan p = (ActionPlan) e;
                Map<String, Object> row = row(p);
                row.put("offered", p.offered());
                row.put("response", p.response().code());
                plans.add(row);
            }
        }
        Set<String> targetGroups = new HashSet<>();
        for (TargetGroup g : process.targetGroups()) {
            targetGroups.add(g.code());
        }
        Facts facts = new Facts();
        facts.put("asOf", asOf);
        process.decisionDueBy().ifPresent(due -> facts.put("decisionDueBy", due));
        facts.put("targetGroups", targetGroups);
        facts.put("citizenReachedPensionAge", process.citizenReachedPensionAge());
        facts.put("decisions", decisions);
        facts.put("hearings", hearings);
        facts.put("investigations", investigations);
        facts.put("informationGatherings", information);
        facts.put("followUps", followUps);
        facts.put("deadlineNotices", notices);
        facts.put("actionPlans", plans);
        facts.put(RESULTS, new HashMap<String, String>());
        return facts;
    }

    private static Map<String, Object> row(CaseEvent e) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", e.id());
        row.put("date", e.date());
        return row;
    }

    // ------------------------------------------------------------------ rules

    /** A duty as two engine rules: one that records why it does not apply, one that evaluates it. */
    private static Rule[] duty(
            int priority, String id, Function<Facts, String> applicability, Function<Facts, String> evaluation) {
        return new Rule[] {
            new RuleBuilder()
                    .name(id + " (does not apply)")
                    .priority(priority)
                    .when(facts -> applicability.apply(facts) != null)
                    .then(facts -> result(facts, id, applicability.apply(facts)))
                    .build(),
            new RuleBuilder()
                    .name(id)
                    .priority(priority)
                    .when(facts -> applicability.apply(facts) == null)
                    .then(facts -> result(facts, id, evaluation.apply(facts)))
                    .build()
        };
    }

    private static Rules rulesOf(Rule[]... duties) {
        Rules all = new Rules();
        for (Rule[] duty : duties) {
            for (Rule rule : duty) {
                all.register(rule);
            }
        }
        return all;
    }

    private static void result(Facts facts, String id, String outcome) {
        Map<String, String> results = facts.get(RESULTS);
        results.put(id, outcome);
    }

    private static final String MET = "met";
    private static final String PARTLY = "partly-met";
    private static final String NOT_MET = "not-met";
    private static final String NOT_APPLICABLE = "not-applicable";
    private static final String INSUFFICIENT = "insufficient-data";

    private static List<Map<String, Object>> list(Facts facts, String name) {
        return facts.get(name);
    }

    private static LocalDate date(Map<String, Object> row, String field) {
        return (LocalDate) row.get(field);
    }

    private static boolean flag(Map<String, Object> row, String field) {
        return Boolean.TRUE.equals(row.get(field));
    }

    private static boolean adverse(Map<String, Object> decision) {
        return !flag(decision, "fullyGrantsRequest");
    }

    private static boolean known(Facts facts, LocalDate date) {
        LocalDate asOf = facts.get("asOf");
        return date != null && !date.isAfter(asOf);
    }

    /** The worst of several outcome codes: not met, partly met, insufficient data, met, not applicable. */
    private static String worst(List<String> outcomes) {
        String worst = NOT_APPLICABLE;
        for (String o : outcomes) {
            if (rank(o) > rank(worst)) {
                worst = o;
            }
        }
        return worst;
    }

    private static int rank(String outcome) {
        switch (outcome) {
            case MET:
                return 1;
            case INSUFFICIENT:
                return 2;
            case PARTLY:
                return 3;
            case NOT_MET:
                return 4;
            default:
                return 0;
        }
    }

    /** The last row dated on or before a date. */
    private static Map<String, Object> latestOnOrBefore(List<Map<String, Object>> rows, LocalDate date) {
        Map<String, Object> found = null;
        for (Map<String, Object> row : rows) {
            if (date(row, "date").isAfter(date)) {
                break;
            }
            found = row;
        }
        return found;
    }

    // RSL §3

    private static String rsl3Applies(Facts facts) {
        return facts.get("decisionDueBy") == null ? INSUFFICIENT : null;
    }

    private static String rsl3(Facts facts) {
        LocalDate due = facts.get("decisionDueBy");
        LocalDate asOf = facts.get("asOf");
        List<Map<String, Object>> decisions = list(facts, "decisions");
        Map<String, Object> first = decisions.isEmpty() ? null : decisions.get(0);
        if (first != null && !date(first, "date").isAfter(due)) {
            return MET;
        }
        if (first == null && !asOf.isAfter(due)) {
            return NOT_APPLICABLE;
        }
        LocalDate reference = first == null ? asOf : date(first, "date");
        LocalDate expected = due;
        boolean timely = false;
        boolean late = false;
        for (Map<String, Object> n : list(facts, "deadlineNotices")) {
            LocalDate date = date(n, "date");
            if (date.isAfter(reference)) {
                break;
            }
            if (!flag(n, "written")) {
                continue;
            }
            if (!date.isAfter(expected)) {
                timely = true;
                LocalDate by = date(n, "expectedDecisionBy");
                if (by.isAfter(expected)) {
                    expected = by;
                }
            } else {
                late = true;
            }
        }
        if (timely) {
            return reference.isAfter(expected) ? PARTLY : MET;
        }
        return late ? PARTLY : NOT_MET;
    }

    // RSL §10

    private static String rsl10Applies(Facts facts) {
        return list(facts, "decisions").isEmpty() ? NOT_APPLICABLE : null;
    }

    private static String rsl10(Facts facts) {
        List<LocalDate> held = new ArrayList<>();
        for (Map<String, Object> f : list(facts, "followUps")) {
            LocalDate on = date(f, "heldOn");
            if (known(facts, on)) {
                held.add(on);
            }
        }
        List<String> items = new ArrayList<>();
        Map<String, Object> previous = null;
        for (Map<String, Object> d : list(facts, "decisions")) {
            items.add(investigatedBefore(facts, d, previous, held));
            previous = d;
        }
        return worst(items);
    }

    @SuppressWarnings("unchecked")
    private static String investigatedBefore(
            Facts facts, Map<String, Object> d, Map<String, Object> previous, List<LocalDate> held) {
        LocalDate date = date(d, "date");
        Map<String, Object> investigation = latestOnOrBefore(list(facts, "investigations"), date);
        if (investigation == null) {
            return latestOnOrBefore(list(facts, "informationGatherings"), date) != null ? PARTLY : NOT_MET;
        }
        List<String> levels = (List<String>) investigation.get("functionLevels");
        boolean assessed = false;
        for (String level : levels) {
            assessed |= !"not-assessed".equals(level);
        }
        if (!assessed) {
            return PARTLY;
        }
        Object outcome = d.get("outcome");
        boolean changesHelp = "changed".equals(outcome) || "stopped".equals(outcome);
        if (changesHelp && previous != null) {
            LocalDate previousDate = date(previous, "date");
            if (!date(investigation, "date").isAfter(previousDate)) {
                boolean followedUp = false;
                for (LocalDate on : held) {
                    followedUp |= on.isAfter(previousDate) && !on.isAfter(date);
                }
                if (!followedUp) {
                    return PARTLY;
                }
            }
        }
        return MET;
    }

    // FVL §19, §§22-24, §25

    private static String adverseApplies(Facts facts) {
        for (Map<String, Object> d : list(facts, "decisions")) {
            if (adverse(d)) {
                return null;
            }
        }
        return NOT_APPLICABLE;
    }

    private static String fvl19(Facts facts) {
        List<String> items = new ArrayList<>();
        Map<Object, LocalDate> previousOnProvision = new HashMap<>();
        for (Map<String, Object> d : list(facts, "decisions")) {
            if (adverse(d)) {
                items.add(heardBefore(facts, d, previousOnProvision.get(d.get("provision"))));
            }
            previousOnProvision.put(d.get("provision"), date(d, "date"));
        }
        return worst(items);
    }

    /** The latest hearing on the decision's provision (or none named) after the previous decision on it. */
    private static String heardBefore(Facts facts, Map<String, Object> d, LocalDate previousOnProvision) {
        if (flag(d, "hearingExempt")) {
            return NOT_APPLICABLE;
        }
        LocalDate date = date(d, "date");
        Map<String, Object> hearing = null;
        for (Map<String, Object> h : list(facts, "hearings")) {
            LocalDate on = date(h, "date");
            if (on.isAfter(date)) {
                break;
            }
            Object provision = h.get("provision");
            if ((previousOnProvision == null || on.isAfter(previousOnProvision))
                    && (provision == null || provision.equals(d.get("provision")))) {
                hearing = h;
            }
        }
        if (hearing == null) {
            return NOT_MET;
        }
        LocalDate responded = date(hearing, "respondedOn");
        boolean answered = known(facts, responded) && !responded.isAfter(date);
        return answered || date.isAfter(date(hearing, "responseDeadline")) ? MET : NOT_MET;
    }

    private static String fvl22(Facts facts) {
        List<String> items = new ArrayList<>();
        for (Map<String, Object> d : list(facts, "decisions")) {
            if (!adverse(d)) {
                continue;
            }
            // considerations are required only where the decision rests on discretion (FVL §24, stk. 1)
            boolean discretionary = flag(d, "discretionary");
            int present = (flag(d, "reasonsCiteRules") ? 1 : 0)
                    + (discretionary && flag(d, "reasonsStateConsiderations") ? 1 : 0)
                    + (flag(d, "reasonsStateFacts") ? 1 : 0);
            if (present == (discretionary ? 3 : 2)) {
                items.add(MET);
            } else if (present > 0) {
                items.add(PARTLY);
            } else {
                boolean reasonsGiven = flag(d, "reasonsRecorded") || flag(d, "reasonsStateConsiderations");
                items.add(reasonsGiven ? NOT_MET : INSUFFICIENT);
            }
        }
        return worst(items);
    }

    private static String fvl25(Facts facts) {
        List<String> items = new ArrayList<>();
        for (Map<String, Object> d : list(facts, "decisions")) {
            if (adverse(d)) {
                items.add(flag(d, "complaintGuidance") ? MET : NOT_MET);
            }
        }
        return worst(items);
    }

    // SEL §141

    private static boolean planOffered(Facts facts) {
        for (Map<String, Object> p : list(facts, "actionPlans")) {
            if (flag(p, "offered")) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static String sel141Applies(Facts facts) {
        if (Boolean.TRUE.equals(facts.get("citizenReachedPensionAge"))) {
            return NOT_APPLICABLE; // the duty covers citizens under the state pension age
        }
        if (planOffered(facts)) {
            return null;
        }
        List<Map<String, Object>> investigations = list(facts, "investigations");
        if (investigations.isEmpty()) {
            return INSUFFICIENT;
        }
        List<String> levels =
                (List<String>) investigations.get(investigations.size() - 1).get("functionLevels");
        boolean significant = false;
        boolean assessed = false;
        for (String level : levels) {
            significant |= "severe".equals(level) || "complete".equals(level);
            assessed |= !"not-assessed".equals(level);
        }
        if (!significant && !assessed) {
            return INSUFFICIENT;
        }
        if (!significant) {
            Set<String> groups = facts.get("targetGroups");
            return groups.contains("socially-marginalised") ? INSUFFICIENT : NOT_APPLICABLE;
        }
        for (Map<String, Object> d : list(facts, "decisions")) {
            Object outcome = d.get("outcome");
            if ("granted".equals(outcome) || "partly-granted".equals(outcome) || "changed".equals(outcome)) {
                return null;
            }
        }
        return NOT_APPLICABLE;
    }

    private static String sel141(Facts facts) {
        return planOffered(facts) ? MET : NOT_MET;
    }

    // SEL §148

    private static String sel148HeldApplies(Facts facts) {
        LocalDate asOf = facts.get("asOf");
        for (Map<String, Object> f : list(facts, "followUps")) {
            if (date(f, "plannedFor").isBefore(asOf)) {
                return null;
            }
        }
        return sel148DecisionDates(facts).isEmpty() ? NOT_APPLICABLE : null;
    }

    private static String sel148Held(Facts facts) {
        LocalDate asOf = facts.get("asOf");
        int held = 0;
        int missing = 0;
        for (Map<String, Object> f : list(facts, "followUps")) {
            if (date(f, "plannedFor").isBefore(asOf)) {
                if (known(facts, date(f, "heldOn"))) {
                    held++;
                } else {
                    missing++;
                }
            }
        }
        for (Map<String, Object> d : sel148DecisionDates(facts)) {
            if (heldSince(facts, date(d, "date"))) {
                held++;
            } else {
                missing++;
            }
        }
        return missing == 0 ? MET : held == 0 ? NOT_MET : PARTLY;
    }

    /**
     * The decisions whose follow-up date passed and for which no follow-up that was due is planned or
     * held on or after the decision: SEL §148 counts those dates too.
     */
    private static List<Map<String, Object>> sel148DecisionDates(Facts facts) {
        LocalDate asOf = facts.get("asOf");
        List<Map<String, Object>> dates = new ArrayList<>();
        for (Map<String, Object> d : list(facts, "decisions")) {
            LocalDate followUpDate = date(d, "followUpDate");
            if (followUpDate == null || !followUpDate.isBefore(asOf)) {
                continue;
            }
            LocalDate decided = date(d, "date");
            boolean answered = false;
            for (Map<String, Object> f : list(facts, "followUps")) {
                LocalDate heldOn = date(f, "heldOn");
                boolean since = !date(f, "date").isBefore(decided) || known(facts, heldOn) && !heldOn.isBefore(decided);
                if (date(f, "plannedFor").isBefore(asOf) && since) {
                    answered = true;
                    break;
                }
            }
            if (!answered) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** Whether any follow-up was held on or after a day, by the as-of date. */
    private static boolean heldSince(Facts facts, LocalDate day) {
        for (Map<String, Object> f : list(facts, "followUps")) {
            LocalDate heldOn = date(f, "heldOn");
            if (known(facts, heldOn) && !heldOn.isBefore(day)) {
                return true;
            }
        }
        return false;
    }

    private static boolean changeOrEnd(Facts facts, Map<String, Object> followUp) {
        Object outcome = followUp.get("outcome");
        return known(facts, date(followUp, "heldOn")) && ("change".equals(outcome) || "end".equals(outcome));
    }

    private static String sel148ChangeApplies(Facts facts) {
        for (Map<String, Object> f : list(facts, "followUps")) {
            if (changeOrEnd(facts, f)) {
                return null;
            }
        }
        return NOT_APPLICABLE;
    }

    private static String sel148Change(Facts facts) {
        LocalDate asOf = facts.get("asOf");
        List<String> items = new ArrayList<>();
        for (Map<String, Object> f : list(facts, "followUps")) {
            if (!changeOrEnd(facts, f)) {
                continue;
            }
            LocalDate held = date(f, "heldOn");
            boolean decided = false;
            for (Map<String, Object> d : list(facts, "decisions")) {
                if (!date(d, "date").isBefore(held)) {
                    decided = true;
                    break;
                }
            }
            if (decided) {
                items.add(MET);
            } else {
                items.add(asOf.isAfter(held.plusWeeks(4)) ? NOT_MET : NOT_APPLICABLE);
            }
        }
        return worst(items);
    }
}
