/**
 * The standard content: the rules and checklists that ship with Inddragelse, for the twelve
 * dimensions of the standard catalogue. Each rule is a {@code public static final} {@link
 * io.github.inddragelse.model.rule.Rule} constant in a class named after its theme:
 *
 * <ul>
 *   <li>{@link io.github.inddragelse.model.standard.LegalDutyRules}: retssikkerhedsloven,
 *       forvaltningsloven and serviceloven duties (hearing, reasons, investigation and complaint
 *       guidance are critical);
 *   <li>{@link io.github.inddragelse.model.standard.TrustRules}: a trusting relationship;
 *   <li>{@link io.github.inddragelse.model.standard.InvolvementRules}: involvement on the citizen's
 *       terms, communication and interpreters;
 *   <li>{@link io.github.inddragelse.model.standard.CollaborationRules}: plans, shared goals, the
 *       provider and the chosen network;
 *   <li>{@link io.github.inddragelse.model.standard.RecoveryRules}: the eight principles of
 *       recovery-oriented rehabilitation.
 * </ul>
 *
 * <p>{@link io.github.inddragelse.model.standard.StandardRules#all()} lists them all in a fixed order,
 * {@link io.github.inddragelse.model.standard.StandardChecklists} holds the checklists, and {@link
 * io.github.inddragelse.model.standard.StandardRulePack} offers both as a rule pack.
 *
 * <p>How the rules read a case: every rule judges the case as of the view's as-of date; dates inside
 * events (a follow-up held, a hearing answered, a complaint reconsidered) count only when they are
 * known by then. A record that is silent counts as not done (what is not written down did not happen
 * for the citizen's legal position), except where the silence means the rule cannot be judged, which
 * gives insufficient data, and except where the case declares that its source system does not record
 * the fact at all ({@link io.github.inddragelse.model.caseprocess.CaseProcess#notRecorded()}): each rule
 * declares the facts it reads ({@link io.github.inddragelse.model.rule.RuleDefinition#reads()}), and
 * the assessor reports such a rule's not-met or partly-met finding as insufficient data, unless the
 * rule declares that the finding's message key rests on none of the facts not recorded ({@link
 * io.github.inddragelse.model.rule.RuleDefinition#restsOn(String)}: an investigation that records no
 * wishes at all, say, whether or not the own words are recorded). The rules on how meetings involve the citizen judge the meetings the
 * citizen took part in or, when there are none, those held without the citizen, never one the citizen
 * was invited to and declined; every evaluation of theirs that judges meetings (met, partly met, not
 * met) says which with the argument {@code meetingsJudged}, {@code with-citizen} or {@code
 * without-citizen}, and their messages say "med borgeren" / "with the citizen" only for the former.
 * Message arguments are ids, codes, dates and counts, never free text from the case; the messages
 * choose their words by the counts (plural selectors), so that one decision reads as well as two
 * ("begge", "ingen af de to") and three, and by codes (select selectors): {@code meetingsJudged}, {@code
 * reconsideration} (the recorded outcome of a complaint's reconsideration, RSL §§66-67), {@code
 * expectationsBy} (a meeting on expectations, or only guidance on the process) and {@code preparation}
 * (how the meetings were prepared). A rule's recommendation is shown with every outcome that falls
 * short, so it is worded to fit each of them.
 */
package io.github.inddragelse.model.standard;
