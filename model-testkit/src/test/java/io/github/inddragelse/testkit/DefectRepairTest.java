package io.github.inddragelse.testkit;

import static io.github.inddragelse.testkit.CaseEvents.eventsOf;
import static io.github.inddragelse.testkit.CaseEvents.reassessed;
import static io.github.inddragelse.testkit.CaseEvents.withAdded;
import static io.github.inddragelse.testkit.CaseEvents.withEvents;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.rule.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Defects#fix} on hand-built cases whose shapes the generators do not make: the repair written on
 * each {@link Defect} constant removes the defect there too.
 */
class DefectRepairTest {

    /**
     * {@link Scenarios#physicalDisability()} whose one hearing names no provision, with a second
     * rejection three weeks after the first, on {@code provision}, which records no hearing of its own.
     */
    private static CaseUnderTest twoRejectionsAfterOneHearing(LegalReference provision) {
        CaseUnderTest c = Scenarios.physicalDisability();
        Decision first = eventsOf(c.process(), Decision.class).get(0);
        List<CaseEvent> events = new ArrayList<>();
        for (CaseEvent e : c.process().events()) {
            events.add(
                    e instanceof Hearing h
                            ? Hearing.builder()
                                    .from(h)
                                    .provision(Optional.empty())
                                    .build()
                            : e);
        }
        events.add(Decision.builder()
                .from(first)
                .id("afgoerelse-2")
                .date(first.date().plusDays(21))
                .provision(provision)
                .build());
        return withEvents(c, events);
    }

    private static final String FVL_19 = "fvl-19-hearing-before-adverse-decision";

    /** The finding of a standard rule on a case, as of its date. */
    private static Finding finding(CaseUnderTest c, String ruleId) {
        return Assessor.standard().assess(c.process(), c.asOf()).finding(ruleId).orElseThrow();
    }

    /**
     * The case has exactly the defect, its rule reports it with the key, and the defect's repair leaves no
     * defect and the rule met.
     */
    private static void assertReportedAndRepaired(CaseUnderTest broken, Defect defect, String ruleId, String key) {
        assertThat(broken.defects()).containsExactly(defect);
        assertThat(finding(broken, ruleId).messageKey()).isEqualTo(key);

        CaseUnderTest fixed = Defects.fix(broken, defect);

        assertThat(fixed.defects()).isEmpty();
        assertThat(finding(fixed, ruleId).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void
            a_second_rejection_on_the_same_help_is_unheard_when_its_only_hearing_came_before_the_first_as_the_rule_finds() {
        Decision first = eventsOf(Scenarios.physicalDisability().process(), Decision.class)
                .get(0);
        CaseUnderTest c = twoRejectionsAfterOneHearing(first.provision());

        assertReportedAndRepaired(c, Defect.NO_HEARING_BEFORE_REJECTION, FVL_19, "not-heard");
    }

    @Test
    void a_hearing_two_adverse_decisions_were_made_before_the_answer_to_is_answered_before_the_first_of_them() {
        CaseUnderTest broken = Defects.introduce(
                twoRejectionsAfterOneHearing(LegalReferences.SEL_100), Defect.HEARING_DEADLINE_NOT_AWAITED);
        assertThat(broken.defects()).containsExactly(Defect.HEARING_DEADLINE_NOT_AWAITED);

        CaseUnderTest fixed = Defects.fix(broken, Defect.HEARING_DEADLINE_NOT_AWAITED);

        assertThat(fixed.defects()).isEmpty();
        Hearing hearing = eventsOf(fixed.process(), Hearing.class).get(0);
        Decision first = eventsOf(fixed.process(), Decision.class).get(0);
        assertThat(hearing.respondedOn())
                .hasValueSatisfying(answered ->
                        assertThat(answered).isAfterOrEqualTo(hearing.date()).isBeforeOrEqualTo(first.date()));
    }

    @Test
    void of_two_hearings_on_one_day_the_later_in_the_timeline_is_the_one_a_decision_awaits_as_the_rule_takes_it() {
        CaseUnderTest c = Scenarios.physicalDisability();
        Hearing heard = eventsOf(c.process(), Hearing.class).get(0);
        Decision decision = eventsOf(c.process(), Decision.class).get(0);
        Hearing unanswered = Hearing.builder()
                .from(heard)
                .id("partshoering-2")
                .respondedOn(Optional.empty())
                .response(Optional.empty())
                .responseDeadline(decision.date().plusDays(14))
                .build();
        CaseUnderTest broken = withAdded(c, unanswered);

        assertReportedAndRepaired(broken, Defect.HEARING_DEADLINE_NOT_AWAITED, FVL_19, "decided-before-deadline");
        assertThat(finding(broken, FVL_19).evidence()).contains("partshoering-2");
    }

    @Test
    void an_investigation_on_the_day_of_another_listed_after_it_is_the_latest_one_a_decision_rests_on() {
        CaseUnderTest c = Scenarios.physicalDisability();
        Investigation assessed = eventsOf(c.process(), Investigation.class).get(0);
        Investigation unassessed = reassessed(
                assessed, "udredning-2", assessed.date(), FunctionLevel.NOT_ASSESSED, SupportNeed.NOT_ASSESSED);
        CaseUnderTest broken = withAdded(c, unassessed);

        assertReportedAndRepaired(
                broken,
                Defect.LIFE_AREAS_NOT_ASSESSED,
                "rsl-10-investigated-before-decision",
                "no-life-areas-assessed");
    }

    @Test
    void the_duty_to_offer_an_action_plan_follows_the_latest_investigation_as_the_sel_141_rule_reads_it() {
        CaseUnderTest c = Scenarios.intellectualDisability();
        Investigation severe = eventsOf(c.process(), Investigation.class).get(0);
        Investigation moderate = reassessed(
                severe, "udredning-2", severe.date().plusDays(7), FunctionLevel.MODERATE, SupportNeed.MODERATE);
        CaseUnderTest later = withAdded(c, moderate);
        CaseUnderTest withoutPlan = withEvents(
                later,
                later.process().events().stream()
                        .filter(e -> !(e instanceof ActionPlan))
                        .toList());

        // only the earlier investigation found function significantly reduced: no duty, no defect
        assertThat(withoutPlan.defects()).isEmpty();
        assertThat(finding(withoutPlan, "sel-141-action-plan-offered").messageKey())
                .isEqualTo("not-required");

        // introducing the defect puts the significant reduction into the latest investigation
        CaseUnderTest broken = Defects.introduce(later, Defect.ACTION_PLAN_NOT_OFFERED);

        assertReportedAndRepaired(broken, Defect.ACTION_PLAN_NOT_OFFERED, "sel-141-action-plan-offered", "not-offered");
    }
}
