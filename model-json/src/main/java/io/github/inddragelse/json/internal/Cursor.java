package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.inddragelse.json.ProblemCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Walks the tokens of a Jackson parser for the readers, which bind values straight from it with no
 * tree in between. Where it is, the parser's own contexts say (the property name or array index at
 * every level); they are made into a JSON pointer only when a problem is recorded. The cursor only
 * counts how deeply it is nested and keeps the context of the current level, taken at the start and
 * end of each array and object, so that a parser that fails half-way into a token cannot shift the
 * pointer. It takes a mark (a cheap {@code long}) where a problem may later need a position.
 *
 * <p>Enforces, for every value whether it is bound or skipped, the nesting and string-length limits
 * of the options, so that the problem is a {@link ProblemCode#LIMIT_EXCEEDED} at the value; reports
 * repeated property names (the first is kept, the rest skipped); turns Jackson's syntax errors into
 * {@link ProblemCode#MALFORMED_JSON} without quoting the input. A problem with the JSON itself ends
 * the read: it is recorded, the read {@linkplain Reading#abort() aborted}, and {@link Abort} thrown.
 *
 * <p>A cursor on a {@link Source} marks tokens by their offset in it; one on any other parser (a
 * value inside a document an application's {@code ObjectMapper} reads) marks them by the parser's own
 * line and column.
 */
public final class Cursor implements AutoCloseable {

    private final JsonParser parser;
    private final ParserBase offsets;
    private final boolean guessing;
    private final Source source;
    private final JsonFactory factory;
    private final long base;
    private final Reading reading;
    private final int maxDepth;
    private final int maxString;
    /** The cursor this one reads a value of again, whose path leads to that value; or null. */
    private final Cursor outer;
    /** How deeply the value this cursor starts on is nested in the outer cursor: its levels. */
    private final int floor;

    private JsonToken token;
    private int textOffset;
    private int textLength;
    private int depth;
    /** The parser's context of the level {@link #depth}: the array or object the cursor is in. */
    private JsonStreamContext context;

    private Guesses guesses;

    private Cursor(
            JsonParser parser,
            Source source,
            JsonFactory factory,
            long base,
            Reading reading,
            Cursor outer,
            int depth) {
        this.parser = parser;
        this.offsets = source != null && parser instanceof ParserBase pb ? pb : null;
        // Only Jackson's byte parser is asked to guess names: bytes whose JSON is bad are read again
        // as characters, token by token.
        this.guessing = source != null && source.bytes();
        this.source = source;
        this.factory = factory;
        this.base = base;
        this.reading = reading;
        this.maxDepth = reading.options().maxNestingDepth();
        this.maxString = reading.options().maxStringLength();
        this.outer = outer;
        this.floor = depth;
        this.depth = depth;
        this.context = parser.getParsingContext();
    }

    /**
     * Opens a cursor before the first token of a whole source.
     *
     * @param source the document
     * @param factory makes the parser
     * @param reading where problems go; its positions are set to the source's
     * @return the cursor
     * @throws IOException if Jackson cannot start the parser
     */
    static Cursor open(Source source, JsonFactory factory, Reading reading) throws IOException {
        reading.positions(source);
        JsonParser parser = source.open(factory, source.start(), source.end());
        return new Cursor(parser, source, factory, source.start(), reading, null, 0);
    }

    /**
     * A cursor on another parser, whose current token starts the value to read; marks are the
     * parser's lines and columns.
     *
     * @param parser the parser
     * @param reading where problems go; its positions are set to {@link Positions#PACKED}
     * @return the cursor, on the parser's current token
     */
    static Cursor onCurrentToken(JsonParser parser, Reading reading) {
        reading.positions(Positions.PACKED);
        Cursor cursor = new Cursor(parser, null, null, 0, reading, null, 0);
        JsonToken first = parser.currentToken();
        if (first == null || first == JsonToken.FIELD_NAME || first.isStructEnd()) {
            cursor.token = first;
            reading.syntaxError(ProblemCode.MALFORMED_JSON, "", cursor.mark(), "the document is not well-formed JSON");
            throw cursor.abort();
        }
        cursor.accept(first);
        return cursor;
    }

    /**
     * A cursor on the value that has just ended (the current token closes it), positioned before its
     * first token, with the same path; for reading it a second time. Close it after use; this cursor
     * must not move until then, as the new one's pointers start with this one's path.
     *
     * @param start the mark of the value's first token
     * @return the cursor
     */
    Cursor again(long start) {
        try {
            JsonParser again = source.open(factory, (int) start, (int) mark() + 1);
            Cursor cursor = new Cursor(again, source, factory, start, reading, this, depth);
            cursor.guesses = guesses;
            return cursor;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where problems go.
     *
     * @return the reading
     */
    Reading reading() {
        return reading;
    }

    /** The document under a cursor on a source, or null. */
    Source source() {
        return source;
    }

    /** The factory that opened the parser of a cursor on a source, or null. */
    JsonFactory factory() {
        return factory;
    }

    /**
     * The current token.
     *
     * @return the token, null before the first and after the last
     */
    JsonToken token() {
        return token;
    }

    /**
     * Moves to the next token.
     *
     * @return the token, or null at the end of the input
     * @throws Abort if the JSON is not well-formed or exceeds a limit (the problem is recorded)
     */
    JsonToken next() {
        JsonToken next;
        try {
            next = parser.nextToken();
        } catch (IOException e) {
            throw failure(e, errorPointer());
        }
        accept(next);
        return next;
    }

    /**
     * Moves to the next member of the object the cursor is in.
     *
     * @return true on a property name, false on the end of the object
     */
    boolean nextMember() {
        return next() == JsonToken.FIELD_NAME;
    }

    /**
     * Moves to the next member of the object the cursor is in, guessing its name. With bytes, Jackson
     * then only compares the bytes of the name with the guess, instead of looking the name up; a
     * wrong guess costs little more than no guess.
     *
     * @param guess the name expected, written as Jackson's serialized string; null for no guess
     * @return 1 on a property name that is the guess, 0 on another property name, -1 on the end of
     *     the object
     */
    int nextMember(SerializableString guess) {
        if (!guessing || guess == null) {
            return nextMember() ? 0 : -1;
        }
        boolean match;
        try {
            match = parser.nextFieldName(guess);
        } catch (IOException e) {
            throw failure(e, errorPointer());
        }
        if (match) {
            token = JsonToken.FIELD_NAME;
            if (guess.charLength() > maxString) {
                throw tooLong("property name");
            }
            return 1;
        }
        accept(parser.currentToken());
        return token == JsonToken.FIELD_NAME ? 0 : -1;
    }

    /**
     * The guesses of the next property names a reader of an object type has learned in this read,
     * for {@link #nextMember(SerializableString)}.
     *
     * @param reader the reader
     * @param hash its identity hash code
     * @param first its guesses before anything is learned
     * @return the guesses learned; the first guesses (not to be changed) if none are yet; null if this
     *     cursor does not guess
     */
    int[] guesses(Object reader, int hash, int[] first) {
        if (!guessing) {
            return null;
        }
        int[] learned = guesses == null ? null : guesses.find(reader, hash);
        return learned != null ? learned : first;
    }

    /**
     * Starts learning the guesses of a reader, after its first wrong guess in this read.
     *
     * @param reader the reader
     * @param hash its identity hash code
     * @param first its guesses before anything is learned, which are not changed
     * @return a copy of them for the reader to update
     */
    int[] learn(Object reader, int hash, int[] first) {
        if (guesses == null) {
            guesses = new Guesses();
        }
        return guesses.learn(reader, hash, first);
    }

    /**
     * Moves to the next item of the array the cursor is in.
     *
     * @return true on the first token of an item, false on the end of the array
     */
    boolean nextItem() {
        return next() != JsonToken.END_ARRAY;
    }

    /**
     * Takes the next token: counts the levels, checks the limits. Small, so that it is inlined where
     * tokens are read.
     */
    private void accept(JsonToken next) {
        if (next == null) {
            end();
            return;
        }
        token = next;
        int id = next.id();
        if (id >= JsonTokenId.ID_STRING && id <= JsonTokenId.ID_NULL) {
            return;
        }
        switch (id) {
            case JsonTokenId.ID_FIELD_NAME:
                if (context.getCurrentName().length() > maxString) {
                    throw tooLong("property name");
                }
                return;
            case JsonTokenId.ID_END_OBJECT:
            case JsonTokenId.ID_END_ARRAY:
                depth--;
                context = parser.getParsingContext();
                return;
            case JsonTokenId.ID_START_OBJECT:
            case JsonTokenId.ID_START_ARRAY:
                depth++;
                context = parser.getParsingContext();
                if (depth > maxDepth) {
                    throw tooDeep();
                }
                return;
            default:
                throw notWellFormed();
        }
    }

    private void end() {
        if (depth > 0) {
            reading.syntaxError(
                    ProblemCode.MALFORMED_JSON,
                    errorPointer(),
                    mark(parser.currentLocation()),
                    "the document ends unexpectedly");
            throw abort();
        }
        token = null;
    }

    private Abort notWellFormed() {
        reading.syntaxError(ProblemCode.MALFORMED_JSON, pointer(), mark(), "the document is not well-formed JSON");
        return abort();
    }

    private Abort tooDeep() {
        reading.syntaxError(
                ProblemCode.LIMIT_EXCEEDED,
                pointer(),
                mark(),
                "arrays and objects are nested deeper than the limit of " + maxDepth);
        return abort();
    }

    /**
     * The property name the cursor is on.
     *
     * @return the name
     */
    String name() {
        return context.getCurrentName();
    }

    /**
     * The string the cursor is on, checked against the length limit.
     *
     * @return the text
     */
    String text() {
        String text;
        try {
            text = parser.getText();
        } catch (IOException e) {
            throw failure(e, null);
        }
        if (text.length() > maxString) {
            throw tooLong("string");
        }
        return text;
    }

    /**
     * The characters of the string the cursor is on, checked against the length limit, without
     * making a string of them; they stand in the returned buffer from {@link #textOffset()} for
     * {@link #textLength()} characters, until the cursor moves.
     *
     * @return the buffer
     */
    char[] textCharacters() {
        char[] chars;
        try {
            chars = parser.getTextCharacters();
            textOffset = parser.getTextOffset();
            textLength = parser.getTextLength();
        } catch (IOException e) {
            throw failure(e, null);
        }
        if (textLength > maxString) {
            throw tooLong("string");
        }
        return chars;
    }

    /**
     * Where the characters {@link #textCharacters()} returned start.
     *
     * @return the offset in the buffer
     */
    int textOffset() {
        return textOffset;
    }

    /**
     * How many characters {@link #textCharacters()} returned.
     *
     * @return the length
     */
    int textLength() {
        return textLength;
    }

    /**
     * The literal of the number the cursor is on, as written ({@code 62.5}, {@code 1e3}).
     *
     * @return the literal
     */
    String number() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw failure(e, null);
        }
    }

    /**
     * Skips the value the cursor is on, checking it as if it were read: limits, repeated names,
     * well-formedness. Leaves the cursor on its last token.
     */
    void skipValue() {
        if (token == JsonToken.START_OBJECT) {
            skipMembers(null);
        } else if (token == JsonToken.START_ARRAY) {
            while (nextItem()) {
                skipValue();
            }
        } else if (token == JsonToken.VALUE_STRING) {
            text();
        }
    }

    /**
     * Skips the remaining members of the object the cursor is in, up to its end.
     *
     * @param seen the names met in the object before, to report repeats of; null for none
     */
    void skipMembers(Set<String> seen) {
        Set<String> names = seen;
        while (nextMember()) {
            if (names == null) {
                names = new HashSet<>();
            }
            if (names.add(name())) {
                skipMember();
            } else {
                skipDuplicate();
            }
        }
    }

    /** Skips the value of the property the cursor is on. */
    void skipMember() {
        next();
        skipValue();
    }

    /**
     * Skips the value of the property the cursor is on, whose name repeats an earlier one, and then
     * reports the repeat: when the value is not well-formed, that is the only problem reported.
     */
    void skipDuplicate() {
        String pointer = pointer();
        long mark = mark();
        skipMember();
        reading.syntaxError(ProblemCode.MALFORMED_JSON, pointer, mark, "duplicate property; the first one is used");
    }

    /**
     * Records that the value the cursor is on has the wrong JSON type, and skips it.
     *
     * @param expected what it should be, for example {@code "a string"}
     */
    void wrongType(String expected) {
        reading.error(ProblemCode.WRONG_TYPE, pointer(), mark(), "expected " + expected + ", found " + found());
        skipValue();
    }

    /**
     * What the JSON type of the value the cursor is on is called in messages.
     *
     * @return for example {@code "a string"}
     */
    String found() {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            default:
                return "null";
        }
    }

    /**
     * Records an error about what the value (or property name) the cursor is on means.
     *
     * @param code the kind of problem
     * @param message what is wrong
     */
    void error(ProblemCode code, String message) {
        reading.error(code, pointer(), mark(), message);
    }

    /**
     * The mark of the current token: where it starts. For a property name, where the name starts.
     *
     * @return the mark
     */
    long mark() {
        if (token == JsonToken.FIELD_NAME || offsets == null) {
            return mark(parser.currentTokenLocation());
        }
        return base + offsets.getTokenCharacterOffset() - 1;
    }

    private long mark(JsonLocation at) {
        if (source == null) {
            return Positions.pack(at.getLineNr(), at.getColumnNr());
        }
        return base + (at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset());
    }

    /**
     * How deeply the current token is nested: 0 outside the root value.
     *
     * @return the number of arrays and objects open
     */
    int depth() {
        return depth;
    }

    /**
     * The JSON pointer of the value the cursor is on; at a property name, of that property; at the
     * end of an array or object, of that array or object.
     *
     * @return the pointer
     */
    String pointer() {
        boolean opening = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        return pointer(opening ? depth - 1 : depth);
    }

    /**
     * The JSON pointer of a property of the object that has just ended.
     *
     * @param name the property
     * @return the pointer
     */
    String pointer(String name) {
        StringBuilder sb = new StringBuilder(pointer());
        return appendName(sb, name).toString();
    }

    /** Where a syntax error in the next token belongs: the property just named, or the array or object. */
    private String errorPointer() {
        return pointer(token == JsonToken.FIELD_NAME ? depth : depth - 1);
    }

    private String pointer(int levels) {
        return appendPath(new StringBuilder(), levels).toString();
    }

    /**
     * Appends the steps of the path from the root down to a level: the outer cursor's steps up to
     * the value this cursor reads again, then the name or index of the current member of each level
     * of this one's.
     */
    private StringBuilder appendPath(StringBuilder sb, int levels) {
        if (outer != null) {
            outer.appendPath(sb, Math.min(levels, floor));
        }
        int own = levels - floor;
        if (own <= 0) {
            return sb;
        }
        JsonStreamContext level = context;
        for (int d = depth; d > levels; d--) {
            level = level.getParent();
        }
        JsonStreamContext[] steps = new JsonStreamContext[own];
        for (int i = own - 1; i >= 0; i--) {
            steps[i] = level;
            level = level.getParent();
        }
        for (JsonStreamContext step : steps) {
            if (step.inArray()) {
                sb.append('/').append(step.getCurrentIndex());
            } else {
                appendName(sb, step.getCurrentName());
            }
        }
        return sb;
    }

    /**
     * Appends a property name to a JSON pointer, escaped as RFC 6901 says.
     *
     * @param pointer the pointer so far
     * @param name the name
     * @return the pointer
     */
    static StringBuilder appendName(StringBuilder pointer, String name) {
        pointer.append('/');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '~') {
                pointer.append("~0");
            } else if (c == '/') {
                pointer.append("~1");
            } else {
                pointer.append(c);
            }
        }
        return pointer;
    }

    private Abort tooLong(String what) {
        reading.syntaxError(
                ProblemCode.LIMIT_EXCEEDED,
                pointer(),
                mark(),
                "the " + what + " is longer than the limit of " + maxString + " characters");
        return abort();
    }

    /**
     * What to throw when Jackson fails: for a problem with the JSON, {@link Abort} once it is
     * recorded; else the I/O failure, unchecked.
     *
     * @param e what Jackson threw
     * @param pointer where a problem in the next token belongs; null for the value the cursor is on,
     *     whose text was being read
     */
    private RuntimeException failure(IOException e, String pointer) {
        if (!(e instanceof JsonProcessingException problem)) {
            return new UncheckedIOException(e);
        }
        if (pointer == null) {
            return e instanceof StreamConstraintsException ? tooLong("string") : fail(problem, pointer());
        }
        return fail(problem, pointer);
    }

    private Abort fail(JsonProcessingException e, String pointer) {
        long at = mark(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
        if (e instanceof StreamConstraintsException) {
            reading.syntaxError(
                    ProblemCode.LIMIT_EXCEEDED,
                    pointer,
                    at,
                    "a property name, string or number is longer than the reading limits allow");
        } else {
            String message = e instanceof JsonEOFException
                    ? "the document ends unexpectedly"
                    : "the document is not well-formed JSON at this position";
            reading.syntaxError(ProblemCode.MALFORMED_JSON, pointer, at, message);
        }
        return abort();
    }

    private Abort abort() {
        reading.abort();
        return Abort.INSTANCE;
    }

    /** Unwinds the read after a problem that ends it has been recorded. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Abort INSTANCE = new Abort();

        private Abort() {
            super("reading aborted", null, false, false);
        }
    }
}
