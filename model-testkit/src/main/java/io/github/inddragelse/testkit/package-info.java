/**
 * Test support for Inddragelse: generators and ready-made scenarios for case processes.
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
 * </ul>
 *
 * <p>An {@code ArbitraryProvider} is registered, so {@code @ForAll CaseProcess}, {@code @ForAll
 * CaseUnderTest}, {@code @ForAll Participant} and {@code @ForAll CaseEvent} work in any jqwik
 * property without further setup.
 */
package io.github.inddragelse.testkit;
