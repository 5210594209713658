package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.Investigation;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class GeneratedCaseProperties {

    @Property(tries = 2000)
    void generated_cases_are_valid_and_have_no_defects(@ForAll CaseUnderTest c) {
        CaseProcess p = c.process();
        assertThat(CaseProcess.builder().from(p).build()).isEqualTo(p);
        assertThat(c.defects()).isEmpty();
        assertThat(c.asOf()).isEqualTo(CaseUnderTest.defaultAsOf(p));
    }

    @Property(tries = 500)
    void generated_timelines_follow_the_vum_order(@ForAll CaseProcess p) {
        List<CaseEvent> events = p.events();
        assertThat(events.get(0)).isInstanceOf(Contact.class);
        assertThat(events.get(0).date()).isEqualTo(p.openedOn());
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).date()).isAfterOrEqualTo(events.get(i - 1).date());
        }
        for (CaseEvent e : events) {
            if (e instanceof Decision) {
                assertThat(events.stream()
                                .filter(x -> x instanceof Investigation)
                                .allMatch(x -> x.date().isBefore(e.date())))
                        .isTrue();
                if (((Decision) e).outcome() != io.github.inddragelse.model.caseprocess.DecisionOutcome.GRANTED) {
                    assertThat(events.stream()
                                    .anyMatch(x ->
                                            x instanceof Hearing && x.date().isBefore(e.date())))
                            .isTrue();
                }
            }
        }
    }
}
