/**
 * Inddragelse's core vocabulary shared by every part of the model: bilingual {@link
 * io.github.inddragelse.model.Text}, {@link io.github.inddragelse.model.Language}, and the one
 * exception for broken invariants, {@link io.github.inddragelse.model.InvalidModelException}, which
 * lists every {@link io.github.inddragelse.model.Violation} with the path to its field.
 *
 * <p>Sub-packages (docs/architecture.md has a table of what lives where):
 *
 * <ul>
 *   <li>{@code caseprocess}: the typed case process, its participants and its events;
 *   <li>{@code catalogue}: the versioned dimensions (elements and principles), legal references,
 *       VUM phases, FFB life areas and scales;
 *   <li>{@code rule}: typed rules, their definitions and evaluations, and the indexed {@code
 *       CaseView} they read;
 *   <li>{@code checklist}: checklists, their items, answer scales and conditions, and responses;
 *   <li>{@code scoring}: the scoring policy as data, scores, bands and lenses;
 *   <li>{@code assessment}: the {@code Assessor} entry point and what it returns;
 *   <li>{@code standard}: the standard rules and checklists and the standard rule pack;
 *   <li>{@code spi}: the {@code RulePack} interface for custom rule packs;
 *   <li>{@code internal}: not exported; the machinery behind the others, which may change in any
 *       release.
 * </ul>
 */
package io.github.inddragelse.model;
