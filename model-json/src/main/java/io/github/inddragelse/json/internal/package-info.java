/**
 * Internal machinery of the JSON module: the streaming reader, the property tables of each format,
 * and the Jackson bindings. Not exported from the JPMS module (only opened to
 * jackson-databind, which instantiates the serializers) and not part of the public API: anything here
 * may change in any release.
 *
 * <p>Each format is a set of tables built with {@link
 * io.github.inddragelse.json.internal.ObjectCodec#table} ({@link
 * io.github.inddragelse.json.internal.CaseProcessCodec}, {@link
 * io.github.inddragelse.json.internal.ChecklistCodec}, {@link
 * io.github.inddragelse.json.internal.AssessmentCodec}), a constant in {@code JsonFormat}, and a
 * schema under {@code io/github/inddragelse/json/schema/}. Records and other values without a
 * builder of their own are read through {@link io.github.inddragelse.json.internal.Slots}; values of
 * several shapes (events, conditions) through {@link
 * io.github.inddragelse.json.internal.Discriminated}.
 *
 * <p>Reading binds straight from Jackson's token stream into the model's builders, with no tree in
 * between: a {@link io.github.inddragelse.json.internal.Cursor} walks the tokens of a {@link
 * io.github.inddragelse.json.internal.Source} (UTF-8 bytes are parsed as bytes) and marks tokens
 * with their offsets. It keeps no stack of its own: where it is, Jackson's parsing contexts say (the
 * property name or array index at every level), and the cursor only counts its depth and holds the
 * context of the current level. Pointers, lines and columns are worked out only for the problems
 * found.
 */
package io.github.inddragelse.json.internal;
