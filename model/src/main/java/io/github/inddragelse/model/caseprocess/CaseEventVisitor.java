package io.github.inddragelse.model.caseprocess;

/**
 * Visits the events of a case without {@code instanceof} chains; a new event kind is a compile error
 * in every visitor, not a silent gap.
 *
 * @param <R> what a visit returns
 */
public interface CaseEventVisitor<R> {
    /**
     * Visits a {@link Contact}.
     *
     * @param event the event
     * @return the result
     */
    R visit(Contact event);

    /**
     * Visits a {@link Meeting}.
     *
     * @param event the event
     * @return the result
     */
    R visit(Meeting event);

    /**
     * Visits an {@link InformationGathering}.
     *
     * @param event the event
     * @return the result
     */
    R visit(InformationGathering event);

    /**
     * Visits an {@link Investigation}.
     *
     * @param event the event
     * @return the result
     */
    R visit(Investigation event);

    /**
     * Visits a {@link Goal}.
     *
     * @param event the event
     * @return the result
     */
    R visit(Goal event);

    /**
     * Visits a {@link Hearing}.
     *
     * @param event the event
     * @return the result
     */
    R visit(Hearing event);

    /**
     * Visits a {@link Decision}.
     *
     * @param event the event
     * @return the result
     */
    R visit(Decision event);

    /**
     * Visits a {@link DeadlineNotice}.
     *
     * @param event the event
     * @return the result
     */
    R visit(DeadlineNotice event);

    /**
     * Visits an {@link ActionPlan}.
     *
     * @param event the event
     * @return the result
     */
    R visit(ActionPlan event);

    /**
     * Visits a {@link ProviderOrder}.
     *
     * @param event the event
     * @return the result
     */
    R visit(ProviderOrder event);

    /**
     * Visits a {@link Coordination}.
     *
     * @param event the event
     * @return the result
     */
    R visit(Coordination event);

    /**
     * Visits a {@link MethodApplied}.
     *
     * @param event the event
     * @return the result
     */
    R visit(MethodApplied event);

    /**
     * Visits a {@link ProgressMeasurement}.
     *
     * @param event the event
     * @return the result
     */
    R visit(ProgressMeasurement event);

    /**
     * Visits a {@link FollowUp}.
     *
     * @param event the event
     * @return the result
     */
    R visit(FollowUp event);

    /**
     * Visits a {@link Complaint}.
     *
     * @param event the event
     * @return the result
     */
    R visit(Complaint event);

    /**
     * Visits a {@link CaseworkerChange}.
     *
     * @param event the event
     * @return the result
     */
    R visit(CaseworkerChange event);

    /**
     * Visits a {@link Guidance}.
     *
     * @param event the event
     * @return the result
     */
    R visit(Guidance event);
}
