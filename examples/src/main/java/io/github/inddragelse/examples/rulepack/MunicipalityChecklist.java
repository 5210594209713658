package io.github.inddragelse.examples.rulepack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Labelled;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.checklist.AnswerOption;
import io.github.inddragelse.model.checklist.AnswerScale;
import io.github.inddragelse.model.checklist.Checklist;
import io.github.inddragelse.model.checklist.ChecklistItem;
import io.github.inddragelse.model.checklist.OptionKind;
import io.github.inddragelse.model.checklist.Perspective;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Eksempelkommune's own citizen checklist, kept as JSON in {@code
 * io/github/inddragelse/examples/rulepack/eksempelkommune-borger.json} so the municipality can edit
 * its questions without code. The file has the checklist's {@code id}, {@code version}, {@code
 * perspective} and {@code title}, its answer {@code scales}, and {@code items} that name a scale by
 * id and the dimensions they serve.
 *
 * <pre>{@code
 * Checklist own = MunicipalityChecklist.load();
 * Assessor assessor = Assessor.builder().standardContent().loadRulePacks().addChecklist(own).build();
 * }</pre>
 */
public final class MunicipalityChecklist {

    /** The resource the checklist is loaded from. */
    public static final String RESOURCE = "eksempelkommune-borger.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MunicipalityChecklist() {}

    /**
     * Loads the municipality's checklist from the jar.
     *
     * @return the checklist
     */
    public static Checklist load() {
        try (InputStream in = MunicipalityChecklist.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a checklist in the same format.
     *
     * @param json the JSON text
     * @return the checklist
     * @throws InvalidModelException listing every problem, each with the JSON pointer of the value
     */
    public static Checklist parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new InvalidModelException("Checklist", List.of(new Violation("", "is not valid JSON" + where)));
        }
        Reader r = new Reader();
        Checklist.Builder checklist = Checklist.builder();
        r.string(root.path("id"), "/id").ifPresent(checklist::id);
        r.string(root.path("version"), "/version").ifPresent(checklist::version);
        r.code(root.path("perspective"), "/perspective", Perspective.values()).ifPresent(checklist::perspective);
        r.text(root.path("title"), "/title").ifPresent(checklist::title);
        Map<String, AnswerScale> scales = new HashMap<>();
        JsonNode scaleNodes = root.path("scales");
        for (int i = 0; i < scaleNodes.size(); i++) {
            r.scale(scaleNodes.get(i), "/scales/" + i).ifPresent(s -> scales.put(s.id(), s));
        }
        JsonNode items = root.path("items");
        if (!items.isArray() || items.isEmpty()) {
            r.problem("/items", "must be a non-empty array");
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i);
            String at = "/items/" + i;
            ChecklistItem.Builder item = ChecklistItem.builder();
            r.string(node.path("id"), at + "/id").ifPresent(item::id);
            r.text(node.path("question"), at + "/question").ifPresent(item::question);
            r.string(node.path("scale"), at + "/scale").ifPresent(id -> {
                AnswerScale scale = scales.get(id);
                if (scale == null) {
                    r.problem(at + "/scale", "names no scale in /scales ('" + id + "')");
                } else {
                    item.scale(scale);
                }
            });
            JsonNode dims = node.path("dimensions");
            for (int d = 0; d < dims.size(); d++) {
                r.string(dims.path(d), at + "/dimensions/" + d).ifPresent(item::addDimensions);
            }
            if (node.has("weight")) {
                item.weight(node.get("weight").asDouble());
            }
            r.build(() -> checklist.addItems(item.build()), at);
        }
        return r.finish(checklist);
    }

    /** Collects every problem with its JSON pointer. */
    private static final class Reader {
        private final List<Violation> problems = new ArrayList<>();

        void problem(String pointer, String message) {
            problems.add(new Violation(pointer, message));
        }

        Optional<String> string(JsonNode n, String pointer) {
            if (!n.isTextual() || n.asText().isBlank()) {
                problem(pointer, "must be a non-blank string");
                return Optional.empty();
            }
            return Optional.of(n.asText());
        }

        Optional<Text> text(JsonNode n, String pointer) {
            if (!n.path("da").isTextual() || !n.path("en").isTextual()) {
                problem(pointer, "must be an object with strings da and en");
                return Optional.empty();
            }
            return Optional.of(Text.of(n.get("da").asText(), n.get("en").asText()));
        }

        <E extends Enum<E> & Labelled> Optional<E> code(JsonNode n, String pointer, E[] values) {
            return string(n, pointer).flatMap(code -> {
                for (E v : values) {
                    if (v.code().equals(code)) {
                        return Optional.of(v);
                    }
                }
                problem(pointer, "unknown code '" + code + "'");
                return Optional.empty();
            });
        }

        Optional<AnswerScale> scale(JsonNode node, String at) {
            AnswerScale.Builder scale = AnswerScale.builder();
            string(node.path("id"), at + "/id").ifPresent(scale::id);
            JsonNode options = node.path("options");
            for (int i = 0; i < options.size(); i++) {
                JsonNode o = options.get(i);
                String oat = at + "/options/" + i;
                AnswerOption.Builder option = AnswerOption.builder();
                string(o.path("code"), oat + "/code").ifPresent(option::code);
                text(o.path("label"), oat + "/label").ifPresent(option::label);
                text(o.path("anchor"), oat + "/anchor").ifPresent(option::anchor);
                if (o.has("kind")) {
                    code(o.path("kind"), oat + "/kind", OptionKind.values()).ifPresent(option::kind);
                }
                if (o.has("points")) {
                    option.points(o.get("points").asDouble());
                }
                build(() -> scale.addOptions(option.build()), oat);
            }
            AnswerScale[] built = new AnswerScale[1];
            build(() -> built[0] = scale.build(), at);
            return Optional.ofNullable(built[0]);
        }

        void build(Runnable step, String at) {
            if (!problems.isEmpty()) {
                return;
            }
            try {
                step.run();
            } catch (InvalidModelException e) {
                e.violations().forEach(v -> problem(at + "/" + v.path().replace('.', '/'), v.message()));
            } catch (IllegalStateException e) {
                problem(at, "is missing a required property");
            }
        }

        Checklist finish(Checklist.Builder checklist) {
            Checklist[] built = new Checklist[1];
            build(() -> built[0] = checklist.build(), "");
            if (!problems.isEmpty()) {
                throw new InvalidModelException("Checklist", problems);
            }
            return built[0];
        }
    }
}
