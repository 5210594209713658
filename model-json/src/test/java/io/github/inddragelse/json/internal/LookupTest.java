package io.github.inddragelse.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LookupTest {

    private final Lookup lookup = new Lookup(List.of("kind", "id", "date", "participantIds", "", "a-b"));

    @Test
    void a_name_is_found_at_its_position_by_string_and_by_characters() {
        List<String> names = List.of("kind", "id", "date", "participantIds", "", "a-b");
        for (int i = 0; i < names.size(); i++) {
            char[] buffer = ("[" + names.get(i) + "]").toCharArray();
            assertThat(lookup.find(new String(names.get(i)))).isEqualTo(i);
            assertThat(lookup.find(buffer, 1, names.get(i).length())).isEqualTo(i);
        }
    }

    @Test
    void a_name_that_is_not_in_the_set_is_not_found() {
        assertThat(lookup.find("kinds")).isEqualTo(-1);
        assertThat(lookup.find("Kind")).isEqualTo(-1);
        assertThat(lookup.find("kinds".toCharArray(), 0, 5)).isEqualTo(-1);
        assertThat(lookup.find("kinx".toCharArray(), 0, 4)).isEqualTo(-1);
        assertThat(lookup.find("k".toCharArray(), 0, 1)).isEqualTo(-1);
    }

    @Test
    void a_name_listed_twice_is_refused() {
        assertThatThrownBy(() -> new Lookup(List.of("a", "b", "a"))).isInstanceOf(IllegalArgumentException.class);
    }
}
