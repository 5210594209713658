package io.github.inddragelse.benchmarks;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessing one case of 100 events and one of 10,000 with {@link Assessor#standard()}. The small case
 * is the first 100 events of the big one (same seed and index), so the two differ only in length.
 *
 * <p>Ratio: cost per event of the 10,000-event case ÷ cost per event of the 100-event case (target at
 * most 2.0: no rule may be quadratic in the length of the case).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScalingBenchmark {

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
