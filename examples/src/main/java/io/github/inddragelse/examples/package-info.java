/**
 * Runnable integrations of the Inddragelse library, each exercised by a test: the {@code
 * inddragelse} command-line tool ({@link io.github.inddragelse.examples.cli}), the HTML and text
 * reports ({@link io.github.inddragelse.examples.report}), a quick start ({@link
 * io.github.inddragelse.examples.quickstart}), a vendor adapter ({@link
 * io.github.inddragelse.examples.vendor}), an HTTP endpoint ({@link
 * io.github.inddragelse.examples.http}), a municipality's own rule pack ({@link
 * io.github.inddragelse.examples.rulepack}), a test-author example ({@link
 * io.github.inddragelse.examples.testing}) and the catalogue as JSON ({@link
 * io.github.inddragelse.examples.catalog}). Nothing in the library depends on these.
 */
package io.github.inddragelse.examples;
