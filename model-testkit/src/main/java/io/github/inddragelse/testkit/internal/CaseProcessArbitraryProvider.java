package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.testkit.AssessmentInput;
import io.github.inddragelse.testkit.CaseProcesses;
import io.github.inddragelse.testkit.CaseUnderTest;
import io.github.inddragelse.testkit.ChecklistResponses;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik resolve {@code @ForAll CaseProcess}, {@code @ForAll CaseUnderTest}, {@code @ForAll
 * Participant}, {@code @ForAll CaseEvent}, {@code @ForAll ChecklistResponse} and {@code @ForAll
 * AssessmentInput} without setup. Registered through {@code
 * META-INF/services} and the module descriptor.
 */
public final class CaseProcessArbitraryProvider implements ArbitraryProvider {

    /** Creates the provider; called by jqwik through the service loader. */
    public CaseProcessArbitraryProvider() {}

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(CaseProcess.class)
                || targetType.isOfType(CaseUnderTest.class)
                || targetType.isOfType(Participant.class)
                || targetType.isOfType(CaseEvent.class)
                || targetType.isOfType(ChecklistResponse.class)
                || targetType.isOfType(AssessmentInput.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(CaseProcess.class)) {
            return Set.of(CaseProcesses.valid());
        }
        if (targetType.isOfType(CaseUnderTest.class)) {
            return Set.of(CaseProcesses.casesUnderTest());
        }
        if (targetType.isOfType(Participant.class)) {
            return Set.of(CaseProcesses.participants());
        }
        if (targetType.isOfType(ChecklistResponse.class)) {
            return Set.of(ChecklistResponses.standard());
        }
        if (targetType.isOfType(AssessmentInput.class)) {
            return Set.of(CaseProcesses.valid().withChecklistResponses());
        }
        return Set.of(CaseProcesses.events());
    }
}
