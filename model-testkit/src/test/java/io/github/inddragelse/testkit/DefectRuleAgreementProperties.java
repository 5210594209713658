package io.github.inddragelse.testkit;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.standard.LegalDutyRules;
import io.github.inddragelse.model.standard.RecoveryRules;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The legal-duty defects and the standard rules that judge them agree, both ways: a defect present
 * ({@link Defects#isPresent}) makes its rule report one of the message keys that mean that failure
 * (unless an at least as bad failure of the same rule, on another decision, complaint or follow-up,
 * hides it), and a rule reporting such a key means the defect is present. Both are judged as of the
 * case's as-of date, over valid cases at any variation, cases with one defect or two compatible ones, and
 * hand-shaped cases that stress the definitions ({@link Shape}). The table {@link #AGREEMENT} says which
 * keys mean which defect, and where the two agree only one way.
 *
 * <p>No case declares a fact not recorded: a defect defined by such a fact is then present by its
 * definition while the rule reports insufficient data ({@code fact-not-recorded}), as the README says.
 */
class DefectRuleAgreementProperties {

    /** A message key of a rule and the outcome the rule gives with it. */
    private record Key(String key, Outcome outcome) {}

    /** Which ways a defect and its rule's keys agree. */
    private enum Agrees {
        /** The defect present means one of the keys (unless hidden), and one of the keys means the defect. */
        BOTH_WAYS,
        /** Only: the defect present means one of the keys (unless hidden). */
        DEFECT_TO_KEY,
        /** Only: one of the keys means the defect is present. */
        KEY_TO_DEFECT
    }

    /** A defect, the standard rule that judges it, the rule's message keys that mean that failure, and how. */
    private record Row(Defect defect, Rule rule, List<Key> keys, Agrees agrees) {

        /** The least bad outcome among the keys: a failure of the rule at least this bad can hide them. */
        Outcome mildest() {
            return keys.stream()
                    .map(Key::outcome)
                    .min(Comparator.comparingInt(DefectRuleAgreementProperties::badness))
                    .orElseThrow();
        }

        /** The same row, agreeing only one way. */
        Row only(Agrees way) {
            return new Row(defect, rule, keys, way);
        }
    }

    private static Key notMet(String key) {
        return new Key(key, Outcome.NOT_MET);
    }

    private static Key partlyMet(String key) {
        return new Key(key, Outcome.PARTLY_MET);
    }

    private static Key insufficientData(String key) {
        return new Key(key, Outcome.INSUFFICIENT_DATA);
    }

    private static Row row(Defect defect, Rule rule, Key... keys) {
        return new Row(defect, rule, List.of(keys), Agrees.BOTH_WAYS);
    }

    /**
     * Which message keys of which standard rule mean which defect, with the outcome the rule gives with
     * each key. Every row agrees both ways but one, one way for the reason written on it; one key
     * that means a failure is no defect's ({@link #FAILURES_NO_DEFECT_NAMES}). The defects that are not
     * legal duties judged by one rule (interpretation, meetings, wishes, goals, resources, network, order,
     * method, caseworker change) are not in it.
     */
    private static final List<Row> AGREEMENT = List.of(
            // RSL §3: no written notice by the due date; or the date a timely notice gave passed too
            row(
                    Defect.DEADLINE_MISSED_WITHOUT_NOTICE,
                    LegalDutyRules.RSL_3_DEADLINE_OR_NOTICE,
                    notMet("decided-late-without-notice"),
                    notMet("overdue-without-notice"),
                    partlyMet("notice-after-due")),
            row(Defect.NOTICE_DATE_NOT_KEPT, LegalDutyRules.RSL_3_DEADLINE_OR_NOTICE, partlyMet("notice-date-passed")),
            // FVL §19: no hearing since the previous decision on the provision; or not awaited
            row(Defect.NO_HEARING_BEFORE_REJECTION, LegalDutyRules.FVL_19_HEARING, notMet("not-heard")),
            row(Defect.HEARING_DEADLINE_NOT_AWAITED, LegalDutyRules.FVL_19_HEARING, notMet("decided-before-deadline")),
            // FVL §§22-24: the defect counts a decision with nothing recorded of its reasons, which the
            // rule cannot judge: insufficient data, never a pass
            row(
                    Defect.REASONS_MISSING,
                    LegalDutyRules.FVL_22_24_REASONS,
                    partlyMet("reasons-partial"),
                    partlyMet("reasons-partial-without-discretion"),
                    notMet("reasons-without-elements"),
                    notMet("reasons-without-rules-or-facts"),
                    insufficientData("reasons-not-recorded")),
            // FVL §25
            row(
                    Defect.NO_COMPLAINT_GUIDANCE,
                    LegalDutyRules.FVL_25_COMPLAINT_GUIDANCE,
                    notMet("no-complaint-guidance")),
            // RSL §10: no investigation before a decision (information gathered or not); or one that
            // assesses no life area
            row(
                    Defect.NO_INVESTIGATION_BEFORE_DECISION,
                    LegalDutyRules.RSL_10_INVESTIGATED,
                    notMet("decided-without-investigation"),
                    partlyMet("information-without-assessment")),
            row(
                    Defect.LIFE_AREAS_NOT_ASSESSED,
                    LegalDutyRules.RSL_10_INVESTIGATED,
                    partlyMet("no-life-areas-assessed")),
            // RSL §§66-67: not reconsidered in four weeks; or reconsidered, maintained and not sent on in them
            row(
                    Defect.COMPLAINT_NOT_RECONSIDERED,
                    LegalDutyRules.RSL_66_67_RECONSIDERED,
                    notMet("not-reconsidered"),
                    partlyMet("reconsidered-late")),
            row(
                    Defect.COMPLAINT_NOT_SENT_ON,
                    LegalDutyRules.RSL_66_67_RECONSIDERED,
                    notMet("not-forwarded"),
                    partlyMet("forwarded-late")),
            // SEL §148: follow-ups due and not held, or a follow-up date a decision set that passed with no
            // follow-up held since the decision (decision-date-passed when that decision is judged alone)
            row(
                    Defect.OVERDUE_FOLLOW_UP,
                    LegalDutyRules.SEL_148_FOLLOW_UP_HELD,
                    notMet("none-held"),
                    partlyMet("some-held"),
                    notMet("decision-date-passed")),
            // SEL §148 and principle 7: no follow-up planned. One way only: the rule asks for a follow-up
            // date in the decision or a follow-up planned that day, the defect only for one planned at all,
            // on or after it (generated cases without defects plan one a day after a decision that changes
            // the help, as variation allows)
            row(
                            Defect.NO_FOLLOW_UP_PLANNED,
                            RecoveryRules.FOLLOW_UP_DATE_SET,
                            notMet("date-set-none"),
                            partlyMet("date-set-some"))
                    .only(Agrees.DEFECT_TO_KEY),
            // SEL §148: a follow-up concluded a change or an end, and no decision within four weeks
            row(
                    Defect.NO_DECISION_AFTER_CHANGE,
                    LegalDutyRules.SEL_148_CHANGE_NEEDS_DECISION,
                    notMet("no-new-decision")),
            // SEL §141: the latest investigation finds function significantly reduced, help given, no plan
            row(Defect.ACTION_PLAN_NOT_OFFERED, LegalDutyRules.SEL_141_PLAN_OFFERED, notMet("not-offered")));

    /**
     * Failures of the rules in {@link #AGREEMENT} that no defect names: the rule id, then the keys. RSL §10
     * {@code not-reinvestigated}: a decision that changes or stops the help with no investigation or
     * follow-up since the previous decision (no generated case without defects has it: {@link
     * GeneratedCaseProperties}).
     */
    private static final Map<String, Set<String>> FAILURES_NO_DEFECT_NAMES =
            Map.of(LegalDutyRules.RSL_10_INVESTIGATED.id(), Set.of("not-reinvestigated"));

    /**
     * The rules in {@link #AGREEMENT} that give one verdict on the whole case, so that nothing hides the
     * failure a defect means; the others judge each decision, complaint or follow-up and report the
     * worst (the first of the worst).
     */
    private static final Set<Rule> ONE_VERDICT = Set.of(
            LegalDutyRules.RSL_3_DEADLINE_OR_NOTICE,
            LegalDutyRules.SEL_141_PLAN_OFFERED,
            LegalDutyRules.SEL_148_FOLLOW_UP_HELD,
            RecoveryRules.FOLLOW_UP_DATE_SET);

    private static final Assessor RULES = Assessor.builder()
            .addRules(AGREEMENT.stream().map(Row::rule).distinct().toList())
            .build();

    /** Not met is worse than partly met, which is worse than insufficient data; the rest do not fall short. */
    private static int badness(Outcome outcome) {
        return switch (outcome) {
            case NOT_MET -> 3;
            case PARTLY_MET -> 2;
            case INSUFFICIENT_DATA -> 1;
            default -> 0;
        };
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 300)
    void defects_and_rules_agree_on_valid_cases_at_any_variation(@ForAll("anyVariation") CaseUnderTest c) {
        checkAgreement(c);
    }

    @Property(tries = 300)
    void defects_and_rules_agree_on_cases_with_one_defect(@ForAll("oneDefect") CaseUnderTest c) {
        checkAgreement(c);
    }

    @Property(tries = 200)
    void defects_and_rules_agree_on_cases_with_two_compatible_defects(@ForAll("twoDefects") CaseUnderTest c) {
        checkAgreement(c);
    }

    @Property(tries = 600)
    void defects_and_rules_agree_on_hand_shaped_cases(@ForAll("shaped") CaseUnderTest c) {
        checkAgreement(c);
    }

    @Provide
    Arbitrary<CaseUnderTest> anyVariation() {
        return Arbitraries.doubles()
                .between(0, 1)
                .flatMap(v -> CaseProcesses.valid().variation(v).underTest());
    }

    @Provide
    Arbitrary<CaseUnderTest> oneDefect() {
        return CaseProcesses.withOneDefect();
    }

    @Provide
    Arbitrary<CaseUnderTest> twoDefects() {
        return Combinators.combine(Arbitraries.of(Defect.class), Arbitraries.of(Defect.class))
                .filter((a, b) -> a.compareTo(b) < 0 && !a.conflictsWith(b))
                .as((a, b) -> new Defect[] {a, b})
                .flatMap(pair -> CaseProcesses.valid().withDefects(pair).underTest());
    }

    @Provide
    Arbitrary<CaseUnderTest> shaped() {
        Arbitrary<CaseUnderTest> adverse = Arbitraries.doubles().between(0, 1).flatMap(v -> CaseProcesses.valid()
                .decisionOutcomes(DecisionOutcome.REJECTED, DecisionOutcome.PARTLY_GRANTED)
                .variation(v)
                .underTest());
        Arbitrary<CaseUnderTest> base = Arbitraries.oneOf(anyVariation(), oneDefect(), adverse);
        return Combinators.combine(
                        base,
                        Arbitraries.of(Shape.class),
                        Arbitraries.integers().between(0, 40))
                .as((c, shape, days) -> {
                    CaseUnderTest shaped = shape.apply(c, days);
                    Statistics.label("shape").collect(shape + (shaped.equals(c) ? " (not applicable)" : ""));
                    return shaped;
                });
    }

    // ---------------------------------------------------------------- the check

    /** Checks both directions of every row of {@link #AGREEMENT} on one case. */
    private static void checkAgreement(CaseUnderTest c) {
        Assessment assessment = RULES.assess(c.process(), c.asOf());
        Set<Defect> present = Defects.presentIn(c.process(), c.asOf());
        List<String> disagreements = new ArrayList<>();
        for (Finding f : assessment.findings()) {
            if (badness(f.outcome()) >= badness(Outcome.PARTLY_MET) && !isNamedFailure(f)) {
                disagreements.add(f.ruleId() + " reports " + f.messageKey() + ", a failure missing from the table");
            }
        }
        for (Row row : AGREEMENT) {
            Finding f = assessment.finding(row.rule().id()).orElseThrow();
            Optional<Key> key = row.keys().stream()
                    .filter(k -> k.key().equals(f.messageKey()))
                    .findFirst();
            if (key.isPresent() && key.get().outcome() != f.outcome()) {
                disagreements.add(row.rule().id() + " reports " + f.messageKey() + " as "
                        + f.outcome().code() + ", the table says "
                        + key.get().outcome().code());
            }
            boolean isPresent = present.contains(row.defect());
            if (isPresent && key.isEmpty() && !hidden(row, f) && row.agrees() != Agrees.KEY_TO_DEFECT) {
                disagreements.add(
                        row.defect() + " is present, but " + row.rule().id() + " reports " + f.messageKey() + " ("
                                + f.outcome().code() + ")");
            }
            if (!isPresent && key.isPresent() && row.agrees() != Agrees.DEFECT_TO_KEY) {
                disagreements.add(row.rule().id() + " reports " + f.messageKey() + " (evidence " + f.evidence()
                        + "), but " + row.defect() + " is not present");
            }
            if (isPresent) {
                Statistics.label("defect present, rule's key").collect(row.defect() + " " + f.messageKey());
            }
        }
        if (!disagreements.isEmpty()) {
            throw new AssertionError(
                    "defects and rules disagree in case " + c.process().caseId() + " as of "
                            + c.asOf() + " (defects present: " + present + "):\n  "
                            + String.join("\n  ", disagreements) + "\ntimeline:\n" + timeline(c.process()));
        }
    }

    /** The events of a case, one a line: date, kind and id, and the dates a rule reads (no free text). */
    private static String timeline(CaseProcess p) {
        StringBuilder b = new StringBuilder();
        for (CaseEvent e : p.events()) {
            b.append("  ")
                    .append(e.date())
                    .append(' ')
                    .append(e.kind().code())
                    .append(' ')
                    .append(e.id());
            if (e instanceof Decision d) {
                b.append(' ')
                        .append(d.outcome().code())
                        .append(' ')
                        .append(d.provision().citation());
                d.followUpDate().ifPresent(f -> b.append(" follow-up date ").append(f));
            } else if (e instanceof FollowUp f) {
                b.append(" planned for ").append(f.plannedFor());
                f.heldOn().ifPresent(h -> b.append(" held ").append(h));
            } else if (e instanceof Hearing h) {
                b.append(" deadline ").append(h.responseDeadline());
                h.respondedOn().ifPresent(r -> b.append(" answered ").append(r));
                h.provision().ifPresent(r -> b.append(' ').append(r.citation()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Whether a rule's finding, not one of a row's keys, is a failure of the same rule at least as bad as
     * the row's, which hides the row's failure on another decision, complaint or follow-up.
     */
    private static boolean hidden(Row row, Finding f) {
        return !ONE_VERDICT.contains(row.rule()) && isNamedFailure(f) && badness(f.outcome()) >= badness(row.mildest());
    }

    /** Whether a finding's key is one the table lists for its rule, or a failure no defect names. */
    private static boolean isNamedFailure(Finding f) {
        return FAILURES_NO_DEFECT_NAMES.getOrDefault(f.ruleId(), Set.of()).contains(f.messageKey())
                || AGREEMENT.stream()
                        .filter(r -> r.rule().id().equals(f.ruleId()))
                        .flatMap(r -> r.keys().stream())
                        .anyMatch(k -> k.key().equals(f.messageKey()));
    }

    // ---------------------------------------------------------------- hand-shaped cases

    /**
     * Changes to a generated case that stress the definitions; each leaves a case it does not fit
     * unchanged. {@code days} is a generated number of days, 0 to 40.
     */
    private enum Shape {
        /** A copy of the last decision that does not fully grant the request, some days after it. */
        SECOND_ADVERSE_DECISION_ON_THE_SAME_PROVISION {
            @Override
            CaseUnderTest apply(CaseUnderTest c, int days) {
                return lastAdverse(c)
                        .map(d -> CaseEvents.withAdded(
                                c, copyOf(d, "afgoerelse-gentaget", d.date().plusDays(days), d.provision())))
                        .orElse(c);
            }
        },
        /** As above, with a hearing naming no provision on the day of the first of the two. */
        SECOND_ADVERSE_DECISION_HEARD_ON_THE_DAY_OF_THE_FIRST {
            @Override
            CaseUnderTest apply(CaseUnderTest c, int days) {
                return lastAdverse(c)
                        .map(d -> CaseEvents.withAdded(
                                c,
                                copyOf(d, "afgoerelse-gentaget", d.date().plusDays(days), d.provision()),
                                hearing(c, "partshoering-samme-dag", d.date(), Optional.empty(), days % 3 == 0)))
                        .orElse(c);
            }
        },
        /** Each hearing moved to the day of the next adverse decision, answered that day or not. */
        HEARING_ON_THE_DECISION_DAY {
            @Override
            CaseUnderTest apply(CaseUnderTest c, int days) {
                List<Decision> adverse =
                        decisions(c).stream().filter(Decision::isAdverse).toList();
                return edit(c, e -> {
                    if (!(e instanceof Hearing h)) {
                        return e;
                    }
                    Optional<Decision> next = adverse.stream()
                            .filter(d -> !d.date().isBefore(h.date()))
                            .findFirst();
                    if (next.isEmpty()) {
                        return e;
                    }
                    LocalDate day = next.get().date();
                    return Hearing.builder()
                            .from(h)
                            .date(day)
                            .responseDeadline(day.plusDays(days % 2 == 0 ? 0 : 14))
                            .respondedOn(days % 3 == 0 ? Optional.empty() : Optional.of(day))
                            .build();
                });
            }
        },
        /** Hearings naming no provision, and a rejection on another provision some days after the last adverse decision. */
        HEARING_NAMING_NO_PROVISION_BEFORE_TWO_PROVISIONS {
            @Override
            CaseUnderTest apply(CaseUnderTest c, int days) {
                Optional<Decision> adverse = lastAdverse(c);
                if (adverse.isEmpty()) {
                    return c;
                }
                LegalReference other = adverse.get().provision().equals(LegalReferences.SEL_100)
                        ? LegalReferences.SEL_97
                        : LegalReferences.SEL_100;
                CaseUnderTest unnamed = edit(
                        c,
                        e -> e instanceof Hearing h
                                ? Hearing.builder()
                                        .from(h)
                                        .provision(Optional.empty())
                                        .build()
                                : e);
                Decision second = Decision.builder()
                        .from(copyOf(
                                adverse.get(),
                                "afgoerelse-anden-bestemmelse",
                                adverse.get().date().plusDays(days),
                                other))
                        .outcome(DecisionOutcome.REJECTED)
                        .build();
                return CaseEvents.withAdded(unnamed, second);
            }
        },
        /** A second hearing on the day of the latest one, answered where that one was not, or the reverse. */
        TWO_HEARINGS_ON_ONE_DAY {
            @Override
            CaseUnderTest apply(CaseUnderTest c, int days) {
                Optional<Hearing> latest =
                        CaseEvents.eventsOf(c.process(), Hearing.class).stream().reduce((a, b) -> b);
                if (latest.isEmpty()) {
                    return c;
                }
                Hearing h = latest.get();
                boolean answered = h.respondedOn().isPresent();
                Hearing twin = Hearing.builder()
                        .from(h)
                        .id("partshoering-tvilling")
                        .responseDeadline(h.responseDeadline().plusDays(days))
                        .respondedOn(answered ? Optional.empty() : Optional.of(h.date()))
                        .build();
                return CaseEvents.withAdded(c, twin);
            }
        },
        /** A later investigation than the latest, with every life area at one level. */
        LATER_INVESTIGATION {
            @Override
            CaseUnderTest apply(CaseUnderTest c, int days) {
                Optional<Investigation> latest = CaseEvents.eventsOf(c.process(), Investigation.class).stream()
                        .reduce((a, b) -> b);
                if (latest.isEmpty()) {
                    return c;
                }
                FunctionLevel level = List.of(FunctionLevel.MODERATE, FunctionLevel.NOT_ASSESSED, FunctionLevel.SEVERE)
                        .get(days % 3);
                Investigation i = latest.get();
                return CaseEvents.withAdded(
                        c,
                        CaseEvents.reassessed(
                                i, "udredning-senere", i.date().plusDays(days), level, SupportNeed.MODERATE));
            }
        },
        /** No follow-up events; each decision that gives help sets a follow-up date some days after it. */
        FOLLOW_UP_DATE_ONLY {
            @Override
            CaseUnderTest apply(CaseUnderTest c, int days) {
                if (decisions(c).stream().noneMatch(d -> d.outcome().givesHelp())) {
                    return c;
                }
                List<CaseEvent> events = c.process().events().stream()
                        .filter(e -> !(e instanceof FollowUp))
                        .map(e -> e instanceof Decision d && d.outcome().givesHelp()
                                ? Decision.builder()
                                        .from(d)
                                        .followUpDate(d.date().plusDays(days * 3L))
                                        .build()
                                : e)
                        .toList();
                return CaseEvents.withEvents(c, events);
            }
        },
        /** Decisions that give help set no follow-up date; their follow-ups are scheduled some days later. */
        FOLLOW_UP_SCHEDULED_AFTER_THE_DECISION {
            @Override
            CaseUnderTest apply(CaseUnderTest c, int days) {
                List<Decision> helping = decisions(c).stream()
                        .filter(d -> d.outcome().givesHelp())
                        .toList();
                if (helping.isEmpty()) {
                    return c;
                }
                return edit(c, e -> {
                    if (e instanceof Decision d && d.outcome().givesHelp()) {
                        return Decision.builder()
                                .from(d)
                                .followUpDate(Optional.empty())
                                .build();
                    }
                    if (e instanceof FollowUp f) {
                        LocalDate later = f.date().plusDays(days);
                        return later.isAfter(f.plannedFor())
                                ? f
                                : FollowUp.builder().from(f).date(later).build();
                    }
                    return e;
                });
            }
        },
        /** The same case as of another day: from its opening to 60 days after its as-of date. */
        ANOTHER_AS_OF_DATE {
            @Override
            CaseUnderTest apply(CaseUnderTest c, int days) {
                long span = ChronoUnit.DAYS.between(c.process().openedOn(), c.asOf()) + 60;
                return c.withAsOf(c.process().openedOn().plusDays(span * days / 40));
            }
        };

        abstract CaseUnderTest apply(CaseUnderTest c, int days);
    }

    private static List<Decision> decisions(CaseUnderTest c) {
        return CaseEvents.eventsOf(c.process(), Decision.class);
    }

    private static Optional<Decision> lastAdverse(CaseUnderTest c) {
        return decisions(c).stream().filter(Decision::isAdverse).reduce((a, b) -> b);
    }

    private static Decision copyOf(Decision d, String id, LocalDate date, LegalReference provision) {
        return Decision.builder()
                .from(d)
                .id(id)
                .date(date)
                .provision(provision)
                .followUpDate(d.followUpDate().map(f -> f.isBefore(date) ? date : f))
                .build();
    }

    /** A hearing on a day, sent by the participants of the case's first decision. */
    private static Hearing hearing(
            CaseUnderTest c, String id, LocalDate date, Optional<LegalReference> provision, boolean answered) {
        Decision first = decisions(c).get(0);
        return Hearing.builder()
                .id(id)
                .date(date)
                .participantIds(first.participantIds())
                .provision(provision)
                .responseDeadline(date.plusDays(14))
                .respondedOn(answered ? Optional.of(date) : Optional.empty())
                .build();
    }

    /** The case with every event changed by a function, kept in date order. */
    private static CaseUnderTest edit(CaseUnderTest c, Function<CaseEvent, CaseEvent> change) {
        return CaseEvents.withEvents(
                c, c.process().events().stream().map(change).toList());
    }
}
