package io.github.inddragelse.json;

import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.LegalReference;

/**
 * An application's own type holding model values, bound by Jackson's ordinary bean handling.
 *
 * @param kind an event kind
 * @param role a role
 * @param provision a legal reference
 * @param process a whole case process
 */
public record ApplicationSummary(EventKind kind, Role role, LegalReference provision, CaseProcess process) {}
