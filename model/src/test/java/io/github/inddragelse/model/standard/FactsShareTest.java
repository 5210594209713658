package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsShareTest {

    private static final List<Meeting> MEETINGS = openedCase()
            .meeting("m-1", day(1), m -> m.placeChosenByCitizen(true))
            .meeting("m-2", day(2), m -> m.placeChosenByCitizen(false))
            .meeting("m-3", day(3), m -> m.placeChosenByCitizen(true))
            .meeting("m-4", day(4), m -> m.placeChosenByCitizen(false))
            .viewAsOf(day(10))
            .eventsOf(Meeting.class);

    @Test
    void all_passing_is_met_with_every_event_as_evidence_in_order() {
        Evaluation e = Facts.share(MEETINGS, m -> true, "all", "some", "none");
        assertThat(e.outcome()).isEqualTo(Outcome.MET);
        assertThat(e.messageKey()).isEqualTo("all");
        assertThat(e.evidence()).containsExactly("m-1", "m-2", "m-3", "m-4");
        assertThat(e.args())
                .containsExactly(Map.entry("count", "4"), Map.entry("total", "4"), Map.entry("missing", "0"));
    }

    @Test
    void some_passing_is_partly_met_with_the_events_that_fall_short_as_evidence_in_order() {
        Evaluation e = Facts.share(MEETINGS, Meeting::placeChosenByCitizen, "all", "some", "none");
        assertThat(e.outcome()).isEqualTo(Outcome.PARTLY_MET);
        assertThat(e.messageKey()).isEqualTo("some");
        assertThat(e.evidence()).containsExactly("m-2", "m-4");
        assertThat(e.args())
                .containsExactly(Map.entry("count", "2"), Map.entry("total", "4"), Map.entry("missing", "2"));
    }

    @Test
    void none_passing_is_not_met_with_every_event_as_evidence_in_order() {
        Evaluation e = Facts.share(MEETINGS, m -> false, "all", "some", "none");
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(e.evidence()).containsExactly("m-1", "m-2", "m-3", "m-4");
    }

    @Test
    void share_of_counts_only_the_events_that_pass_the_first_test() {
        Evaluation e = Facts.shareOf(
                MEETINGS, m -> !m.id().equals("m-1"), Meeting::placeChosenByCitizen, "all", "some", "none");
        assertThat(e.evidence()).containsExactly("m-2", "m-4");
        assertThat(e.args())
                .containsExactly(Map.entry("count", "1"), Map.entry("total", "3"), Map.entry("missing", "2"));
    }
}
