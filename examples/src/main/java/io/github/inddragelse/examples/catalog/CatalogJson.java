package io.github.inddragelse.examples.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.DimensionKind;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleDefinition;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The catalogue of an assessor as one JSON document, with top-level arrays {@code elements}, {@code
 * principles}, {@code rules} and {@code checklists}, and the catalogue's id and version under {@code
 * catalogue}:
 *
 * <pre>{@code
 * {
 *   "catalogue": {"id": "inddragelse-standard", "version": "2026.1"},
 *   "elements": [{"id": "trust", "number": 1, "name": {"da": "...", "en": "..."}, ...}],
 *   "principles": [{"id": "p7-follow-up", ...}],
 *   "rules": [{"id": "fvl-19-hearing", "version": 1, "title": {"da": "...", "en": "..."},
 *              "elements": ["transparency"], "principles": ["p4-openness-trust-respect"],
 *              "legalReferences": [{"code": "fvl-19", "citation": "FVL §19", "title": {...}}],
 *              "reads": [], "restsOn": {}, "severity": "critical"}],
 *   "checklists": [{"id": "borger", "version": "1", "perspective": "citizen", "title": {...},
 *                   "items": [{"id": "b-1", "question": {...}, "elements": [...], "principles": [...]}]}]
 * }
 * }</pre>
 *
 * <p>Element and principle ids are the catalogue's ({@code trust}, {@code p7-follow-up}, …); codes
 * (severity, perspective) are the model's stable codes. A rule's {@code reads} lists the codes of the
 * yes/no facts it reads that a source system may not record ({@code RuleDefinition.reads()}, for
 * example {@code ["decision-complaint-guidance"]}), empty for most rules. Its {@code restsOn} maps each
 * message key whose outcome rests on fewer of those facts to the codes of the facts it rests on
 * ({@code RuleDefinition.restsOn()}, for example <code>&#123;"no-wishes": []&#125;</code>); a key not
 * listed rests on every fact in {@code reads}, and the object is empty for most rules.
 *
 * <pre>{@code
 * String json = CatalogJson.write(Assessor.standard());
 * }</pre>
 */
public final class CatalogJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogJson() {}

    /**
     * The catalogue document as a JSON tree.
     *
     * @param assessor the assessor whose catalogue, rules and checklists to describe
     * @return the document
     */
    public static ObjectNode document(Assessor assessor) {
        Catalogue catalogue = assessor.catalogue();
        ObjectNode root = NODES.objectNode();
        root.putObject("catalogue").put("id", catalogue.id()).put("version", catalogue.version());
        ArrayNode elements = root.putArray("elements");
        catalogue.elements().forEach(d -> elements.add(dimension(d)));
        ArrayNode principles = root.putArray("principles");
        catalogue.principles().forEach(d -> principles.add(dimension(d)));
        ArrayNode rules = root.putArray("rules");
        for (Rule rule : assessor.rules()) {
            RuleDefinition def = rule.definition();
            ObjectNode r = rules.addObject();
            r.put("id", def.id());
            r.put("version", def.version());
            r.set("title", text(def.title()));
            dimensionIds(r, catalogue, def.dimensions());
            ArrayNode refs = r.putArray("legalReferences");
            def.legalReferences().forEach(ref -> refs.add(reference(ref)));
            ArrayNode reads = r.putArray("reads");
            def.reads().forEach(fact -> reads.add(fact.code()));
            ObjectNode restsOn = r.putObject("restsOn");
            def.restsOn().forEach((key, facts) -> {
                ArrayNode codes = restsOn.putArray(key);
                facts.forEach(fact -> codes.add(fact.code()));
            });
            r.put("severity", def.severity().code());
        }
        ArrayNode checklists = root.putArray("checklists");
        for (Checklist checklist : assessor.checklists()) {
            ObjectNode c = checklists.addObject();
            c.put("id", checklist.id());
            c.put("version", checklist.version());
            c.put("perspective", checklist.perspective().code());
            c.set("title", text(checklist.title()));
            ArrayNode items = c.putArray("items");
            for (ChecklistItem item : checklist.items()) {
                ObjectNode i = items.addObject();
                i.put("id", item.id());
                i.set("question", text(item.question()));
                dimensionIds(i, catalogue, item.dimensions());
            }
        }
        return root;
    }

    /**
     * The catalogue document as indented JSON text.
     *
     * @param assessor the assessor
     * @return the JSON text, ending with a line break
     */
    public static String write(Assessor assessor) {
        try {
            return MAPPER.writeValueAsString(document(assessor)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode dimension(Dimension d) {
        ObjectNode node = NODES.objectNode();
        node.put("id", d.id());
        node.put("number", d.number());
        node.set("name", text(d.name()));
        node.set("description", text(d.description()));
        ArrayNode refs = node.putArray("legalReferences");
        d.legalAnchors().forEach(ref -> refs.add(reference(ref)));
        return node;
    }

    private static void dimensionIds(ObjectNode node, Catalogue catalogue, List<String> ids) {
        ArrayNode elements = node.putArray("elements");
        ArrayNode principles = node.putArray("principles");
        for (String id : ids) {
            boolean principle = catalogue
                    .dimension(id)
                    .map(d -> d.kind() == DimensionKind.PRINCIPLE)
                    .orElse(false);
            (principle ? principles : elements).add(id);
        }
    }

    private static ObjectNode reference(LegalReference ref) {
        ObjectNode node = NODES.objectNode();
        node.put("code", ref.code());
        node.put("citation", ref.citation());
        node.set("title", text(ref.title()));
        node.put("kind", ref.kind().code());
        return node;
    }

    private static ObjectNode text(Text text) {
        return NODES.objectNode().put("da", text.da()).put("en", text.en());
    }
}
