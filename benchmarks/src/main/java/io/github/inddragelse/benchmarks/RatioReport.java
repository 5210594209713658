package io.github.inddragelse.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks side by side in one run through the JMH {@link Runner} API and prints each ratio
 * against its target:
 *
 * <ol>
 *   <li>assessing a typical case ÷ Jackson {@code readTree} of its JSON (at most 0.25);
 *   <li>reading that case with model-json ÷ {@code readTree} (at most 1.5);
 *   <li>cost per event of a 10,000-event case ÷ that of a 100-event case (at most 2.0);
 *   <li>throughput of reading and assessing a 100,000-case NDJSON batch with {@code -Xmx256m} ÷ a bare
 *       Jackson token loop over the same file (at least 0.4, and it must complete);
 *   <li>the legal-duty rules in Easy Rules ÷ the same rules in Inddragelse (at least 5).
 * </ol>
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.inddragelse.benchmarks.RatioReport          # quick, under 3 minutes
 * java -cp benchmarks/target/benchmarks.jar io.github.inddragelse.benchmarks.RatioReport --long   # more forks and iterations
 * </pre>
 *
 * <p>Options: {@code --long} for the longer profile, {@code --cases N} for the NDJSON batch size
 * (100000 unless given), {@code --out FILE} to also write the table as Markdown, {@code --cpu} to add
 * the {@link CpuTimeCheck} column (ratios by the thread's CPU time, steadier on a shared machine; about
 * a minute and a half more: ten seconds of warm-up per method).
 */
public final class RatioReport {

    private static final String PACKAGE = RatioReport.class.getPackageName() + ".";

    /** The measurements the ratios are made of: class and method, with the parameter where it has one. */
    static final List<String> BENCHMARKS = List.of(
            "SingleCaseBenchmark.jacksonReadTree",
            "SingleCaseBenchmark.readCase",
            "SingleCaseBenchmark.assess",
            "ScalingBenchmark.assess[100]",
            "ScalingBenchmark.assess[10000]",
            "NdjsonBenchmark.readAndAssess",
            "NdjsonBenchmark.bareStreamingParse",
            "PeerBenchmark.easyRules",
            "PeerBenchmark.ours",
            "PeerBenchmark.oursViaAssessor");

    private RatioReport() {}

    /**
     * Runs the report.
     *
     * @param args {@code --long}, {@code --cases N}, {@code --out FILE}, {@code --cpu}
     * @throws RunnerException if JMH cannot run
     * @throws IOException if the NDJSON file cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        boolean longProfile = false;
        int cases = 100_000;
        Path out = null;
        boolean cpuCheck = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--long" -> longProfile = true;
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--cpu" -> cpuCheck = true;
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; use --long, --cases N, --out FILE, --cpu");
            }
        }
        long started = System.nanoTime();
        String loadBefore = loadAverage();
        Map<String, Double> scores = new HashMap<>();

        ChainedOptionsBuilder timed = new OptionsBuilder()
                .include(PACKAGE + "SingleCaseBenchmark\\.")
                .include(PACKAGE + "ScalingBenchmark\\.")
                .include(PACKAGE + "PeerBenchmark\\.")
                .shouldFailOnError(false);
        if (longProfile) {
            timed.forks(2)
                    .warmupIterations(5)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2));
        } else {
            // The same ten seconds of warm-up as the long profile: on two cores the JIT takes about that
            // long to compile the assessment path (some 250 methods of the rules, view and scorer at
            // the top tier) and the score to settle; with two seconds the assess score was still
            // falling by a third from one iteration to the next.
            timed.forks(1)
                    .warmupIterations(5)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(3)
                    .measurementTime(TimeValue.seconds(1));
        }
        collect(new Runner(timed.build()).run(), scores);

        Path file = Files.createTempFile("inddragelse-benchmark-", ".ndjson");
        boolean ndjsonCompleted = false;
        long fileBytes;
        try {
            long t0 = System.nanoTime();
            NdjsonBenchmark.write(file, cases);
            fileBytes = Files.size(file);
            System.out.printf(
                    Locale.ROOT,
                    "%nNDJSON batch: %d cases, %.1f MB, written in %.1f s%n",
                    cases,
                    fileBytes / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            ChainedOptionsBuilder batch = new OptionsBuilder()
                    .include(PACKAGE + "NdjsonBenchmark\\.")
                    .param("cases", Integer.toString(cases))
                    .param("file", file.toString())
                    .jvmArgsAppend("-Xmx256m")
                    // The quick profile warms up on the first cases of the file only (the
                    // benchmark's default), the long one on a whole pass.
                    .param("warmupCases", longProfile ? "0" : Integer.toString(NdjsonBenchmark.WARMUP_CASES))
                    .forks(longProfile ? 2 : 1)
                    .warmupIterations(1)
                    .measurementIterations(longProfile ? 3 : 1);
            Collection<RunResult> results = new Runner(batch.build()).run();
            collect(results, scores);
            ndjsonCompleted = scores.containsKey("NdjsonBenchmark.readAndAssess")
                    && scores.containsKey("NdjsonBenchmark.bareStreamingParse");
        } catch (RunnerException e) {
            System.out.println("The NDJSON batch did not complete: " + e.getMessage());
            fileBytes = -1;
        } finally {
            Files.deleteIfExists(file);
        }

        Map<String, Double> cpu = Map.of();
        if (cpuCheck) {
            System.out.printf(
                    "%nCPU-time cross-check (same methods, same setups, timed by the thread's CPU time)...%n");
            cpu = CpuTimeCheck.measure(400);
        }
        List<Ratio> ratios = ratios(scores, ndjsonCompleted);
        String table = table(ratios, ratios(cpu, false), scores, cases, fileBytes);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String report = table
                + String.format(
                        Locale.ROOT,
                        "%nProfile: %s; %d processors; Java %s; load average %s before, %s after; took %d min %d s.%n",
                        longProfile ? "long" : "quick",
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        loadBefore,
                        loadAverage(),
                        took.toMinutes(),
                        took.toSecondsPart());
        System.out.println();
        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    /** The one-minute load average, where the system tells it; other work on the machine skews results. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** One ratio against its target. */
    record Ratio(String name, double measured, double target, boolean atMost, String note) {
        boolean passes() {
            return !Double.isNaN(measured) && (atMost ? measured <= target : measured >= target);
        }
    }

    private static void collect(Collection<RunResult> results, Map<String, Double> scores) {
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            String key = benchmark.substring(PACKAGE.length());
            String events = r.getParams().getParam("events");
            if (events != null) {
                key += "[" + events + "]";
            }
            scores.put(key, r.getPrimaryResult().getScore());
        }
    }

    static List<Ratio> ratios(Map<String, Double> s, boolean ndjsonCompleted) {
        List<Ratio> ratios = new ArrayList<>();
        double readTree = get(s, "SingleCaseBenchmark.jacksonReadTree");
        ratios.add(new Ratio(
                "1. assess typical case ÷ Jackson readTree",
                get(s, "SingleCaseBenchmark.assess") / readTree,
                0.25,
                true,
                ""));
        ratios.add(new Ratio(
                "2. model-json readCase ÷ Jackson readTree",
                get(s, "SingleCaseBenchmark.readCase") / readTree,
                1.5,
                true,
                ""));
        ratios.add(new Ratio(
                "3. per event: 10,000-event case ÷ 100-event case",
                (get(s, "ScalingBenchmark.assess[10000]") / 10_000) / (get(s, "ScalingBenchmark.assess[100]") / 100),
                2.0,
                true,
                ""));
        ratios.add(new Ratio(
                "4. NDJSON read+assess ÷ bare token loop (throughput, -Xmx256m)",
                ndjsonCompleted
                        ? get(s, "NdjsonBenchmark.bareStreamingParse") / get(s, "NdjsonBenchmark.readAndAssess")
                        : Double.NaN,
                0.4,
                false,
                ndjsonCompleted ? "completed" : "did not complete"));
        ratios.add(new Ratio(
                "5. Easy Rules peer ÷ ours (legal-duty rules)",
                get(s, "PeerBenchmark.easyRules") / get(s, "PeerBenchmark.ours"),
                5.0,
                false,
                String.format(
                        Locale.ROOT,
                        "via Assessor: %.2f",
                        get(s, "PeerBenchmark.easyRules") / get(s, "PeerBenchmark.oursViaAssessor"))));
        return ratios;
    }

    private static double get(Map<String, Double> scores, String key) {
        Double v = scores.get(key);
        return v == null ? Double.NaN : v;
    }

    static String table(List<Ratio> ratios, List<Ratio> byCpu, Map<String, Double> s, int cases, long fileBytes) {
        StringBuilder b = new StringBuilder();
        b.append("| ratio | measured (JMH) | CPU-time cross-check | target | result | note |\n");
        b.append("|---|---:|---:|---:|---|---|\n");
        for (int i = 0; i < ratios.size(); i++) {
            Ratio r = ratios.get(i);
            double cpu = byCpu.get(i).measured();
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %s | %s %.2f | %s | %s |%n",
                    r.name(),
                    r.measured(),
                    Double.isNaN(cpu) ? "—" : String.format(Locale.ROOT, "%.3f", cpu),
                    r.atMost() ? "≤" : "≥",
                    r.target(),
                    r.passes() ? "PASS" : "MISS",
                    Double.isNaN(r.measured()) && !r.note().equals("did not complete")
                            ? "no result: a benchmark failed, see its error above"
                            : r.note()));
        }
        b.append("\n| measurement | value |\n|---|---:|\n");
        row(b, "Jackson readTree, typical case", s, "SingleCaseBenchmark.jacksonReadTree", "µs/op");
        row(b, "model-json readCase, typical case", s, "SingleCaseBenchmark.readCase", "µs/op");
        row(b, "assess, typical case (standard catalogue)", s, "SingleCaseBenchmark.assess", "µs/op");
        row(b, "assess, 100-event case", s, "ScalingBenchmark.assess[100]", "µs/op");
        row(b, "assess, 10,000-event case", s, "ScalingBenchmark.assess[10000]", "µs/op");
        row(b, "legal-duty rules, Easy Rules peer", s, "PeerBenchmark.easyRules", "µs/op");
        row(b, "legal-duty rules, ours (CaseView + Rule)", s, "PeerBenchmark.ours", "µs/op");
        row(b, "legal-duty rules, ours via Assessor", s, "PeerBenchmark.oursViaAssessor", "µs/op");
        row(b, "NDJSON read+assess, whole batch", s, "NdjsonBenchmark.readAndAssess", "ms");
        row(b, "NDJSON bare token loop, whole batch", s, "NdjsonBenchmark.bareStreamingParse", "ms");
        double ours = get(s, "NdjsonBenchmark.readAndAssess");
        if (!Double.isNaN(ours)) {
            b.append(String.format(
                    Locale.ROOT,
                    "| NDJSON read+assess throughput (%d cases, %.0f MB) | %.0f cases/s |%n",
                    cases,
                    fileBytes / 1e6,
                    cases / (ours / 1000)));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Map<String, Double> s, String key, String unit) {
        b.append(String.format(Locale.ROOT, "| %s | %.2f %s |%n", name, get(s, key), unit));
    }
}
