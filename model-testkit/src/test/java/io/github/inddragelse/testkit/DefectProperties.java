package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class DefectProperties {

    @Property(tries = 500)
    void a_requested_defect_is_the_only_defect_present_and_the_fix_removes_it(
            @ForAll("withOneDefect") Tuple2<Defect, CaseUnderTest> generated) {
        Defect defect = generated.get1();
        CaseUnderTest c = generated.get2();
        assertThat(c.defects()).containsExactly(defect);
        CaseUnderTest fixed = c.fixed(defect);
        assertThat(fixed.defects()).isEmpty();
        assertThat(fixed.asOf()).isEqualTo(c.asOf());
    }

    @Property(tries = 100)
    void cases_with_one_defect_have_exactly_one(@ForAll("anyOneDefect") CaseUnderTest c) {
        assertThat(c.defects()).hasSize(1);
        assertThat(c.fixed(c.defects().iterator().next()).defects()).isEmpty();
    }

    @Provide
    Arbitrary<CaseUnderTest> anyOneDefect() {
        return CaseProcesses.withOneDefect();
    }

    @Property(tries = 300)
    void two_compatible_defects_are_both_present_and_fixed_one_at_a_time(
            @ForAll("withTwoDefects") Tuple2<Set<Defect>, CaseUnderTest> generated) {
        Set<Defect> pair = generated.get1();
        CaseUnderTest c = generated.get2();
        assertThat(c.defects()).isEqualTo(pair);
        for (Defect d : pair) {
            Set<Defect> rest = EnumSet.copyOf(pair);
            rest.remove(d);
            assertThat(c.fixed(d).defects()).isEqualTo(rest);
        }
    }

    @Property(tries = 300)
    void introducing_a_defect_into_a_generated_case_keeps_it_valid_and_adds_only_that_defect(
            @ForAll CaseUnderTest c, @ForAll Defect defect) {
        Assume.that(Defects.canIntroduce(c, defect));
        CaseUnderTest broken = c.withDefect(defect);
        assertThat(broken.defects()).containsExactly(defect);
        assertThat(broken.fixed(defect).defects()).isEmpty();
    }

    @Property(tries = 200)
    void fixing_an_absent_defect_changes_nothing(@ForAll CaseUnderTest c, @ForAll Defect defect) {
        assertThat(c.fixed(defect)).isEqualTo(c);
    }

    @Provide
    Arbitrary<Tuple2<Defect, CaseUnderTest>> withOneDefect() {
        return Arbitraries.of(Defect.class)
                .flatMap(d -> CaseProcesses.valid().withDefects(d).underTest().map(c -> Tuple.of(d, c)));
    }

    @Provide
    Arbitrary<Tuple2<Set<Defect>, CaseUnderTest>> withTwoDefects() {
        return Combinators.combine(Arbitraries.of(Defect.class), Arbitraries.of(Defect.class))
                .filter((a, b) -> a != b && !a.conflictsWith(b))
                .as((a, b) -> (Set<Defect>) EnumSet.of(a, b))
                .flatMap(pair -> CaseProcesses.valid()
                        .withDefects(pair.toArray(new Defect[0]))
                        .underTest()
                        .map(c -> Tuple.of(pair, c)));
    }
}
