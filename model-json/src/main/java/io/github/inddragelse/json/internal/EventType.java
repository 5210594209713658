package io.github.inddragelse.json.internal;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.EventKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Any case event: an object whose {@code kind} (the {@link EventKind#code()}) says which table reads
 * the rest. {@code kind} is always written first.
 */
public final class EventType extends Discriminated<CaseEvent> {

    /** The discriminator property. */
    public static final String KIND = "kind";

    EventType(Map<EventKind, ObjectCodec<? extends CaseEvent, ?>> byKind) {
        super(KIND, "an event", "event kind", byCode(byKind), e -> e.kind().code());
    }

    private static Map<String, ObjectCodec<? extends CaseEvent, ?>> byCode(
            Map<EventKind, ObjectCodec<? extends CaseEvent, ?>> byKind) {
        Map<String, ObjectCodec<? extends CaseEvent, ?>> byCode = new LinkedHashMap<>();
        for (EventKind kind : EventKind.values()) {
            byCode.put(kind.code(), byKind.get(kind));
        }
        return byCode;
    }
}
