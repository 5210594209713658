package io.github.inddragelse.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A cross-check of ratios 1, 2, 3 and 5 for a shared machine: the same benchmark methods and setups
 * as the JMH benchmarks, timed by the thread's CPU time instead of the wall clock, best of five rounds
 * after a warm-up round. Other work on the machine stretches wall-clock times (and JMH's scores) by
 * however long the benchmark thread waits for a core; CPU time leaves most of that out. It is not a
 * replacement for JMH (no forks, no blackholes beyond returning results), only a steadier second
 * opinion when the load average is high.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.inddragelse.benchmarks.CpuTimeCheck
 * </pre>
 */
public final class CpuTimeCheck {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeCheck() {}

    /**
     * Runs the cross-check and prints the CPU time per operation and the ratios.
     *
     * @param args optionally a scale for the number of operations (400 unless given)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        SingleCaseBenchmark single = new SingleCaseBenchmark();
        single.setUp();
        ScalingBenchmark small = new ScalingBenchmark();
        small.events = 100;
        small.setUp();
        ScalingBenchmark big = new ScalingBenchmark();
        big.events = 10_000;
        big.setUp();
        PeerBenchmark peer = new PeerBenchmark();
        peer.agreementCases = 400;
        peer.setUp();

        double readTree = perOp(
                () -> {
                    try {
                        return single.jacksonReadTree();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                20 * n);
        double readCase = perOp(single::readCase, 5 * n);
        double assess = perOp(single::assess, 5 * n);
        double assess100 = perOp(small::assess, 2 * n);
        double assess10k = perOp(big::assess, Math.max(5, n / 50));
        double easyRules = perOp(peer::easyRules, 50 * n);
        double ours = perOp(peer::ours, 50 * n);
        double viaAssessor = perOp(peer::oursViaAssessor, 10 * n);

        System.out.printf(
                Locale.ROOT,
                "CPU µs/op: readTree %.1f, readCase %.1f, assess %.1f; assess 100 events %.1f, 10,000 events %.1f;"
                        + " Easy Rules %.2f, ours %.2f, ours via Assessor %.1f%n",
                readTree,
                readCase,
                assess,
                assess100,
                assess10k,
                easyRules,
                ours,
                viaAssessor);
        System.out.printf(
                Locale.ROOT,
                "ratios by CPU time: 1) %.3f (≤ 0.25)  2) %.3f (≤ 1.5)  3) %.3f (≤ 2.0)  5) %.2f (≥ 5; via Assessor"
                        + " %.2f)%n",
                assess / readTree,
                readCase / readTree,
                (assess10k / 10_000) / (assess100 / 100),
                easyRules / ours,
                easyRules / viaAssessor);
    }

    /** Best CPU microseconds per operation over five rounds, after one warm-up round. */
    private static double perOp(Supplier<?> operation, int ops) {
        Object sink = null;
        for (int i = 0; i < ops; i++) {
            sink = operation.get();
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < ops; i++) {
                sink = operation.get();
            }
            best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / ops);
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return best;
    }
}
