package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.spi.RulePack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every standard rule of Inddragelse, in one deterministic order: the legal duties ({@link
 * LegalDutyRules}), then trust ({@link TrustRules}), involvement ({@link InvolvementRules}),
 * collaboration ({@link CollaborationRules}) and the recovery principles ({@link RecoveryRules}).
 *
 * <pre>{@code
 * CaseView view = CaseView.of(process, LocalDate.of(2026, 6, 1));
 * for (Rule rule : StandardRules.all()) {
 *     Evaluation e = rule.applicability(view).asEvaluation().orElseGet(() -> rule.evaluate(view));
 *     System.out.println(rule.id() + ": " + e.outcome().code() + " " + rule.definition().render(e));
 * }
 * }</pre>
 */
public final class StandardRules {

    private static final List<Rule> ALL = collect();

    /**
     * The standard rules and checklists as a {@link RulePack} with id {@value StandardRulePack#ID};
     * the same instance as {@link StandardRulePack#INSTANCE}.
     */
    public static final RulePack PACK = StandardRulePack.INSTANCE;

    private StandardRules() {}

    /**
     * Every standard rule, in a fixed order.
     *
     * @return the rules; the same immutable list on every call
     */
    public static List<Rule> all() {
        return ALL;
    }

    private static List<Rule> collect() {
        List<Rule> all = new ArrayList<>();
        all.addAll(LegalDutyRules.all());
        all.addAll(TrustRules.all());
        all.addAll(InvolvementRules.all());
        all.addAll(CollaborationRules.all());
        all.addAll(RecoveryRules.all());
        return Collections.unmodifiableList(all);
    }
}
