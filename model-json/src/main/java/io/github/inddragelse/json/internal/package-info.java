/**
 * Internal machinery of the JSON module: the located tree parser, the property tables of each
 * format, and the Jackson bindings. Not exported from the JPMS module (only opened to
 * jackson-databind, which instantiates the serializers) and not part of the public API: anything here
 * may change in any release.
 *
 * <p>New formats (assessment, checklist, caseload) slot in as another table built with {@link
 * io.github.inddragelse.json.internal.ObjectCodec#table}, a constant in {@code JsonFormat}, and a
 * schema under {@code io/github/inddragelse/json/schema/}.
 */
package io.github.inddragelse.json.internal;
