package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.spi.RulePack;
import java.util.List;

/**
 * The standard content as a {@link RulePack}: id {@value #ID}, the rules of {@link
 * StandardRules#all()} and the checklists of {@link StandardChecklists#all()}. The {@code Assessor}
 * adds it through {@code standardContent()}; it is not registered for {@link java.util.ServiceLoader},
 * so loading custom packs never loads it twice.
 */
public final class StandardRulePack implements RulePack {

    /** The pack's id. */
    public static final String ID = "inddragelse-standard";

    /** The one instance. */
    public static final StandardRulePack INSTANCE = new StandardRulePack();

    private StandardRulePack() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Rule> rules() {
        return StandardRules.all();
    }

    @Override
    public List<Checklist> checklists() {
        return StandardChecklists.all();
    }

    @Override
    public String toString() {
        return "RulePack{" + ID + ", " + rules().size() + " rules, "
                + checklists().size() + " checklists}";
    }
}
