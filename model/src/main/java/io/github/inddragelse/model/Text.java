package io.github.inddragelse.model;

import java.util.Objects;

/**
 * A short piece of display text in Danish and English.
 *
 * <pre>{@code
 * Text title = Text.of("Partshøring før afgørelse", "Hearing before the decision");
 * String shown = title.in(Language.DA);
 * }</pre>
 *
 * <p>Catalogue and finding text only: never holds the citizen's own words or other free text about
 * a person.
 *
 * @param da the Danish text, never blank
 * @param en the English text, never blank
 */
public record Text(String da, String en) {

    /** Checks that both languages are present. */
    public Text {
        Objects.requireNonNull(da, "da");
        Objects.requireNonNull(en, "en");
        if (da.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("Text needs both a Danish and an English version");
        }
    }

    /**
     * Creates a text from its Danish and English versions.
     *
     * @param da Danish
     * @param en English
     * @return the text
     */
    public static Text of(String da, String en) {
        return new Text(da, en);
    }

    /**
     * The text in one language.
     *
     * @param language the language wanted
     * @return the text in that language
     */
    public String in(Language language) {
        return language == Language.DA ? da : en;
    }

    @Override
    public String toString() {
        return en;
    }
}
