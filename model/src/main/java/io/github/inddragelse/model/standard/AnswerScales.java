package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.AnswerScale;
import java.util.List;
import java.util.Optional;

/**
 * The answer scales the standard checklists use, each option with a label and a written anchor in
 * Danish and English that says when to choose it (behavioural anchors as in ROPI and the IPS fidelity
 * scale; agreement as in the RSA-R).
 *
 * <pre>{@code
 * AnswerScale scale = AnswerScales.FIDELITY_5;
 * AnswerOption best = scale.option("5").orElseThrow();
 * String when = best.anchor().in(Language.DA); // "Gjort i hele forløbet, på borgerens præmisser, ..."
 * }</pre>
 *
 * <p><b>Points.</b> Scores are a percent of the maximum over the applicable items, so the lowest
 * scored answer of every scale gives 0 points: the five-point scales keep the instruments' familiar
 * codes {@code 1}–{@code 5} but give 0–4 points (code minus one); the three-point scales give 0, 1 and
 * 2. This matches the scoring policy's 0 / 0.5 / 1 for not met, partly met and met. "Not applicable"
 * leaves the denominator; "don't know" (the IPS's "cannot rate") carries no points and is reported as
 * lower coverage, never as a low score.
 */
public final class AnswerScales {

    /**
     * Agreement, 1–5 from "helt uenig" to "helt enig", plus "ikke relevant" and "ved ikke" (RSA-R
     * style). For statements about how something was experienced; used by the provider checklist.
     */
    public static final AnswerScale AGREEMENT_5 = AnswerScale.builder()
            .id("agreement-5")
            .addOptions(
                    level(
                            1,
                            Text.of("Helt uenig", "Strongly disagree"),
                            Text.of(
                                    "Udsagnet passer slet ikke på denne sag.",
                                    "The statement does not fit this case at all.")),
                    level(
                            2,
                            Text.of("Uenig", "Disagree"),
                            Text.of(
                                    "Udsagnet passer mest ikke: det er sket en sjælden gang eller kun i lille grad.",
                                    "The statement mostly does not fit: it happened rarely or only to a small degree.")),
                    level(
                            3,
                            Text.of("Hverken enig eller uenig", "Neither agree nor disagree"),
                            Text.of(
                                    "Udsagnet passer nogle gange og andre gange ikke; det ene vejer ikke tungere end"
                                            + " det andet.",
                                    "The statement fits sometimes and sometimes not; neither outweighs the other.")),
                    level(
                            4,
                            Text.of("Enig", "Agree"),
                            Text.of(
                                    "Udsagnet passer for det meste, med enkelte undtagelser.",
                                    "The statement mostly fits, with a few exceptions.")),
                    level(
                            5,
                            Text.of("Helt enig", "Strongly agree"),
                            Text.of(
                                    "Udsagnet passer fuldt ud, og du kan give et konkret eksempel fra sagen.",
                                    "The statement fits fully, and you can give a concrete example from the case.")),
                    notApplicable(),
                    AnswerOption.dontKnow(
                            Text.of("Ved ikke", "Don't know"),
                            Text.of(
                                    "Du har ikke viden nok til at svare. Tæller ikke med i scoren, men som"
                                            + " manglende dækning.",
                                    "You do not know enough to answer. Not counted in the score, but as missing"
                                            + " coverage.")))
            .build();

    /**
     * Fidelity of practice, 5 = fully meets … 1 = absent, with behavioural anchors (ROPI and IPS-25
     * style), plus "ikke relevant" and "kan ikke vurderes". For a caseworker's or a leader's rating of
     * what was done in one case.
     */
    public static final AnswerScale FIDELITY_5 = AnswerScale.builder()
            .id("fidelity-5")
            .addOptions(
                    level(
                            1,
                            Text.of("Fraværende", "Absent"),
                            Text.of(
                                    "Ikke gjort i denne sag, og intet i sagen viser det.",
                                    "Not done in this case, and nothing in the file shows it.")),
                    level(
                            2,
                            Text.of("I ringe grad", "Poorly met"),
                            Text.of(
                                    "Nævnt eller forsøgt, men ikke gennemført; eller gjort uden borgeren.",
                                    "Mentioned or attempted but not carried out; or done without the citizen.")),
                    level(
                            3,
                            Text.of("Delvist opfyldt", "Partly met"),
                            Text.of(
                                    "Gjort, men kun en del af det, for sent i forløbet, eller uden at det er"
                                            + " skrevet i sagen.",
                                    "Done, but only in part, too late in the process, or without being recorded in"
                                            + " the file.")),
                    level(
                            4,
                            Text.of("Overvejende opfyldt", "Mostly met"),
                            Text.of(
                                    "Gjort sammen med borgeren og skrevet i sagen, med en enkelt mindre mangel.",
                                    "Done with the citizen and recorded in the file, with one minor gap.")),
                    level(
                            5,
                            Text.of("Fuldt opfyldt", "Fully met"),
                            Text.of(
                                    "Gjort i hele forløbet, på borgerens præmisser, og skrevet i sagen, så en anden"
                                            + " kan se det.",
                                    "Done throughout the process, on the citizen's terms, and recorded in the file so"
                                            + " that someone else can see it.")),
                    notApplicable(),
                    AnswerOption.dontKnow(
                            Text.of("Kan ikke vurderes", "Cannot rate"),
                            Text.of(
                                    "Oplysningerne til at vurdere det mangler. Tæller ikke som et lavt svar, men som"
                                            + " manglende dækning.",
                                    "The information needed to rate it is missing. Not counted as a low answer, but"
                                            + " as missing coverage.")))
            .build();

    /**
     * Yes, partly, no (2, 1, 0 points), plus "ikke relevant" and "ved ikke". For a plain fact about
     * the case.
     */
    public static final AnswerScale YES_PARTLY_NO = AnswerScale.builder()
            .id("yes-partly-no")
            .addOptions(
                    AnswerOption.scored(
                            "no",
                            0,
                            Text.of("Nej", "No"),
                            Text.of("Det er ikke sket i denne sag.", "It has not happened in this case.")),
                    AnswerOption.scored(
                            "partly",
                            1,
                            Text.of("Delvist", "Partly"),
                            Text.of(
                                    "Det er sket, men ikke helt, ikke hver gang, eller ikke til tiden.",
                                    "It has happened, but not fully, not every time, or not on time.")),
                    AnswerOption.scored(
                            "yes",
                            2,
                            Text.of("Ja", "Yes"),
                            Text.of(
                                    "Det er sket fuldt ud, og det kan ses i sagen.",
                                    "It has happened fully, and the file shows it.")),
                    notApplicable(),
                    AnswerOption.dontKnow(
                            Text.of("Ved ikke", "Don't know"),
                            Text.of(
                                    "Du ved det ikke, og sagen viser det ikke. Tæller som manglende dækning.",
                                    "You do not know, and the file does not show it. Counted as missing coverage.")))
            .build();

    /**
     * The citizen's scale in easy-read language: "Ja", "Lidt", "Nej" (2, 1, 0 points) and "Ved ikke".
     * No "not applicable": an item that does not fit the case is left out by its condition, so the
     * citizen is not asked it.
     */
    public static final AnswerScale EASY_READ_3 = AnswerScale.builder()
            .id("easy-read-3")
            .addOptions(
                    AnswerOption.scored("no", 0, Text.of("Nej", "No"), Text.of("Det passer ikke.", "It is not true.")),
                    AnswerOption.scored(
                            "a-little",
                            1,
                            Text.of("Lidt", "A little"),
                            Text.of(
                                    "Det passer lidt. Eller kun nogle gange.",
                                    "It is a little true. Or only sometimes.")),
                    AnswerOption.scored("yes", 2, Text.of("Ja", "Yes"), Text.of("Det passer.", "It is true.")),
                    AnswerOption.dontKnow(
                            Text.of("Ved ikke", "Don't know"),
                            Text.of(
                                    "Du ved det ikke. Eller du vil ikke svare. Det er helt i orden.",
                                    "You do not know. Or you do not want to answer. That is quite all right.")))
            .build();

    private static final List<AnswerScale> ALL = List.of(AGREEMENT_5, FIDELITY_5, YES_PARTLY_NO, EASY_READ_3);

    private AnswerScales() {}

    /** A level on a five-point scale: code 1–5, points one less, so the lowest level gives 0. */
    private static AnswerOption level(int code, Text label, Text anchor) {
        return AnswerOption.scored(String.valueOf(code), code - 1.0, label, anchor);
    }

    private static AnswerOption notApplicable() {
        return AnswerOption.notApplicable(
                Text.of("Ikke relevant", "Not applicable"),
                Text.of(
                        "Spørgsmålet passer ikke til denne sag. Tæller ikke med i scoren.",
                        "The question does not fit this case. Not counted in the score."));
    }

    /**
     * Every standard scale, in a fixed order: agreement, fidelity, yes-partly-no, easy-read.
     *
     * @return the scales
     */
    public static List<AnswerScale> all() {
        return ALL;
    }

    /**
     * Looks up a standard scale by id.
     *
     * @param id the scale id, for example {@code fidelity-5}
     * @return the scale, if it is a standard one
     */
    public static Optional<AnswerScale> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
