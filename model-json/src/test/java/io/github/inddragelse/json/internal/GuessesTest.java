package io.github.inddragelse.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuessesTest {

    private final int[] first = {1, 2, 2, 0};

    @Test
    void a_reader_gets_its_own_copy_of_its_first_guesses_and_keeps_what_it_learns() {
        Guesses guesses = new Guesses();
        Object reader = new Object();

        int[] mine = guesses.of(reader, 7, first);
        mine[0] = 2;

        assertThat(guesses.of(reader, 7, first)).isSameAs(mine).containsExactly(2, 2, 2, 0);
        assertThat(first).containsExactly(1, 2, 2, 0);
    }

    @Test
    void readers_with_the_same_hash_do_not_share_guesses() {
        Guesses guesses = new Guesses();
        Object one = new Object();
        Object other = new Object();

        int[] ones = guesses.of(one, 7, first);

        assertThat(guesses.of(other, 7, first)).isNotSameAs(ones);
        assertThat(guesses.of(one, 7, first)).isSameAs(ones);
    }

    @Test
    void readers_beyond_the_capacity_still_get_guesses_to_learn_with_but_never_the_first_ones() {
        Guesses guesses = new Guesses();
        for (int i = 0; i < 100; i++) {
            int[] got = guesses.of(new Object(), i, first);
            assertThat(got).isNotSameAs(first).containsExactly(first);
        }
    }

    @Test
    void two_reads_do_not_share_what_they_learn() {
        Object reader = new Object();

        assertThat(new Guesses().of(reader, 3, first)).isNotSameAs(new Guesses().of(reader, 3, first));
    }
}
