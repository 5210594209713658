package io.github.inddragelse.benchmarks;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Assessing one case of 100 events and one of 10,000 with {@link Assessor#standard()}. The small case
 * is the first 100 events of the big one (same seed and index), so the two differ only in length.
 *
 * <p>Ratio: cost per event of the 10,000-event case ÷ cost per event of the 100-event case (target at
 * most 2.0: no rule may be quadratic in the length of the case).
 */
public class ScalingBenchmark extends TimedBenchmark {

    /** The number of events in the case. */
    @Param({"100", "10000"})
    public int events;

    private final Assessor assessor = Assessor.standard();
    private CaseProcess process;
    private LocalDate asOf;

    /** Generates the case once. */
    @Setup
    public void setUp() {
        process = new CaseGenerator(CaseGenerator.SEED).withEvents(events, 0);
        asOf = CaseGenerator.asOf(process);
    }

    /**
     * Assesses the case.
     *
     * @return the assessment
     */
    @Benchmark
    public Assessment assess() {
        return assessor.assess(process, asOf);
    }
}
