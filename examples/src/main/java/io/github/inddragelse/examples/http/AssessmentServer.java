package io.github.inddragelse.examples.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.inddragelse.examples.catalog.CatalogJson;
import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.json.JsonProblem;
import io.github.inddragelse.json.JsonReadException;
import io.github.inddragelse.model.Violation;
import io.github.inddragelse.model.assessment.Assessment;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP endpoint on the JDK's built-in {@link HttpServer}, no framework needed:
 *
 * <ul>
 *   <li>{@code POST /assessments[?asOf=2026-06-01]} with a case-process JSON document answers {@code
 *       200} with the assessment as JSON in model-json's published {@code ASSESSMENT} format (schema
 *       {@code io/github/inddragelse/json/schema/assessment-1.0.schema.json}, read back with {@code
 *       InddragelseJson.readAssessment}); {@code asOf} defaults to the server's today.
 *   <li>{@code GET /catalog} answers the catalogue, rules and checklists as JSON.
 * </ul>
 *
 * <p>Errors are RFC 9457 problem documents ({@code application/problem+json} with {@code type},
 * {@code title}, {@code status}, {@code detail}): a case that cannot be read answers {@code 400} with
 * an {@code errors} array of {@code pointer}, {@code line}, {@code column} and {@code detail}; an
 * {@code asOf} that is not a date, or is before the case was opened, {@code 400}; a wrong
 * method {@code 405} (with {@code Allow}); an unknown path {@code 404}; a body over the limit {@code
 * 413}; a body that is not JSON {@code 415}. Problem details never quote the case.
 *
 * <pre>{@code
 * try (AssessmentServer server = AssessmentServer.start(
 *         new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080),
 *         Assessor.standard(), Clock.systemDefaultZone(), AssessmentServer.DEFAULT_MAX_BODY_BYTES)) {
 *     System.out.println("Listening on " + server.uri());
 *     ...
 * }
 * }</pre>
 *
 * <p>Run it with {@code java -cp examples/target/inddragelse.jar
 * io.github.inddragelse.examples.http.AssessmentServer 8080} and try {@code curl -s
 * localhost:8080/catalog}.
 */
public final class AssessmentServer implements AutoCloseable {

    /** The default limit on a request body: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    /** The media type of problem documents. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The problem type of a case that cannot be read. */
    public static final String INVALID_CASE = "tag:inddragelse.github.io,2026:problem/invalid-case";

    /** The problem type of a query parameter that cannot be read. */
    public static final String INVALID_PARAMETER = "tag:inddragelse.github.io,2026:problem/invalid-parameter";

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Assessor assessor;
    private final Clock clock;
    private final int maxBodyBytes;
    private final InddragelseJson json = InddragelseJson.create();
    private final byte[] catalog;

    private AssessmentServer(HttpServer server, ExecutorService executor, Assessor assessor, Clock clock, int max) {
        this.server = server;
        this.executor = executor;
        this.assessor = assessor;
        this.clock = clock;
        this.maxBodyBytes = max;
        this.catalog = CatalogJson.write(assessor).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Starts a server.
     *
     * @param address where to listen; port 0 picks a free port
     * @param assessor the assessor to use
     * @param clock the clock for the default as-of date
     * @param maxBodyBytes the largest request body accepted
     * @return the running server
     * @throws IOException if the address cannot be bound
     */
    public static AssessmentServer start(InetSocketAddress address, Assessor assessor, Clock clock, int maxBodyBytes)
            throws IOException {
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(clock, "clock");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1");
        }
        HttpServer http = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "inddragelse-http");
            t.setDaemon(true);
            return t;
        });
        AssessmentServer server = new AssessmentServer(http, executor, assessor, clock, maxBodyBytes);
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    /**
     * Starts a server on 127.0.0.1 with the standard assessor and answers until stopped.
     *
     * @param args the port (8080 unless given)
     * @throws IOException if the port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        AssessmentServer server = start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                Assessor.standard(),
                Clock.systemDefaultZone(),
                DEFAULT_MAX_BODY_BYTES);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("Inddragelse listening on " + server.uri() + " (POST /assessments, GET /catalog)");
    }

    /**
     * The server's base address, for example {@code http://127.0.0.1:54321/}.
     *
     * @return the base URI
     */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/");
    }

    /** Stops the server at once and ends its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            switch (path) {
                case "/assessments" -> {
                    if (method.equals("POST")) {
                        assess(exchange);
                    } else {
                        methodNotAllowed(exchange, "POST");
                    }
                }
                case "/catalog" -> {
                    if (method.equals("GET") || method.equals("HEAD")) {
                        send(exchange, 200, "application/json", catalog);
                    } else {
                        methodNotAllowed(exchange, "GET, HEAD");
                    }
                }
                default -> problem(exchange, 404, "about:blank", "Not Found", "No resource at " + safe(path) + ".");
            }
        } catch (RuntimeException e) {
            LOG.warn("Request failed: {}", e.getClass().getName());
            problem(exchange, 500, "about:blank", "Internal Server Error", "The request could not be handled.");
        }
    }

    private void assess(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && !isJson(type)) {
            problem(
                    exchange,
                    415,
                    "about:blank",
                    "Unsupported Media Type",
                    "Send the case process as application/json.");
            return;
        }
        Optional<LocalDate> asOf;
        try {
            asOf = asOf(exchange.getRequestURI().getRawQuery());
        } catch (DateTimeParseException e) {
            problem(
                    exchange,
                    400,
                    INVALID_PARAMETER,
                    "Invalid query parameter",
                    "asOf must be a date like 2026-06-01.");
            return;
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parseLong(length) > maxBodyBytes) {
            discard(exchange.getRequestBody());
            tooLarge(exchange);
            return;
        }
        Optional<byte[]> body = readBody(exchange.getRequestBody());
        if (body.isEmpty()) {
            tooLarge(exchange);
            return;
        }
        CaseProcess process;
        try {
            process = json.readCase(body.get());
        } catch (JsonReadException e) {
            invalidCase(exchange, e.problems());
            return;
        }
        LocalDate date = asOf.orElseGet(() -> LocalDate.now(clock));
        Optional<Violation> tooEarly = process.asOfViolation(date);
        if (tooEarly.isPresent()) {
            // the only argument left to refuse: an as-of date before the case was opened
            problem(
                    exchange,
                    400,
                    INVALID_PARAMETER,
                    "Invalid query parameter",
                    "asOf" + (asOf.isPresent() ? "" : " (the server's today)") + " "
                            + tooEarly.get().message() + ".");
            return;
        }
        Assessment assessment = assessor.assess(process, date);
        send(exchange, 200, "application/json", json.writeAssessment(assessment).getBytes(StandardCharsets.UTF_8));
    }

    private Optional<byte[]> readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > maxBodyBytes) {
                discard(in);
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }

    /** Reads and drops a bounded amount of an oversized body, so the client sees the 413 answer. */
    private void discard(InputStream in) throws IOException {
        long left = 2L * maxBodyBytes + 65_536;
        byte[] buffer = new byte[8192];
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private static Optional<LocalDate> asOf(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (name.equals("asOf")) {
                return Optional.of(LocalDate.parse(
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
            }
        }
        return Optional.empty();
    }

    private void invalidCase(HttpExchange exchange, List<JsonProblem> problems) throws IOException {
        ObjectNode doc = problemDocument(
                INVALID_CASE,
                "Invalid case process",
                400,
                problems.size() + (problems.size() == 1 ? " problem" : " problems")
                        + " in the case process; see errors.");
        ArrayNode errors = doc.putArray("errors");
        for (JsonProblem p : problems) {
            errors.addObject()
                    .put("pointer", p.pointer())
                    .put("line", p.line())
                    .put("column", p.column())
                    .put("code", p.code().code())
                    .put("detail", p.message());
        }
        send(exchange, 400, PROBLEM_JSON, bytes(doc));
    }

    private void tooLarge(HttpExchange exchange) throws IOException {
        problem(
                exchange,
                413,
                "about:blank",
                "Content Too Large",
                "The request body is larger than " + maxBodyBytes + " bytes.");
    }

    private static void methodNotAllowed(HttpExchange exchange, String allow) throws IOException {
        exchange.getResponseHeaders().set("Allow", allow);
        problem(exchange, 405, "about:blank", "Method Not Allowed", "Use " + allow + ".");
    }

    private static void problem(HttpExchange exchange, int status, String type, String title, String detail)
            throws IOException {
        send(exchange, status, PROBLEM_JSON, bytes(problemDocument(type, title, status, detail)));
    }

    private static ObjectNode problemDocument(String type, String title, int status, String detail) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("type", type).put("title", title).put("status", status).put("detail", detail);
        return doc;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String safe(String path) {
        String cut = path.length() > 80 ? path.substring(0, 80) + "…" : path;
        return cut.replaceAll("[^A-Za-z0-9/._~-]", "_");
    }
}
