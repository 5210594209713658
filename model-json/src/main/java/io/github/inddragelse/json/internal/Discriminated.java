package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inddragelse.json.ProblemCode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A value of one of several shapes, told apart by a discriminator property holding a code (an
 * event's {@code kind}, a condition's {@code type}); the code says which table reads the rest of the
 * object. The discriminator is always written first.
 *
 * @param <T> the common type of the shapes
 */
public class Discriminated<T> extends ObjectType<T> {

    private final String property;
    private final String codeDescription;
    private final Map<String, ObjectCodec<? extends T, ?>> byCode;
    private final Function<T, String> codeOf;
    private final String codes;

    /**
     * Creates the type.
     *
     * @param property the discriminator property, for example {@code kind}
     * @param description how a value is named in messages, for example {@code "an event"}
     * @param codeDescription how the discriminator is named in messages, for example {@code "event
     *     kind"}
     * @param byCode the table of each code, in the order the codes are listed in messages
     * @param codeOf the code of a value
     */
    Discriminated(
            String property,
            String description,
            String codeDescription,
            Map<String, ObjectCodec<? extends T, ?>> byCode,
            Function<T, String> codeOf) {
        super(description);
        this.property = property;
        this.codeDescription = codeDescription;
        this.byCode = new LinkedHashMap<>(byCode);
        this.codeOf = codeOf;
        this.codes = String.join(", ", byCode.keySet());
    }

    /**
     * The discriminator property.
     *
     * @return the property name
     */
    public String property() {
        return property;
    }

    /**
     * The codes, in the order they are listed in messages, as a comma-separated list.
     *
     * @return the codes
     */
    public String codes() {
        return codes;
    }

    /**
     * The table of one code.
     *
     * @param code the code
     * @return the table, or null if the code is unknown
     */
    public ObjectCodec<? extends T, ?> codec(String code) {
        return byCode.get(code);
    }

    @Override
    T readObject(Node node, Path path, Reading reading) {
        Node code = node.member(property);
        if (code == null) {
            reading.missing(path.property(property), node, article(codeDescription) + " code string");
            return null;
        }
        if (code.type() != Node.Type.STRING) {
            reading.error(
                    ProblemCode.WRONG_TYPE,
                    path.property(property),
                    code,
                    "expected " + article(codeDescription) + " code string, found "
                            + code.type().description());
            return null;
        }
        ObjectCodec<? extends T, ?> codec = byCode.get(code.text());
        if (codec == null) {
            reading.error(
                    ProblemCode.UNKNOWN_CODE,
                    path.property(property),
                    code,
                    "is not a known " + codeDescription + "; expected one of: " + codes);
            return null;
        }
        return codec.readMembers(node, path, reading, Set.of(property));
    }

    @Override
    public void write(JsonGenerator generator, T value) throws IOException {
        String code = codeOf.apply(value);
        generator.writeStartObject();
        generator.writeStringField(property, code);
        writeMembers(byCode.get(code), generator, value);
        generator.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static <S> void writeMembers(ObjectCodec<S, ?> codec, JsonGenerator generator, Object value)
            throws IOException {
        codec.writeMembers(generator, (S) value);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + codes + "]";
    }
}
