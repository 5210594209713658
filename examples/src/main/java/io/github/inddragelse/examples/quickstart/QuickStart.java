package io.github.inddragelse.examples.quickstart;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
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
import io.github.inddragelse.model.rule.Outcome;
import java.time.LocalDate;
import java.time.Period;

/**
 * The README's quick start: a rejected application for socio-pedagogical support (SEL §85) where the
 * citizen was never heard before the decision, assessed as of 1 June 2026 with the standard content.
 * Run it with {@code java -cp examples/target/inddragelse.jar
 * io.github.inddragelse.examples.quickstart.QuickStart}.
 */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Builds the case, assesses it and prints what needs attention and the band of every dimension.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        LocalDate opened = LocalDate.of(2026, 3, 2);
        CaseProcess process = CaseProcess.builder()
                .caseId("sag-2026-0042")
                .citizenId("borger-17")
                .municipality("0751")
                .addTargetGroup(TargetGroup.MENTAL_HEALTH)
                .addAppliedFor(LegalReferences.SEL_85)
                .openedOn(opened)
                .processingDeadline(Period.ofWeeks(8))
                .addParticipant(
                        Participant.builder().id("borger-17").role(Role.CITIZEN).build())
                .addParticipant(
                        Participant.builder().id("sb-1").role(Role.CASEWORKER).build())
                .addEvent(Contact.builder()
                        .id("e1")
                        .date(opened)
                        .contactKind(ContactKind.APPLICATION)
                        .addParticipantId("borger-17")
                        .build())
                .addEvent(Meeting.builder()
                        .id("e2")
                        .date(opened.plusDays(9))
                        .purpose(MeetingPurpose.INVESTIGATION)
                        .addParticipantIds("borger-17", "sb-1")
                        .build())
                .addEvent(Decision.builder()
                        .id("e3")
                        .date(opened.plusDays(30))
                        .provision(LegalReferences.SEL_85)
                        .outcome(DecisionOutcome.REJECTED)
                        .build())
                .build();

        Assessment assessment = Assessor.standard().assess(process, LocalDate.of(2026, 6, 1));

        for (Finding f : assessment.findings()) {
            if (f.outcome() == Outcome.NOT_MET || f.outcome() == Outcome.PARTLY_MET) {
                System.out.println((f.isCritical() ? "CRITICAL " : "") + f.ruleId() + ": "
                        + f.explanation().en());
                f.recommendation().ifPresent(r -> System.out.println("  -> " + r.en()));
            }
        }
        for (DimensionScore d : assessment.dimensions()) {
            String band = d.overall().band().map(b -> b.label().en()).orElse("-");
            System.out.println(
                    d.dimension().name().en() + ": " + band + (d.overall().capped() ? " (capped)" : ""));
        }
    }
}
