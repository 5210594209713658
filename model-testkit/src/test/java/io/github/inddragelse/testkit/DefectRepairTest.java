package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.rule.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Defects#fix} on hand-built cases whose shapes the generators do not make: the repair written on
 * each {@link Defect} constant removes the defect there too.
 */
class DefectRepairTest {

    /** The events of a type in a process, in timeline order. */
    private static <T extends CaseEvent> List<T> eventsOf(CaseProcess p, Class<T> type) {
        return p.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * {@link Scenarios#physicalDisability()} whose one hearing names no provision, with a second
     * rejection three weeks after the first, on {@code provision}, which records no hearing of its own.
     */
    private static CaseUnderTest twoRejectionsAfterOneHearing(LegalReference provision) {
        CaseUnderTest c = Scenarios.physicalDisability();
        Decision first = eventsOf(c.process(), Decision.class).get(0);
        List<CaseEvent> events = new ArrayList<>();
        for (CaseEvent e : c.process().events()) {
            events.add(
                    e instanceof Hearing h
                            ? Hearing.builder()
                                    .from(h)
                                    .provision(Optional.empty())
                                    .build()
                            : e);
        }
        events.add(Decision.builder()
                .from(first)
                .id("afgoerelse-2")
                .date(first.date().plusDays(21))
                .provision(provision)
                .build());
        events.sort(Comparator.comparing(CaseEvent::date));
        CaseProcess.Builder process = CaseProcess.builder().from(c.process()).events(events);
        if (!c.process().appliedFor().contains(provision)) {
            process.addAppliedFor(provision);
        }
        return new CaseUnderTest(process.build(), c.asOf());
    }

    /** The finding of the FVL §19 rule on a case. */
    private static Finding hearingFinding(CaseUnderTest c) {
        return Assessor.standard().assess(c.process(), c.asOf()).findings().stream()
                .filter(f -> f.ruleId().equals("fvl-19-hearing-before-adverse-decision"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void
            a_second_rejection_on_the_same_help_is_unheard_when_its_only_hearing_came_before_the_first_as_the_rule_finds() {
        Decision first = eventsOf(Scenarios.physicalDisability().process(), Decision.class)
                .get(0);
        CaseUnderTest c = twoRejectionsAfterOneHearing(first.provision());

        assertThat(c.defects()).containsExactly(Defect.NO_HEARING_BEFORE_REJECTION);
        assertThat(hearingFinding(c).messageKey()).isEqualTo("not-heard");

        CaseUnderTest fixed = Defects.fix(c, Defect.NO_HEARING_BEFORE_REJECTION);

        assertThat(fixed.defects()).isEmpty();
        assertThat(hearingFinding(fixed).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void a_hearing_two_adverse_decisions_were_made_before_the_answer_to_is_answered_before_the_first_of_them() {
        CaseUnderTest broken = Defects.introduce(
                twoRejectionsAfterOneHearing(LegalReferences.SEL_100), Defect.HEARING_DEADLINE_NOT_AWAITED);
        assertThat(broken.defects()).containsExactly(Defect.HEARING_DEADLINE_NOT_AWAITED);

        CaseUnderTest fixed = Defects.fix(broken, Defect.HEARING_DEADLINE_NOT_AWAITED);

        assertThat(fixed.defects()).isEmpty();
        Hearing hearing = eventsOf(fixed.process(), Hearing.class).get(0);
        Decision first = eventsOf(fixed.process(), Decision.class).get(0);
        assertThat(hearing.respondedOn())
                .hasValueSatisfying(answered ->
                        assertThat(answered).isAfterOrEqualTo(hearing.date()).isBeforeOrEqualTo(first.date()));
    }
}
