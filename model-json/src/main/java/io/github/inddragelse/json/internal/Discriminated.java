package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import io.github.inddragelse.json.ProblemCode;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Lookup lookup;
    private final List<ObjectCodec<? extends T, ?>> codecs;
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
        this.lookup = new Lookup(List.copyOf(byCode.keySet()));
        this.codecs = List.copyOf(byCode.values());
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

    /**
     * Reads the object: the table its discriminator names reads the rest. The discriminator is
     * written first, and then the members are bound as they come; when it is not first, the object is
     * passed over once to find it and read again.
     */
    @Override
    T readObject(Cursor in) {
        long start = in.mark();
        if (!in.nextMember()) {
            missing(in, start);
            return null;
        }
        if (in.name().equals(property)) {
            in.next();
            ObjectCodec<? extends T, ?> codec = codec(in);
            if (codec == null) {
                in.skipMembers(new HashSet<>(Set.of(property)));
                return null;
            }
            return codec.readMembers(in, start, property, true);
        }
        Set<String> names = new HashSet<>();
        ObjectCodec<? extends T, ?> codec = null;
        boolean found = false;
        do {
            String name = in.name();
            if (!names.add(name)) {
                in.skipDuplicate();
            } else if (name.equals(property)) {
                found = true;
                in.next();
                codec = codec(in);
            } else {
                in.skipMember();
            }
        } while (in.nextMember());
        if (!found) {
            missing(in, start);
            return null;
        }
        if (codec == null) {
            return null;
        }
        try (Cursor again = in.again(start)) {
            again.next();
            return codec.readMembers(again, start, property, false);
        }
    }

    private void missing(Cursor in, long start) {
        in.reading()
                .error(
                        ProblemCode.MISSING_FIELD,
                        in.pointer(property),
                        start,
                        "required property is missing; expected " + article(codeDescription) + " code string");
    }

    /** Reads the discriminator the cursor is on, recording a problem and returning null if it is bad. */
    private ObjectCodec<? extends T, ?> codec(Cursor in) {
        if (in.token() != JsonToken.VALUE_STRING) {
            in.wrongType(article(codeDescription) + " code string");
            return null;
        }
        char[] chars = in.textCharacters();
        int found = lookup.find(chars, in.textOffset(), in.textLength());
        if (found < 0) {
            in.error(ProblemCode.UNKNOWN_CODE, "is not a known " + codeDescription + "; expected one of: " + codes);
            return null;
        }
        return codecs.get(found);
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
