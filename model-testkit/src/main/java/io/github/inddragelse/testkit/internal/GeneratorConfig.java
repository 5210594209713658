package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.testkit.Defect;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the generator is asked for; immutable, each {@code with} method returns a changed copy.
 *
 * @param targetGroups the target groups, or empty for a random choice
 * @param minEvents the fewest events
 * @param maxEvents the most events
 * @param phase the phase to reach, or empty for a random one
 * @param withDecision whether a decision must (true) or must not (false) be taken, or empty
 * @param outcomes the outcomes the decision may have
 * @param defects the defects to put in
 * @param openedFrom the earliest opening date
 * @param openedTo the latest opening date
 * @param variation how far from exemplary the good-practice qualities may vary, 0 to 1
 */
public record GeneratorConfig(
        Set<TargetGroup> targetGroups,
        int minEvents,
        int maxEvents,
        Optional<Phase> phase,
        Optional<Boolean> withDecision,
        Set<DecisionOutcome> outcomes,
        Set<Defect> defects,
        LocalDate openedFrom,
        LocalDate openedTo,
        double variation) {

    /** The outcomes a generated first decision can have. */
    public static final Set<DecisionOutcome> GENERATED_OUTCOMES =
            EnumSet.of(DecisionOutcome.GRANTED, DecisionOutcome.PARTLY_GRANTED, DecisionOutcome.REJECTED);

    /** The default variation: good-practice qualities hold about nine times in ten. */
    public static final double DEFAULT_VARIATION = 0.2;

    /** Copies the sets. */
    public GeneratorConfig {
        targetGroups = Set.copyOf(targetGroups);
        outcomes = Set.copyOf(outcomes);
        defects = Set.copyOf(defects);
    }

    /**
     * The defaults: any target group, any number of events, any phase, cases opened in 2025-2026,
     * variation {@value #DEFAULT_VARIATION}, no defects.
     *
     * @return the default configuration
     */
    public static GeneratorConfig defaults() {
        return new GeneratorConfig(
                Set.of(),
                1,
                200,
                Optional.empty(),
                Optional.empty(),
                GENERATED_OUTCOMES,
                Set.of(),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31),
                DEFAULT_VARIATION);
    }

    /**
     * A copy with other target groups.
     *
     * @param groups the groups
     * @return the copy
     */
    public GeneratorConfig withTargetGroups(Set<TargetGroup> groups) {
        return new GeneratorConfig(
                groups, minEvents, maxEvents, phase, withDecision, outcomes, defects, openedFrom, openedTo, variation);
    }

    /**
     * A copy with other event bounds.
     *
     * @param min the fewest
     * @param max the most
     * @return the copy
     */
    public GeneratorConfig withEvents(int min, int max) {
        return new GeneratorConfig(
                targetGroups, min, max, phase, withDecision, outcomes, defects, openedFrom, openedTo, variation);
    }

    /**
     * A copy with a phase to reach.
     *
     * @param reached the phase
     * @return the copy
     */
    public GeneratorConfig withPhase(Phase reached) {
        return new GeneratorConfig(
                targetGroups,
                minEvents,
                maxEvents,
                Optional.of(reached),
                withDecision,
                outcomes,
                defects,
                openedFrom,
                openedTo,
                variation);
    }

    /**
     * A copy that must or must not have a decision.
     *
     * @param decision whether a decision is taken
     * @return the copy
     */
    public GeneratorConfig withDecision(boolean decision) {
        return new GeneratorConfig(
                targetGroups,
                minEvents,
                maxEvents,
                phase,
                Optional.of(decision),
                outcomes,
                defects,
                openedFrom,
                openedTo,
                variation);
    }

    /**
     * A copy with other decision outcomes.
     *
     * @param allowed the outcomes
     * @return the copy
     */
    public GeneratorConfig withOutcomes(Set<DecisionOutcome> allowed) {
        return new GeneratorConfig(
                targetGroups,
                minEvents,
                maxEvents,
                phase,
                withDecision,
                allowed,
                defects,
                openedFrom,
                openedTo,
                variation);
    }

    /**
     * A copy with other defects.
     *
     * @param wanted the defects
     * @return the copy
     */
    public GeneratorConfig withDefects(Set<Defect> wanted) {
        return new GeneratorConfig(
                targetGroups,
                minEvents,
                maxEvents,
                phase,
                withDecision,
                outcomes,
                wanted,
                openedFrom,
                openedTo,
                variation);
    }

    /**
     * A copy with other opening dates.
     *
     * @param from the earliest
     * @param to the latest
     * @return the copy
     */
    public GeneratorConfig withOpenedBetween(LocalDate from, LocalDate to) {
        return new GeneratorConfig(
                targetGroups, minEvents, maxEvents, phase, withDecision, outcomes, defects, from, to, variation);
    }

    /**
     * A copy with another variation.
     *
     * @param amount the variation, 0 to 1
     * @return the copy
     */
    public GeneratorConfig withVariation(double amount) {
        return new GeneratorConfig(
                targetGroups,
                minEvents,
                maxEvents,
                phase,
                withDecision,
                outcomes,
                defects,
                openedFrom,
                openedTo,
                amount);
    }
}
