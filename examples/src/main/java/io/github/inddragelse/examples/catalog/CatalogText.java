package io.github.inddragelse.examples.catalog;

import io.github.inddragelse.examples.report.Labels;
import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.Dimension;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleDefinition;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalogue of an assessor as readable text: the elements and principles with their codes
 * ({@code E1}, {@code P7}), every rule with its severity, legal citations and dimensions, and every
 * checklist with its items.
 *
 * <pre>{@code
 * System.out.print(CatalogText.write(Assessor.standard(), Language.DA));
 * }</pre>
 */
public final class CatalogText {

    private CatalogText() {}

    /**
     * Describes the catalogue, rules and checklists of an assessor.
     *
     * @param assessor the assessor
     * @param language the language
     * @return the text, ending with a line break
     */
    public static String write(Assessor assessor, Language language) {
        Catalogue catalogue = assessor.catalogue();
        StringBuilder out = new StringBuilder(8192);
        out.append(Labels.CATALOGUE.in(language))
                .append(' ')
                .append(catalogue.id())
                .append(' ')
                .append(catalogue.version())
                .append("\n\n");
        dimensions(Labels.ELEMENTS.in(language), catalogue.elements(), language, out);
        dimensions(Labels.PRINCIPLES.in(language), catalogue.principles(), language, out);
        out.append(Labels.RULES.in(language))
                .append(" (")
                .append(assessor.rules().size())
                .append(")\n");
        for (Rule rule : assessor.rules()) {
            RuleDefinition d = rule.definition();
            out.append("  ")
                    .append(d.id())
                    .append(" v")
                    .append(d.version())
                    .append("  ")
                    .append(d.title().in(language))
                    .append('\n')
                    .append("      ")
                    .append(d.severity().label().in(language))
                    .append(" · ")
                    .append(codes(catalogue, d.dimensions()));
            if (!d.legalReferences().isEmpty()) {
                out.append(" · ")
                        .append(d.legalReferences().stream()
                                .map(LegalReference::citation)
                                .collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        out.append('\n')
                .append(Labels.CHECKLISTS.in(language))
                .append(" (")
                .append(assessor.checklists().size())
                .append(")\n");
        for (Checklist c : assessor.checklists()) {
            out.append("  ")
                    .append(c.id())
                    .append(" v")
                    .append(c.version())
                    .append("  ")
                    .append(c.title().in(language))
                    .append(" · ")
                    .append(c.perspective().label().in(language))
                    .append(" · ")
                    .append(c.items().size())
                    .append(' ')
                    .append(Labels.ITEMS.in(language))
                    .append('\n');
            for (ChecklistItem item : c.items()) {
                out.append("      ")
                        .append(item.id())
                        .append("  ")
                        .append(item.question().in(language))
                        .append("  [")
                        .append(codes(catalogue, item.dimensions()))
                        .append("]\n");
            }
        }
        return out.toString();
    }

    private static void dimensions(String title, List<Dimension> dimensions, Language language, StringBuilder out) {
        out.append(title).append('\n');
        for (Dimension d : dimensions) {
            out.append("  ")
                    .append(Labels.code(d))
                    .append("  ")
                    .append(String.format("%-28s", d.id()))
                    .append(d.name().in(language))
                    .append('\n');
        }
        out.append('\n');
    }

    private static String codes(Catalogue catalogue, List<String> ids) {
        return ids.stream()
                .map(id -> catalogue.dimension(id).map(Labels::code).orElse(id))
                .collect(Collectors.joining(" "));
    }
}
