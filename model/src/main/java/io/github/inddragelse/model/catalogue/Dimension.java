package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * One of the twelve dimensions an assessment scores: an element of Borgeren i centrum or a principle
 * of recovery-oriented rehabilitation. Rules and checklist items name the dimensions they serve by
 * {@link #id()}.
 */
@Value.Immutable
public abstract class Dimension {

    /**
     * The stable id, for example {@code trust} or {@code p7-follow-up}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * Element or principle.
     *
     * @return the kind
     */
    public abstract DimensionKind kind();

    /**
     * The number within its kind: 1–4 for elements, 1–8 for principles.
     *
     * @return the number
     */
    public abstract int number();

    /**
     * The name; for principles the exact Danish name from Socialstyrelsen's guide.
     *
     * @return the name in Danish and English
     */
    public abstract Text name();

    /**
     * What the dimension means in a case, in a few sentences.
     *
     * @return the description in Danish and English
     */
    public abstract Text description();

    /**
     * What it looks like in a case: observable indicators (our operationalisation).
     *
     * @return the indicators
     */
    public abstract List<Text> indicators();

    /**
     * The legal anchors of the dimension.
     *
     * @return the legal references, possibly empty
     */
    public abstract List<LegalReference> legalAnchors();

    /**
     * Where the dimension comes from, and how faithfully.
     *
     * @return the source note in Danish and English
     */
    public abstract Text source();

    @Value.Check
    void check() {
        int max = kind() == DimensionKind.ELEMENT ? 4 : 8;
        Checks.of("Dimension")
                .require(id().matches("[a-z0-9][a-z0-9-]*"), "id", "must be lower-case kebab-case")
                .require(number() >= 1 && number() <= max, "number", "must be between 1 and " + max)
                .throwIfAny();
    }

    @Override
    public String toString() {
        return "Dimension{" + id() + "}";
    }

    /**
     * Starts building a dimension.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Dimension}. */
    public static final class Builder extends ImmutableDimension.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Dimension build() {
            return io.github.inddragelse.model.internal.Checks.built("Dimension", super::build);
        }
    }
}
