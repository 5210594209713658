/**
 * Scoring as data: a {@link io.github.inddragelse.model.scoring.ScoringPolicy} (points per outcome,
 * weights, how insufficient data counts, band thresholds, minimum coverage, the cap a critical
 * finding puts on a band), the {@link io.github.inddragelse.model.scoring.Score} it produces, the
 * {@link io.github.inddragelse.model.scoring.Band bands}, and the {@link
 * io.github.inddragelse.model.scoring.Lens lenses} (records, caseworker, citizen, leader, provider).
 */
@ValueStyle
package io.github.inddragelse.model.scoring;

import io.github.inddragelse.model.internal.ValueStyle;
