package io.github.inddragelse.testkit;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.testkit.internal.FactEdit;
import io.github.inddragelse.testkit.internal.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case process together with the date to assess it as of. Every generated case and every {@link
 * Scenarios scenario} comes as one, because some defects only exist as of a date (a follow-up is
 * overdue only after its due date).
 *
 * <pre>{@code
 * CaseUnderTest scenario = Scenarios.exemplary();
 * Assessment assessment = assessor.assess(scenario.process(), scenario.asOf());
 *
 * CaseUnderTest broken = scenario.withDefect(Defect.WISHES_NOT_IN_OWN_WORDS);
 * assertThat(broken.defects()).containsExactly(Defect.WISHES_NOT_IN_OWN_WORDS);
 * }</pre>
 *
 * <p><b>The as-of rule.</b> Unless given, the as-of date is {@link #defaultAsOf(CaseProcess)}: the
 * latest date on which something happened in the case (an event's date, a hearing answered, a
 * follow-up held, a complaint reconsidered or sent on) plus {@value #AS_OF_MARGIN_DAYS} days. Planned
 * dates (a follow-up's due date, a goal's target date, a response deadline) do not count. Generated
 * cases keep every pending plan after that date, so they are free of time-dependent defects unless
 * asked for them; introducing or fixing a defect keeps the as-of date unchanged.
 *
 * @param process the case process
 * @param asOf the date to assess it as of; not before the case was opened
 */
public record CaseUnderTest(CaseProcess process, LocalDate asOf) {

    /** Days added to the latest factual date of a case to get its default as-of date. */
    public static final int AS_OF_MARGIN_DAYS = 14;

    /**
     * Checks that both parts are present and the date is not before the opening of the case, as the
     * assessor does ({@link CaseProcess#asOfViolation(LocalDate)}).
     *
     * @throws InvalidModelException if {@code asOf} is before the case was opened: one violation at
     *     {@code asOf}, naming both dates, in the words of {@code Assessor.assess} and {@code
     *     CaseView.of} (a subclass of {@link IllegalArgumentException})
     */
    public CaseUnderTest {
        Objects.requireNonNull(process, "process");
        Optional<Violation> refused = process.asOfViolation(Objects.requireNonNull(asOf, "asOf"));
        if (refused.isPresent()) {
            throw new InvalidModelException("CaseUnderTest", List.of(refused.get()));
        }
    }

    /**
     * A case assessed as of its {@link #defaultAsOf(CaseProcess) default as-of date}.
     *
     * @param process the case process
     * @return the case under test
     */
    public static CaseUnderTest of(CaseProcess process) {
        return new CaseUnderTest(process, defaultAsOf(process));
    }

    /**
     * The default as-of date: the latest date on which something happened in the case, plus {@value
     * #AS_OF_MARGIN_DAYS} days.
     *
     * @param process the case process
     * @return the default as-of date
     */
    public static LocalDate defaultAsOf(CaseProcess process) {
        return Timeline.latestFact(process).plusDays(AS_OF_MARGIN_DAYS);
    }

    /**
     * The defects present in the case as of {@link #asOf()}, as defined on each {@link Defect}.
     *
     * @return the defects found, in declaration order; empty for an exemplary case
     */
    public Set<Defect> defects() {
        return Defects.presentIn(process, asOf);
    }

    /**
     * The same case with one more defect, as of the same date.
     *
     * @param defect the defect to put in
     * @return the changed case
     * @throws IllegalArgumentException if the case lacks what the defect needs (see {@link
     *     Defects#canIntroduce(CaseUnderTest, Defect)})
     */
    public CaseUnderTest withDefect(Defect defect) {
        return Defects.introduce(this, defect);
    }

    /**
     * The same case with a defect repaired, as of the same date.
     *
     * @param defect the defect to repair
     * @return the repaired case; this case if the defect is not present
     */
    public CaseUnderTest fixed(Defect defect) {
        return Defects.fix(this, defect);
    }

    /**
     * The same case as a source system that does not record these facts delivers it, as of the same
     * date: each fact {@code false} on every event and participant, and declared in {@link
     * CaseProcess#notRecorded()} (besides any declared already). The assessment then reports every rule
     * that reads one of them and falls short as insufficient data.
     *
     * <pre>{@code
     * CaseUnderTest unrecorded = Scenarios.physicalDisability()
     *         .notRecording(RecordedFact.DECISION_COMPLAINT_GUIDANCE);
     * assertThat(assess(unrecorded)).finding("fvl-25-complaint-guidance")
     *         .isNotRecorded(RecordedFact.DECISION_COMPLAINT_GUIDANCE);
     * }</pre>
     *
     * @param facts the facts not recorded
     * @return the changed case
     */
    public CaseUnderTest notRecording(RecordedFact... facts) {
        return new CaseUnderTest(FactEdit.notRecording(process, FactEdit.facts(facts)), asOf);
    }

    /**
     * The same process assessed as of another date.
     *
     * @param otherAsOf the other date
     * @return the case under test as of that date
     * @throws InvalidModelException if {@code otherAsOf} is before the case was opened
     */
    public CaseUnderTest withAsOf(LocalDate otherAsOf) {
        return new CaseUnderTest(process, otherAsOf);
    }
}
