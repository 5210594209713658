package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.spi.RulePack;
import java.util.List;

/** A rule pack registered in the test resources' META-INF/services, to prove ServiceLoader loading. */
public final class TestRulePack implements RulePack {

    @Override
    public String id() {
        return "test-pack";
    }

    @Override
    public List<Rule> rules() {
        return List.of(EngineFixtures.fixed("test-pack-rule", Outcome.MET, Severity.ADVISORY, "trust"));
    }

    @Override
    public List<Checklist> checklists() {
        return List.of(EngineFixtures.checklist("test-pack-checklist", Perspective.LEADER));
    }
}
