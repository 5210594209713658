package io.github.inddragelse.examples.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.examples.Fixtures;
import io.github.inddragelse.examples.rulepack.MunicipalityChecklist;
import io.github.inddragelse.examples.rulepack.MunicipalityRulePack;
import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.assessment.Assessor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogJsonTest {

    private final Assessor assessor = Assessor.builder()
            .addRulePack(new MunicipalityRulePack())
            .addChecklist(MunicipalityChecklist.load())
            .build();

    @Test
    void the_document_has_elements_principles_rules_and_checklists_with_the_agreed_field_names() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CatalogJson.write(assessor));

        assertThat(fields(doc)).contains("elements", "principles", "rules", "checklists");
        assertThat(doc.get("elements")).hasSize(4);
        assertThat(doc.get("principles")).hasSize(8);
        assertThat(doc.get("elements").get(0).get("id").asText()).isEqualTo("trust");
        assertThat(doc.get("principles").get(6).get("id").asText()).isEqualTo("p7-follow-up");

        JsonNode rule = doc.get("rules").get(0);
        assertThat(fields(rule)).containsExactlyElementsOf(Fixtures.CATALOG_RULE_FIELDS);
        assertThat(rule.get("reads")).isEmpty();
        assertThat(rule.get("restsOn")).isEmpty();
        assertThat(rule.get("id").asText()).isEqualTo("eksempelkommune-forventningsmoede");
        assertThat(rule.get("title").get("da").asText()).isEqualTo("Forventningsafstemning inden for 14 dage");
        assertThat(rule.get("elements")).extracting(JsonNode::asText).containsExactly("trust");
        assertThat(rule.get("principles")).extracting(JsonNode::asText).containsExactly("p5-early-help");
        assertThat(fields(rule.get("legalReferences").get(0))).contains("code", "citation");
        assertThat(rule.get("legalReferences").get(0).get("citation").asText()).isEqualTo("RSL §4");
        assertThat(rule.get("severity").asText()).isEqualTo("advisory");

        JsonNode checklist = doc.get("checklists").get(0);
        assertThat(fields(checklist)).contains("id", "version", "perspective", "items");
        assertThat(checklist.get("perspective").asText()).isEqualTo("citizen");
        JsonNode item = checklist.get("items").get(2);
        assertThat(fields(item)).containsExactly("id", "question", "elements", "principles");
        assertThat(item.get("elements")).extracting(JsonNode::asText).containsExactly("involvement");
        assertThat(item.get("principles")).extracting(JsonNode::asText).containsExactly("p3-network-communities");
    }

    @Test
    void a_standard_rule_lists_the_codes_of_the_facts_it_reads() throws Exception {
        JsonNode reasons = standardRule("fvl-22-24-reasons-for-adverse-decision");

        assertThat(reasons.get("reads"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "decision-reasons-cite-rules",
                        "decision-reasons-state-considerations",
                        "decision-reasons-state-facts");
        assertThat(fields(reasons.get("restsOn"))).containsExactly("reasons-without-rules-or-facts");
        assertThat(reasons.get("restsOn").get("reasons-without-rules-or-facts"))
                .extracting(JsonNode::asText)
                .containsExactly("decision-reasons-cite-rules", "decision-reasons-state-facts");
    }

    @Test
    void a_message_key_that_rests_on_none_of_the_facts_its_rule_reads_is_listed_with_no_codes() throws Exception {
        JsonNode wishes = standardRule("wishes-in-own-words");

        assertThat(fields(wishes.get("restsOn"))).containsExactly("no-wishes");
        assertThat(wishes.get("restsOn").get("no-wishes")).isEmpty();
    }

    @Test
    void the_text_form_lists_dimensions_rules_and_checklists() {
        String text = CatalogText.write(assessor, Language.DA);

        assertThat(text)
                .contains("E1  trust")
                .contains("P7  p7-follow-up")
                .contains("eksempelkommune-fast-sagsbehandler v1  Fast sagsbehandler")
                .contains("Vejledende · E1 · RSL §4")
                .contains("ek-b-3");
    }

    /** The standard rule with an id, as the catalogue document of the standard assessor gives it. */
    private static JsonNode standardRule(String id) throws Exception {
        for (JsonNode rule : new ObjectMapper()
                .readTree(CatalogJson.write(Assessor.standard()))
                .get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no standard rule " + id);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
