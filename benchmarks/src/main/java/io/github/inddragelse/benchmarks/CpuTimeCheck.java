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
 * after a warm-up ten times as long (ten seconds of CPU per method, as the JMH profiles warm up). Other work on the machine stretches wall-clock times (and JMH's scores) by
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
     * @param args optionally a scale for the time per method (400 unless given; see {@link #measure})
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
     * @param n a scale for the time spent per method: 400 gives a warm-up of ten seconds of CPU and
     *     five measured rounds of 200 ms each
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

        long roundNanos = n * 500_000L; // 400: rounds of 200 ms of CPU after a warm-up of fifty rounds' time
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
                        roundNanos));
        cpu.put("SingleCaseBenchmark.readCase", perOp(single::readCase, roundNanos));
        cpu.put("SingleCaseBenchmark.assess", perOp(single::assess, roundNanos));
        cpu.put("ScalingBenchmark.assess[100]", perOp(small::assess, roundNanos));
        cpu.put("ScalingBenchmark.assess[10000]", perOp(big::assess, roundNanos));
        cpu.put("PeerBenchmark.easyRules", perOp(peer::easyRules, roundNanos));
        cpu.put("PeerBenchmark.ours", perOp(peer::ours, roundNanos));
        cpu.put("PeerBenchmark.oursViaAssessor", perOp(peer::oursViaAssessor, roundNanos));
        return cpu;
    }

    /**
     * Best CPU microseconds per operation over five rounds of about {@code roundNanos} of CPU each,
     * after a warm-up of fifty rounds' time: long enough for the JIT to compile the whole path (the
     * assessment needs about ten seconds on two cores; with one second it was timed half compiled).
     */
    private static double perOp(Supplier<?> operation, long roundNanos) {
        Object sink = null;
        long warmUpEnd = THREADS.getCurrentThreadCpuTime() + 50 * roundNanos;
        long warmUpOps = 0;
        while (THREADS.getCurrentThreadCpuTime() < warmUpEnd) {
            for (int i = 0; i < 16; i++) {
                sink = operation.get();
            }
            warmUpOps += 16;
        }
        long ops = Math.max(16, warmUpOps / 50);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (long i = 0; i < ops; i++) {
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
