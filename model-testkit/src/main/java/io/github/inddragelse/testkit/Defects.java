package io.github.inddragelse.testkit;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.testkit.internal.DefectOps;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * Puts {@link Defect defects} into case processes, repairs them, and finds them. Each operation keeps
 * the process valid and the as-of date unchanged; each is deterministic.
 *
 * <pre>{@code
 * CaseUnderTest rejection = Scenarios.physicalDisability();
 * CaseUnderTest broken = Defects.introduce(rejection, Defect.NO_HEARING_BEFORE_REJECTION);
 * CaseUnderTest repaired = Defects.fix(broken, Defect.NO_HEARING_BEFORE_REJECTION);
 *
 * assertThat(Defects.presentIn(broken.process(), broken.asOf()))
 *         .containsExactly(Defect.NO_HEARING_BEFORE_REJECTION);
 * assertThat(repaired.defects()).isEmpty();
 * }</pre>
 *
 * <p>The detection here is the testkit's own reference definition (written on each {@link Defect}
 * constant), meant to check the generators and to state what a scenario contains. It is not the
 * assessment engine's rules.
 */
public final class Defects {

    private Defects() {}

    /**
     * Whether a defect is present in a process as of a date.
     *
     * @param process the process
     * @param asOf the date; only events dated on or before it count
     * @param defect the defect
     * @return true if present, by the definition on the {@link Defect} constant
     * @throws io.github.inddragelse.model.InvalidModelException if {@code asOf} is before the case was
     *     opened, as for {@link CaseUnderTest}
     */
    public static boolean isPresent(CaseProcess process, LocalDate asOf, Defect defect) {
        Objects.requireNonNull(defect, "defect");
        return DefectOps.isPresent(new CaseUnderTest(process, asOf), defect);
    }

    /**
     * Every defect present in a process as of a date.
     *
     * @param process the process
     * @param asOf the date; only events dated on or before it count
     * @return the defects present, in declaration order; unmodifiable
     * @throws io.github.inddragelse.model.InvalidModelException if {@code asOf} is before the case was
     *     opened, as for {@link CaseUnderTest}
     */
    public static Set<Defect> presentIn(CaseProcess process, LocalDate asOf) {
        Set<Defect> found = DefectOps.presentIn(new CaseUnderTest(process, asOf));
        return Collections.unmodifiableSet(found);
    }

    /**
     * Whether a case has what a defect needs: for example an adverse decision for {@link
     * Defect#NO_HEARING_BEFORE_REJECTION}, a meeting the citizen did not decline for {@link
     * Defect#NO_CITIZEN_AT_MEETINGS}.
     *
     * @param c the case
     * @param defect the defect
     * @return true if {@link #introduce(CaseUnderTest, Defect)} will succeed
     */
    public static boolean canIntroduce(CaseUnderTest c, Defect defect) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(defect, "defect");
        return DefectOps.canIntroduce(c, defect);
    }

    /**
     * Puts a defect into a case, changing as little as the defect needs. Other defects already present
     * stay present, unless the two {@link Defect#conflictsWith(Defect) conflict}.
     *
     * @param c the case
     * @param defect the defect
     * @return the changed case, as of the same date
     * @throws IllegalArgumentException if the case lacks what the defect needs
     */
    public static CaseUnderTest introduce(CaseUnderTest c, Defect defect) {
        if (!canIntroduce(c, defect)) {
            throw new IllegalArgumentException("Cannot introduce " + defect + " into case "
                    + c.process().caseId() + " as of " + c.asOf() + ": " + DefectOps.needs(defect));
        }
        return new CaseUnderTest(DefectOps.introduce(c, defect), c.asOf());
    }

    /**
     * Repairs a defect the way a good caseworker would have done it (the repair is written on each
     * {@link Defect} constant). No other defect appears or disappears.
     *
     * @param c the case
     * @param defect the defect
     * @return the repaired case, as of the same date; the same case if the defect is not present
     * @throws IllegalArgumentException if the repair does not fit the case's timeline (for example a
     *     decision on the day the case was opened leaves no room for a hearing before it), or, as an
     *     {@link io.github.inddragelse.model.InvalidModelException}, if it would set a fact the case
     *     declares not recorded ({@link CaseUnderTest#notRecording})
     */
    public static CaseUnderTest fix(CaseUnderTest c, Defect defect) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(defect, "defect");
        if (!DefectOps.isPresent(c, defect)) {
            return c;
        }
        return new CaseUnderTest(DefectOps.fix(c, defect), c.asOf());
    }
}
