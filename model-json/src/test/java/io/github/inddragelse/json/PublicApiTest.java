package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API of the JSON module: what it exports, opens and provides, and that nothing internal leaks. */
class PublicApiTest {

    private static final String API = "io.github.inddragelse.json";
    private static final String INTERNAL = API + ".internal";

    private static Path classes() throws URISyntaxException {
        return Path.of(InddragelseJson.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Module module = InddragelseJson.class.getModule();
        if (module.isNamed()) {
            return module.getDescriptor();
        }
        try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** The public classes of the API package, nested ones included. */
    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(classes().resolve(API.replace('.', '/')))) {
            List<Class<?>> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                try {
                    Class<?> type = Class.forName(API + "." + name.substring(0, name.length() - 6));
                    if (Modifier.isPublic(type.getModifiers())) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            return found;
        }
    }

    @Test
    void the_module_exports_only_the_api_and_opens_the_internals_to_jackson_alone() throws Exception {
        ModuleDescriptor descriptor = descriptor();

        assertThat(descriptor.name()).isEqualTo(API);
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly(API);
        assertThat(descriptor.opens()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo(INTERNAL);
            assertThat(o.targets()).containsExactly("com.fasterxml.jackson.databind");
        });
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name))
                .contains("io.github.inddragelse.model", "com.fasterxml.jackson.databind");
        Map<String, List<String>> provides = descriptor.provides().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers));
        assertThat(provides)
                .containsExactly(
                        Map.entry("com.fasterxml.jackson.databind.Module", List.of(InddragelseModule.class.getName())));
    }

    @Test
    void the_module_exports_exactly_its_packages_that_are_not_internal() throws Exception {
        Path root = classes();
        Set<String> notInternal;
        try (Stream<Path> files = Files.walk(root)) {
            notInternal = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                    .filter(p -> !p.isEmpty() && !p.equals(INTERNAL) && !p.startsWith(INTERNAL + "."))
                    .collect(Collectors.toSet());
        }

        // a package someone forgets to export fails here
        assertThat(descriptor().exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()))
                .isEqualTo(notInternal)
                .containsExactly(API);
    }

    @Test
    void the_service_file_names_the_module_too() throws Exception {
        String services =
                Files.readString(classes().resolve("META-INF/services/com.fasterxml.jackson.databind.Module"));

        assertThat(services.strip()).isEqualTo(InddragelseModule.class.getName());
    }

    @Test
    void no_public_or_protected_member_of_the_api_uses_an_internal_type() throws Exception {
        List<String> exposures = new ArrayList<>();
        List<Class<?>> api = apiClasses();
        for (Class<?> type : api) {
            List<Type> signature = new ArrayList<>();
            signature.add(type.getGenericSuperclass());
            signature.addAll(List.of(type.getGenericInterfaces()));
            for (Member member : members(type)) {
                if (!Modifier.isPublic(member.getModifiers()) && !Modifier.isProtected(member.getModifiers())) {
                    continue;
                }
                if (member instanceof Field field) {
                    signature.add(field.getGenericType());
                } else {
                    Executable code = (Executable) member;
                    signature.addAll(List.of(code.getGenericParameterTypes()));
                    signature.addAll(List.of(code.getGenericExceptionTypes()));
                    if (code instanceof Method method) {
                        signature.add(method.getGenericReturnType());
                    }
                }
            }
            signature.stream()
                    .flatMap(PublicApiTest::rawTypes)
                    .filter(c -> c.getPackageName().equals(INTERNAL))
                    .forEach(c -> exposures.add(type.getName() + " uses " + c.getName()));
        }

        assertThat(api).contains(InddragelseJson.class, JsonReadException.class, Samples.Sample.class);
        assertThat(exposures).isEmpty();
    }

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        members.addAll(List.of(type.getDeclaredConstructors()));
        members.addAll(List.of(type.getDeclaredMethods()));
        members.addAll(List.of(type.getDeclaredFields()));
        return members;
    }

    private static Stream<Class<?>> rawTypes(Type type) {
        if (type == null) {
            return Stream.empty();
        }
        if (type instanceof Class<?> c) {
            return c.isArray() ? rawTypes(c.getComponentType()) : Stream.of(c);
        }
        if (type instanceof ParameterizedType p) {
            return Stream.concat(
                    rawTypes(p.getRawType()),
                    Stream.of(p.getActualTypeArguments()).flatMap(PublicApiTest::rawTypes));
        }
        if (type instanceof GenericArrayType a) {
            return rawTypes(a.getGenericComponentType());
        }
        if (type instanceof WildcardType w) {
            return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .flatMap(PublicApiTest::rawTypes);
        }
        if (type instanceof TypeVariable<?> v) {
            return Set.of(v.getBounds()).stream().flatMap(PublicApiTest::rawTypes);
        }
        return Stream.empty();
    }
}
