package io.github.inddragelse.testkit;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;

/**
 * A configurable jqwik arbitrary of valid, realistic case processes; get one from {@link
 * CaseProcesses#valid()}. Every method returns a new arbitrary and leaves this one unchanged.
 *
 * <pre>{@code
 * @Property
 * void rejections_are_heard(@ForAll("rejections") CaseProcess process) { ... }
 *
 * @Provide
 * Arbitrary<CaseProcess> rejections() {
 *     return CaseProcesses.valid()
 *             .targetGroup(TargetGroup.PHYSICAL_DISABILITY)
 *             .reachingPhase(Phase.DECISION)
 *             .decisionOutcomes(DecisionOutcome.REJECTED);
 * }
 * }</pre>
 *
 * <p>Generated cases always satisfy every model invariant, follow the VUM 2.0 order, and, unless
 * {@link #withDefects(Defect...) defects} are asked for or facts are {@link #notRecording(RecordedFact...)
 * not recorded} (which bring the defects those facts define), have none of the {@link Defect defects} as of
 * their {@link CaseUnderTest#defaultAsOf(CaseProcess) default as-of date}. The good-practice qualities
 * that are not defects (an agenda sent ahead, plain language, measurable goals, ...) vary by {@link
 * #variation(double)}. A method that makes the configuration impossible (for example a defect that
 * needs a decision together with {@code withDecision(false)}) throws {@link IllegalArgumentException}
 * at once, saying what cannot be combined.
 */
public interface CaseProcessArbitrary extends Arbitrary<CaseProcess> {

    /**
     * Only cases of this one target group.
     *
     * @param group the target group
     * @return the new arbitrary
     */
    CaseProcessArbitrary targetGroup(TargetGroup group);

    /**
     * Only cases of exactly these target groups (the first in declaration order sets the texts).
     *
     * @param groups at least one target group
     * @return the new arbitrary
     */
    CaseProcessArbitrary targetGroups(TargetGroup... groups);

    /**
     * Only cases with this many events.
     *
     * @param min the fewest events, at least 1
     * @param max the most events, at least {@code min}
     * @return the new arbitrary
     */
    CaseProcessArbitrary events(int min, int max);

    /**
     * Only cases whose latest VUM 2.0 phase is this one (their {@code currentPhase}).
     *
     * @param phase the phase reached
     * @return the new arbitrary
     */
    CaseProcessArbitrary reachingPhase(Phase phase);

    /**
     * Only cases with (phase decision or later) or without (before the decision) a decision.
     *
     * @param decision whether a decision has been taken
     * @return the new arbitrary
     */
    CaseProcessArbitrary withDecision(boolean decision);

    /**
     * The outcomes the first decision may have, when there is one: any of {@link
     * DecisionOutcome#GRANTED}, {@link DecisionOutcome#PARTLY_GRANTED} and {@link
     * DecisionOutcome#REJECTED} (the default is all three). A rejected case ends at the decision; in the
     * follow-up phase, a follow-up that concludes the help must change may be followed by a later
     * decision that changes it ({@link DecisionOutcome#CHANGED}).
     *
     * @param outcomes at least one outcome
     * @return the new arbitrary
     */
    CaseProcessArbitrary decisionOutcomes(DecisionOutcome... outcomes);

    /**
     * Cases with exactly these defects, each put into an otherwise exemplary case as described on the
     * {@link Defect} constant, or in another shape of the same defect that the standard rules tell
     * apart (reasons partly given rather than none, a complaint reconsidered late rather than not at
     * all, ...), which {@link Defects#fix(CaseUnderTest, Defect)} repairs too. The case is shaped to fit (a rejection for {@link
     * Defect#NO_HEARING_BEFORE_REJECTION}, an interpreter need for {@link
     * Defect#INTERPRETER_MISSING}, ...), plus any that facts not recorded bring (see {@link
     * #notRecording(RecordedFact...)}). Replaces any defects set before; none means none.
     *
     * @param defects the defects, pairwise not {@link Defect#conflictsWith(Defect) conflicting}
     * @return the new arbitrary
     */
    CaseProcessArbitrary withDefects(Defect... defects);

    /**
     * Only cases opened in this period (default: 2025-01-01 to 2026-12-31).
     *
     * @param from the earliest opening date
     * @param to the latest opening date, not before {@code from}
     * @return the new arbitrary
     */
    CaseProcessArbitrary openedBetween(LocalDate from, LocalDate to);

    /**
     * How far from exemplary the good-practice qualities that are not defects may vary: 0 means every
     * one holds (an agenda sent ahead, plain language, measurable goals, guidance before the decision,
     * ...), 1 means each is a coin flip. The default is 0.2: each holds about nine times in ten. What
     * good practice does not rule out varies at every setting: a meeting the citizen declined, a hearing
     * exemption, a complaint still within its four weeks, a second decision after a follow-up; and so do
     * the events a case holds (guidance or none, one or two caseworker changes, ...).
     *
     * @param amount from 0 to 1
     * @return the new arbitrary
     */
    CaseProcessArbitrary variation(double amount);

    /**
     * Exemplary cases: the same as {@code variation(0)}.
     *
     * @return the new arbitrary
     */
    CaseProcessArbitrary exemplary();

    /**
     * Cases as a source system that does not record these facts delivers them ({@link
     * CaseUnderTest#notRecording(RecordedFact...)}): each fact declared in {@link
     * CaseProcess#notRecorded()} and {@code false} on every event and participant, after any {@link
     * #withDefects(Defect...) defects} are put in. Replaces any facts set before; none means every fact
     * is recorded (the default).
     *
     * <p>A defect defined by such a fact is then present by its definition, which reads the records as
     * they stand: complaint guidance not recorded leaves every adverse decision without it, which is
     * {@link Defect#NO_COMPLAINT_GUIDANCE}. The assessment reports the rules reading the fact as
     * insufficient data instead, and {@link Defects#fix(CaseUnderTest, Defect)} refuses to repair
     * such a defect, as the repair would record the fact.
     *
     * <pre>{@code
     * CaseProcesses.valid().notRecording(RecordedFact.DECISION_COMPLAINT_GUIDANCE)
     * }</pre>
     *
     * @param facts the facts not recorded
     * @return the new arbitrary
     */
    CaseProcessArbitrary notRecording(RecordedFact... facts);

    /**
     * Cases that each declare a random set of facts not recorded, possibly none (each fact about one
     * time in four; shrinking drops them), besides those of {@link #notRecording(RecordedFact...)},
     * delivered as that method describes.
     *
     * @return the new arbitrary
     */
    CaseProcessArbitrary notRecordingSome();

    /**
     * The same cases, each with the date to assess it as of: its {@link
     * CaseUnderTest#defaultAsOf(CaseProcess) default as-of date}, or, with {@link #withDefects(Defect...)
     * defects}, the default of the case before they were put in (see {@link
     * CaseProcesses#withOneDefect()}).
     *
     * @return an arbitrary of cases under test
     */
    Arbitrary<CaseUnderTest> underTest();

    /**
     * The same cases, each as of its {@link CaseUnderTest#defaultAsOf(CaseProcess) default as-of date}
     * and with the caseworker's and the citizen's responses to the standard checklists, as {@link
     * ChecklistResponses#forCase(CaseUnderTest)} generates them. This is what {@code @ForAll
     * AssessmentInput} uses.
     *
     * @return an arbitrary of assessment inputs
     */
    Arbitrary<AssessmentInput> withChecklistResponses();
}
