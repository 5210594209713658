package io.github.inddragelse.model.standard;

import static io.github.inddragelse.model.caseprocess.RecordedFact.ACTION_PLAN_HOLISTIC;
import static io.github.inddragelse.model.caseprocess.RecordedFact.ACTION_PLAN_MADE_WITH_CITIZEN;
import static io.github.inddragelse.model.caseprocess.RecordedFact.ACTION_PLAN_STATES_DURATION;
import static io.github.inddragelse.model.caseprocess.RecordedFact.ACTION_PLAN_STATES_INTERVENTION;
import static io.github.inddragelse.model.caseprocess.RecordedFact.ACTION_PLAN_STATES_PURPOSE;
import static io.github.inddragelse.model.caseprocess.RecordedFact.CASEWORKER_CHANGE_CITIZEN_INFORMED;
import static io.github.inddragelse.model.caseprocess.RecordedFact.CASEWORKER_CHANGE_HANDOVER_WITH_CITIZEN;
import static io.github.inddragelse.model.caseprocess.RecordedFact.COORDINATION_SHARED_GOALS;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_COMPLAINT_GUIDANCE;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_EXPLAINED_IN_PERSON;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_PLAIN_LANGUAGE;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_REASONS_CITE_RULES;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_REASONS_STATE_CONSIDERATIONS;
import static io.github.inddragelse.model.caseprocess.RecordedFact.DECISION_REASONS_STATE_FACTS;
import static io.github.inddragelse.model.caseprocess.RecordedFact.FOLLOW_UP_GOALS_REVIEWED_WITH_CITIZEN;
import static io.github.inddragelse.model.caseprocess.RecordedFact.FOLLOW_UP_PROVIDER_STATUS_COLLECTED;
import static io.github.inddragelse.model.caseprocess.RecordedFact.GOAL_ACCEPTED_BY_CITIZEN;
import static io.github.inddragelse.model.caseprocess.RecordedFact.GOAL_DERIVED_FROM_WISHES;
import static io.github.inddragelse.model.caseprocess.RecordedFact.GOAL_MEASURABLE;
import static io.github.inddragelse.model.caseprocess.RecordedFact.INVESTIGATION_ALL_OPTIONS_CONSIDERED;
import static io.github.inddragelse.model.caseprocess.RecordedFact.INVESTIGATION_EARLY_OFFERS_CONSIDERED;
import static io.github.inddragelse.model.caseprocess.RecordedFact.INVESTIGATION_NETWORK_MAPPED;
import static io.github.inddragelse.model.caseprocess.RecordedFact.INVESTIGATION_WISHES_IN_OWN_WORDS;
import static io.github.inddragelse.model.caseprocess.RecordedFact.MEETING_AGENDA_SENT_AHEAD;
import static io.github.inddragelse.model.caseprocess.RecordedFact.MEETING_PLACE_CHOSEN_BY_CITIZEN;
import static io.github.inddragelse.model.caseprocess.RecordedFact.MEETING_PREPARED_WITH_CITIZEN;
import static io.github.inddragelse.model.caseprocess.RecordedFact.PARTICIPANT_CHOSEN_BY_CITIZEN;
import static io.github.inddragelse.model.caseprocess.RecordedFact.PROVIDER_ORDER_PURPOSE_STATED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.rule.Rule;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which standard rules read which facts a source system may not record, and which of their message
 * keys rest on fewer of them: a public contract, since a declaration on the case turns exactly these
 * rules' not-met and partly-met findings whose keys rest on a fact declared into insufficient data.
 * The testkit's {@code RecordedFactProperties} proves on generated cases that every rule's outcome
 * moves with exactly the facts listed here, and only upwards, and never with a fact its finding's key
 * does not rest on.
 */
class StandardRuleReadsTest {

    private static final Map<String, Set<RecordedFact>> READS = new LinkedHashMap<>();

    static {
        READS.put("rsl-5-all-options-considered", EnumSet.of(INVESTIGATION_ALL_OPTIONS_CONSIDERED));
        READS.put(
                "fvl-22-24-reasons-for-adverse-decision",
                EnumSet.of(
                        DECISION_REASONS_CITE_RULES,
                        DECISION_REASONS_STATE_CONSIDERATIONS,
                        DECISION_REASONS_STATE_FACTS));
        READS.put("fvl-25-complaint-guidance", EnumSet.of(DECISION_COMPLAINT_GUIDANCE));
        READS.put(
                "caseworker-change-handover",
                EnumSet.of(CASEWORKER_CHANGE_CITIZEN_INFORMED, CASEWORKER_CHANGE_HANDOVER_WITH_CITIZEN));
        READS.put("decision-explained-in-person", EnumSet.of(DECISION_EXPLAINED_IN_PERSON));
        READS.put("decisions-in-plain-language", EnumSet.of(DECISION_PLAIN_LANGUAGE));
        READS.put(
                "meetings-prepared-with-citizen", EnumSet.of(MEETING_PREPARED_WITH_CITIZEN, MEETING_AGENDA_SENT_AHEAD));
        READS.put("meeting-place-chosen-by-citizen", EnumSet.of(MEETING_PLACE_CHOSEN_BY_CITIZEN));
        READS.put(
                "sel-141-plan-made-with-citizen",
                EnumSet.of(
                        ACTION_PLAN_MADE_WITH_CITIZEN,
                        ACTION_PLAN_STATES_PURPOSE,
                        ACTION_PLAN_STATES_INTERVENTION,
                        ACTION_PLAN_STATES_DURATION));
        READS.put("sel-141-holistic-plan", EnumSet.of(ACTION_PLAN_HOLISTIC));
        READS.put("coordination-with-shared-goals", EnumSet.of(COORDINATION_SHARED_GOALS));
        READS.put("provider-order-carries-purpose-and-goals", EnumSet.of(PROVIDER_ORDER_PURPOSE_STATED));
        READS.put("sel-148-provider-status-collected", EnumSet.of(FOLLOW_UP_PROVIDER_STATUS_COLLECTED));
        READS.put("chosen-network-takes-part", EnumSet.of(PARTICIPANT_CHOSEN_BY_CITIZEN));
        READS.put("wishes-in-own-words", EnumSet.of(INVESTIGATION_WISHES_IN_OWN_WORDS));
        READS.put("goals-derived-from-wishes", EnumSet.of(GOAL_DERIVED_FROM_WISHES));
        READS.put("goals-accepted-by-citizen", EnumSet.of(GOAL_ACCEPTED_BY_CITIZEN));
        READS.put("network-mapped", EnumSet.of(INVESTIGATION_NETWORK_MAPPED));
        READS.put("early-offers-considered", EnumSet.of(INVESTIGATION_EARLY_OFFERS_CONSIDERED));
        READS.put("sel-148-goals-reviewed-with-citizen", EnumSet.of(FOLLOW_UP_GOALS_REVIEWED_WITH_CITIZEN));
        READS.put("goals-measurable", EnumSet.of(GOAL_MEASURABLE));
    }

    /**
     * The message keys whose outcome rests on fewer than all the facts their rule reads, with the facts
     * they rest on; every other key rests on all of them.
     */
    private static final Map<String, Map<String, Set<RecordedFact>>> RESTS_ON = new LinkedHashMap<>();

    static {
        RESTS_ON.put(
                "fvl-22-24-reasons-for-adverse-decision",
                Map.of(
                        "reasons-without-rules-or-facts",
                        EnumSet.of(DECISION_REASONS_CITE_RULES, DECISION_REASONS_STATE_FACTS)));
        RESTS_ON.put(
                "caseworker-change-handover",
                Map.of("informed-only", EnumSet.of(CASEWORKER_CHANGE_HANDOVER_WITH_CITIZEN)));
        RESTS_ON.put(
                "sel-141-plan-made-with-citizen",
                Map.of(
                        "not-with-citizen",
                        EnumSet.of(ACTION_PLAN_MADE_WITH_CITIZEN),
                        "contents-missing",
                        EnumSet.of(
                                ACTION_PLAN_STATES_PURPOSE,
                                ACTION_PLAN_STATES_INTERVENTION,
                                ACTION_PLAN_STATES_DURATION)));
        RESTS_ON.put(
                "provider-order-carries-purpose-and-goals",
                Map.of("goals-missing", EnumSet.noneOf(RecordedFact.class)));
        RESTS_ON.put("wishes-in-own-words", Map.of("no-wishes", EnumSet.noneOf(RecordedFact.class)));
    }

    @Test
    void the_standard_rules_declare_exactly_these_keys_resting_on_fewer_facts_than_they_read() {
        Map<String, Map<String, Set<RecordedFact>>> declared = new LinkedHashMap<>();
        for (Rule rule : StandardRules.all()) {
            if (!rule.definition().restsOn().isEmpty()) {
                declared.put(rule.id(), rule.definition().restsOn());
            }
        }
        assertThat(declared).containsExactlyInAnyOrderEntriesOf(RESTS_ON);
    }

    @Test
    void each_standard_rule_declares_exactly_the_facts_it_reads_and_the_others_declare_none() {
        Map<String, Set<RecordedFact>> declared = new LinkedHashMap<>();
        for (Rule rule : StandardRules.all()) {
            if (!rule.definition().reads().isEmpty()) {
                declared.put(rule.id(), rule.definition().reads());
            }
        }
        assertThat(declared).containsExactlyInAnyOrderEntriesOf(READS);
    }

    @Test
    void every_fact_is_read_by_some_standard_rule_except_written_guidance_and_consent() {
        Set<RecordedFact> read = EnumSet.noneOf(RecordedFact.class);
        READS.values().forEach(read::addAll);

        assertThat(EnumSet.complementOf(EnumSet.copyOf(read)))
                .containsExactly(RecordedFact.INFORMATION_GATHERING_CONSENT_OBTAINED, RecordedFact.GUIDANCE_WRITTEN);
    }
}
