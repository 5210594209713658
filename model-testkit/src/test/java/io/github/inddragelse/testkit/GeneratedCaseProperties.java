package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Complaint;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.Goal;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.ReablementAssessment;
import io.github.inddragelse.model.caseprocess.ReconsiderationOutcome;
import io.github.inddragelse.model.catalogue.GoalType;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.standard.LegalDutyRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
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

    /**
     * The legal duties that a generated case without defects never fails, at any variation: every way
     * the standard rules find one of them failed is a {@link Defect} to ask for.
     */
    private static final List<Rule> DUTIES_NAMED_BY_DEFECTS = List.of(
            LegalDutyRules.RSL_3_DEADLINE_OR_NOTICE,
            LegalDutyRules.FVL_19_HEARING,
            LegalDutyRules.FVL_22_24_REASONS,
            LegalDutyRules.FVL_25_COMPLAINT_GUIDANCE,
            LegalDutyRules.RSL_10_INVESTIGATED,
            LegalDutyRules.RSL_66_67_RECONSIDERED,
            LegalDutyRules.SEL_148_FOLLOW_UP_HELD,
            LegalDutyRules.SEL_148_CHANGE_NEEDS_DECISION);

    private static final Assessor DUTIES =
            Assessor.builder().addRules(DUTIES_NAMED_BY_DEFECTS).build();

    @Property(tries = 1000)
    void a_generated_case_without_defects_fails_none_of_the_legal_duties_whose_failures_are_defects(
            @ForAll("anyVariation") CaseUnderTest c) {
        Assessment assessment = DUTIES.assess(c.process(), c.asOf());
        for (Finding f : assessment.findings()) {
            assertThat(f.outcome())
                    .as(f.ruleId() + " " + f.messageKey() + " in case "
                            + c.process().caseId() + " as of " + c.asOf())
                    .isNotIn(Outcome.NOT_MET, Outcome.PARTLY_MET);
        }
    }

    @Provide
    Arbitrary<CaseUnderTest> anyVariation() {
        return Arbitraries.doubles()
                .between(0, 1)
                .flatMap(v -> CaseProcesses.valid().variation(v).underTest());
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
                // a decision that does not grant in full is heard first, unless it records why no hearing was
                // needed (FVL §19)
                if (((Decision) e).outcome() != io.github.inddragelse.model.caseprocess.DecisionOutcome.GRANTED
                        && ((Decision) e).hearingExemption().isEmpty()) {
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
    void
            a_generated_meeting_the_citizen_declined_comes_after_the_first_or_the_citizen_declined_every_one_and_each_is_held_without_the_citizen(
                    @ForAll CaseProcess p) {
        List<Meeting> meetings = eventsOf(p, Meeting.class);
        List<Meeting> declined =
                meetings.stream().filter(Meeting::citizenDeclined).toList();
        boolean every = !meetings.isEmpty() && declined.size() == meetings.size();
        if (every) {
            // never a meeting where a decision was explained to the citizen
            assertThat(meetings).noneMatch(m -> m.purpose() == MeetingPurpose.DECISION);
        } else {
            assertThat(declined).hasSizeLessThanOrEqualTo(1);
            for (Meeting m : declined) {
                assertThat(meetings.indexOf(m)).isPositive();
            }
        }
        for (Meeting m : declined) {
            assertThat(m.participantIds()).doesNotContain(p.citizenId()).isNotEmpty();
        }
        Statistics.label("declined meeting").collect(declined.isEmpty() ? "none" : every ? "every" : "one");
        // the rule's declined path must be exercised now and then
        Statistics.label("declined meeting").coverage(c -> c.check("one").count(n -> n > 0));
    }

    @Property(tries = 500)
    void
            a_generated_complaint_is_reconsidered_and_sent_on_when_its_reconsideration_maintained_the_decision_within_four_weeks_or_is_still_within_them(
                    @ForAll CaseUnderTest c) {
        List<Complaint> complaints = eventsOf(c.process(), Complaint.class);
        for (Complaint k : complaints) {
            LocalDate due = k.date().plusDays(28);
            Optional<ReconsiderationOutcome> outcome = k.reconsiderationOutcome();
            k.reconsideredOn().ifPresent(r -> assertThat(r).isBeforeOrEqualTo(due));
            k.forwardedOn().ifPresent(f -> {
                assertThat(outcome.map(ReconsiderationOutcome::mustBeSentOn)).contains(true);
                assertThat(f).isAfterOrEqualTo(k.reconsideredOn().orElseThrow()).isBeforeOrEqualTo(due);
            });
            // not reconsidered, not yet sent on, or what the reconsideration concluded not recorded: only while
            // the four weeks run
            boolean closed = outcome.isPresent()
                    && (k.forwardedOn().isPresent() || !outcome.get().mustBeSentOn());
            if (!closed) {
                assertThat(c.asOf())
                        .as("as-of date of open complaint " + k.id())
                        .isBeforeOrEqualTo(due);
            }
            Statistics.label("reconsideration outcome")
                    .collect(outcome.map(ReconsiderationOutcome::code).orElse("not recorded"));
        }
        if (complaints.isEmpty()) {
            Statistics.label("reconsideration outcome").collect("none");
        }
        // every outcome must be drawn now and then for the rule's paths to be exercised
        Statistics.label("reconsideration outcome").coverage(check -> {
            for (ReconsiderationOutcome outcome : ReconsiderationOutcome.values()) {
                check.check(outcome.code()).count(n -> n > 0);
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
