/**
 * The typed case process: {@link io.github.inddragelse.model.caseprocess.CaseProcess}, its {@link
 * io.github.inddragelse.model.caseprocess.Participant participants} and its timeline of {@link
 * io.github.inddragelse.model.caseprocess.CaseEvent events}, one type per kind of event in the VUM
 * 2.0 case process (first contact, meetings, information gathering, investigation, goals, hearing,
 * decision, deadline notice, action plan, order to the provider, coordination, methods, progress
 * measurement, follow-up, complaint, change of caseworker, guidance).
 *
 * <p>Every type is immutable and built with a nested {@code Builder}; {@code build()} checks every
 * invariant and reports all violations at once. A builder has one setter per attribute, named after
 * it; a list or set attribute also has {@code addX}, {@code addXs} and {@code addAllXs}; an {@code
 * Optional} attribute is set by value (or as an {@code Optional}); an attribute with a default keeps
 * it unless set. Each type's javadoc shows a complete example, and each {@code Builder} lists its
 * setters. Free text is redacted from {@code toString}.
 */
@ValueStyle
package io.github.inddragelse.model.caseprocess;

import io.github.inddragelse.model.internal.ValueStyle;
