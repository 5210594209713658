package io.github.inddragelse.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.catalogue.TargetGroup;
import io.github.inddragelse.model.checklist.ChecklistResponse;
import io.github.inddragelse.model.checklist.Perspective;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sample case processes shipped in this jar: invented cases (no real persons, pseudonymous ids,
 * Danish free text) across the target groups, exemplary and flawed, in the case-process format 1.0.
 * They are the built-in default caseload of the command-line tool and handy in tests and demos. One
 * of them also has sample checklist responses, one per perspective, answering the standard
 * checklists (format checklist-response 1.0).
 *
 * <pre>{@code
 * List<CaseProcess> caseload = Samples.caseload();
 * Sample flawed = Samples.named("handicap-intellektuel-afslag-uden-partshoering").orElseThrow();
 * List<ChecklistResponse> answers = flawed.responses().stream().map(ResponseSample::load).toList();
 * Assessment assessment = Assessor.standard().assess(flawed.load(), answers, LocalDate.of(2026, 6, 1));
 * }</pre>
 *
 * <p>The files are under {@value #FOLDER} in the jar (responses in its {@code responses/} folder),
 * listed in {@code index.json} there.
 */
public final class Samples {

    /** Where the samples are inside the jar. */
    public static final String FOLDER = "io/github/inddragelse/json/samples/";

    private static final JsonNode INDEX = readIndex();
    private static final List<Sample> ALL = loadSamples();
    private static final List<ResponseSample> RESPONSES = loadResponses();

    private Samples() {}

    /**
     * Every sample, in the order of the index.
     *
     * @return the samples
     */
    public static List<Sample> all() {
        return ALL;
    }

    /**
     * Looks up a sample by name.
     *
     * @param name the name, for example {@code udsatte-kun-sagsaabning}
     * @return the sample, if there is one with that name
     */
    public static Optional<Sample> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Every sample checklist response, in the order of the index.
     *
     * @return the response samples
     */
    public static List<ResponseSample> responses() {
        return RESPONSES;
    }

    /**
     * Every sample read into the model, in the order of the index.
     *
     * @return the case processes
     */
    public static List<CaseProcess> caseload() {
        return ALL.stream().map(Sample::load).toList();
    }

    /**
     * One sample case process.
     *
     * @param name a short, stable name, the file name without {@code .json}
     * @param resource the resource path inside the jar, without a leading slash
     * @param targetGroup the citizen's main target group
     * @param exemplary whether the case is meant as good practice (true) or shows flaws (false)
     * @param title what the sample shows, in Danish and English
     * @param traits kebab-case tags for what is notable in the case, good or bad, for example {@code
     *     rejection-without-hearing}; descriptive, not findings of the assessment engine
     */
    public record Sample(
            String name, String resource, TargetGroup targetGroup, boolean exemplary, Text title, List<String> traits) {

        /** Checks the parts and copies the traits. */
        public Sample {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(targetGroup, "targetGroup");
            Objects.requireNonNull(title, "title");
            traits = List.copyOf(traits);
        }

        /**
         * The sample's JSON text.
         *
         * @return the document
         */
        public String json() {
            return text(resource);
        }

        /**
         * Reads the sample into the model.
         *
         * @return the case process
         */
        public CaseProcess load() {
            return InddragelseJson.create().readCase(json());
        }

        /**
         * The sample checklist responses about this case, in the order of the index.
         *
         * @return the response samples, empty for most cases
         */
        public List<ResponseSample> responses() {
            return RESPONSES.stream().filter(r -> r.caseName().equals(name)).toList();
        }
    }

    /**
     * One sample checklist response: a respondent's answers to a standard checklist about a sample
     * case.
     *
     * @param name a short, stable name, the file name without {@code .json}
     * @param resource the resource path inside the jar, without a leading slash
     * @param caseName the {@link Sample#name() name} of the sample case the answers are about
     * @param perspective whose answers they are
     * @param title what the answers show, in Danish and English
     */
    public record ResponseSample(String name, String resource, String caseName, Perspective perspective, Text title) {

        /** Checks the parts. */
        public ResponseSample {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(caseName, "caseName");
            Objects.requireNonNull(perspective, "perspective");
            Objects.requireNonNull(title, "title");
        }

        /**
         * The response's JSON text.
         *
         * @return the document
         */
        public String json() {
            return text(resource);
        }

        /**
         * Reads the response into the model.
         *
         * @return the checklist response
         */
        public ChecklistResponse load() {
            return InddragelseJson.create().readResponse(json());
        }
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Samples.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException("the sample " + resource + " is missing from the jar");
        }
        return in;
    }

    private static JsonNode readIndex() {
        try (InputStream in = open(FOLDER + "index.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Sample> loadSamples() {
        List<Sample> samples = new ArrayList<>();
        for (JsonNode s : INDEX.path("samples")) {
            List<String> traits = new ArrayList<>();
            s.path("traits").forEach(t -> traits.add(t.asText()));
            samples.add(new Sample(
                    s.path("name").asText(),
                    FOLDER + s.path("resource").asText(),
                    code(TargetGroup.values(), s.path("targetGroup").asText()),
                    s.path("exemplary").asBoolean(),
                    title(s),
                    traits));
        }
        return List.copyOf(samples);
    }

    private static List<ResponseSample> loadResponses() {
        List<ResponseSample> responses = new ArrayList<>();
        for (JsonNode r : INDEX.path("responses")) {
            responses.add(new ResponseSample(
                    r.path("name").asText(),
                    FOLDER + r.path("resource").asText(),
                    r.path("case").asText(),
                    code(Perspective.values(), r.path("perspective").asText()),
                    title(r)));
        }
        return List.copyOf(responses);
    }

    private static Text title(JsonNode entry) {
        return Text.of(
                entry.path("title").path("da").asText(),
                entry.path("title").path("en").asText());
    }

    private static <E extends io.github.inddragelse.model.Labelled> E code(E[] values, String code) {
        return Arrays.stream(values)
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown code in the sample index"));
    }
}
