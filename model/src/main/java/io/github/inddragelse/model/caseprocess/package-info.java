/**
 * The typed case process: {@link io.github.inddragelse.model.caseprocess.CaseProcess}, its {@link
 * io.github.inddragelse.model.caseprocess.Participant participants} and its timeline of {@link
 * io.github.inddragelse.model.caseprocess.CaseEvent events}, one type per kind of event in the VUM
 * 2.0 case process (first contact, meetings, information gathering, investigation, goals, hearing,
 * decision, deadline notice, action plan, order to the provider, coordination, methods, progress
 * measurement, follow-up, complaint, change of caseworker, guidance).
 *
 * <p>Each type's javadoc shows a complete example of building it, and its {@code Builder} lists the
 * setters: one per attribute, named after it; {@code addX}, {@code addXs} and {@code addAllXs} as
 * well for a list or set; an {@code Optional} attribute set by value (or as an {@code Optional}); an
 * attribute with a default keeps it unless set.
 *
 * <p>Every type is immutable and built with a nested {@code Builder}; {@code build()} checks every
 * invariant and reports all violations at once. Free text is redacted from {@code toString}.
 *
 * <p>{@link io.github.inddragelse.model.caseprocess.RecordedFact} names the yes/no attributes that are
 * false unless set and whose true is evidence of good practice; a source system that does not record
 * some of them declares them in {@link io.github.inddragelse.model.caseprocess.CaseProcess#notRecorded()},
 * and the rules reading them then report insufficient data instead of "not met".
 */
@ValueStyle
package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.ValueStyle;
