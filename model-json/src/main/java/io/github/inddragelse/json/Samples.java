package io.github.inddragelse.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import io.github.inddragelse.model.catalogue.TargetGroup;
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
 * They are the built-in default caseload of the command-line tool and handy in tests and demos.
 *
 * <pre>{@code
 * List<CaseProcess> caseload = Samples.caseload();
 * CaseProcess flawed = Samples.named("handicap-intellektuel-afslag-uden-partshoering").orElseThrow().load();
 * }</pre>
 *
 * <p>The files are under {@value #FOLDER} in the jar, listed in {@code index.json} there.
 */
public final class Samples {

    /** Where the samples are inside the jar. */
    public static final String FOLDER = "io/github/inddragelse/json/samples/";

    private static final List<Sample> ALL = loadIndex();

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
            try (InputStream in = open(resource)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Reads the sample into the model.
         *
         * @return the case process
         */
        public CaseProcess load() {
            try (InputStream in = open(resource)) {
                return InddragelseJson.create().readCase(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Samples.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException("the sample " + resource + " is missing from the jar");
        }
        return in;
    }

    private static List<Sample> loadIndex() {
        JsonNode index;
        try (InputStream in = open(FOLDER + "index.json")) {
            index = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Sample> samples = new ArrayList<>();
        for (JsonNode s : index.path("samples")) {
            String group = s.path("targetGroup").asText();
            List<String> traits = new ArrayList<>();
            s.path("traits").forEach(t -> traits.add(t.asText()));
            samples.add(new Sample(
                    s.path("name").asText(),
                    FOLDER + s.path("resource").asText(),
                    Arrays.stream(TargetGroup.values())
                            .filter(g -> g.code().equals(group))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("unknown target group in the sample index")),
                    s.path("exemplary").asBoolean(),
                    Text.of(
                            s.path("title").path("da").asText(),
                            s.path("title").path("en").asText()),
                    traits));
        }
        return List.copyOf(samples);
    }
}
