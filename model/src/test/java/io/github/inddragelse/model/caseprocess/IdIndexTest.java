package io.github.inddragelse.model.caseprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link IdIndex} gives the answers of a {@link HashMap} used the same way. */
class IdIndexTest {

    /** Ids from a small alphabet, so that repeats are common; "Aa" and "BB" share a hash code. */
    private static List<String> ids(Random random, int count) {
        String[] parts = {"Aa", "BB", "e", "1", "-", "AaBB", "BBAa", "sb"};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder id = new StringBuilder();
            for (int p = 1 + random.nextInt(3); p > 0; p--) {
                id.append(parts[random.nextInt(parts.length)]);
            }
            // a fresh string each time, as ids read from a document are
            ids.add(new String(id.toString().toCharArray()));
        }
        return ids;
    }

    @Test
    void puts_and_looks_up_like_a_hash_map_with_repeated_and_colliding_ids() {
        Random random = new Random(20261122L);
        int repeats = 0;
        for (int round = 0; round < 500; round++) {
            List<String> put = ids(random, random.nextInt(70));
            IdIndex<Integer> index = new IdIndex<>(put.size());
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < put.size(); i++) {
                Integer before = map.putIfAbsent(put.get(i), i);
                assertThat(index.putIfAbsent(put.get(i), i)).isEqualTo(before);
                repeats += before == null ? 0 : 1;
            }
            for (String id : ids(random, 40)) {
                assertThat(index.get(id)).as(id).isEqualTo(map.get(id));
            }
        }
        assertThat(repeats).isGreaterThan(1000);
    }

    @Test
    void an_index_for_no_entries_finds_nothing() {
        assertThat(new IdIndex<String>(0).get("e1")).isNull();
    }

    @Test
    void a_full_index_still_finds_every_entry() {
        IdIndex<Integer> index = new IdIndex<>(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(index.putIfAbsent("e" + i, i)).isNull();
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(index.get("e" + i)).isEqualTo(i);
            assertThat(index.putIfAbsent("e" + i, -1)).isEqualTo(i);
        }
        assertThat(index.get("e1000")).isNull();
    }
}
