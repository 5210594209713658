package io.github.inddragelse.examples.rulepack;

import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.rule.Applicability;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.Severity;
import io.github.inddragelse.model.spi.RulePack;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The own rules of a fictional municipality, Eksempelkommune, that promises its citizens more than
 * the law asks: a meeting to agree expectations within 14 days of the first contact, and a fixed
 * caseworker. Registered in {@code META-INF/services/io.github.inddragelse.model.spi.RulePack}, so
 * {@code Assessor.builder().standardContent().loadRulePacks()} picks it up.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.builder()
 *         .standardContent()
 *         .loadRulePacks()                               // finds this pack
 *         .addChecklist(MunicipalityChecklist.load())    // and the municipality's own checklist
 *         .build();
 * }</pre>
 *
 * <p>Rule ids carry the municipality's prefix so they never clash with the standard ones.
 */
public final class MunicipalityRulePack implements RulePack {

    /** The pack's id. */
    public static final String ID = "eksempelkommune";

    /** Days from opening within which Eksempelkommune holds the expectations meeting. */
    public static final int EXPECTATIONS_MEETING_DAYS = 14;

    /** A meeting to agree expectations, with the citizen, within 14 days of opening. */
    public static final Rule EXPECTATIONS_MEETING = Rule.builder("eksempelkommune-forventningsmoede")
            .title("Forventningsafstemning inden for 14 dage", "Expectations agreed within 14 days")
            .description(
                    "Borgeren har været med til et møde om forventninger til forløb og tidsramme senest 14 dage"
                            + " efter, at sagen blev oprettet.",
                    "The citizen took part in a meeting about expectations for the process and its timing no"
                            + " later than 14 days after the case was opened.")
            .rationale(
                    "Eksempelkommunens servicemål: tillid bygges tidligt, når borgeren ved, hvad der skal ske og"
                            + " hvornår (Borgeren i centrum).",
                    "Eksempelkommune's service goal: trust is built early when the citizen knows what will"
                            + " happen and when (Borgeren i centrum).")
            .recommendation(
                    "Hold et møde om forventninger med borgeren i de første 14 dage.",
                    "Hold a meeting about expectations with the citizen within the first 14 days.")
            .serves(StandardCatalogue.TRUST, StandardCatalogue.P5_EARLY_HELP)
            .cites(LegalReferences.RSL_4)
            .severity(Severity.ADVISORY)
            .message(
                    "not-due",
                    "Sagen er under 14 dage gammel, og der er endnu ikke holdt et forventningsmøde.",
                    "The case is less than 14 days old, and no expectations meeting has been held yet.")
            .message(
                    "in-time",
                    "Forventningsmødet {meeting} blev holdt {days, plural, =0 {samme dag som oprettelsen} one {#"
                            + " dag efter oprettelsen} other {# dage efter oprettelsen}}.",
                    "The expectations meeting {meeting} was held {days, plural, =0 {on the day of opening} one {#"
                            + " day after opening} other {# days after opening}}.")
            .message(
                    "late",
                    "Forventningsmødet {meeting} blev først holdt {days, plural, one {# dag} other {# dage}} efter"
                            + " oprettelsen.",
                    "The expectations meeting {meeting} was held only {days, plural, one {# day} other {# days}}"
                            + " after opening.")
            .message(
                    "missing",
                    "Der er ikke holdt et forventningsmøde med borgeren ({days, plural, one {# dag} other {# dage}}"
                            + " efter oprettelsen).",
                    "No expectations meeting has been held with the citizen ({days, plural, one {# day} other {#"
                            + " days}} after opening).")
            .appliesWhen(view ->
                    firstExpectationsMeeting(view).isEmpty() && daysOpen(view, view.asOf()) < EXPECTATIONS_MEETING_DAYS
                            ? Applicability.notApplicable("not-due")
                            : Applicability.applies())
            .evaluatedBy(view -> firstExpectationsMeeting(view)
                    .map(m -> {
                        long days = daysOpen(view, m.date());
                        Evaluation e = days <= EXPECTATIONS_MEETING_DAYS
                                ? Evaluation.met("in-time")
                                : Evaluation.partlyMet("late");
                        return e.withArg("meeting", m.id())
                                .withArg("days", days)
                                .withEvidence(m.id());
                    })
                    .orElseGet(() -> Evaluation.notMet("missing").withArg("days", daysOpen(view, view.asOf()))))
            .build();

    /**
     * The same caseworker through the twelve months before the as-of date: met with no change, partly
     * met with one, not met with two or more.
     */
    public static final Rule FIXED_CASEWORKER = Rule.builder("eksempelkommune-fast-sagsbehandler")
            .title("Fast sagsbehandler", "A fixed caseworker")
            .description(
                    "Borgeren har haft samme sagsbehandler de seneste 12 måneder; ét skift er delvist opfyldt,"
                            + " flere skift er ikke opfyldt.",
                    "The citizen has had the same caseworker for the last 12 months; one change is partly met,"
                            + " more changes are not met.")
            .rationale(
                    "Kontinuitet med en kendt, fast sagsbehandler er en forudsætning for en tillidsfuld relation"
                            + " (Borgeren i centrum).",
                    "Continuity with a known, fixed caseworker is a precondition of a trusting relationship"
                            + " (Borgeren i centrum).")
            .recommendation(
                    "Planlæg overdragelser, så borgeren beholder sin sagsbehandler, og præsentér en ny"
                            + " sagsbehandler på et fælles møde.",
                    "Plan handovers so the citizen keeps their caseworker, and introduce a new caseworker at a"
                            + " joint meeting.")
            .serves(StandardCatalogue.TRUST)
            .cites(LegalReferences.RSL_4)
            .severity(Severity.ADVISORY)
            .message("no-change", "Borgeren har haft samme sagsbehandler.", "The citizen has had the same caseworker.")
            .message(
                    "one-change",
                    "Borgeren har skiftet sagsbehandler én gang ({change}).",
                    "The citizen has changed caseworker once ({change}).")
            .message(
                    "many-changes",
                    "Borgeren har skiftet sagsbehandler {count, plural, one {én gang} other {# gange}} inden for 12"
                            + " måneder.",
                    "The citizen has changed caseworker {count, plural, one {once} other {# times}} within 12"
                            + " months.")
            .evaluatedBy(MunicipalityRulePack::fixedCaseworker)
            .build();

    /** Creates the pack; {@link java.util.ServiceLoader} calls this. */
    public MunicipalityRulePack() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Rule> rules() {
        return List.of(EXPECTATIONS_MEETING, FIXED_CASEWORKER);
    }

    private static Evaluation fixedCaseworker(CaseView view) {
        List<CaseworkerChange> changes =
                view.between(CaseworkerChange.class, view.asOf().minusYears(1).plusDays(1), view.asOf());
        if (changes.isEmpty()) {
            return Evaluation.met("no-change");
        }
        List<String> ids = changes.stream().map(CaseworkerChange::id).toList();
        if (changes.size() == 1) {
            return Evaluation.partlyMet("one-change")
                    .withArg("change", ids.get(0))
                    .withEvidence(ids);
        }
        return Evaluation.notMet("many-changes")
                .withArg("count", changes.size())
                .withEvidence(ids);
    }

    private static Optional<Meeting> firstExpectationsMeeting(CaseView view) {
        return view.eventsOf(Meeting.class).stream()
                .filter(m -> m.purpose() == MeetingPurpose.EXPECTATIONS && view.citizenTookPart(m))
                .findFirst();
    }

    private static long daysOpen(CaseView view, LocalDate date) {
        return ChronoUnit.DAYS.between(view.process().openedOn(), date);
    }
}
