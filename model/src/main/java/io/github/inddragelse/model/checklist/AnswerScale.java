package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordinal answer scale with written anchors (like the RSA's 1–5 agreement scale or the IPS
 * fidelity anchors), plus explicit "not applicable" and "don't know" where they make sense.
 */
@Value.Immutable
public abstract class AnswerScale {

    AnswerScale() {}

    /**
     * The scale's id, for example {@code agreement-5}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The options, scored ones from lowest to highest, then not applicable and don't know.
     *
     * @return the options
     */
    public abstract List<AnswerOption> options();

    /**
     * The most points an answer on this scale can give.
     *
     * @return the maximum points
     */
    @Value.Derived
    @Value.Auxiliary
    public double maxPoints() {
        return options().stream()
                .filter(o -> o.kind() == OptionKind.SCORED)
                .mapToDouble(o -> o.points().orElse(0))
                .max()
                .orElse(0);
    }

    /**
     * Looks up an option by code.
     *
     * @param code the option code
     * @return the option, if the scale has it
     */
    public Optional<AnswerOption> option(String code) {
        for (AnswerOption o : options()) {
            if (o.code().equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    @Value.Check
    final void check() {
        Checks c = Checks.of("AnswerScale");
        c.require(id().matches("[a-z0-9][a-z0-9-]{0,63}"), "id", "must be 1-64 characters of a-z, 0-9 and '-'");
        Set<String> codes = new HashSet<>();
        int scored = 0;
        for (int i = 0; i < options().size(); i++) {
            AnswerOption o = options().get(i);
            c.require(codes.add(o.code()), "options[" + i + "].code", "duplicate option code '" + o.code() + "'");
            scored += o.kind() == OptionKind.SCORED ? 1 : 0;
        }
        c.require(scored >= 2, "options", "must hold at least two scored options");
        c.require(maxPoints() > 0, "options", "must give more than 0 points for the best answer");
        c.throwIfAny();
    }

    @Override
    public String toString() {
        return "AnswerScale{" + id() + ", " + options().size() + " options}";
    }

    /**
     * Starts building a scale.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AnswerScale}. */
    public static final class Builder extends ImmutableAnswerScale.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public AnswerScale build() {
            return io.github.inddragelse.model.internal.Checks.built("AnswerScale", super::build);
        }
    }
}
