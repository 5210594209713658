package io.github.inddragelse.examples.cli;

import io.github.inddragelse.examples.catalog.CatalogJson;
import io.github.inddragelse.examples.catalog.CatalogText;
import io.github.inddragelse.model.assessment.Assessor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code inddragelse catalog}: prints the catalogue, rules and checklists. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the catalogue: the four elements of Borgeren i centrum, the eight recovery principles,"
                    + " every rule (severity, legal references, dimensions) and every checklist.",
            ""
        })
final class CatalogCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** Readable text. */
        text,
        /** One JSON document with elements, principles, rules and checklists. */
        json
    }

    @ParentCommand
    InddragelseCli cli;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Assessor assessor = common.assessor();
        cli.out.print(
                format == Format.json
                        ? CatalogJson.write(assessor)
                        : CatalogText.write(assessor, common.lang.language));
        return InddragelseCli.OK;
    }
}
