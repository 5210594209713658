package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.OptionKind;
import io.github.inddragelse.model.standard.StandardChecklists;
import io.github.inddragelse.testkit.CaseUnderTest;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/**
 * Builds one valid checklist response from a {@link ResponseConfig} and a list of random choices (see
 * {@link Choices}: 0 always means the simplest option, so responses shrink towards the earliest date,
 * a completed response, as many items answered as allowed, the first ones, and the best answers).
 */
public final class ResponseGenerator {

    private ResponseGenerator() {}

    /**
     * The random choices for responses of a configuration.
     *
     * @param config the configuration
     * @return an arbitrary of choice lists of the right length
     */
    static Arbitrary<List<Integer>> choices(ResponseConfig config) {
        return Arbitraries.integers()
                .between(0, Choices.RANGE - 1)
                .withDistribution(RandomDistribution.uniform())
                .list()
                .ofSize(config.choices());
    }

    /**
     * Generates one response.
     *
     * @param config the configuration
     * @param values the random choices
     * @return a response that the configuration's checklist accepts
     */
    static ChecklistResponse generate(ResponseConfig config, List<Integer> values) {
        Choices ch = new Choices(values, 0);
        Checklist checklist = config.checklist;
        int days = (int) ChronoUnit.DAYS.between(config.from, config.to);
        ChecklistResponse.Builder response = ChecklistResponse.builder()
                .checklistId(checklist.id())
                .checklistVersion(checklist.version())
                .perspective(checklist.perspective())
                .respondedOn(config.from.plusDays(ch.between(0, days)))
                .status(ch.pick(config.statuses))
                .respondentId(config.respondentId)
                .caseId(config.caseId);
        double share = config.maxShare - (config.maxShare - config.minShare) * ch.between(0, 1000) / 1000.0;
        List<ChecklistItem> items = checklist.items();
        int unanswered = items.size() - (int) Math.round(share * items.size());
        Set<ChecklistItem> skipped = new HashSet<>(ch.distinct(items, unanswered));
        for (ChecklistItem item : items) {
            String answer = answer(config, item, ch);
            if (!skipped.contains(item)) {
                response.putAnswer(item.id(), answer);
            }
        }
        return response.build();
    }

    /** The answer to one item; reads two choices whether or not the item is answered. */
    private static String answer(ResponseConfig config, ChecklistItem item, Choices ch) {
        int kind = ch.between(0, Choices.RANGE - 1);
        List<AnswerOption> scored = new ArrayList<>();
        for (AnswerOption o : item.scale().options()) {
            if (o.kind() == OptionKind.SCORED) {
                scored.add(o);
            }
        }
        scored.sort(Comparator.comparingDouble((AnswerOption o) -> o.points().orElse(0))
                .reversed());
        AnswerOption option = ch.pickWeighted(scored, weights(config, scored.size()));
        if (kind >= Choices.RANGE * (1 - config.notApplicable)) {
            option = offScale(item, OptionKind.NOT_APPLICABLE).orElse(option);
        } else if (kind >= Choices.RANGE * (1 - config.notApplicable - config.dontKnow)) {
            option = offScale(item, OptionKind.DONT_KNOW).orElse(option);
        }
        return option.code();
    }

    private static Optional<AnswerOption> offScale(ChecklistItem item, OptionKind kind) {
        return item.scale().options().stream().filter(o -> o.kind() == kind).findFirst();
    }

    /** Weights of the scored options, best first: the bias tilts them, an extreme picks one end. */
    private static int[] weights(ResponseConfig config, int n) {
        int[] weights = new int[n];
        if (config.extreme != 0) {
            weights[config.extreme > 0 ? 0 : n - 1] = 1;
            return weights;
        }
        for (int i = 0; i < n; i++) {
            double position = n == 1 ? 0 : (double) i / (n - 1);
            weights[i] = (int) Math.max(1, Math.round(1000 * Math.exp(-3 * config.bias * (2 * position - 1))));
        }
        return weights;
    }

    /**
     * The default configuration for one respondent's answers about a case: naming the case, dated from
     * the opening to the as-of date, given by the case's caseworker (the last one named) or its citizen.
     *
     * @param checklist the checklist
     * @param c the case
     * @return the configuration
     */
    static ResponseConfig forCase(Checklist checklist, CaseUnderTest c) {
        ResponseConfig config = new ResponseConfig(checklist);
        config.from = c.process().openedOn();
        config.to = c.asOf();
        config.caseId = Optional.of(c.process().caseId());
        switch (checklist.perspective()) {
            case CITIZEN -> config.respondentId = Optional.of(c.process().citizenId());
            case CASEWORKER -> config.respondentId = lastWithRole(c, Role.CASEWORKER);
            case PROVIDER -> config.respondentId = lastWithRole(c, Role.PROVIDER_STAFF);
            default -> config.respondentId = Optional.empty();
        }
        return config;
    }

    private static Optional<String> lastWithRole(CaseUnderTest c, Role role) {
        Optional<String> found = Optional.empty();
        for (Participant p : c.process().participants()) {
            if (p.role() == role) {
                found = Optional.of(p.id());
            }
        }
        return found;
    }

    /**
     * The caseworker's and the citizen's responses to the standard checklists about a case.
     *
     * @return an arbitrary of pairs of choice lists for {@link #caseworkerAndCitizen(CaseUnderTest, List,
     *     List)}
     */
    static Arbitrary<List<List<Integer>>> caseworkerAndCitizenChoices() {
        return net.jqwik.api.Combinators.combine(
                        choices(new ResponseConfig(StandardChecklists.caseworker())),
                        choices(new ResponseConfig(StandardChecklists.citizen())))
                .as(List::of);
    }

    /**
     * The caseworker's and the citizen's responses to the standard checklists about a case, in that
     * order.
     *
     * @param c the case
     * @param choices two choice lists from {@link #caseworkerAndCitizenChoices()}
     * @return the two responses
     */
    public static List<ChecklistResponse> caseworkerAndCitizen(CaseUnderTest c, List<List<Integer>> choices) {
        return List.of(
                generate(forCase(StandardChecklists.caseworker(), c), choices.get(0)),
                generate(forCase(StandardChecklists.citizen(), c), choices.get(1)));
    }

    /**
     * An arbitrary of the caseworker's and the citizen's responses about a case.
     *
     * @param c the case
     * @return the arbitrary; each value holds the caseworker's response, then the citizen's
     */
    public static Arbitrary<List<ChecklistResponse>> caseworkerAndCitizen(CaseUnderTest c) {
        return caseworkerAndCitizenChoices().map(choices -> caseworkerAndCitizen(c, choices));
    }
}
