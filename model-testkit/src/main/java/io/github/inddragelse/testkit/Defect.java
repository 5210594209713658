package io.github.inddragelse.testkit;

import static io.github.inddragelse.model.catalogue.StandardCatalogue.COLLABORATION;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.INVOLVEMENT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P1_HOPES_WISHES_DREAMS;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P2_RESOURCES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P3_NETWORK_COMMUNITIES;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P4_OPENNESS_TRUST_RESPECT;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P5_EARLY_HELP;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P6_COORDINATED_WHOLE_LIFE;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P7_FOLLOW_UP;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.P8_KNOWLEDGE_METHODS;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRANSPARENCY;
import static io.github.inddragelse.model.catalogue.StandardCatalogue.TRUST;

import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import java.util.List;
import java.util.Set;

/**
 * A deliberate flaw a test can ask for. Each defect is put into an otherwise valid, otherwise
 * exemplary case process (see {@link Defects#introduce(CaseUnderTest, Defect)} and {@link
 * CaseProcessArbitrary#withDefects(Defect...)}) and can be repaired again ({@link
 * Defects#fix(CaseUnderTest, Defect)}), so that a property can check that fixing a defect never lowers
 * a score.
 *
 * <p>Each constant documents the legal duty or principle it breaks ({@link #legalReferences()}, the
 * constants of {@link LegalReferences}) and the ids of the catalogue dimensions it touches ({@link
 * #dimensionIds()}: the Borgeren i centrum elements {@code trust}, {@code involvement}, {@code
 * collaboration}, {@code transparency}, and the recovery principles {@code p1-hopes-wishes-dreams},
 * {@code p2-resources}, {@code p3-network-communities}, {@code p4-openness-trust-respect}, {@code
 * p5-early-help}, {@code p6-coordinated-whole-life}, {@code p7-follow-up}, {@code
 * p8-knowledge-methods}). Each also says exactly when it counts as present: {@link
 * Defects#isPresent(io.github.inddragelse.model.caseprocess.CaseProcess, java.time.LocalDate,
 * Defect)} implements that definition, judged
 * only on events known as of the as-of date.
 *
 * <p>Some defects cannot sit in the same case: see {@link #conflictsWith(Defect)}.
 *
 * <p>"Adverse decision" below means a decision that does not fully grant the request ({@link
 * io.github.inddragelse.model.caseprocess.Decision#isAdverse()}): unless the decision states otherwise,
 * one whose outcome is rejected, partly granted, changed or stopped (anything but granted).
 * "Help-giving decision" means granted, partly granted or changed.
 */
public enum Defect implements Labelled {

    /**
     * An adverse decision without a hearing of the citizen before it. Present when a known adverse
     * decision has no hearing exemption and no known hearing for it: one dated on or before the decision,
     * for the same provision or for none named, and after the previous known decision on the same
     * provision (which used up the hearings before it), as the FVL §19 rule finds it. Breaks FVL §19
     * ({@link LegalReferences#FVL_19}, a guarantee rule: critical). Fix: a hearing is added about two
     * weeks before the decision (but after the previous decision on the same provision), answered by the
     * citizen.
     */
    NO_HEARING_BEFORE_REJECTION(
            "no-hearing-before-rejection",
            "Afslag uden partshøring",
            "Rejection without hearing",
            List.of(LegalReferences.FVL_19),
            Set.of(TRANSPARENCY, P4_OPENNESS_TRUST_RESPECT)),

    /**
     * An adverse decision without complaint guidance. Present when a known adverse decision does not
     * say where, how and by when to complain. Breaks FVL §25 ({@link LegalReferences#FVL_25}).
     * Fix: the guidance is added to the decision.
     */
    NO_COMPLAINT_GUIDANCE(
            "no-complaint-guidance",
            "Ingen klagevejledning",
            "No complaint guidance",
            List.of(LegalReferences.FVL_25),
            Set.of(TRANSPARENCY)),

    /**
     * An adverse decision whose reasons lack the legal rules, the main considerations (required only
     * when the decision rests on discretion) or the facts relied on. Present when any of those required
     * is missing from a known adverse decision; introduced as a bare conclusion. Breaks FVL §§22-24
     * ({@link LegalReferences#FVL_22_24}, a guarantee rule). Fix: full reasons.
     */
    REASONS_MISSING(
            "reasons-missing",
            "Mangelfuld begrundelse",
            "Reasons missing",
            List.of(LegalReferences.FVL_22_24),
            Set.of(TRANSPARENCY, P4_OPENNESS_TRUST_RESPECT)),

    /**
     * A decision taken without any investigation (udredning) before it. Present when a known decision
     * has no investigation dated on or before it. Breaks RSL §10 ({@link LegalReferences#RSL_10}, a
     * guarantee rule) and the holistic view of RSL §5. Fix: an investigation with the citizen is added
     * three weeks before the decision.
     */
    NO_INVESTIGATION_BEFORE_DECISION(
            "no-investigation-before-decision",
            "Afgørelse uden udredning",
            "Decision without investigation",
            List.of(LegalReferences.RSL_10, LegalReferences.RSL_5),
            Set.of(TRANSPARENCY, P6_COORDINATED_WHOLE_LIFE)),

    /**
     * The published processing deadline was missed without telling the citizen in writing when to
     * expect a decision. Present when the case has a deadline, the first known decision came after
     * the due date (or, without a decision, the as-of date is after it), and no written deadline
     * notice is dated on or before the due date. Introduced by shortening the deadline so that the
     * decision comes after it. Breaks RSL §3 ({@link LegalReferences#RSL_3}, an order rule: advisory).
     * Fix: a written notice a week before the due date.
     */
    DEADLINE_MISSED_WITHOUT_NOTICE(
            "deadline-missed-without-notice",
            "Frist overskredet uden besked",
            "Deadline missed without notice",
            List.of(LegalReferences.RSL_3),
            Set.of(TRANSPARENCY, TRUST, P5_EARLY_HELP)),

    /**
     * A follow-up planned before the as-of date and not held. Present when a known follow-up is
     * planned for a date before the as-of date and has not been held by then, or when a known decision
     * set a follow-up date before the as-of date and no follow-up has been held since the decision.
     * Introduced by moving the latest pending follow-up to 14 days before the as-of date (the due
     * date; or the day it was scheduled, if later). Breaks SEL §148 ({@link LegalReferences#SEL_148}).
     * Fix: the follow-up is held on its planned date with the citizen, and the goals are reviewed.
     */
    OVERDUE_FOLLOW_UP(
            "overdue-follow-up",
            "Opfølgning overskredet",
            "Follow-up overdue",
            List.of(LegalReferences.SEL_148),
            Set.of(P7_FOLLOW_UP, TRUST)),

    /**
     * Help was granted but no follow-up was planned. Present when a known help-giving decision sets
     * no follow-up date and no follow-up is scheduled on or after it. Breaks SEL §148 ({@link
     * LegalReferences#SEL_148}). Fix: a follow-up three months after the decision (held, if that date
     * has passed as of the as-of date).
     */
    NO_FOLLOW_UP_PLANNED(
            "no-follow-up-planned",
            "Ingen opfølgning planlagt",
            "No follow-up planned",
            List.of(LegalReferences.SEL_148),
            Set.of(P7_FOLLOW_UP)),

    /**
     * The citizen needs an interpreter (language, sign language or tactile) but meetings with the
     * citizen are held without one. Present when the citizen has such a communication need and a
     * known meeting with the citizen has no participant with role interpreter. Breaks good practice
     * on interpretation ({@link LegalReferences#INTERPRETER}) and the citizen's participation, RSL §4
     * ({@link LegalReferences#RSL_4}). Fix: a professional interpreter of the needed kind at every
     * meeting with the citizen.
     */
    INTERPRETER_MISSING(
            "interpreter-missing",
            "Tolk mangler",
            "Interpreter missing",
            List.of(LegalReferences.INTERPRETER, LegalReferences.RSL_4),
            Set.of(INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)),

    /**
     * A child under 18 acts as interpreter. Present when any known event has a participant with role
     * interpreter who is under eighteen. Introduced as the citizen's 14-year-old daughter interpreting
     * at the first meeting with the citizen. Breaks the ban on children as interpreters (act of 14
     * May 2025, {@link LegalReferences#INTERPRETER}). Fix: a professional interpreter takes the
     * child's place.
     */
    CHILD_INTERPRETER(
            "child-interpreter",
            "Barn brugt som tolk",
            "Child used as interpreter",
            List.of(LegalReferences.INTERPRETER),
            Set.of(INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)),

    /**
     * The citizen's wishes for the future are not recorded in the citizen's own words. Present when a
     * known investigation does not have its wishes in the citizen's own words; introduced as the
     * caseworker's paraphrase. Breaks SEL §81 ({@link LegalReferences#SEL_81}) and principle 1 of the
     * recovery guide ({@link LegalReferences#RECOVERY_GUIDE}). Fix: the wishes in the citizen's own
     * words.
     */
    WISHES_NOT_IN_OWN_WORDS(
            "wishes-not-in-own-words",
            "Ønsker ikke med borgerens egne ord",
            "Wishes not in own words",
            List.of(LegalReferences.SEL_81, LegalReferences.RECOVERY_GUIDE),
            Set.of(INVOLVEMENT, P1_HOPES_WISHES_DREAMS)),

    /**
     * The goals were not accepted by the citizen. Present when a known goal is not accepted by the
     * citizen. Breaks SEL §81 ({@link LegalReferences#SEL_81}) and principle 1 ({@link
     * LegalReferences#RECOVERY_GUIDE}): goals are set with the citizen. Fix: the goals are agreed.
     */
    GOALS_NOT_ACCEPTED(
            "goals-not-accepted",
            "Mål ikke accepteret af borgeren",
            "Goals not accepted by the citizen",
            List.of(LegalReferences.SEL_81, LegalReferences.RECOVERY_GUIDE),
            Set.of(INVOLVEMENT, COLLABORATION, P1_HOPES_WISHES_DREAMS)),

    /**
     * Meetings about the citizen are held without the citizen. Present when a known meeting neither
     * involves the citizen nor records that the citizen was invited and declined ({@link
     * io.github.inddragelse.model.caseprocess.Meeting#citizenDeclined()}); introduced by leaving the
     * citizen out of every meeting (one the citizen declined stays declined). Breaks RSL §4 ({@link
     * LegalReferences#RSL_4}). Fix: the citizen takes part in every meeting the citizen did not decline
     * (a declined one stays declined).
     */
    NO_CITIZEN_AT_MEETINGS(
            "no-citizen-at-meetings",
            "Møder uden borgeren",
            "Meetings without the citizen",
            List.of(LegalReferences.RSL_4),
            Set.of(INVOLVEMENT, P4_OPENNESS_TRUST_RESPECT)),

    /**
     * No action plan was offered although function is significantly reduced. Present when the citizen
     * has not reached the state pension age, the latest known investigation (of several on its day, the
     * last in the timeline) records a severe or complete reduction in some life area, as the SEL §141
     * rule reads it, a known help-giving decision exists, and no known action plan was offered;
     * introducing it also makes the citizen one under the pension age and, where the latest investigation
     * records no such reduction, gives it one in its first life area (or adds one). Breaks SEL §141 ({@link
     * LegalReferences#SEL_141}). Fix: an action plan made with the citizen is offered within a week of
     * the decision and accepted.
     */
    ACTION_PLAN_NOT_OFFERED(
            "action-plan-not-offered",
            "Handleplan ikke tilbudt",
            "Action plan not offered",
            List.of(LegalReferences.SEL_141),
            Set.of(COLLABORATION, P6_COORDINATED_WHOLE_LIFE)),

    /**
     * The investigation records no resources, only limitations. Present when a known investigation
     * has neither overall resources nor resources in any life area. Breaks SEL §81 nr. 2 ({@link
     * LegalReferences#SEL_81}) and principle 2. Fix: the citizen's resources are recorded.
     */
    RESOURCES_NOT_RECORDED(
            "resources-not-recorded",
            "Ressourcer ikke beskrevet",
            "Resources not recorded",
            List.of(LegalReferences.SEL_81),
            Set.of(P2_RESOURCES)),

    /**
     * The citizen's network was not mapped. Present when a known investigation has not mapped the
     * network. Breaks SEL §81 nr. 4 ({@link LegalReferences#SEL_81}) and principle 3. Fix: the network
     * is mapped.
     */
    NETWORK_NOT_MAPPED(
            "network-not-mapped",
            "Netværk ikke afdækket",
            "Network not mapped",
            List.of(LegalReferences.SEL_81),
            Set.of(COLLABORATION, P3_NETWORK_COMMUNITIES)),

    /**
     * The order to the provider carries neither goals nor purpose. Present when a known order names no
     * goals or does not state the purpose. Breaks the coordinated, goal-directed help of SEL §81 and
     * the follow-up basis of SEL §148 ({@link LegalReferences#SEL_81}, {@link
     * LegalReferences#SEL_148}). Fix: the goals set so far and the purpose go with the order.
     */
    PROVIDER_ORDER_WITHOUT_GOALS(
            "provider-order-without-goals",
            "Bestilling uden mål",
            "Order without goals",
            List.of(LegalReferences.SEL_81, LegalReferences.SEL_148),
            Set.of(COLLABORATION, P6_COORDINATED_WHOLE_LIFE)),

    /**
     * The help is delivered without a named method. Present when a known order to the provider is at
     * least four weeks (28 days) old as of the as-of date and no method is recorded. Breaks principle
     * 8, knowledge and methods that work ({@link LegalReferences#RECOVERY_GUIDE}). Fix: the method is
     * recorded two weeks after the order.
     */
    METHOD_NOT_NAMED(
            "method-not-named",
            "Metode ikke angivet",
            "Method not named",
            List.of(LegalReferences.RECOVERY_GUIDE),
            Set.of(P8_KNOWLEDGE_METHODS)),

    /**
     * The caseworker changed without telling the citizen. Present when a known change of caseworker
     * was not announced to the citizen. Breaks the continuity behind trust, and the duty to guide, FVL
     * §7 ({@link LegalReferences#FVL_7}), and RSL §4 ({@link LegalReferences#RSL_4}). Fix: the citizen
     * is told in advance.
     */
    CASEWORKER_CHANGE_UNANNOUNCED(
            "caseworker-change-unannounced",
            "Skift af sagsbehandler uden besked",
            "Caseworker change unannounced",
            List.of(LegalReferences.FVL_7, LegalReferences.RSL_4),
            Set.of(TRUST, P4_OPENNESS_TRUST_RESPECT)),

    /**
     * A complaint was not reconsidered within four weeks. Present when a known complaint was received
     * more than 28 days before the as-of date and was not reconsidered within 28 days of receipt.
     * Breaks RSL §§66-67 ({@link LegalReferences#RSL_66_67}). Fix: the decision is reconsidered three
     * weeks after the complaint, upheld, and sent on to Ankestyrelsen.
     */
    COMPLAINT_NOT_RECONSIDERED(
            "complaint-not-reconsidered",
            "Klage ikke genvurderet",
            "Complaint not reconsidered",
            List.of(LegalReferences.RSL_66_67),
            Set.of(TRANSPARENCY, TRUST)),

    /**
     * The citizen was told in writing in time when to expect the decision, but that date was not kept
     * either. Present when the case has a processing deadline, the first known decision (or, without
     * one, the as-of date) comes after its due date, a known written deadline notice is dated on or
     * before the due date, and the first known decision (or the as-of date) comes after the date the
     * citizen was last told to expect it: following the known notices by date up to that decision (or
     * as-of date), each written notice dated on or before the date then in force moves that date to its
     * expected date, if later. Introduced by shortening the deadline as for {@link
     * #DEADLINE_MISSED_WITHOUT_NOTICE} and giving one written notice, on or before the due date, that
     * expects the decision the day before it came (or before the as-of date). Breaks RSL §3 ({@link
     * LegalReferences#RSL_3}, an order rule: advisory). Fix: a further written notice, on the date then in
     * force, that expects the decision on the day it came (or four weeks after the as-of date).
     */
    NOTICE_DATE_NOT_KEPT(
            "notice-date-not-kept",
            "Varslet dato ikke overholdt",
            "Notified date not kept",
            List.of(LegalReferences.RSL_3),
            Set.of(TRANSPARENCY, TRUST, P5_EARLY_HELP)),

    /**
     * An adverse decision made before the citizen answered the hearing and before its response deadline.
     * Present when a known adverse decision with no hearing exemption has a known hearing for it (as for
     * {@link #NO_HEARING_BEFORE_REJECTION}), and the latest such hearing (of several on its day, the last
     * in the timeline, as the FVL §19 rule takes it) was not answered on or
     * before the decision's date (as known as of the as-of date) and its response deadline is on or after
     * that date. Introduced by leaving that hearing unanswered, its deadline a week after the decision if
     * it was earlier. Breaks FVL §19 ({@link LegalReferences#FVL_19}, a guarantee rule: critical). Fix:
     * the citizen's answer is recorded halfway between the hearing and the decision (where the hearing is
     * the latest before several such decisions, the first of them, so that the answer comes before each).
     */
    HEARING_DEADLINE_NOT_AWAITED(
            "hearing-deadline-not-awaited",
            "Afgørelse før partshøringsfristen",
            "Decided before the hearing deadline",
            List.of(LegalReferences.FVL_19),
            Set.of(TRANSPARENCY, P4_OPENNESS_TRUST_RESPECT)),

    /**
     * A complaint about a decision the reconsideration maintained in full or in part was not sent on to
     * Ankestyrelsen within four weeks. Present when a known complaint was reconsidered within 28 days of
     * receipt (known as of the as-of date), had to be sent on (its recorded outcome upheld or partly
     * changed or, with no outcome recorded, it was sent on), and was not sent on within those 28 days:
     * sent on later, or not sent on by an as-of date more than 28 days after receipt. Introduced by
     * recording the reconsideration as upheld (where it recorded the decision changed, or no outcome) and
     * leaving the complaint not sent on. Breaks RSL §§66-67 ({@link LegalReferences#RSL_66_67}). Fix: the complaint is sent on three
     * days after the reconsideration, or on the last of the 28 days if that comes first.
     */
    COMPLAINT_NOT_SENT_ON(
            "complaint-not-sent-on",
            "Klage ikke sendt videre",
            "Complaint not sent on",
            List.of(LegalReferences.RSL_66_67),
            Set.of(TRANSPARENCY, TRUST)),

    /**
     * A follow-up concluded that the help must change or end, and no new decision followed. Present when
     * a follow-up held as of the as-of date concluded that the help must change or end, no known decision
     * is dated on or after the day it was held, and the as-of date is more than 28 days after that day.
     * Introduced by having the latest follow-up that fits (held more than 28 days before the as-of date,
     * no decision since) conclude that the help must change. Breaks SEL §148 ({@link
     * LegalReferences#SEL_148}; the standard rule is critical, as without a decision the citizen loses the
     * hearing, the reasons and the complaint guidance). Fix: two weeks after the follow-up, a new decision
     * changes the help as the citizen asked (granting the request in full, so no hearing is needed), with
     * a follow-up date after the as-of date.
     */
    NO_DECISION_AFTER_CHANGE(
            "no-decision-after-change",
            "Ændring uden ny afgørelse",
            "Change without a new decision",
            List.of(LegalReferences.SEL_148),
            Set.of(P7_FOLLOW_UP, TRANSPARENCY)),

    /**
     * A decision rests on an investigation that assesses no life area. Present when the latest known
     * investigation dated on or before a known decision (of several on its day, the last in the timeline,
     * as the RSL §10 rule takes it) records no life area with a function level other
     * than not assessed. Introduced by leaving every life area of the investigations up to the last known
     * decision not assessed (function level and support need). Breaks RSL §10 ({@link
     * LegalReferences#RSL_10}, a guarantee rule: critical); without a function level, whether SEL §141
     * asks for an action plan cannot be decided either. Fix: each of those life areas is assessed as
     * moderately reduced, with a moderate support need; an investigation with no life area gets three.
     */
    LIFE_AREAS_NOT_ASSESSED(
            "life-areas-not-assessed",
            "Livsområder ikke vurderet",
            "Life areas not assessed",
            List.of(LegalReferences.RSL_10),
            Set.of(TRANSPARENCY, P6_COORDINATED_WHOLE_LIFE));

    private final String code;
    private final Text label;
    private final List<LegalReference> legalReferences;
    private final Set<String> dimensionIds;

    Defect(String code, String da, String en, List<LegalReference> legalReferences, Set<String> dimensionIds) {
        this.code = code;
        this.label = Text.of(da, en);
        this.legalReferences = legalReferences;
        this.dimensionIds = dimensionIds;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Text label() {
        return label;
    }

    /**
     * The legal duties or good-practice anchors the defect breaks, most important first.
     *
     * @return constants of {@link LegalReferences}
     */
    public List<LegalReference> legalReferences() {
        return legalReferences;
    }

    /**
     * The ids of the catalogue dimensions (elements and recovery principles) the defect touches.
     *
     * @return dimension ids such as {@code transparency} or {@code p7-follow-up}
     */
    public Set<String> dimensionIds() {
        return dimensionIds;
    }

    /**
     * Whether the two defects cannot be in the same case, because one takes away what the other needs
     * (for example, without any investigation the wishes cannot be missing from it).
     *
     * @param other another defect
     * @return true if they cannot be combined
     */
    public boolean conflictsWith(Defect other) {
        return this != other && (conflicts(this, other) || conflicts(other, this));
    }

    private static boolean conflicts(Defect a, Defect b) {
        switch (a) {
            case NO_INVESTIGATION_BEFORE_DECISION:
                return b == WISHES_NOT_IN_OWN_WORDS
                        || b == RESOURCES_NOT_RECORDED
                        || b == NETWORK_NOT_MAPPED
                        || b == ACTION_PLAN_NOT_OFFERED
                        || b == LIFE_AREAS_NOT_ASSESSED;
            case INTERPRETER_MISSING:
                return b == CHILD_INTERPRETER || b == NO_CITIZEN_AT_MEETINGS;
            case OVERDUE_FOLLOW_UP:
                return b == NO_FOLLOW_UP_PLANNED;
            case NO_FOLLOW_UP_PLANNED:
                // taking the follow-ups away takes away the one that concluded the change
                return b == NO_DECISION_AFTER_CHANGE;
            case DEADLINE_MISSED_WITHOUT_NOTICE:
                // one needs no timely notice, the other one
                return b == NOTICE_DATE_NOT_KEPT;
            case NO_HEARING_BEFORE_REJECTION:
                return b == HEARING_DEADLINE_NOT_AWAITED;
            case COMPLAINT_NOT_RECONSIDERED:
                // a complaint is judged on being sent on only once reconsidered in time
                return b == COMPLAINT_NOT_SENT_ON;
            case ACTION_PLAN_NOT_OFFERED:
                // the duty needs a significantly reduced function, which needs assessed life areas
                return b == LIFE_AREAS_NOT_ASSESSED;
            default:
                return false;
        }
    }
}
