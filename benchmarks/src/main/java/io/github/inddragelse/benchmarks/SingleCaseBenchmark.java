package io.github.inddragelse.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * One typical case (about 40 events) three ways: Jackson's {@code readTree} of its JSON bytes (the
 * yardstick), reading it into the model with model-json, and assessing it with {@link
 * Assessor#standard()}. The benchmarks cycle through {@value #CASES} different typical cases so that
 * no single case's shape is learnt by the JIT; all three see the same cases.
 *
 * <p>Ratios: {@code assess ÷ jacksonReadTree} (target at most 0.25) and {@code readCase ÷
 * jacksonReadTree} (target at most 1.5).
 */
public class SingleCaseBenchmark extends TimedBenchmark {

    /** How many different typical cases the benchmarks cycle through. */
    static final int CASES = 16;

    private final ObjectMapper mapper = new ObjectMapper();
    private final InddragelseJson json = InddragelseJson.create();
    private final Assessor assessor = Assessor.standard();
    private CaseProcess[] processes;
    private LocalDate[] asOf;
    private byte[][] bytes;
    private int next;

    /** Generates the cases and their JSON once. */
    @Setup
    public void setUp() {
        CaseGenerator generator = new CaseGenerator(CaseGenerator.SEED);
        processes = new CaseProcess[CASES];
        asOf = new LocalDate[CASES];
        bytes = new byte[CASES][];
        for (int i = 0; i < CASES; i++) {
            processes[i] = generator.typical(i);
            asOf[i] = CaseGenerator.asOf(processes[i]);
            bytes[i] = json.writeCase(processes[i]).getBytes(StandardCharsets.UTF_8);
        }
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) % CASES;
        return i;
    }

    /**
     * The yardstick: Jackson's tree model of the case's JSON.
     *
     * @return the tree
     * @throws IOException never, for these bytes
     */
    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return mapper.readTree(bytes[nextIndex()]);
    }

    /**
     * Reads the case into the model with model-json's strict reader.
     *
     * @return the case
     */
    @Benchmark
    public CaseProcess readCase() {
        return json.readCase(bytes[nextIndex()]);
    }

    /**
     * Assesses the case with the standard catalogue and rules.
     *
     * @return the assessment
     */
    @Benchmark
    public Assessment assess() {
        int i = nextIndex();
        return assessor.assess(processes[i], asOf[i]);
    }
}
