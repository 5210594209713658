package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Investigation;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleDefinition;
import io.github.inddragelse.model.standard.StandardRules;
import io.github.inddragelse.testkit.internal.FactEdit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The facts a source system may not record, on generated cases for every standard rule:
 *
 * <ol>
 *   <li>Monotone and complete: setting one fact to true on one event or participant never lowers the
 *       outcome of a rule that reads it (not met below partly met below met, among the outcomes that
 *       are scored) and never takes a met rule anywhere else; and it never changes the outcome of a
 *       rule that does not declare it. So a met rule never rests on a fact read as false, and the
 *       standard rules declare every fact they read. Nor does it change a not-met or partly-met
 *       outcome whose message key does not rest on the fact ({@code RuleDefinition.restsOn(key)}): the
 *       keys declare every fact they rest on.
 *   <li>A case that declares facts not recorded never gets a not-met or partly-met finding whose
 *       message key rests on one of them: the rule's would-be shortfall is insufficient data with the
 *       same evidence, naming exactly those facts, and every other finding, also a shortfall whose key
 *       rests on none of them, is what it is without the declaration.
 * </ol>
 *
 * <p>To reach every fact, each case first gets every fact set at random on every event and
 * participant that can hold it, and one investigation in four loses the citizen's wishes, which the
 * generator always records.
 */
class RecordedFactProperties {

    private static final Assessor ASSESSOR = Assessor.standard();
    private static final List<Rule> RULES = StandardRules.all();

    @Provide
    Arbitrary<CaseUnderTest> cases() {
        return Arbitraries.oneOf(
                CaseProcesses.valid().variation(1).events(1, 60).underTest(),
                Arbitraries.of(Defect.class).flatMap(d -> CaseProcesses.valid()
                        .withDefects(d)
                        .events(1, 60)
                        .underTest()));
    }

    @Property(tries = 300)
    void setting_a_fact_to_true_never_lowers_a_rule_that_reads_it_and_never_moves_one_that_does_not(
            @ForAll("cases") CaseUnderTest generated, @ForAll Random random) {
        CaseProcess base = scrambled(generated.process(), random);
        List<Finding> before = ASSESSOR.assess(base, generated.asOf()).findings();
        int raised = 0;
        for (RecordedFact fact : RecordedFact.values()) {
            for (CaseProcess variant : settingTrue(base, fact)) {
                List<Finding> after = ASSESSOR.assess(variant, generated.asOf()).findings();
                for (int r = 0; r < RULES.size(); r++) {
                    Outcome was = before.get(r).outcome();
                    Outcome is = after.get(r).outcome();
                    String what =
                            RULES.get(r).id() + " with " + fact.code() + " set: " + was.code() + " -> " + is.code();
                    RuleDefinition definition = RULES.get(r).definition();
                    if (definition.reads().contains(fact)) {
                        assertThat(was != Outcome.MET || is == Outcome.MET)
                                .as(what)
                                .isTrue();
                        if (fallsShort(was)
                                && !definition
                                        .restsOn(before.get(r).messageKey())
                                        .contains(fact)) {
                            assertThat(is)
                                    .as(what + ", key " + before.get(r).messageKey() + " not resting on it")
                                    .isEqualTo(was);
                            Statistics.label("set a fact the shortfall does not rest on")
                                    .collect(RULES.get(r).id() + " "
                                            + before.get(r).messageKey());
                        }
                        assertThat(!was.isScored() || !is.isScored() || rank(is) >= rank(was))
                                .as(what)
                                .isTrue();
                        if (was.isScored() && is.isScored() && rank(is) > rank(was)) {
                            raised++;
                            Statistics.label("raised").collect(fact.code());
                        }
                    } else {
                        assertThat(is).as(what).isEqualTo(was);
                    }
                }
            }
        }
        Statistics.label("any raised").collect(raised > 0);
        Statistics.label("any raised").coverage(c -> c.check(true).count(n -> n > 0));
    }

    /** The statistics of shortfalls that stand where the case does not record facts their rule reads. */
    private static final String STANDS = "stands: rests on none of the facts declared";

    @Property(tries = 200)
    void a_case_that_does_not_record_facts_gets_no_shortfall_resting_on_them_and_the_others_stand(
            @ForAll("cases") CaseUnderTest generated, @ForAll Random random) {
        CaseUnderTest c = new CaseUnderTest(scrambled(generated.process(), random), generated.asOf());
        Set<RecordedFact> facts = EnumSet.noneOf(RecordedFact.class);
        for (RecordedFact fact : RecordedFact.values()) {
            if (random.nextBoolean()) {
                facts.add(fact);
            }
        }
        CaseUnderTest unrecorded = c.notRecording(facts.toArray(RecordedFact[]::new));
        // the same records without the declaration: the facts are false, as the system delivers them
        CaseProcess undeclared = CaseProcess.builder()
                .from(unrecorded.process())
                .notRecorded(Set.of())
                .build();
        Assessment with = ASSESSOR.assess(unrecorded.process(), unrecorded.asOf());
        Assessment without = ASSESSOR.assess(undeclared, unrecorded.asOf());

        for (int r = 0; r < RULES.size(); r++) {
            Finding w = with.findings().get(r);
            Finding o = without.findings().get(r);
            RuleDefinition definition = RULES.get(r).definition();
            Set<RecordedFact> read = among(definition.reads(), facts);
            Set<RecordedFact> restedOn = among(definition.restsOn(o.messageKey()), facts);
            boolean shortfall = fallsShort(o.outcome());
            if (!read.isEmpty() && o.outcome() == Outcome.NOT_APPLICABLE && !w.equals(o)) {
                // a rule may say it cannot judge where, without the fact, it would not apply
                // (chosen-network-takes-part when whom the citizen chose is not recorded)
                assertThat(w.outcome()).as(w.ruleId()).isEqualTo(Outcome.INSUFFICIENT_DATA);
                assertThat(w.isCritical()).as(w.ruleId()).isFalse();
                Statistics.label("not applicable turned into insufficient data").collect(w.ruleId());
            } else if (restedOn.isEmpty() || !shortfall) {
                assertThat(w).as(w.ruleId()).isEqualTo(o);
                if (shortfall && !read.isEmpty()) {
                    Statistics.label(STANDS).collect(w.ruleId() + " " + w.messageKey());
                }
            } else {
                assertThat(w.outcome()).as(w.ruleId()).isNotIn(Outcome.NOT_MET, Outcome.PARTLY_MET);
                AssessmentAssert.assertThat(with)
                        .finding(w.ruleId())
                        .isNotRecorded(restedOn.toArray(RecordedFact[]::new))
                        .isNotCritical();
                assertThat(w.args().get("notRecorded"))
                        .as(w.ruleId())
                        .isEqualTo(String.join(
                                ",", restedOn.stream().map(RecordedFact::code).toList()));
                assertThat(w.evidence()).as(w.ruleId()).isEqualTo(o.evidence());
                assertThat(w.args()).as(w.ruleId()).containsAllEntriesOf(o.args());
                Statistics.label("turned into insufficient data").collect(w.ruleId());
            }
        }
        Statistics.label(STANDS).coverage(s -> {
            s.check("wishes-in-own-words no-wishes").count(n -> n > 0);
            s.check("sel-141-plan-made-with-citizen not-with-citizen").count(n -> n > 0);
        });
    }

    @Property(tries = 100)
    void generated_cases_that_do_not_record_some_facts_declare_them_and_have_them_false_everywhere(
            @ForAll("notRecordingSome") CaseUnderTest c) {
        Set<RecordedFact> declared = c.process().notRecorded();
        for (RecordedFact fact : declared) {
            assertThat(c.process().events()).noneMatch(fact::isTrueOn);
            assertThat(c.process().participants()).noneMatch(fact::isTrueOn);
        }
        Statistics.label("facts declared")
                .collect(declared.isEmpty() ? "none" : declared.size() < 5 ? "1-4" : "5 or more");
        Statistics.label("facts declared").coverage(s -> {
            s.check("none").count(n -> n > 0);
            s.check("1-4").count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<CaseUnderTest> notRecordingSome() {
        return CaseProcesses.valid().notRecordingSome().underTest();
    }

    @Property(tries = 30)
    void an_adverse_decision_without_complaint_guidance_from_a_system_that_does_not_record_it_is_not_critical(
            @ForAll("withoutGuidanceRecorded") CaseUnderTest c) {
        assertThat(c.process().notRecorded())
                .containsExactly(RecordedFact.GOAL_MEASURABLE, RecordedFact.DECISION_COMPLAINT_GUIDANCE);
        AssessmentAssert.assertThat(ASSESSOR.assess(c.process(), c.asOf()))
                .finding("fvl-25-complaint-guidance")
                .isNotRecorded(RecordedFact.DECISION_COMPLAINT_GUIDANCE)
                .isNotCritical();
    }

    @Provide
    Arbitrary<CaseUnderTest> withoutGuidanceRecorded() {
        return CaseProcesses.valid()
                .withDefects(Defect.NO_COMPLAINT_GUIDANCE)
                .notRecording(RecordedFact.GOAL_MEASURABLE, RecordedFact.DECISION_COMPLAINT_GUIDANCE)
                .underTest();
    }

    private static boolean fallsShort(Outcome outcome) {
        return outcome == Outcome.NOT_MET || outcome == Outcome.PARTLY_MET;
    }

    /** The facts of a set that are also among others, in declaration order. */
    private static Set<RecordedFact> among(Set<RecordedFact> facts, Set<RecordedFact> others) {
        Set<RecordedFact> both = EnumSet.noneOf(RecordedFact.class);
        both.addAll(facts);
        both.retainAll(others);
        return both;
    }

    /** Not met is lowest, then partly met, then met. */
    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case NOT_MET -> 0;
            case PARTLY_MET -> 1;
            default -> 2;
        };
    }

    /**
     * The case with every fact set at random on every event and participant that holds it, after one
     * investigation in four has lost the citizen's wishes; a value that would break an invariant
     * (wishes in the citizen's own words where none are recorded) is left as it was.
     */
    private static CaseProcess scrambled(CaseProcess process, Random random) {
        List<Participant> participants = new ArrayList<>();
        for (Participant p : process.participants()) {
            participants.add(FactEdit.with(p, RecordedFact.PARTICIPANT_CHOSEN_BY_CITIZEN, random.nextBoolean()));
        }
        List<CaseEvent> events = new ArrayList<>();
        for (CaseEvent e : process.events()) {
            CaseEvent changed = e;
            if (changed instanceof Investigation i && random.nextInt(4) == 0) {
                // the generator always records wishes; a finding that there are none rests on no fact
                changed = Investigation.builder()
                        .from(i)
                        .citizensWishes(Optional.empty())
                        .wishesInOwnWords(false)
                        .build();
            }
            for (RecordedFact fact : RecordedFact.values()) {
                if (fact.recordedOn().isInstance(changed)) {
                    changed = settable(changed, fact, random.nextBoolean());
                }
            }
            events.add(changed);
        }
        return CaseProcess.builder()
                .from(process)
                .participants(participants)
                .events(events)
                .build();
    }

    private static CaseEvent settable(CaseEvent event, RecordedFact fact, boolean value) {
        try {
            return FactEdit.with(event, fact, value);
        } catch (InvalidModelException e) {
            return event;
        }
    }

    /** Each way to set one fact to true on one event or participant where it is false. */
    private static List<CaseProcess> settingTrue(CaseProcess process, RecordedFact fact) {
        List<CaseProcess> variants = new ArrayList<>();
        if (fact.recordedOn() == Participant.class) {
            List<Participant> participants = process.participants();
            for (int i = 0; i < participants.size(); i++) {
                if (!fact.isTrueOn(participants.get(i))) {
                    List<Participant> changed = new ArrayList<>(participants);
                    changed.set(i, FactEdit.with(participants.get(i), fact, true));
                    variants.add(CaseProcess.builder()
                            .from(process)
                            .participants(changed)
                            .build());
                }
            }
            return variants;
        }
        List<CaseEvent> events = process.events();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (fact.recordedOn().isInstance(e) && !fact.isTrueOn(e)) {
                CaseEvent set = settable(e, fact, true);
                if (set != e) {
                    assertThat(fact.isTrueOn(set)).as(fact.code()).isTrue();
                    List<CaseEvent> changed = new ArrayList<>(events);
                    changed.set(i, set);
                    variants.add(
                            CaseProcess.builder().from(process).events(changed).build());
                }
            }
        }
        return variants;
    }
}
