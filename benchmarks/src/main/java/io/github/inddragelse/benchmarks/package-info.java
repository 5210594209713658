/**
 * JMH benchmarks of Inddragelse with ratio targets, and the {@link
 * io.github.inddragelse.benchmarks.RatioReport} that runs them side by side and prints each ratio
 * against its target. {@link io.github.inddragelse.benchmarks.CaseGenerator} makes the deterministic
 * cases; {@link io.github.inddragelse.benchmarks.EasyRulesPeer} is the legal-duty rules written the way
 * a vendor would with a generic rule engine, and {@link io.github.inddragelse.benchmarks.LegalDutySubset}
 * is the same duties evaluated by Inddragelse's own rules.
 */
package io.github.inddragelse.benchmarks;
