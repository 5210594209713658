package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.caseprocess.DecisionOutcome.GRANTED;
import static io.github.inddragelse.model.caseprocess.DecisionOutcome.REJECTED;
import static io.github.inddragelse.model.rule.Outcome.INSUFFICIENT_DATA;
import static io.github.inddragelse.model.rule.Outcome.MET;
import static io.github.inddragelse.model.rule.Outcome.NOT_APPLICABLE;
import static io.github.inddragelse.model.rule.Outcome.NOT_MET;
import static io.github.inddragelse.model.rule.Outcome.PARTLY_MET;
import static io.github.inddragelse.model.standard.InvolvementRules.FORMAT_ADAPTED;
import static io.github.inddragelse.model.standard.InvolvementRules.INTERPRETER_WHEN_NEEDED;
import static io.github.inddragelse.model.standard.InvolvementRules.MEETINGS_PREPARED;
import static io.github.inddragelse.model.standard.InvolvementRules.MEETING_PLACE_CHOSEN;
import static io.github.inddragelse.model.standard.InvolvementRules.NO_CHILD_INTERPRETER;
import static io.github.inddragelse.model.standard.InvolvementRules.OWN_NEED_RECORDED;
import static io.github.inddragelse.model.standard.InvolvementRules.PLAIN_LANGUAGE_DECISIONS;
import static io.github.inddragelse.model.standard.RuleCase.message;
import static io.github.inddragelse.model.standard.RuleCase.of;
import static io.github.inddragelse.model.testing.CaseFixtures.bareCase;
import static io.github.inddragelse.model.testing.CaseFixtures.day;
import static io.github.inddragelse.model.testing.CaseFixtures.openedCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.Adaptation;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.InterpretationKind;
import io.github.inddragelse.model.testing.CaseFixtures;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvolvementRulesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void involvement_rule_gives_the_expected_finding(RuleCase c) {
        c.verify();
    }

    /** A citizen who needs a language interpreter, with an adult interpreter "int-1" available. */
    private static CaseFixtures needsInterpreter() {
        return openedCase()
                .needs(CommunicationNeed.LANGUAGE_INTERPRETER)
                .interpreter("int-1", InterpretationKind.LANGUAGE, false);
    }

    /** A citizen who needs easy-read material. */
    private static CaseFixtures needsEasyRead() {
        return openedCase().needs(CommunicationNeed.EASY_READ);
    }

    @Test
    void meetings_prepared_with_the_citizen_that_also_had_the_agenda_in_advance_say_both() {
        Text text = message(
                MEETINGS_PREPARED,
                openedCase()
                        .meeting("m-1", day(5), m -> m.preparedWithCitizen(true).agendaSentAhead(true))
                        .meeting("m-2", day(8), m -> m.preparedWithCitizen(true).agendaSentAhead(true)),
                day(10));

        assertThat(text)
                .isEqualTo(Text.of(
                        "Begge møder med borgeren var forberedt med borgeren, og borgeren fik dagsordenen på"
                                + " forhånd.",
                        "Both meetings with the citizen were prepared with the citizen, and the citizen received the"
                                + " agenda in advance."));
    }

    @Test
    void a_meeting_only_with_the_agenda_in_advance_does_not_claim_it_was_prepared_with_the_citizen() {
        Text text =
                message(MEETINGS_PREPARED, openedCase().meeting("m-1", day(5), m -> m.agendaSentAhead(true)), day(10));

        assertThat(text)
                .isEqualTo(Text.of(
                        "Til mødet med borgeren fik borgeren dagsordenen på forhånd.",
                        "The citizen received the agenda in advance for the meeting with the citizen."));
    }

    static Stream<RuleCase> cases() {
        LocalDate beforeBan = LocalDate.of(2025, 3, 1);
        return Stream.of(
                // interpreter when needed
                of(
                        INTERPRETER_WHEN_NEEDED,
                        "interpreter_at_every_meeting_is_met",
                        needsInterpreter().meeting("m-1", day(5), m -> m.addParticipantIds("int-1")),
                        day(10),
                        MET,
                        "all-interpreted",
                        "m-1"),
                of(
                        INTERPRETER_WHEN_NEEDED,
                        "a_meeting_without_the_interpreter_is_partly_met",
                        needsInterpreter()
                                .meeting("m-1", day(5), m -> m.addParticipantIds("int-1"))
                                .meeting("m-2", day(8)),
                        day(10),
                        PARTLY_MET,
                        "some-interpreted",
                        "m-2"),
                of(
                        INTERPRETER_WHEN_NEEDED,
                        "meetings_without_any_interpreter_are_not_met",
                        needsInterpreter().meeting("m-1", day(5)),
                        day(10),
                        NOT_MET,
                        "none-interpreted",
                        "m-1"),
                of(
                        INTERPRETER_WHEN_NEEDED,
                        "a_child_interpreter_does_not_count",
                        needsInterpreter()
                                .interpreter("child-1", InterpretationKind.LANGUAGE, true)
                                .meeting("m-1", day(5), m -> m.addParticipantIds("child-1")),
                        day(10),
                        NOT_MET,
                        "none-interpreted",
                        "m-1"),
                of(
                        INTERPRETER_WHEN_NEEDED,
                        "an_interpreter_of_the_wrong_kind_does_not_count",
                        openedCase()
                                .needs(CommunicationNeed.SIGN_LANGUAGE_INTERPRETER)
                                .interpreter("int-1", InterpretationKind.LANGUAGE, false)
                                .meeting("m-1", day(5), m -> m.addParticipantIds("int-1")),
                        day(10),
                        NOT_MET,
                        "none-interpreted",
                        "m-1"),
                of(
                        INTERPRETER_WHEN_NEEDED,
                        "no_need_for_an_interpreter_is_not_applicable",
                        openedCase().meeting("m-1", day(5)),
                        day(10),
                        NOT_APPLICABLE,
                        "no-need"),
                of(
                        INTERPRETER_WHEN_NEEDED,
                        "need_without_meetings_is_not_applicable",
                        needsInterpreter(),
                        day(10),
                        NOT_APPLICABLE,
                        "no-meetings"),
                // no child interpreter
                of(
                        NO_CHILD_INTERPRETER,
                        "adult_interpreters_only_are_met",
                        needsInterpreter().meeting("m-1", day(5), m -> m.addParticipantIds("int-1")),
                        day(10),
                        MET,
                        "adult-interpreters",
                        "m-1"),
                of(
                        NO_CHILD_INTERPRETER,
                        "a_child_interpreting_after_the_ban_is_a_critical_finding",
                        openedCase()
                                .interpreter("child-1", InterpretationKind.LANGUAGE, true)
                                .meeting("m-1", day(5), m -> m.addParticipantIds("child-1")),
                        day(10),
                        NOT_MET,
                        "child-interpreter",
                        "m-1"),
                of(
                        NO_CHILD_INTERPRETER,
                        "a_child_interpreting_at_a_contact_is_judged_as_at_a_meeting",
                        openedCase()
                                .interpreter("child-1", InterpretationKind.LANGUAGE, true)
                                .contact("contact-2", day(3), c -> c.addParticipantIds("child-1")),
                        day(10),
                        NOT_MET,
                        "child-interpreter",
                        "contact-2"),
                of(
                        NO_CHILD_INTERPRETER,
                        "a_child_interpreting_before_the_ban_is_partly_met",
                        bareCase()
                                .openedOn(beforeBan)
                                .interpreter("child-1", InterpretationKind.LANGUAGE, true)
                                .meeting("m-1", beforeBan.plusDays(5), m -> m.addParticipantIds("child-1")),
                        day(10),
                        PARTLY_MET,
                        "child-interpreter-before-ban",
                        "m-1"),
                of(
                        NO_CHILD_INTERPRETER,
                        "no_interpreter_is_not_applicable",
                        openedCase().meeting("m-1", day(5)),
                        day(10),
                        NOT_APPLICABLE,
                        "no-interpreter"),
                // plain language
                of(
                        PLAIN_LANGUAGE_DECISIONS,
                        "decision_in_plain_language_is_met",
                        openedCase().decision("d-1", day(20), GRANTED, d -> d.plainLanguage(true)),
                        day(30),
                        MET,
                        "plain",
                        "d-1"),
                of(
                        PLAIN_LANGUAGE_DECISIONS,
                        "one_of_two_decisions_in_plain_language_is_partly_met",
                        openedCase()
                                .decision("d-1", day(20), GRANTED, d -> d.plainLanguage(true))
                                .decision("d-2", day(40), REJECTED),
                        day(50),
                        PARTLY_MET,
                        "plain-some",
                        "d-2"),
                of(
                        PLAIN_LANGUAGE_DECISIONS,
                        "decision_not_in_plain_language_is_not_met",
                        openedCase().decision("d-1", day(20), GRANTED),
                        day(30),
                        NOT_MET,
                        "plain-none",
                        "d-1"),
                of(
                        PLAIN_LANGUAGE_DECISIONS,
                        "no_decision_is_not_applicable",
                        openedCase(),
                        day(30),
                        NOT_APPLICABLE,
                        "no-decision"),
                // format adapted
                of(
                        FORMAT_ADAPTED,
                        "easy_read_meeting_is_met",
                        needsEasyRead().meeting("m-1", day(5), m -> m.addAdaptations(Adaptation.EASY_READ)),
                        day(10),
                        MET,
                        "adapted",
                        "m-1"),
                of(
                        FORMAT_ADAPTED,
                        "one_meeting_without_easy_read_is_partly_met",
                        needsEasyRead()
                                .meeting("m-1", day(5), m -> m.addAdaptations(Adaptation.EASY_READ))
                                .meeting("m-2", day(8)),
                        day(10),
                        PARTLY_MET,
                        "adapted-some",
                        "m-2"),
                of(
                        FORMAT_ADAPTED,
                        "pictures_needed_but_only_easy_read_used_is_not_met",
                        openedCase()
                                .needs(CommunicationNeed.PICTURES)
                                .meeting("m-1", day(5), m -> m.addAdaptations(Adaptation.EASY_READ)),
                        day(10),
                        NOT_MET,
                        "adapted-none",
                        "m-1"),
                of(
                        FORMAT_ADAPTED,
                        "no_need_for_adapted_format_is_not_applicable",
                        openedCase()
                                .needs(CommunicationNeed.LANGUAGE_INTERPRETER)
                                .meeting("m-1", day(5)),
                        day(10),
                        NOT_APPLICABLE,
                        "no-need"),
                of(
                        FORMAT_ADAPTED,
                        "need_without_meetings_is_not_applicable",
                        needsEasyRead(),
                        day(10),
                        NOT_APPLICABLE,
                        "no-meetings"),
                // meetings prepared
                of(
                        MEETINGS_PREPARED,
                        "meetings_prepared_or_with_agenda_are_met",
                        openedCase()
                                .meeting("m-1", day(5), m -> m.preparedWithCitizen(true))
                                .meeting("m-2", day(8), m -> m.agendaSentAhead(true)),
                        day(10),
                        MET,
                        "prepared",
                        "m-1",
                        "m-2"),
                of(
                        MEETINGS_PREPARED,
                        "one_unprepared_meeting_is_partly_met",
                        openedCase()
                                .meeting("m-1", day(5), m -> m.preparedWithCitizen(true))
                                .meeting("m-2", day(8)),
                        day(10),
                        PARTLY_MET,
                        "prepared-some",
                        "m-2"),
                of(
                        MEETINGS_PREPARED,
                        "unprepared_meetings_are_not_met",
                        openedCase().meeting("m-1", day(5)),
                        day(10),
                        NOT_MET,
                        "prepared-none",
                        "m-1"),
                of(
                        MEETINGS_PREPARED,
                        "no_meetings_is_not_applicable",
                        openedCase(),
                        day(10),
                        NOT_APPLICABLE,
                        "no-meetings"),
                // place chosen
                of(
                        MEETING_PLACE_CHOSEN,
                        "meeting_where_the_citizen_chose_is_met",
                        openedCase().meeting("m-1", day(5), m -> m.placeChosenByCitizen(true)),
                        day(10),
                        MET,
                        "chosen",
                        "m-1"),
                of(
                        MEETING_PLACE_CHOSEN,
                        "one_meeting_at_the_town_hall_is_partly_met",
                        openedCase()
                                .meeting("m-1", day(5), m -> m.placeChosenByCitizen(true))
                                .meeting("m-2", day(8)),
                        day(10),
                        PARTLY_MET,
                        "chosen-some",
                        "m-2"),
                of(
                        MEETING_PLACE_CHOSEN,
                        "no_meeting_where_the_citizen_chose_is_not_met",
                        openedCase().meeting("m-1", day(5)),
                        day(10),
                        NOT_MET,
                        "chosen-none",
                        "m-1"),
                of(
                        MEETING_PLACE_CHOSEN,
                        "no_meetings_is_not_applicable",
                        openedCase(),
                        day(10),
                        NOT_APPLICABLE,
                        "no-meetings"),
                // own need at opening
                of(
                        OWN_NEED_RECORDED,
                        "own_view_of_the_need_recorded_is_met",
                        openedCase().contact("contact-2", day(3), c -> c.citizensOwnNeed("Mit eget behov.")),
                        day(10),
                        MET,
                        "recorded",
                        "contact-2"),
                of(
                        OWN_NEED_RECORDED,
                        "contact_without_the_citizens_own_view_is_not_met",
                        openedCase(),
                        day(10),
                        NOT_MET,
                        "not-recorded",
                        "contact-1"),
                of(
                        OWN_NEED_RECORDED,
                        "no_contact_gives_insufficient_data",
                        bareCase(),
                        day(10),
                        INSUFFICIENT_DATA,
                        "no-contact"));
    }
}
