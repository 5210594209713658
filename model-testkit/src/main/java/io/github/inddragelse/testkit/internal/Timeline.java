package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Hearing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dates of a case: what happened when, as opposed to what was planned. */
public final class Timeline {

    private Timeline() {}

    /**
     * The latest date on which something happened: event dates, hearings answered, follow-ups held,
     * complaints reconsidered or sent on. Planned dates do not count.
     *
     * @param process the process
     * @return the latest factual date; the opening date if there are no events
     */
    public static LocalDate latestFact(CaseProcess process) {
        LocalDate latest = process.openedOn();
        for (CaseEvent event : process.events()) {
            for (LocalDate date : facts(event)) {
                if (date.isAfter(latest)) {
                    latest = date;
                }
            }
        }
        return latest;
    }

    /**
     * The factual dates of one event: its own date and any later date on which part of it happened.
     *
     * @param event the event
     * @return the dates
     */
    static List<LocalDate> facts(CaseEvent event) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(event.date());
        if (event instanceof Hearing) {
            ((Hearing) event).respondedOn().ifPresent(dates::add);
        } else if (event instanceof FollowUp) {
            ((FollowUp) event).heldOn().ifPresent(dates::add);
        } else if (event instanceof Complaint) {
            Complaint complaint = (Complaint) event;
            complaint.reconsideredOn().ifPresent(dates::add);
            complaint.forwardedOn().ifPresent(dates::add);
        }
        return dates;
    }

    /**
     * A date if it is known as of another date.
     *
     * @param date the date, if any
     * @param asOf the as-of date
     * @return the date if it is on or before the as-of date
     */
    static Optional<LocalDate> known(Optional<LocalDate> date, LocalDate asOf) {
        return date.filter(d -> !d.isAfter(asOf));
    }
}
