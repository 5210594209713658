package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;

/** The adult target groups under serviceloven that the library is made for. */
public enum TargetGroup implements Labelled {
    /** Physical disability (handicapområdet). */
    PHYSICAL_DISABILITY("physical-disability", "Fysisk funktionsnedsættelse", "Physical disability"),
    /** Intellectual or cognitive disability (handicapområdet). */
    INTELLECTUAL_DISABILITY(
            "intellectual-disability",
            "Intellektuel eller kognitiv funktionsnedsættelse",
            "Intellectual or cognitive disability"),
    /** Mental-health difficulties (socialpsykiatri). */
    MENTAL_HEALTH("mental-health", "Psykiske vanskeligheder (socialpsykiatri)", "Mental-health difficulties"),
    /** Socially marginalised adults (udsatte), for example homelessness or substance abuse. */
    SOCIALLY_MARGINALISED("socially-marginalised", "Socialt udsatte", "Socially marginalised");

    private final String code;
    private final Text label;

    TargetGroup(String code, String da, String en) {
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
