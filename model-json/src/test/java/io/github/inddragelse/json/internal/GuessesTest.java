package io.github.inddragelse.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuessesTest {

    private final int[] first = {1, 2, 2, 0};

    @Test
    void a_reader_learns_in_its_own_copy_of_its_first_guesses_and_finds_it_again() {
        Guesses guesses = new Guesses();
        Object reader = new Object();

        assertThat(guesses.find(reader, 7)).isNull();
        int[] mine = guesses.learn(reader, 7, first);
        mine[0] = 2;

        assertThat(guesses.find(reader, 7)).isSameAs(mine).containsExactly(2, 2, 2, 0);
        assertThat(first).containsExactly(1, 2, 2, 0);
    }

    @Test
    void readers_with_the_same_hash_do_not_share_guesses() {
        Guesses guesses = new Guesses();
        Object one = new Object();
        Object other = new Object();

        int[] ones = guesses.learn(one, 7, first);

        assertThat(guesses.find(other, 7)).isNull();
        assertThat(guesses.learn(other, 7, first)).isNotSameAs(ones);
        assertThat(guesses.find(one, 7)).isSameAs(ones);
    }

    @Test
    void readers_beyond_the_capacity_still_get_guesses_to_learn_with_but_never_the_first_ones() {
        Guesses guesses = new Guesses();
        for (int i = 0; i < 100; i++) {
            Object reader = new Object();
            int[] got = guesses.learn(reader, i, first);
            assertThat(got).isNotSameAs(first).containsExactly(first);
            assertThat(guesses.find(reader, i)).isIn(got, null);
        }
    }

    @Test
    void two_reads_do_not_share_what_they_learn() {
        Object reader = new Object();
        new Guesses().learn(reader, 3, first);

        assertThat(new Guesses().find(reader, 3)).isNull();
    }
}
