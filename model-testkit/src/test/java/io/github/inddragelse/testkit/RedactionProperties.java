package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.rule.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Property 5: a sentinel put into every free-text field of a generated case never comes out: not in
 * the {@code toString} of the case, its parts, the responses, the assessment or any of its findings
 * and scores, not in a finding's explanation or arguments, not in the message of an exception about
 * an invalid variant of the case, and not in what is logged when a rule throws an exception that
 * carries the free text.
 */
class RedactionProperties {

    private static final String SENTINEL = "SENTINEL-9d41e";
    private static final String THROWING_RULE = "throws-with-free-text";

    /** The standard rules, plus a rule that throws with the citizen's own words in its message. */
    private static final Assessor ASSESSOR = Assessor.builder()
            .standardContent()
            .addRule(TestRules.rule(THROWING_RULE, Severity.ADVISORY, "never", "involvement", view -> {
                throw new IllegalStateException("wishes: "
                        + view.eventsOf(Contact.class).stream()
                                .map(c -> c.citizensOwnNeed().orElse(""))
                                .findFirst()
                                .orElse(""));
            }))
            .build();

    @Property(tries = 200)
    void a_sentinel_in_every_free_text_field_never_reaches_a_string_a_message_or_the_log(
            @ForAll AssessmentInput generated) {
        CaseProcess process = FreeText.fill(generated.process(), SENTINEL);
        checkFilled(process);
        AssessmentInput input = new AssessmentInput(process, generated.responses(), generated.asOf());

        List<Object> values = new ArrayList<>();
        values.add(process);
        values.add(input);
        values.add(input.caseUnderTest());
        values.addAll(process.events());
        values.addAll(process.participants());
        process.events().stream()
                .filter(e -> e instanceof Investigation)
                .forEach(e -> values.addAll(((Investigation) e).lifeAreas()));
        values.addAll(input.responses());

        String log = capturingStandardError(() -> {
            Assessment assessment = input.assess(ASSESSOR);
            values.add(assessment);
            values.add(assessment.overall());
            values.addAll(assessment.findings());
            values.addAll(assessment.dimensions());
            values.addAll(assessment.itemScores());
            values.addAll(assessment.trustGaps());
            for (DimensionScore d : assessment.dimensions()) {
                values.addAll(d.lenses().values());
            }
            for (Finding f : assessment.findings()) {
                values.add(f.explanation());
                values.add(f.args());
                values.add(f.evidence());
                f.recommendation().ifPresent(values::add);
            }
            assertThat(assessment.finding(THROWING_RULE).orElseThrow().failed()).isTrue();
        });
        assertThat(log).as("the warning about the failed rule was captured").contains(THROWING_RULE);
        assertThat(log).as("log output").doesNotContain(SENTINEL);
        for (Object value : values) {
            assertThat(String.valueOf(value))
                    .as("toString of a %s", value.getClass().getSimpleName())
                    .doesNotContain(SENTINEL);
        }

        for (InvalidModelException e : invalidVariants(process)) {
            assertThat(e.getMessage()).doesNotContain(SENTINEL);
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.path() + " " + v.message())
                    .doesNotContain(SENTINEL));
            assertThat(String.valueOf(e.violations())).doesNotContain(SENTINEL);
        }
    }

    /** Invalid variants of the filled case, each with more free text in the part that is wrong. */
    private static List<InvalidModelException> invalidVariants(CaseProcess process) {
        List<InvalidModelException> thrown = new ArrayList<>();
        CaseEvent first = process.events().get(0);
        Meeting duplicate = Meeting.builder()
                .id(first.id())
                .date(process.openedOn().minusDays(1))
                .purpose(MeetingPurpose.INVESTIGATION)
                .addParticipantIds("ghost-1")
                .note(SENTINEL)
                .build();
        Participant stranger = Participant.builder()
                .id(process.participants().get(0).id())
                .role(Role.CITIZEN)
                .description(SENTINEL)
                .build();
        thrown.add(invalid(() -> CaseProcess.builder()
                .from(process)
                .addEvents(duplicate)
                .addParticipants(stranger)
                .build()));
        thrown.add(invalid(() -> Meeting.builder()
                .from(duplicate)
                .id("-not an id")
                .note(SENTINEL)
                .build()));
        thrown.add(invalid(() -> Participant.builder()
                .from(stranger)
                .role(Role.INTERPRETER)
                .description(SENTINEL)
                .build()));
        return thrown;
    }

    private static InvalidModelException invalid(Runnable build) {
        try {
            build.run();
        } catch (InvalidModelException e) {
            return e;
        }
        throw new AssertionError("the variant was valid");
    }

    /**
     * Checks that every free-text field of every event, participant and life area holds the sentinel:
     * every optional string attribute not named as an id, so that a new free-text field fails here
     * until {@link FreeText} fills it.
     */
    private static void checkFilled(CaseProcess process) {
        List<Object> parts = new ArrayList<>(process.events());
        parts.addAll(process.participants());
        process.events().stream()
                .filter(e -> e instanceof Investigation)
                .forEach(e -> parts.addAll(((Investigation) e).lifeAreas()));
        for (Object part : parts) {
            Class<?> type = part.getClass();
            while (!Modifier.isPublic(type.getModifiers())) {
                type = type.getSuperclass(); // from the generated Immutable* class to the public type
            }
            for (Method m : type.getMethods()) {
                if (isFreeText(m)) {
                    assertThat(invoke(m, part))
                            .as("%s.%s", part.getClass().getSimpleName(), m.getName())
                            .isEqualTo(Optional.of(SENTINEL));
                }
            }
        }
    }

    private static boolean isFreeText(Method m) {
        return m.getParameterCount() == 0
                && !Modifier.isStatic(m.getModifiers())
                && m.getReturnType() == Optional.class
                && m.getGenericReturnType() instanceof ParameterizedType
                && ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0] == String.class
                && !m.getName().endsWith("Id");
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + m, e);
        }
    }

    /** Runs an action with {@code System.err} (where slf4j-simple logs) captured, and returns it. */
    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
