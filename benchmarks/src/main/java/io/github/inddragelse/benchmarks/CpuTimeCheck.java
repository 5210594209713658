package io.github.inddragelse.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
     * Runs the cross-check and prints the ratios by CPU time.
     *
     * @param args optionally a scale for the number of operations (400 unless given)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Map<String, Double> cpu = measure(n);
        for (String key : RatioReport.BENCHMARKS) {
            if (cpu.containsKey(key)) {
                System.out.printf(Locale.ROOT, "%-40s %12.2f CPU µs/op%n", key, cpu.get(key));
            }
        }
        for (RatioReport.Ratio r : RatioReport.ratios(cpu, false)) {
            System.out.printf(
                    Locale.ROOT,
                    "%-66s %8.3f  (%s %.2f)%n",
                    r.name(),
                    r.measured(),
                    r.atMost() ? "≤" : "≥",
                    r.target());
        }
    }

    /**
     * Measures every benchmark method of ratios 1, 2, 3 and 5 by CPU time, each on its real setup.
     *
     * @param n a scale for the number of operations per round (400 gives steady numbers, 150 is quicker)
     * @return CPU microseconds per operation, keyed like {@link RatioReport#BENCHMARKS}
     */
    static Map<String, Double> measure(int n) {
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

        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put(
                "SingleCaseBenchmark.jacksonReadTree",
                perOp(
                        () -> {
                            try {
                                return single.jacksonReadTree();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        20 * n));
        cpu.put("SingleCaseBenchmark.readCase", perOp(single::readCase, 5 * n));
        cpu.put("SingleCaseBenchmark.assess", perOp(single::assess, 5 * n));
        cpu.put("ScalingBenchmark.assess[100]", perOp(small::assess, 2 * n));
        cpu.put("ScalingBenchmark.assess[10000]", perOp(big::assess, Math.max(5, n / 50)));
        cpu.put("PeerBenchmark.easyRules", perOp(peer::easyRules, 50 * n));
        cpu.put("PeerBenchmark.ours", perOp(peer::ours, 50 * n));
        cpu.put("PeerBenchmark.oursViaAssessor", perOp(peer::oursViaAssessor, 10 * n));
        return cpu;
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
