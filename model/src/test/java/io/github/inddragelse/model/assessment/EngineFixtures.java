package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.ContactKind;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.AnswerScale;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import java.time.LocalDate;

/** Small cases, rules and checklists for testing the engine's mechanics, independent of the standard content. */
final class EngineFixtures {

    static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    static final String SECRET = "SENTINEL-ENGINE-9c1";

    private EngineFixtures() {}

    /** A case with a contact, a meeting with the citizen and a rejection. */
    static CaseProcess rejectedCase() {
        return CaseProcess.builder()
                .caseId("sag-1")
                .citizenId("borger-1")
                .municipality("0751")
                .addTargetGroup(TargetGroup.MENTAL_HEALTH)
                .addAppliedFor(LegalReferences.SEL_85)
                .openedOn(OPENED)
                .addParticipant(Participant.builder()
                        .id("borger-1")
                        .role(Role.CITIZEN)
                        .description(SECRET)
                        .build())
                .addParticipant(
                        Participant.builder().id("sb-1").role(Role.CASEWORKER).build())
                .addEvent(Contact.builder()
                        .id("e1")
                        .date(OPENED)
                        .contactKind(ContactKind.APPLICATION)
                        .reason(SECRET)
                        .addParticipantId("borger-1")
                        .build())
                .addEvent(Meeting.builder()
                        .id("e2")
                        .date(OPENED.plusDays(10))
                        .purpose(MeetingPurpose.INVESTIGATION)
                        .addParticipantIds("borger-1", "sb-1")
                        .note(SECRET)
                        .build())
                .addEvent(Decision.builder()
                        .id("e3")
                        .date(OPENED.plusDays(30))
                        .provision(LegalReferences.SEL_85)
                        .outcome(DecisionOutcome.REJECTED)
                        .reasons(SECRET)
                        .build())
                .build();
    }

    /** A rule with a fixed outcome that serves the given dimensions. */
    static Rule fixed(String id, Outcome outcome, Severity severity, String... dimensions) {
        return Rule.builder(id)
                .title("Test " + id, "Test " + id)
                .description("Fast udfald", "Fixed outcome")
                .rationale("Til test", "For testing")
                .recommendation("Gør noget", "Do something")
                .serves(dimensions)
                .cites(LegalReferences.FVL_19)
                .severity(severity)
                .message("fixed", "Udfald {outcome} for {case}", "Outcome {outcome} for {case}")
                .evaluatedBy(view -> Evaluation.of(outcome, "fixed")
                        .withArg("outcome", outcome.code())
                        .withArg("case", view.process().caseId())
                        .withEvidence("e1"))
                .build();
    }

    /** A 0–4 scale with not applicable and don't know. */
    static final AnswerScale SCALE = AnswerScale.builder()
            .id("test-0-4")
            .addOption(AnswerOption.scored("0", 0, Text.of("Nej", "No"), Text.of("Slet ikke", "Not at all")))
            .addOption(AnswerOption.scored("2", 2, Text.of("Delvist", "Partly"), Text.of("Til dels", "In part")))
            .addOption(AnswerOption.scored("4", 4, Text.of("Ja", "Yes"), Text.of("Helt", "Fully")))
            .addOption(
                    AnswerOption.notApplicable(Text.of("Ikke relevant", "N/A"), Text.of("Passer ikke", "Does not fit")))
            .addOption(AnswerOption.dontKnow(Text.of("Ved ikke", "Don't know"), Text.of("Ved det ikke", "Not known")))
            .build();

    /** A checklist for a perspective with items on trust and involvement, one only after an adverse decision. */
    static Checklist checklist(String id, Perspective perspective) {
        return Checklist.builder()
                .id(id)
                .version("1")
                .perspective(perspective)
                .title(Text.of("Test", "Test"))
                .addItem(ChecklistItem.builder()
                        .id("trust-1")
                        .question(Text.of("Tillid?", "Trust?"))
                        .scale(SCALE)
                        .addDimension("trust")
                        .build())
                .addItem(ChecklistItem.builder()
                        .id("involvement-1")
                        .question(Text.of("Inddraget?", "Involved?"))
                        .scale(SCALE)
                        .addDimension("involvement")
                        .build())
                .addItem(ChecklistItem.builder()
                        .id("complaint-1")
                        .question(Text.of("Klagevejledning?", "Complaint guidance?"))
                        .scale(SCALE)
                        .addDimension("transparency")
                        .appliesWhen(Condition.hasAdverseDecision())
                        .build())
                .build();
    }
}
