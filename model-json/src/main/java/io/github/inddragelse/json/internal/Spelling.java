package io.github.inddragelse.json.internal;

import java.util.List;
import java.util.Locale;

/**
 * Suggests the property a misspelt name most likely meant: the one known name within a small edit
 * distance of it, compared case-insensitively, so that an unknown property can be reported with
 * "did you mean {@code citizensOwnNeed}?". Only known names are ever suggested; the unknown name is
 * never quoted, since it may hold personal data.
 */
final class Spelling {

    private Spelling() {}

    /**
     * The known name closest to a name, if exactly one is close enough: within one edit (an insertion,
     * deletion, substitution or swap of two neighbouring letters) for names of 4 or 5 letters, two
     * for 6 to 10 letters and three for longer ones, counted without regard to case; a name of three
     * letters or fewer only in another case. When two names are equally close, none is suggested.
     *
     * @param name the unknown name
     * @param known the names that are known
     * @return the suggestion, or null
     */
    static String closest(String name, List<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : known) {
            int allowed = allowedEdits(candidate.length());
            if (Math.abs(candidate.length() - lower.length()) > allowed) {
                continue; // too far apart in length, and never compare a long name in full
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance > allowed || distance > bestDistance) {
                continue;
            }
            tie = distance == bestDistance;
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return tie ? null : best;
    }

    /** How many edits a name of a length may be away from a misspelling of it. */
    static int allowedEdits(int length) {
        return length <= 3 ? 0 : length <= 5 ? 1 : length <= 10 ? 2 : 3;
    }

    /**
     * The optimal string alignment distance: insertions, deletions, substitutions and swaps of two
     * neighbouring characters, each counting one.
     */
    static int distance(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, beforePrevious[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
