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
 * ProgressMeasurement measurement = ProgressMeasurement.builder()
 *         .id("e13")
 *         .date(LocalDate.of(2026, 8, 31))
 *         .addParticipantIds("borger-17", "sb-1")
 *         .instrument("Funktionsvurdering efter VUM 2.0")
 *         .lifeArea(LifeArea.PRACTICAL_TASKS)
 *         .before(FunctionLevel.MODERATE)
 *         .after(FunctionLevel.MILD)
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

    /**
     * Builds a {@link ProgressMeasurement}: one setter per attribute, named after it, such as
     * {@code instrument(String)}. A list or set has {@code add} setters too
     * ({@code addParticipantId(String)}, {@code addParticipantIds(String...)},
     * {@code addAllParticipantIds(Iterable)}), while its own setter ({@code participantIds(Iterable)})
     * replaces every element. An {@code Optional} attribute is set by value, such as
     * {@code lifeArea(LifeArea)}, or as an {@code Optional}; left unset, it is empty. An attribute with a
     * default keeps it unless set. {@link #build()} checks every invariant and reports all violations.
     */
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
