package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.RuleDefinition;
import io.github.inddragelse.model.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The finding an assessor makes from a rule's definition and its evaluation. It shares the
 * definition's immutable data (title, dimensions, legal references, rationale, recommendation) and
 * the evaluation's (evidence, arguments) instead of copying them, and renders the explanation from
 * the definition's message template the first time it is asked for: most findings of a batch are
 * scored and counted, and only those shown or written out are ever rendered.
 *
 * <p>Immutable and thread-safe: the explanation is rendered at most once per thread and always
 * the same (a benign race on a field holding an immutable {@link Text}). The assessor checks that
 * the definition has the evaluation's message before it makes the finding, so rendering cannot
 * fail later.
 */
final class RuleFinding extends Finding {

    private final RuleDefinition definition;
    private final Evaluation evaluation;
    private Text explanation;

    RuleFinding(RuleDefinition definition, Evaluation evaluation) {
        this.definition = definition;
        this.evaluation = evaluation;
    }

    @Override
    public String ruleId() {
        return definition.id();
    }

    @Override
    public int ruleVersion() {
        return definition.version();
    }

    @Override
    public Text title() {
        return definition.title();
    }

    @Override
    public Outcome outcome() {
        return evaluation.outcome();
    }

    @Override
    public Severity severity() {
        return definition.severity();
    }

    @Override
    public List<String> dimensions() {
        return definition.dimensions();
    }

    @Override
    public List<LegalReference> legalReferences() {
        return definition.legalReferences();
    }

    @Override
    public List<String> evidence() {
        return evaluation.evidence();
    }

    @Override
    public String messageKey() {
        return evaluation.messageKey();
    }

    @Override
    public Map<String, String> args() {
        return evaluation.args();
    }

    @Override
    public Text explanation() {
        Text text = explanation;
        if (text == null) {
            text = definition.render(evaluation);
            explanation = text;
        }
        return text;
    }

    @Override
    public Text rationale() {
        return definition.rationale();
    }

    @Override
    public Optional<Text> recommendation() {
        Outcome o = evaluation.outcome();
        return o == Outcome.NOT_MET || o == Outcome.PARTLY_MET || o == Outcome.INSUFFICIENT_DATA
                ? Optional.of(definition.recommendationFor(evaluation.messageKey()))
                : Optional.empty();
    }

    @Override
    public boolean failed() {
        return false;
    }
}
