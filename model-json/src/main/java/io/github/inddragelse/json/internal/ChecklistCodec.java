package io.github.inddragelse.json.internal;

import static io.github.inddragelse.json.internal.Types.DATE_TYPE;
import static io.github.inddragelse.json.internal.Types.DIMENSION_ID;
import static io.github.inddragelse.json.internal.Types.NUMBER;
import static io.github.inddragelse.json.internal.Types.STRING;
import static io.github.inddragelse.json.internal.Types.TEXT;
import static io.github.inddragelse.json.internal.Types.code;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inddragelse.model.caseprocess.CommunicationNeed;
import io.github.inddragelse.model.caseprocess.EventKind;
import io.github.inddragelse.model.catalogue.Phase;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.AnswerScale;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.checklist.OptionKind;
import io.github.inddragelse.model.checklist.Perspective;
import io.github.inddragelse.model.checklist.ResponseStatus;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checklist format and the checklist-response format, version {@value #SCHEMA_VERSION}: one
 * table per type, in the order the properties are written. Property names are the model's accessor
 * names; an item's {@code appliesWhen} is a {@link Condition} written as data with a {@code type}
 * discriminator.
 */
public final class ChecklistCodec {

    /** The schema version every checklist and checklist-response document carries. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The discriminator property of a condition. */
    public static final String TYPE = "type";

    /** Any condition, read through {@link #CONDITION} when it is used, so that conditions can nest. */
    private static final ValueType<Condition> NESTED = new ValueType<>() {
        @Override
        public String expected() {
            return CONDITION.expected();
        }

        @Override
        public Condition read(Cursor in) {
            return CONDITION.read(in);
        }

        @Override
        public void write(JsonGenerator generator, Condition value) throws IOException {
            CONDITION.write(generator, value);
        }
    };

    private static final Map<String, ObjectCodec<? extends Condition, ?>> CONDITIONS = new LinkedHashMap<>();
    private static final Map<Class<?>, String> CONDITION_TYPES = new LinkedHashMap<>();

    static {
        singleton("always", "an always condition", Condition.Always.INSTANCE);
        singleton("has-adverse-decision", "a has-adverse-decision condition", Condition.HasAdverseDecision.INSTANCE);
        singleton("follow-up-held", "a follow-up-held condition", Condition.FollowUpHeld.INSTANCE);
        condition(
                "has-event",
                Condition.HasEvent.class,
                table("a has-event condition", s -> new Condition.HasEvent(s.get("kind")))
                        .required("kind", code(EventKind.class), Condition.HasEvent::kind, Slots.set("kind")));
        condition(
                "phase-reached",
                Condition.PhaseReached.class,
                table("a phase-reached condition", s -> new Condition.PhaseReached(s.get("phase")))
                        .required("phase", code(Phase.class), Condition.PhaseReached::phase, Slots.set("phase")));
        condition(
                "has-communication-need",
                Condition.HasCommunicationNeed.class,
                table("a has-communication-need condition", s -> new Condition.HasCommunicationNeed(s.get("need")))
                        .required(
                                "need",
                                code(CommunicationNeed.class),
                                Condition.HasCommunicationNeed::need,
                                Slots.set("need")));
        condition(
                "in-target-group",
                Condition.InTargetGroup.class,
                table("an in-target-group condition", s -> new Condition.InTargetGroup(s.get("group")))
                        .required(
                                "group", code(TargetGroup.class), Condition.InTargetGroup::group, Slots.set("group")));
        condition(
                "all-of",
                Condition.AllOf.class,
                table("an all-of condition", s -> combined(s, "AllOf", Condition.AllOf::new))
                        .requiredList("conditions", NESTED, Condition.AllOf::conditions, Slots.set("conditions")));
        condition(
                "any-of",
                Condition.AnyOf.class,
                table("an any-of condition", s -> combined(s, "AnyOf", Condition.AnyOf::new))
                        .requiredList("conditions", NESTED, Condition.AnyOf::conditions, Slots.set("conditions")));
        condition(
                "not",
                Condition.Not.class,
                table("a not condition", s -> new Condition.Not(s.get("condition")))
                        .required("condition", NESTED, Condition.Not::condition, Slots.set("condition")));
    }

    /**
     * Any condition: an object whose {@code type} says which one; {@code all-of}, {@code any-of} and
     * {@code not} hold further conditions.
     */
    public static final Discriminated<Condition> CONDITION = new Discriminated<>(
            TYPE, "a condition", "condition type", CONDITIONS, c -> CONDITION_TYPES.get(c.getClass()));

    /** One option of an answer scale. */
    public static final ObjectCodec<AnswerOption, AnswerOption.Builder> OPTION = ObjectCodec.table(
                    "an answer option", AnswerOption::builder, AnswerOption.Builder::build)
            .required("code", STRING, AnswerOption::code, AnswerOption.Builder::code)
            .required("label", TEXT, AnswerOption::label, AnswerOption.Builder::label)
            .required("anchor", TEXT, AnswerOption::anchor, AnswerOption.Builder::anchor)
            .defaulted("kind", code(OptionKind.class), AnswerOption::kind, AnswerOption.Builder::kind)
            .optional("points", NUMBER, o -> Types.boxed(o.points()), (b, points) -> b.points(points))
            .dependency("points", "kind")
            .build();

    /** An answer scale. */
    public static final ObjectCodec<AnswerScale, AnswerScale.Builder> SCALE = ObjectCodec.table(
                    "an answer scale", AnswerScale::builder, AnswerScale.Builder::build)
            .required("id", STRING, AnswerScale::id, AnswerScale.Builder::id)
            .requiredList("options", OPTION, AnswerScale::options, AnswerScale.Builder::options)
            .build();

    /** One item of a checklist. */
    public static final ObjectCodec<ChecklistItem, ChecklistItem.Builder> ITEM = ObjectCodec.table(
                    "a checklist item", ChecklistItem::builder, ChecklistItem.Builder::build)
            .required("id", STRING, ChecklistItem::id, ChecklistItem.Builder::id)
            .required("question", TEXT, ChecklistItem::question, ChecklistItem.Builder::question)
            .required("scale", SCALE, ChecklistItem::scale, ChecklistItem.Builder::scale)
            .requiredList("dimensions", DIMENSION_ID, ChecklistItem::dimensions, ChecklistItem.Builder::dimensions)
            .defaulted("weight", NUMBER, ChecklistItem::weight, ChecklistItem.Builder::weight)
            .defaulted("appliesWhen", CONDITION, ChecklistItem::appliesWhen, ChecklistItem.Builder::appliesWhen)
            .build();

    /** A whole checklist document. */
    public static final ObjectCodec<Checklist, Checklist.Builder> CHECKLIST = ObjectCodec.table(
                    "a checklist", Checklist::builder, Checklist.Builder::build)
            .constant("schemaVersion", SCHEMA_VERSION)
            .required("id", STRING, Checklist::id, Checklist.Builder::id)
            .required("version", STRING, Checklist::version, Checklist.Builder::version)
            .required("perspective", code(Perspective.class), Checklist::perspective, Checklist.Builder::perspective)
            .required("title", TEXT, Checklist::title, Checklist.Builder::title)
            .requiredList("items", ITEM, Checklist::items, Checklist.Builder::items)
            .build();

    /** Answers by item id: each property an item id, each value an option code. */
    public static final ValueType<Map<String, String>> ANSWERS = Types.map(
            "answers: option codes by item id", STRING, Function.identity(), STRING, Comparator.naturalOrder());

    /** A whole checklist-response document. */
    public static final ObjectCodec<ChecklistResponse, ChecklistResponse.Builder> RESPONSE = ObjectCodec.table(
                    "a checklist response", ChecklistResponse::builder, ChecklistResponse.Builder::build)
            .constant("schemaVersion", SCHEMA_VERSION)
            .optional("caseId", STRING, ChecklistResponse::caseId, ChecklistResponse.Builder::caseId)
            .required("checklistId", STRING, ChecklistResponse::checklistId, ChecklistResponse.Builder::checklistId)
            .required(
                    "checklistVersion",
                    STRING,
                    ChecklistResponse::checklistVersion,
                    ChecklistResponse.Builder::checklistVersion)
            .required(
                    "perspective",
                    code(Perspective.class),
                    ChecklistResponse::perspective,
                    ChecklistResponse.Builder::perspective)
            .required("respondedOn", DATE_TYPE, ChecklistResponse::respondedOn, ChecklistResponse.Builder::respondedOn)
            .defaulted(
                    "status", code(ResponseStatus.class), ChecklistResponse::status, ChecklistResponse.Builder::status)
            .optional("respondentId", STRING, ChecklistResponse::respondentId, ChecklistResponse.Builder::respondentId)
            .required("answers", ANSWERS, ChecklistResponse::answers, ChecklistResponse.Builder::answers)
            .build();

    private ChecklistCodec() {}

    /**
     * The condition types, in the order they are listed in messages and the schema.
     *
     * @return the type codes
     */
    public static List<String> conditionTypes() {
        return List.copyOf(CONDITIONS.keySet());
    }

    private static <T extends Condition> ObjectCodec.Table<T, Slots> table(
            String description, Function<Slots, T> build) {
        return ObjectCodec.table(description, Slots::new, build);
    }

    private static <T extends Condition> void condition(
            String type, Class<T> javaType, ObjectCodec.Table<T, Slots> table) {
        CONDITIONS.put(type, table.build());
        CONDITION_TYPES.put(javaType, type);
    }

    /** A condition without properties, such as {@code always}. */
    private static <T extends Condition> void singleton(String type, String description, T instance) {
        @SuppressWarnings("unchecked")
        Class<T> javaType = (Class<T>) instance.getClass();
        condition(type, javaType, table(description, s -> instance));
    }

    private static <T extends Condition> T combined(Slots slots, String typeName, Function<List<Condition>, T> make) {
        List<Condition> conditions = slots.get("conditions");
        return slots.require(!conditions.isEmpty(), "conditions", "must hold at least one condition")
                .checked(typeName, () -> make.apply(conditions));
    }
}
