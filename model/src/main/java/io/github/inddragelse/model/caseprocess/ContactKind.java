package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** How the case began. */
public enum ContactKind implements Labelled {
    /** The citizen applied. */
    APPLICATION("application", "Ansøgning", "Application"),
    /** Someone else notified the municipality. */
    NOTIFICATION("notification", "Henvendelse fra andre", "Notification"),
    /** The citizen asked for advice. */
    INQUIRY("inquiry", "Henvendelse", "Inquiry");

    private final String code;
    private final Text label;

    ContactKind(String code, String da, String en) {
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
