package io.github.inddragelse.model.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.ChecklistItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A simple, mechanical easy-read check of everything the citizen reads: the citizen checklist's
 * title and items and the {@link AnswerScales#EASY_READ_3} labels and anchors. It cannot judge
 * meaning, only the measurable part of the guidance for easy-read Danish (let læst):
 *
 * <ul>
 *   <li>short sentences: at most {@value #MAX_WORDS} words each (one idea per sentence);
 *   <li>no long compound words: at most {@value #MAX_LETTERS} letters a word (long compounds are the
 *       hardest Danish words to read);
 *   <li>no paragraph signs, digits, parentheses, slashes, semicolons or abbreviations with a full
 *       stop ("fx", "jf.", "stk."): nothing that needs decoding;
 *   <li>the informal "du", never the formal "De", "Dem" or "Deres" (a capitalised "De" meaning "they"
 *       at the start of a sentence is flagged too; it reads as the formal "you", so rewrite it);
 *   <li>no case-work jargon: the words in {@link #JARGON} are what a caseworker writes in a file but a
 *       citizen does not say (decision, hearing, grant, action plan, companion, investigation, provider,
 *       order, intervention, function, coordination, resources, network, community, legal names). The
 *       citizen items say the same in everyday words: "svar" for afgørelse, "en plan for min hjælp" for
 *       handleplan, "en person med til møderne" for bisidder, "mine hjælpere" for udfører, "det, jeg er
 *       god til" for ressourcer, "familie og venner" for netværk, "steder, hvor jeg kan være sammen med
 *       andre" for almene fællesskaber. "Sagsbehandler", "sag", "kommune", "tolk" and "klage" are kept:
 *       citizens use them themselves.
 * </ul>
 */
class ChecklistEasyReadTest {

    static final int MAX_WORDS = 15;
    static final int MAX_LETTERS = 15;

    /** Word stems (lower case) a citizen item must not contain. */
    static final List<String> JARGON = List.of(
            "afgørelse",
            "partshør",
            "bevilg",
            "bevilling",
            "handleplan",
            "bisidder",
            "partsrepræsentant",
            "sagsoplysning",
            "udredning",
            "indsats",
            "myndighed",
            "forvaltning",
            "udfører",
            "bestilling",
            "visitation",
            "funktionsevne",
            "funktionsniveau",
            "klagevejledning",
            "serviceloven",
            "retssikkerhed",
            "forvaltningsloven",
            "recovery",
            "rehabilitering",
            "koordiner",
            "ressource",
            "progression",
            "netværk",
            "fællesskab",
            "borger",
            "opfølgning",
            "vedligehold");

    private static final Set<String> FORMAL = Set.of("De", "Dem", "Deres");

    @Test
    void every_text_the_citizen_reads_passes_the_easy_read_check() {
        List<String> texts = new ArrayList<>();
        texts.add(StandardChecklists.citizen().title().da());
        for (ChecklistItem item : StandardChecklists.citizen().items()) {
            assertThat(item.scale()).as(item.id()).isSameAs(AnswerScales.EASY_READ_3);
            texts.add(item.question().da());
        }
        for (AnswerOption option : AnswerScales.EASY_READ_3.options()) {
            texts.add(option.label().da());
            texts.add(option.anchor().da());
        }
        assertThat(texts).allSatisfy(text -> assertThat(problems(text)).as(text).isEmpty());
    }

    @Test
    void the_check_catches_long_sentences_jargon_paragraph_signs_and_formal_address() {
        assertThat(problems("Jeg har fået en afgørelse efter serviceloven § 85."))
                .anyMatch(p -> p.contains("afgørelse"))
                .anyMatch(p -> p.contains("§"));
        assertThat(problems("Min sagsbehandler har en gang imellem haft tid til at tale med mig om alt det,"
                        + " som jeg gerne vil i mit liv."))
                .anyMatch(p -> p.contains("words"));
        assertThat(problems("Har De forstået brevet?")).anyMatch(p -> p.contains("formal"));
        assertThat(problems("Jeg forstår brevet fra kommunen.")).isEmpty();
    }

    /** What is wrong with a text by the easy-read check; empty when it passes. */
    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        if (text.matches(".*[§0-9()/;].*")) {
            problems.add("has one of § 0-9 ( ) / ;");
        }
        for (String sentence : text.split("[.!?]+")) {
            String[] words = Arrays.stream(sentence.trim().split("[\\s,:\"]+"))
                    .filter(w -> !w.isBlank())
                    .toArray(String[]::new);
            if (words.length > MAX_WORDS) {
                problems.add("sentence has " + words.length + " words: " + sentence.trim());
            }
            for (String word : words) {
                if (word.length() > MAX_LETTERS) {
                    problems.add("long word: " + word);
                }
                if (FORMAL.contains(word)) {
                    problems.add("formal address: " + word);
                }
                String lower = word.toLowerCase(Locale.ROOT);
                for (String stem : JARGON) {
                    if (lower.contains(stem)) {
                        problems.add("jargon: " + stem);
                    }
                }
            }
        }
        if (text.matches("(?i).*\\b(fx|jf|stk|evt|bl\\.a|pkt)\\b.*")) {
            problems.add("abbreviation");
        }
        return problems;
    }
}
