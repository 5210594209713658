package io.github.inddragelse.testkit.internal;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ResponseStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the checklist-response generator is asked for. The arbitrary changes only fresh {@link #copy()
 * copies}, so a configuration handed to the generator never changes.
 */
public final class ResponseConfig {

    /** The default chance of "don't know" and of "not applicable" on an answered item. */
    static final double DEFAULT_OFF_SCALE = 0.05;

    /** The checklist answered. */
    final Checklist checklist;
    /** The earliest response date. */
    LocalDate from = LocalDate.of(2025, 1, 1);
    /** The latest response date. */
    LocalDate to = LocalDate.of(2026, 12, 31);
    /** The statuses, the simplest (completed) first. */
    List<ResponseStatus> statuses = List.of(ResponseStatus.COMPLETED);
    /** The least share of items answered. */
    double minShare = 0.7;
    /** The greatest share of items answered. */
    double maxShare = 1.0;
    /** The lean of scored answers, -1 (low) to 1 (high). */
    double bias = 0;
    /** 1 for the best answer always, -1 for the lowest always, 0 to use the bias. */
    int extreme = 0;
    /** The chance of "don't know" on an answered item. */
    double dontKnow = DEFAULT_OFF_SCALE;
    /** The chance of "not applicable" on an answered item. */
    double notApplicable = DEFAULT_OFF_SCALE;
    /** The respondent, if any. */
    Optional<String> respondentId = Optional.empty();
    /** The case the answers are about, if named. */
    Optional<String> caseId = Optional.empty();

    /**
     * The defaults for a checklist.
     *
     * @param checklist the checklist to answer
     */
    public ResponseConfig(Checklist checklist) {
        this.checklist = Objects.requireNonNull(checklist, "checklist");
    }

    /**
     * A copy to change.
     *
     * @return the copy
     */
    ResponseConfig copy() {
        ResponseConfig c = new ResponseConfig(checklist);
        c.from = from;
        c.to = to;
        c.statuses = statuses;
        c.minShare = minShare;
        c.maxShare = maxShare;
        c.bias = bias;
        c.extreme = extreme;
        c.dontKnow = dontKnow;
        c.notApplicable = notApplicable;
        c.respondentId = respondentId;
        c.caseId = caseId;
        return c;
    }

    /**
     * How many random choices one response uses at most: the date, the status, the share answered,
     * which items are left unanswered, and two per item (kind of answer, option).
     *
     * @return the number of choices
     */
    int choices() {
        return 3 + 3 * checklist.items().size();
    }
}
