package io.github.inddragelse.benchmarks;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.rule.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that {@link EasyRulesPeer} and {@link LegalDutySubset} agree, so that the peer benchmark
 * compares two implementations of the same thing. Each generated case (mixed sizes, every 25th one
 * 500 events long) is judged at two dates: 30 days after its last event, and on the date of its
 * middle event. Inddragelse is asked both directly and through its assessor.
 *
 * <pre>{@code
 * PeerAgreement.check(new EasyRulesPeer(), LegalDutySubset.fromStandard(), 400);
 * }</pre>
 */
public final class PeerAgreement {

    private PeerAgreement() {}

    /**
     * Throws if the two sides disagree on any outcome.
     *
     * @param peer the peer
     * @param ours ours
     * @param cases how many generated cases to check
     * @return the outcomes seen per rule id, to show what the check covered
     * @throws IllegalStateException listing the first disagreements (case id, date, rule, both outcomes)
     */
    public static Map<String, Set<Outcome>> check(EasyRulesPeer peer, LegalDutySubset ours, int cases) {
        Map<String, Set<Outcome>> seen = new LinkedHashMap<>();
        for (String id : LegalDutySubset.RULE_IDS) {
            seen.put(id, EnumSet.noneOf(Outcome.class));
        }
        List<String> problems = new ArrayList<>();
        int disagreements = 0;
        CaseGenerator generator = new CaseGenerator(CaseGenerator.SEED);
        for (int i = 0; i < cases; i++) {
            CaseProcess process = i % 25 == 24 ? generator.withEvents(500, i) : generator.ofMixedSize(i);
            LocalDate middle = process.events().get(process.events().size() / 2).date();
            for (LocalDate asOf : List.of(CaseGenerator.asOf(process), middle)) {
                Outcome[] direct = ours.evaluate(process, asOf);
                Outcome[] viaAssessor = LegalDutySubset.outcomes(ours.assess(process, asOf));
                Outcome[] theirs = peer.evaluate(process, asOf);
                for (int r = 0; r < direct.length; r++) {
                    String rule = LegalDutySubset.RULE_IDS.get(r);
                    seen.get(rule).add(direct[r]);
                    if (direct[r] != theirs[r] || direct[r] != viaAssessor[r]) {
                        disagreements++;
                        if (problems.size() < 10) {
                            problems.add(process.caseId() + " as of " + asOf + ", " + rule + ": ours " + direct[r]
                                    + ", via assessor " + viaAssessor[r] + ", peer " + theirs[r]);
                        }
                    }
                }
            }
        }
        if (disagreements > 0) {
            throw new IllegalStateException("the Easy Rules peer and Inddragelse disagree on " + disagreements
                    + " outcomes; the peer comparison would be meaningless. First ones:\n  "
                    + String.join("\n  ", problems));
        }
        return seen;
    }
}
