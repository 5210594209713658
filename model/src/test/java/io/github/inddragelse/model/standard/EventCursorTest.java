package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.Investigation;
import org.junit.jupiter.api.Test;

class EventCursorTest {

    @Test
    void the_cursor_gives_the_latest_event_on_or_before_each_later_date() {
        EventCursor<Investigation> cursor = new EventCursor<>(openedCase()
                .investigation("inv-1", day(5))
                .investigation("inv-2", day(9))
                .investigation("inv-3", day(9))
                .investigation("inv-4", day(20))
                .viewAsOf(day(30))
                .eventsOf(Investigation.class));

        assertThat(cursor.latestOnOrBefore(day(4))).isNull();
        assertThat(cursor.passed()).isZero();
        assertThat(cursor.latestOnOrBefore(day(5)).id()).isEqualTo("inv-1");
        assertThat(cursor.latestOnOrBefore(day(9)).id()).isEqualTo("inv-3");
        assertThat(cursor.passed()).isEqualTo(3);
        assertThat(cursor.get(1).id()).isEqualTo("inv-2");
        assertThat(cursor.latestOnOrBefore(day(19)).id()).isEqualTo("inv-3");
        assertThat(cursor.latestOnOrBefore(day(25)).id()).isEqualTo("inv-4");
    }
}
