package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.ReablementAssessment;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class GeneratedCaseProperties {

    @Property(tries = 2000)
    void generated_cases_are_valid_and_have_no_defects(@ForAll CaseUnderTest c) {
        CaseProcess p = c.process();
        assertThat(CaseProcess.builder().from(p).build()).isEqualTo(p);
        assertThat(c.defects()).isEmpty();
        assertThat(c.asOf()).isEqualTo(CaseUnderTest.defaultAsOf(p));
    }

    @Property(tries = 500)
    void generated_timelines_follow_the_vum_order(@ForAll CaseProcess p) {
        List<CaseEvent> events = p.events();
        assertThat(events.get(0)).isInstanceOf(Contact.class);
        assertThat(events.get(0).date()).isEqualTo(p.openedOn());
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).date()).isAfterOrEqualTo(events.get(i - 1).date());
        }
        for (CaseEvent e : events) {
            if (e instanceof Decision) {
                assertThat(events.stream()
                                .filter(x -> x instanceof Investigation)
                                .allMatch(x -> x.date().isBefore(e.date())))
                        .isTrue();
                if (((Decision) e).outcome() != io.github.inddragelse.model.caseprocess.DecisionOutcome.GRANTED) {
                    assertThat(events.stream()
                                    .anyMatch(x ->
                                            x instanceof Hearing && x.date().isBefore(e.date())))
                            .isTrue();
                }
            }
        }
    }

    @Property(tries = 500)
    void a_generated_reablement_assessment_is_suitable_exactly_when_a_goal_to_develop_function_is_set(
            @ForAll("physicalDisability") CaseProcess p) {
        List<Investigation> assessed = eventsOf(p, Investigation.class).stream()
                .filter(i -> i.reablementAssessment().isPresent())
                .toList();
        boolean develop =
                p.events().stream().anyMatch(e -> e instanceof Goal && ((Goal) e).goalType() == GoalType.DEVELOP);
        for (Investigation i : assessed) {
            assertThat(p.appliedFor()).contains(LegalReferences.SEL_83_83A);
            assertThat(i.reablementAssessment())
                    .contains(develop ? ReablementAssessment.SUITABLE : ReablementAssessment.NOT_SUITABLE);
            Statistics.label("reablement assessment")
                    .collect(i.reablementAssessment().get().code());
        }
        if (assessed.isEmpty()) {
            Statistics.label("reablement assessment").collect("none");
        }
        // both outcomes must be drawn now and then for the rule's new paths to be exercised
        Statistics.label("reablement assessment").coverage(c -> {
            c.check("suitable").count(n -> n > 0);
            c.check("not-suitable").count(n -> n > 0);
        });
    }

    @Property(tries = 500)
    void a_generated_meeting_the_citizen_declined_comes_after_the_first_and_is_held_without_the_citizen(
            @ForAll CaseProcess p) {
        List<Meeting> meetings = eventsOf(p, Meeting.class);
        List<Meeting> declined =
                meetings.stream().filter(Meeting::citizenDeclined).toList();
        assertThat(declined).hasSizeLessThanOrEqualTo(1);
        for (Meeting m : declined) {
            assertThat(meetings.indexOf(m)).isPositive();
            assertThat(m.participantIds()).doesNotContain(p.citizenId()).isNotEmpty();
        }
        Statistics.label("declined meeting").collect(declined.isEmpty() ? "none" : "one");
        // the rule's declined path must be exercised now and then
        Statistics.label("declined meeting").coverage(c -> c.check("one").count(n -> n > 0));
    }

    @Property(tries = 500)
    void a_generated_complaint_is_sent_on_exactly_when_its_reconsideration_maintained_the_decision_and_after_it(
            @ForAll CaseProcess p) {
        List<Complaint> complaints = eventsOf(p, Complaint.class);
        for (Complaint k : complaints) {
            ReconsiderationOutcome outcome = k.reconsiderationOutcome().orElseThrow();
            assertThat(k.forwardedOn().isPresent()).as(outcome.code()).isEqualTo(outcome.mustBeSentOn());
            k.forwardedOn().ifPresent(f -> assertThat(f)
                    .isAfterOrEqualTo(k.reconsideredOn().orElseThrow()));
            Statistics.label("reconsideration outcome").collect(outcome.code());
        }
        if (complaints.isEmpty()) {
            Statistics.label("reconsideration outcome").collect("none");
        }
        // every outcome must be drawn now and then for the rule's paths to be exercised
        Statistics.label("reconsideration outcome").coverage(c -> {
            for (ReconsiderationOutcome outcome : ReconsiderationOutcome.values()) {
                c.check(outcome.code()).count(n -> n > 0);
            }
        });
    }

    /** The case's events of a type, in order. */
    private static <T extends CaseEvent> List<T> eventsOf(CaseProcess p, Class<T> type) {
        return p.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Provide
    Arbitrary<CaseProcess> physicalDisability() {
        return CaseProcesses.valid().targetGroup(TargetGroup.PHYSICAL_DISABILITY);
    }
}
