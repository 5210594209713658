package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * One question on a checklist: a stable id, the question in Danish and English, its answer scale,
 * the dimensions it serves, its weight, and when it applies.
 */
@Value.Immutable
public abstract class ChecklistItem {

    ChecklistItem() {}

    /**
     * The stable id, unique within the checklist, for example {@code cw-trust-1}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The question.
     *
     * @return the question in Danish and English
     */
    public abstract Text question();

    /**
     * The answer scale.
     *
     * @return the scale
     */
    public abstract AnswerScale scale();

    /**
     * The ids of the dimensions (elements and principles) the item serves.
     *
     * @return at least one dimension id
     */
    public abstract List<String> dimensions();

    /**
     * The item's weight in a score; 1 unless set.
     *
     * @return the weight, more than 0
     */
    @Value.Default
    public double weight() {
        return 1.0;
    }

    /**
     * When the item applies; always unless set. An item that does not apply leaves the denominator.
     *
     * @return the condition
     */
    @Value.Default
    public Condition appliesWhen() {
        return Condition.always();
    }

    @Value.Check
    final void check() {
        Checks c = Checks.of("ChecklistItem");
        c.require(id().matches("[a-z0-9][a-z0-9.-]{0,63}"), "id", "must be 1-64 characters of a-z, 0-9, '.' and '-'");
        c.require(!dimensions().isEmpty(), "dimensions", "must name at least one dimension");
        c.require(weight() > 0 && Double.isFinite(weight()), "weight", "must be a finite number above 0");
        c.throwIfAny();
    }

    @Override
    public String toString() {
        return "ChecklistItem{" + id() + ", " + scale().id() + ", " + dimensions() + "}";
    }

    /**
     * Starts building an item.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChecklistItem}. */
    public static final class Builder extends ImmutableChecklistItem.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public ChecklistItem build() {
            return io.github.inddragelse.model.internal.Checks.built("ChecklistItem", super::build);
        }
    }
}
