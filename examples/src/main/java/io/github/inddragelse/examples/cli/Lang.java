package io.github.inddragelse.examples.cli;

import io.github.inddragelse.model.Language;

/** The {@code --lang} values. */
enum Lang {
    /** Danish. */
    da(Language.DA),
    /** English. */
    en(Language.EN);

    final Language language;

    Lang(Language language) {
        this.language = language;
    }
}
