/**
 * The test-author example: a vendor's workflow template for the decision step ({@link
 * io.github.inddragelse.examples.testing.DecisionTemplate}), validated in the tests with the testkit's
 * generated case processes and defect definitions and with the assessment engine ({@code
 * DecisionTemplateProperties} in the test sources).
 */
package io.github.inddragelse.examples.testing;
