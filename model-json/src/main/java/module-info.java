/**
 * The versioned JSON formats of Inddragelse: read and write case processes, checklists, checklist
 * responses and assessments (and write caseload summaries) with every problem reported by JSON
 * pointer, line and column, stream many documents as NDJSON, bind the model in Jackson through
 * {@link io.github.inddragelse.json.InddragelseModule}, and load the published JSON Schemas ({@code
 * io/github/inddragelse/json/schema/<format>-1.0.schema.json}), the sample case processes and
 * responses, and the standard checklists as JSON. Start with {@link
 * io.github.inddragelse.json.InddragelseJson}.
 *
 * @provides com.fasterxml.jackson.databind.Module the {@link io.github.inddragelse.json.InddragelseModule}
 */
module io.github.inddragelse.json {
    requires transitive io.github.inddragelse.model;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.inddragelse.json;

    // jackson-databind instantiates the serializers named in the mix-ins; nothing else may see them.
    opens io.github.inddragelse.json.internal to
            com.fasterxml.jackson.databind;

    provides com.fasterxml.jackson.databind.Module with
            io.github.inddragelse.json.InddragelseModule;
}
