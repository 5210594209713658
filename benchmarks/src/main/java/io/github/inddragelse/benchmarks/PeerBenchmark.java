package io.github.inddragelse.benchmarks;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.rule.Outcome;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The legal-duty rules on typical cases, written the vendor's way with Easy Rules ({@link
 * EasyRulesPeer}) and evaluated by Inddragelse ({@link LegalDutySubset}): directly over a {@code
 * CaseView}, and through an {@code Assessor} holding only those rules (which also renders the Danish
 * and English texts and scores the dimensions). Before measuring, the setup checks that the peer and
 * Inddragelse agree on every outcome of {@link #agreementCases} generated cases (400) at two dates
 * each, and throws if they do not.
 *
 * <p>Ratio: {@code easyRules ÷ ours} (target at least 5: ours at least five times faster).
 */
public class PeerBenchmark extends TimedBenchmark {

    /** How many generated cases the setup checks for agreement before measuring. */
    @Param({"400"})
    public int agreementCases;

    private final EasyRulesPeer peer = new EasyRulesPeer();
    private LegalDutySubset ours;
    private CaseProcess[] processes;
    private LocalDate[] asOf;
    private int next;

    /** Generates the cases and checks that both sides agree. */
    @Setup
    public void setUp() {
        ours = LegalDutySubset.fromStandard();
        PeerAgreement.check(peer, ours, agreementCases);
        CaseGenerator generator = new CaseGenerator(CaseGenerator.SEED);
        processes = new CaseProcess[SingleCaseBenchmark.CASES];
        asOf = new LocalDate[processes.length];
        for (int i = 0; i < processes.length; i++) {
            processes[i] = generator.typical(i);
            asOf[i] = CaseGenerator.asOf(processes[i]);
        }
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) % processes.length;
        return i;
    }

    /**
     * The peer: facts pulled out of the case, Easy Rules fired.
     *
     * @return the outcomes
     */
    @Benchmark
    public Outcome[] easyRules() {
        int i = nextIndex();
        return peer.evaluate(processes[i], asOf[i]);
    }

    /**
     * Ours: one indexed view, the same rules evaluated directly.
     *
     * @return the outcomes
     */
    @Benchmark
    public Outcome[] ours() {
        int i = nextIndex();
        return ours.evaluate(processes[i], asOf[i]);
    }

    /**
     * Ours through an assessor holding only these rules: findings with texts, and scores.
     *
     * @return the assessment
     */
    @Benchmark
    public Assessment oursViaAssessor() {
        int i = nextIndex();
        return ours.assess(processes[i], asOf[i]);
    }
}
