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
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        redactedMask = "<redacted>",
        defaults = @Value.Immutable(copy = true),
        get = {"is*", "get*"},
        init = "*",
        optionalAcceptNullable = false,
        allParameters = false,
        privateNoargConstructor = false,
        depluralize = true,
        depluralizeDictionary = {"violation", "event", "participant", "goal", "indicator", "reference"})
public @interface ValueStyle {}
