package io.github.inddragelse.model.caseprocess;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves that free text never reaches {@code toString()} or an {@link InvalidModelException}: a
 * sentinel is put in every free-text attribute of every value type, and must not come out.
 *
 * <p>The value types of the whole model and their {@code @Value.Redacted} attributes are found in
 * the compiled classes, so a new type or a new attribute holding strings ({@code String}, {@code
 * Optional<String>}, a collection or map of strings) fails this test until it is either redacted
 * free text (and filled with the sentinel by {@link Fixtures}) or declared below as an id or a
 * name.
 */
class RedactionTest {

    private static final String SENTINEL = "SENTINEL-7f3a";
    private static final String REDACTED = "org.immutables.value.Value$Redacted";

    /** Pseudonymous ids: checked by {@code Checks.pseudonymousId}, so never free text or CPR numbers. */
    private static final Set<String> IDS = Set.of(
            "CaseEvent.id",
            "CaseEvent.participantIds",
            "CaseProcess.caseId",
            "CaseProcess.citizenId",
            "Participant.id",
            "CaseworkerChange.fromCaseworkerId",
            "CaseworkerChange.toCaseworkerId",
            "Complaint.decisionId",
            "Coordination.counterpartParticipantId",
            "InformationGathering.sourceParticipantId",
            "ProviderOrder.providerId",
            "ProviderOrder.goalIds",
            "ChecklistResponse.respondentId",
            "ChecklistResponse.caseId",
            "Assessment.caseId",
            "Finding.evidence");

    /**
     * Names, codes and versions that are not about a person: municipalities, methods, instruments,
     * and the ids and versions of catalogue, rule, checklist and scoring data.
     */
    private static final Set<String> NAMES = Set.of(
            "CaseProcess.municipality",
            "MethodApplied.method",
            "ProgressMeasurement.instrument",
            "Catalogue.id",
            "Catalogue.version",
            "Dimension.id",
            "LegalReference.code",
            "LegalReference.section",
            "Assessment.catalogueId",
            "Assessment.catalogueVersion",
            "Assessment.scoringPolicyId",
            "Assessment.libraryVersion",
            "DimensionScore.criticalRuleIds",
            "Finding.ruleId",
            "Finding.dimensions",
            "Finding.messageKey",
            "Finding.args",
            "RuleDefinition.id",
            "RuleDefinition.dimensions",
            "AnswerOption.code",
            "AnswerScale.id",
            "Checklist.id",
            "Checklist.version",
            "ChecklistItem.id",
            "ChecklistItem.dimensions",
            "ChecklistResponse.checklistId",
            "ChecklistResponse.checklistVersion",
            "ChecklistResponse.answers",
            "ScoringPolicy.id");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.inddragelse.model");

    @Test
    void the_compiled_classes_reveal_every_value_type_and_its_free_text() {
        assertThat(valueTypes())
                .contains(Contact.class, Participant.class, LifeAreaAssessment.class, CaseProcess.class)
                .contains(Catalogue.class)
                .hasSizeGreaterThanOrEqualTo(EventKind.values().length + 6);
        assertThat(freeTextAttributes(Contact.class))
                .extracting(Method::getName)
                .containsExactlyInAnyOrder("note", "reason", "citizensOwnNeed");
        assertThat(freeTextAttributes(CaseProcess.class)).isEmpty();
        assertThat(stringAttributes(CaseProcess.class))
                .extracting(Method::getName)
                .containsExactlyInAnyOrder("caseId", "citizenId", "municipality");
    }

    @Test
    void every_string_attribute_is_redacted_free_text_or_a_declared_id_or_name() {
        List<String> undeclared = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Class<?> type : valueTypes()) {
            for (Method attribute : stringAttributes(type)) {
                String key = key(attribute);
                seen.add(key);
                boolean redacted = isRedacted(attribute);
                if (!redacted && !IDS.contains(key) && !NAMES.contains(key)) {
                    undeclared.add(key + " is neither @Value.Redacted nor declared as an id or a name");
                }
                if (redacted && NAMES.contains(key)) {
                    undeclared.add(key + " is redacted but declared as a name");
                }
            }
        }
        assertThat(undeclared).isEmpty();
        assertThat(seen)
                .as("declared ids and names that no longer exist")
                .containsAll(IDS)
                .containsAll(NAMES);
    }

    @Test
    void the_fixtures_put_the_sentinel_in_every_free_text_attribute_of_every_value_type() {
        Map<Class<?>, List<Object>> samples = samples();
        assertThat(samples.keySet())
                .as("a sample of every value type with free text")
                .containsAll(typesWithFreeText());
        List<String> unfilled = new ArrayList<>();
        for (Class<?> type : typesWithFreeText()) {
            for (Method attribute : freeTextAttributes(type)) {
                for (Object sample : samples.get(type)) {
                    if (!containsSentinel(invoke(attribute, sample))) {
                        unfilled.add(type.getSimpleName() + "." + attribute.getName());
                    }
                }
            }
        }
        assertThat(unfilled)
                .as("free-text attributes the fixtures leave without the sentinel")
                .isEmpty();
    }

    @Test
    void the_sentinel_never_appears_in_to_string_of_any_value() {
        CaseProcess process = Fixtures.process(SENTINEL).build();
        assertThat(process.toString()).doesNotContain(SENTINEL).doesNotContain(Fixtures.CITIZEN);
        samples().values().stream().flatMap(List::stream).forEach(value -> assertThat(value.toString())
                .as(value.getClass().getSimpleName())
                .doesNotContain(SENTINEL));
        samples().forEach((type, values) -> redactedAttributes(type)
                .forEach(attribute -> values.forEach(value -> {
                    Object redacted = invoke(attribute, value);
                    if (redacted instanceof Optional) {
                        redacted = ((Optional<?>) redacted).orElse(null);
                    }
                    if (redacted instanceof String) {
                        assertThat(value.toString()).as(key(attribute)).doesNotContain((String) redacted);
                    }
                })));
        assertThat(Fixtures.contact(SENTINEL).toString()).contains("note=<redacted>", "reason=<redacted>");
    }

    @Test
    void the_sentinel_never_appears_in_an_invalid_model_exception() {
        Map<Class<?>, List<Supplier<?>>> broken = brokenCopies();
        assertThat(broken.keySet())
                .as("a broken copy of every type with free text")
                .containsAll(typesWithFreeText());

        broken.forEach((type, copies) -> copies.forEach(copy -> {
            InvalidModelException e = Invalid.thrownBy(copy::get);
            assertThat(e.getMessage()).as(type.getSimpleName()).doesNotContain(SENTINEL);
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.path() + v.message())
                    .doesNotContain(SENTINEL));
        }));
    }

    /** Copies of the sentinel-filled samples with something else broken, so that building throws. */
    private static Map<Class<?>, List<Supplier<?>>> brokenCopies() {
        Map<Class<?>, List<Supplier<?>>> broken = new LinkedHashMap<>();
        Stream.concat(Fixtures.events(SENTINEL).stream(), Fixtures.participants(SENTINEL).stream())
                .forEach(value -> broken.computeIfAbsent(valueType(value), t -> new ArrayList<>())
                        .add(() -> rebuildWithId(value, "-no id")));
        broken.put(
                LifeAreaAssessment.class,
                List.of(
                        () -> LifeAreaAssessment.builder()
                                .from(Fixtures.lifeArea(SENTINEL))
                                .resources(" ")
                                .build(),
                        () -> LifeAreaAssessment.builder()
                                .from(Fixtures.lifeArea(SENTINEL))
                                .challenges(" ")
                                .build()));
        broken.get(Investigation.class).add(() -> Investigation.builder()
                .from(Fixtures.investigation(SENTINEL))
                .addLifeArea(LifeAreaAssessment.builder()
                        .area(LifeArea.SELF_CARE)
                        .functionLevel(FunctionLevel.MILD)
                        .resources(SENTINEL)
                        .build())
                .build());
        broken.put(CaseProcess.class, List.of(() -> Fixtures.process(SENTINEL)
                .caseId("010190-1234")
                .addParticipant(Participant.builder()
                        .id(Fixtures.CASEWORKER)
                        .role(Role.NETWORK)
                        .description(SENTINEL)
                        .build())
                .addEvent(Fixtures.meeting(SENTINEL))
                .build()));
        return broken;
    }

    /** Every value type of the model: the abstract type each generated {@code Immutable*} class implements. */
    private static List<Class<?>> valueTypes() {
        return MAIN.stream()
                .filter(c -> c.getSimpleName().startsWith("Immutable") && c.isTopLevelClass())
                .map(c -> c.getRawSuperclass().orElseThrow().reflect())
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .collect(Collectors.toList());
    }

    private static Map<Class<?>, List<Object>> samples() {
        Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();
        List<Object> all = new ArrayList<>();
        all.addAll(Fixtures.events(SENTINEL));
        all.addAll(Fixtures.participants(SENTINEL));
        all.addAll(Fixtures.investigation(SENTINEL).lifeAreas());
        all.add(Fixtures.process(SENTINEL).build());
        Catalogue catalogue = StandardCatalogue.get();
        all.add(catalogue);
        all.addAll(catalogue.dimensions());
        all.addAll(catalogue.legalReferences());
        for (Object value : all) {
            samples.computeIfAbsent(valueType(value), t -> new ArrayList<>()).add(value);
        }
        return samples;
    }

    private static Class<?> valueType(Object value) {
        return value.getClass().getSuperclass();
    }

    /** The attributes of a value type (abstract accessors and defaults) whose values are strings. */
    private static List<Method> stringAttributes(Class<?> type) {
        List<Method> attributes = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getParameterCount() == 0
                        && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic()
                        && isAttribute(m)
                        && holdsStrings(m.getGenericReturnType())) {
                    attributes.add(m);
                }
            }
        }
        return attributes;
    }

    private static List<Method> redactedAttributes(Class<?> type) {
        return stringAttributes(type).stream().filter(RedactionTest::isRedacted).collect(Collectors.toList());
    }

    private static List<Method> freeTextAttributes(Class<?> type) {
        return redactedAttributes(type).stream()
                .filter(m -> !IDS.contains(key(m)))
                .collect(Collectors.toList());
    }

    private static List<Class<?>> typesWithFreeText() {
        return valueTypes().stream()
                .filter(t -> !freeTextAttributes(t).isEmpty())
                .collect(Collectors.toList());
    }

    private static boolean isAttribute(Method m) {
        return Modifier.isAbstract(m.getModifiers())
                || archMethod(m).isAnnotatedWith("org.immutables.value.Value$Default")
                || archMethod(m).isAnnotatedWith("org.immutables.value.Value$Derived")
                || archMethod(m).isAnnotatedWith("org.immutables.value.Value$Lazy");
    }

    private static boolean isRedacted(Method m) {
        return archMethod(m).isAnnotatedWith(REDACTED);
    }

    private static JavaMethod archMethod(Method m) {
        JavaClass owner = MAIN.get(m.getDeclaringClass());
        return owner.getMethod(m.getName());
    }

    /** A string, or an optional, collection or map whose values are strings (map keys are ids). */
    private static boolean holdsStrings(Type type) {
        if (type == String.class) {
            return true;
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] arguments = p.getActualTypeArguments();
            return (raw == Optional.class || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))
                    && arguments[arguments.length - 1] == String.class;
        }
        return false;
    }

    private static String key(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + attributeName(m.getName());
    }

    /**
     * The attribute's name as the shared style derives it from the accessor: a {@code get} or {@code
     * is} prefix before a capital is dropped (CaseEvent's package-private {@code getId()} is {@code
     * id}).
     */
    private static String attributeName(String accessor) {
        for (String prefix : List.of("get", "is")) {
            if (accessor.length() > prefix.length()
                    && accessor.startsWith(prefix)
                    && Character.isUpperCase(accessor.charAt(prefix.length()))) {
                return Character.toLowerCase(accessor.charAt(prefix.length()))
                        + accessor.substring(prefix.length() + 1);
            }
        }
        return accessor;
    }

    private static boolean containsSentinel(Object value) {
        if (value instanceof Optional) {
            return ((Optional<?>) value).map(SENTINEL::equals).orElse(false);
        }
        if (value instanceof Collection) {
            return ((Collection<?>) value).contains(SENTINEL);
        }
        return SENTINEL.equals(value);
    }

    private static Object invoke(Method m, Object target) {
        try {
            m.setAccessible(true);
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + key(m), e);
        }
    }

    /** {@code X.builder().from(value).id(id).build()} for a value type with an {@code id} attribute. */
    private static Object rebuildWithId(Object value, String id) {
        Class<?> type = valueType(value);
        try {
            Object builder = type.getMethod("builder").invoke(null);
            Method from = builder.getClass().getMethod("from", type);
            from.setAccessible(true);
            builder = from.invoke(builder, value);
            Method setId = builder.getClass().getMethod("id", String.class);
            setId.setAccessible(true);
            builder = setId.invoke(builder, id);
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            return build.invoke(builder);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot rebuild " + type.getSimpleName(), e);
        }
    }
}
