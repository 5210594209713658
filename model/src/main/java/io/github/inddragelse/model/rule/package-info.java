/**
 * Typed rules: a {@link io.github.inddragelse.model.rule.Rule} is a {@link
 * io.github.inddragelse.model.rule.RuleDefinition} (stable id, version, Danish and English texts, the
 * dimensions it serves, legal references, severity, message templates) plus an applicability
 * condition and an evaluation over an indexed {@link io.github.inddragelse.model.rule.CaseView}. An
 * evaluation yields an {@link io.github.inddragelse.model.rule.Outcome} with evidence and message
 * arguments; the assessment renders the text from the rule's message template for the evaluation's
 * key. Templates hold placeholders ({@code {decision}}), plural selectors ({@code {count, plural,
 * one {# hændelse} other {# hændelser}}}) and select selectors ({@code {held, select, without {uden}
 * other {med}}}), are compiled once when the rule is built, and a malformed one is refused then; the syntax is described on {@link
 * io.github.inddragelse.model.rule.RuleDefinition}.
 *
 * <p>Build rules with {@link io.github.inddragelse.model.rule.Rule#builder(String)}. A rule that reads
 * a yes/no fact a source system may not record declares it with {@link
 * io.github.inddragelse.model.rule.RuleBuilder#reads(io.github.inddragelse.model.caseprocess.RecordedFact...)}
 * ({@link io.github.inddragelse.model.rule.RuleDefinition#reads()}); where a case declares that fact not
 * recorded, the assessor reports the rule's not-met or partly-met evaluation as insufficient data,
 * unless the rule declares that the evaluation's message key rests on none of the facts not recorded
 * ({@link io.github.inddragelse.model.rule.RuleBuilder#restsOn(String,
 * io.github.inddragelse.model.caseprocess.RecordedFact...)}, {@link
 * io.github.inddragelse.model.rule.RuleDefinition#restsOn(String)}).
 */
@ValueStyle
package io.github.inddragelse.model.rule;

import io.github.inddragelse.model.internal.ValueStyle;
