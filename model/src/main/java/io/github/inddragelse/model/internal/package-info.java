/**
 * Internal machinery of the model module. Not exported from the JPMS module and not part of the
 * public API: anything here may change in any release.
 */
package io.github.inddragelse.model.internal;
