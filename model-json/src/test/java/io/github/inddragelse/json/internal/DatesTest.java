package io.github.inddragelse.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static LocalDate parse(String text) {
        char[] chars = text.toCharArray();
        return Dates.shaped(chars, 0, chars.length) ? Dates.parse(chars, 0) : null;
    }

    private static boolean shaped(String text) {
        return Dates.shaped(text.toCharArray(), 0, text.length());
    }

    @Test
    void a_plain_date_is_read() {
        assertThat(parse("2026-03-02")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(parse("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void the_29th_of_february_exists_only_in_leap_years() {
        assertThat(parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(parse("0000-02-29")).isEqualTo(LocalDate.of(0, 2, 29));
        assertThat(parse("2023-02-29")).isNull();
        assertThat(parse("1900-02-29")).isNull();
        assertThat(parse("2100-02-29")).isNull();
    }

    @Test
    void days_and_months_that_do_not_exist_are_refused() {
        assertThat(parse("2026-02-30")).isNull();
        assertThat(parse("2026-04-31")).isNull();
        assertThat(parse("2026-01-32")).isNull();
        assertThat(parse("2026-01-00")).isNull();
        assertThat(parse("2026-00-10")).isNull();
        assertThat(parse("2026-13-01")).isNull();
    }

    @Test
    void signs_extra_digits_and_other_shapes_are_not_dates() {
        assertThat(shaped("2026-03-02")).isTrue();
        assertThat(shaped("+2026-03-02")).isFalse();
        assertThat(shaped("-2026-03-02")).isFalse();
        assertThat(shaped("20260-03-02")).isFalse();
        assertThat(shaped("2026-3-02")).isFalse();
        assertThat(shaped("2026-03-2")).isFalse();
        assertThat(shaped("2026-03-02 ")).isFalse();
        assertThat(shaped("2026/03/02")).isFalse();
        assertThat(shaped("2026-03-0x")).isFalse();
        assertThat(shaped("２０２６-03-02")).isFalse();
        assertThat(shaped("")).isFalse();
    }

    @Test
    void a_date_in_the_middle_of_a_buffer_is_read() {
        char[] buffer = "xx2026-03-02yy".toCharArray();

        assertThat(Dates.shaped(buffer, 2, 10)).isTrue();
        assertThat(Dates.parse(buffer, 2)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Property
    void every_shaped_text_reads_as_the_jdk_reads_it_strictly(
            @ForAll @IntRange(min = 0, max = 9999) int year,
            @ForAll @IntRange(min = 0, max = 14) int month,
            @ForAll @IntRange(min = 0, max = 33) int day) {
        String text = String.format("%04d-%02d-%02d", year, month, day);
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeException e) {
            expected = null;
        }

        assertThat(parse(text)).isEqualTo(expected);
    }
}
