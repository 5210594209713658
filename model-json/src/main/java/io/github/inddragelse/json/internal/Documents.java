package io.github.inddragelse.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.inddragelse.json.JsonOptions;
import io.github.inddragelse.json.ProblemCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Parses and writes whole documents with one Jackson factory configured for the options in force.
 * Thread-safe: the factory is, and every read has its own {@link Reading}.
 */
public final class Documents {

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** The factory for copies of values read by an application's {@code ObjectMapper}: no limits. */
    private static final JsonFactory COPIES = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxDocumentLength(-1)
                    .build())
            .build();

    private final JsonFactory factory;

    /**
     * Creates the factory for some options. Jackson's own limits are set just above the options'
     * limits, so that the library's checks (with their pointer, line and column) come first.
     *
     * @param options the options
     */
    public Documents(JsonOptions options) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(options.maxNestingDepth() + 1)
                        .maxStringLength(saturatedPlusOne(options.maxStringLength()))
                        .maxNameLength(saturatedPlusOne(options.maxStringLength()))
                        .maxDocumentLength(-1)
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    private static int saturatedPlusOne(int value) {
        return value == Integer.MAX_VALUE ? value : value + 1;
    }

    /**
     * Reads the value of a source, binding it as the parser goes.
     *
     * @param type the type of the root value
     * @param source the document
     * @param reading where problems go
     * @param <T> the type read
     * @return the value, or null if a problem was recorded
     */
    public <T> T read(ValueType<T> type, Source source, Reading reading) {
        T value = read(factory, type, source, reading);
        return reading.failed() ? null : value;
    }

    /**
     * Reads the value of a source with the factory for copies made by a {@link Transcript}, which
     * sets no limits of its own: the original was read under the application's.
     *
     * @param type the type of the root value
     * @param copy the copy
     * @param reading where problems go
     * @param <T> the type read
     * @return the value, or null if a problem was recorded that kept it from being built (it may be
     *     built despite an unknown property)
     */
    static <T> T readCopy(ValueType<T> type, Source copy, Reading reading) {
        return read(COPIES, type, copy, reading);
    }

    /** The factory for copies made by a {@link Transcript}. */
    static JsonFactory copies() {
        return COPIES;
    }

    private static <T> T read(JsonFactory factory, ValueType<T> type, Source source, Reading reading) {
        try (Cursor in = Cursor.open(source, factory, reading)) {
            if (in.next() == null) {
                reading.error(ProblemCode.MALFORMED_JSON, "", 1, 1, "the document is empty");
                return null;
            }
            T value = type.read(in);
            if (in.next() != null) {
                reading.syntaxError(
                        ProblemCode.MALFORMED_JSON, "", in.mark(), "unexpected content after the end of the document");
                reading.abort();
                return null;
            }
            return value;
        } catch (Cursor.Abort e) {
            if (source.bytes()) {
                // The JSON itself is bad. Jackson's byte parser places some syntax errors a byte or two
                // away from where its character parser does, and checks some limits in another order;
                // the character parser's findings are the ones reported. Read the document again as
                // characters.
                reading.restart();
                return read(factory, type, source.decoded(), reading);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the document is in memory
        }
    }

    /**
     * Writes a value as a compact or indented document.
     *
     * @param type the type
     * @param value the value
     * @param pretty whether to indent
     * @param <T> the type written
     * @return the JSON text
     */
    public <T> String write(ValueType<T> type, T value, boolean pretty) {
        StringWriter out = new StringWriter();
        write(type, value, out, pretty);
        return out.toString();
    }

    /**
     * Writes a value to a writer, without closing it.
     *
     * @param type the type
     * @param value the value
     * @param out where to write
     * @param pretty whether to indent
     * @param <T> the type written
     */
    public <T> void write(ValueType<T> type, T value, Writer out, boolean pretty) {
        try (JsonGenerator generator = factory.createGenerator(out)) {
            write(type, value, generator, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a value to a stream as UTF-8, without closing it.
     *
     * @param type the type
     * @param value the value
     * @param out where to write
     * @param pretty whether to indent
     * @param <T> the type written
     */
    public <T> void write(ValueType<T> type, T value, OutputStream out, boolean pretty) {
        try (JsonGenerator generator = factory.createGenerator(out)) {
            write(type, value, generator, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void write(ValueType<T> type, T value, JsonGenerator generator, boolean pretty)
            throws IOException {
        if (pretty) {
            generator.setPrettyPrinter(newPrettyPrinter());
        }
        type.write(generator, value);
    }

    private static PrettyPrinter newPrettyPrinter() {
        return PRETTY.createInstance();
    }
}
