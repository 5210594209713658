package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.spi.RulePack;
import java.util.List;

/**
 * The standard rules as a {@link RulePack}: id {@value #ID}, the rules of {@link StandardRules#all()}
 * and, for now, no checklists. Has a public no-argument constructor so that it can be registered for
 * {@link java.util.ServiceLoader}; {@link StandardRules#PACK} is a ready instance.
 */
public final class StandardRulePack implements RulePack {

    /** The pack's id. */
    public static final String ID = "inddragelse-standard";

    /** Creates the pack. */
    public StandardRulePack() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Rule> rules() {
        return StandardRules.all();
    }

    @Override
    public String toString() {
        return "RulePack{" + ID + ", " + rules().size() + " rules}";
    }
}
