package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.FollowUpOutcome;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.testkit.CaseUnderTest;
import io.github.inddragelse.testkit.Defect;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The other shapes a defect takes in generated cases. {@link DefectOps#introduce} puts each defect in
 * one way (the way its {@link Defect} constant documents, so that {@code Defects.introduce} stays
 * predictable); a generated case shows the defect in each way the standard rules tell apart: reasons
 * partly given or not recorded at all, wishes not recorded at all, a notice given only after the
 * deadline, a complaint reconsidered or sent on late, a follow-up date a decision set that passed with
 * no follow-up planned for it. Each variant keeps the defect present by its
 * definition, brings no other, adds no date after the last fact (so the as-of date stays the default
 * one), and is repaired by the defect's own fix.
 */
final class DefectVariants {

    private DefectVariants() {}

    /**
     * Possibly turns a case into another shape of the same defect.
     *
     * @param before the case before the defect was put in
     * @param broken the case with the defect put in by {@link DefectOps#introduce}
     * @param defect the defect
     * @param ch the random choices
     * @return the broken case, or a variant of it
     */
    static CaseUnderTest vary(CaseUnderTest before, CaseUnderTest broken, Defect defect, Choices ch) {
        CaseEdit e = new CaseEdit(broken.process(), broken.asOf());
        LocalDate lastFact = Timeline.latestFact(before.process());
        boolean varied;
        switch (defect) {
            case REASONS_MISSING:
                varied = ch.chance(60) && partialReasons(e, ch);
                break;
            case PROVIDER_ORDER_WITHOUT_GOALS:
                varied = ch.chance(60) && halfAnOrder(e, new CaseEdit(before.process(), before.asOf()), ch);
                break;
            case GOALS_NOT_ACCEPTED:
                varied = ch.chance(50) && someGoalsAccepted(e, ch);
                break;
            case WISHES_NOT_IN_OWN_WORDS:
                varied = ch.chance(35);
                if (varied) {
                    e.updateKnown(Investigation.class, i -> Investigation.builder()
                            .from(i)
                            .citizensWishes(Optional.empty())
                            .build());
                }
                break;
            case NO_CITIZEN_AT_MEETINGS:
                // the investigation done without the citizen too (RSL §4 counts it, the defect does not)
                varied = ch.chance(35);
                if (varied) {
                    e.updateKnown(Investigation.class, i -> (Investigation) e.withoutCitizen(i));
                }
                break;
            case DEADLINE_MISSED_WITHOUT_NOTICE:
                varied = ch.chance(40) && noticeAfterDue(e, lastFact, ch);
                break;
            case COMPLAINT_NOT_RECONSIDERED:
                varied = ch.chance(40) && lateComplaintStep(e, lastFact, true, ch);
                break;
            case COMPLAINT_NOT_SENT_ON:
                varied = ch.chance(40) && lateComplaintStep(e, lastFact, false, ch);
                break;
            case OVERDUE_FOLLOW_UP:
                varied = ch.chance(40) && followUpDateOnly(e, broken);
                break;
            case NO_DECISION_AFTER_CHANGE:
                varied = ch.chance(40);
                if (varied) {
                    e.updateKnown(
                            FollowUp.class,
                            f -> f.outcome().equals(Optional.of(FollowUpOutcome.CHANGE))
                                    ? FollowUp.builder()
                                            .from(f)
                                            .outcome(FollowUpOutcome.END)
                                            .build()
                                    : f);
                }
                break;
            default:
                varied = false;
        }
        return varied ? new CaseUnderTest(e.build(), broken.asOf()) : broken;
    }

    /**
     * Reasons that give some of the required elements (rules, considerations where the decision rests on
     * discretion, facts) but not all, or no reasons recorded at all.
     */
    private static boolean partialReasons(CaseEdit e, Choices ch) {
        int shape = ch.between(0, 2);
        e.updateKnown(Decision.class, d -> {
            if (!d.isAdverse()) {
                return d;
            }
            Decision.Builder b = Decision.builder().from(d);
            if (shape == 0) {
                // nothing recorded: no reasons and no element
                return b.reasons(Optional.empty()).build();
            }
            // the rules alone, or the facts (and the considerations, where discretion needs them): never all
            boolean rules = shape == 1;
            return b.reasonsCiteRules(rules)
                    .reasonsStateConsiderations(!rules && d.discretionary())
                    .reasonsStateFacts(!rules)
                    .reasons(Texts.FULL_REASONS)
                    .build();
        });
        return true;
    }

    /** An order that names its goals but not its purpose, or states its purpose but names no goal. */
    private static boolean halfAnOrder(CaseEdit e, CaseEdit before, Choices ch) {
        boolean purposeOnly = ch.chance(50);
        Map<String, List<String>> goals = before.known(ProviderOrder.class).stream()
                .collect(Collectors.toMap(ProviderOrder::id, ProviderOrder::goalIds));
        if (!purposeOnly && goals.values().stream().anyMatch(List::isEmpty)) {
            return false;
        }
        e.updateKnown(ProviderOrder.class, o -> ProviderOrder.builder()
                .from(o)
                .purposeStated(purposeOnly)
                .goalIds(purposeOnly ? List.of() : goals.getOrDefault(o.id(), List.of()))
                .build());
        return true;
    }

    /**
     * The overdue follow-up not recorded as an event at all, so that only the follow-up date the decision
     * set for it says it was due: when there is one overdue follow-up, a decision set its planned date,
     * and the defect (by that decision) and no other one is left.
     */
    private static boolean followUpDateOnly(CaseEdit e, CaseUnderTest broken) {
        List<FollowUp> overdue = DefectOps.overdueFollowUps(e);
        if (overdue.size() != 1) {
            return false;
        }
        FollowUp f = overdue.get(0);
        Optional<LocalDate> date = Optional.of(f.plannedFor());
        if (e.known(Decision.class).stream().noneMatch(d -> d.followUpDate().equals(date))) {
            return false;
        }
        e.remove(f);
        return DefectOps.presentIn(new CaseUnderTest(e.build(), e.asOf)).equals(DefectOps.presentIn(broken));
    }

    /** Some of the goals accepted by the citizen: all but one. */
    private static boolean someGoalsAccepted(CaseEdit e, Choices ch) {
        List<Goal> goals = e.known(Goal.class);
        if (goals.size() < 2) {
            return false;
        }
        String notAccepted = goals.get(ch.between(0, goals.size() - 1)).id();
        e.updateKnown(Goal.class, g -> Goal.builder()
                .from(g)
                .acceptedByCitizen(!g.id().equals(notAccepted))
                .build());
        return true;
    }

    /**
     * A written notice given only after the deadline had passed (still before the decision, or before
     * the as-of date), and no later than the last fact.
     */
    private static boolean noticeAfterDue(CaseEdit e, LocalDate lastFact, Choices ch) {
        LocalDate due = e.process().decisionDueBy().orElseThrow();
        Optional<LocalDate> decided = DefectOps.firstDecisionDate(e);
        LocalDate latest = decided.filter(d -> d.isBefore(lastFact)).orElse(lastFact);
        if (!latest.isAfter(due)) {
            return false;
        }
        LocalDate on = due.plusDays(1 + ch.between(0, (int) ChronoUnit.DAYS.between(due.plusDays(1), latest)));
        e.add(DefectOps.writtenNotice(e, on, decided.orElse(e.asOf.plusDays(ch.between(14, 42)))));
        return true;
    }

    /**
     * A complaint reconsidered after its four weeks (then upheld and sent on the same day, or changed),
     * or, for one reconsidered in time, sent on after them; no later than the last fact.
     */
    private static boolean lateComplaintStep(CaseEdit e, LocalDate lastFact, boolean reconsideration, Choices ch) {
        List<CaseEvent> changed = new ArrayList<>();
        for (Complaint k : e.known(Complaint.class)) {
            LocalDate due = DefectOps.complaintDue(k);
            boolean eligible = reconsideration
                    ? k.reconsideredOn().isEmpty()
                    : k.reconsideredOn().isPresent() && k.forwardedOn().isEmpty();
            if (!eligible || !lastFact.isAfter(due)) {
                continue;
            }
            LocalDate late = due.plusDays(1 + ch.between(0, (int) ChronoUnit.DAYS.between(due.plusDays(1), lastFact)));
            if (reconsideration) {
                boolean upheld = ch.chance(60);
                changed.add(Complaint.builder()
                        .from(k)
                        .reconsideredOn(late)
                        .reconsiderationOutcome(upheld ? ReconsiderationOutcome.UPHELD : ReconsiderationOutcome.CHANGED)
                        .forwardedOn(Optional.ofNullable(upheld ? late : null))
                        .build());
            } else {
                changed.add(Complaint.builder().from(k).forwardedOn(late).build());
            }
        }
        changed.forEach(e::replace);
        return !changed.isEmpty();
    }
}
