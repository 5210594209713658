package io.github.inddragelse.model.standard;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.checklist.AnswerScale;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.checklist.Perspective;
import java.util.List;
import java.util.Optional;

/**
 * The checklists the library ships, one per perspective, all at version {@value #VERSION}: the
 * caseworker's account of what was done in the case, the citizen's experience in easy-read Danish,
 * a leader's review of the file, and the provider's view. Items on the same dimension mirror each
 * other across perspectives, so that the gap between the caseworker's and the citizen's scores per
 * dimension (VIVE's trust gap) is meaningful.
 *
 * <pre>{@code
 * Checklist citizen = StandardChecklists.citizen();
 * ChecklistItem wishes = citizen.item("b-12").orElseThrow();
 * String asked = wishes.question().in(Language.DA); // "Min sagsbehandler har skrevet mine ønsker ned. ..."
 *
 * Checklist same = StandardChecklists.byId("borger").orElseThrow();
 * }</pre>
 *
 * <p>Items name their dimensions by the ids in {@link io.github.inddragelse.model.catalogue.StandardCatalogue}
 * and say when they apply with a {@link Condition}; an item that does not apply leaves the
 * denominator. The questions are the library's operationalisation of the catalogue's indicators, not
 * quotations from an instrument; the answer scales are in {@link AnswerScales}.
 */
public final class StandardChecklists {

    /** The version of every standard checklist. */
    public static final String VERSION = "1";

    /** The id of the caseworker checklist. */
    public static final String CASEWORKER_ID = "sagsbehandler";

    /** The id of the citizen checklist. */
    public static final String CITIZEN_ID = "borger";

    /** The id of the leader checklist. */
    public static final String LEADER_ID = "leder";

    /** The id of the provider checklist. */
    public static final String PROVIDER_ID = "udfoerer";

    /** The weight of an item on a critical duty: the guarantee rules (investigation, hearing, reasons) and complaint guidance. */
    static final double GUARANTEE_WEIGHT = 2.0;

    // Conditions shared by the checklists. Declared before the checklists, which use them.

    /** The citizen needs a language, sign-language or tactile interpreter. */
    static final Condition NEEDS_INTERPRETER = Condition.anyOf(
            Condition.hasCommunicationNeed(CommunicationNeed.LANGUAGE_INTERPRETER),
            Condition.hasCommunicationNeed(CommunicationNeed.SIGN_LANGUAGE_INTERPRETER),
            Condition.hasCommunicationNeed(CommunicationNeed.TACTILE_INTERPRETER));

    /** The citizen needs easy-read text or pictures. */
    static final Condition NEEDS_EASY_READ = Condition.anyOf(
            Condition.hasCommunicationNeed(CommunicationNeed.EASY_READ),
            Condition.hasCommunicationNeed(CommunicationNeed.PICTURES));

    /** The investigation has begun. */
    static final Condition INVESTIGATING = Condition.phaseReached(Phase.INVESTIGATION);

    /** The professional assessment (goals, plan, recommendation) has begun. */
    static final Condition ASSESSING = Condition.phaseReached(Phase.CASE_ASSESSMENT);

    /** A decision is known. */
    static final Condition DECIDED = Condition.hasEvent(EventKind.DECISION);

    /** A decision that does not fully grant the request is known (hearing, reasons, complaint guidance). */
    static final Condition ADVERSE_DECISION = Condition.hasAdverseDecision();

    /** The citizen has complained about a decision. */
    static final Condition COMPLAINED = Condition.hasEvent(EventKind.COMPLAINT);

    /** Help has been ordered from a provider. */
    static final Condition HELP_ORDERED = Condition.hasEvent(EventKind.PROVIDER_ORDER);

    /** A follow-up has been held as of the date (a scheduled one is not enough). */
    static final Condition FOLLOWING_UP = Condition.followUpHeld();

    private static final Checklist CASEWORKER = CaseworkerChecklist.build();
    private static final Checklist CITIZEN = CitizenChecklist.build();
    private static final Checklist LEADER = LeaderChecklist.build();
    private static final Checklist PROVIDER = ProviderChecklist.build();
    private static final List<Checklist> ALL = List.of(CASEWORKER, CITIZEN, LEADER, PROVIDER);

    private StandardChecklists() {}

    /**
     * The caseworker's checklist, id {@value #CASEWORKER_ID}: what the caseworker did in this case,
     * rated with behavioural anchors; at least two items for each of the twelve dimensions.
     *
     * @return the checklist
     */
    public static Checklist caseworker() {
        return CASEWORKER;
    }

    /**
     * The citizen's checklist, id {@value #CITIZEN_ID}: the citizen's experience in easy-read Danish
     * ("Ja", "Lidt", "Nej", "Ved ikke"), covering all twelve dimensions and mirroring the caseworker's
     * items.
     *
     * @return the checklist
     */
    public static Checklist citizen() {
        return CITIZEN;
    }

    /**
     * A leader's short review of the case file, id {@value #LEADER_ID}.
     *
     * @return the checklist
     */
    public static Checklist leader() {
        return LEADER;
    }

    /**
     * The provider's checklist, id {@value #PROVIDER_ID}: goals received, collaboration, follow-up
     * and method.
     *
     * @return the checklist
     */
    public static Checklist provider() {
        return PROVIDER;
    }

    /**
     * Every standard checklist in a fixed order: caseworker, citizen, leader, provider.
     *
     * @return the checklists
     */
    public static List<Checklist> all() {
        return ALL;
    }

    /**
     * Looks up a standard checklist by id.
     *
     * @param id the checklist id, for example {@code borger}
     * @return the checklist, if it is a standard one
     */
    public static Optional<Checklist> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Starts an item with what every item has; the caller adds a condition or weight and builds it. */
    static ChecklistItem.Builder item(String id, AnswerScale scale, String da, String en, String... dimensions) {
        return ChecklistItem.builder()
                .id(id)
                .scale(scale)
                .question(Text.of(da, en))
                .addDimensions(dimensions);
    }

    /** Builds a standard checklist at {@link #VERSION}. */
    static Checklist checklist(
            String id, Perspective perspective, String titleDa, String titleEn, ChecklistItem... items) {
        return Checklist.builder()
                .id(id)
                .version(VERSION)
                .perspective(perspective)
                .title(Text.of(titleDa, titleEn))
                .addItems(items)
                .build();
    }
}
