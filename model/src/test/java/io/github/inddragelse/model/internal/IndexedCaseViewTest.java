package io.github.inddragelse.model.internal;

import static io.github.inddragelse.model.testing.CaseFixtures.CASEWORKER;
import static io.github.inddragelse.model.testing.CaseFixtures.CITIZEN;
import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexedCaseViewTest {

    private static final CaseProcess CASE = CaseFixtures.openedCase()
            .interpreter("tolk-1", InterpretationKind.LANGUAGE, false)
            .interpreter("tolk-2", InterpretationKind.SIGN, true)
            .participant("net-1", Role.NETWORK)
            .meeting("m-3", day(30))
            .meeting("m-1", day(10), m -> m.participantIds(List.of(CASEWORKER, "net-1")))
            .meeting("m-2", day(20), m -> m.participantIds(List.of(CASEWORKER, CITIZEN, "tolk-1")))
            .meeting("m-4", day(40), m -> m.participantIds(List.of(CASEWORKER)))
            .investigation("inv-1", day(15), i -> i.participantIds(List.of(CASEWORKER)))
            .build();

    @Test
    void the_events_with_the_citizen_are_the_known_events_the_citizen_took_part_in_by_date() {
        for (int days = 0; days <= 45; days += 5) {
            CaseView view = CaseView.of(CASE, day(days));
            assertThat(view.withCitizen(Meeting.class))
                    .containsExactlyElementsOf(withCitizen(view, view.eventsOf(Meeting.class)))
                    .isSameAs(view.withCitizen(Meeting.class));
            assertThat(view.withCitizen(Investigation.class)).isEmpty();
        }
        assertThat(CaseView.of(CASE, day(35)).withCitizen(Meeting.class))
                .extracting(CaseEvent::id)
                .containsExactly("m-2", "m-3");
    }

    @Test
    void the_adverse_decisions_are_those_not_fully_granting_the_request_by_date() {
        CaseProcess decided = CaseFixtures.openedCase()
                .decision("d-4", day(40), DecisionOutcome.STOPPED, d -> d.fullyGrantsRequest(true))
                .decision("d-3", day(30), DecisionOutcome.CHANGED)
                .decision("d-1", day(10), DecisionOutcome.GRANTED)
                .decision("d-2", day(20), DecisionOutcome.PARTLY_GRANTED)
                .decision("d-5", day(50), DecisionOutcome.CHANGED, d -> d.fullyGrantsRequest(true))
                .build();
        assertThat(CaseView.of(decided, day(60)).adverseDecisions())
                .extracting(CaseEvent::id)
                .containsExactly("d-2", "d-3");
        assertThat(CaseView.of(decided, day(25)).adverseDecisions())
                .extracting(CaseEvent::id)
                .containsExactly("d-2");
    }

    @Test
    void the_participants_with_a_role_are_listed_in_the_order_of_the_case() {
        CaseView view = CaseView.of(CASE, day(45));
        for (Role role : Role.values()) {
            assertThat(view.participantsWithRole(role))
                    .containsExactlyElementsOf(CASE.participants().stream()
                            .filter(p -> p.role() == role)
                            .toList());
        }
        assertThat(view.participantsWithRole(Role.INTERPRETER))
                .extracting(Participant::id)
                .containsExactly("tolk-1", "tolk-2");
    }

    @Test
    void a_subclass_of_an_event_type_finds_the_events_of_its_kind() {
        CaseView view = CaseView.of(CASE, day(45));
        Meeting first = view.eventsOf(Meeting.class).get(0);
        Class<? extends Meeting> type = first.getClass();
        List<?> found = view.eventsOf(type);
        assertThat(found).isEqualTo(view.eventsOf(Meeting.class));
    }

    @Test
    void a_view_as_of_a_date_before_the_case_was_opened_is_refused_naming_both_dates() {
        assertThatThrownBy(() -> CaseView.of(CASE, day(-1))).isInstanceOfSatisfying(InvalidModelException.class, e -> {
            assertThat(e.type()).isEqualTo("CaseView");
            assertThat(e.violations())
                    .extracting(Violation::toString)
                    .containsExactly("asOf: is 2025-08-31, before the case was opened (2025-09-01); a case"
                            + " can only be assessed as of its opening date or later");
        });
        assertThat(CaseView.of(CASE, day(0)).events()).extracting(CaseEvent::id).containsExactly(CaseFixtures.CONTACT);
    }

    private static <T extends CaseEvent> List<T> withCitizen(CaseView view, List<T> events) {
        return events.stream().filter(view::citizenTookPart).toList();
    }
}
