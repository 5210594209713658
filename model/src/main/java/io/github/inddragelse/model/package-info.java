/**
 * Inddragelse's core vocabulary shared by every part of the model: bilingual {@link
 * io.github.inddragelse.model.Text}, {@link io.github.inddragelse.model.Language}, and the one
 * exception for broken invariants, {@link io.github.inddragelse.model.InvalidModelException}, which
 * lists every {@link io.github.inddragelse.model.Violation} with the path to its field.
 *
 * <p>Sub-packages: {@code caseprocess} (the typed case process), {@code catalogue} (elements,
 * principles, legal references, VUM phases, FFB life areas and scales), and the assessment engine.
 */
package io.github.inddragelse.model;
