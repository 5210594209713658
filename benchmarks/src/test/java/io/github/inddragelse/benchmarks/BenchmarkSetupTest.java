package io.github.inddragelse.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.rule.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.options.TimeValue;

/** Proves the benchmarks are not rotten: their cases, their peer and their report still fit together. */
class BenchmarkSetupTest {

    private final CaseGenerator generator = new CaseGenerator(CaseGenerator.SEED);

    @Test
    void the_generator_gives_the_number_of_events_asked_for() {
        assertThat(generator.typical(3).events()).hasSize(CaseGenerator.TYPICAL_EVENTS);
        for (int events : new int[] {1, 7, 100, 10_000}) {
            assertThat(generator.withEvents(events, 5).events()).hasSize(events);
        }
        for (int i = 0; i < 200; i++) {
            assertThat(generator.ofMixedSize(i).events().size()).isBetween(3, 60);
        }
    }

    @Test
    void the_same_seed_and_index_give_the_same_case_and_the_small_case_is_the_start_of_the_big_one() {
        assertThat(new CaseGenerator(CaseGenerator.SEED).typical(7)).isEqualTo(generator.typical(7));
        assertThat(generator.typical(7)).isNotEqualTo(generator.typical(8));
        CaseProcess big = generator.withEvents(10_000, 0);
        CaseProcess small = generator.withEvents(100, 0);
        assertThat(big.events().subList(0, 100)).isEqualTo(small.events());
    }

    @Test
    void generated_cases_survive_a_json_round_trip() {
        InddragelseJson json = InddragelseJson.create();
        for (int i = 0; i < 50; i++) {
            CaseProcess process = generator.ofMixedSize(i);
            assertThat(json.readCase(json.writeCase(process))).isEqualTo(process);
        }
    }

    @Test
    void the_easy_rules_peer_and_ours_agree_and_the_cases_reach_every_kind_of_outcome() {
        Map<String, Set<Outcome>> seen = PeerAgreement.check(new EasyRulesPeer(), LegalDutySubset.fromStandard(), 30);
        assertThat(seen).containsOnlyKeys(LegalDutySubset.RULE_IDS);
        seen.forEach((rule, outcomes) ->
                assertThat(outcomes).as(rule).contains(Outcome.MET).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void every_benchmark_method_runs_once_on_its_real_setup(@TempDir Path dir) throws IOException {
        SingleCaseBenchmark single = new SingleCaseBenchmark();
        single.setUp();
        assertThat(single.jacksonReadTree().get("caseId").asText()).isNotBlank();
        assertThat(single.readCase().events()).hasSize(CaseGenerator.TYPICAL_EVENTS);
        assertThat(single.assess().findings()).isNotEmpty();

        ScalingBenchmark scaling = new ScalingBenchmark();
        scaling.events = 100;
        scaling.setUp();
        assertThat(scaling.assess().findings()).isNotEmpty();

        PeerBenchmark peer = new PeerBenchmark();
        peer.agreementCases = 5;
        peer.setUp();
        assertThat(peer.easyRules()).hasSize(LegalDutySubset.RULE_IDS.size()).doesNotContainNull();
        assertThat(peer.ours()).hasSize(LegalDutySubset.RULE_IDS.size()).doesNotContainNull();
        assertThat(peer.oursViaAssessor().findings()).hasSize(LegalDutySubset.RULE_IDS.size());

        NdjsonBenchmark batch = new NdjsonBenchmark();
        batch.cases = 40;
        batch.file = dir.resolve("batch.ndjson").toString();
        NdjsonBenchmark.write(Path.of(batch.file), batch.cases);
        batch.setUp();
        assertThat(Files.readAllLines(Path.of(batch.file))).hasSize(40);
        assertThat(batch.readAndAssess()).isPositive();
        assertThat(batch.bareStreamingParse()).isPositive();
        batch.tearDown();
        assertThat(Path.of(batch.file)).exists();
    }

    @Test
    void a_warm_up_iteration_of_the_batch_reads_only_the_first_cases_and_a_measured_one_all(@TempDir Path dir)
            throws IOException {
        NdjsonBenchmark batch = new NdjsonBenchmark();
        batch.cases = 30;
        batch.warmupCases = 12;
        batch.file = dir.resolve("batch.ndjson").toString();
        NdjsonBenchmark.write(Path.of(batch.file), batch.cases);
        List<String> lines = Files.readAllLines(Path.of(batch.file));
        long firstTwelve = lines.subList(0, 12).stream()
                .mapToLong(line -> line.getBytes(StandardCharsets.UTF_8).length + 1)
                .sum();
        assertThat(NdjsonBenchmark.lengthOfLines(Path.of(batch.file), 12)).isEqualTo(firstTwelve);
        batch.setUp();

        batch.setUpIteration(new IterationParams(IterationType.WARMUP, 1, TimeValue.seconds(1), 1));
        long warmupTokens = batch.bareStreamingParse();
        long warmupFindings = batch.readAndAssess(); // throws unless exactly 12 cases were read

        batch.setUpIteration(new IterationParams(IterationType.MEASUREMENT, 1, TimeValue.seconds(1), 1));
        assertThat(batch.bareStreamingParse()).isGreaterThan(warmupTokens);
        assertThat(batch.readAndAssess()).isGreaterThan(warmupFindings); // throws unless all 30 were read
        batch.tearDown();
    }

    @Test
    void the_report_reads_benchmarks_that_exist() throws IOException {
        String list;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(in).as("JMH's annotation processor ran").isNotNull();
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String key : RatioReport.BENCHMARKS) {
            String method = key.replaceAll("\\[.*", "").replace('.', '_');
            assertThat(list).contains("io.github.inddragelse.benchmarks.jmh_generated." + method + "_jmhTest ");
        }
        Map<String, Double> scores = new HashMap<>();
        RatioReport.BENCHMARKS.forEach(key -> scores.put(key, 1.0));
        List<RatioReport.Ratio> ratios = RatioReport.ratios(scores, true);
        assertThat(ratios).hasSize(5).allSatisfy(r -> assertThat(r.measured()).isNotNaN());
        assertThat(RatioReport.table(ratios, RatioReport.ratios(Map.of(), false), scores, 10, 1_000))
                .contains("| 3. per event: 10,000-event case ÷ 100-event case | 0.010 | — | ≤ 2.00 | PASS |");
    }
}
