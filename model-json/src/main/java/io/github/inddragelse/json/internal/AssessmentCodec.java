package io.github.inddragelse.json.internal;

import static io.github.inddragelse.json.internal.Types.BOOLEAN;
import static io.github.inddragelse.json.internal.Types.DATE_TYPE;
import static io.github.inddragelse.json.internal.Types.DIMENSION;
import static io.github.inddragelse.json.internal.Types.INTEGER;
import static io.github.inddragelse.json.internal.Types.LEGAL_REFERENCE;
import static io.github.inddragelse.json.internal.Types.NUMBER;
import static io.github.inddragelse.json.internal.Types.STRING;
import static io.github.inddragelse.json.internal.Types.TEXT;
import static io.github.inddragelse.json.internal.Types.code;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.assessment.ItemScore;
import io.github.inddragelse.model.assessment.ItemStatus;
import io.github.inddragelse.model.assessment.TrustGap;
import io.github.inddragelse.model.catalogue.DimensionKind;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.scoring.Band;
import io.github.inddragelse.model.scoring.Lens;
import io.github.inddragelse.model.scoring.Score;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * The assessment format and the caseload-summary format, version {@value #SCHEMA_VERSION}: one table
 * per type, in the order the properties are written. Property names are the model's accessor names.
 * A few values are written for the reader's convenience and ignored when read (a dimension's name and
 * kind, a legal reference's citation, a trust gap's gap, the share of cases with critical findings);
 * a dimension is resolved by its id against the options' catalogue.
 */
public final class AssessmentCodec {

    /** The schema version every assessment and caseload-summary document carries. */
    public static final String SCHEMA_VERSION = "1.0";

    /** A score: percent and band absent when there is none. */
    public static final ObjectCodec<Score, Slots> SCORE = ObjectCodec.table(
                    "a score", Slots::new, AssessmentCodec::score)
            .optional("percent", NUMBER, s -> Types.boxed(s.percent()), Slots.set("percent"))
            .required("coverage", NUMBER, Score::coverage, Slots.set("coverage"))
            .optional("band", code(Band.class), Score::band, Slots.set("band"))
            .required("applicable", INTEGER, Score::applicable, Slots.set("applicable"))
            .required("scored", INTEGER, Score::scored, Slots.set("scored"))
            .required("capped", BOOLEAN, Score::capped, Slots.set("capped"))
            .dependency("scored", "applicable")
            .build();

    /** The score of one dimension, its dimension resolved by id. */
    public static final ObjectCodec<DimensionScore, DimensionScore.Builder> DIMENSION_SCORE = ObjectCodec.table(
                    "a dimension score", DimensionScore::builder, DimensionScore.Builder::build)
            .required("dimensionId", DIMENSION, DimensionScore::dimension, DimensionScore.Builder::dimension)
            .informative("name", TEXT, d -> d.dimension().name())
            .informative("kind", code(DimensionKind.class), d -> d.dimension().kind())
            .required(
                    "lenses",
                    byCode("scores by lens code", Lens.class, SCORE),
                    DimensionScore::lenses,
                    (b, lenses) -> b.lenses(lenses))
            .required("overall", SCORE, DimensionScore::overall, DimensionScore.Builder::overall)
            .requiredList(
                    "criticalRuleIds", STRING, DimensionScore::criticalRuleIds, DimensionScore.Builder::criticalRuleIds)
            .dependency("dimension", "dimensionId")
            .build();

    /** A legal reference: its code, and its citation for readers. */
    public static final ObjectCodec<LegalReference, Slots> CITED_REFERENCE = ObjectCodec.table(
                    "a legal reference", Slots::new, s -> s.<LegalReference>get("code"))
            .required("code", LEGAL_REFERENCE, Function.identity(), Slots.set("code"))
            .informative("citation", STRING, LegalReference::citation)
            .build();

    /** What one rule found. */
    public static final ObjectCodec<Finding, Finding.Builder> FINDING = ObjectCodec.table(
                    "a finding", Finding::builder, Finding.Builder::build)
            .required("ruleId", STRING, Finding::ruleId, Finding.Builder::ruleId)
            .required("ruleVersion", INTEGER, Finding::ruleVersion, Finding.Builder::ruleVersion)
            .required("title", TEXT, Finding::title, Finding.Builder::title)
            .required("outcome", code(Outcome.class), Finding::outcome, Finding.Builder::outcome)
            .required("severity", code(Severity.class), Finding::severity, Finding.Builder::severity)
            .requiredList("dimensions", STRING, Finding::dimensions, Finding.Builder::dimensions)
            .requiredList(
                    "legalReferences", CITED_REFERENCE, Finding::legalReferences, Finding.Builder::legalReferences)
            .requiredList("evidence", STRING, Finding::evidence, Finding.Builder::evidence)
            .required("messageKey", STRING, Finding::messageKey, Finding.Builder::messageKey)
            .required(
                    "args",
                    Types.map(
                            "message arguments by name",
                            STRING,
                            Function.identity(),
                            STRING,
                            Comparator.naturalOrder()),
                    Finding::args,
                    (b, args) -> b.args(args))
            .required("explanation", TEXT, Finding::explanation, Finding.Builder::explanation)
            .required("rationale", TEXT, Finding::rationale, Finding.Builder::rationale)
            .optional("recommendation", TEXT, Finding::recommendation, Finding.Builder::recommendation)
            .defaulted("failed", BOOLEAN, Finding::failed, Finding.Builder::failed)
            .build();

    /** How one checklist item counted. */
    public static final ObjectCodec<ItemScore, Slots> ITEM_SCORE = ObjectCodec.table(
                    "an item score", Slots::new, AssessmentCodec::itemScore)
            .required("checklistId", STRING, ItemScore::checklistId, Slots.set("checklistId"))
            .required("checklistVersion", STRING, ItemScore::checklistVersion, Slots.set("checklistVersion"))
            .required("itemId", STRING, ItemScore::itemId, Slots.set("itemId"))
            .required("perspective", code(Perspective.class), ItemScore::perspective, Slots.set("perspective"))
            .optional("answer", STRING, ItemScore::answer, Slots.set("answer"))
            .required("status", code(ItemStatus.class), ItemScore::status, Slots.set("status"))
            .optional("points", NUMBER, i -> Types.boxed(i.points()), Slots.set("points"))
            .required("maxPoints", NUMBER, ItemScore::maxPoints, Slots.set("maxPoints"))
            .required("weight", NUMBER, ItemScore::weight, Slots.set("weight"))
            .requiredList("dimensions", STRING, ItemScore::dimensions, Slots.set("dimensions"))
            .build();

    /** The trust gap on one dimension; the gap is written for readers. */
    public static final ObjectCodec<TrustGap, Slots> TRUST_GAP = ObjectCodec.table(
                    "a trust gap",
                    Slots::new,
                    s -> new TrustGap(s.get("dimensionId"), s.get("caseworkerPercent"), s.get("citizenPercent")))
            .required("dimensionId", STRING, TrustGap::dimensionId, Slots.set("dimensionId"))
            .required("caseworkerPercent", NUMBER, TrustGap::caseworkerPercent, Slots.set("caseworkerPercent"))
            .required("citizenPercent", NUMBER, TrustGap::citizenPercent, Slots.set("citizenPercent"))
            .informative("gap", NUMBER, TrustGap::gap)
            .build();

    /** A whole assessment document. */
    public static final ObjectCodec<Assessment, Assessment.Builder> ASSESSMENT = ObjectCodec.table(
                    "an assessment", Assessment::builder, Assessment.Builder::build)
            .constant("schemaVersion", SCHEMA_VERSION)
            .required("caseId", STRING, Assessment::caseId, Assessment.Builder::caseId)
            .required("asOf", DATE_TYPE, Assessment::asOf, Assessment.Builder::asOf)
            .required("catalogueId", STRING, Assessment::catalogueId, Assessment.Builder::catalogueId)
            .required("catalogueVersion", STRING, Assessment::catalogueVersion, Assessment.Builder::catalogueVersion)
            .required("scoringPolicyId", STRING, Assessment::scoringPolicyId, Assessment.Builder::scoringPolicyId)
            .required("libraryVersion", STRING, Assessment::libraryVersion, Assessment.Builder::libraryVersion)
            .required("overall", SCORE, Assessment::overall, Assessment.Builder::overall)
            .requiredList("dimensions", DIMENSION_SCORE, Assessment::dimensions, Assessment.Builder::dimensions)
            .requiredList("findings", FINDING, Assessment::findings, Assessment.Builder::findings)
            .requiredList("itemScores", ITEM_SCORE, Assessment::itemScores, Assessment.Builder::itemScores)
            .requiredList("trustGaps", TRUST_GAP, Assessment::trustGaps, Assessment.Builder::trustGaps)
            .build();

    /** How the cases spread over the bands of one dimension. */
    public static final ObjectCodec<CaseloadSummary.DimensionSummary, Slots> DIMENSION_SUMMARY = ObjectCodec.table(
                    "a dimension summary",
                    Slots::new,
                    s -> new CaseloadSummary.DimensionSummary(
                            s.get("dimensionId"),
                            s.get("name"),
                            s.get("bands"),
                            s.<Integer>get("withoutBand"),
                            s.findNumber("meanPercent"),
                            s.findNumber("medianPercent")))
            .required("dimensionId", STRING, CaseloadSummary.DimensionSummary::dimensionId, Slots.set("dimensionId"))
            .required("name", TEXT, CaseloadSummary.DimensionSummary::name, Slots.set("name"))
            .required(
                    "bands",
                    byCode("case counts by band code", Band.class, INTEGER),
                    CaseloadSummary.DimensionSummary::bands,
                    Slots.set("bands"))
            .required("withoutBand", INTEGER, CaseloadSummary.DimensionSummary::withoutBand, Slots.set("withoutBand"))
            .optional("meanPercent", NUMBER, d -> Types.boxed(d.meanPercent()), Slots.set("meanPercent"))
            .optional("medianPercent", NUMBER, d -> Types.boxed(d.medianPercent()), Slots.set("medianPercent"))
            .build();

    /** How often one rule was not met. */
    public static final ObjectCodec<CaseloadSummary.RuleCount, Slots> RULE_COUNT = ObjectCodec.table(
                    "a rule count",
                    Slots::new,
                    s -> new CaseloadSummary.RuleCount(
                            s.get("ruleId"), s.get("title"), s.<Integer>get("notMet"), s.<Integer>get("partlyMet")))
            .required("ruleId", STRING, CaseloadSummary.RuleCount::ruleId, Slots.set("ruleId"))
            .required("title", TEXT, CaseloadSummary.RuleCount::title, Slots.set("title"))
            .required("notMet", INTEGER, CaseloadSummary.RuleCount::notMet, Slots.set("notMet"))
            .required("partlyMet", INTEGER, CaseloadSummary.RuleCount::partlyMet, Slots.set("partlyMet"))
            .build();

    /**
     * A whole caseload-summary document. Written only: the model offers no way to build a summary
     * other than from assessments.
     */
    public static final ObjectCodec<CaseloadSummary, Slots> CASELOAD_SUMMARY = ObjectCodec.table(
                    "a caseload summary", Slots::new, AssessmentCodec::unreadable)
            .constant("schemaVersion", SCHEMA_VERSION)
            .required("cases", INTEGER, CaseloadSummary::cases, Slots.set("cases"))
            .required(
                    "casesWithCriticalFindings",
                    INTEGER,
                    CaseloadSummary::casesWithCriticalFindings,
                    Slots.set("casesWithCriticalFindings"))
            .informative("shareWithCriticalFindings", NUMBER, CaseloadSummary::shareWithCriticalFindings)
            .requiredList("dimensions", DIMENSION_SUMMARY, CaseloadSummary::dimensions, Slots.set("dimensions"))
            .requiredList("mostOftenUnmet", RULE_COUNT, CaseloadSummary::mostOftenUnmet, Slots.set("mostOftenUnmet"))
            .build();

    private AssessmentCodec() {}

    /** An object keyed by the codes of an enumeration, written in enum order. */
    private static <E extends Enum<E> & Labelled, V> ValueType<Map<E, V>> byCode(
            String description, Class<E> keys, ValueType<V> values) {
        return Types.map(description, code(keys), Labelled::code, values, Comparator.naturalOrder());
    }

    private static Score score(Slots s) {
        java.util.OptionalDouble percent = s.findNumber("percent");
        double coverage = s.<Double>get("coverage");
        int applicable = s.<Integer>get("applicable");
        int scored = s.<Integer>get("scored");
        return s.require(
                        percent.isEmpty() || (percent.getAsDouble() >= 0 && percent.getAsDouble() <= 100),
                        "percent",
                        "must be within 0-100")
                .require(coverage >= 0 && coverage <= 1, "coverage", "must be within 0-1")
                .require(applicable >= 0, "applicable", "must be 0 or more")
                .require(scored >= 0 && scored <= applicable, "scored", "must be within 0 and applicable")
                .checked(
                        "Score",
                        () -> new Score(
                                percent, coverage, s.find("band"), applicable, scored, s.<Boolean>get("capped")));
    }

    private static ItemScore itemScore(Slots s) {
        return new ItemScore(
                s.get("checklistId"),
                s.get("checklistVersion"),
                s.get("itemId"),
                s.get("perspective"),
                s.find("answer"),
                s.get("status"),
                s.findNumber("points"),
                s.<Double>get("maxPoints"),
                s.<Double>get("weight"),
                s.get("dimensions"));
    }

    private static CaseloadSummary unreadable(Slots ignored) {
        throw new UnsupportedOperationException("a caseload summary is written, never read");
    }
}
