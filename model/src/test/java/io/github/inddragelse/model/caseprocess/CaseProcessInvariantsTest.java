package io.github.inddragelse.model.caseprocess;

import static io.github.inddragelse.model.caseprocess.Fixtures.CASEWORKER;
import static io.github.inddragelse.model.caseprocess.Fixtures.OPENED;
import static io.github.inddragelse.model.caseprocess.Fixtures.PROVIDER;
import static io.github.inddragelse.model.caseprocess.Fixtures.day;
import static io.github.inddragelse.model.caseprocess.Invalid.v;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A case process with any combination of independent defects reports every one of them, and only
 * them, in one {@link InvalidModelException}, whose message never contains free text. Runs every
 * single defect, every pair, and 300 seeded random combinations (the model's tests stay free of
 * jqwik; the testkit's {@code InvalidCaseProperties} checks the same on generated cases).
 */
class CaseProcessInvariantsTest {

    private static final String SENTINEL = "SENTINEL-7f3a";

    /**
     * One defect: what it does to the scenario (returning the path of the part it added, or "" for
     * the process itself), and the path under that part and the message of the violation it must
     * produce.
     */
    enum Defect {
        CASE_ID_SHAPED_LIKE_A_CPR_NUMBER(
                onProcess(s -> s.caseId = "0101901234"), "caseId", "looks like a CPR number; use a pseudonymous id"),
        BLANK_MUNICIPALITY(onProcess(s -> s.municipality = " "), "municipality", "must be 1-64 characters"),
        NO_TARGET_GROUP(
                onProcess(s -> s.targetGroups = Set.of()), "targetGroups", "must name at least one target group"),
        ZERO_DEADLINE(onProcess(s -> s.deadline = Period.ZERO), "processingDeadline", "must be a positive period"),
        DUPLICATE_PARTICIPANT(
                s -> s.addParticipant(
                        Participant.builder().id(CASEWORKER).role(Role.RELATIVE).build()),
                ".id",
                "duplicate participant id 'sb-1'"),
        SECOND_CITIZEN(
                onProcess(s -> s.addParticipant(Participant.builder()
                        .id("borger-2")
                        .role(Role.CITIZEN)
                        .description(SENTINEL)
                        .build())),
                "participants",
                "has 2 participants with role citizen; one is allowed"),
        DUPLICATE_EVENT_ID(s -> s.addEvent(Fixtures.meeting(SENTINEL)), ".id", "duplicate event id 'e03'"),
        EVENT_BEFORE_OPENING(
                s -> s.addEvent(Meeting.builder()
                        .from(Fixtures.meeting(SENTINEL))
                        .id("x-early")
                        .date(OPENED.minusDays(1))
                        .build()),
                ".date",
                "is before the case was opened (2026-03-02)"),
        UNKNOWN_PARTICIPANT(
                s -> s.addEvent(Meeting.builder()
                        .from(Fixtures.meeting(SENTINEL))
                        .id("x-ghost")
                        .participantIds(List.of("ghost-1"))
                        .build()),
                ".participantIds[0]",
                "names no participant ('ghost-1')"),
        DECLINED_MEETING_WITH_THE_CITIZEN(
                s -> s.addEvent(Meeting.builder()
                        .from(Fixtures.meeting(SENTINEL))
                        .id("x-declined")
                        .citizenDeclined(true)
                        .build()),
                ".citizenDeclined",
                "is true, but meeting 'x-declined' lists the citizen among its participantIds"),
        ORDER_TO_A_CASEWORKER(
                s -> s.addEvent(ProviderOrder.builder()
                        .from(Fixtures.providerOrder(SENTINEL))
                        .id("x-order")
                        .providerId(CASEWORKER)
                        .build()),
                ".providerId",
                "names participant 'sb-1' whose role is caseworker"),
        GOAL_ID_NAMING_A_CONTACT(
                s -> s.addEvent(ProviderOrder.builder()
                        .from(Fixtures.providerOrder(SENTINEL))
                        .id("x-order-2")
                        .providerId(PROVIDER)
                        .goalIds(List.of("e01"))
                        .build()),
                ".goalIds[0]",
                "names event 'e01' which is a contact, not a goal"),
        COMPLAINT_ABOUT_A_CONTACT(
                s -> s.addEvent(Complaint.builder()
                        .from(Fixtures.complaint(SENTINEL))
                        .id("x-complaint")
                        .decisionId("e01")
                        .build()),
                ".decisionId",
                "names event 'e01' which is a contact, not a decision"),
        COMPLAINT_BEFORE_THE_DECISION(
                s -> s.addEvent(Complaint.builder()
                        .id("x-complaint-2")
                        .date(day(4, 27))
                        .decisionId("e11")
                        .note(SENTINEL)
                        .build()),
                ".date",
                "is before the decision complained about (2026-04-28)"),
        DECISION_ON_A_PROVISION_NOT_APPLIED_FOR(
                s -> s.addEvent(Decision.builder()
                        .from(Fixtures.decision(SENTINEL))
                        .id("x-decision")
                        .provision(LegalReferences.SEL_97)
                        .build()),
                ".provision",
                "is SEL §97, which is not among the provisions applied for"),
        CASEWORKER_CHANGE_TO_A_STRANGER(
                s -> s.addEvent(CaseworkerChange.builder()
                        .from(Fixtures.caseworkerChange(SENTINEL))
                        .id("x-change")
                        .toCaseworkerId("sb-none")
                        .build()),
                ".toCaseworkerId",
                "names no participant ('sb-none')");

        private final Function<Scenario, String> change;
        private final String path;
        private final String message;

        Defect(Function<Scenario, String> change, String path, String message) {
            this.change = change;
            this.path = path;
            this.message = message;
        }

        void apply(Scenario s) {
            s.expected.add(v(change.apply(s) + path, message));
        }
    }

    /** A change to the process itself: the violation's path is not under an added part. */
    private static Function<Scenario, String> onProcess(Consumer<Scenario> change) {
        return s -> {
            change.accept(s);
            return "";
        };
    }

    /** The valid full process of {@link Fixtures}, with room for defects. */
    static final class Scenario {
        String caseId = "sag-2026-0042";
        String municipality = "0751";
        Set<TargetGroup> targetGroups = Set.of(TargetGroup.MENTAL_HEALTH);
        Period deadline = Period.ofWeeks(8);
        final List<Participant> participants = new ArrayList<>(Fixtures.participants(SENTINEL));
        final List<CaseEvent> events = new ArrayList<>(Fixtures.events(SENTINEL));
        final List<Violation> expected = new ArrayList<>();

        String addParticipant(Participant p) {
            participants.add(p);
            return "participants[" + (participants.size() - 1) + "]";
        }

        String addEvent(CaseEvent e) {
            events.add(e);
            return "events[" + (events.size() - 1) + "]";
        }

        CaseProcess build() {
            return Fixtures.process(SENTINEL)
                    .caseId(caseId)
                    .municipality(municipality)
                    .targetGroups(targetGroups)
                    .processingDeadline(deadline)
                    .participants(participants)
                    .events(events)
                    .build();
        }
    }

    static Stream<Set<Defect>> combinations() {
        List<Set<Defect>> all = new ArrayList<>();
        all.add(EnumSet.noneOf(Defect.class));
        for (Defect a : Defect.values()) {
            all.add(EnumSet.of(a));
            for (Defect b : Defect.values()) {
                if (a.ordinal() < b.ordinal()) {
                    all.add(EnumSet.of(a, b));
                }
            }
        }
        Random random = new Random(20261122L);
        for (int i = 0; i < 300; i++) {
            Set<Defect> some = EnumSet.noneOf(Defect.class);
            for (Defect d : Defect.values()) {
                if (random.nextBoolean()) {
                    some.add(d);
                }
            }
            all.add(some);
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void every_combination_of_defects_is_reported_in_full_in_one_exception(Set<Defect> defects) {
        Scenario scenario = new Scenario();
        defects.stream().sorted().forEach(d -> d.apply(scenario));

        if (defects.isEmpty()) {
            assertThat(scenario.build().events()).hasSize(17);
            return;
        }
        InvalidModelException e = Invalid.thrownBy(scenario::build);
        assertThat(e.type()).isEqualTo("CaseProcess");
        assertThat(e.violations()).containsExactlyInAnyOrderElementsOf(scenario.expected);
        assertThat(e.getMessage())
                .startsWith("Invalid CaseProcess (" + scenario.expected.size() + " problem")
                .doesNotContain(SENTINEL);
    }

    @Test
    void a_deadline_that_counted_from_the_opening_ends_beyond_any_date_is_reported_once_and_a_long_one_is_not() {
        Scenario scenario = new Scenario();
        scenario.deadline = Period.ofYears(999_999_999);

        assertThat(Invalid.thrownBy(scenario::build).violations())
                .containsExactly(v(
                        "processingDeadline",
                        "is too long: counted from openedOn, it ends beyond the latest date that can be represented"));

        scenario.deadline = Period.ofYears(-999_999_999);
        assertThat(Invalid.thrownBy(scenario::build).violations())
                .containsExactly(v("processingDeadline", "must be a positive period"));

        scenario.deadline = Period.ofYears(5_000);
        CaseProcess process = scenario.build();
        assertThat(process.decisionDueBy()).contains(process.openedOn().plusYears(5_000));
    }

    @Test
    void all_defects_at_once_are_all_reported() {
        Scenario scenario = new Scenario();
        for (Defect d : Defect.values()) {
            d.apply(scenario);
        }
        InvalidModelException e = Invalid.thrownBy(scenario::build);
        assertThat(e.violations())
                .hasSize(Defect.values().length)
                .containsExactlyInAnyOrderElementsOf(scenario.expected);
    }

    @Test
    void all_defects_at_once_are_reported_in_the_order_they_are_checked() {
        Scenario scenario = new Scenario();
        for (Defect d : Defect.values()) {
            d.apply(scenario);
        }
        // the defects are declared in the order the checks meet them
        assertThat(Invalid.thrownBy(scenario::build).violations()).containsExactlyElementsOf(scenario.expected);
    }

    @Test
    void an_order_listing_a_goal_twice_is_reported_for_short_and_long_lists() {
        List<String> shortList = List.of("e06", "e06", "e99");
        List<String> longList = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            longList.add(i % 7 == 6 ? "e06" : "g" + (i % 10));
        }
        Scenario scenario = new Scenario();
        String first = scenario.addEvent(ProviderOrder.builder()
                .from(Fixtures.providerOrder(SENTINEL))
                .id("x-order-short")
                .goalIds(shortList)
                .build());
        String second = scenario.addEvent(ProviderOrder.builder()
                .from(Fixtures.providerOrder(SENTINEL))
                .id("x-order-long")
                .goalIds(longList)
                .build());

        List<Violation> expected = new ArrayList<>();
        expected.add(v(first + ".goalIds[1]", "lists the same goal twice"));
        expected.add(v(first + ".goalIds[2]", "names no event ('e99')"));
        for (int i = 0; i < longList.size(); i++) {
            String goal = longList.get(i);
            if (!goal.equals("e06")) {
                expected.add(v(second + ".goalIds[" + i + "]", "names no event ('" + goal + "')"));
            }
            if (longList.subList(0, i).contains(goal)) {
                expected.add(v(second + ".goalIds[" + i + "]", "lists the same goal twice"));
            }
        }
        assertThat(Invalid.thrownBy(scenario::build).violations()).containsExactlyElementsOf(expected);
    }

    @Test
    void a_meeting_the_citizen_declined_is_valid_without_the_citizen_and_each_one_listing_the_citizen_is_reported() {
        Scenario scenario = new Scenario();
        Meeting declined = Meeting.builder()
                .from(Fixtures.meeting(SENTINEL))
                .citizenDeclined(true)
                .build();
        scenario.addEvent(Meeting.builder()
                .from(declined)
                .id("x-declined")
                .participantIds(List.of(CASEWORKER))
                .build());
        assertThat(scenario.build().events()).hasSize(18);

        String first = scenario.addEvent(
                Meeting.builder().from(declined).id("x-both-1").build());
        String second = scenario.addEvent(
                Meeting.builder().from(declined).id("x-both-2").build());
        InvalidModelException e = Invalid.thrownBy(scenario::build);

        assertThat(e.violations())
                .containsExactly(
                        v(
                                first + ".citizenDeclined",
                                "is true, but meeting 'x-both-1' lists the citizen among its participantIds"),
                        v(
                                second + ".citizenDeclined",
                                "is true, but meeting 'x-both-2' lists the citizen among its participantIds"));
        assertThat(e.getMessage()).doesNotContain(SENTINEL).doesNotContain(Fixtures.CITIZEN);
    }

    @Test
    void many_participants_and_events_with_repeated_ids_are_each_reported() {
        Scenario scenario = new Scenario();
        for (int i = 0; i < 40; i++) {
            String path = scenario.addParticipant(Participant.builder()
                    .id("p-" + (i % 30))
                    .role(Role.RELATIVE)
                    .build());
            if (i >= 30) {
                scenario.expected.add(v(path + ".id", "duplicate participant id 'p-" + (i % 30) + "'"));
            }
        }
        for (int i = 0; i < 60; i++) {
            String path = scenario.addEvent(Meeting.builder()
                    .from(Fixtures.meeting(SENTINEL))
                    .id("m-" + (i % 50))
                    .participantIds(List.of("p-" + (i % 45)))
                    .build());
            if (i >= 50) {
                scenario.expected.add(v(path + ".id", "duplicate event id 'm-" + (i % 50) + "'"));
            }
            if (i % 45 >= 30) {
                scenario.expected.add(v(path + ".participantIds[0]", "names no participant ('p-" + (i % 45) + "')"));
            }
        }
        List<Violation> actual = Invalid.thrownBy(scenario::build).violations();
        // participants first, then each event's violations in the order of the events
        List<Violation> expected = new ArrayList<>(scenario.expected);
        expected.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** Where a violation of the many-ids scenario comes in the order checked. */
    private static int rank(Violation v) {
        String path = v.path();
        int index = Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
        return path.startsWith("participants") ? index : 1000 + 2 * index + (path.endsWith(".id") ? 0 : 1);
    }
}
