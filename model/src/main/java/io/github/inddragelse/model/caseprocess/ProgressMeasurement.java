package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurement of progress: a function level before and after, on a named instrument.
 *
 * <pre>{@code
 * ProgressMeasurement event = ProgressMeasurement.builder()
 *         .id("e1")
 *         .date(LocalDate.of(2026, 3, 2))
 *         // ...
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ProgressMeasurement extends CaseEvent {

    ProgressMeasurement() {
        super(EventKind.PROGRESS_MEASUREMENT);
    }

    /**
     * The instrument used, for example FFB function level. Not personal data.
     *
     * @return the value
     */
    public abstract String instrument();

    /**
     * The life area measured, if one.
     *
     * @return the value
     */
    public abstract Optional<LifeArea> lifeArea();

    /**
     * The level at the start.
     *
     * @return the value
     */
    public abstract FunctionLevel before();

    /**
     * The level now.
     *
     * @return the value
     */
    public abstract FunctionLevel after();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("ProgressMeasurement");
        c.require(!instrument().isBlank() && instrument().length() <= 120, "instrument", "must be 1-120 characters");
        c.throwIfAny();
    }

    /**
     * Starts building a {@link ProgressMeasurement}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProgressMeasurement}; {@code build()} checks every invariant and reports all violations. */
    public static final class Builder extends ImmutableProgressMeasurement.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public ProgressMeasurement build() {
            return io.github.inddragelse.model.internal.Checks.built("ProgressMeasurement", super::build);
        }
    }
}
