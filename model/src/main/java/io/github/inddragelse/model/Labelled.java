package io.github.inddragelse.model;

/** Anything with a stable code and a display label in Danish and English. */
public interface Labelled {

    /**
     * The stable code used in JSON and in reports; never changes between versions.
     *
     * @return the code, lower-case kebab-case
     */
    String code();

    /**
     * The display label.
     *
     * @return the label in Danish and English
     */
    Text label();
}
