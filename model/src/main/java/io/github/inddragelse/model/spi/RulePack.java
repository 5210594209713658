package io.github.inddragelse.model.spi;

import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.rule.Rule;
import java.util.List;

/**
 * A pack of rules (and optionally checklists) that plugs into the {@code Assessor} through {@link
 * java.util.ServiceLoader}. Register an implementation in {@code
 * META-INF/services/io.github.inddragelse.model.spi.RulePack} (or {@code provides ... with ...} in
 * {@code module-info.java}) and call {@code Assessor.builder().loadRulePacks()}.
 *
 * <pre>{@code
 * public final class AarhusRules implements RulePack {
 *     public String id() { return "aarhus"; }
 *     public List<Rule> rules() { return List.of(AarhusRules.FIRST_MEETING_AT_HOME); }
 * }
 * }</pre>
 *
 * <p>Rule ids must be unique across every pack in an assessor; a duplicate is rejected when the
 * assessor is built.
 */
public interface RulePack {

    /**
     * The pack's id, for example {@code inddragelse-standard} or {@code aarhus}.
     *
     * @return the id
     */
    String id();

    /**
     * The pack's rules, in evaluation order.
     *
     * @return the rules
     */
    List<Rule> rules();

    /**
     * The pack's checklists; none unless overridden.
     *
     * @return the checklists
     */
    default List<Checklist> checklists() {
        return List.of();
    }
}
