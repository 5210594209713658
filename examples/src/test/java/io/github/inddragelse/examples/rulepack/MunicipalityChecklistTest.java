package io.github.inddragelse.examples.rulepack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.json.JsonFormat;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.Perspective;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MunicipalityChecklistTest {

    @Test
    void the_municipality_checklist_loads_from_its_json_file() {
        Checklist own = MunicipalityChecklist.load();

        assertThat(own.id()).isEqualTo("eksempelkommune-borger");
        assertThat(own.perspective()).isEqualTo(Perspective.CITIZEN);
        assertThat(own.items()).extracting(i -> i.id()).containsExactly("ek-b-1", "ek-b-2", "ek-b-3");
        assertThat(own.item("ek-b-3").orElseThrow().weight()).isEqualTo(1.5);
        assertThat(own.item("ek-b-2").orElseThrow().scale().maxPoints()).isEqualTo(2.0);
    }

    @Test
    void the_municipality_checklist_file_is_in_the_published_checklist_format() throws IOException {
        String text;
        try (InputStream in = MunicipalityChecklist.class.getResourceAsStream(MunicipalityChecklist.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        InddragelseJson json = InddragelseJson.create();

        assertThat(json.read(JsonFormat.CHECKLIST, text).warnings()).isEmpty();
        assertThat(json.readChecklist(json.writeChecklist(MunicipalityChecklist.load())))
                .isEqualTo(MunicipalityChecklist.load());
    }
}
