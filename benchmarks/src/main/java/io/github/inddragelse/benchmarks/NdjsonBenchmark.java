package io.github.inddragelse.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.json.NdjsonReader;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * A caseload batch end to end in a small heap: an NDJSON file of {@link #cases} cases of mixed size,
 * read with model-json's {@link NdjsonReader} and assessed one by one with {@link Assessor#standard()}
 * as of {@link #AS_OF}, in a JVM forked with {@code -Xmx256m}; beside it, the yardstick, a bare Jackson
 * {@link JsonParser} token loop over the same file. Each measurement is one pass over the whole file.
 * Memory stays bounded by one document: nothing read is kept.
 *
 * <p>A warm-up iteration reads only the first {@link #warmupCases} cases, so that the JIT has compiled
 * the reading and assessing path before the measured pass starts, without a second pass over the whole
 * file. Measured cold, the first tens of thousands of cases of a pass run with half-compiled code on two
 * cores, and the pass then times the JIT as much as the library.
 *
 * <p>The file is made once in the setup (in a temporary file, deleted in the teardown) unless {@link
 * #file} names one already made, which {@link RatioReport} does so that both benchmarks read the same
 * bytes without generating them twice.
 *
 * <p>Ratio: throughput of {@code readAndAssess} ÷ throughput of {@code bareStreamingParse} (target at
 * least 0.4), and the run must complete within the heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m"})
public class NdjsonBenchmark {

    /** How many distinct generated cases the batch file repeats. */
    public static final int DISTINCT = 1_000;

    /** How many cases a warm-up iteration reads unless told otherwise. */
    public static final int WARMUP_CASES = 25_000;

    /** The date the batch assesses every case as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    /** How many cases the file holds. */
    @Param({"100000"})
    public int cases;

    /** An NDJSON file to read, or empty to make one in the setup. */
    @Param({""})
    public String file;

    /**
     * How many cases a warm-up iteration reads: the first ones of the file (all of them if this is 0
     * or not less than {@link #cases}). Measured iterations always read the whole file.
     */
    @Param({"" + WARMUP_CASES})
    public int warmupCases;

    private final InddragelseJson json = InddragelseJson.create();
    private final Assessor assessor = Assessor.standard();
    private final JsonFactory factory = new JsonFactory();
    private Path path;
    private boolean madeHere;
    /** The bytes of the first {@link #warmupCases} lines, or -1 when a warm-up reads the whole file. */
    private long warmupBytes = -1;
    /** Whether the iteration under way is a warm-up, which then reads only the first cases. */
    private boolean warmingUp;

    /** Makes the file unless one is given. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (file.isEmpty()) {
            path = Files.createTempFile("inddragelse-benchmark-", ".ndjson");
            madeHere = true;
            write(path, cases);
        } else {
            path = Path.of(file);
        }
        warmupBytes = warmupCases > 0 && warmupCases < cases ? lengthOfLines(path, warmupCases) : -1;
    }

    /**
     * Tells the benchmark whether the coming iteration is a warm-up.
     *
     * @param iteration JMH's description of the iteration
     */
    @Setup(Level.Iteration)
    public void setUpIteration(IterationParams iteration) {
        warmingUp = iteration.getType() == IterationType.WARMUP;
    }

    /** Deletes the file if the setup made it. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (madeHere) {
            Files.deleteIfExists(path);
        }
    }

    /**
     * Writes a batch of cases as NDJSON: {@value #DISTINCT} distinct generated cases of mixed size,
     * written with model-json, repeated in turn with the case id made unique on every line, so that
     * the file is quick to make and yet no two lines are the same case.
     *
     * @param path where to write
     * @param cases how many cases
     * @throws IOException if the file cannot be written
     */
    public static void write(Path path, int cases) throws IOException {
        CaseGenerator generator = new CaseGenerator(CaseGenerator.SEED);
        InddragelseJson json = InddragelseJson.create();
        int distinct = Math.min(cases, DISTINCT);
        String[] lines = new String[distinct];
        for (int i = 0; i < distinct; i++) {
            lines[i] = json.writeCase(generator.ofMixedSize(i));
        }
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16)) {
            for (int k = 0; k < cases; k++) {
                int i = k % distinct;
                String id = "\"caseId\":\"sag-" + i + "\"";
                String line = lines[i];
                int at = line.indexOf(id);
                out.write(line, 0, at);
                out.write("\"caseId\":\"sag-" + k + "\"");
                out.write(line, at + id.length(), line.length() - at - id.length());
                out.write('\n');
            }
        }
    }

    /**
     * Reads every case with model-json and assesses it.
     *
     * @return the number of findings, so nothing is optimised away
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long readAndAssess() throws IOException {
        long findings = 0;
        int read = 0;
        try (NdjsonReader<CaseProcess> lines = json.readCases(open())) {
            while (lines.hasNext()) {
                Assessment assessment = assessor.assess(lines.next().value(), AS_OF);
                findings += assessment.findings().size();
                read++;
            }
        }
        int expected = readingFirstCasesOnly() ? warmupCases : cases;
        if (read != expected) {
            throw new IllegalStateException("read " + read + " cases, expected " + expected);
        }
        return findings;
    }

    /**
     * The yardstick: a Jackson token loop over the same file, parsing every value and building nothing.
     *
     * @return the number of tokens
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long bareStreamingParse() throws IOException {
        long tokens = 0;
        try (InputStream in = open();
                JsonParser parser = factory.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    tokens += parser.getTextLength();
                }
                tokens++;
            }
        }
        return tokens;
    }

    /** The file, or in a warm-up with a smaller count only its first lines. */
    private InputStream open() throws IOException {
        InputStream in = Files.newInputStream(path);
        return readingFirstCasesOnly() ? new Prefix(in, warmupBytes) : in;
    }

    /** Whether this iteration reads only the first {@link #warmupCases} cases: a warm-up with fewer. */
    private boolean readingFirstCasesOnly() {
        return warmingUp && warmupBytes >= 0;
    }

    /** The number of bytes the first lines of a file take, their line ends included. */
    static long lengthOfLines(Path path, int lines) throws IOException {
        long bytes = 0;
        int seen = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while (seen < lines && (n = in.read(buffer)) > 0) {
                int i = 0;
                while (i < n && seen < lines) {
                    if (buffer[i++] == '\n') {
                        seen++;
                    }
                }
                bytes += i;
            }
        }
        if (seen < lines) {
            throw new IllegalStateException("the file has " + seen + " lines, fewer than " + lines);
        }
        return bytes;
    }

    /** The first bytes of a stream and nothing after them. */
    private static final class Prefix extends FilterInputStream {
        private long left;

        Prefix(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }
    }
}
