package io.github.inddragelse.json;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.ResponseStatus;
import io.github.inddragelse.model.standard.StandardChecklists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Real assessments: generated valid cases assessed by the standard assessor as of a date during or
 * after the case, with random answers to the standard checklists from some of the perspectives. (The
 * testkit's generators cannot be used here: the testkit's own tests depend on this module.)
 */
final class AssessmentGenerator {

    private static final Assessor ASSESSOR = Assessor.standard();

    private AssessmentGenerator() {}

    static Arbitrary<Assessment> assessments() {
        return Combinators.combine(CaseProcessGenerator.caseProcesses(), Arbitraries.longs())
                .as((process, seed) -> {
                    Random random = new Random(seed);
                    LocalDate asOf = asOf(process, random);
                    return ASSESSOR.assess(process, responses(process, asOf, random), asOf);
                });
    }

    /** The date of the opening or of an event, or up to half a year after it. */
    private static LocalDate asOf(CaseProcess process, Random random) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(process.openedOn());
        process.events().forEach(e -> dates.add(e.date()));
        LocalDate date = dates.get(random.nextInt(dates.size()));
        return random.nextInt(3) == 0 ? date : date.plusDays(random.nextInt(180));
    }

    /** Answers to the standard checklists from some perspectives, each item answered or left out. */
    static List<ChecklistResponse> responses(CaseProcess process, LocalDate asOf, Random random) {
        List<ChecklistResponse> responses = new ArrayList<>();
        for (Checklist checklist : StandardChecklists.all()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            ChecklistResponse.Builder response = ChecklistResponse.builder()
                    .caseId(random.nextBoolean() ? Optional.of(process.caseId()) : Optional.empty())
                    .checklistId(checklist.id())
                    .checklistVersion(checklist.version())
                    .perspective(checklist.perspective())
                    .respondedOn(asOf.minusDays(random.nextInt(60)))
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
