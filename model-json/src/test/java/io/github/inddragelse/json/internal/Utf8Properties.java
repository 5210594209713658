package io.github.inddragelse.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Utf8Properties {

    /** Bytes mostly from the edges of the UTF-8 byte ranges, where strictness matters. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> edges = Arbitraries.of(
                        0x00, 0x0A, 0x0D, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF)
                .map(Integer::byteValue);
        Arbitrary<Byte> any = Arbitraries.bytes();
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, edges), net.jqwik.api.Tuple.of(1, any))
                .array(byte[].class)
                .ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Property
    void the_first_malformed_byte_is_where_the_jdks_strict_decoder_stops(@ForAll("bytes") byte[] bytes) {
        Utf8.Decoded decoded = Utf8.decode(bytes, 0, bytes.length);
        int malformed = Utf8.firstMalformed(bytes, 0, bytes.length);

        assertThat(malformed >= 0).isEqualTo(decoded.malformed());
        int end = malformed >= 0 ? malformed : bytes.length;
        assertThat(Utf8.units(bytes, 0, end)).isEqualTo(decoded.length());
    }

    @Property
    void ascii_runs_longer_than_a_word_are_checked_too(@ForAll("bytes") byte[] tail) {
        byte[] bytes = new byte[21 + tail.length];
        java.util.Arrays.fill(bytes, 0, 21, (byte) 'a');
        System.arraycopy(tail, 0, bytes, 21, tail.length);

        int malformed = Utf8.firstMalformed(bytes, 0, bytes.length);
        Utf8.Decoded decoded = Utf8.decode(bytes, 0, bytes.length);

        assertThat(malformed >= 0).isEqualTo(decoded.malformed());
        if (malformed >= 0) {
            assertThat(Utf8.units(bytes, 0, malformed)).isEqualTo(decoded.length());
        }
    }

    @Property
    void long_ascii_runs_at_any_offset_are_checked_block_by_block(
            @ForAll @IntRange(max = 100) int before,
            @ForAll("bytes") byte[] middle,
            @ForAll @IntRange(max = 100) int after,
            @ForAll @IntRange(max = 3) int start) {
        int end = start + before + middle.length + after;
        byte[] bytes = new byte[end + 2];
        java.util.Arrays.fill(bytes, (byte) 0xFF); // ill-formed outside the part checked
        java.util.Arrays.fill(bytes, start, end, (byte) 'a');
        System.arraycopy(middle, 0, bytes, start + before, middle.length);

        int malformed = Utf8.firstMalformed(bytes, start, end);
        Utf8.Decoded decoded = Utf8.decode(bytes, start, end - start);

        assertThat(malformed >= 0).isEqualTo(decoded.malformed());
        assertThat(Utf8.units(bytes, start, malformed >= 0 ? malformed : end)).isEqualTo(decoded.length());
    }

    @Property
    void well_formed_text_counts_as_many_units_as_the_string_has(@ForAll("text") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String back = new String(bytes, StandardCharsets.UTF_8); // lone surrogates become '?'

        assertThat(Utf8.firstMalformed(bytes, 0, bytes.length)).isEqualTo(-1);
        assertThat(Utf8.units(bytes, 0, bytes.length)).isEqualTo(back.length());
    }

    @Property
    void the_newline_found_is_the_first_one(@ForAll("bytes") byte[] bytes) {
        int expected = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                expected = i;
                break;
            }
        }

        assertThat(Utf8.indexOfNewline(bytes, 0, bytes.length)).isEqualTo(expected);
    }

    @Test
    void overlong_forms_surrogates_and_code_points_beyond_unicode_are_malformed() {
        assertThat(Utf8.firstMalformed(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 0, 3))
                .isEqualTo(1);
        assertThat(Utf8.firstMalformed(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, 0, 3))
                .isZero();
        assertThat(Utf8.firstMalformed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3))
                .isZero();
        assertThat(Utf8.firstMalformed(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, 4))
                .isZero();
        assertThat(Utf8.firstMalformed(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82}, 0, 4))
                .isEqualTo(2);
        byte[] text = "æøå €😀".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstMalformed(text, 0, text.length)).isEqualTo(-1);
        assertThat(Utf8.firstMalformed(text, 0, text.length - 1)).isEqualTo(text.length - 4);
    }
}
