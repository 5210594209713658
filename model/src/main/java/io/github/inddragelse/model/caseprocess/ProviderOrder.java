package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * The order to the provider (bestilling): which provider, which goals were passed on, and whether the purpose was stated.
 *
 * <pre>{@code
 * ProviderOrder event = ProviderOrder.builder()
 *         .id("e1")
 *         .date(LocalDate.of(2026, 3, 2))
 *         // ...
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

    /** Builds a {@link ProviderOrder}; {@code build()} checks every invariant and reports all violations. */
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
