package io.github.inddragelse.examples.rulepack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.examples.Fixtures;
import io.github.inddragelse.examples.ReadmeSnippets;
import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.rule.Applicability;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's "Your own rules and checklists" snippet, {@link #assessor(Path)} below, and keeps
 * the two in step, line for line.
 */
class ReadmeOwnRulesTest {

    private static final Path THIS_TEST = Path.of(
            "src", "test", "java", "io", "github", "inddragelse", "examples", "rulepack", "ReadmeOwnRulesTest.java");

    /** The standard content, a rule of your own, every rule pack on the class path, and your own checklist. */
    static Assessor assessor(Path ownChecklistJson) throws IOException {
        Rule firstMeetingAtHome = Rule.builder("aarhus-first-meeting-at-home")
                .title("Første møde hjemme hos borgeren", "First meeting at the citizen's home")
                .description("…", "…")
                .rationale("…", "…")
                .recommendation("…", "…")
                .serves(StandardCatalogue.TRUST, StandardCatalogue.P4_OPENNESS_TRUST_RESPECT)
                .reads(RecordedFact.MEETING_PLACE_CHOSEN_BY_CITIZEN)
                .severity(Severity.ADVISORY)
                .message(
                        "met",
                        "Første møde {meeting} blev holdt, hvor borgeren valgte.",
                        "First meeting {meeting} was held where the citizen chose.")
                .message(
                        "not-met",
                        "Første møde {meeting} blev ikke holdt, hvor borgeren valgte.",
                        "First meeting {meeting} was not held where the citizen chose.")
                .message("no-meeting", "Der er endnu intet møde.", "There is no meeting yet.")
                .appliesWhen(view ->
                        view.has(Meeting.class) ? Applicability.applies() : Applicability.notApplicable("no-meeting"))
                .evaluatedBy(view -> {
                    Meeting first = view.eventsOf(Meeting.class).get(0);
                    return (first.placeChosenByCitizen() ? Evaluation.met("met") : Evaluation.notMet("not-met"))
                            .withEvidence(first.id())
                            .withArg("meeting", first.id());
                })
                .build();
        Checklist ownChecklist = InddragelseJson.create() // in the published JSON checklist format
                .readChecklist(Files.readAllBytes(ownChecklistJson));
        return Assessor.builder()
                .standardContent() // the standard rules and checklists
                .addRule(firstMeetingAtHome)
                .loadRulePacks() // every RulePack registered for ServiceLoader
                .addChecklist(ownChecklist) // a Checklist of your own
                .build(); // duplicate rule ids or unknown dimensions: one clear error
    }

    @Test
    void the_readme_snippet_is_the_code_this_test_runs() throws IOException {
        ReadmeSnippets.assertInOrderIn(ReadmeSnippets.javaBlockAfter("### Your own rules and checklists"), THIS_TEST);
    }

    @TempDir
    Path dir;

    @Test
    void the_snippet_adds_its_rule_the_rule_packs_and_its_checklist_to_the_standard_content() throws IOException {
        Assessor assessor = assessor(ownChecklist());

        assertThat(assessor.rules())
                .extracting(Rule::id)
                .contains("aarhus-first-meeting-at-home", "eksempelkommune-forventningsmoede")
                .hasSizeGreaterThan(Assessor.standard().rules().size() + 1);
        assertThat(assessor.checklist("eksempelkommune-borger", "1")).isPresent();
    }

    @Test
    void the_snippet_rule_is_met_when_the_first_meeting_was_where_the_citizen_chose() throws IOException {
        Rule rule = ruleOf(assessor(ownChecklist()));
        CaseProcess atHome = Fixtures.caseBuilder("sag-1")
                .addEvent(Meeting.builder()
                        .id("m1")
                        .date(Fixtures.OPENED.plusDays(5))
                        .purpose(MeetingPurpose.EXPECTATIONS)
                        .addParticipantIds("borger-1", "sb-1")
                        .placeChosenByCitizen(true)
                        .build())
                .build();

        Assessment a = Assessor.builder().addRule(rule).build().assess(atHome, Fixtures.AS_OF);
        Assessment none = Assessor.builder()
                .addRule(rule)
                .build()
                .assess(Fixtures.caseBuilder("sag-2").build(), Fixtures.AS_OF);

        assertThat(a.finding(rule.id())).hasValueSatisfying(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.MET);
            assertThat(f.evidence()).containsExactly("m1");
            assertThat(f.explanation().en()).isEqualTo("First meeting m1 was held where the citizen chose.");
        });
        assertThat(none.finding(rule.id()))
                .hasValueSatisfying(f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE));
    }

    /** The municipality example's checklist, written to a file for the snippet to read. */
    private Path ownChecklist() throws IOException {
        Path file = dir.resolve("vores-tjekliste.json");
        try (InputStream in = MunicipalityChecklist.class.getResourceAsStream(MunicipalityChecklist.RESOURCE)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static Rule ruleOf(Assessor assessor) {
        return assessor.rules().stream()
                .filter(r -> r.id().equals("aarhus-first-meeting-at-home"))
                .findFirst()
                .orElseThrow();
    }
}
