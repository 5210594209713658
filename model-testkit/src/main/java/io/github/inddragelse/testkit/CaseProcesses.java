package io.github.inddragelse.testkit;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.testkit.internal.DefaultCaseProcessArbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The entry point to the generators: static factories of jqwik arbitraries for case processes, in the
 * style of jqwik's {@code web} and {@code time} modules.
 *
 * <pre>{@code
 * // in a jqwik property
 * @Property
 * void any_generated_case_can_be_assessed(@ForAll CaseProcess process) { ... }
 *
 * // configured
 * Arbitrary<CaseProcess> late = CaseProcesses.valid()
 *         .targetGroup(TargetGroup.SOCIALLY_MARGINALISED)
 *         .withDefects(Defect.DEADLINE_MISSED_WITHOUT_NOTICE);
 *
 * // in a plain JUnit test
 * CaseProcess one = CaseProcesses.valid().reachingPhase(Phase.FOLLOW_UP).sample();
 * }</pre>
 *
 * <p>Generation is deterministic for a given jqwik seed, and shrinks towards small, exemplary cases.
 */
public final class CaseProcesses {

    private CaseProcesses() {}

    /**
     * Valid, realistic case processes, configurable with the methods of {@link CaseProcessArbitrary}.
     * This is also what {@code @ForAll CaseProcess} uses.
     *
     * @return the arbitrary
     */
    public static CaseProcessArbitrary valid() {
        return new DefaultCaseProcessArbitrary();
    }

    /**
     * Valid case processes each with its as-of date: the same as {@code valid().underTest()}. This is
     * what {@code @ForAll CaseUnderTest} uses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CaseUnderTest> casesUnderTest() {
        return valid().underTest();
    }

    /**
     * Cases each with exactly one defect, any of {@link Defect}; the defect is {@code
     * c.defects().iterator().next()}. Made for properties such as "fixing a defect never lowers a score".
     * Each is as of the default as-of date of the case before the defect was put in ({@link
     * Defects#introduce} keeps the date): for most defects that is the defective case's own {@link
     * CaseUnderTest#defaultAsOf(io.github.inddragelse.model.caseprocess.CaseProcess) default}, but a
     * defect that takes away the latest event (an action plan, a follow-up, a complaint's sending on)
     * leaves the case assessed a little later than its own default would be.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CaseUnderTest> withOneDefect() {
        return Arbitraries.of(Defect.class)
                .flatMap(defect -> valid().withDefects(defect).underTest());
    }

    /**
     * Participants taken from generated case processes: citizens, caseworkers, relatives, companions,
     * interpreters, providers and other authorities. This is what {@code @ForAll Participant} uses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Participant> participants() {
        return valid().flatMap(process -> Arbitraries.of(process.participants()));
    }

    /**
     * Events taken from generated case processes, of every kind the generator places. This is what
     * {@code @ForAll CaseEvent} uses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CaseEvent> events() {
        return valid().flatMap(process -> Arbitraries.of(process.events()));
    }
}
