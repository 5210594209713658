package io.github.inddragelse.model.assessment;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.ResponseStatus;
import io.github.inddragelse.model.internal.Checks;
import io.github.inddragelse.model.internal.IndexedCaseView;
import io.github.inddragelse.model.internal.LibraryVersion;
import io.github.inddragelse.model.rule.Applicability;
import io.github.inddragelse.model.rule.CaseView;
import io.github.inddragelse.model.rule.Evaluation;
import io.github.inddragelse.model.rule.Outcome;
import io.github.inddragelse.model.rule.Rule;
import io.github.inddragelse.model.rule.RuleContractException;
import io.github.inddragelse.model.rule.RuleDefinition;
import io.github.inddragelse.model.scoring.ScoringPolicy;
import io.github.inddragelse.model.spi.RulePack;
import io.github.inddragelse.model.standard.StandardRulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: assesses a case process against a catalogue's dimensions with a set of rules
 * and checklists, as of a date passed in. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.standard();
 * Assessment assessment = assessor.assess(process, LocalDate.of(2026, 6, 1));
 *
 * // with the caseworker's and the citizen's checklist answers:
 * Assessment withViews = assessor.assess(process, List.of(caseworkerAnswers, citizenAnswers), asOf);
 *
 * // a municipality's own rules on top of the standard ones:
 * Assessor custom = Assessor.builder().standardContent().loadRulePacks().build();
 * }</pre>
 *
 * <p>Nothing here reads the clock, files or the network. Rules run in a fixed order; a rule that
 * throws becomes a failed finding and never aborts the assessment. The failure is logged at warn
 * with the rule id and version, the case id, the as-of date, the exception's class name and the
 * message of a {@link RuleContractException} (a key the rule's definition lacks, a null evaluation),
 * which the library writes without case data; for any other exception, never
 * the exception's message or stack trace, which could quote the case.
 *
 * <p>Where a case declares yes/no facts its source system does not record ({@link
 * CaseProcess#notRecorded()}), a rule that applies and is not met or partly met, with an evaluation
 * whose message key {@link RuleDefinition#restsOn(String) rests on} one of them (by default every fact
 * the rule {@link RuleDefinition#reads() reads}), gives a finding of insufficient data with message key
 * {@value Finding#FACT_NOT_RECORDED} instead, keeping its evidence and arguments and naming those
 * facts: the records cannot say whether it is met. Such a finding lowers coverage and is never
 * critical. An evaluation whose key rests on none of them stands as it is. This is done here, for every
 * rule alike, so a rule only declares what it reads and, per message key, what it rests on.
 */
public final class Assessor {

    private static final Logger LOG = LoggerFactory.getLogger(Assessor.class);
    private static final Text FAILED_RECOMMENDATION = Text.of(
            "Kontakt leverandøren af regelsættet med regelens id.",
            "Contact the supplier of the rule set with the rule id.");
    private static final Text NOT_RECORDED_RECOMMENDATION = Text.of(
            "Kontrollér punktet i sagens akter. Kan sagssystemet registrere oplysningen, så registrér den, så"
                    + " reglen kan vurdere den.",
            "Check this point in the case records. If the case-management system can record the information,"
                    + " record it so that the rule can judge it.");

    private final Catalogue catalogue;
    private final List<Rule> rules;
    private final List<Checklist> checklists;
    private final Map<String, Checklist> checklistsByKey;
    private final ScoringPolicy policy;
    private final Scorer scorer;

    private Assessor(Builder builder) {
        this.catalogue = builder.catalogue;
        this.rules = List.copyOf(builder.rules);
        this.checklists = List.copyOf(builder.checklists);
        this.policy = builder.policy;
        this.checklistsByKey = new HashMap<>();
        for (Checklist c : checklists) {
            checklistsByKey.put(key(c.id(), c.version()), c);
        }
        this.scorer = new Scorer(catalogue, policy, rules);
    }

    /**
     * An assessor with the standard catalogue, the standard rules and checklists, and the standard
     * scoring policy.
     *
     * @return the standard assessor
     */
    public static Assessor standard() {
        return Holder.STANDARD;
    }

    /**
     * Starts building an assessor: the standard catalogue and scoring policy, and no rules or
     * checklists until added.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The catalogue whose dimensions are scored.
     *
     * @return the catalogue
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The rules, in evaluation order.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The checklists responses can answer.
     *
     * @return the checklists
     */
    public List<Checklist> checklists() {
        return checklists;
    }

    /**
     * The scoring policy.
     *
     * @return the policy
     */
    public ScoringPolicy policy() {
        return policy;
    }

    /**
     * Looks up a checklist by id and version.
     *
     * @param id the checklist id
     * @param version the checklist version
     * @return the checklist, if the assessor has it
     */
    public Optional<Checklist> checklist(String id, String version) {
        return Optional.ofNullable(checklistsByKey.get(key(id, version)));
    }

    /**
     * Assesses a case from its records only.
     *
     * @param process the case process
     * @param asOf the date to assess the case as of, not before the case was opened; later events
     *     are not known yet
     * @return the assessment
     * @throws InvalidModelException if {@code asOf} is before the case was opened (the violation at
     *     {@code asOf} names both dates)
     */
    public Assessment assess(CaseProcess process, LocalDate asOf) {
        return assess(process, List.of(), asOf);
    }

    /**
     * Assesses a case from its records and checklist responses.
     *
     * @param process the case process
     * @param responses checklist responses about the case; for each checklist and perspective the
     *     latest response dated on or before the as-of date is used
     * @param asOf the date to assess the case as of, not before the case was opened; later events
     *     and answers are not known yet
     * @return the assessment
     * @throws InvalidModelException if {@code asOf} is before the case was opened (the violation at
     *     {@code asOf} names both dates), or if a response answers an unknown checklist, names an
     *     unknown item, gives an answer off the scale, or is about another case (every problem
     *     listed, each naming the item)
     */
    public Assessment assess(CaseProcess process, Collection<ChecklistResponse> responses, LocalDate asOf) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(asOf, "asOf");
        Checks.of("Assessment").asOfNotBeforeOpening(process, asOf).throwIfAny();
        validate(responses);
        checkCase(process, responses);
        CaseView view = IndexedCaseView.of(process, asOf);
        List<Finding> findings = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            findings.add(run(rule, view));
        }
        List<ItemScore> items = scoreItems(view, responses);
        Scorer.Result scores = scorer.score(findings, items);
        // the lists are the assessor's own and never touched again: kept, not copied
        return new AssessedCase(
                process.caseId(),
                asOf,
                catalogue.id(),
                catalogue.version(),
                policy.id(),
                LibraryVersion.VERSION,
                Collections.unmodifiableList(findings),
                items.isEmpty() ? List.of() : Collections.unmodifiableList(items),
                scores.dimensions(),
                scores.overall(),
                scores.trustGaps());
    }

    /**
     * Assesses a case as of each date on which an event happened, showing how it developed.
     *
     * @param process the case process
     * @param responses checklist responses; each counts from the date it was given
     * @return one assessment per distinct event date (the opening date if there is no event), in
     *     date order; no event is dated before the case was opened, so every date is a valid as-of
     *     date
     * @throws InvalidModelException if a response is invalid, as for {@link #assess(CaseProcess,
     *     Collection, LocalDate)}
     */
    public Trajectory trajectory(CaseProcess process, Collection<ChecklistResponse> responses) {
        Objects.requireNonNull(process, "process");
        validate(responses);
        Set<LocalDate> dates = new TreeSet<>();
        for (CaseEvent e : process.events()) {
            dates.add(e.date());
        }
        if (dates.isEmpty()) {
            dates.add(process.openedOn());
        }
        List<Assessment> points = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            points.add(assess(process, responses, date));
        }
        return new Trajectory(process.caseId(), points);
    }

    /**
     * Checks checklist responses against this assessor's checklists without assessing anything.
     *
     * @param responses the responses
     * @throws InvalidModelException listing every problem, with paths like {@code
     *     responses[1].answers.sb-04}
     */
    public void validate(Collection<ChecklistResponse> responses) {
        List<Violation> problems = new ArrayList<>();
        int i = 0;
        for (ChecklistResponse response : responses) {
            String at = "responses[" + i++ + "]";
            Checklist checklist = checklistsByKey.get(key(response.checklistId(), response.checklistVersion()));
            if (checklist == null) {
                problems.add(new Violation(
                        at + ".checklistId",
                        "no checklist '" + response.checklistId() + "' version '" + response.checklistVersion()
                                + "' is known to this assessor"));
                continue;
            }
            try {
                checklist.validate(response);
            } catch (InvalidModelException e) {
                for (Violation v : e.violations()) {
                    problems.add(v.under(at));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException("ChecklistResponse", problems);
        }
    }

    private static void checkCase(CaseProcess process, Collection<ChecklistResponse> responses) {
        List<Violation> problems = new ArrayList<>();
        int i = 0;
        for (ChecklistResponse response : responses) {
            String at = "responses[" + i++ + "].caseId";
            response.caseId()
                    .filter(id -> !id.equals(process.caseId()))
                    .ifPresent(id -> problems.add(
                            new Violation(at, "is '" + id + "', but the case assessed is '" + process.caseId() + "'")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException("ChecklistResponse", problems);
        }
    }

    private Finding run(Rule rule, CaseView view) {
        RuleDefinition definition = rule.definition();
        try {
            Applicability applicability = rule.applicability(view);
            Evaluation evaluation = applicability.isApplicable()
                    ? evaluate(rule, view)
                    : applicability.asEvaluation().orElseThrow();
            definition.requireMessage(evaluation.messageKey());
            if (applicability.isApplicable()
                    && fallsShort(evaluation.outcome())
                    && !definition.reads().isEmpty()) {
                List<RecordedFact> notRecorded = notRecordedRestedOn(definition, evaluation.messageKey(), view);
                if (!notRecorded.isEmpty()) {
                    return notRecordedFinding(definition, evaluation, notRecorded);
                }
            }
            return new RuleFinding(definition, evaluation);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Rule {} v{} failed on case {} as of {}: {}",
                    definition.id(),
                    definition.version(),
                    view.process().caseId(),
                    view.asOf(),
                    e instanceof RuleContractException
                            ? e.toString()
                            : e.getClass().getName());
            String error = e.getClass().getSimpleName();
            return finding(definition)
                    .outcome(Outcome.INSUFFICIENT_DATA)
                    .messageKey(Finding.RULE_FAILED)
                    .putArg("error", error)
                    .explanation(Text.of(
                            "Reglen kunne ikke vurderes på grund af en fejl i reglen (" + error
                                    + "). Punktet er ikke vurderet.",
                            "The rule could not be evaluated because of an error in the rule (" + error
                                    + "). This point is not assessed."))
                    .recommendation(FAILED_RECOMMENDATION)
                    .failed(true)
                    .build();
        }
    }

    private static boolean fallsShort(Outcome outcome) {
        return outcome == Outcome.NOT_MET || outcome == Outcome.PARTLY_MET;
    }

    /**
     * The facts an evaluation's message key rests on ({@link RuleDefinition#restsOn(String)}) that the
     * case does not record, in declaration order; usually none.
     */
    private static List<RecordedFact> notRecordedRestedOn(RuleDefinition definition, String messageKey, CaseView view) {
        Set<RecordedFact> notRecorded = view.notRecorded();
        if (notRecorded.isEmpty()) {
            return List.of();
        }
        List<RecordedFact> found = new ArrayList<>(1);
        for (RecordedFact fact : definition.restsOn(messageKey)) {
            if (notRecorded.contains(fact)) {
                found.add(fact);
            }
        }
        return found;
    }

    /**
     * The finding for a rule that falls short where the case does not record a fact its evaluation
     * rests on: the fact reads as false whatever happened, so the records cannot say whether the rule
     * is met.
     */
    private static Finding notRecordedFinding(
            RuleDefinition definition, Evaluation evaluation, List<RecordedFact> notRecorded) {
        StringJoiner codes = new StringJoiner(",");
        for (RecordedFact fact : notRecorded) {
            codes.add(fact.code());
        }
        return finding(definition)
                .outcome(Outcome.INSUFFICIENT_DATA)
                .messageKey(Finding.FACT_NOT_RECORDED)
                .evidence(evaluation.evidence())
                .args(evaluation.args())
                .putArg("notRecorded", codes.toString())
                .explanation(Text.of(
                        "Sagssystemet registrerer ikke det, reglen bygger på: "
                                + labels(notRecorded, Language.DA, " og ")
                                + ". Derfor kan det ikke afgøres, om reglen er opfyldt, og punktet er ikke vurderet.",
                        "The case-management system does not record what the rule rests on: "
                                + labels(notRecorded, Language.EN, " and ")
                                + ". Whether the rule is met therefore cannot be decided, and this point is not"
                                + " assessed."))
                .recommendation(NOT_RECORDED_RECOMMENDATION)
                .build();
    }

    /** The facts' labels in one language, each starting in lower case, as a list ending with a word. */
    private static String labels(List<RecordedFact> facts, Language language, String lastSeparator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < facts.size(); i++) {
            if (i > 0) {
                sb.append(i == facts.size() - 1 ? lastSeparator : ", ");
            }
            String label = facts.get(i).label().in(language);
            sb.append(Character.toLowerCase(label.charAt(0))).append(label, 1, label.length());
        }
        return sb.toString();
    }

    private static Finding.Builder finding(RuleDefinition definition) {
        return Finding.builder()
                .ruleId(definition.id())
                .ruleVersion(definition.version())
                .title(definition.title())
                .severity(definition.severity())
                .dimensions(definition.dimensions())
                .legalReferences(definition.legalReferences())
                .rationale(definition.rationale());
    }

    /** The rule's evaluation of a case it applies to, which its contract says is never null. */
    private static Evaluation evaluate(Rule rule, CaseView view) {
        Evaluation evaluation = rule.evaluate(view);
        if (evaluation == null) {
            throw new RuleContractException(rule.definition().id(), "returned no evaluation (null)");
        }
        return evaluation;
    }

    private List<ItemScore> scoreItems(CaseView view, Collection<ChecklistResponse> responses) {
        if (responses.isEmpty()) {
            return List.of();
        }
        Map<String, ChecklistResponse> latest = new LinkedHashMap<>();
        for (ChecklistResponse r : responses) {
            if (r.respondedOn().isAfter(view.asOf())) {
                continue;
            }
            if (r.status() != ResponseStatus.COMPLETED && !policy.scoreInProgressResponses()) {
                continue;
            }
            String k = r.checklistId() + "|" + r.perspective().code();
            ChecklistResponse seen = latest.get(k);
            if (seen == null || !r.respondedOn().isBefore(seen.respondedOn())) {
                latest.put(k, r);
            }
        }
        List<ItemScore> items = new ArrayList<>();
        for (ChecklistResponse r : latest.values()) {
            Checklist checklist = checklistsByKey.get(key(r.checklistId(), r.checklistVersion()));
            for (ChecklistItem item : checklist.items()) {
                items.add(scoreItem(view, r, item));
            }
        }
        return items;
    }

    private static ItemScore scoreItem(CaseView view, ChecklistResponse response, ChecklistItem item) {
        String answer = response.answers().get(item.id());
        ItemStatus status;
        OptionalDouble points = OptionalDouble.empty();
        if (!item.appliesWhen().test(view)) {
            status = ItemStatus.NOT_APPLICABLE;
        } else if (answer == null) {
            status = ItemStatus.UNANSWERED;
        } else {
            AnswerOption option = item.scale().option(answer).orElseThrow();
            switch (option.kind()) {
                case SCORED -> {
                    status = ItemStatus.SCORED;
                    points = option.points();
                }
                case NOT_APPLICABLE -> status = ItemStatus.NOT_APPLICABLE;
                default -> status = ItemStatus.DONT_KNOW;
            }
        }
        return new ItemScore(
                response.checklistId(),
                response.checklistVersion(),
                item.id(),
                response.perspective(),
                Optional.ofNullable(answer),
                status,
                points,
                item.scale().maxPoints(),
                item.weight(),
                item.dimensions());
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    @Override
    public String toString() {
        return "Assessor{catalogue=" + catalogue.id() + " " + catalogue.version() + ", rules=" + rules.size()
                + ", checklists=" + checklists.size() + ", policy=" + policy.id() + "}";
    }

    /** Lazily builds the standard assessor once. */
    private static final class Holder {
        static final Assessor STANDARD = builder().standardContent().build();
    }

    /**
     * Builds an {@link Assessor}. Not thread-safe; the assessor it builds is. Every problem (duplicate
     * rule ids, duplicate checklists, dimension ids the catalogue does not know) is reported together
     * when {@link #build()} is called.
     */
    public static final class Builder {
        private Catalogue catalogue = StandardCatalogue.get();
        private final List<Rule> rules = new ArrayList<>();
        private final List<Checklist> checklists = new ArrayList<>();
        private final Set<String> packIds = new HashSet<>();
        private ScoringPolicy policy = ScoringPolicy.standard();

        private Builder() {}

        /**
         * Replaces the catalogue (the standard one unless set), for example with a newer version of
         * the elements of Borgeren i centrum.
         *
         * @param catalogue the catalogue
         * @return this
         */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Sets the scoring policy (the standard one unless set).
         *
         * @param policy the policy
         * @return this
         */
        public Builder scoringPolicy(ScoringPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Adds the standard rules and checklists.
         *
         * @return this
         */
        public Builder standardContent() {
            return addRulePack(StandardRulePack.INSTANCE);
        }

        /**
         * Adds rules, after those already added.
         *
         * @param rules the rules
         * @return this
         */
        public Builder addRules(Collection<? extends Rule> rules) {
            for (Rule r : rules) {
                this.rules.add(Objects.requireNonNull(r, "rule"));
            }
            return this;
        }

        /**
         * Adds one rule.
         *
         * @param rule the rule
         * @return this
         */
        public Builder addRule(Rule rule) {
            return addRules(List.of(rule));
        }

        /**
         * Adds checklists.
         *
         * @param checklists the checklists
         * @return this
         */
        public Builder addChecklists(Collection<Checklist> checklists) {
            for (Checklist c : checklists) {
                this.checklists.add(Objects.requireNonNull(c, "checklist"));
            }
            return this;
        }

        /**
         * Adds one checklist, for example a municipality's own loaded from JSON.
         *
         * @param checklist the checklist
         * @return this
         */
        public Builder addChecklist(Checklist checklist) {
            return addChecklists(List.of(checklist));
        }

        /**
         * Adds a rule pack's rules and checklists.
         *
         * @param pack the pack
         * @return this
         */
        public Builder addRulePack(RulePack pack) {
            packIds.add(pack.id());
            addRules(pack.rules());
            addChecklists(pack.checklists());
            return this;
        }

        /**
         * Adds every {@link RulePack} found by {@link ServiceLoader} on the context class loader (or
         * the module path), in order of their ids. A pack whose id was already added is skipped, so
         * the standard pack is never added twice.
         *
         * @return this
         */
        public Builder loadRulePacks() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return loadRulePacks(ServiceLoader.load(RulePack.class, loader));
        }

        /**
         * Adds every {@link RulePack} found by {@link ServiceLoader} on a class loader, in order of
         * their ids.
         *
         * @param loader the class loader to search
         * @return this
         */
        public Builder loadRulePacks(ClassLoader loader) {
            return loadRulePacks(ServiceLoader.load(RulePack.class, loader));
        }

        private Builder loadRulePacks(ServiceLoader<RulePack> loader) {
            List<RulePack> packs = new ArrayList<>();
            loader.forEach(packs::add);
            packs.sort((a, b) -> a.id().compareTo(b.id()));
            for (RulePack pack : packs) {
                if (!packIds.contains(pack.id())) {
                    addRulePack(pack);
                }
            }
            return this;
        }

        /**
         * Builds the assessor.
         *
         * @return the assessor
         * @throws InvalidModelException listing every duplicate rule id, duplicate checklist and
         *     unknown dimension id
         */
        public Assessor build() {
            List<Violation> problems = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < rules.size(); i++) {
                RuleDefinition d = rules.get(i).definition();
                String at = "rules[" + i + "]";
                if (!ids.add(d.id())) {
                    problems.add(new Violation(at + ".id", "duplicate rule id '" + d.id() + "'"));
                }
                for (String dim : d.dimensions()) {
                    if (catalogue.dimension(dim).isEmpty()) {
                        problems.add(new Violation(
                                at + ".dimensions",
                                "rule '" + d.id() + "' serves dimension '" + dim + "', unknown to catalogue "
                                        + catalogue.id() + " " + catalogue.version()));
                    }
                }
            }
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < checklists.size(); i++) {
                Checklist c = checklists.get(i);
                String at = "checklists[" + i + "]";
                if (!keys.add(key(c.id(), c.version()))) {
                    problems.add(new Violation(
                            at + ".id", "duplicate checklist '" + c.id() + "' version '" + c.version() + "'"));
                }
                for (ChecklistItem item : c.items()) {
                    for (String dim : item.dimensions()) {
                        if (catalogue.dimension(dim).isEmpty()) {
                            problems.add(new Violation(
                                    at + ".items." + item.id() + ".dimensions",
                                    "serves dimension '" + dim + "', unknown to catalogue " + catalogue.id() + " "
                                            + catalogue.version()));
                        }
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidModelException("Assessor", problems);
            }
            return new Assessor(this);
        }
    }
}
