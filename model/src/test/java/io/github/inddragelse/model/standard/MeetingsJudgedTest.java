package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.standard.InvolvementRules.INTERPRETER_WHEN_NEEDED;
import static io.github.inddragelse.model.standard.InvolvementRules.MEETINGS_PREPARED;
import static io.github.inddragelse.model.standard.RuleCase.message;
import static io.github.inddragelse.model.testing.CaseFixtures.DECLINED;
import static io.github.inddragelse.model.testing.CaseFixtures.WITHOUT_CITIZEN;
import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rules on how meetings involve the citizen say in every evaluation that judges meetings which
 * meetings those were ({@value Facts#MEETINGS_JUDGED_ARG}), and their messages read true either way:
 * they never call the meetings held without the citizen meetings with the citizen.
 */
class MeetingsJudgedTest {

    private static final Set<Outcome> JUDGING = EnumSet.of(Outcome.MET, Outcome.PARTLY_MET, Outcome.NOT_MET);

    /**
     * Phrases in which "med borgeren" or "with the citizen" is about something other than who was at
     * the meetings: a meeting prepared with the citizen.
     */
    private static final List<String> NOT_ABOUT_WHO_WAS_THERE =
            List.of("forberedt med borgeren", "prepared with the citizen");

    @Test
    void every_evaluation_of_a_meeting_rule_that_judges_meetings_says_which_meetings_it_judged() {
        Set<String> seen = new TreeSet<>();
        for (RuleCase c : StandardRulesTest.allCases()) {
            if (!DeclinedMeetingsTest.MEETING_RULES.contains(c.rule())) {
                continue;
            }
            Evaluation e = c.run();
            if (JUDGING.contains(e.outcome())) {
                String expected =
                        c.view().withCitizen(Meeting.class).isEmpty() ? Facts.WITHOUT_CITIZEN : Facts.WITH_CITIZEN;
                assertThat(e.args()).as(c.toString()).containsEntry(Facts.MEETINGS_JUDGED_ARG, expected);
                seen.add(expected);
            } else {
                assertThat(e.args()).as(c.toString()).doesNotContainKey(Facts.MEETINGS_JUDGED_ARG);
            }
        }
        assertThat(seen).containsExactly(Facts.WITH_CITIZEN, Facts.WITHOUT_CITIZEN);
    }

    @Test
    void no_message_of_a_meeting_rule_calls_the_meetings_held_without_the_citizen_meetings_with_the_citizen() {
        Map<Rule, Set<String>> checked = new HashMap<>();
        Map<Rule, Set<String>> notJudging = new HashMap<>();
        for (RuleCase c : StandardRulesTest.allCases()) {
            if (!DeclinedMeetingsTest.MEETING_RULES.contains(c.rule())) {
                continue;
            }
            Evaluation example = c.run();
            if (!JUDGING.contains(example.outcome())) {
                notJudging.computeIfAbsent(c.rule(), r -> new TreeSet<>()).add(example.messageKey());
                continue;
            }
            for (int count : new int[] {1, 2, 3}) {
                Evaluation e = example;
                for (Map.Entry<String, String> arg : example.args().entrySet()) {
                    if (arg.getValue().matches("\\d+")) {
                        e = e.withArg(arg.getKey(), count);
                    }
                }
                Text without =
                        c.rule().definition().render(e.withArg(Facts.MEETINGS_JUDGED_ARG, Facts.WITHOUT_CITIZEN));
                Text with = c.rule().definition().render(e.withArg(Facts.MEETINGS_JUDGED_ARG, Facts.WITH_CITIZEN));
                assertThat(callsTheMeetingsMeetingsWithTheCitizen(without.da()))
                        .as("%s: %s", c, without.da())
                        .isFalse();
                assertThat(callsTheMeetingsMeetingsWithTheCitizen(without.en()))
                        .as("%s: %s", c, without.en())
                        .isFalse();
                assertThat(without.da()).as(c.toString()).contains("uden borgeren");
                assertThat(without.en()).as(c.toString()).contains("without the citizen");
                assertThat(with.da()).as(c.toString()).contains("med borgeren").doesNotContain("uden borgeren");
                assertThat(with.en())
                        .as(c.toString())
                        .contains("with the citizen")
                        .doesNotContain("without the citizen");
            }
            checked.computeIfAbsent(c.rule(), r -> new TreeSet<>()).add(example.messageKey());
        }
        for (Rule rule : DeclinedMeetingsTest.MEETING_RULES) {
            Set<String> keys = new TreeSet<>(checked.getOrDefault(rule, Set.of()));
            keys.addAll(notJudging.getOrDefault(rule, Set.of()));
            assertThat(keys)
                    .as(rule.id())
                    .containsExactlyInAnyOrderElementsOf(
                            rule.definition().messages().keySet());
        }
    }

    /**
     * Whether a text says "med borgeren" or "with the citizen" anywhere but in the phrases that are not
     * about who was at the meetings.
     */
    private static boolean callsTheMeetingsMeetingsWithTheCitizen(String text) {
        String rest = text;
        for (String phrase : NOT_ABOUT_WHO_WAS_THERE) {
            rest = rest.replace(phrase, "");
        }
        return rest.contains("med borgeren") || rest.contains("with the citizen");
    }

    @Test
    void the_check_catches_the_messages_as_they_read_before_they_said_which_meetings_were_judged() {
        assertThat(callsTheMeetingsMeetingsWithTheCitizen(
                        "Der var ikke den nødvendige tolk ved nogen af de 3 møder med borgeren."))
                .isTrue();
        assertThat(callsTheMeetingsMeetingsWithTheCitizen(
                        "1 of 3 meetings with the citizen was neither prepared with the citizen nor had an agenda"
                                + " ahead."))
                .isTrue();
        assertThat(callsTheMeetingsMeetingsWithTheCitizen(
                        "Alle 3 møder, der blev holdt uden borgeren, var forberedt med borgeren, eller borgeren fik"
                                + " dagsordenen på forhånd."))
                .isFalse();
    }

    @Test
    void meetings_held_without_the_citizen_are_called_so_in_both_languages() {
        Text text = message(
                INTERPRETER_WHEN_NEEDED,
                openedCase()
                        .needs(CommunicationNeed.LANGUAGE_INTERPRETER)
                        .interpreter("int-1", InterpretationKind.LANGUAGE, false)
                        .meeting("m-1", day(5), DECLINED)
                        .meeting("m-2", day(6), WITHOUT_CITIZEN)
                        .meeting("m-3", day(7), WITHOUT_CITIZEN)
                        .meeting("m-4", day(8), WITHOUT_CITIZEN),
                day(10));

        assertThat(text)
                .isEqualTo(Text.of(
                        "Der var ikke den nødvendige tolk ved nogen af de 3 møder, der blev holdt uden borgeren.",
                        "The interpreter needed was present at none of the 3 meetings held without the citizen."));
    }

    @Test
    void meetings_the_citizen_attended_are_called_meetings_with_the_citizen() {
        Text text = message(
                MEETINGS_PREPARED,
                openedCase()
                        .meeting("m-1", day(5), WITHOUT_CITIZEN)
                        .meeting("m-2", day(6), m -> m.preparedWithCitizen(true))
                        .meeting("m-3", day(7)),
                day(10));

        assertThat(text)
                .isEqualTo(Text.of(
                        "1 af 2 møder med borgeren var ikke forberedt med borgeren, og borgeren fik heller ikke"
                                + " dagsordenen på forhånd.",
                        "1 of 2 meetings with the citizen was not prepared with the citizen, nor did the citizen receive"
                                + " the agenda in advance."));
    }

    @Test
    void a_danish_relative_clause_inside_a_sentence_is_closed_with_a_comma() {
        Text text = message(
                MEETINGS_PREPARED,
                openedCase().meeting("m-1", day(5), WITHOUT_CITIZEN.andThen(m -> m.agendaSentAhead(true))),
                day(10));

        assertThat(text)
                .isEqualTo(Text.of(
                        "Til mødet, der blev holdt uden borgeren, fik borgeren dagsordenen på forhånd.",
                        "The citizen received the agenda in advance for the meeting held without the citizen."));
    }
}
