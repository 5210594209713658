package io.github.inddragelse.examples.vendor;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.caseprocess.ActionPlan;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.CaseworkerChange;
import io.github.inddragelse.model.caseprocess.Contact;
import io.github.inddragelse.model.caseprocess.ContactKind;
import io.github.inddragelse.model.caseprocess.Decision;
import io.github.inddragelse.model.caseprocess.DecisionOutcome;
import io.github.inddragelse.model.caseprocess.FollowUp;
import io.github.inddragelse.model.caseprocess.Guidance;
import io.github.inddragelse.model.caseprocess.GuidanceTopic;
import io.github.inddragelse.model.caseprocess.Hearing;
import io.github.inddragelse.model.caseprocess.Meeting;
import io.github.inddragelse.model.caseprocess.MeetingPurpose;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.caseprocess.PlanResponse;
import io.github.inddragelse.model.caseprocess.RecordedFact;
import io.github.inddragelse.model.caseprocess.Role;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.TargetGroup;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps the fictional vendor's {@link VendorCase} to a {@link CaseProcess}: the vendor's field names
 * and codes on one side, the library's typed model on the other. Every unknown code, missing field
 * and bad date is collected, and all are thrown together in a {@link VendorMappingException} naming
 * the path in the vendor's record; a case the model itself rejects (an event before the opening
 * date, say) is reported the same way, under the model's field path.
 *
 * <pre>{@code
 * CaseProcess process = new VendorAdapter().toCaseProcess(vendorCase);
 * Assessment assessment = Assessor.standard().assess(process, asOf);
 * }</pre>
 *
 * <p>The vendor's event types: {@code KONTAKT} (field {@code kanal}), {@code MOEDE} ({@code formaal},
 * {@code forberedt}), {@code HOERING} ({@code svarfrist}, {@code besvaret}), {@code AFG} ({@code
 * paragraf}, {@code udfald}, {@code begrundet}, {@code klagevejledning}, {@code opfoelgning}), {@code
 * HP} ({@code svar}, {@code medBorger}), {@code OPF} ({@code planlagt}, {@code afholdt}, {@code
 * maalGennemgaaet}), {@code SBSKIFT} ({@code fra}, {@code til}, {@code borgerInformeret}) and {@code
 * VEJL} ({@code emner}, comma-separated).
 *
 * <p>What the vendor's system has no field for is declared on the case: {@link #NOT_RECORDED}, in
 * {@code CaseProcess.notRecorded()}, so that rules reading those facts report insufficient data rather
 * than "not met".
 */
public final class VendorAdapter {

    /** The vendor's target-group codes. */
    public static final Map<String, TargetGroup> TARGET_GROUPS = Map.of(
            "FYS", TargetGroup.PHYSICAL_DISABILITY,
            "UDV", TargetGroup.INTELLECTUAL_DISABILITY,
            "PSYK", TargetGroup.MENTAL_HEALTH,
            "UDSAT", TargetGroup.SOCIALLY_MARGINALISED);

    /** The vendor's provision codes. */
    public static final Map<String, LegalReference> PROVISIONS = Map.of(
            "SEL83", LegalReferences.SEL_83_83A,
            "SEL85", LegalReferences.SEL_85,
            "SEL96", LegalReferences.SEL_96,
            "SEL97", LegalReferences.SEL_97,
            "SEL100", LegalReferences.SEL_100,
            "SEL103", LegalReferences.SEL_103_104,
            "SEL104", LegalReferences.SEL_103_104,
            "SEL107", LegalReferences.SEL_107_108,
            "SEL108", LegalReferences.SEL_107_108);

    /** The vendor's role codes. */
    public static final Map<String, Role> ROLES = Map.of(
            "BORGER", Role.CITIZEN,
            "SB", Role.CASEWORKER,
            "PAAR", Role.RELATIVE,
            "NETV", Role.NETWORK,
            "BISID", Role.COMPANION,
            "TOLK", Role.INTERPRETER,
            "UDF", Role.PROVIDER_STAFF);

    /** The vendor's event types. */
    public static final List<String> EVENT_TYPES =
            List.of("KONTAKT", "MOEDE", "HOERING", "AFG", "HP", "OPF", "SBSKIFT", "VEJL");

    private static final Map<String, ContactKind> CHANNELS =
            Map.of("ANS", ContactKind.APPLICATION, "HENV", ContactKind.INQUIRY, "UNDERRET", ContactKind.NOTIFICATION);

    private static final Map<String, MeetingPurpose> PURPOSES = Map.of(
            "FORV", MeetingPurpose.EXPECTATIONS,
            "UDR", MeetingPurpose.INVESTIGATION,
            "NETV", MeetingPurpose.NETWORK,
            "HP", MeetingPurpose.ACTION_PLAN,
            "AFG", MeetingPurpose.DECISION,
            "OPF", MeetingPurpose.FOLLOW_UP,
            "ANDET", MeetingPurpose.OTHER);

    private static final Map<String, DecisionOutcome> OUTCOMES = Map.of(
            "BEV", DecisionOutcome.GRANTED,
            "DELV", DecisionOutcome.PARTLY_GRANTED,
            "AFSL", DecisionOutcome.REJECTED,
            "AEND", DecisionOutcome.CHANGED,
            "OPH", DecisionOutcome.STOPPED);

    private static final Map<String, PlanResponse> PLAN_RESPONSES =
            Map.of("ACC", PlanResponse.ACCEPTED, "AFV", PlanResponse.PENDING, "FRA", PlanResponse.DECLINED);

    private static final Map<String, GuidanceTopic> TOPICS = Map.of(
            "RET", GuidanceTopic.RIGHTS,
            "FORLOEB", GuidanceTopic.PROCESS_AND_TIMING,
            "BISID", GuidanceTopic.COMPANION,
            "KLAGE", GuidanceTopic.COMPLAINT,
            "ANDEN", GuidanceTopic.OTHER_HELP,
            "KONTAKT", GuidanceTopic.CONTACT);

    private static final Map<String, Boolean> FLAGS = Map.of("J", true, "N", false);

    /**
     * The yes/no facts the vendor's system does not record, declared on every case it maps. Its
     * meetings have no field for where they were held, so {@code placeChosenByCitizen} is false on every
     * meeting whatever happened; declared, the rule {@code meeting-place-chosen-by-citizen} reports
     * insufficient data instead of telling a caseworker the citizen never chose the place. (A real
     * adapter declares every fact its system has no field for; this one shows one.)
     */
    public static final Set<RecordedFact> NOT_RECORDED = Set.of(RecordedFact.MEETING_PLACE_CHOSEN_BY_CITIZEN);

    private static final int MAX_QUOTED = 24;

    /** Creates an adapter; it holds no state and may be shared. */
    public VendorAdapter() {}

    /**
     * Maps a vendor case.
     *
     * @param source the vendor's case
     * @return the case process
     * @throws VendorMappingException listing every problem found
     */
    public CaseProcess toCaseProcess(VendorCase source) {
        Problems p = new Problems();
        CaseProcess.Builder b = CaseProcess.builder();
        p.required(source.sagsnr(), "sagsnr").ifPresent(b::caseId);
        p.required(source.borgerId(), "borgerId").ifPresent(b::citizenId);
        p.required(source.kommunekode(), "kommunekode").ifPresent(b::municipality);
        b.notRecorded(NOT_RECORDED);
        p.code(source.maalgruppe(), TARGET_GROUPS, "maalgruppe").ifPresent(b::addTargetGroups);
        for (int i = 0; i < source.paragraffer().size(); i++) {
            p.code(source.paragraffer().get(i), PROVISIONS, "paragraffer[" + i + "]")
                    .ifPresent(b::addAppliedFor);
        }
        if (source.oprettet() == null) {
            p.add("oprettet", "is missing");
        } else {
            b.openedOn(source.oprettet());
        }
        source.fristUger().ifPresent(weeks -> {
            if (weeks < 1) {
                p.add("fristUger", "must be at least 1");
            } else {
                b.processingDeadline(Period.ofWeeks(weeks));
            }
        });
        for (int i = 0; i < source.personer().size(); i++) {
            VendorCase.Person person = source.personer().get(i);
            String at = "personer[" + i + "]";
            Optional<String> id = p.required(person.id(), at + ".id");
            Optional<Role> role = p.code(person.rolle(), ROLES, at + ".rolle");
            if (id.isPresent() && role.isPresent()) {
                b.addParticipants(
                        Participant.builder().id(id.get()).role(role.get()).build());
            }
        }
        for (int i = 0; i < source.haendelser().size(); i++) {
            event(source.haendelser().get(i), "haendelser[" + i + "]", p).ifPresent(b::addEvents);
        }
        p.throwIfAny();
        try {
            return b.build();
        } catch (InvalidModelException e) {
            e.violations().forEach(v -> p.add("(model) " + v.path(), v.message()));
            p.throwIfAny();
            throw e;
        }
    }

    private static Optional<CaseEvent> event(VendorCase.Haendelse h, String at, Problems p) {
        Optional<String> id = p.required(h.id(), at + ".id");
        if (h.dato() == null) {
            p.add(at + ".dato", "is missing");
        }
        if (h.type() == null || !EVENT_TYPES.contains(h.type())) {
            p.add(
                    at + ".type",
                    h.type() == null
                            ? "is missing"
                            : "unknown event type '" + quote(h.type()) + "' (known: " + String.join(", ", EVENT_TYPES)
                                    + ")");
            return Optional.empty();
        }
        if (id.isEmpty() || h.dato() == null) {
            return Optional.empty();
        }
        Fields f = new Fields(h.felter(), at + ".felter", p);
        CaseEvent event;
        try {
            event = switch (h.type()) {
                case "KONTAKT" ->
                    Contact.builder()
                            .contactKind(f.code("kanal", CHANNELS).orElse(ContactKind.INQUIRY))
                            .id(id.get())
                            .date(h.dato())
                            .participantIds(h.deltagere())
                            .build();
                case "MOEDE" ->
                    Meeting.builder()
                            .purpose(f.code("formaal", PURPOSES).orElse(MeetingPurpose.OTHER))
                            .preparedWithCitizen(f.flag("forberedt"))
                            .id(id.get())
                            .date(h.dato())
                            .participantIds(h.deltagere())
                            .build();
                case "HOERING" ->
                    Hearing.builder()
                            .responseDeadline(f.date("svarfrist").orElse(h.dato()))
                            .respondedOn(f.optionalDate("besvaret"))
                            .id(id.get())
                            .date(h.dato())
                            .participantIds(h.deltagere())
                            .build();
                case "AFG" -> {
                    boolean reasoned = f.flag("begrundet");
                    yield Decision.builder()
                            .provision(f.code("paragraf", PROVISIONS).orElse(LegalReferences.SEL_85))
                            .outcome(f.code("udfald", OUTCOMES).orElse(DecisionOutcome.GRANTED))
                            .reasonsCiteRules(reasoned)
                            .reasonsStateConsiderations(reasoned)
                            .reasonsStateFacts(reasoned)
                            .complaintGuidance(f.flag("klagevejledning"))
                            .followUpDate(f.optionalDate("opfoelgning"))
                            .id(id.get())
                            .date(h.dato())
                            .participantIds(h.deltagere())
                            .build();
                }
                case "HP" ->
                    ActionPlan.builder()
                            .response(f.code("svar", PLAN_RESPONSES).orElse(PlanResponse.PENDING))
                            .madeWithCitizen(f.flag("medBorger"))
                            .id(id.get())
                            .date(h.dato())
                            .participantIds(h.deltagere())
                            .build();
                case "OPF" ->
                    FollowUp.builder()
                            .plannedFor(f.date("planlagt").orElse(h.dato()))
                            .heldOn(f.optionalDate("afholdt"))
                            .goalsReviewedWithCitizen(f.flag("maalGennemgaaet"))
                            .id(id.get())
                            .date(h.dato())
                            .participantIds(h.deltagere())
                            .build();
                case "SBSKIFT" ->
                    CaseworkerChange.builder()
                            .fromCaseworkerId(f.text("fra").orElse("?"))
                            .toCaseworkerId(f.text("til").orElse("?"))
                            .citizenInformed(f.flag("borgerInformeret"))
                            .id(id.get())
                            .date(h.dato())
                            .participantIds(h.deltagere())
                            .build();
                default ->
                    Guidance.builder()
                            .topics(f.codes("emner", TOPICS))
                            .id(id.get())
                            .date(h.dato())
                            .participantIds(h.deltagere())
                            .build();
            };
        } catch (InvalidModelException e) {
            e.violations().forEach(v -> p.add(at + " (model) " + v.path(), v.message()));
            return Optional.empty();
        }
        return Optional.of(event);
    }

    private static String quote(String code) {
        return code.length() <= MAX_QUOTED ? code : code.substring(0, MAX_QUOTED) + "…";
    }

    /** Collects problems. */
    private static final class Problems {
        private final List<VendorMappingException.Problem> list = new ArrayList<>();

        void add(String path, String message) {
            list.add(new VendorMappingException.Problem(path, message));
        }

        Optional<String> required(String value, String path) {
            if (value == null || value.isBlank()) {
                add(path, "is missing");
                return Optional.empty();
            }
            return Optional.of(value);
        }

        <T> Optional<T> code(String value, Map<String, T> table, String path) {
            return required(value, path).flatMap(v -> {
                T found = table.get(v);
                if (found == null) {
                    add(
                            path,
                            "unknown code '" + quote(v) + "' (known: "
                                    + String.join(", ", new TreeSet<>(table.keySet())) + ")");
                }
                return Optional.ofNullable(found);
            });
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw new VendorMappingException(list);
            }
        }
    }

    /** Reads an event's own fields. */
    private static final class Fields {
        private final Map<String, String> fields;
        private final String at;
        private final Problems p;

        Fields(Map<String, String> fields, String at, Problems p) {
            this.fields = fields;
            this.at = at;
            this.p = p;
        }

        Optional<String> text(String name) {
            return p.required(fields.get(name), at + "." + name);
        }

        <T> Optional<T> code(String name, Map<String, T> table) {
            return p.code(fields.get(name), table, at + "." + name);
        }

        <T> List<T> codes(String name, Map<String, T> table) {
            List<T> out = new ArrayList<>();
            text(name).ifPresent(v -> {
                String[] parts = v.split(",");
                for (int i = 0; i < parts.length; i++) {
                    p.code(parts[i].trim(), table, at + "." + name + "[" + i + "]")
                            .ifPresent(out::add);
                }
            });
            return out;
        }

        boolean flag(String name) {
            String v = fields.get(name);
            if (v == null) {
                return false;
            }
            Boolean flag = FLAGS.get(v);
            if (flag == null) {
                p.add(at + "." + name, "must be J or N, not '" + quote(v) + "'");
                return false;
            }
            return flag;
        }

        Optional<LocalDate> date(String name) {
            return text(name).flatMap(v -> parse(name, v));
        }

        Optional<LocalDate> optionalDate(String name) {
            String v = fields.get(name);
            return v == null || v.isBlank() ? Optional.empty() : parse(name, v);
        }

        private Optional<LocalDate> parse(String name, String value) {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                p.add(at + "." + name, "must be a date like 2026-03-02");
                return Optional.empty();
            }
        }
    }
}
