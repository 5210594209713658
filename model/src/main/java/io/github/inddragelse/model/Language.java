package io.github.inddragelse.model;

/** The languages every piece of catalogue and finding text is available in. */
public enum Language {
    /** Danish, the default language of caseworkers and citizens. */
    DA,
    /** English. */
    EN
}
