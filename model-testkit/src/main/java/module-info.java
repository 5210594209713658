/**
 * Inddragelse's testkit: jqwik arbitraries for valid, realistic case processes (optionally with
 * deliberate {@link io.github.inddragelse.testkit.Defect defects}) and ready-made {@link
 * io.github.inddragelse.testkit.Scenarios scenarios}, arbitraries of checklist responses, and
 * fluent {@link io.github.inddragelse.testkit.AssessmentAssert assertions on assessments}. Registers an
 * {@code ArbitraryProvider} so that {@code @ForAll CaseProcess} works without setup.
 */
module io.github.inddragelse.testkit {
    requires transitive io.github.inddragelse.model;
    requires transitive net.jqwik.api;

    exports io.github.inddragelse.testkit;

    provides net.jqwik.api.providers.ArbitraryProvider with
            io.github.inddragelse.testkit.internal.CaseProcessArbitraryProvider;
}
