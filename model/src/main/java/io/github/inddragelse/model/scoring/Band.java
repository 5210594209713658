package io.github.inddragelse.model.scoring;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** Score bands, best first. Thresholds live in the {@link ScoringPolicy}. */
public enum Band implements Labelled {
    /** Stærk: the case lives up to the dimension. */
    STRONG("strong", "Stærk", "Strong"),
    /** Tilstrækkelig: mostly, with room to improve. */
    ADEQUATE("adequate", "Tilstrækkelig", "Adequate"),
    /** Svag: clear gaps. */
    WEAK("weak", "Svag", "Weak"),
    /** Kritisk: serious gaps. */
    CRITICAL("critical", "Kritisk", "Critical");

    private final String code;
    private final Text label;

    Band(String code, String da, String en) {
        this.code = code;
        this.label = Text.of(da, en);
    }

    /**
     * Whether this band is at least as good as another.
     *
     * @param other the other band
     * @return true if this is the same or better
     */
    public boolean isAtLeast(Band other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * The worse of two bands.
     *
     * @param other the other band
     * @return the worse one
     */
    public Band worst(Band other) {
        return ordinal() >= other.ordinal() ? this : other;
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
