package io.github.inddragelse.testkit;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.testkit.internal.DefectOps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reading and replacing the events of a case, for tests that shape cases by hand with the model's builders. */
final class CaseEvents {

    private CaseEvents() {}

    /** The events of a type in a process, in timeline order. */
    static <T extends CaseEvent> List<T> eventsOf(CaseProcess p, Class<T> type) {
        return p.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The case with these events instead of its own, stably sorted by date (so an event keeps its place
     * among those of its day), every provision a decision names applied for, as of the same date.
     */
    static CaseUnderTest withEvents(CaseUnderTest c, List<CaseEvent> events) {
        List<CaseEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(CaseEvent::date));
        Set<LegalReference> appliedFor = new LinkedHashSet<>(c.process().appliedFor());
        for (CaseEvent e : sorted) {
            if (e instanceof Decision d) {
                appliedFor.add(d.provision());
            }
        }
        CaseProcess p = CaseProcess.builder()
                .from(c.process())
                .events(sorted)
                .appliedFor(List.copyOf(appliedFor))
                .build();
        return new CaseUnderTest(p, c.asOf());
    }

    /**
     * A copy of an investigation under another id and date, every life area of it at one function level
     * and support need.
     */
    static Investigation reassessed(Investigation i, String id, LocalDate date, FunctionLevel level, SupportNeed need) {
        return Investigation.builder()
                .from(DefectOps.withLifeAreas(i, level, need))
                .id(id)
                .date(date)
                .build();
    }

    /** The case with events added after those of their day. */
    static CaseUnderTest withAdded(CaseUnderTest c, CaseEvent... added) {
        List<CaseEvent> events = new ArrayList<>(c.process().events());
        events.addAll(List.of(added));
        return withEvents(c, events);
    }
}
