package io.github.inddragelse.json;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.AnswerScale;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.checklist.ResponseStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitrary checklists and responses: every condition type nested a few levels, odd numbers, odd text. */
final class ChecklistGenerator {

    private static final List<String> DIMENSIONS =
            StandardCatalogue.get().dimensions().stream().map(Dimension::id).toList();

    private ChecklistGenerator() {}

    /** Non-blank text with characters JSON must escape, Danish letters and an emoji. */
    static Arbitrary<String> strings() {
        Arbitrary<String> plain = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars("ÆØÅæøå \"\\/\n\t\u0001\u2028€")
                .ofMinLength(1)
                .ofMaxLength(24);
        return Combinators.combine(plain, Arbitraries.of("", "", "😀"))
                .as((text, emoji) -> text + emoji)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<Text> texts() {
        return Combinators.combine(strings(), strings()).as(Text::of);
    }

    /** Numbers of every shape: whole, fractions, tiny, huge, and the classic 0.1. */
    static Arbitrary<Double> points() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 10).map(Integer::doubleValue)),
                Tuple.of(3, Arbitraries.doubles().between(0, 1000)),
                Tuple.of(1, Arbitraries.of(0.1, 1.0 / 3, 2.5e-9, 1e15, 1e21, 123456789.125, Double.MIN_VALUE)));
    }

    static Arbitrary<Condition> conditions() {
        return conditions(3);
    }

    private static Arbitrary<Condition> conditions(int depth) {
        Arbitrary<Condition> leaf = Arbitraries.oneOf(
                Arbitraries.of(Condition.always(), Condition.hasAdverseDecision(), Condition.followUpHeld()),
                Arbitraries.of(EventKind.class).map(Condition::hasEvent),
                Arbitraries.of(Phase.class).map(Condition::phaseReached),
                Arbitraries.of(CommunicationNeed.class).map(Condition::hasCommunicationNeed),
                Arbitraries.of(TargetGroup.class).map(Condition::inTargetGroup));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<List<Condition>> some =
                conditions(depth - 1).list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf),
                Tuple.of(1, some.map(c -> Condition.allOf(c.toArray(new Condition[0])))),
                Tuple.of(1, some.map(c -> Condition.anyOf(c.toArray(new Condition[0])))),
                Tuple.of(1, conditions(depth - 1).map(Condition::not)));
    }

    static Arbitrary<AnswerScale> scales() {
        Arbitrary<List<Double>> scored = points().list().ofMinSize(2).ofMaxSize(5);
        return Combinators.combine(
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMinLength(1)
                                .ofMaxLength(12),
                        scored,
                        texts().list().ofSize(7),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as((id, points, labels, notApplicable, dontKnow) -> {
                    List<AnswerOption> options = new ArrayList<>();
                    for (int i = 0; i < points.size(); i++) {
                        double p = i == points.size() - 1 ? points.get(i) + 1 : points.get(i);
                        options.add(AnswerOption.scored(String.valueOf(i + 1), p, labels.get(i), labels.get(i + 1)));
                    }
                    if (notApplicable) {
                        options.add(AnswerOption.notApplicable(labels.get(5), labels.get(6)));
                    }
                    if (dontKnow) {
                        options.add(AnswerOption.dontKnow(labels.get(6), labels.get(5)));
                    }
                    return AnswerScale.builder().id(id).options(options).build();
                });
    }

    /** Items still to be given their id. */
    static Arbitrary<Function<String, ChecklistItem>> items() {
        return Combinators.combine(
                        texts(),
                        scales(),
                        Arbitraries.of(DIMENSIONS).list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.just(1.0)),
                                Tuple.of(1, Arbitraries.doubles().between(0.01, 10))),
                        conditions())
                .as((question, scale, dimensions, weight, condition) -> id -> ChecklistItem.builder()
                        .id(id)
                        .question(question)
                        .scale(scale)
                        .dimensions(dimensions)
                        .weight(weight)
                        .appliesWhen(condition)
                        .build());
    }

    static Arbitrary<Checklist> checklists() {
        return Combinators.combine(
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .withChars(".-")
                                .ofMinLength(0)
                                .ofMaxLength(20)
                                .map(s -> "k" + s),
                        strings(),
                        Arbitraries.of(Perspective.class),
                        texts(),
                        items().list().ofMinSize(1).ofMaxSize(6))
                .as((id, version, perspective, title, items) -> {
                    Checklist.Builder builder = Checklist.builder()
                            .id(id)
                            .version(version)
                            .perspective(perspective)
                            .title(title);
                    for (int i = 0; i < items.size(); i++) {
                        builder.addItems(items.get(i).apply("i-" + i));
                    }
                    return builder.build();
                });
    }

    static Arbitrary<ChecklistResponse> responses() {
        return Combinators.combine(
                        Arbitraries.of(Perspective.class),
                        Arbitraries.of(ResponseStatus.class),
                        Arbitraries.integers().between(0, 3000),
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMinLength(1)
                                .ofMaxLength(8)
                                .optional(),
                        Arbitraries.maps(strings(), Arbitraries.of("1", "2", "yes", "dont-know"))
                                .ofMaxSize(8))
                .as((perspective, status, day, respondent, answers) -> ChecklistResponse.builder()
                        .checklistId("borger")
                        .checklistVersion("1")
                        .perspective(perspective)
                        .status(status)
                        .respondedOn(LocalDate.of(2026, 1, 1).plusDays(day))
                        .respondentId(respondent.map(r -> "r-" + r))
                        .answers(answers)
                        .build());
    }
}
