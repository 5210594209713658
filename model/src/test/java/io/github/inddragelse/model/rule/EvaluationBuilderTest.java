package io.github.inddragelse.model.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvaluationBuilderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void a_builder_makes_the_same_evaluation_as_the_with_methods() {
        Evaluation chained = Evaluation.notMet("not-heard")
                .withEvidence("d-1")
                .withArg("decision", "d-1")
                .withArg("date", DAY)
                .withEvidence("h-1", "d-1")
                .withArg("count", 2);
        Evaluation built = Evaluation.builder(Outcome.NOT_MET, "not-heard")
                .evidence("d-1")
                .arg("decision", "d-1")
                .arg("date", DAY)
                .evidence("h-1")
                .evidence("d-1")
                .arg("count", 2)
                .build();
        assertThat(built).isEqualTo(chained).hasSameHashCodeAs(chained);
        assertThat(built.args())
                .containsExactly(
                        Map.entry("decision", "d-1"), Map.entry("date", "2026-11-22"), Map.entry("count", "2"));
        assertThat(built.evidence()).containsExactly("d-1", "h-1");
    }

    @Test
    void evidence_keeps_the_first_place_of_each_id_and_leaves_out_repeats() {
        Evaluation e = Evaluation.builder(Outcome.MET, "k")
                .evidence("e2")
                .evidence(List.of("e1", "e2", new String("e1")))
                .evidence("e3")
                .build();
        assertThat(e.evidence()).containsExactly("e2", "e1", "e3");
        assertThat(e.evidence().get(2)).isEqualTo("e3");
    }

    @Test
    void long_evidence_is_deduplicated_in_order_by_the_builder_too() {
        Evaluation.Builder b = Evaluation.builder(Outcome.PARTLY_MET, "k");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            b.evidence("e" + (i % 70));
            if (i < 70) {
                expected.add("e" + i);
            }
        }
        assertThat(b.build().evidence()).containsExactlyElementsOf(expected);
    }

    @Test
    void a_repeated_argument_name_keeps_its_place_with_the_new_value() {
        Evaluation e = Evaluation.builder(Outcome.MET, "k")
                .arg("zeta", 1)
                .arg("alpha", 2)
                .arg("zeta", 3)
                .build();
        assertThat(e.args()).containsExactly(Map.entry("zeta", "3"), Map.entry("alpha", "2"));
    }

    @Test
    void using_a_builder_again_leaves_the_evaluations_it_built_unchanged() {
        Evaluation.Builder b =
                Evaluation.builder(Outcome.MET, "k").evidence("e1").arg("a", "x");
        Evaluation first = b.build();
        Evaluation second = b.evidence("e2").arg("a", "y").arg("b", "z").build();
        assertThat(first.evidence()).containsExactly("e1");
        assertThat(first.args()).containsExactly(Map.entry("a", "x"));
        assertThat(second.evidence()).containsExactly("e1", "e2");
        assertThat(second.args()).containsExactly(Map.entry("a", "y"), Map.entry("b", "z"));
    }

    @Test
    void to_builder_starts_from_the_evaluation_and_leaves_it_unchanged() {
        Evaluation original = Evaluation.builder(Outcome.PARTLY_MET, "some")
                .evidence("e1")
                .arg("count", 1)
                .build();
        Evaluation more = original.toBuilder()
                .evidence("e1")
                .evidence("e2")
                .arg("count", 2)
                .build();
        assertThat(more.outcome()).isEqualTo(Outcome.PARTLY_MET);
        assertThat(more.messageKey()).isEqualTo("some");
        assertThat(more.evidence()).containsExactly("e1", "e2");
        assertThat(more.args()).containsExactly(Map.entry("count", "2"));
        assertThat(original.evidence()).containsExactly("e1");
        assertThat(original.args()).containsExactly(Map.entry("count", "1"));
    }

    @Test
    void evidence_given_to_the_constructor_is_kept_as_given_and_later_ids_are_checked_against_it() {
        Evaluation given = new Evaluation(Outcome.MET, "k", Map.of(), List.of("e1", "e1", "e2"));
        assertThat(given.evidence()).containsExactly("e1", "e1", "e2");
        assertThat(given.withEvidence("e2", "e3").evidence()).containsExactly("e1", "e1", "e2", "e3");
    }

    @Test
    void a_null_evidence_id_or_argument_name_is_refused_with_its_name() {
        Evaluation.Builder b = Evaluation.builder(Outcome.MET, "k");
        assertThatNullPointerException()
                .isThrownBy(() -> b.evidence((String) null))
                .withMessage("evidence id");
        assertThatNullPointerException().isThrownBy(() -> b.arg(null, "x")).withMessage("argument name");
        assertThatNullPointerException()
                .isThrownBy(() -> Evaluation.builder(null, "k"))
                .withMessage("outcome");
    }

    @Test
    void typed_arguments_give_the_same_text_as_objects() {
        Evaluation typed = Evaluation.builder(Outcome.MET, "k")
                .arg("count", 7)
                .arg("id", "e-1")
                .arg("date", DAY)
                .arg("none", (String) null)
                .build();
        Evaluation objects = Evaluation.builder(Outcome.MET, "k")
                .arg("count", (Object) 7)
                .arg("id", (Object) "e-1")
                .arg("date", (Object) DAY)
                .arg("none", (Object) null)
                .build();
        assertThat(typed).isEqualTo(objects);
        assertThat(typed.args())
                .containsExactly(
                        Map.entry("count", "7"),
                        Map.entry("id", "e-1"),
                        Map.entry("date", "2026-11-22"),
                        Map.entry("none", "null"));
    }

    @Test
    void many_arguments_and_ids_built_in_steps_match_a_plain_map_and_set_at_every_step() {
        // a builder keeps its first few ids and arguments apart from the rest: cross that line in every
        // order, build in between, go on from built evaluations, and compare each with a plain model
        Random random = new Random(20261123L);
        for (int round = 0; round < 500; round++) {
            Evaluation.Builder b = Evaluation.builder(Outcome.PARTLY_MET, "k");
            Map<String, String> args = new LinkedHashMap<>();
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            List<Evaluation> built = new ArrayList<>();
            List<Map<String, String>> builtArgs = new ArrayList<>();
            List<List<String>> builtIds = new ArrayList<>();
            int steps = random.nextInt(40);
            for (int step = 0; step < steps; step++) {
                int what = random.nextInt(10);
                if (what < 4) {
                    String id = new String("e-" + random.nextInt(12)); // equal ids, not the same instance
                    b.evidence(id);
                    ids.add(id);
                } else if (what < 8) {
                    String name = "name" + random.nextInt(9);
                    int value = random.nextInt(300);
                    b.arg(name, value);
                    args.put(name, String.valueOf(value));
                } else if (what == 8) {
                    built.add(b.build());
                    builtArgs.add(new LinkedHashMap<>(args));
                    builtIds.add(new ArrayList<>(ids));
                } else if (!built.isEmpty()) {
                    int from = random.nextInt(built.size());
                    b = built.get(from).toBuilder();
                    args = new LinkedHashMap<>(builtArgs.get(from));
                    ids = new LinkedHashSet<>(builtIds.get(from));
                }
            }
            built.add(b.build());
            builtArgs.add(args);
            builtIds.add(new ArrayList<>(ids));
            for (int i = 0; i < built.size(); i++) {
                assertThat(built.get(i).args()).containsExactlyEntriesOf(builtArgs.get(i));
                assertThat(built.get(i).evidence()).containsExactlyElementsOf(builtIds.get(i));
                assertThat(built.get(i))
                        .isEqualTo(new Evaluation(Outcome.PARTLY_MET, "k", builtArgs.get(i), builtIds.get(i)));
            }
        }
    }
}
