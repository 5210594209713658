package io.github.inddragelse.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
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

    /** Checks that the scan agrees with the pattern on every sample; returns how many it accepts. */
    private static int agreeing(Predicate<String> scan, Pattern pattern) {
        int accepted = 0;
        for (String sample : samples()) {
            boolean expected = pattern.matcher(sample).matches();
            assertThat(scan.test(sample)).as(sample).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        return accepted;
    }

    @Test
    void the_id_scan_accepts_exactly_what_the_id_pattern_accepts() {
        assertThat(agreeing(Checks::isIdShaped, ID)).isGreaterThan(10);
        assertThat(Checks.isIdShaped("a".repeat(64))).isTrue();
        assertThat(Checks.isIdShaped("a".repeat(65))).isFalse();
        assertThat(Checks.isIdShaped("")).isFalse();
        assertThat(Checks.isIdShaped("-a")).isFalse();
    }

    @Test
    void the_cpr_scan_agrees_with_the_cpr_pattern() {
        assertThat(agreeing(Checks::looksLikeCpr, CPR_LIKE)).isGreaterThan(100);
    }

    @Test
    void cpr_numbers_with_and_without_dash_are_caught_anywhere() {
        assertThat(Checks.looksLikeCpr("x0101901234")).isTrue();
        assertThat(Checks.looksLikeCpr("a-010190-1234-b")).isTrue();
        assertThat(Checks.looksLikeCpr("12-010190-123")).isFalse();
        assertThat(Checks.looksLikeCpr("01019--01234")).isFalse();
        assertThat(Checks.looksLikeCpr("0101901-2345")).isTrue();
    }
}
