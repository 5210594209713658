package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.inddragelse.json.ProblemCode;
import java.io.IOException;

/**
 * Reads JSON tokens from a Jackson streaming parser into a {@link Node} tree, recording where every
 * value starts. Enforces the nesting and string-length limits of the options itself, so the error is
 * a {@link ProblemCode#LIMIT_EXCEEDED} with a pointer, line and column; turns Jackson's syntax errors
 * into {@link ProblemCode#MALFORMED_JSON} without quoting the input. Duplicate property names are
 * reported and the first value is kept.
 */
public final class TreeParser {

    private final JsonParser parser;
    private final Reading reading;
    private final int maxDepth;
    private final int maxString;
    private Path current = Path.ROOT;

    private TreeParser(JsonParser parser, Reading reading) {
        this.parser = parser;
        this.reading = reading;
        this.maxDepth = reading.options().maxNestingDepth();
        this.maxString = reading.options().maxStringLength();
    }

    /**
     * Reads a whole document: one value and nothing after it.
     *
     * @param parser a parser positioned before the first token
     * @param reading where problems go
     * @return the root value, or null if the document could not be read (the problem is recorded)
     * @throws IOException if the source cannot be read
     */
    public static Node readDocument(JsonParser parser, Reading reading) throws IOException {
        TreeParser tree = new TreeParser(parser, reading);
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                reading.error(ProblemCode.MALFORMED_JSON, Path.ROOT, 1, 1, "the document is empty");
                return null;
            }
            Node root = tree.value(first, 1);
            tree.current = Path.ROOT;
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                reading.error(
                        ProblemCode.MALFORMED_JSON,
                        Path.ROOT,
                        at.getLineNr(),
                        at.getColumnNr(),
                        "unexpected content after the end of the document");
                return null;
            }
            return root;
        } catch (Abort | JsonProcessingException e) {
            tree.report(e);
            return null;
        }
    }

    /**
     * Reads the value at the parser's current token, leaving the parser on its last token; for use
     * inside a Jackson deserializer.
     *
     * @param parser a parser whose current token starts the value
     * @param reading where problems go
     * @return the value, or null if it could not be read (the problem is recorded)
     * @throws IOException if the source cannot be read
     */
    public static Node readCurrentValue(JsonParser parser, Reading reading) throws IOException {
        TreeParser tree = new TreeParser(parser, reading);
        try {
            return tree.value(parser.currentToken(), 1);
        } catch (Abort | JsonProcessingException e) {
            tree.report(e);
            return null;
        }
    }

    private void report(Exception e) {
        if (e instanceof Abort) {
            return; // already recorded
        }
        JsonLocation at = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                ? jpe.getLocation()
                : parser.currentLocation();
        if (e instanceof StreamConstraintsException) {
            reading.error(
                    ProblemCode.LIMIT_EXCEEDED,
                    current,
                    at.getLineNr(),
                    at.getColumnNr(),
                    "a property name, string or number is longer than the reading limits allow");
        } else {
            String message = e instanceof JsonEOFException
                    ? "the document ends unexpectedly"
                    : "the document is not well-formed JSON at this position";
            reading.error(ProblemCode.MALFORMED_JSON, current, at.getLineNr(), at.getColumnNr(), message);
        }
    }

    private Node value(JsonToken token, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT:
                checkDepth(depth, line, column);
                return object(Node.object(line, column), depth);
            case START_ARRAY:
                checkDepth(depth, line, column);
                return array(Node.array(line, column), depth);
            case VALUE_STRING:
                return Node.string(text(line, column), line, column);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Node.number(parser.getText(), line, column);
            case VALUE_TRUE:
                return Node.bool(true, line, column);
            case VALUE_FALSE:
                return Node.bool(false, line, column);
            case VALUE_NULL:
                return Node.scalar(Node.Type.NULL, line, column);
            default:
                reading.error(
                        ProblemCode.MALFORMED_JSON, current, line, column, "the document is not well-formed JSON");
                throw Abort.INSTANCE;
        }
    }

    private Node object(Node object, int depth) throws IOException {
        Path here = current;
        JsonToken token;
        while (true) {
            current = here; // a syntax error before the next name belongs to the object
            token = parser.nextToken();
            if (token != JsonToken.FIELD_NAME) {
                break;
            }
            JsonLocation at = parser.currentTokenLocation();
            String name = parser.currentName();
            current = here.property(name);
            if (name.length() > maxString) {
                tooLong(at.getLineNr(), at.getColumnNr(), "property name");
            }
            Node child = value(parser.nextToken(), depth + 1);
            if (!object.putMember(name, child, at.getLineNr(), at.getColumnNr())) {
                reading.error(
                        ProblemCode.MALFORMED_JSON,
                        current,
                        at.getLineNr(),
                        at.getColumnNr(),
                        "duplicate property; the first one is used");
            }
        }
        current = here;
        expectEnd(token, JsonToken.END_OBJECT);
        return object;
    }

    private Node array(Node array, int depth) throws IOException {
        Path here = current;
        JsonToken token;
        int index = 0;
        while (true) {
            current = here; // a syntax error between items belongs to the array
            token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                break;
            }
            current = here.item(index++);
            array.addItem(value(token, depth + 1));
        }
        current = here;
        expectEnd(token, JsonToken.END_ARRAY);
        return array;
    }

    private void expectEnd(JsonToken token, JsonToken expected) {
        if (token != expected) {
            JsonLocation at = parser.currentLocation();
            reading.error(
                    ProblemCode.MALFORMED_JSON,
                    current,
                    at.getLineNr(),
                    at.getColumnNr(),
                    "the document ends unexpectedly");
            throw Abort.INSTANCE;
        }
    }

    private String text(int line, int column) throws IOException {
        String text;
        try {
            text = parser.getText();
        } catch (StreamConstraintsException e) {
            tooLong(line, column, "string");
            throw Abort.INSTANCE;
        }
        if (text.length() > maxString) {
            tooLong(line, column, "string");
        }
        return text;
    }

    private void tooLong(int line, int column, String what) {
        reading.error(
                ProblemCode.LIMIT_EXCEEDED,
                current,
                line,
                column,
                "the " + what + " is longer than the limit of " + maxString + " characters");
        throw Abort.INSTANCE;
    }

    private void checkDepth(int depth, int line, int column) {
        if (depth > maxDepth) {
            reading.error(
                    ProblemCode.LIMIT_EXCEEDED,
                    current,
                    line,
                    column,
                    "arrays and objects are nested deeper than the limit of " + maxDepth);
            throw Abort.INSTANCE;
        }
    }

    /** Unwinds the parse after a problem that ends it has been recorded. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Abort INSTANCE = new Abort();

        private Abort() {
            super("reading aborted", null, false, false);
        }
    }
}
