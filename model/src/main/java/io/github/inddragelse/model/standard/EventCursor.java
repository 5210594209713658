package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * Walks the events of one kind in date order alongside a walk over other events in date order
 * (decisions, say). Asked for dates that never go back, it only ever moves forward, so a whole walk
 * is linear in both lists, where a search per date would cost a look-up and a binary search each
 * time.
 *
 * <pre>{@code
 * EventCursor<Investigation> investigations = new EventCursor<>(view.eventsOf(Investigation.class));
 * for (Decision d : view.eventsOf(Decision.class)) {
 *     Investigation latest = investigations.latestOnOrBefore(d.date()); // null if none
 * }
 * }</pre>
 *
 * <p>Not thread-safe: make one per evaluation.
 *
 * @param <T> the event type
 */
final class EventCursor<T extends CaseEvent> {

    private final List<T> events;
    /** How many events, from the start, are dated on or before the date last moved to. */
    private int passed;

    /**
     * Starts before the first event.
     *
     * @param events the events, by date
     */
    EventCursor(List<T> events) {
        this.events = events;
    }

    /**
     * Moves to a date, which must not be before the date last moved to, and gives the latest event
     * dated on or before it (the last in the list on a tie).
     *
     * @param date the date
     * @return the event, or null if none is dated on or before the date
     */
    T latestOnOrBefore(LocalDate date) {
        while (passed < events.size() && !events.get(passed).date().isAfter(date)) {
            passed++;
        }
        return passed == 0 ? null : events.get(passed - 1);
    }

    /**
     * How many events are dated on or before the date last moved to; they are the first ones.
     *
     * @return the count
     */
    int passed() {
        return passed;
    }

    /**
     * One of the events.
     *
     * @param index its index in date order
     * @return the event
     */
    T get(int index) {
        return events.get(index);
    }
}
