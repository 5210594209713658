/**
 * The versioned JSON formats of Inddragelse, with strict readers that report every problem at once:
 * case processes, checklist definitions, checklist responses and assessments (read and written), and
 * caseload summaries (written), each a {@link io.github.inddragelse.json.JsonFormat} with a JSON
 * Schema in the jar.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link io.github.inddragelse.json.InddragelseJson}: read and write every {@link
 *       io.github.inddragelse.json.JsonFormat} without configuring Jackson, with {@link
 *       io.github.inddragelse.json.JsonOptions} for lenient unknown properties, limits, legal
 *       references and the catalogue; NDJSON through {@link io.github.inddragelse.json.NdjsonReader}
 *       and {@link io.github.inddragelse.json.NdjsonWriter};
 *   <li>{@link io.github.inddragelse.json.InddragelseModule}: the same format through an existing
 *       {@code ObjectMapper} (found by {@code findAndRegisterModules()});
 *   <li>{@link io.github.inddragelse.json.JsonReadException}: the one exception for bad input, listing
 *       every {@link io.github.inddragelse.json.JsonProblem} with a JSON pointer, line, column and
 *       {@link io.github.inddragelse.json.ProblemCode};
 *   <li>{@link io.github.inddragelse.json.Samples}: invented sample case processes and sample
 *       checklist responses.
 * </ul>
 *
 * <pre>{@code
 * InddragelseJson json = InddragelseJson.create();
 * CaseProcess process = json.readCase(bytes);
 * Assessment assessment = Assessor.standard().assess(process, LocalDate.of(2026, 6, 1));
 * String text = json.writeAssessmentPretty(assessment);
 * }</pre>
 *
 * <p><b>The case-process format, schema version 1.0.</b> One JSON object per case. Property names
 * are the model's accessor names. Every document starts with {@code "schemaVersion": "1.0"}. Dates
 * are ISO-8601 ({@code 2026-03-02}); periods are ISO-8601 ({@code P8W} is accepted, and written as
 * {@code java.time.Period} writes it, {@code P56D}). Enumerations are their stable kebab-case codes;
 * legal references are their code ({@code "sel-85"}). Events are objects with a {@code "kind"}
 * discriminator ({@code "meeting"}, {@code "follow-up"}, ...) and the fields of that kind. Absent
 * optional values and empty optional arrays are omitted; booleans with a default are always written;
 * sets are written in enum order, so the same value always gives the same bytes. The JSON Schema
 * (draft 2020-12) is in the jar at {@code
 * io/github/inddragelse/json/schema/case-process-1.0.schema.json} ({@link
 * io.github.inddragelse.json.JsonFormat#schema()}).
 *
 * <p><b>The checklist, checklist-response, assessment and caseload-summary formats, schema version
 * 1.0</b> follow the same rules. A checklist item's {@code appliesWhen} is a condition written as
 * data with a {@code "type"} discriminator ({@code {"type": "has-event", "kind": "hearing"}}, {@code
 * {"type": "all-of", "conditions": [...]}}). Numbers are written so that they read back as the same
 * {@code double}; maps keyed by codes are written in enum order, other maps in key order. An
 * assessment's dimensions are resolved by id against {@link
 * io.github.inddragelse.json.JsonOptions#catalogue()}; values written only for readers (a dimension's
 * name and kind, a citation, a trust gap's gap) are ignored when read. Schemas: {@code
 * io/github/inddragelse/json/schema/<format>-1.0.schema.json}.
 */
package io.github.inddragelse.json;
