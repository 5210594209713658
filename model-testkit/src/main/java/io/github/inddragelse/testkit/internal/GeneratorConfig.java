package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.testkit.Defect;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the generator is asked for. The arbitrary changes only fresh {@link #copy() copies}, so a
 * configuration handed to the generator never changes.
 */
public final class GeneratorConfig {

    /** The outcomes a generated first decision can have. */
    public static final Set<DecisionOutcome> GENERATED_OUTCOMES =
            EnumSet.of(DecisionOutcome.GRANTED, DecisionOutcome.PARTLY_GRANTED, DecisionOutcome.REJECTED);

    /** The default variation: good-practice qualities hold about nine times in ten. */
    public static final double DEFAULT_VARIATION = 0.2;

    /** The target groups, or empty for a random choice. */
    Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
    /** The fewest events. */
    int minEvents = 1;
    /** The most events. */
    int maxEvents = 200;
    /** The phase to reach, or empty for a random one. */
    Optional<Phase> phase = Optional.empty();
    /** Whether a decision must (true) or must not (false) be taken, or empty. */
    Optional<Boolean> withDecision = Optional.empty();
    /** The outcomes the decision may have. */
    Set<DecisionOutcome> outcomes = EnumSet.copyOf(GENERATED_OUTCOMES);
    /** The defects to put in. */
    Set<Defect> defects = EnumSet.noneOf(Defect.class);
    /** The earliest opening date. */
    LocalDate openedFrom = LocalDate.of(2025, 1, 1);
    /** The latest opening date. */
    LocalDate openedTo = LocalDate.of(2026, 12, 31);
    /** How far from exemplary the good-practice qualities may vary, 0 to 1. */
    double variation = DEFAULT_VARIATION;
    /** The facts every case declares not recorded. */
    Set<RecordedFact> notRecorded = EnumSet.noneOf(RecordedFact.class);
    /** Whether each case also declares a random set of facts not recorded. */
    boolean someNotRecorded;

    /**
     * The defaults: any target group, any number of events, any phase, cases opened in 2025-2026,
     * variation {@value #DEFAULT_VARIATION}, no defects, every fact recorded.
     */
    public GeneratorConfig() {}

    /**
     * A copy to change.
     *
     * @return the copy
     */
    GeneratorConfig copy() {
        GeneratorConfig c = new GeneratorConfig();
        c.targetGroups = EnumSet.copyOf(targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : targetGroups);
        c.minEvents = minEvents;
        c.maxEvents = maxEvents;
        c.phase = phase;
        c.withDecision = withDecision;
        c.outcomes = EnumSet.copyOf(outcomes);
        c.defects = defects.isEmpty() ? EnumSet.noneOf(Defect.class) : EnumSet.copyOf(defects);
        c.openedFrom = openedFrom;
        c.openedTo = openedTo;
        c.variation = variation;
        c.notRecorded = EnumSet.noneOf(RecordedFact.class);
        c.notRecorded.addAll(notRecorded);
        c.someNotRecorded = someNotRecorded;
        return c;
    }
}
