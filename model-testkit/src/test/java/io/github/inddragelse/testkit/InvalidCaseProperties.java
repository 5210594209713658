package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;

/**
 * Property 6: a generated case broken in k independent ways reports all k violations, and only them,
 * in one {@link InvalidModelException} (not only the first), whose message never holds free text.
 */
class InvalidCaseProperties {

    private static final String SENTINEL = "SENTINEL-5b27c";

    /** One independent way to break any generated case, and the violation it must cause. */
    enum Breakage {
        CASE_ID_SHAPED_LIKE_A_CPR_NUMBER(d -> {
            d.builder.caseId("0101901234");
            return v("caseId", "looks like a CPR number; use a pseudonymous id");
        }),
        CITIZEN_ID_NAMING_NOBODY(d -> {
            d.builder.citizenId("borger-ukendt");
            return v("citizenId", "names no participant");
        }),
        BLANK_MUNICIPALITY(d -> {
            d.builder.municipality(" ");
            return v("municipality", "must be 1-64 characters");
        }),
        NO_TARGET_GROUP(d -> {
            d.builder.targetGroups(EnumSet.noneOf(TargetGroup.class));
            return v("targetGroups", "must name at least one target group");
        }),
        ZERO_DEADLINE(d -> {
            d.builder.processingDeadline(Period.ZERO);
            return v("processingDeadline", "must be a positive period");
        }),
        DUPLICATE_PARTICIPANT(d -> {
            String id = d.caseworkerId();
            String at = d.addParticipant(Participant.builder()
                    .id(id)
                    .role(Role.RELATIVE)
                    .description(SENTINEL)
                    .build());
            return v(at + ".id", "duplicate participant id '" + id + "'");
        }),
        SECOND_CITIZEN(d -> {
            d.addParticipant(Participant.builder()
                    .id("borger-to")
                    .role(Role.CITIZEN)
                    .description(SENTINEL)
                    .build());
            return v("participants", "has 2 participants with role citizen; one is allowed");
        }),
        DUPLICATE_EVENT_ID(d -> {
            String id = d.original.events().get(0).id();
            String at = d.addEvent(meeting(id, d).build());
            return v(at + ".id", "duplicate event id '" + id + "'");
        }),
        EVENT_BEFORE_OPENING(d -> {
            String at = d.addEvent(meeting("x-tidligt", d)
                    .date(d.original.openedOn().minusDays(1))
                    .build());
            return v(at + ".date", "is before the case was opened (" + d.original.openedOn() + ")");
        }),
        UNKNOWN_PARTICIPANT(d -> {
            String at = d.addEvent(meeting("x-spoegelse", d)
                    .participantIds(List.of("spoegelse-1"))
                    .build());
            return v(at + ".participantIds[0]", "names no participant ('spoegelse-1')");
        }),
        COMPLAINT_ABOUT_A_CONTACT(d -> {
            CaseEvent contact = d.original.events().get(0);
            String at = d.addEvent(Complaint.builder()
                    .id("x-klage")
                    .date(d.original.openedOn())
                    .decisionId(contact.id())
                    .note(SENTINEL)
                    .build());
            return v(
                    at + ".decisionId",
                    "names event '" + contact.id() + "' which is a "
                            + contact.kind().code() + ", not a decision");
        }),
        CASEWORKER_CHANGE_TO_A_STRANGER(d -> {
            String at = d.addEvent(CaseworkerChange.builder()
                    .id("x-skift")
                    .date(d.original.openedOn())
                    .fromCaseworkerId(d.caseworkerId())
                    .toCaseworkerId("sb-ukendt")
                    .note(SENTINEL)
                    .build());
            return v(at + ".toCaseworkerId", "names no participant ('sb-ukendt')");
        }),
        DECISION_ON_A_PROVISION_NOT_APPLIED_FOR(d -> {
            LegalReference other = LegalReferences.all().stream()
                    .filter(r -> r.code().startsWith("sel-"))
                    .filter(r -> !d.original.appliedFor().contains(r))
                    .findFirst()
                    .orElseThrow();
            String at = d.addEvent(Decision.builder()
                    .id("x-afgoerelse")
                    .date(d.original.openedOn())
                    .provision(other)
                    .outcome(DecisionOutcome.GRANTED)
                    .reasons(SENTINEL)
                    .build());
            return v(at + ".provision", "is " + other.citation() + ", which is not among the provisions applied for");
        });

        private final Function<Draft, Violation> apply;

        Breakage(Function<Draft, Violation> apply) {
            this.apply = apply;
        }
    }

    /** A generated case being broken: its builder, and the parts added so far. */
    static final class Draft {
        final CaseProcess original;
        final CaseProcess.Builder builder;
        final List<Participant> participants;
        final List<CaseEvent> events;

        Draft(CaseProcess original) {
            this.original = original;
            this.builder = CaseProcess.builder().from(original);
            this.participants = new ArrayList<>(original.participants());
            this.events = new ArrayList<>(original.events());
        }

        String caseworkerId() {
            return original.participants().stream()
                    .filter(p -> p.role() == Role.CASEWORKER)
                    .findFirst()
                    .orElseThrow()
                    .id();
        }

        String addParticipant(Participant p) {
            return add(participants, "participants", p);
        }

        String addEvent(CaseEvent e) {
            return add(events, "events", e);
        }

        /** Adds a part at the end of a list and returns its path, such as {@code events[12]}. */
        private static <T> String add(List<T> parts, String name, T part) {
            parts.add(part);
            return name + "[" + (parts.size() - 1) + "]";
        }

        CaseProcess build() {
            return builder.participants(participants).events(events).build();
        }
    }

    private static Meeting.Builder meeting(String id, Draft d) {
        return Meeting.builder()
                .id(id)
                .date(d.original.openedOn())
                .purpose(MeetingPurpose.INVESTIGATION)
                .participantIds(List.of(d.original.citizenId()))
                .note(SENTINEL);
    }

    private static Violation v(String path, String message) {
        return new Violation(path, message);
    }

    @Property(tries = 400)
    void a_case_broken_in_several_independent_ways_reports_every_violation_at_once(
            @ForAll CaseUnderTest generated, @ForAll @NotEmpty Set<Breakage> breakages) {
        CaseProcess filled = FreeText.fill(generated.process(), SENTINEL);
        Draft draft = new Draft(filled);
        List<Violation> expected = new ArrayList<>();
        breakages.stream().sorted().forEach(b -> expected.add(b.apply.apply(draft)));

        InvalidModelException e = catchThrowableOfType(InvalidModelException.class, draft::build);

        assertThat(e).as("building the broken case throws").isNotNull();
        assertThat(e.type()).isEqualTo("CaseProcess");
        assertThat(e.violations()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(e.getMessage())
                .startsWith("Invalid CaseProcess (" + expected.size() + " problem")
                .doesNotContain(SENTINEL);
    }

    @Example
    void a_case_broken_in_every_way_at_once_reports_all_of_them() {
        CaseProcess process = Scenarios.exemplary().process();
        Draft draft = new Draft(process);
        List<Violation> expected = new ArrayList<>();
        for (Breakage b : Breakage.values()) {
            expected.add(b.apply.apply(draft));
        }
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class, draft::build);
        assertThat(e.violations()).hasSize(Breakage.values().length).containsExactlyInAnyOrderElementsOf(expected);
    }
}
