package io.github.inddragelse.model.rule;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/**
 * How serious it is when a rule is not met. Severity follows the law: breaking a guarantee rule
 * (hearing, reasons, investigation) is critical and caps the band of the dimensions the rule serves;
 * order rules (deadlines) and good practice are advisory, unless a rule's rationale says why it is
 * critical (for example complaint guidance, FVL §25).
 */
public enum Severity implements Labelled {
    /**
     * A broken guarantee rule (the decision may be invalid), or a gap whose rule explains why it is as
     * serious. Caps the band.
     */
    CRITICAL("critical", "Kritisk", "Critical"),
    /** An order rule, a principle or good practice: lowers the score only. */
    ADVISORY("advisory", "Vejledende", "Advisory");

    private final String code;
    private final Text label;

    Severity(String code, String da, String en) {
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
