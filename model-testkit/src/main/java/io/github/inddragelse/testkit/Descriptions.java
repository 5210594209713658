package io.github.inddragelse.testkit;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.scoring.Score;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the assertions describe findings, scores and numbers in their failure messages. */
final class Descriptions {

    private Descriptions() {}

    /** A number with at most two decimals and no trailing zeros: {@code 60}, {@code 72.5}, {@code 0.83}. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** {@code not-met (evidence: e7, e9): <explanation>}: the outcome, the evidence and the English text. */
    static String outcome(Finding f) {
        return f.outcome().code() + " " + evidence(f) + ": " + f.explanation().en();
    }

    /** {@code rule r was not-met (evidence: e7): <explanation>}. */
    static String finding(Finding f) {
        return "rule " + f.ruleId() + " was " + outcome(f);
    }

    /** {@code (evidence: e7, e9)} or {@code (no evidence)}. */
    static String evidence(Finding f) {
        return f.evidence().isEmpty() ? "(no evidence)" : "(evidence: " + String.join(", ", f.evidence()) + ")";
    }

    /** The codes of labelled values, comma separated. */
    static String codes(Collection<? extends Labelled> values) {
        return values.stream().map(Labelled::code).collect(Collectors.joining(", "));
    }

    /** A band's code, or {@code no band}. */
    static String band(Optional<? extends Labelled> band) {
        return band.map(b -> "band " + b.code()).orElse("no band");
    }

    /**
     * Every number of a score: {@code score 72.5, band adequate, coverage 0.8 (4 of 5 applicable items
     * scored), not capped} ({@code (1 of 1 applicable item scored)} for a single item), or {@code no
     * score (nothing applicable)}.
     */
    static String score(Score s) {
        if (!s.hasApplicable()) {
            return "no score (nothing applicable)";
        }
        String percent = s.percent().isPresent() ? "score " + number(s.percent().getAsDouble()) : "no score";
        return percent + ", " + band(s.band()) + ", coverage " + number(s.coverage()) + " (" + s.scored() + " of "
                + s.applicable() + (s.applicable() == 1 ? " applicable item scored), " : " applicable items scored), ")
                + (s.capped() ? "capped" : "not capped");
    }
}
