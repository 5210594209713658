package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.spi.RulePack;
import java.util.List;

/** The standard rules and checklists as a rule pack (placeholder until the standard content lands). */
public final class StandardRulePack implements RulePack {

    /** The one instance. */
    public static final StandardRulePack INSTANCE = new StandardRulePack();

    private StandardRulePack() {}

    @Override
    public String id() {
        return "inddragelse-standard";
    }

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public List<Checklist> checklists() {
        return List.of();
    }
}
