package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.rule.Outcome.MET;
import static io.github.inddragelse.model.rule.Outcome.NOT_APPLICABLE;
import static io.github.inddragelse.model.rule.Outcome.NOT_MET;
import static io.github.inddragelse.model.standard.CollaborationRules.CHOSEN_NETWORK_TAKES_PART;
import static io.github.inddragelse.model.standard.InvolvementRules.FORMAT_ADAPTED;
import static io.github.inddragelse.model.standard.InvolvementRules.INTERPRETER_WHEN_NEEDED;
import static io.github.inddragelse.model.standard.InvolvementRules.MEETINGS_PREPARED;
import static io.github.inddragelse.model.standard.InvolvementRules.MEETING_PLACE_CHOSEN;
import static io.github.inddragelse.model.standard.LegalDutyRules.FVL_8_COMPANION;
import static io.github.inddragelse.model.standard.RuleCase.message;
import static io.github.inddragelse.model.standard.RuleCase.of;
import static io.github.inddragelse.model.testing.CaseFixtures.DECLINED;
import static io.github.inddragelse.model.testing.CaseFixtures.WITHOUT_CITIZEN;
import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.Adaptation;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules on how meetings involve the citizen never judge a meeting the citizen was invited to and
 * declined as one held with the citizen: it neither counts for the municipality nor against it, and a
 * citizen who declined every meeting makes them not applicable. Each rule gets the same three rows,
 * on a case where its need applies and a test a meeting passes.
 */
class DeclinedMeetingsTest {

    /** The rules on how meetings involve the citizen, which judge {@link Facts#meetingsWithCitizen}. */
    static final List<Rule> MEETING_RULES = List.of(
            INTERPRETER_WHEN_NEEDED,
            FORMAT_ADAPTED,
            MEETINGS_PREPARED,
            MEETING_PLACE_CHOSEN,
            CHOSEN_NETWORK_TAKES_PART,
            FVL_8_COMPANION);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_meeting_the_citizen_declined_is_not_judged_as_one_held_with_the_citizen(RuleCase c) {
        c.verify();
    }

    @Test
    void the_declined_every_meeting_message_says_why_there_is_nothing_to_judge() {
        Text text = message(MEETINGS_PREPARED, openedCase().meeting("m-1", day(5), DECLINED), day(10));

        assertThat(text.en())
                .isEqualTo("The citizen has declined every meeting in the case so far, so there is no meeting with the"
                        + " citizen to judge.");
        assertThat(text.da())
                .isEqualTo("Borgeren har indtil nu takket nej til alle sagens møder, så der er intet møde med borgeren"
                        + " at vurdere.");
    }

    @Test
    void every_meeting_rule_says_in_its_description_that_a_declined_meeting_is_left_out() {
        for (Rule rule : MEETING_RULES) {
            Text description = rule.definition().description();
            assertThat(description.da()).as(rule.id()).endsWith(Facts.MEETINGS_JUDGED_DA);
            assertThat(description.en()).as(rule.id()).endsWith(Facts.MEETINGS_JUDGED_EN);
        }
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                        rows(
                                INTERPRETER_WHEN_NEEDED,
                                () -> openedCase()
                                        .needs(CommunicationNeed.LANGUAGE_INTERPRETER)
                                        .interpreter("int-1", InterpretationKind.LANGUAGE, false),
                                m -> m.addParticipantIds("int-1"),
                                "all-interpreted",
                                "none-interpreted"),
                        rows(
                                FORMAT_ADAPTED,
                                () -> openedCase().needs(CommunicationNeed.EASY_READ),
                                m -> m.addAdaptations(Adaptation.EASY_READ),
                                "adapted",
                                "adapted-none"),
                        rows(
                                MEETINGS_PREPARED,
                                CaseFixtures::openedCase,
                                m -> m.preparedWithCitizen(true),
                                "prepared",
                                "prepared-none"),
                        rows(
                                MEETING_PLACE_CHOSEN,
                                CaseFixtures::openedCase,
                                m -> m.placeChosenByCitizen(true),
                                "chosen",
                                "chosen-none"),
                        rows(
                                CHOSEN_NETWORK_TAKES_PART,
                                () -> openedCase().participant("rel-1", Role.RELATIVE, p -> p.chosenByCitizen(true)),
                                m -> m.addParticipantIds("rel-1"),
                                "took-part",
                                "not-involved"),
                        rows(
                                FVL_8_COMPANION,
                                () -> openedCase().participant("comp-1", Role.COMPANION),
                                m -> m.addParticipantIds("comp-1"),
                                "companion-present",
                                "not-given"))
                .flatMap(rows -> rows);
    }

    /**
     * The three rows of a meeting rule: every meeting declined is not applicable; a declined meeting that
     * passes beside one held without the citizen that does not is not met on the latter alone; and a
     * declined meeting that does not pass beside one the citizen attended that does is met on the latter
     * alone.
     *
     * @param rule the rule
     * @param base a case in which the rule's need applies, without meetings
     * @param passes makes a meeting pass the rule's test
     * @param metKey the rule's message key when every meeting judged passes
     * @param notMetKey the rule's message key when none does
     * @return the rows
     */
    private static Stream<RuleCase> rows(
            Rule rule, Supplier<CaseFixtures> base, Consumer<Meeting.Builder> passes, String metKey, String notMetKey) {
        return Stream.of(
                of(
                        rule,
                        "a_citizen_who_declined_every_meeting_makes_it_not_applicable",
                        base.get()
                                .meeting("m-1", day(5), DECLINED.andThen(passes))
                                .meeting("m-2", day(8), DECLINED),
                        day(10),
                        NOT_APPLICABLE,
                        Facts.DECLINED_EVERY_MEETING),
                of(
                        rule,
                        "a_declined_meeting_does_not_count_for_the_municipality_beside_one_held_without_the_citizen",
                        base.get()
                                .meeting("m-1", day(5), DECLINED.andThen(passes))
                                .meeting("m-2", day(8), WITHOUT_CITIZEN),
                        day(10),
                        NOT_MET,
                        notMetKey,
                        "m-2"),
                of(
                        rule,
                        "a_declined_meeting_does_not_count_against_the_municipality_beside_one_the_citizen_attended",
                        base.get().meeting("m-1", day(5), DECLINED).meeting("m-2", day(8), passes),
                        day(10),
                        MET,
                        metKey,
                        "m-2"));
    }
}
