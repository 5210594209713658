/**
 * Internal machinery of the testkit: the case generator, the defect operations, the Danish text
 * pools and the jqwik arbitrary providers. Not exported from the JPMS module and not part of the
 * public API: anything here may change in any release.
 */
package io.github.inddragelse.testkit.internal;
