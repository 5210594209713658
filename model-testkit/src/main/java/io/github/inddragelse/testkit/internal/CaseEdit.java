package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseEventVisitor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.Coordination;
import io.github.inddragelse.model.caseprocess.DeadlineNotice;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.InformationGathering;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MethodApplied;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.ProgressMeasurement;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.Role;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A mutable working copy of a case process, for the defect operations. */
final class CaseEdit {

    private final CaseProcess original;
    final LocalDate asOf;
    final List<CaseEvent> events;
    final List<Participant> participants;
    final Set<CommunicationNeed> needs;
    Optional<Period> deadline;
    boolean citizenReachedPensionAge;

    CaseEdit(CaseProcess process, LocalDate asOf) {
        this.original = process;
        this.asOf = asOf;
        this.events = new ArrayList<>(process.events());
        this.participants = new ArrayList<>(process.participants());
        this.needs = new LinkedHashSet<>(process.communicationNeeds());
        this.deadline = process.processingDeadline();
        this.citizenReachedPensionAge = process.citizenReachedPensionAge();
    }

    CaseProcess process() {
        return original;
    }

    String citizenId() {
        return original.citizenId();
    }

    /** The events of one kind known as of the as-of date, in timeline order. */
    <T extends CaseEvent> List<T> known(Class<T> type) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(e -> e.isKnownAsOf(asOf))
                .collect(Collectors.toList());
    }

    /** Replaces an event (matched by id) with a changed copy. */
    void replace(CaseEvent updated) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(updated.id())) {
                events.set(i, updated);
                return;
            }
        }
        throw new IllegalStateException("no event " + updated.id());
    }

    /** Replaces every known event of a kind with a changed copy. */
    <T extends CaseEvent> void updateKnown(Class<T> type, UnaryOperator<T> change) {
        for (T event : known(type)) {
            replace(change.apply(event));
        }
    }

    void remove(CaseEvent event) {
        events.removeIf(e -> e.id().equals(event.id()));
    }

    /** Adds an event after every event dated on or before it. */
    void add(CaseEvent event) {
        int at = events.size();
        while (at > 0 && events.get(at - 1).date().isAfter(event.date())) {
            at--;
        }
        events.add(at, event);
    }

    String freshEventId(String prefix) {
        return fresh(prefix, events.stream().map(CaseEvent::id).collect(Collectors.toSet()));
    }

    String freshParticipantId(String prefix) {
        return fresh(prefix, participants.stream().map(Participant::id).collect(Collectors.toSet()));
    }

    private static String fresh(String prefix, Set<String> taken) {
        int n = 1;
        while (taken.contains(prefix + "-" + n)) {
            n++;
        }
        return prefix + "-" + n;
    }

    Optional<Participant> participant(String id) {
        return participants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** A caseworker on the case: one who took part in the event, else any caseworker. */
    String caseworkerFor(CaseEvent event) {
        return event.participantIds().stream()
                .filter(id ->
                        participant(id).map(p -> p.role() == Role.CASEWORKER).orElse(false))
                .findFirst()
                .orElseGet(this::anyCaseworker);
    }

    /** The first caseworker on the case; one is added if there is none. */
    String anyCaseworker() {
        return participants.stream()
                .filter(p -> p.role() == Role.CASEWORKER)
                .map(Participant::id)
                .findFirst()
                .orElseGet(() -> {
                    Participant caseworker = Participant.builder()
                            .id(freshParticipantId("sagsbehandler"))
                            .role(Role.CASEWORKER)
                            .build();
                    participants.add(caseworker);
                    return caseworker.id();
                });
    }

    /** The participants of an event, ending with the citizen and a caseworker. */
    List<String> citizenAnd(String caseworker) {
        return List.of(citizenId(), caseworker);
    }

    /** Removes a participant (never the citizen) once no event refers to it any more. */
    void dropIfUnused(String id) {
        if (!id.equals(citizenId()) && events.stream().noneMatch(e -> refersTo(e, id))) {
            participants.removeIf(p -> p.id().equals(id));
        }
    }

    private static boolean refersTo(CaseEvent event, String id) {
        if (event.involves(id)) {
            return true;
        }
        if (event instanceof InformationGathering) {
            return ((InformationGathering) event).sourceParticipantId().equals(Optional.of(id));
        }
        if (event instanceof Coordination) {
            return ((Coordination) event).counterpartParticipantId().equals(Optional.of(id));
        }
        if (event instanceof ProviderOrder) {
            return ((ProviderOrder) event).providerId().equals(id);
        }
        if (event instanceof CaseworkerChange) {
            CaseworkerChange change = (CaseworkerChange) event;
            return change.fromCaseworkerId().equals(id)
                    || change.toCaseworkerId().equals(id);
        }
        return false;
    }

    CaseProcess build() {
        return CaseProcess.builder()
                .from(original)
                .events(events)
                .participants(participants)
                .communicationNeeds(needs)
                .processingDeadline(deadline)
                .citizenReachedPensionAge(citizenReachedPensionAge)
                .build();
    }

    /** An event without the citizen among its participants. */
    CaseEvent withoutCitizen(CaseEvent event) {
        return withParticipantIds(
                event,
                event.participantIds().stream()
                        .filter(id -> !id.equals(citizenId()))
                        .collect(Collectors.toList()));
    }

    /** A copy of an event with other participants. */
    static CaseEvent withParticipantIds(CaseEvent event, List<String> ids) {
        return event.accept(new Reparticipate(ids));
    }

    private static final class Reparticipate implements CaseEventVisitor<CaseEvent> {
        private final List<String> ids;

        Reparticipate(List<String> ids) {
            this.ids = ids;
        }

        @Override
        public CaseEvent visit(Contact e) {
            return Contact.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(Meeting e) {
            return Meeting.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(InformationGathering e) {
            return InformationGathering.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(Investigation e) {
            return Investigation.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(Goal e) {
            return Goal.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(Hearing e) {
            return Hearing.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(Decision e) {
            return Decision.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(DeadlineNotice e) {
            return DeadlineNotice.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(ActionPlan e) {
            return ActionPlan.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(ProviderOrder e) {
            return ProviderOrder.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(Coordination e) {
            return Coordination.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(MethodApplied e) {
            return MethodApplied.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(ProgressMeasurement e) {
            return ProgressMeasurement.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(FollowUp e) {
            return FollowUp.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(Complaint e) {
            return Complaint.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(CaseworkerChange e) {
            return CaseworkerChange.builder().from(e).participantIds(ids).build();
        }

        @Override
        public CaseEvent visit(Guidance e) {
            return Guidance.builder().from(e).participantIds(ids).build();
        }
    }
}
