package io.github.inddragelse.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import io.github.inddragelse.json.internal.JacksonBindings;
import java.util.Map;

/**
 * A Jackson {@link Module} that binds the Inddragelse model to its versioned JSON format, for
 * applications that already use an {@code ObjectMapper}. Registered in {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module} (and in {@code module-info}), so {@code
 * ObjectMapper.findAndRegisterModules()} finds it.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new InddragelseModule());
 * String json = mapper.writeValueAsString(process);
 * CaseProcess back = mapper.readValue(json, CaseProcess.class);
 * }</pre>
 *
 * <p>What it registers:
 *
 * <ul>
 *   <li>mix-ins binding the model to hand-written serializers and deserializers: the same formats,
 *       byte for byte, as {@link InddragelseJson} writes, and the same strict reading. Bound are
 *       {@code CaseProcess}, every {@code CaseEvent} kind, {@code Participant}, {@code
 *       LifeAreaAssessment}; {@code Checklist}, {@code ChecklistItem}, {@code AnswerScale}, {@code
 *       AnswerOption}, every {@code Condition}, {@code ChecklistResponse}; {@code Assessment},
 *       {@code DimensionScore}, {@code Score}, {@code Finding}, {@code ItemScore}, {@code TrustGap};
 *       and, for writing only, {@code CaseloadSummary} with its {@code DimensionSummary} and {@code
 *       RuleCount};
 *   <li>the model's enumerations written and read as their stable codes ({@code "follow-up"}) and
 *       legal references as their code ({@code "sel-85"}), also inside an application's own types.
 * </ul>
 *
 * <p>A bad document makes the deserializer throw a {@link JsonReadException} with every problem,
 * pointers relative to the value read; Jackson may wrap it in its own exception when the value sits
 * inside another. Options (unknown properties, limits, legal references) are taken from the context
 * attribute {@code JsonOptions.class} when set, else {@link JsonOptions#defaults()} (the catalogue
 * that dimension ids of assessments and checklists are resolved against is one of them):
 *
 * <pre>{@code
 * CaseProcess lenient = mapper.readerFor(CaseProcess.class)
 *         .withAttribute(JsonOptions.class, JsonOptions.builder().allowUnknownProperties(true).build())
 *         .readValue(json);
 * }</pre>
 *
 * <p>Warnings are not reported through Jackson, and the document-size limit does not apply (the
 * {@code ObjectMapper}'s own {@code StreamReadConstraints} do); use {@link InddragelseJson} for those.
 */
public final class InddragelseModule extends Module {

    /** Creates the module. */
    public InddragelseModule() {}

    @Override
    public String getModuleName() {
        return "InddragelseModule";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        for (Map.Entry<Class<?>, Class<?>> mixIn : JacksonBindings.mixIns().entrySet()) {
            context.setMixInAnnotations(mixIn.getKey(), mixIn.getValue());
        }
        context.addSerializers(JacksonBindings.serializers());
        context.addDeserializers(JacksonBindings.deserializers());
    }
}
