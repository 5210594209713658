package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inddragelse.json.ProblemCode;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.EventKind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Any case event: an object whose {@code kind} (the {@link EventKind#code()}) says which table reads
 * the rest. {@code kind} is always written first.
 */
public final class EventType implements ValueType<CaseEvent> {

    /** The discriminator property. */
    public static final String KIND = "kind";

    private final Map<EventKind, ObjectCodec<? extends CaseEvent, ?>> byKind;
    private final Map<String, ObjectCodec<? extends CaseEvent, ?>> byCode = new LinkedHashMap<>();
    private final String codes;

    EventType(Map<EventKind, ObjectCodec<? extends CaseEvent, ?>> byKind) {
        this.byKind = Map.copyOf(byKind);
        for (EventKind kind : EventKind.values()) {
            byCode.put(kind.code(), byKind.get(kind));
        }
        this.codes = String.join(", ", byCode.keySet());
    }

    @Override
    public String expected() {
        return "an object (an event)";
    }

    @Override
    public CaseEvent read(Node node, Path path, Reading reading) {
        if (node.type() != Node.Type.OBJECT) {
            wrongType(node, path, reading);
            return null;
        }
        Node kind = node.member(KIND);
        if (kind == null) {
            reading.error(
                    ProblemCode.MISSING_FIELD,
                    path.property(KIND),
                    node,
                    "required property is missing; expected an event kind code string");
            return null;
        }
        if (kind.type() != Node.Type.STRING) {
            reading.error(
                    ProblemCode.WRONG_TYPE,
                    path.property(KIND),
                    kind,
                    "expected an event kind code string, found " + kind.type().description());
            return null;
        }
        ObjectCodec<? extends CaseEvent, ?> codec = byCode.get(kind.text());
        if (codec == null) {
            reading.error(
                    ProblemCode.UNKNOWN_CODE,
                    path.property(KIND),
                    kind,
                    "is not a known event kind; expected one of: " + codes);
            return null;
        }
        return codec.readMembers(node, path, reading, Set.of(KIND));
    }

    @Override
    public void write(JsonGenerator generator, CaseEvent value) throws IOException {
        generator.writeStartObject();
        generator.writeStringField(KIND, value.kind().code());
        writeMembers(byKind.get(value.kind()), generator, value);
        generator.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static <T extends CaseEvent> void writeMembers(
            ObjectCodec<T, ?> codec, JsonGenerator generator, CaseEvent value) throws IOException {
        codec.writeMembers(generator, (T) value);
    }

    /**
     * The kinds, in {@link EventKind} order, as a comma-separated list of codes.
     *
     * @return the codes
     */
    public String codes() {
        return codes;
    }

    @Override
    public String toString() {
        return byCode.keySet().stream().collect(Collectors.joining(", ", "EventType[", "]"));
    }
}
