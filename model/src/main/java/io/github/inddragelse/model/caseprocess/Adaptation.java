package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** How a meeting or letter was adapted to the citizen. */
public enum Adaptation implements Labelled {
    /** Plain language without jargon. */
    PLAIN_LANGUAGE("plain-language", "Klart sprog", "Plain language"),
    /** Easy-read material. */
    EASY_READ("easy-read", "Let læst", "Easy read"),
    /** Pictures or symbols. */
    PICTURES("pictures", "Billeder", "Pictures"),
    /** Held in sign language. */
    SIGN_LANGUAGE("sign-language", "Tegnsprog", "Sign language"),
    /** Tactile communication. */
    TACTILE("tactile", "Taktil kommunikation", "Tactile communication"),
    /** Extra time and breaks. */
    EXTRA_TIME("extra-time", "Ekstra tid", "Extra time");

    private final String code;
    private final Text label;

    Adaptation(String code, String da, String en) {
        this.code = code;
        this.label = Text.of(da, en);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Text label() {
        return label;
    }
}
