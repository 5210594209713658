package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * The order to the provider (bestilling): which provider, which goals were passed on, and whether the purpose was stated.
 *
 * <pre>{@code
 * ProviderOrder order = ProviderOrder.builder()
 *         .id("e10")
 *         .date(LocalDate.of(2026, 4, 22))
 *         .addParticipantId("sb-1")
 *         .providerId("udf-1")
 *         .addGoalId("e5")
 *         .purposeStated(true)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ProviderOrder extends CaseEvent {

    ProviderOrder() {
        super(EventKind.PROVIDER_ORDER);
    }

    /**
     * The participant id of the provider staff the order went to.
     *
     * @return the value
     */
    public abstract String providerId();

    /**
     * The ids of the goal events passed on to the provider.
     *
     * @return the value
     */
    public abstract List<String> goalIds();

    /**
     * Whether the order states the purpose of the help.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean purposeStated() {
        return false;
    }

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("ProviderOrder");
        c.pseudonymousId(providerId(), "providerId");
        for (int i = 0; i < goalIds().size(); i++) {
            c.pseudonymousId(goalIds().get(i), "goalIds", i);
        }
        c.throwIfAny();
    }

    /**
     * Starts building a {@link ProviderOrder}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ProviderOrder}: one setter per attribute, named after it, such as
     * {@code providerId(String)}. A list or set has {@code add} setters too ({@code addGoalId(String)},
     * {@code addGoalIds(String...)}, {@code addAllGoalIds(Iterable)}), while its own setter
     * ({@code goalIds(Iterable)}) replaces every element. An {@code Optional} attribute is set by value, such
     * as {@code note(String)}, or as an {@code Optional}; left unset, it is empty. An attribute with a
     * default keeps it unless set. {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableProviderOrder.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public ProviderOrder build() {
            return io.github.inddragelse.model.internal.Checks.built("ProviderOrder", super::build);
        }
    }
}
