package io.github.inddragelse.examples.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.assessment.TrustGap;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Assessments and caseload summaries as JSON trees, for {@code inddragelse assess --format json} and
 * the HTTP example: the structured results first (ids, codes, outcomes, scores, evidence event ids)
 * and the finding texts in Danish and English. Like the other reports it never holds free text from
 * a case.
 *
 * <pre>{@code
 * ObjectNode json = AssessmentJson.assessment(assessment);
 * String text = new ObjectMapper().writeValueAsString(json);
 * }</pre>
 */
public final class AssessmentJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AssessmentJson() {}

    /**
     * One assessment: {@code caseId}, {@code asOf}, {@code catalogue}, {@code scoringPolicyId},
     * {@code libraryVersion}, {@code overall}, {@code dimensions} (with a score per lens), {@code
     * findings} and {@code trustGaps}.
     *
     * @param a the assessment
     * @return the JSON tree
     */
    public static ObjectNode assessment(Assessment a) {
        ObjectNode root = NODES.objectNode();
        root.put("caseId", a.caseId());
        root.put("asOf", a.asOf().toString());
        root.putObject("catalogue").put("id", a.catalogueId()).put("version", a.catalogueVersion());
        root.put("scoringPolicyId", a.scoringPolicyId());
        root.put("libraryVersion", a.libraryVersion());
        root.set("overall", score(a.overall()));
        ArrayNode dimensions = root.putArray("dimensions");
        for (DimensionScore d : a.dimensions()) {
            ObjectNode node = dimensions.addObject();
            node.put("id", d.dimensionId());
            node.put("kind", d.dimension().kind().code());
            ObjectNode lenses = node.putObject("lenses");
            for (Map.Entry<Lens, Score> e : d.lenses().entrySet()) {
                lenses.set(e.getKey().code(), score(e.getValue()));
            }
            node.set("overall", score(d.overall()));
            ArrayNode critical = node.putArray("criticalRuleIds");
            d.criticalRuleIds().forEach(critical::add);
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : a.findings()) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", f.ruleId());
            node.put("ruleVersion", f.ruleVersion());
            node.set("title", text(f.title()));
            node.put("outcome", f.outcome().code());
            node.put("severity", f.severity().code());
            node.put("critical", f.isCritical());
            ArrayNode dims = node.putArray("dimensions");
            f.dimensions().forEach(dims::add);
            ArrayNode refs = node.putArray("legalReferences");
            f.legalReferences().forEach(r -> refs.add(r.code()));
            ArrayNode evidence = node.putArray("evidence");
            f.evidence().forEach(evidence::add);
            node.put("messageKey", f.messageKey());
            ObjectNode args = node.putObject("args");
            f.args().forEach(args::put);
            node.set("explanation", text(f.explanation()));
            f.recommendation().ifPresent(r -> node.set("recommendation", text(r)));
            if (f.failed()) {
                node.put("failed", true);
            }
        }
        ArrayNode gaps = root.putArray("trustGaps");
        for (TrustGap g : a.trustGaps()) {
            gaps.addObject()
                    .put("dimensionId", g.dimensionId())
                    .put("caseworkerPercent", g.caseworkerPercent())
                    .put("citizenPercent", g.citizenPercent())
                    .put("gap", g.gap());
        }
        return root;
    }

    /**
     * A caseload summary: {@code cases}, {@code casesWithCriticalFindings}, {@code
     * shareWithCriticalFindings}, the band distribution per dimension and the rules most often not
     * met.
     *
     * @param s the summary
     * @return the JSON tree
     */
    public static ObjectNode caseload(CaseloadSummary s) {
        ObjectNode root = NODES.objectNode();
        root.put("cases", s.cases());
        root.put("casesWithCriticalFindings", s.casesWithCriticalFindings());
        root.put("shareWithCriticalFindings", s.shareWithCriticalFindings());
        ArrayNode dims = root.putArray("dimensions");
        for (CaseloadSummary.DimensionSummary d : s.dimensions()) {
            ObjectNode node = dims.addObject();
            node.put("id", d.dimensionId());
            ObjectNode bands = node.putObject("bands");
            for (Band b : Band.values()) {
                bands.put(b.code(), d.bands().getOrDefault(b, 0));
            }
            node.put("withoutBand", d.withoutBand());
            number(node, "meanPercent", d.meanPercent());
            number(node, "medianPercent", d.medianPercent());
        }
        ArrayNode rules = root.putArray("mostOftenUnmet");
        for (CaseloadSummary.RuleCount r : s.mostOftenUnmet()) {
            rules.addObject()
                    .put("ruleId", r.ruleId())
                    .put("notMet", r.notMet())
                    .put("partlyMet", r.partlyMet());
        }
        return root;
    }

    private static ObjectNode score(Score score) {
        ObjectNode node = NODES.objectNode();
        number(node, "percent", score.percent());
        node.put("coverage", score.coverage());
        score.band().ifPresent(b -> node.put("band", b.code()));
        node.put("capped", score.capped());
        node.put("applicable", score.applicable());
        node.put("scored", score.scored());
        return node;
    }

    private static void number(ObjectNode node, String name, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(name, value.getAsDouble());
        }
    }

    private static ObjectNode text(Text text) {
        return NODES.objectNode().put("da", text.da()).put("en", text.en());
    }
}
