package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.catalogue.FunctionLevel;
import io.github.inddragelse.model.catalogue.LifeArea;
import io.github.inddragelse.model.catalogue.SupportNeed;
import io.github.inddragelse.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assessment of one FFB life area within an {@link Investigation}: function level, support need,
 * and the resources and challenges seen.
 *
 * <pre>{@code
 * LifeAreaAssessment selfCare = LifeAreaAssessment.builder()
 *         .area(LifeArea.SELF_CARE)
 *         .functionLevel(FunctionLevel.MODERATE)
 *         .supportNeed(SupportNeed.MODERATE)
 *         .resources("Laver selv morgenmad")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LifeAreaAssessment {

    LifeAreaAssessment() {}

    /**
     * The life area.
     *
     * @return the area
     */
    public abstract LifeArea area();

    /**
     * The function level on the FFB scale.
     *
     * @return the level, possibly {@link FunctionLevel#NOT_ASSESSED}
     */
    public abstract FunctionLevel functionLevel();

    /**
     * The support need on the FFB scale; not assessed unless set.
     *
     * @return the support need
     */
    @Value.Default
    public SupportNeed supportNeed() {
        return SupportNeed.NOT_ASSESSED;
    }

    /**
     * The citizen's resources in this area. Free text, redacted.
     *
     * @return the resources, if recorded
     */
    @Value.Redacted
    public abstract Optional<String> resources();

    /**
     * The challenges in this area. Free text, redacted.
     *
     * @return the challenges, if recorded
     */
    @Value.Redacted
    public abstract Optional<String> challenges();

    @Value.Check
    final void check() {
        Checks.of("LifeAreaAssessment")
                .notBlank(resources(), "resources")
                .notBlank(challenges(), "challenges")
                .throwIfAny();
    }

    /**
     * Starts building a life-area assessment.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link LifeAreaAssessment}: one setter per attribute, named after it, such as
     * {@code functionLevel(FunctionLevel)}. An {@code Optional} attribute is set by value, such as
     * {@code resources(String)}, or as an {@code Optional}; left unset, it is empty. An attribute with a
     * default keeps it unless set. {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableLifeAreaAssessment.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public LifeAreaAssessment build() {
            return io.github.inddragelse.model.internal.Checks.built("LifeAreaAssessment", super::build);
        }
    }
}
