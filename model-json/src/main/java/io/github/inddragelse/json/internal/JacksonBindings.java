package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.inddragelse.json.JsonOptions;
import io.github.inddragelse.json.JsonReadException;
import io.github.inddragelse.json.LegalReferenceResolver;
import io.github.inddragelse.json.ProblemCode;
import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.CaseloadSummary;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.assessment.Finding;
import io.github.inddragelse.model.assessment.ItemScore;
import io.github.inddragelse.model.assessment.TrustGap;
import io.github.inddragelse.model.caseprocess.CaseEvent;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.caseprocess.LifeAreaAssessment;
import io.github.inddragelse.model.caseprocess.Participant;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.AnswerScale;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Condition;
import io.github.inddragelse.model.scoring.Score;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code InddragelseModule} registers with Jackson: mix-ins that bind the model types to the
 * format's hand-written serializers and deserializers, and code-based handling of the model's enums
 * and legal references wherever they appear in an application's own types. Opened to
 * jackson-databind, which instantiates the classes named in the mix-ins.
 */
public final class JacksonBindings {

    private JacksonBindings() {}

    /**
     * The mix-ins: model type to the mix-in class carrying its annotations.
     *
     * @return the mix-ins
     */
    public static Map<Class<?>, Class<?>> mixIns() {
        Map<Class<?>, Class<?>> mixIns = new LinkedHashMap<>();
        for (Binding b : BINDINGS) {
            mixIns.put(b.type(), b.readable() ? ModelMixin.class : WrittenOnlyMixin.class);
        }
        return mixIns;
    }

    /** Binds a model type to its table, for writing and reading. */
    @JsonSerialize(using = ModelSerializer.class)
    @JsonDeserialize(using = ModelDeserializer.class)
    public abstract static class ModelMixin {}

    /** Binds a model type that is written only to its table. */
    @JsonSerialize(using = ModelSerializer.class)
    public abstract static class WrittenOnlyMixin {}

    /** A model type bound through a mix-in, with the table that reads and writes it. */
    private record Binding(Class<?> type, ValueType<?> codec, String what, boolean readable) {
        Binding(Class<?> type, ValueType<?> codec, String what) {
            this(type, codec, what, true);
        }
    }

    private static final List<Binding> BINDINGS = List.of(
            new Binding(CaseProcess.class, CaseProcessCodec.CASE_PROCESS, "case-process"),
            new Binding(CaseEvent.class, CaseProcessCodec.EVENT, "case-event"),
            new Binding(Participant.class, CaseProcessCodec.PARTICIPANT, "participant"),
            new Binding(LifeAreaAssessment.class, CaseProcessCodec.LIFE_AREA_ASSESSMENT, "life-area-assessment"),
            new Binding(Checklist.class, ChecklistCodec.CHECKLIST, "checklist"),
            new Binding(ChecklistItem.class, ChecklistCodec.ITEM, "checklist-item"),
            new Binding(AnswerScale.class, ChecklistCodec.SCALE, "answer-scale"),
            new Binding(AnswerOption.class, ChecklistCodec.OPTION, "answer-option"),
            new Binding(Condition.class, ChecklistCodec.CONDITION, "condition"),
            new Binding(ChecklistResponse.class, ChecklistCodec.RESPONSE, "checklist-response"),
            new Binding(Assessment.class, AssessmentCodec.ASSESSMENT, "assessment"),
            new Binding(DimensionScore.class, AssessmentCodec.DIMENSION_SCORE, "dimension-score"),
            new Binding(Score.class, AssessmentCodec.SCORE, "score"),
            new Binding(Finding.class, AssessmentCodec.FINDING, "finding"),
            new Binding(ItemScore.class, AssessmentCodec.ITEM_SCORE, "item-score"),
            new Binding(TrustGap.class, AssessmentCodec.TRUST_GAP, "trust-gap"),
            new Binding(CaseloadSummary.class, AssessmentCodec.CASELOAD_SUMMARY, "caseload-summary", false),
            new Binding(CaseloadSummary.DimensionSummary.class, AssessmentCodec.DIMENSION_SUMMARY, "dimension-summary"),
            new Binding(CaseloadSummary.RuleCount.class, AssessmentCodec.RULE_COUNT, "rule-count"));

    private static Binding binding(Class<?> type) {
        for (Binding b : BINDINGS) {
            if (b.type().isAssignableFrom(type)) {
                return b;
            }
        }
        throw new IllegalArgumentException("not a bound model type: " + type.getName());
    }

    /** Writes any bound model value with its format table. */
    public static final class ModelSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public ModelSerializer() {
            super(Object.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            ((ValueType<Object>) binding(value.getClass()).codec()).write(generator, value);
        }
    }

    /**
     * Reads a bound model value with its format table, reporting every problem in one {@link
     * JsonReadException} (pointers relative to the value). The options are taken from the context
     * attribute {@code JsonOptions.class} when set, else the defaults. Made for the type asked for, so
     * that reading {@code Meeting.class} refuses another kind of event.
     */
    public static final class ModelDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final transient Binding binding;

        /** Creates the deserializer; Jackson makes one per type through {@link #createContextual}. */
        public ModelDeserializer() {
            this(Object.class, null);
        }

        private ModelDeserializer(Class<?> type, Binding binding) {
            super(type);
            this.binding = binding;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            Class<?> type = context.getContextualType().getRawClass();
            return new ModelDeserializer(type, binding(type));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Reading reading = new Reading(options(context), 0);
            Source copy;
            try {
                copy = Transcript.copy(parser, reading);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Object value = copy == null ? null : Documents.readCopy(binding.codec(), copy, reading);
            if (value != null && !handledType().isInstance(value)) {
                String property = ((Discriminated<?>) binding.codec()).property();
                long[] at =
                        Locations.find(copy, Documents.copies(), copy.start(), copy.end(), List.of(List.of(property)));
                reading.error(
                        ProblemCode.WRONG_TYPE,
                        "/" + property,
                        at[0],
                        "expected " + handledType().getSimpleName() + ", found another " + property);
            }
            if (reading.failed()) {
                throw new JsonReadException(binding.what(), reading.errors());
            }
            return value;
        }
    }

    static JsonOptions options(DeserializationContext context) {
        return context.getAttribute(JsonOptions.class) instanceof JsonOptions given ? given : JsonOptions.defaults();
    }

    /** Whether a class is one of the model's own enums or legal references. */
    private static boolean modelType(Class<?> type) {
        return type.getPackageName().startsWith("io.github.inddragelse.model");
    }

    /**
     * Serializers for the model's enums (as their codes) and legal references (as their code) inside
     * an application's own types.
     *
     * @return the serializers
     */
    public static Serializers serializers() {
        return new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(
                    SerializationConfig config, JavaType type, BeanDescription description) {
                Class<?> raw = type.getRawClass();
                if (raw.isEnum() && Labelled.class.isAssignableFrom(raw) && modelType(raw)) {
                    return CodeSerializer.INSTANCE;
                }
                if (LegalReference.class.isAssignableFrom(raw)) {
                    return ReferenceSerializer.INSTANCE;
                }
                return null;
            }
        };
    }

    /**
     * Deserializers for the model's enums (from their codes) and legal references (from their code,
     * resolved with the context's {@code JsonOptions}).
     *
     * @return the deserializers
     */
    public static Deserializers deserializers() {
        return new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findEnumDeserializer(
                    Class<?> type, DeserializationConfig config, BeanDescription description) {
                if (Labelled.class.isAssignableFrom(type) && modelType(type)) {
                    return new CodeDeserializer(type);
                }
                return null;
            }

            @Override
            public JsonDeserializer<?> findBeanDeserializer(
                    JavaType type, DeserializationConfig config, BeanDescription description) {
                return type.getRawClass() == LegalReference.class ? new ReferenceDeserializer() : null;
            }
        };
    }

    /** Writes a model enum as its code. */
    static final class CodeSerializer extends StdSerializer<Labelled> {
        private static final long serialVersionUID = 1L;
        static final CodeSerializer INSTANCE = new CodeSerializer();

        private CodeSerializer() {
            super(Labelled.class);
        }

        @Override
        public void serialize(Labelled value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.code());
        }
    }

    /** Reads a model enum from its code. */
    static final class CodeDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, Object> byCode = new LinkedHashMap<>();

        CodeDeserializer(Class<?> type) {
            super(type);
            for (Object constant : type.getEnumConstants()) {
                byCode.put(((Labelled) constant).code(), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            Object found = byCode.get(parser.getText());
            if (found == null) {
                return context.handleWeirdStringValue(
                        handledType(), parser.getText(), "not one of the codes " + String.join(", ", byCode.keySet()));
            }
            return found;
        }
    }

    /** Writes a legal reference as its code. */
    static final class ReferenceSerializer extends StdSerializer<LegalReference> {
        private static final long serialVersionUID = 1L;
        static final ReferenceSerializer INSTANCE = new ReferenceSerializer();

        private ReferenceSerializer() {
            super(LegalReference.class);
        }

        @Override
        public void serialize(LegalReference value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.code());
        }
    }

    /** Reads a legal reference from its code. */
    static final class ReferenceDeserializer extends StdDeserializer<LegalReference> {
        private static final long serialVersionUID = 1L;

        ReferenceDeserializer() {
            super(LegalReference.class);
        }

        @Override
        public LegalReference deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LegalReference) context.handleUnexpectedToken(LegalReference.class, parser);
            }
            String code = parser.getText();
            LegalReferenceResolver resolver = options(context).legalReferences();
            LegalReference found = resolver.resolve(code).orElse(null);
            if (found == null) {
                Set<String> codes = resolver.codes();
                return (LegalReference) context.handleWeirdStringValue(
                        LegalReference.class,
                        code,
                        codes.isEmpty()
                                ? "not a known legal-reference code"
                                : "not one of the codes " + String.join(", ", codes));
            }
            return found;
        }
    }
}
