package io.github.inddragelse.testkit;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.inddragelse.testkit.internal.CaseProcessArbitraryProvider;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.providers.ArbitraryProvider;
import org.junit.jupiter.api.Test;

/**
 * The public API of the testkit, checked on the compiled main classes: the module exports exactly
 * its packages that are not internal, provides the arbitrary provider, and no public or protected
 * member of an API type exposes a type of the internal package (which the API classes use inside).
 */
class PublicApiTest {

    private static final String API = "io.github.inddragelse.testkit";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(API);

    /** The module descriptor, read from the compiled classes (the tests run on the class path). */
    private static ModuleDescriptor module() throws Exception {
        URI classes = CaseProcesses.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI();
        try (InputStream in = classes.resolve("module-info.class").toURL().openStream()) {
            return ModuleDescriptor.read(in);
        }
    }

    private static boolean internal(String packageName) {
        return packageName.equals(API + ".internal") || packageName.startsWith(API + ".internal.");
    }

    /** Public, and so is every class it is nested in. */
    private static boolean reachable(JavaClass type) {
        Optional<JavaClass> at = Optional.of(type);
        while (at.isPresent()) {
            if (!at.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
            at = at.get().getEnclosingClass();
        }
        return true;
    }

    @Test
    void the_import_sees_the_main_classes_of_both_packages_and_no_test_class() {
        assertThat(MAIN.contain(CaseProcesses.class)).isTrue();
        assertThat(MAIN.contain(CaseProcessArbitraryProvider.class)).isTrue();
        assertThat(MAIN.contain(PublicApiTest.class)).isFalse();
    }

    @Test
    void the_module_exports_exactly_its_packages_that_are_not_internal_and_opens_none() throws Exception {
        ModuleDescriptor module = module();
        Set<String> notInternal = MAIN.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> !internal(p))
                .collect(toSet());

        assertThat(module.name()).isEqualTo(API);
        assertThat(module.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(toSet()))
                .isEqualTo(notInternal)
                .containsExactly(API);
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(module.opens()).isEmpty();
        assertThat(module.isOpen()).isFalse();
    }

    @Test
    void the_module_and_the_service_file_provide_the_arbitrary_provider() throws Exception {
        ModuleDescriptor module = module();
        String provider = CaseProcessArbitraryProvider.class.getName();

        assertThat(module.provides())
                .extracting(p -> Map.entry(p.service(), p.providers()))
                .containsExactly(Map.entry(ArbitraryProvider.class.getName(), List.of(provider)));
        assertThat(ArbitraryProvider.class).isAssignableFrom(CaseProcessArbitraryProvider.class);
        try (InputStream in =
                CaseProcesses.class.getResourceAsStream("/META-INF/services/" + ArbitraryProvider.class.getName())) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(provider);
        }
    }

    @Test
    void no_public_or_protected_member_of_an_api_type_exposes_an_internal_type() {
        List<JavaClass> api = MAIN.stream()
                .filter(t -> !internal(t.getPackageName()) && reachable(t))
                .toList();

        assertThat(api)
                .extracting(JavaClass::getName)
                .contains(
                        CaseProcesses.class.getName(),
                        Defects.class.getName(),
                        CaseUnderTest.class.getName(),
                        ChecklistResponses.class.getName(),
                        AssessmentAssert.class.getName());
        assertThat(exposures(api)).isEmpty();
    }

    @Test
    void the_check_finds_internal_types_where_they_are_exposed_inside_the_internal_package() {
        List<JavaClass> internals =
                MAIN.stream().filter(t -> internal(t.getPackageName())).toList();

        assertThat(exposures(internals)).isNotEmpty();
    }

    /** Each use of an internal type in the signature of a type or of its public or protected members. */
    private static List<String> exposures(List<JavaClass> types) {
        List<String> exposures = new ArrayList<>();
        for (JavaClass type : types) {
            List<JavaType> signature = new ArrayList<>();
            type.getSuperclass().ifPresent(signature::add);
            signature.addAll(type.getInterfaces());
            internalIn(signature).forEach(t -> exposures.add(type.getName() + " extends or implements " + t));
            for (JavaMember member : type.getMembers()) {
                Set<JavaModifier> modifiers = member.getModifiers();
                if (!modifiers.contains(JavaModifier.PUBLIC) && !modifiers.contains(JavaModifier.PROTECTED)) {
                    continue;
                }
                List<JavaType> uses = new ArrayList<>();
                if (member instanceof JavaField field) {
                    uses.add(field.getType());
                } else if (member instanceof JavaCodeUnit code) {
                    uses.add(code.getReturnType());
                    uses.addAll(code.getParameterTypes());
                    uses.addAll(code.getThrowsClause().getTypes());
                }
                internalIn(uses).forEach(t -> exposures.add(member.getFullName() + " uses " + t));
            }
        }
        return exposures;
    }

    /** The names of the internal types among the types and their type arguments. */
    private static List<String> internalIn(List<? extends JavaType> types) {
        return types.stream()
                .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                .filter(t -> internal(t.getPackageName()))
                .map(JavaClass::getName)
                .toList();
    }
}
