package io.github.inddragelse.testkit;

import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.ResponseStatus;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;

/**
 * A configurable jqwik arbitrary of valid responses to one checklist; get one from {@link
 * ChecklistResponses#forChecklist(io.github.inddragelse.model.checklist.Checklist)}. Every method
 * returns a new arbitrary and leaves this one unchanged.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<ChecklistResponse> unhappyCitizens() {
 *     return ChecklistResponses.forChecklist(StandardChecklists.citizen())
 *             .respondedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))
 *             .allAnswered()
 *             .bias(-0.8);
 * }
 * }</pre>
 *
 * <p>Every generated response names the checklist's id, version and perspective, answers only items
 * of the checklist, and only with option codes on each item's scale, so {@code
 * checklist.validate(response)} always passes. The defaults: answered between 2025-01-01 and
 * 2026-12-31, status completed, 70 % to 100 % of the items answered, no bias, and about one answer in
 * twenty each "don't know" and "not applicable" (where the item's scale offers them). Generation is
 * deterministic for a jqwik seed and shrinks towards the earliest date, a completed response, the
 * most items answered, and the best answers.
 */
public interface ChecklistResponseArbitrary extends Arbitrary<ChecklistResponse> {

    /**
     * Only responses given in this period.
     *
     * @param from the earliest date
     * @param to the latest date, not before {@code from}
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary respondedBetween(LocalDate from, LocalDate to);

    /**
     * Only responses given on this date.
     *
     * @param date the date
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary respondedOn(LocalDate date);

    /**
     * Only responses about this case ({@code caseId} set to its id) given while it was open to be
     * assessed: from the day it was opened to its as-of date, so that the assessor uses them.
     *
     * @param c the case
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary within(CaseUnderTest c);

    /**
     * The statuses a response may have (default: completed only; the standard scoring policy ignores
     * responses in progress).
     *
     * @param statuses at least one status
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary statuses(ResponseStatus... statuses);

    /**
     * How many of the items are answered: each response draws a share between {@code min} and {@code
     * max} and answers that share of the items (rounded), leaving random ones unanswered. Unanswered
     * items lower coverage.
     *
     * @param min the least share, 0 to 1
     * @param max the greatest share, {@code min} to 1
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary answeredShare(double min, double max);

    /**
     * Every item answered: the same as {@code answeredShare(1, 1)}.
     *
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary allAnswered();

    /**
     * Leans the scored answers towards the top or the bottom of each scale: -1 strongly towards the
     * lowest answer, 0 every answer equally likely, 1 strongly towards the best answer. Replaces
     * {@link #best()} and {@link #worst()}.
     *
     * @param bias from -1 to 1
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary bias(double bias);

    /**
     * Every scored answer is the best on its scale.
     *
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary best();

    /**
     * Every scored answer is the lowest on its scale.
     *
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary worst();

    /**
     * The chance that an answered item is answered "don't know", where its scale offers it (default
     * 0.05). "Don't know" lowers coverage, never the score.
     *
     * @param share from 0 to 1, with {@link #notApplicableShare(double)} at most 1 together
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary dontKnowShare(double share);

    /**
     * The chance that an answered item is answered "not applicable", where its scale offers it
     * (default 0.05). "Not applicable" leaves the denominator.
     *
     * @param share from 0 to 1, with {@link #dontKnowShare(double)} at most 1 together
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary notApplicableShare(double share);

    /**
     * Only answers on the scale: no "don't know" and no "not applicable". The same as {@code
     * dontKnowShare(0).notApplicableShare(0)}.
     *
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary onScaleOnly();

    /**
     * Every response names this pseudonymous respondent (default: none).
     *
     * @param respondentId a pseudonymous id, such as a participant id of the case
     * @return the new arbitrary
     */
    ChecklistResponseArbitrary respondent(String respondentId);
}
