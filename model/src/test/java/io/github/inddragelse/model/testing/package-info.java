/**
 * Test helpers for the model: {@link io.github.inddragelse.model.testing.CaseFixtures} builds small,
 * valid case processes fluently.
 */
package io.github.inddragelse.model.testing;
