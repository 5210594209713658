package io.github.inddragelse.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.inddragelse.model.catalogue.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of the model module and its purity, checked on the compiled main classes (like
 * ArchUnit's own {@code PublicAPIRules}).
 */
class PublicApiTest {

    private static final String MODULE = "io.github.inddragelse.model";
    private static final String INTERNAL = "..internal..";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(MODULE);

    @Test
    void the_import_sees_the_main_classes_only() {
        assertThat(MAIN.contain(Catalogue.class)).isTrue();
        assertThat(MAIN.contain(PublicApiTest.class)).isFalse();
        assertThat(MAIN.stream().filter(c -> c.getPackageName().endsWith(".internal")))
                .isNotEmpty();
    }

    @Test
    void no_public_member_of_a_public_class_exposes_an_internal_type() {
        classes()
                .that()
                .arePublic()
                .and()
                .resideOutsideOfPackage(INTERNAL)
                .should(notExposeInternalTypes())
                .check(MAIN);
    }

    @Test
    void the_model_uses_no_json_binding_no_jqwik_no_files_and_no_network() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson.databind..", "net.jqwik..", "java.nio.file..", "java.net..")
                .orShould()
                .dependOnClassesThat(fileAccess())
                .check(MAIN);
    }

    @Test
    void the_model_depends_only_on_the_jdk_slf4j_and_the_immutables_annotations() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", MODULE + "..", "org.slf4j..", "org.immutables.value..")
                .check(MAIN);
    }

    @Test
    void the_model_never_reads_the_system_clock() {
        noClasses()
                .should()
                .callMethodWhere(readsTheClock())
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(InstantSource.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Clock.class)
                .check(MAIN);
    }

    @Test
    void the_model_holds_no_static_mutable_state() {
        fields().that().areStatic().should().beFinal().check(MAIN);
    }

    @Test
    void the_module_exports_exactly_its_packages_that_are_not_internal() throws IOException, URISyntaxException {
        ModuleDescriptor descriptor = descriptor();
        Set<String> notInternal = MAIN.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> !p.endsWith(".internal") && !p.contains(".internal."))
                .collect(Collectors.toSet());

        assertThat(descriptor.name()).isEqualTo(MODULE);
        Set<String> exported = descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        // a package someone forgets to export fails here, and so does exporting the internal one
        assertThat(exported)
                .isEqualTo(notInternal)
                .contains(MODULE, MODULE + ".caseprocess", MODULE + ".catalogue")
                .noneMatch(p -> p.contains(".internal"));
        assertThat(descriptor.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(descriptor.opens()).noneMatch(o -> o.source().contains(".internal"));
        assertThat(descriptor.isOpen()).isFalse();
    }

    /**
     * The module descriptor: from the running module when the tests run on the module path, else
     * parsed from {@code module-info.class} in the compiled classes.
     */
    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Module module = Catalogue.class.getModule();
        if (module.isNamed()) {
            return module.getDescriptor();
        }
        Path classes = Path.of(Catalogue.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    private static ArchCondition<JavaClass> notExposeInternalTypes() {
        return new ArchCondition<>("not expose types of internal packages in public or protected members") {
            @Override
            public void check(JavaClass clazz, ConditionEvents events) {
                List<String> exposures = new ArrayList<>();
                clazz.getRawSuperclass()
                        .filter(PublicApiTest::isInternal)
                        .ifPresent(s -> exposures.add("extends " + s.getName()));
                clazz.getRawInterfaces().stream()
                        .filter(PublicApiTest::isInternal)
                        .forEach(i -> exposures.add("implements " + i.getName()));
                for (JavaMember member : clazz.getMembers()) {
                    if (!isApi(member)) {
                        continue;
                    }
                    involvedTypes(member)
                            .filter(PublicApiTest::isInternal)
                            .forEach(t -> exposures.add(member.getFullName() + " uses " + t.getName()));
                }
                exposures.forEach(e -> events.add(SimpleConditionEvent.violated(clazz, e)));
                if (exposures.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(clazz, clazz.getName() + " exposes nothing internal"));
                }
            }
        };
    }

    private static boolean isApi(JavaMember member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC)
                || member.getModifiers().contains(JavaModifier.PROTECTED);
    }

    private static Stream<JavaClass> involvedTypes(JavaMember member) {
        Stream<JavaType> types;
        if (member instanceof JavaField) {
            types = Stream.of(((JavaField) member).getType());
        } else {
            JavaCodeUnit code = (JavaCodeUnit) member;
            types = Stream.concat(
                    Stream.concat(Stream.of(code.getReturnType()), code.getParameterTypes().stream()),
                    code.getThrowsClause().getTypes().stream());
        }
        return types.flatMap(t -> t.getAllInvolvedRawTypes().stream());
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().endsWith(".internal")
                || type.getPackageName().contains(".internal.");
    }

    private static DescribedPredicate<JavaClass> fileAccess() {
        return DescribedPredicate.describe(
                "are java.io file classes",
                c -> c.getPackageName().equals("java.io")
                        && (c.getSimpleName().startsWith("File")
                                || c.getSimpleName().equals("RandomAccessFile")));
    }

    private static DescribedPredicate<JavaMethodCall> readsTheClock() {
        return DescribedPredicate.describe(
                "read the system clock (java.time *.now(), System.currentTimeMillis(), System.nanoTime())", call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    return (owner.startsWith("java.time.") && name.equals("now"))
                            || (owner.equals("java.lang.System")
                                    && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
                });
    }
}
