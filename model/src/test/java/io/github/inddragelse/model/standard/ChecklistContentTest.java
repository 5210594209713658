package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.checklist.Perspective;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChecklistContentTest {

    /** The ids of the twelve dimensions of the standard catalogue, elements first. */
    static final List<String> DIMENSIONS = Stream.concat(
                    StandardCatalogue.get().elements().stream(), StandardCatalogue.get().principles().stream())
            .map(Dimension::id)
            .toList();

    @Test
    void the_checklists_are_written_for_the_twelve_dimensions_of_the_standard_catalogue() {
        assertThat(DIMENSIONS).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void the_four_checklists_come_in_a_fixed_order_with_id_version_and_perspective() {
        assertThat(StandardChecklists.all())
                .extracting(Checklist::id, Checklist::version, Checklist::perspective)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sagsbehandler", "1", Perspective.CASEWORKER),
                        org.assertj.core.groups.Tuple.tuple("borger", "1", Perspective.CITIZEN),
                        org.assertj.core.groups.Tuple.tuple("leder", "1", Perspective.LEADER),
                        org.assertj.core.groups.Tuple.tuple("udfoerer", "1", Perspective.PROVIDER));
        assertThat(StandardChecklists.all())
                .containsExactly(
                        StandardChecklists.caseworker(),
                        StandardChecklists.citizen(),
                        StandardChecklists.leader(),
                        StandardChecklists.provider());
    }

    @Test
    void checklists_are_found_by_id_and_an_unknown_id_finds_nothing() {
        for (Checklist checklist : StandardChecklists.all()) {
            assertThat(StandardChecklists.byId(checklist.id())).containsSame(checklist);
        }
        assertThat(StandardChecklists.byId("sagsbehandler")).containsSame(StandardChecklists.caseworker());
        assertThat(StandardChecklists.byId("ukendt")).isEmpty();
    }

    @Test
    void every_dimension_has_at_least_two_caseworker_items() {
        Map<String, Long> perDimension = countPerDimension(StandardChecklists.caseworker());
        assertThat(perDimension.keySet()).containsExactlyInAnyOrderElementsOf(DIMENSIONS);
        assertThat(perDimension)
                .allSatisfy(
                        (dimension, count) -> assertThat(count).as(dimension).isGreaterThanOrEqualTo(2));
        assertThat(StandardChecklists.caseworker().items()).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void the_citizen_checklist_has_at_least_twelve_items_covering_all_twelve_dimensions() {
        Checklist citizen = StandardChecklists.citizen();
        assertThat(citizen.items()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(countPerDimension(citizen).keySet()).containsExactlyInAnyOrderElementsOf(DIMENSIONS);
    }

    @Test
    void the_citizen_is_asked_about_involvement_say_over_the_help_and_attention_to_their_situation() {
        // VIVE 2021: citizens rate exactly these far lower than caseworkers do.
        Checklist citizen = StandardChecklists.citizen();
        assertThat(citizen.item("b-07").orElseThrow().dimensions()).contains(StandardCatalogue.INVOLVEMENT);
        assertThat(citizen.item("b-17").orElseThrow().question().da()).contains("bestemme, hvilken hjælp");
        assertThat(citizen.item("b-06").orElseThrow().question().da()).contains("forstår min situation");
    }

    @Test
    void the_caseworker_and_the_citizen_answer_on_every_dimension_so_the_trust_gap_is_defined() {
        Set<String> caseworker =
                countPerDimension(StandardChecklists.caseworker()).keySet();
        Set<String> citizen = countPerDimension(StandardChecklists.citizen()).keySet();
        assertThat(citizen).isEqualTo(caseworker).containsExactlyInAnyOrderElementsOf(DIMENSIONS);
    }

    @Test
    void citizen_items_mirror_caseworker_items_that_apply_under_the_same_condition() {
        Checklist cw = StandardChecklists.caseworker();
        Checklist b = StandardChecklists.citizen();
        Map<String, String> mirrors = Map.of(
                "b-12", "sb-13", // wishes in own words
                "b-13", "sb-14", // resources
                "b-16", "sb-21", // goals are the citizen's own
                "b-17", "sb-23", // say over the help
                "b-21", "sb-25", // hearing
                "b-22", "sb-26", // reasons
                "b-23", "sb-27", // complaint guidance
                "b-27", "sb-34"); // follow-up on the citizen's terms
        mirrors.forEach((citizenId, caseworkerId) -> {
            ChecklistItem citizenItem = b.item(citizenId).orElseThrow();
            ChecklistItem caseworkerItem = cw.item(caseworkerId).orElseThrow();
            assertThat(citizenItem.appliesWhen()).as(citizenId).isEqualTo(caseworkerItem.appliesWhen());
            assertThat(caseworkerItem.dimensions()).as(citizenId).containsAnyElementsOf(citizenItem.dimensions());
        });
    }

    @Test
    void the_leader_and_provider_checklists_are_short_and_cover_what_they_can_see() {
        assertThat(StandardChecklists.leader().items()).hasSizeBetween(8, 12);
        assertThat(countPerDimension(StandardChecklists.leader()).keySet())
                .containsExactlyInAnyOrderElementsOf(DIMENSIONS);
        assertThat(StandardChecklists.provider().items()).hasSizeBetween(6, 10);
        assertThat(countPerDimension(StandardChecklists.provider()).keySet())
                .contains(
                        StandardCatalogue.COLLABORATION,
                        StandardCatalogue.P1_HOPES_WISHES_DREAMS,
                        StandardCatalogue.P7_FOLLOW_UP,
                        StandardCatalogue.P8_KNOWLEDGE_METHODS);
    }

    @Test
    void every_dimension_id_used_exists_in_the_standard_catalogue() {
        for (Checklist checklist : StandardChecklists.all()) {
            for (ChecklistItem item : checklist.items()) {
                assertThat(item.dimensions())
                        .as(checklist.id() + "/" + item.id())
                        .doesNotHaveDuplicates()
                        .allSatisfy(d -> assertThat(StandardCatalogue.get().dimension(d))
                                .as(d)
                                .isPresent());
            }
        }
    }

    @Test
    void item_ids_are_unique_numbered_in_order_and_carry_their_checklist_prefix() {
        Map<String, String> prefixes = Map.of("sagsbehandler", "sb", "borger", "b", "leder", "l", "udfoerer", "u");
        Set<String> all = new HashSet<>();
        for (Checklist checklist : StandardChecklists.all()) {
            List<String> ids = checklist.items().stream().map(ChecklistItem::id).toList();
            for (int i = 0; i < ids.size(); i++) {
                assertThat(ids.get(i)).isEqualTo(String.format("%s-%02d", prefixes.get(checklist.id()), i + 1));
                assertThat(all.add(ids.get(i))).as(ids.get(i)).isTrue();
            }
        }
    }

    @Test
    void every_item_and_option_has_danish_and_english_text_and_every_option_an_anchor() {
        for (Checklist checklist : StandardChecklists.all()) {
            assertBilingual(checklist.title(), checklist.id() + " title");
            for (ChecklistItem item : checklist.items()) {
                assertBilingual(item.question(), item.id());
                assertThat(AnswerScales.all()).as(item.id()).contains(item.scale());
                for (AnswerOption option : item.scale().options()) {
                    assertBilingual(option.label(), item.id() + "/" + option.code() + " label");
                    assertBilingual(option.anchor(), item.id() + "/" + option.code() + " anchor");
                    assertThat(option.anchor()).isNotEqualTo(option.label());
                }
            }
        }
    }

    @Test
    void items_on_guarantee_rules_weigh_twice_as_much_and_all_other_items_once() {
        Set<String> guarantee = Set.of("sb-11", "sb-17", "sb-25", "sb-26", "sb-27", "l-06", "l-07", "l-08");
        for (Checklist checklist : StandardChecklists.all()) {
            for (ChecklistItem item : checklist.items()) {
                assertThat(item.weight()).as(item.id()).isEqualTo(guarantee.contains(item.id()) ? 2.0 : 1.0);
            }
        }
    }

    @Test
    void hearing_reasons_and_complaint_guidance_items_apply_only_after_an_adverse_decision() {
        for (String id : List.of("sb-25", "sb-26", "sb-27")) {
            assertThat(StandardChecklists.caseworker().item(id).orElseThrow().appliesWhen())
                    .isEqualTo(Condition.hasAdverseDecision());
        }
        for (String id : List.of("b-21", "b-22", "b-23")) {
            assertThat(StandardChecklists.citizen().item(id).orElseThrow().appliesWhen())
                    .isEqualTo(Condition.hasAdverseDecision());
        }
        for (String id : List.of("l-07", "l-08")) {
            assertThat(StandardChecklists.leader().item(id).orElseThrow().appliesWhen())
                    .isEqualTo(Condition.hasAdverseDecision());
        }
    }

    @Test
    void legal_items_for_professionals_cite_their_provisions() {
        Map<String, String> citations = Map.of(
                "sb-06", "FVL §7",
                "sb-07", "RSL §4",
                "sb-12", "FVL §8",
                "sb-17", "RSL §10",
                "sb-18", "RSL §5",
                "sb-25", "FVL §19",
                "sb-26", "FVL §§22–24",
                "sb-27", "FVL §25",
                "sb-30", "SEL §141",
                "sb-34", "SEL §148");
        citations.forEach((id, citation) -> assertThat(StandardChecklists.caseworker()
                        .item(id)
                        .orElseThrow()
                        .question()
                        .da())
                .as(id)
                .contains(citation));
        assertThat(StandardChecklists.caseworker()
                        .item("sb-30")
                        .orElseThrow()
                        .question()
                        .da())
                .as("declining an action plan is the citizen's right")
                .contains("nej tak, er det borgerens ret");
    }

    private static void assertBilingual(Text text, String what) {
        assertThat(text.da()).as(what + " (da)").isNotBlank();
        assertThat(text.en()).as(what + " (en)").isNotBlank();
        assertThat(text.da()).as(what + " differs between languages").isNotEqualTo(text.en());
    }

    private static Map<String, Long> countPerDimension(Checklist checklist) {
        return checklist.items().stream()
                .flatMap(i -> i.dimensions().stream())
                .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
    }
}
