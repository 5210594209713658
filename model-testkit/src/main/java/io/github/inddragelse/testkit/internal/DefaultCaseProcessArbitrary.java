package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.testkit.AssessmentInput;
import io.github.inddragelse.testkit.CaseProcessArbitrary;
import io.github.inddragelse.testkit.CaseUnderTest;
import io.github.inddragelse.testkit.Defect;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link CaseProcessArbitrary}: a decorator over a list of random choices. */
public final class DefaultCaseProcessArbitrary extends ArbitraryDecorator<CaseProcess> implements CaseProcessArbitrary {

    /** How many random choices one case may use: the largest cases use about 200. */
    static final int CHOICES = 300;

    private final GeneratorConfig config;

    /** Creates the arbitrary with the default configuration. */
    public DefaultCaseProcessArbitrary() {
        this(new GeneratorConfig());
    }

    private DefaultCaseProcessArbitrary(GeneratorConfig config) {
        this.config = config;
    }

    @Override
    protected Arbitrary<CaseProcess> arbitrary() {
        return underTest().map(CaseUnderTest::process);
    }

    @Override
    public Arbitrary<CaseUnderTest> underTest() {
        GeneratorConfig fixed = config;
        return Arbitraries.integers()
                .between(0, Choices.RANGE - 1)
                .withDistribution(RandomDistribution.uniform())
                .list()
                .ofSize(CHOICES)
                .map(values -> CaseGenerator.generate(fixed, values));
    }

    @Override
    public Arbitrary<AssessmentInput> withChecklistResponses() {
        return Combinators.combine(underTest(), ResponseGenerator.caseworkerAndCitizenChoices())
                .as((c, choices) -> AssessmentInput.of(c, ResponseGenerator.caseworkerAndCitizen(c, choices)));
    }

    private DefaultCaseProcessArbitrary with(java.util.function.Consumer<GeneratorConfig> change) {
        GeneratorConfig changed = config.copy();
        change.accept(changed);
        CaseGenerator.checkFeasible(changed);
        // A new instance, not typedClone(): a clone would keep the arbitrary the decorator caches once used.
        return new DefaultCaseProcessArbitrary(changed);
    }

    @Override
    public CaseProcessArbitrary targetGroup(TargetGroup group) {
        return targetGroups(group);
    }

    @Override
    public CaseProcessArbitrary targetGroups(TargetGroup... groups) {
        if (groups.length == 0) {
            throw new IllegalArgumentException("targetGroups needs at least one target group");
        }
        Arrays.stream(groups).forEach(g -> Objects.requireNonNull(g, "groups"));
        return with(c -> c.targetGroups = EnumSet.copyOf(Arrays.asList(groups)));
    }

    @Override
    public CaseProcessArbitrary events(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("events(" + min + ", " + max + "): need 1 <= min <= max");
        }
        return with(c -> {
            c.minEvents = min;
            c.maxEvents = max;
        });
    }

    @Override
    public CaseProcessArbitrary reachingPhase(Phase phase) {
        Objects.requireNonNull(phase, "phase");
        return with(c -> c.phase = Optional.of(phase));
    }

    @Override
    public CaseProcessArbitrary withDecision(boolean decision) {
        return with(c -> c.withDecision = Optional.of(decision));
    }

    @Override
    public CaseProcessArbitrary decisionOutcomes(DecisionOutcome... outcomes) {
        if (outcomes.length == 0) {
            throw new IllegalArgumentException("decisionOutcomes needs at least one outcome");
        }
        Set<DecisionOutcome> set = EnumSet.copyOf(Arrays.asList(outcomes));
        if (!GeneratorConfig.GENERATED_OUTCOMES.containsAll(set)) {
            throw new IllegalArgumentException(
                    "decisionOutcomes: only GRANTED, PARTLY_GRANTED and REJECTED are generated, not " + set);
        }
        return with(c -> c.outcomes = set);
    }

    @Override
    public CaseProcessArbitrary withDefects(Defect... defects) {
        Set<Defect> set = EnumSet.noneOf(Defect.class);
        for (Defect d : defects) {
            set.add(Objects.requireNonNull(d, "defects"));
        }
        return with(c -> c.defects = set);
    }

    @Override
    public CaseProcessArbitrary openedBetween(LocalDate from, LocalDate to) {
        Arguments.period("openedBetween", from, to);
        return with(c -> {
            c.openedFrom = from;
            c.openedTo = to;
        });
    }

    @Override
    public CaseProcessArbitrary variation(double amount) {
        Arguments.within("variation", amount, 0, 1);
        return with(c -> c.variation = amount);
    }

    @Override
    public CaseProcessArbitrary exemplary() {
        return variation(0);
    }

    @Override
    public CaseProcessArbitrary notRecording(RecordedFact... facts) {
        Set<RecordedFact> set = FactEdit.facts(facts);
        return with(c -> c.notRecorded = set);
    }

    @Override
    public CaseProcessArbitrary notRecordingSome() {
        return with(c -> c.someNotRecorded = true);
    }
}
