/**
 * Test support for Inddragelse: generators and ready-made scenarios for case processes, generators of
 * checklist responses, and assertions on assessments.
 *
 * <ul>
 *   <li>{@link io.github.inddragelse.testkit.CaseProcesses} — the static factory of jqwik arbitraries,
 *       in the style of jqwik's {@code web} and {@code time} modules: {@code
 *       CaseProcesses.valid().targetGroup(TargetGroup.MENTAL_HEALTH).reachingPhase(Phase.FOLLOW_UP)}.
 *   <li>{@link io.github.inddragelse.testkit.Defect} and {@link io.github.inddragelse.testkit.Defects}
 *       — deliberate flaws, each tied to the legal duty or principle it breaks, with a repair.
 *   <li>{@link io.github.inddragelse.testkit.CaseUnderTest} — a process with the date to assess it as
 *       of.
 *   <li>{@link io.github.inddragelse.testkit.Scenarios} — readable, deterministic example cases.
 *   <li>{@link io.github.inddragelse.testkit.ChecklistResponses} — arbitraries of valid checklist
 *       responses, and {@link io.github.inddragelse.testkit.AssessmentInput} — a case with responses and
 *       its as-of date.
 *   <li>{@link io.github.inddragelse.testkit.AssessmentAssert} — fluent assertions on an assessment,
 *       with failure messages that name the rule, outcome, evidence and the dimension's numbers.
 *   <li>{@link io.github.inddragelse.testkit.RuleCoverage} and {@link
 *       io.github.inddragelse.testkit.RuleCoverageAssert} — which message keys of a rule set some
 *       assessments reached, and the assertion that every key but a listed few was reached.
 * </ul>
 *
 * <p>An {@code ArbitraryProvider} is registered, so {@code @ForAll CaseProcess}, {@code @ForAll
 * CaseUnderTest}, {@code @ForAll Participant}, {@code @ForAll CaseEvent}, {@code @ForAll
 * ChecklistResponse} and {@code @ForAll AssessmentInput} work in any jqwik property without further
 * setup.
 */
package io.github.inddragelse.testkit;
