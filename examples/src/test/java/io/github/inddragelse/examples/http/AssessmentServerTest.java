package io.github.inddragelse.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.json.Samples;
import io.github.inddragelse.model.assessment.Assessor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AssessmentServerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AssessmentServer server;
    private HttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = AssessmentServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Assessor.standard(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                64 * 1024);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_posted_case_is_answered_with_its_assessment() throws Exception {
        Samples.Sample sample = Samples.all().get(0);

        HttpResponse<String> response = send(post("assessments?asOf=2026-03-01", sample.json()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = MAPPER.readTree(response.body());
        assertThat(body.get("caseId").asText()).isEqualTo(sample.load().caseId());
        assertThat(body.get("asOf").asText()).isEqualTo("2026-03-01");
        assertThat(body.get("dimensions")).hasSize(12);
    }

    @Test
    void the_answer_is_an_assessment_document_in_the_published_format() throws Exception {
        Samples.Sample sample = Samples.all().get(0);

        HttpResponse<String> response = send(post("assessments?asOf=2026-03-01", sample.json()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(InddragelseJson.create().readAssessment(response.body()))
                .isEqualTo(Assessor.standard().assess(sample.load(), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void without_as_of_the_server_assesses_as_of_its_today() throws Exception {
        HttpResponse<String> response =
                send(post("assessments", Samples.all().get(1).json()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body()).get("asOf").asText()).isEqualTo(TODAY.toString());
    }

    @Test
    void a_bad_case_is_a_problem_document_with_pointer_line_and_column() throws Exception {
        String bad = "{\n  \"schemaVersion\": \"1.0\",\n  \"caseId\": \"sag-1\",\n  \"openedOn\": \"2026-13-01\"\n}";

        HttpResponse<String> response = send(post("assessments", bad));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = MAPPER.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo(AssessmentServer.INVALID_CASE);
        assertThat(problem.get("title").asText()).isEqualTo("Invalid case process");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains("problems");
        JsonNode openedOn = null;
        for (JsonNode e : problem.get("errors")) {
            assertThat(e.has("pointer") && e.has("line") && e.has("column") && e.has("detail"))
                    .isTrue();
            if (e.get("pointer").asText().equals("/openedOn")) {
                openedOn = e;
            }
        }
        assertThat(openedOn).isNotNull();
        assertThat(openedOn.get("line").asInt()).isEqualTo(4);
        assertThat(openedOn.get("column").asInt()).isEqualTo(15);
    }

    @Test
    void a_bad_as_of_is_a_problem() throws Exception {
        HttpResponse<String> response =
                send(post("assessments?asOf=yesterday", Samples.all().get(0).json()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).get("type").asText()).isEqualTo(AssessmentServer.INVALID_PARAMETER);
    }

    @Test
    void an_as_of_date_before_the_case_was_opened_is_a_problem_naming_both_dates() throws Exception {
        Samples.Sample sample = Samples.all().get(0);
        LocalDate opened = sample.load().openedOn();

        HttpResponse<String> response = send(post("assessments?asOf=" + opened.minusDays(1), sample.json()));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = MAPPER.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo(AssessmentServer.INVALID_PARAMETER);
        assertThat(problem.get("detail").asText())
                .isEqualTo("asOf is " + opened.minusDays(1) + ", before the case was opened (" + opened
                        + "); a case can only be assessed as of its opening date or later.");
    }

    @Test
    void the_catalog_is_served_as_json() throws Exception {
        HttpResponse<String> response = send(request("catalog").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = MAPPER.readTree(response.body());
        assertThat(doc.get("elements")).hasSize(4);
        assertThat(doc.get("principles")).hasSize(8);
        assertThat(doc.has("rules") && doc.has("checklists")).isTrue();
    }

    @Test
    void a_wrong_method_is_405_with_allow() throws Exception {
        HttpResponse<String> get = send(request("assessments").GET().build());
        HttpResponse<String> post = send(post("catalog", "{}"));

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(MAPPER.readTree(get.body()).get("status").asInt()).isEqualTo(405);
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void an_unknown_path_is_404() throws Exception {
        HttpResponse<String> response = send(request("nothing/here").GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void a_body_over_the_limit_is_413() throws Exception {
        String big = "{\"pad\": \"" + "x".repeat(100 * 1024) + "\"}";

        HttpResponse<String> response = send(post("assessments", big));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(MAPPER.readTree(response.body()).get("title").asText()).isEqualTo("Content Too Large");
    }

    @Test
    void a_body_that_is_not_json_is_415() throws Exception {
        HttpResponse<String> response = send(request("assessments")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))
                .build());

        assertThat(response.statusCode()).isEqualTo(415);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(10));
    }

    private HttpRequest post(String path, String body) {
        return request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
