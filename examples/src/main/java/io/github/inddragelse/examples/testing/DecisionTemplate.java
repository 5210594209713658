package io.github.inddragelse.examples.testing;

import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseStatus;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.Phase;
import java.time.LocalDate;
import java.time.Period;

/**
 * A vendor's workflow template for the decision step of a case, the kind of code a test author wants
 * to check against the law: when the decision does not fully grant the request, the citizen is
 * heard first (FVL §19) with {@value #HEARING_DAYS} days to answer; every decision states the rules,
 * the main considerations and the facts (FVL §§22-24) in plain language; an adverse decision carries
 * complaint guidance (FVL §25); help that is granted gets a follow-up date {@value
 * #FOLLOW_UP_MONTHS} months on (SEL §148).
 *
 * <pre>{@code
 * CaseProcess decided = DecisionTemplate.decide(draft, DecisionOutcome.REJECTED);
 * }</pre>
 *
 * <p>The template does not investigate: a case must be investigated (RSL §10) before it reaches the
 * decision step. The tests show both what it guarantees and this limit.
 */
public final class DecisionTemplate {

    /** Days the citizen has to answer the hearing. */
    public static final int HEARING_DAYS = 14;

    /** Months from a decision that grants help to its follow-up. */
    public static final int FOLLOW_UP_MONTHS = 3;

    private DecisionTemplate() {}

    /**
     * Adds the decision step to a case, starting the day after its latest event: a hearing when the
     * outcome is adverse, then the decision on the first provision applied for.
     *
     * @param draft the case so far, with at least one provision applied for
     * @param outcome the outcome the caseworker has reached
     * @return the case with the decision step added
     * @throws IllegalArgumentException if nothing is applied for
     */
    public static CaseProcess decide(CaseProcess draft, DecisionOutcome outcome) {
        if (draft.appliedFor().isEmpty()) {
            throw new IllegalArgumentException("the case applies for nothing yet; a decision needs a provision");
        }
        LegalReference provision = draft.appliedFor().get(0);
        LocalDate start = draft.openedOn();
        for (CaseEvent e : draft.events()) {
            if (e.date().isAfter(start)) {
                start = e.date();
            }
        }
        start = start.plusDays(1);
        CaseProcess.Builder b = CaseProcess.builder().from(draft);
        LocalDate decisionDate = start;
        boolean adverse = !outcome.grantsInFull();
        if (adverse) {
            b.addEvents(Hearing.builder()
                    .id(freeId(draft, "skabelon-hoering"))
                    .date(start)
                    .provision(provision)
                    .responseDeadline(start.plusDays(HEARING_DAYS))
                    .addParticipantIds(draft.citizenId())
                    .build());
            decisionDate = start.plusDays(HEARING_DAYS + 1);
        }
        Decision.Builder decision = Decision.builder()
                .id(freeId(draft, "skabelon-afgoerelse"))
                .date(decisionDate)
                .provision(provision)
                .outcome(outcome)
                .reasonsCiteRules(true)
                .reasonsStateConsiderations(true)
                .reasonsStateFacts(true)
                .plainLanguage(true)
                .complaintGuidance(adverse);
        if (outcome.givesHelp()) {
            decision.followUpDate(decisionDate.plus(Period.ofMonths(FOLLOW_UP_MONTHS)));
        }
        return b.addEvents(decision.build())
                .status(CaseStatus.DECIDED)
                .currentPhase(Phase.DECISION)
                .build();
    }

    private static String freeId(CaseProcess draft, String base) {
        String id = base;
        for (int n = 2; draft.event(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
