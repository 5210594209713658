package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.ResponseStatus;
import io.github.inddragelse.testkit.CaseUnderTest;
import io.github.inddragelse.testkit.ChecklistResponseArbitrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link ChecklistResponseArbitrary}: a decorator over a list of random choices. */
public final class DefaultChecklistResponseArbitrary extends ArbitraryDecorator<ChecklistResponse>
        implements ChecklistResponseArbitrary {

    private final ResponseConfig config;

    /**
     * Creates the arbitrary with the default configuration.
     *
     * @param checklist the checklist to answer
     */
    public DefaultChecklistResponseArbitrary(Checklist checklist) {
        this(new ResponseConfig(checklist));
    }

    private DefaultChecklistResponseArbitrary(ResponseConfig config) {
        this.config = config;
    }

    @Override
    protected Arbitrary<ChecklistResponse> arbitrary() {
        ResponseConfig fixed = config;
        return ResponseGenerator.choices(fixed).map(values -> ResponseGenerator.generate(fixed, values));
    }

    private DefaultChecklistResponseArbitrary with(Consumer<ResponseConfig> change) {
        ResponseConfig changed = config.copy();
        change.accept(changed);
        // A new instance, not typedClone(): a clone would keep the arbitrary the decorator caches once used.
        return new DefaultChecklistResponseArbitrary(changed);
    }

    @Override
    public ChecklistResponseArbitrary respondedBetween(LocalDate from, LocalDate to) {
        Arguments.period("respondedBetween", from, to);
        return with(c -> {
            c.from = from;
            c.to = to;
        });
    }

    @Override
    public ChecklistResponseArbitrary respondedOn(LocalDate date) {
        return respondedBetween(date, date);
    }

    @Override
    public ChecklistResponseArbitrary within(CaseUnderTest c) {
        Objects.requireNonNull(c, "c");
        ResponseConfig forCase = ResponseGenerator.forCase(config.checklist, c);
        return with(changed -> {
            changed.from = forCase.from;
            changed.to = forCase.to;
            changed.caseId = forCase.caseId;
        });
    }

    @Override
    public ChecklistResponseArbitrary statuses(ResponseStatus... statuses) {
        if (statuses.length == 0) {
            throw new IllegalArgumentException("statuses needs at least one status");
        }
        EnumSet<ResponseStatus> set = EnumSet.noneOf(ResponseStatus.class);
        for (ResponseStatus s : statuses) {
            set.add(Objects.requireNonNull(s, "statuses"));
        }
        List<ResponseStatus> ordered = new ArrayList<>();
        if (set.remove(ResponseStatus.COMPLETED)) {
            ordered.add(ResponseStatus.COMPLETED);
        }
        ordered.addAll(set);
        return with(c -> c.statuses = List.copyOf(ordered));
    }

    @Override
    public ChecklistResponseArbitrary answeredShare(double min, double max) {
        if (!(min >= 0 && min <= max && max <= 1)) {
            throw new IllegalArgumentException("answeredShare(" + min + ", " + max + "): need 0 <= min <= max <= 1");
        }
        return with(c -> {
            c.minShare = min;
            c.maxShare = max;
        });
    }

    @Override
    public ChecklistResponseArbitrary allAnswered() {
        return answeredShare(1, 1);
    }

    @Override
    public ChecklistResponseArbitrary bias(double bias) {
        Arguments.within("bias", bias, -1, 1);
        return with(c -> {
            c.bias = bias;
            c.extreme = 0;
        });
    }

    @Override
    public ChecklistResponseArbitrary best() {
        return with(c -> c.extreme = 1);
    }

    @Override
    public ChecklistResponseArbitrary worst() {
        return with(c -> c.extreme = -1);
    }

    @Override
    public ChecklistResponseArbitrary dontKnowShare(double share) {
        checkOffScale(share, config.notApplicable, "dontKnowShare");
        return with(c -> c.dontKnow = share);
    }

    @Override
    public ChecklistResponseArbitrary notApplicableShare(double share) {
        checkOffScale(share, config.dontKnow, "notApplicableShare");
        return with(c -> c.notApplicable = share);
    }

    @Override
    public ChecklistResponseArbitrary onScaleOnly() {
        return with(c -> {
            c.dontKnow = 0;
            c.notApplicable = 0;
        });
    }

    private static void checkOffScale(double share, double other, String method) {
        if (!(share >= 0 && share <= 1 && share + other <= 1)) {
            throw new IllegalArgumentException(method + "(" + share + "): must be from 0 to 1, and at most 1 together"
                    + " with the other off-scale share (" + other + ")");
        }
    }

    @Override
    public ChecklistResponseArbitrary respondent(String respondentId) {
        Objects.requireNonNull(respondentId, "respondentId");
        // Fails now, with the model's own message, if the id is not pseudonymous.
        ChecklistResponse.builder()
                .checklistId(config.checklist.id())
                .checklistVersion(config.checklist.version())
                .perspective(config.checklist.perspective())
                .respondedOn(config.from)
                .respondentId(respondentId)
                .build();
        return with(c -> c.respondentId = Optional.of(respondentId));
    }
}
