package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One dated event on a case's timeline. Every event has a stable id (unique within the case), a
 * date, the VUM 2.0 {@link Phase} it belongs to, and the ids of the participants who took part.
 * The kinds are listed in {@link EventKind}; use a {@link CaseEventVisitor} to handle each kind.
 */
public abstract sealed class CaseEvent
        permits Contact,
                Meeting,
                InformationGathering,
                Investigation,
                Goal,
                Hearing,
                Decision,
                DeadlineNotice,
                ActionPlan,
                ProviderOrder,
                Coordination,
                MethodApplied,
                ProgressMeasurement,
                FollowUp,
                Complaint,
                CaseworkerChange,
                Guidance {

    private final EventKind kind;

    /*
     * The id, date and participant ids as plain fields of this class, so that id(), date() and
     * participantIds() are final field reads the JIT inlines, instead of calls with one target per
     * kind (17) that it cannot inline. The attributes themselves are the package-private getId(),
     * getDate() and getParticipantIds() below: the shared style detects the "get" prefix, so
     * Immutables names them "id", "date" and "participantIds" (builder id(..), date(..),
     * addParticipantId(..), withId/withDate, toString, equals and the missing-attribute messages are
     * as before).
     *
     * The fields are set by commonChecks, which every kind's @Value.Check calls on each new instance
     * (build(), with*, copyOf). They cannot be final (the generated constructor runs after this
     * class's), so a thread that receives an instance through a data race may still see null here:
     * the accessors then fall back to the attribute, which is a final field of the generated class.
     * A non-null value is always the attribute's own object, so it is safely published even through
     * a race, as String.hash is: String and LocalDate are immutable with final fields, and the list
     * is an empty, singleton or unmodifiable list whose elements are reached through final fields.
     */
    private String idField;
    private LocalDate dateField;
    private List<String> participantIdsField;

    CaseEvent(EventKind kind) {
        this.kind = kind;
    }

    /**
     * The event's stable id, unique within the case; a pseudonymous identifier.
     *
     * @return the id
     */
    public final String id() {
        String id = idField;
        return id != null ? id : getId();
    }

    /**
     * The date of the event.
     *
     * @return the date
     */
    public final LocalDate date() {
        LocalDate date = dateField;
        return date != null ? date : getDate();
    }

    /**
     * The id attribute, named {@code id} by the style's {@code get*} prefix; read it through {@link
     * #id()}.
     *
     * @return the id
     */
    abstract String getId();

    /**
     * The date attribute, named {@code date} by the style's {@code get*} prefix; read it through {@link
     * #date()}.
     *
     * @return the date
     */
    abstract LocalDate getDate();

    /**
     * The VUM 2.0 phase the event belongs to; the kind's usual phase unless set.
     *
     * @return the phase
     */
    @Value.Default
    public Phase phase() {
        return kind().usualPhase();
    }

    /**
     * The ids of the participants who took part, in the order given.
     *
     * @return participant ids, possibly empty
     */
    public final List<String> participantIds() {
        List<String> ids = participantIdsField;
        return ids != null ? ids : getParticipantIds();
    }

    /**
     * The participantIds attribute, named {@code participantIds} by the style's {@code get*} prefix;
     * read it through {@link #participantIds()}.
     *
     * @return participant ids
     */
    abstract List<String> getParticipantIds();

    /**
     * A free-text note about the event. Redacted: never printed, logged or put in a message.
     *
     * @return the note, if any
     */
    @Value.Redacted
    public abstract Optional<String> note();

    /**
     * The kind of event.
     *
     * @return the kind
     */
    public final EventKind kind() {
        return kind;
    }

    /**
     * Calls the visitor's method for this event's kind.
     *
     * @param visitor the visitor
     * @param <R> what the visitor returns
     * @return what the visitor returned
     */
    public abstract <R> R accept(CaseEventVisitor<R> visitor);

    /**
     * Whether a participant took part in the event.
     *
     * @param participantId the participant's id
     * @return true if the id is among {@link #participantIds()}
     */
    public boolean involves(String participantId) {
        return participantIds().contains(participantId);
    }

    /**
     * Whether the event had happened by a date: its date is on or before it.
     *
     * @param asOf the date
     * @return true if the event is known as of that date
     */
    public boolean isKnownAsOf(LocalDate asOf) {
        return !date().isAfter(asOf);
    }

    /**
     * The checks every event shares; each kind adds its own before throwing. Runs on every new
     * instance, so it also fills the fields behind {@link #id()}, {@link #date()} and {@link
     * #participantIds()}.
     */
    final Checks commonChecks(String type) {
        idField = getId();
        dateField = getDate();
        participantIdsField = getParticipantIds();
        Checks c = Checks.of(type);
        c.ownId(id(), "id");
        c.notBlank(note(), "note");
        List<String> ids = participantIds();
        // events name a handful of participants: compare with the earlier ones, unless there are many
        Set<String> seen = ids.size() > 16 ? new HashSet<>() : null;
        for (int i = 0; i < ids.size(); i++) {
            String p = ids.get(i);
            c.pseudonymousId(p, "participantIds", i);
            if (seen != null ? !seen.add(p) : appearsBefore(ids, p, i)) {
                c.add("participantIds[" + i + "]", "lists the same participant twice");
            }
        }
        return c;
    }

    /** Whether an id is among the first {@code end} of a list, compared as {@code List.contains} does. */
    static boolean appearsBefore(List<String> ids, String id, int end) {
        for (int j = 0; j < end; j++) {
            if (id.equals(ids.get(j))) {
                return true;
            }
        }
        return false;
    }
}
