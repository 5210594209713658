package io.github.inddragelse.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inddragelse.json.InddragelseJson;
import io.github.inddragelse.json.JsonProblem;
import io.github.inddragelse.json.JsonReadException;
import io.github.inddragelse.model.assessment.Assessor;
import io.github.inddragelse.model.caseprocess.CaseProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Property 4: a valid JSON case document damaged at random (bytes dropped or inserted, truncated,
 * fields renamed or removed, values swapped between fields or replaced, nesting deepened, keys
 * duplicated) is read either into a valid case, which the standard assessor then assesses without
 * trouble, or into model-json's own {@link JsonReadException}, whose message holds no free text;
 * never another exception, and never a hang (each read is bounded and the property fails with
 * "hang" when a read does not end).
 */
class JsonMutationProperties {

    /**
     * Free text, with a space as real free text has: an id-shaped word swapped into an id field is an
     * id from then on, and ids are named in messages by design.
     */
    private static final String SENTINEL = "SENTINEL c0ffee";

    private static final InddragelseJson JSON = InddragelseJson.create();
    private static final ObjectMapper TREE = new ObjectMapper();
    private static final Assessor ASSESSOR = Assessor.standard();
    /** A bound on one read: far above any normal read, so that only a hang reaches it. */
    private static final long READ_LIMIT_SECONDS = 30;

    private static ExecutorService reader;

    @BeforeContainer
    static void startReader() {
        reader = Executors.newSingleThreadExecutor();
    }

    @AfterContainer
    static void stopReader() {
        reader.shutdownNow();
    }

    /** Ways to damage a document; tree mutations are skipped while the bytes are not JSON. */
    enum Kind {
        DROP_BYTES,
        INSERT_BYTES,
        TRUNCATE,
        RENAME_FIELD,
        REMOVE_FIELD,
        SWAP_VALUES,
        REPLACE_VALUE,
        DEEPEN,
        DUPLICATE_KEY
    }

    /**
     * One mutation; {@code a}, {@code b} and {@code c} pick the place and the variant.
     *
     * @param kind the kind of damage
     * @param a the first choice
     * @param b the second choice
     * @param c the third choice
     */
    record Mutation(Kind kind, int a, int b, int c) {}

    @Property(tries = 1000)
    @StatisticsReport(label = "outcome", format = Histogram.class)
    void a_damaged_case_document_reads_into_a_valid_case_or_into_a_json_read_exception(
            @ForAll CaseUnderTest generated, @ForAll boolean pretty, @ForAll("mutations") List<Mutation> mutations)
            throws InterruptedException {
        CaseProcess process = FreeText.fill(generated.process(), SENTINEL);
        String written = pretty ? JSON.writeCasePretty(process) : JSON.writeCase(process);
        byte[] document = written.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            document = apply(m, document);
        }
        byte[] input = document;
        // Both ends must be reached often enough for the property to mean something.
        Statistics.label("outcome").coverage(c -> {
            c.check("valid case").count(n -> n > 0);
            c.check("read exception").percentage(p -> p > 50);
        });
        Future<CaseProcess> read = reader.submit(() -> JSON.readCase(input));
        CaseProcess result;
        try {
            result = read.get(READ_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            throw new AssertionError("hang: reading the document did not end after " + mutations);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof JsonReadException)) {
                throw new AssertionError(
                        "reading a damaged document threw " + cause.getClass().getName() + " after " + mutations,
                        cause);
            }
            checkReported((JsonReadException) cause);
            Statistics.label("outcome").collect("read exception");
            return;
        }
        Statistics.label("outcome").collect("valid case");
        assertThat(CaseProcess.builder().from(result).build()).isEqualTo(result);
        AssessmentProperties.checkWellFormed(ASSESSOR.assess(result, CaseUnderTest.defaultAsOf(result)));
    }

    private static void checkReported(JsonReadException e) {
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).doesNotContain(SENTINEL);
        for (JsonProblem p : e.problems()) {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.pointer()).isNotNull();
            assertThat(p.message()).doesNotContain(SENTINEL);
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> choice = Arbitraries.integers().between(0, 1_000_000);
        return Combinators.combine(Arbitraries.of(Kind.class), choice, choice, choice)
                .as(Mutation::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }

    // ---- the mutations ------------------------------------------------------------------------

    /** Byte sequences to insert: structure, escapes, numbers at the edges, and bytes that are not UTF-8. */
    private static final List<byte[]> INSERTS = List.of(
            b("{"),
            b("}"),
            b("["),
            b("]"),
            b("\""),
            b(","),
            b(":"),
            b("\\"),
            b("null"),
            b("1e999999"),
            b("-0"),
            b("\\ud800"),
            b("/*"),
            new byte[] {0},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

    /** Values to put in place of another: every JSON type, edge numbers, odd dates and periods. */
    private static final List<JsonNode> VALUES = List.of(
            JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.booleanNode(true),
            JsonNodeFactory.instance.numberNode(0),
            JsonNodeFactory.instance.numberNode(-1),
            JsonNodeFactory.instance.numberNode(1.5e308),
            JsonNodeFactory.instance.numberNode(new BigInteger("123456789012345678901234567890")),
            JsonNodeFactory.instance.textNode(""),
            JsonNodeFactory.instance.textNode(" "),
            JsonNodeFactory.instance.textNode("9999-99-99"),
            JsonNodeFactory.instance.textNode("-999999999-01-01"),
            JsonNodeFactory.instance.textNode("P-1D"),
            JsonNodeFactory.instance.textNode("P999999999Y"),
            JsonNodeFactory.instance.textNode("x".repeat(2000)),
            JsonNodeFactory.instance.arrayNode(),
            JsonNodeFactory.instance.objectNode());

    private static byte[] apply(Mutation m, byte[] document) {
        switch (m.kind()) {
            case DROP_BYTES: {
                if (document.length == 0) {
                    return document;
                }
                int at = m.a() % document.length;
                int end = Math.min(document.length, at + 1 + m.b() % 8);
                return concat(Arrays.copyOfRange(document, 0, at), Arrays.copyOfRange(document, end, document.length));
            }
            case INSERT_BYTES: {
                int at = m.a() % (document.length + 1);
                return concat(
                        Arrays.copyOfRange(document, 0, at),
                        INSERTS.get(m.b() % INSERTS.size()),
                        Arrays.copyOfRange(document, at, document.length));
            }
            case TRUNCATE:
                return Arrays.copyOf(document, document.length == 0 ? 0 : m.a() % document.length);
            case DUPLICATE_KEY: {
                List<Integer> opens = new ArrayList<>();
                for (int i = 0; i < document.length; i++) {
                    if (document[i] == '{') {
                        opens.add(i + 1);
                    }
                }
                if (opens.isEmpty()) {
                    return document;
                }
                int at = opens.get(m.a() % opens.size());
                byte[] key = b(m.b() % 2 == 0 ? "\"id\":\"dup-1\"," : "\"caseId\":\"dup-1\",");
                return concat(
                        Arrays.copyOfRange(document, 0, at), key, Arrays.copyOfRange(document, at, document.length));
            }
            default:
                return onTree(m, document);
        }
    }

    /** A mutation of the parsed tree; the document unchanged if it no longer parses. */
    private static byte[] onTree(Mutation m, byte[] document) {
        JsonNode root;
        try {
            root = TREE.readTree(document);
        } catch (IOException e) {
            return document;
        }
        if (root == null) {
            return document;
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        List<Slot> fields = new ArrayList<>();
        for (Slot s : slots) {
            if (s.field != null) {
                fields.add(s);
            }
        }
        if (slots.isEmpty()) {
            return document;
        }
        Slot slot = slots.get(m.a() % slots.size());
        switch (m.kind()) {
            case RENAME_FIELD: {
                if (fields.isEmpty()) {
                    return document;
                }
                Slot f = fields.get(m.a() % fields.size());
                String other = fields.get(m.c() % fields.size()).field;
                String renamed;
                switch (m.b() % 4) {
                    case 0:
                        renamed = f.field + "x";
                        break;
                    case 1:
                        renamed = f.field.isEmpty()
                                ? "X"
                                : Character.toUpperCase(f.field.charAt(0)) + f.field.substring(1);
                        break;
                    case 2:
                        renamed = other;
                        break;
                    default:
                        renamed = "";
                        break;
                }
                ObjectNode parent = (ObjectNode) f.parent;
                JsonNode value = parent.remove(f.field);
                parent.set(renamed, value);
                break;
            }
            case REMOVE_FIELD: {
                if (fields.isEmpty()) {
                    return document;
                }
                Slot f = fields.get(m.a() % fields.size());
                ((ObjectNode) f.parent).remove(f.field);
                break;
            }
            case SWAP_VALUES: {
                Slot other = slots.get(m.b() % slots.size());
                JsonNode first = slot.get().deepCopy();
                JsonNode second = other.get().deepCopy();
                slot.set(second);
                other.set(first);
                break;
            }
            case REPLACE_VALUE:
                slot.set(VALUES.get(m.b() % VALUES.size()));
                break;
            case DEEPEN: {
                JsonNode value = slot.get().deepCopy();
                int levels = 1 + m.b() % 100;
                for (int i = 0; i < levels; i++) {
                    value = m.c() % 2 == 0
                            ? JsonNodeFactory.instance.arrayNode().add(value)
                            : JsonNodeFactory.instance.objectNode().set("v", value);
                }
                slot.set(value);
                break;
            }
            default:
                throw new IllegalStateException("not a tree mutation: " + m.kind());
        }
        try {
            return TREE.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the mutated tree", e);
        }
    }

    /** A place in the tree that holds a value: a field of an object or an element of an array. */
    private static final class Slot {
        final JsonNode parent;
        final String field;
        final int index;

        Slot(JsonNode parent, String field, int index) {
            this.parent = parent;
            this.field = field;
            this.index = index;
        }

        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                slots.add(new Slot(node, name, -1));
                collect(node.get(name), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
