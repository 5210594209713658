package io.github.inddragelse.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value type of the library: generated implementations are
 * package-private and hidden behind the abstract type, only JDK collections are used, and redacted
 * attributes print as {@code <redacted>}.
 *
 * <p>{@code builderVisibility = PACKAGE} makes each generated builder package-private, as the
 * generated implementation around it already is, so that javadoc documents its setters, with their
 * generated comments, on the public nested {@code Builder} of each value type that extends it rather
 * than listing only their names as inherited from an inaccessible class. The setters stay public and
 * are called through that {@code Builder} exactly as before.
 *
 * <p>{@code allowedClasspathAnnotations} names only {@link Override} (which is always applied), so
 * that Immutables adds none of the annotations it would otherwise find on the class path, among
 * them {@code org.immutables.value.Generated}: that annotation's class is not shipped with the
 * library (the Immutables annotations are a compile-time dependency only), and javac with {@code
 * -Xlint} warns about every generated class that carries it when compiling code that uses the model.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        redactedMask = "<redacted>",
        allowedClasspathAnnotations = {Override.class},
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        defaults = @Value.Immutable(copy = true),
        get = {"is*", "get*"},
        init = "*",
        optionalAcceptNullable = false,
        allParameters = false,
        privateNoargConstructor = false,
        depluralize = true,
        depluralizeDictionary = {"violation", "event", "participant", "goal", "indicator", "reference"})
public @interface ValueStyle {}
