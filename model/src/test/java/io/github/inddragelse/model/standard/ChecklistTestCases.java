package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.ContactKind;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.ProviderOrder;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.internal.IndexedCaseView;
import io.github.inddragelse.model.rule.CaseView;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Small case processes at different stages, for testing when checklist items apply. Each case is
 * viewed as of {@link #AS_OF}, after all its events.
 */
enum ChecklistTestCases {
    /** Only the application is known. */
    OPENED(Set.of(), Stage.OPENED),
    /** Being investigated; the citizen needs easy-read text. */
    INVESTIGATING(Set.of(CommunicationNeed.EASY_READ), Stage.INVESTIGATING),
    /** Rejected, no complaint; the citizen needs a language interpreter. */
    REJECTED(Set.of(CommunicationNeed.LANGUAGE_INTERPRETER), Stage.REJECTED),
    /** Rejected and complained about; the citizen needs a sign-language interpreter. */
    COMPLAINED(Set.of(CommunicationNeed.SIGN_LANGUAGE_INTERPRETER), Stage.COMPLAINED),
    /** Granted and ordered from a provider, no follow-up yet. */
    GRANTED(Set.of(), Stage.GRANTED),
    /** Granted, ordered and followed up; the citizen needs a tactile interpreter and pictures. */
    FOLLOWED_UP(Set.of(CommunicationNeed.TACTILE_INTERPRETER, CommunicationNeed.PICTURES), Stage.FOLLOWED_UP);

    /** The date every case is viewed as of. */
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private static final LocalDate OPENED_ON = LocalDate.of(2026, 3, 2);
    private static final String CITIZEN = "borger-1";
    private static final String CASEWORKER = "sagsbeh-1";
    private static final String PROVIDER = "udfoerer-1";

    private enum Stage {
        OPENED,
        INVESTIGATING,
        REJECTED,
        COMPLAINED,
        GRANTED,
        FOLLOWED_UP
    }

    private final Set<CommunicationNeed> needs;
    private final Stage stage;

    ChecklistTestCases(Set<CommunicationNeed> needs, Stage stage) {
        this.needs = needs;
        this.stage = stage;
    }

    /**
     * The case, built anew on each call.
     *
     * @return the process
     */
    CaseProcess process() {
        return CaseProcess.builder()
                .caseId("sag-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .citizenId(CITIZEN)
                .municipality("0751")
                .addTargetGroups(TargetGroup.INTELLECTUAL_DISABILITY)
                .addAppliedFor(LegalReferences.SEL_85)
                .openedOn(OPENED_ON)
                .processingDeadline(Period.ofWeeks(8))
                .communicationNeeds(needs)
                .addParticipants(
                        Participant.builder().id(CITIZEN).role(Role.CITIZEN).build(),
                        Participant.builder()
                                .id(CASEWORKER)
                                .role(Role.CASEWORKER)
                                .build(),
                        Participant.builder()
                                .id(PROVIDER)
                                .role(Role.PROVIDER_STAFF)
                                .build())
                .addAllEvents(events(stage))
                .build();
    }

    private static List<CaseEvent> events(Stage stage) {
        List<CaseEvent> events = new ArrayList<>();
        events.add(Contact.builder()
                .id("e-contact")
                .date(OPENED_ON)
                .contactKind(ContactKind.APPLICATION)
                .addParticipantIds(CITIZEN)
                .build());
        if (stage == Stage.OPENED) {
            return events;
        }
        events.add(Meeting.builder()
                .id("e-meeting")
                .date(day(10))
                .purpose(MeetingPurpose.INVESTIGATION)
                .addParticipantIds(CITIZEN, CASEWORKER)
                .build());
        events.add(Investigation.builder()
                .id("e-investigation")
                .date(day(20))
                .addParticipantIds(CITIZEN, CASEWORKER)
                .build());
        if (stage == Stage.INVESTIGATING) {
            return events;
        }
        boolean granted = stage == Stage.GRANTED || stage == Stage.FOLLOWED_UP;
        if (granted) {
            events.add(Goal.builder()
                    .id("e-goal")
                    .date(day(30))
                    .goalType(GoalType.DEVELOP)
                    .addParticipantIds(CITIZEN, CASEWORKER)
                    .build());
        }
        events.add(Decision.builder()
                .id("e-decision")
                .date(day(40))
                .provision(LegalReferences.SEL_85)
                .outcome(granted ? DecisionOutcome.GRANTED : DecisionOutcome.REJECTED)
                .build());
        if (stage == Stage.COMPLAINED) {
            events.add(Complaint.builder()
                    .id("e-complaint")
                    .date(day(50))
                    .decisionId("e-decision")
                    .addParticipantIds(CITIZEN)
                    .build());
        }
        if (granted) {
            events.add(ProviderOrder.builder()
                    .id("e-order")
                    .date(day(45))
                    .providerId(PROVIDER)
                    .addGoalIds("e-goal")
                    .build());
        }
        if (stage == Stage.FOLLOWED_UP) {
            events.add(FollowUp.builder()
                    .id("e-follow-up")
                    .date(day(45))
                    .plannedFor(day(130))
                    .heldOn(day(130))
                    .addParticipantIds(CITIZEN, CASEWORKER)
                    .build());
        }
        return events;
    }

    private static LocalDate day(int daysAfterOpening) {
        return OPENED_ON.plusDays(daysAfterOpening);
    }

    /**
     * The case indexed as of {@link #AS_OF}.
     *
     * @return the view
     */
    CaseView view() {
        return IndexedCaseView.of(process(), AS_OF);
    }

    /**
     * A set of cases, for readable expectations.
     *
     * @param cases the cases
     * @return them as a set
     */
    static Set<ChecklistTestCases> only(ChecklistTestCases... cases) {
        return Set.copyOf(Arrays.asList(cases));
    }
}
