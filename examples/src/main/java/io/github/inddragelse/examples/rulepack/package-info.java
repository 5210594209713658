/**
 * A municipality's own content on top of the standard: {@link
 * io.github.inddragelse.examples.rulepack.MunicipalityRulePack} adds two local rules through {@link
 * java.util.ServiceLoader} (registered in {@code META-INF/services}), and {@link
 * io.github.inddragelse.examples.rulepack.MunicipalityChecklist} loads the municipality's own
 * checklist from a JSON file.
 */
package io.github.inddragelse.examples.rulepack;
