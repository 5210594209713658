package io.github.inddragelse.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChecksScanTest {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern CPR_LIKE = Pattern.compile(".*\\d{6}-?\\d{4}.*");
    private static final String CHARS = "0123456789-a._:Z /é";

    /** Deterministic pseudo-random strings over characters that matter to both patterns. */
    private static String[] samples() {
        Random random = new Random(20261122);
        String[] samples = new String[5000];
        for (int s = 0; s < samples.length; s++) {
            int length = random.nextInt(71);
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                // digits more likely, so that runs of six and ten digits are common
                b.append(
                        random.nextBoolean()
                                ? CHARS.charAt(random.nextInt(10))
                                : CHARS.charAt(random.nextInt(CHARS.length())));
            }
            samples[s] = b.toString();
        }
        return samples;
    }

    /** What the id check must find, by the two regular expressions it replaces. */
    private static int expected(String id) {
        if (!ID.matcher(id).matches()) {
            return Checks.ID_BAD_SHAPE;
        }
        return CPR_LIKE.matcher(id).matches() ? Checks.ID_LIKE_CPR : Checks.ID_OK;
    }

    @Test
    void the_one_pass_id_scan_agrees_with_the_id_and_cpr_patterns() {
        int[] found = new int[3];
        for (String sample : samples()) {
            int problem = Checks.idProblem(sample);
            assertThat(problem).as(sample).isEqualTo(expected(sample));
            found[problem]++;
        }
        // every outcome is met often enough for the agreement to mean something
        assertThat(found[Checks.ID_OK]).isGreaterThan(50);
        assertThat(found[Checks.ID_BAD_SHAPE]).isGreaterThan(50);
        assertThat(found[Checks.ID_LIKE_CPR]).isGreaterThan(50);
    }

    @Test
    void the_cpr_scan_agrees_with_the_cpr_pattern_on_any_text() {
        int found = 0;
        for (String sample : samples()) {
            boolean expected = CPR_LIKE.matcher(sample).matches();
            assertThat(Checks.looksLikeCpr(sample)).as(sample).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void every_character_first_and_later_in_an_id_is_judged_as_the_patterns_judge_it() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String id : new String[] {c + "b", "a" + c, "010190" + c + "1234"}) {
                assertThat(Checks.idProblem(id)).as("U+%04X in %s", (int) c, id).isEqualTo(expected(id));
            }
        }
    }

    private static void assertProblem(int problem, String... ids) {
        for (String id : ids) {
            assertThat(Checks.idProblem(id)).as(id).isEqualTo(problem);
        }
    }

    @Test
    void ids_of_the_wrong_length_or_start_are_badly_shaped() {
        assertProblem(Checks.ID_OK, "a".repeat(64));
        assertProblem(Checks.ID_BAD_SHAPE, "a".repeat(65), "", "-a", ".a", "a b", "sag-é");
    }

    @Test
    void cpr_numbers_with_and_without_dash_are_caught_anywhere() {
        assertProblem(Checks.ID_LIKE_CPR, "x0101901234", "a-010190-1234-b", "0101901-2345");
        assertProblem(Checks.ID_OK, "12-010190-123", "01019--01234", "010190:1234");
    }

    @Test
    void a_bad_shape_is_reported_before_a_cpr_number() {
        assertProblem(Checks.ID_BAD_SHAPE, "0101901234 ", "-0101901234", "0101901234" + "x".repeat(55));
    }
}
