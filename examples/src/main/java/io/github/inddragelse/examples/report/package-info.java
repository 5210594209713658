/**
 * Reports on assessments for people: a plain-text scorecard ({@link
 * io.github.inddragelse.examples.report.TextReport}) and a self-contained HTML report with a radar
 * chart per case and an index page for the caseload ({@link
 * io.github.inddragelse.examples.report.HtmlReport}). Danish by default, English on request. Reports
 * show only what findings carry (ids, codes, dates and catalogue text), never free text from a
 * case.
 */
package io.github.inddragelse.examples.report;
