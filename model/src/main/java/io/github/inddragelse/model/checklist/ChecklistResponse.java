package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.internal.Checks;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One respondent's answers to one version of a checklist about one case: the option code chosen per
 * item id. Checked against its checklist with {@link Checklist#validate(ChecklistResponse)}.
 *
 * <pre>{@code
 * ChecklistResponse answers = ChecklistResponse.builder()
 *         .caseId("sag-2026-0042")
 *         .checklistId("borger")
 *         .checklistVersion("1")
 *         .perspective(Perspective.CITIZEN)
 *         .respondedOn(LocalDate.of(2026, 6, 1))
 *         .status(ResponseStatus.COMPLETED)
 *         .putAnswer("b-1", "yes")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ChecklistResponse {

    ChecklistResponse() {}

    /**
     * The pseudonymous id of the case the answers are about. When present, the assessor refuses to
     * use the response for another case.
     *
     * @return the case id, if recorded
     */
    public abstract Optional<String> caseId();

    /**
     * The id of the checklist answered.
     *
     * @return the checklist id
     */
    public abstract String checklistId();

    /**
     * The version of the checklist answered.
     *
     * @return the checklist version
     */
    public abstract String checklistVersion();

    /**
     * Whose view this is.
     *
     * @return the perspective
     */
    public abstract Perspective perspective();

    /**
     * When the answers were given. Responses dated after the as-of date are not used.
     *
     * @return the date
     */
    public abstract LocalDate respondedOn();

    /**
     * Whether the response is finished; completed unless set.
     *
     * @return the status
     */
    @Value.Default
    public ResponseStatus status() {
        return ResponseStatus.COMPLETED;
    }

    /**
     * A pseudonymous id of the respondent. Redacted.
     *
     * @return the respondent id, if recorded
     */
    @Value.Redacted
    public abstract Optional<String> respondentId();

    /**
     * The chosen option code per item id, in the order given.
     *
     * @return the answers
     */
    public abstract Map<String, String> answers();

    @Value.Check
    final void check() {
        Checks c = Checks.of("ChecklistResponse");
        c.require(!checklistId().isBlank(), "checklistId", "must not be blank");
        c.require(!checklistVersion().isBlank(), "checklistVersion", "must not be blank");
        caseId().ifPresent(id -> c.pseudonymousId(id, "caseId"));
        respondentId().ifPresent(id -> c.pseudonymousId(id, "respondentId"));
        c.throwIfAny();
    }

    @Override
    public String toString() {
        return "ChecklistResponse{" + checklistId() + " v" + checklistVersion() + ", "
                + perspective().code() + ", " + respondedOn() + ", " + status().code() + ", "
                + answers().size() + " answers}";
    }

    /**
     * Starts building a response.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChecklistResponse}. */
    public static final class Builder extends ImmutableChecklistResponse.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public ChecklistResponse build() {
            return io.github.inddragelse.model.internal.Checks.built("ChecklistResponse", super::build);
        }
    }
}
