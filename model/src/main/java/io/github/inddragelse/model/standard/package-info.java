/**
 * The standard content the library ships on top of the engine: the {@link
 * io.github.inddragelse.model.standard.StandardChecklists standard checklists} for the caseworker, the
 * citizen (easy-read), a leader and the provider, and their {@link
 * io.github.inddragelse.model.standard.AnswerScales answer scales} with written anchors.
 */
package io.github.inddragelse.model.standard;
