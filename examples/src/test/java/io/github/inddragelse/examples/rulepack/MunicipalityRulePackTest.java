package io.github.inddragelse.examples.rulepack;

import static io.github.inddragelse.examples.Fixtures.OPENED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.examples.Fixtures;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.scoring.Lens;
import java.util.List;
import org.junit.jupiter.api.Test;

class MunicipalityRulePackTest {

    @Test
    void the_builder_picks_up_the_pack_through_service_loader_and_the_own_checklist() {
        Checklist own = MunicipalityChecklist.load();

        Assessor assessor = Assessor.builder()
                .standardContent()
                .loadRulePacks()
                .addChecklist(own)
                .build();

        assertThat(assessor.rules())
                .extracting(r -> r.id())
                .contains("eksempelkommune-forventningsmoede", "eksempelkommune-fast-sagsbehandler");
        assertThat(assessor.checklist("eksempelkommune-borger", "1")).contains(own);

        ChecklistResponse answers = ChecklistResponse.builder()
                .checklistId(own.id())
                .checklistVersion(own.version())
                .perspective(Perspective.CITIZEN)
                .respondedOn(OPENED.plusDays(30))
                .putAnswer("ek-b-1", "yes")
                .putAnswer("ek-b-2", "partly")
                .putAnswer("ek-b-3", "no")
                .build();
        Assessment a = assessor.assess(caseWith(meeting(10), List.of()), List.of(answers), OPENED.plusDays(40));

        assertThat(a.finding("eksempelkommune-forventningsmoede"))
                .hasValueSatisfying(f -> assertThat(f.outcome()).isEqualTo(Outcome.MET));
        assertThat(a.dimension(StandardCatalogue.TRUST)
                        .orElseThrow()
                        .lens(Lens.CITIZEN)
                        .percent())
                .hasValue(75.0);
    }

    @Test
    void an_expectations_meeting_within_14_days_is_met_later_is_partly_met() {
        assertThat(outcome(MunicipalityRulePack.EXPECTATIONS_MEETING, caseWith(meeting(14), List.of()), 60))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(MunicipalityRulePack.EXPECTATIONS_MEETING, caseWith(meeting(15), List.of()), 60))
                .isEqualTo(Outcome.PARTLY_MET);
    }

    @Test
    void no_expectations_meeting_is_not_met_after_14_days_and_not_yet_due_before() {
        CaseProcess none = caseWith(null, List.of());
        assertThat(outcome(MunicipalityRulePack.EXPECTATIONS_MEETING, none, 14)).isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(MunicipalityRulePack.EXPECTATIONS_MEETING, none, 13)).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void caseworker_changes_in_the_last_year_lower_the_fixed_caseworker_rule() {
        assertThat(outcome(MunicipalityRulePack.FIXED_CASEWORKER, caseWith(null, List.of()), 100))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(MunicipalityRulePack.FIXED_CASEWORKER, caseWith(null, List.of(change("c1", 20))), 100))
                .isEqualTo(Outcome.PARTLY_MET);
        assertThat(outcome(
                        MunicipalityRulePack.FIXED_CASEWORKER,
                        caseWith(null, List.of(change("c1", 20), change("c2", 50))),
                        100))
                .isEqualTo(Outcome.NOT_MET);
        // a change more than a year before the as-of date no longer counts
        assertThat(outcome(
                        MunicipalityRulePack.FIXED_CASEWORKER,
                        caseWith(null, List.of(change("c1", 20), change("c2", 50))),
                        20 + 366))
                .isEqualTo(Outcome.PARTLY_MET);
    }

    @Test
    void the_expectations_meeting_messages_count_the_days_in_danish_and_english() {
        Rule rule = MunicipalityRulePack.EXPECTATIONS_MEETING;
        assertThat(finding(rule, caseWith(meeting(0), List.of()), 60).explanation())
                .isEqualTo(Text.of(
                        "Forventningsmødet m1 blev holdt samme dag som oprettelsen.",
                        "The expectations meeting m1 was held on the day of opening."));
        assertThat(finding(rule, caseWith(meeting(1), List.of()), 60).explanation())
                .isEqualTo(Text.of(
                        "Forventningsmødet m1 blev holdt 1 dag efter oprettelsen.",
                        "The expectations meeting m1 was held 1 day after opening."));
        assertThat(finding(rule, caseWith(meeting(15), List.of()), 60).explanation())
                .isEqualTo(Text.of(
                        "Forventningsmødet m1 blev først holdt 15 dage efter oprettelsen.",
                        "The expectations meeting m1 was held only 15 days after opening."));
        assertThat(finding(rule, caseWith(null, List.of()), 14).explanation())
                .isEqualTo(Text.of(
                        "Der er ikke holdt et forventningsmøde med borgeren (14 dage efter oprettelsen).",
                        "No expectations meeting has been held with the citizen (14 days after opening)."));
    }

    @Test
    void the_fixed_caseworker_message_counts_the_changes() {
        Finding f = finding(
                MunicipalityRulePack.FIXED_CASEWORKER,
                caseWith(null, List.of(change("c1", 20), change("c2", 50), change("c3", 60))),
                100);
        assertThat(f.explanation())
                .isEqualTo(Text.of(
                        "Borgeren har skiftet sagsbehandler 3 gange inden for 12 måneder.",
                        "The citizen has changed caseworker 3 times within 12 months."));
    }

    private static Outcome outcome(Rule rule, CaseProcess process, int day) {
        return finding(rule, process, day).outcome();
    }

    private static Finding finding(Rule rule, CaseProcess process, int day) {
        return Assessor.builder()
                .addRule(rule)
                .build()
                .assess(process, OPENED.plusDays(day))
                .finding(rule.id())
                .orElseThrow();
    }

    private static Meeting meeting(int day) {
        return Meeting.builder()
                .id("m1")
                .date(OPENED.plusDays(day))
                .purpose(MeetingPurpose.EXPECTATIONS)
                .addParticipantIds("borger-1", "sb-1")
                .build();
    }

    private static CaseworkerChange change(String id, int day) {
        return CaseworkerChange.builder()
                .id(id)
                .date(OPENED.plusDays(day))
                .fromCaseworkerId("sb-1")
                .toCaseworkerId("sb-2")
                .build();
    }

    private static CaseProcess caseWith(Meeting meeting, List<CaseworkerChange> changes) {
        CaseProcess.Builder b = Fixtures.caseBuilder("sag-1");
        if (meeting != null) {
            b.addEvent(meeting);
        }
        changes.forEach(b::addEvent);
        return b.build();
    }
}
