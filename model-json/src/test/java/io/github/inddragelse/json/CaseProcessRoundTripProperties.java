package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CaseProcessRoundTripProperties {

    private final InddragelseJson json = InddragelseJson.create();

    @Provide
    Arbitrary<CaseProcess> processes() {
        return CaseProcessGenerator.caseProcesses();
    }

    @Property(tries = 1000)
    void writing_then_reading_gives_an_equal_case_process(@ForAll("processes") CaseProcess process) {
        String text = json.writeCase(process);

        CaseProcess back = json.readCase(text.getBytes(StandardCharsets.UTF_8));

        assertThat(back).isEqualTo(process);
        assertThat(json.writeCase(back)).isEqualTo(text);
    }

    @Property(tries = 1000)
    void pretty_output_reads_back_equal_too(@ForAll("processes") CaseProcess process) {
        assertThat(json.readCase(json.writeCasePretty(process))).isEqualTo(process);
    }

    @Property(tries = 300)
    void everything_written_is_valid_against_the_schema(@ForAll("processes") CaseProcess process) {
        assertThat(SchemaValidation.caseProcessErrors(json.writeCase(process))).isEmpty();
    }
}
