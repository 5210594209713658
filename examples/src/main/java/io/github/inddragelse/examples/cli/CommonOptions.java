package io.github.inddragelse.examples.cli;

import io.github.inddragelse.model.assessment.Assessor;
import picocli.CommandLine.Option;

/** The options every command shares: the language and whether to load rule packs. */
final class CommonOptions {

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "da",
            description = "Language of the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Problems"
                    + " found in input files are described in English, the language of the JSON formats, after a"
                    + " line in this language.")
    Lang lang;

    @Option(
            names = "--rule-packs",
            description = "Also apply every rule pack on the class path (ServiceLoader), for example the"
                    + " Eksempelkommune pack shipped in this jar.")
    boolean rulePacks;

    /** The standard assessor, or one with every rule pack on the class path. */
    Assessor assessor() {
        return rulePacks ? Assessor.builder().standardContent().loadRulePacks().build() : Assessor.standard();
    }
}
