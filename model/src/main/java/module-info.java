/**
 * Inddragelse's pure core: the typed case process, the versioned catalogue, and the assessment
 * engine. Depends on slf4j-api only; the Immutables annotations are needed at compile time only.
 */
module io.github.inddragelse.model {
    requires static org.immutables.value.annotations;
    requires org.slf4j;

    exports io.github.inddragelse.model;
    exports io.github.inddragelse.model.caseprocess;
    exports io.github.inddragelse.model.catalogue;
    exports io.github.inddragelse.model.rule;
    exports io.github.inddragelse.model.checklist;
    exports io.github.inddragelse.model.scoring;
    exports io.github.inddragelse.model.spi;
    exports io.github.inddragelse.model.assessment;
    exports io.github.inddragelse.model.standard;

    uses io.github.inddragelse.model.spi.RulePack;
}
