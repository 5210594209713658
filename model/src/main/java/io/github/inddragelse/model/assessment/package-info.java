/**
 * Assessing a case: the {@link io.github.inddragelse.model.assessment.Assessor} entry point runs
 * every rule over one indexed view of the case, scores the checklist responses, and returns an
 * immutable {@link io.github.inddragelse.model.assessment.Assessment}: {@link
 * io.github.inddragelse.model.assessment.Finding findings} with evidence and legal references,
 * {@link io.github.inddragelse.model.assessment.DimensionScore scores per dimension and lens}, the
 * {@link io.github.inddragelse.model.assessment.TrustGap trust gap}, and audit data. {@link
 * io.github.inddragelse.model.assessment.Trajectory Trajectories} and {@link
 * io.github.inddragelse.model.assessment.CaseloadSummary caseload summaries} build on it.
 *
 * <p>Two kinds of finding are the assessor's own rather than a rule's evaluation, each with the
 * library's message key and text: a rule that threw ({@code rule-failed}), and a rule that falls short
 * where the case does not record a fact it reads ({@code fact-not-recorded}). Both are insufficient
 * data: they lower coverage and are never critical.
 */
@ValueStyle
package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.internal.ValueStyle;
