/**
 * Checklists: what the caseworker, the citizen (in plain easy-read language), a leader or the
 * provider reports about a case. A {@link io.github.inddragelse.model.checklist.Checklist} has
 * versioned items on anchored {@link io.github.inddragelse.model.checklist.AnswerScale answer scales}
 * with explicit "not applicable" and "don't know", each serving dimensions and applying under a
 * {@link io.github.inddragelse.model.checklist.Condition} given as data. {@link
 * io.github.inddragelse.model.checklist.ChecklistResponse Responses} are checked against their
 * checklist with errors that name the item.
 */
@ValueStyle
package io.github.inddragelse.model.checklist;

import io.github.inddragelse.model.internal.ValueStyle;
