package io.github.inddragelse.testkit;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.standard.StandardChecklists;
import io.github.inddragelse.testkit.internal.DefaultChecklistResponseArbitrary;
import io.github.inddragelse.testkit.internal.ResponseGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Static factories of jqwik arbitraries for checklist responses: valid answers to any checklist,
 * configurable by date, status, share answered and a lean towards high or low answers.
 *
 * <pre>{@code
 * // the citizen's answers to the standard easy-read checklist, leaning low
 * Arbitrary<ChecklistResponse> citizen = ChecklistResponses.forChecklist(StandardChecklists.citizen())
 *         .within(scenario)
 *         .bias(-0.7);
 *
 * // the caseworker's and the citizen's answers about one case
 * List<ChecklistResponse> answers = ChecklistResponses.forCase(Scenarios.exemplary()).sample();
 *
 * // generated cases with both
 * @Property
 * void any_case_with_answers_can_be_assessed(@ForAll AssessmentInput input) {
 *     Assessment assessment = input.assess(Assessor.standard());
 * }
 * }</pre>
 *
 * <p>{@code @ForAll ChecklistResponse} gives responses to any of the {@link StandardChecklists}, and
 * {@code @ForAll AssessmentInput} gives generated cases each with a caseworker's and a citizen's
 * response ({@link CaseProcessArbitrary#withChecklistResponses()}).
 */
public final class ChecklistResponses {

    private ChecklistResponses() {}

    /**
     * Valid responses to one checklist, configurable with the methods of {@link
     * ChecklistResponseArbitrary}.
     *
     * @param checklist the checklist to answer
     * @return the arbitrary
     */
    public static ChecklistResponseArbitrary forChecklist(Checklist checklist) {
        return new DefaultChecklistResponseArbitrary(Objects.requireNonNull(checklist, "checklist"));
    }

    /**
     * Valid responses to any of the standard checklists (caseworker, citizen, leader, provider). This
     * is what {@code @ForAll ChecklistResponse} uses.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ChecklistResponse> standard() {
        List<Arbitrary<? extends ChecklistResponse>> each = new ArrayList<>();
        for (Checklist c : StandardChecklists.all()) {
            each.add(forChecklist(c));
        }
        return Arbitraries.oneOf(each);
    }

    /**
     * The caseworker's and the citizen's responses about one case, to the {@link
     * StandardChecklists#caseworker() caseworker} and {@link StandardChecklists#citizen() citizen}
     * checklists, in that order: each naming the case, dated from its opening to its as-of date and
     * naming its respondent (the case's caseworker, the last one named; the citizen), otherwise with
     * the defaults of {@link ChecklistResponseArbitrary}.
     *
     * @param c the case
     * @return an arbitrary of two responses, the caseworker's first
     */
    public static Arbitrary<List<ChecklistResponse>> forCase(CaseUnderTest c) {
        return ResponseGenerator.caseworkerAndCitizen(Objects.requireNonNull(c, "c"));
    }
}
