package io.github.inddragelse.model.caseprocess;

import static io.github.inddragelse.model.caseprocess.Fixtures.minimalProcess;
import static io.github.inddragelse.model.caseprocess.Fixtures.process;
import static io.github.inddragelse.model.caseprocess.Invalid.assertInvalid;
import static io.github.inddragelse.model.caseprocess.Invalid.v;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.InvalidModelException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facts a source system may not record: each names a boolean attribute of an event or a
 * participant, every boolean attribute of the case is either one or left out on purpose, and a case may not declare a
 * fact not recorded while an event or participant records it as true.
 */
class RecordedFactTest {

    private static final String SENTINEL = "SENTINEL-rf-51c";

    /**
     * The boolean attributes that are not facts a system may leave unrecorded, each for the reason the
     * enum's javadoc gives: true unless set, not about practice, or true is the worse value.
     */
    private static final Set<String> LEFT_OUT = Set.of(
            "ActionPlan.offered",
            "DeadlineNotice.written",
            "Decision.discretionary",
            "Decision.fullyGrantsRequest",
            "Decision.isAdverse",
            "Meeting.citizenDeclined",
            "InformationGathering.citizenAskedToObtain",
            "Participant.underEighteen",
            "CaseProcess.citizenReachedPensionAge");

    private static final List<Class<?>> HOLDERS = List.of(
            CaseProcess.class,
            Participant.class,
            Contact.class,
            Meeting.class,
            InformationGathering.class,
            Investigation.class,
            Goal.class,
            Hearing.class,
            Decision.class,
            DeadlineNotice.class,
            ActionPlan.class,
            ProviderOrder.class,
            Coordination.class,
            MethodApplied.class,
            ProgressMeasurement.class,
            FollowUp.class,
            Complaint.class,
            CaseworkerChange.class,
            Guidance.class);

    private static String name(RecordedFact fact) {
        return fact.recordedOn().getSimpleName() + "." + fact.attribute();
    }

    @Test
    void every_boolean_attribute_of_the_case_is_a_recorded_fact_or_left_out_on_purpose() {
        Set<String> booleans = new TreeSet<>();
        for (Class<?> type : HOLDERS) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())
                        && !Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() == boolean.class
                        && m.getParameterCount() == 0
                        && !m.getName().equals("equals")) {
                    booleans.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        Set<String> facts = Stream.of(RecordedFact.values())
                .map(RecordedFactTest::name)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(facts).doesNotContainAnyElementsOf(LEFT_OUT);
        Set<String> all = new TreeSet<>(facts);
        all.addAll(LEFT_OUT);
        assertThat(all).isEqualTo(booleans);
    }

    @Test
    void every_fact_is_true_on_an_event_or_participant_exactly_when_its_attribute_is()
            throws ReflectiveOperationException {
        CaseProcess full = process(SENTINEL).build();
        for (RecordedFact fact : RecordedFact.values()) {
            Object holder = fact.recordedOn() == Participant.class
                    ? full.participants().get(0)
                    : full.events().stream()
                            .filter(fact.recordedOn()::isInstance)
                            .findFirst()
                            .orElseThrow();
            for (boolean value : new boolean[] {true, false}) {
                Object changed = with(holder, fact, value);
                boolean isTrue =
                        changed instanceof Participant p ? fact.isTrueOn(p) : fact.isTrueOn((CaseEvent) changed);
                assertThat(isTrue).as(fact + " set to " + value).isEqualTo(value);
            }
        }
    }

    /** A copy of an event or participant with one boolean attribute set, through its builder. */
    private static Object with(Object holder, RecordedFact fact, boolean value) throws ReflectiveOperationException {
        Class<?> type = fact.recordedOn();
        Object builder = type.getMethod("builder").invoke(null);
        builder.getClass().getMethod("from", type).invoke(builder, holder);
        builder.getClass().getMethod(fact.attribute(), boolean.class).invoke(builder, value);
        return builder.getClass().getMethod("build").invoke(builder);
    }

    @Test
    void codes_are_unique_kebab_case_and_labels_are_in_both_languages() {
        Set<String> codes = new TreeSet<>();
        for (RecordedFact fact : RecordedFact.values()) {
            assertThat(fact.code()).matches("[a-z]+(-[a-z]+)*");
            assertThat(codes.add(fact.code())).as(fact.code()).isTrue();
            assertThat(fact.label().da()).isNotBlank().isNotEqualTo(fact.label().en());
            assertThat(fact.label().en()).isNotBlank();
        }
    }

    @Test
    void a_fact_declared_not_recorded_that_an_event_records_as_true_is_reported_naming_the_event() {
        assertInvalid(
                () -> process(SENTINEL)
                        .addNotRecorded(RecordedFact.MEETING_PLACE_CHOSEN_BY_CITIZEN)
                        .build(),
                "CaseProcess",
                v(
                        "notRecorded",
                        "lists meeting-place-chosen-by-citizen as not recorded, but event 'e03' records"
                                + " placeChosenByCitizen as true"));
    }

    @Test
    void a_fact_declared_not_recorded_that_a_participant_records_as_true_is_reported_naming_the_participant() {
        assertInvalid(
                () -> process(SENTINEL)
                        .addNotRecorded(RecordedFact.PARTICIPANT_CHOSEN_BY_CITIZEN)
                        .build(),
                "CaseProcess",
                v(
                        "notRecorded",
                        "lists participant-chosen-by-citizen as not recorded, but participant 'net-1' records"
                                + " chosenByCitizen as true"));
    }

    @Test
    void every_event_and_participant_that_contradicts_a_declaration_is_reported_in_one_exception() {
        CaseProcess full = process(SENTINEL).build();
        List<String> expected = new ArrayList<>();
        for (RecordedFact fact : RecordedFact.values()) {
            full.participants().stream()
                    .filter(fact::isTrueOn)
                    .forEach(p -> expected.add(fact.code() + " participant '" + p.id() + "'"));
            full.events().stream()
                    .filter(fact::isTrueOn)
                    .forEach(e -> expected.add(fact.code() + " event '" + e.id() + "'"));
        }

        InvalidModelException e = Invalid.thrownBy(() -> CaseProcess.builder()
                .from(full)
                .addNotRecorded(RecordedFact.values())
                .build());

        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(e.violations())
                .extracting(violation -> violation.path() + " " + violation.message())
                .allMatch(s -> s.startsWith("notRecorded lists "))
                .extracting(
                        s -> s.replaceFirst("notRecorded lists (\\S+) as not recorded, but (\\S+ '[^']+').*", "$1 $2"))
                .containsExactlyElementsOf(expected);
        assertThat(e.getMessage()).doesNotContain(SENTINEL);
    }

    @Test
    void a_case_may_declare_every_fact_not_recorded_when_none_is_true_and_lists_them_in_declaration_order() {
        CaseProcess p = minimalProcess()
                .addNotRecorded(RecordedFact.GUIDANCE_WRITTEN, RecordedFact.DECISION_COMPLAINT_GUIDANCE)
                .build();

        assertThat(p.notRecorded())
                .containsExactly(RecordedFact.DECISION_COMPLAINT_GUIDANCE, RecordedFact.GUIDANCE_WRITTEN);
        assertThat(minimalProcess()
                        .addNotRecorded(RecordedFact.values())
                        .build()
                        .notRecorded())
                .isEqualTo(EnumSet.allOf(RecordedFact.class));
        assertThat(minimalProcess().build().notRecorded()).isEmpty();
    }
}
