package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.standard.CollaborationRules;
import io.github.inddragelse.model.standard.InvolvementRules;
import io.github.inddragelse.model.standard.LegalDutyRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A meeting the citizen was invited to and declined weighs in none of the rules on how meetings involve
 * the citizen: each gives the outcome, evidence and arguments it gives when that meeting was never
 * held. Only the message key may differ, where the rule is not applicable: {@code
 * declined-every-meeting} instead of {@code no-meetings}. Half the cases first keep the citizen out of
 * every meeting, so that the rules judge the meetings held without the citizen.
 */
class DeclinedMeetingProperties {

    private static final Assessor ASSESSOR = Assessor.standard();

    private static final List<String> MEETING_RULES = Stream.of(
                    InvolvementRules.INTERPRETER_WHEN_NEEDED,
                    InvolvementRules.FORMAT_ADAPTED,
                    InvolvementRules.MEETINGS_PREPARED,
                    InvolvementRules.MEETING_PLACE_CHOSEN,
                    CollaborationRules.CHOSEN_NETWORK_TAKES_PART,
                    LegalDutyRules.FVL_8_COMPANION)
            .map(Rule::id)
            .toList();

    @Property(tries = 300)
    void a_meeting_the_citizen_declined_weighs_in_the_meeting_rules_as_if_it_had_never_been_held(
            @ForAll CaseUnderTest generated, @ForAll boolean citizenKeptOut, @ForAll @IntRange(max = 99) int pick) {
        CaseUnderTest c = citizenKeptOut && Defects.canIntroduce(generated, Defect.NO_CITIZEN_AT_MEETINGS)
                ? generated.withDefect(Defect.NO_CITIZEN_AT_MEETINGS)
                : generated;
        CaseProcess p = c.process();
        List<Meeting> meetings = p.events().stream()
                .filter(Meeting.class::isInstance)
                .map(Meeting.class::cast)
                .toList();
        Assume.that(!meetings.isEmpty());
        Meeting chosen = meetings.get(pick % meetings.size());

        Assessment declined = ASSESSOR.assess(replaced(p, chosen, declined(p, chosen)), c.asOf());
        Assessment neverHeld = ASSESSOR.assess(replaced(p, chosen, null), c.asOf());

        for (String ruleId : MEETING_RULES) {
            Finding d = declined.finding(ruleId).orElseThrow();
            Finding n = neverHeld.finding(ruleId).orElseThrow();
            assertThat(d.outcome()).as(ruleId).isEqualTo(n.outcome());
            assertThat(d.evidence()).as(ruleId).isEqualTo(n.evidence());
            assertThat(d.args()).as(ruleId).isEqualTo(n.args());
            if (!n.messageKey().equals("no-meetings")) {
                assertThat(d.messageKey()).as(ruleId).isEqualTo(n.messageKey());
            }
        }
        Statistics.label("other meetings").collect(others(p, chosen));
        // the rules' three ways of choosing the meetings they judge must all be exercised
        Statistics.label("other meetings").coverage(s -> {
            s.check("one the citizen attended").count(k -> k > 0);
            s.check("held without the citizen only").count(k -> k > 0);
            s.check("none held").count(k -> k > 0);
        });
    }

    /** The meeting as one the citizen was invited to and declined: held without the citizen. */
    private static Meeting declined(CaseProcess p, Meeting m) {
        return Meeting.builder()
                .from(m)
                .participantIds(m.participantIds().stream()
                        .filter(id -> !id.equals(p.citizenId()))
                        .toList())
                .citizenDeclined(true)
                .build();
    }

    /** The process with one event replaced by another, or left out when that is null. */
    private static CaseProcess replaced(CaseProcess p, CaseEvent event, CaseEvent replacement) {
        List<CaseEvent> events = new ArrayList<>();
        for (CaseEvent e : p.events()) {
            if (e != event) {
                events.add(e);
            } else if (replacement != null) {
                events.add(replacement);
            }
        }
        return CaseProcess.builder().from(p).events(events).build();
    }

    /** What the case's other meetings are: one the citizen attended, only ones held without, or none. */
    private static String others(CaseProcess p, Meeting chosen) {
        List<Meeting> held = p.events().stream()
                .filter(e -> e instanceof Meeting m && m != chosen && !m.citizenDeclined())
                .map(Meeting.class::cast)
                .toList();
        if (held.stream().anyMatch(m -> m.involves(p.citizenId()))) {
            return "one the citizen attended";
        }
        return held.isEmpty() ? "none held" : "held without the citizen only";
    }
}
