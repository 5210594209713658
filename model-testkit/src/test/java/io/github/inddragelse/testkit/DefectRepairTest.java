package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.Hearing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
     * {@link Scenarios#physicalDisability()} with a second rejection on the same provision three weeks
     * after the first, which records no hearing of its own: the one hearing is the latest before both.
     */
    private static CaseUnderTest twoRejectionsAfterOneHearing() {
        CaseUnderTest c = Scenarios.physicalDisability();
        Decision first = eventsOf(c.process(), Decision.class).get(0);
        List<CaseEvent> events = new ArrayList<>(c.process().events());
        events.add(Decision.builder()
                .from(first)
                .id("afgoerelse-2")
                .date(first.date().plusDays(21))
                .build());
        events.sort(Comparator.comparing(CaseEvent::date));
        return new CaseUnderTest(
                CaseProcess.builder().from(c.process()).events(events).build(), c.asOf());
    }

    @Test
    void a_hearing_two_adverse_decisions_were_made_before_the_answer_to_is_answered_before_the_first_of_them() {
        CaseUnderTest broken = Defects.introduce(twoRejectionsAfterOneHearing(), Defect.HEARING_DEADLINE_NOT_AWAITED);
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
