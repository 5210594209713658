package io.github.inddragelse.json;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.ResponseStatus;
import io.github.inddragelse.model.standard.StandardChecklists;
import io.github.inddragelse.testkit.CaseProcesses;
import io.github.inddragelse.testkit.CaseUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Real assessments: generated cases (the testkit's valid and defective ones) assessed by the standard
 * assessor, with random answers to the standard checklists from some of the perspectives.
 */
final class AssessmentGenerator {

    private static final Assessor ASSESSOR = Assessor.standard();

    private AssessmentGenerator() {}

    static Arbitrary<Assessment> assessments() {
        Arbitrary<CaseUnderTest> cases =
                Arbitraries.oneOf(CaseProcesses.casesUnderTest(), CaseProcesses.withOneDefect());
        return Combinators.combine(cases, Arbitraries.longs())
                .as((c, seed) -> ASSESSOR.assess(c.process(), responses(c, new Random(seed)), c.asOf()));
    }

    /** Answers to the standard checklists from some perspectives, each item answered or left out. */
    static List<ChecklistResponse> responses(CaseUnderTest c, Random random) {
        List<ChecklistResponse> responses = new ArrayList<>();
        for (Checklist checklist : StandardChecklists.all()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            ChecklistResponse.Builder response = ChecklistResponse.builder()
                    .caseId(random.nextBoolean() ? Optional.of(c.process().caseId()) : Optional.empty())
                    .checklistId(checklist.id())
                    .checklistVersion(checklist.version())
                    .perspective(checklist.perspective())
                    .respondedOn(c.asOf().minusDays(random.nextInt(60)))
                    .status(random.nextInt(8) == 0 ? ResponseStatus.IN_PROGRESS : ResponseStatus.COMPLETED);
            for (ChecklistItem item : checklist.items()) {
                if (random.nextInt(6) > 0) {
                    List<AnswerOption> options = item.scale().options();
                    response.putAnswer(
                            item.id(),
                            options.get(random.nextInt(options.size())).code());
                }
            }
            responses.add(response.build());
        }
        return responses;
    }
}
