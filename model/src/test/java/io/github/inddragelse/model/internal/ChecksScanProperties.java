package io.github.inddragelse.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChecksScanProperties {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern CPR_LIKE = Pattern.compile(".*\\d{6}-?\\d{4}.*");

    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.strings()
                .withChars("0123456789-a._:Z /é")
                .ofMinLength(0)
                .ofMaxLength(70);
    }

    @Property(tries = 3000)
    void the_id_scan_accepts_exactly_what_the_id_pattern_accepts(@ForAll("idLike") String id) {
        assertThat(Checks.isIdShaped(id)).isEqualTo(ID.matcher(id).matches());
    }

    @Property(tries = 3000)
    void the_cpr_scan_agrees_with_the_cpr_pattern(@ForAll("idLike") String id) {
        assertThat(Checks.looksLikeCpr(id)).isEqualTo(CPR_LIKE.matcher(id).matches());
    }

    @Example
    void cpr_numbers_with_and_without_dash_are_caught_anywhere() {
        assertThat(Checks.looksLikeCpr("x0101901234")).isTrue();
        assertThat(Checks.looksLikeCpr("a-010190-1234-b")).isTrue();
        assertThat(Checks.looksLikeCpr("12-010190-123")).isFalse();
        assertThat(Checks.looksLikeCpr("01019--01234")).isFalse();
        assertThat(Checks.looksLikeCpr("0101901-2345")).isTrue();
    }
}
