package io.github.inddragelse.examples.rulepack;

import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.json.JsonReadException;
import io.github.inddragelse.model.checklist.Checklist;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Eksempelkommune's own citizen checklist, kept as JSON in {@code
 * io/github/inddragelse/examples/rulepack/eksempelkommune-borger.json} so the municipality can edit
 * its questions without code. The file is a document in model-json's published {@code CHECKLIST}
 * format (schema {@code io/github/inddragelse/json/schema/checklist-1.0.schema.json}), the same
 * format as the standard checklists under {@code io/github/inddragelse/json/checklists/}, read with
 * {@link InddragelseJson#readChecklist(InputStream)}.
 *
 * <pre>{@code
 * Checklist own = MunicipalityChecklist.load();
 * Assessor assessor = Assessor.builder().standardContent().loadRulePacks().addChecklist(own).build();
 * }</pre>
 */
public final class MunicipalityChecklist {

    /** The resource the checklist is loaded from. */
    public static final String RESOURCE = "eksempelkommune-borger.json";

    private MunicipalityChecklist() {}

    /**
     * Loads the municipality's checklist from the jar.
     *
     * @return the checklist
     * @throws JsonReadException if the file in the jar is not a valid checklist document
     */
    public static Checklist load() {
        try (InputStream in = MunicipalityChecklist.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return InddragelseJson.create().readChecklist(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
