package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.internal.Checks;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One option on an answer scale: a stable code, a label, a written anchor that says when to choose
 * it, and its points (scored options only).
 */
@Value.Immutable
public abstract class AnswerOption {

    AnswerOption() {}

    /**
     * The stable code a response uses, for example {@code 4} or {@code dont-know}.
     *
     * @return the code
     */
    public abstract String code();

    /**
     * The short label shown to the respondent.
     *
     * @return the label in Danish and English
     */
    public abstract Text label();

    /**
     * The written anchor: when this is the right answer.
     *
     * @return the anchor in Danish and English
     */
    public abstract Text anchor();

    /**
     * Scored, not applicable, or don't know; scored unless set.
     *
     * @return the kind
     */
    @Value.Default
    public OptionKind kind() {
        return OptionKind.SCORED;
    }

    /**
     * The points a scored option gives; absent for not applicable and don't know.
     *
     * @return the points, 0 or more
     */
    public abstract OptionalDouble points();

    @Value.Check
    final void check() {
        Checks c = Checks.of("AnswerOption");
        c.require(code().matches("[a-z0-9][a-z0-9-]{0,39}"), "code", "must be 1-40 characters of a-z, 0-9 and '-'");
        if (kind() == OptionKind.SCORED) {
            c.require(points().isPresent(), "points", "is required for a scored option");
            c.require(
                    points().isEmpty() || (points().getAsDouble() >= 0 && Double.isFinite(points().getAsDouble())),
                    "points",
                    "must be a finite number of 0 or more");
        } else {
            c.require(points().isEmpty(), "points", "must be absent for a " + kind().code() + " option");
        }
        c.throwIfAny();
    }

    /**
     * A scored option.
     *
     * @param code the code
     * @param points the points
     * @param label the label
     * @param anchor the written anchor
     * @return the option
     */
    public static AnswerOption scored(String code, double points, Text label, Text anchor) {
        return builder().code(code).points(points).label(label).anchor(anchor).build();
    }

    /**
     * A "not applicable" option.
     *
     * @param label the label
     * @param anchor when to choose it
     * @return the option, with code {@code not-applicable}
     */
    public static AnswerOption notApplicable(Text label, Text anchor) {
        return builder()
                .code("not-applicable")
                .kind(OptionKind.NOT_APPLICABLE)
                .label(label)
                .anchor(anchor)
                .build();
    }

    /**
     * A "don't know" option.
     *
     * @param label the label
     * @param anchor when to choose it
     * @return the option, with code {@code dont-know}
     */
    public static AnswerOption dontKnow(Text label, Text anchor) {
        return builder()
                .code("dont-know")
                .kind(OptionKind.DONT_KNOW)
                .label(label)
                .anchor(anchor)
                .build();
    }

    /**
     * Starts building an option.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AnswerOption}. */
    public static final class Builder extends ImmutableAnswerOption.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public AnswerOption build() {
            return io.github.inddragelse.model.internal.Checks.built("AnswerOption", super::build);
        }
    }
}
