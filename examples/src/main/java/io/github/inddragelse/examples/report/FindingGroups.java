package io.github.inddragelse.examples.report;

import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.rule.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An assessment's findings sorted the way both reports show them: critical first, then the other
 * findings not (or only partly) met, then those that could not be assessed, then met and not
 * applicable; and, for the HTML report, grouped under the first dimension each rule serves.
 */
final class FindingGroups {

    final List<Finding> critical = new ArrayList<>();
    final List<Finding> unmet = new ArrayList<>();
    final List<Finding> insufficient = new ArrayList<>();
    final List<Finding> met = new ArrayList<>();
    final List<Finding> notApplicable = new ArrayList<>();
    /** Findings that need attention (critical, unmet, insufficient data) by their first dimension. */
    final Map<String, List<Finding>> attentionByDimension = new LinkedHashMap<>();

    private FindingGroups() {}

    static FindingGroups of(Assessment assessment) {
        FindingGroups g = new FindingGroups();
        assessment.dimensions().forEach(d -> g.attentionByDimension.put(d.dimensionId(), new ArrayList<>()));
        for (Finding f : assessment.findings()) {
            if (f.isCritical()) {
                g.critical.add(f);
            } else if (f.outcome() == Outcome.NOT_MET || f.outcome() == Outcome.PARTLY_MET) {
                g.unmet.add(f);
            } else if (f.outcome() == Outcome.INSUFFICIENT_DATA) {
                g.insufficient.add(f);
            } else if (f.outcome() == Outcome.MET) {
                g.met.add(f);
            } else {
                g.notApplicable.add(f);
            }
            if (needsAttention(f) && !f.dimensions().isEmpty()) {
                g.attentionByDimension
                        .computeIfAbsent(f.dimensions().get(0), id -> new ArrayList<>())
                        .add(f);
            }
        }
        return g;
    }

    static boolean needsAttention(Finding f) {
        return f.outcome() == Outcome.NOT_MET
                || f.outcome() == Outcome.PARTLY_MET
                || f.outcome() == Outcome.INSUFFICIENT_DATA;
    }
}
