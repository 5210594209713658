/**
 * The {@code inddragelse} command-line tool, built on picocli: {@code inddragelse assess} scores case
 * files (JSON or NDJSON, or the built-in sample caseload) and prints a scorecard per case and a
 * caseload summary as text, JSON or an HTML report; {@code inddragelse catalog} prints the catalogue,
 * rules and checklists. Entry point: {@link io.github.inddragelse.examples.cli.InddragelseCli}.
 */
package io.github.inddragelse.examples.cli;
