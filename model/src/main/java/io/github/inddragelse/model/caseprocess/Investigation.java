package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The VUM 2.0 assessment (udredning): function level per FFB life area, resources, the citizen's wishes for
 * the future, the network, which options were considered, and whether a reablement course can improve
 * function (SEL §83 a).
 *
 * <pre>{@code
 * Investigation investigation = Investigation.builder()
 *         .id("e4")
 *         .date(LocalDate.of(2026, 3, 23))
 *         .addParticipantIds("borger-17", "sb-1")
 *         .addLifeArea(LifeAreaAssessment.builder()
 *                 .area(LifeArea.PRACTICAL_TASKS)
 *                 .functionLevel(FunctionLevel.MODERATE)
 *                 .supportNeed(SupportNeed.MODERATE)
 *                 .build())
 *         .citizensWishes("Jeg vil klare mine indkøb og komme på biblioteket igen")
 *         .wishesInOwnWords(true)
 *         .resources("Har en god ven i opgangen")
 *         .networkMapped(true)
 *         .earlyOffersConsidered(true)
 *         .allOptionsConsidered(true)
 *         .reablementAssessment(ReablementAssessment.NOT_SUITABLE)
 *         .professionalJudgement("Behov for støtte til indkøb to gange om ugen")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Investigation extends CaseEvent {

    Investigation() {
        super(EventKind.INVESTIGATION);
    }

    /**
     * The function level, support need and resources per life area.
     *
     * @return the value
     */
    public abstract List<LifeAreaAssessment> lifeAreas();

    /**
     * The citizen's wishes for the future. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> citizensWishes();

    /**
     * Whether the wishes are recorded in the citizen's own words.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean wishesInOwnWords() {
        return false;
    }

    /**
     * The citizen's strengths and resources overall. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> resources();

    /**
     * Whether the citizen's network was mapped.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean networkMapped() {
        return false;
    }

    /**
     * Whether early, preventive offers (SEL §§82a-82b) were considered.
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean earlyOffersConsidered() {
        return false;
    }

    /**
     * Whether all options for help, also other authorities', were considered (RSL §5).
     *
     * @return the value; false unless set
     */
    @Value.Default
    public boolean allOptionsConsidered() {
        return false;
    }

    /**
     * The outcome of the assessment of whether a short reablement course can improve the citizen's
     * function (SEL §83 a), made before assessing the need for personal and practical help (SEL §83, stk.
     * 3). Empty when the investigation records no such assessment.
     *
     * @return the value
     */
    public abstract Optional<ReablementAssessment> reablementAssessment();

    /**
     * The caseworker's professional judgement with reasons. Free text, redacted.
     *
     * @return the value
     */
    @Value.Redacted
    public abstract Optional<String> professionalJudgement();

    @Override
    public final <R> R accept(CaseEventVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Value.Check
    final void check() {
        Checks c = commonChecks("Investigation");
        c.notBlank(citizensWishes(), "citizensWishes");
        c.notBlank(resources(), "resources");
        c.notBlank(professionalJudgement(), "professionalJudgement");
        c.require(
                !wishesInOwnWords() || citizensWishes().isPresent(),
                "wishesInOwnWords",
                "is true but no citizensWishes are recorded");
        java.util.Set<io.github.inddragelse.model.catalogue.LifeArea> areas =
                java.util.EnumSet.noneOf(io.github.inddragelse.model.catalogue.LifeArea.class);
        for (int i = 0; i < lifeAreas().size(); i++) {
            if (!areas.add(lifeAreas().get(i).area())) {
                c.add(
                        "lifeAreas[" + i + "].area",
                        "life area '" + lifeAreas().get(i).area().code() + "' is assessed twice");
            }
        }
        c.throwIfAny();
    }

    /**
     * Starts building an {@link Investigation}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Investigation}: one setter per attribute, named after it, such as
     * {@code wishesInOwnWords(boolean)}. A list or set has {@code add} setters too
     * ({@code addLifeArea(LifeAreaAssessment)}, {@code addLifeAreas(LifeAreaAssessment...)},
     * {@code addAllLifeAreas(Iterable)}), while its own setter ({@code lifeAreas(Iterable)}) replaces every
     * element. An {@code Optional} attribute is set by value, such as {@code citizensWishes(String)}, or as
     * an {@code Optional}; left unset, it is empty. An attribute with a default keeps it unless set.
     * {@link #build()} checks every invariant and reports all violations.
     */
    public static final class Builder extends ImmutableInvestigation.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Investigation build() {
            return io.github.inddragelse.model.internal.Checks.built("Investigation", super::build);
        }
    }
}
