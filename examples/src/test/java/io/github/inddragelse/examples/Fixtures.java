package io.github.inddragelse.examples;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.ContactKind;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.AnswerScale;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.scoring.ScoringPolicy;
import java.time.LocalDate;
import java.util.List;

/**
 * Small cases, rules and checklists for the examples' tests, independent of the standard content, so
 * that report layout is tested against known findings.
 */
public final class Fixtures {

    /**
     * The fields of a rule in the catalogue document ({@code CatalogJson}), in order: the agreed names
     * that the document and the command-line tool's {@code catalog --format json} both keep.
     */
    public static final List<String> CATALOG_RULE_FIELDS = List.of(
            "id", "version", "title", "elements", "principles", "legalReferences", "reads", "restsOn", "severity");

    /** The day the fixture cases open. */
    public static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    /** The day they are assessed as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    /** Free text that must never reach a report, a log or a message. */
    public static final String SECRET = "SENTINEL-FRITEKST-7f3";

    private Fixtures() {}

    /**
     * The start of every fixture case: a citizen (with free text in the description), two caseworkers
     * and the application (with free text in the reason), opened on {@link #OPENED}.
     */
    public static CaseProcess.Builder caseBuilder(String caseId) {
        return CaseProcess.builder()
                .caseId(caseId)
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
                .addParticipant(
                        Participant.builder().id("sb-2").role(Role.CASEWORKER).build())
                .addEvent(Contact.builder()
                        .id("e1")
                        .date(OPENED)
                        .contactKind(ContactKind.APPLICATION)
                        .reason(SECRET)
                        .addParticipantId("borger-1")
                        .build());
    }

    /** A rejected application: contact, an expectations meeting, a caseworker change and a rejection. */
    public static CaseProcess rejectedCase(String caseId) {
        return caseBuilder(caseId)
                .addEvent(Meeting.builder()
                        .id("e2")
                        .date(OPENED.plusDays(20))
                        .purpose(MeetingPurpose.EXPECTATIONS)
                        .addParticipantIds("borger-1", "sb-1")
                        .note(SECRET)
                        .build())
                .addEvent(CaseworkerChange.builder()
                        .id("e3")
                        .date(OPENED.plusDays(25))
                        .fromCaseworkerId("sb-1")
                        .toCaseworkerId("sb-2")
                        .build())
                .addEvent(Decision.builder()
                        .id("e4")
                        .date(OPENED.plusDays(40))
                        .provision(LegalReferences.SEL_85)
                        .outcome(DecisionOutcome.REJECTED)
                        .reasons(SECRET)
                        .build())
                .build();
    }

    /** A rule with a fixed outcome on the given dimensions, citing FVL §19, with evidence e4. */
    public static Rule fixed(String id, Outcome outcome, Severity severity, String... dimensions) {
        return Rule.builder(id)
                .title("Titel " + id, "Title " + id)
                .description("Fast udfald", "Fixed outcome")
                .rationale("Begrundelse " + id, "Rationale " + id)
                .recommendation("Anbefaling " + id, "Recommendation " + id)
                .serves(dimensions)
                .cites(LegalReferences.FVL_19)
                .severity(severity)
                .message("fixed", "Forklaring {outcome} for {case}", "Explanation {outcome} for {case}")
                .evaluatedBy(view -> Evaluation.of(outcome, "fixed")
                        .withArg("outcome", outcome.code())
                        .withArg("case", view.process().caseId())
                        .withEvidence("e4"))
                .build();
    }

    /** A 0–4 scale with don't know. */
    public static final AnswerScale SCALE = AnswerScale.builder()
            .id("test-0-4")
            .addOption(AnswerOption.scored("0", 0, Text.of("Nej", "No"), Text.of("Slet ikke", "Not at all")))
            .addOption(AnswerOption.scored("2", 2, Text.of("Delvist", "Partly"), Text.of("Til dels", "In part")))
            .addOption(AnswerOption.scored("4", 4, Text.of("Ja", "Yes"), Text.of("Helt", "Fully")))
            .addOption(AnswerOption.dontKnow(Text.of("Ved ikke", "Don't know"), Text.of("Ved det ikke", "Not known")))
            .build();

    /** A checklist for one perspective with items on trust and involvement. */
    public static Checklist checklist(String id, Perspective perspective) {
        return Checklist.builder()
                .id(id)
                .version("1")
                .perspective(perspective)
                .title(Text.of("Test " + id, "Test " + id))
                .addItem(ChecklistItem.builder()
                        .id("trust-1")
                        .question(Text.of("Tillid?", "Trust?"))
                        .scale(SCALE)
                        .addDimension(StandardCatalogue.TRUST)
                        .build())
                .addItem(ChecklistItem.builder()
                        .id("involvement-1")
                        .question(Text.of("Inddraget?", "Involved?"))
                        .scale(SCALE)
                        .addDimension(StandardCatalogue.INVOLVEMENT)
                        .build())
                .build();
    }

    /**
     * An assessor with a critical rule not met on transparency, an advisory rule not met on
     * involvement, a partly met rule on follow-up, a met rule, a not-applicable rule, an
     * insufficient-data rule, and a caseworker and a citizen checklist; one scored check is enough for
     * a band.
     */
    public static Assessor assessor() {
        return Assessor.builder()
                // one fixed rule per dimension: let a single scored check carry a band
                .scoringPolicy(ScoringPolicy.builder().minimumScoredForBand(1).build())
                .addRule(fixed(
                        "test-hearing",
                        Outcome.NOT_MET,
                        Severity.CRITICAL,
                        StandardCatalogue.TRANSPARENCY,
                        StandardCatalogue.P4_OPENNESS_TRUST_RESPECT))
                .addRule(fixed("test-involve", Outcome.NOT_MET, Severity.ADVISORY, StandardCatalogue.INVOLVEMENT))
                .addRule(fixed("test-follow-up", Outcome.PARTLY_MET, Severity.ADVISORY, StandardCatalogue.P7_FOLLOW_UP))
                .addRule(fixed("test-trust", Outcome.MET, Severity.ADVISORY, StandardCatalogue.TRUST))
                .addRule(
                        fixed("test-early", Outcome.NOT_APPLICABLE, Severity.ADVISORY, StandardCatalogue.P5_EARLY_HELP))
                .addRule(fixed(
                        "test-methods",
                        Outcome.INSUFFICIENT_DATA,
                        Severity.ADVISORY,
                        StandardCatalogue.P8_KNOWLEDGE_METHODS))
                .addChecklist(checklist("sagsbehandler-test", Perspective.CASEWORKER))
                .addChecklist(checklist("borger-test", Perspective.CITIZEN))
                .build();
    }

    /** The caseworker rates trust and involvement high, the citizen low: a trust gap. */
    public static List<ChecklistResponse> responses() {
        return List.of(
                ChecklistResponse.builder()
                        .checklistId("sagsbehandler-test")
                        .checklistVersion("1")
                        .perspective(Perspective.CASEWORKER)
                        .respondedOn(AS_OF.minusDays(3))
                        .putAnswer("trust-1", "4")
                        .putAnswer("involvement-1", "4")
                        .build(),
                ChecklistResponse.builder()
                        .checklistId("borger-test")
                        .checklistVersion("1")
                        .perspective(Perspective.CITIZEN)
                        .respondedOn(AS_OF.minusDays(2))
                        .putAnswer("trust-1", "2")
                        .putAnswer("involvement-1", "0")
                        .build());
    }
}
