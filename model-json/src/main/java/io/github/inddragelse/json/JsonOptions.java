package io.github.inddragelse.json;

import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import java.util.Objects;

/**
 * How {@link InddragelseJson} reads: whether unknown properties are allowed, the limits that protect
 * against oversized or hostile input, and how legal-reference codes are resolved. Immutable and
 * thread-safe; start from {@link #defaults()} or {@link #builder()}.
 *
 * <pre>{@code
 * JsonOptions options = JsonOptions.builder()
 *         .allowUnknownProperties(true)      // report them as warnings instead of errors
 *         .maxDocumentBytes(1024 * 1024)
 *         .build();
 * InddragelseJson json = InddragelseJson.create(options);
 * }</pre>
 *
 * <table>
 *   <caption>Options and defaults</caption>
 *   <tr><th>option</th><th>default</th></tr>
 *   <tr><td>{@link #allowUnknownProperties()}</td><td>false: an unknown property is an error</td></tr>
 *   <tr><td>{@link #maxDocumentBytes()}</td><td>8 MiB (8 388 608 bytes of UTF-8)</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64 nested arrays and objects</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>100 000 characters per string or property name</td></tr>
 *   <tr><td>{@link #maxEventsPerCase()}</td><td>10 000 events</td></tr>
 *   <tr><td>{@link #legalReferences()}</td><td>{@link LegalReferenceResolver#standard()}</td></tr>
 *   <tr><td>{@link #catalogue()}</td><td>{@link StandardCatalogue#get()}</td></tr>
 * </table>
 */
public final class JsonOptions {

    /** The default limit on the size of one document (or one NDJSON line): 8 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;
    /** The default limit on nested arrays and objects: 64. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The highest nesting limit that may be set: 1 000. */
    public static final int HIGHEST_MAX_NESTING_DEPTH = 1_000;
    /** The default limit on the length of one string: 100 000 characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
    /** The default limit on the events of one case: 10 000. */
    public static final int DEFAULT_MAX_EVENTS_PER_CASE = 10_000;

    private static final JsonOptions DEFAULTS = builder().build();

    private final boolean allowUnknownProperties;
    private final long maxDocumentBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxEventsPerCase;
    private final LegalReferenceResolver legalReferences;
    private final Catalogue catalogue;

    private JsonOptions(Builder b) {
        this.allowUnknownProperties = b.allowUnknownProperties;
        this.maxDocumentBytes = b.maxDocumentBytes;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxStringLength = b.maxStringLength;
        this.maxEventsPerCase = b.maxEventsPerCase;
        this.legalReferences = b.legalReferences;
        this.catalogue = b.catalogue;
    }

    /**
     * The default options: strict about unknown properties, default limits, standard legal references.
     *
     * @return the defaults
     */
    public static JsonOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts building options from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .allowUnknownProperties(allowUnknownProperties)
                .maxDocumentBytes(maxDocumentBytes)
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxEventsPerCase(maxEventsPerCase)
                .legalReferences(legalReferences)
                .catalogue(catalogue);
    }

    /**
     * Whether unknown properties are accepted. If false (the default), each one is an {@link
     * ProblemCode#UNKNOWN_PROPERTY} error; if true, each one is a warning in {@link
     * ReadResult#warnings()} and is otherwise ignored.
     *
     * @return true if unknown properties are let through as warnings
     */
    public boolean allowUnknownProperties() {
        return allowUnknownProperties;
    }

    /**
     * The largest document read, in bytes of UTF-8; for NDJSON, the largest line.
     *
     * @return the limit in bytes
     */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * The deepest nesting of arrays and objects; the document's root object is depth 1.
     *
     * @return the limit
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * The longest string value or property name, in characters.
     *
     * @return the limit
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * The most events one case process may have.
     *
     * @return the limit
     */
    public int maxEventsPerCase() {
        return maxEventsPerCase;
    }

    /**
     * How legal-reference codes are resolved.
     *
     * @return the resolver
     */
    public LegalReferenceResolver legalReferences() {
        return legalReferences;
    }

    /**
     * The catalogue dimension ids are resolved against: the dimensions of an assessment, the
     * dimensions a checklist item serves. An id the catalogue does not know is an {@link
     * ProblemCode#UNKNOWN_CODE} error.
     *
     * @return the catalogue
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonOptions other
                && allowUnknownProperties == other.allowUnknownProperties
                && maxDocumentBytes == other.maxDocumentBytes
                && maxNestingDepth == other.maxNestingDepth
                && maxStringLength == other.maxStringLength
                && maxEventsPerCase == other.maxEventsPerCase
                && legalReferences.equals(other.legalReferences)
                && catalogue.equals(other.catalogue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                allowUnknownProperties,
                maxDocumentBytes,
                maxNestingDepth,
                maxStringLength,
                maxEventsPerCase,
                legalReferences,
                catalogue);
    }

    @Override
    public String toString() {
        return "JsonOptions{allowUnknownProperties=" + allowUnknownProperties + ", maxDocumentBytes="
                + maxDocumentBytes + ", maxNestingDepth=" + maxNestingDepth + ", maxStringLength="
                + maxStringLength + ", maxEventsPerCase=" + maxEventsPerCase + ", legalReferences="
                + legalReferences + ", catalogue=" + catalogue.id() + " " + catalogue.version() + "}";
    }

    /** Builds {@link JsonOptions}; every setter checks its value at once. */
    public static final class Builder {
        private boolean allowUnknownProperties;
        private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxEventsPerCase = DEFAULT_MAX_EVENTS_PER_CASE;
        private LegalReferenceResolver legalReferences = LegalReferenceResolver.standard();
        private Catalogue catalogue = StandardCatalogue.get();

        private Builder() {}

        /**
         * Sets whether unknown properties are let through as warnings.
         *
         * @param allow true to accept them as warnings, false (the default) to reject them
         * @return this
         */
        public Builder allowUnknownProperties(boolean allow) {
            this.allowUnknownProperties = allow;
            return this;
        }

        /**
         * Sets the largest document (or NDJSON line) read, in bytes of UTF-8.
         *
         * @param bytes at least 1
         * @return this
         */
        public Builder maxDocumentBytes(long bytes) {
            this.maxDocumentBytes = positive(bytes, "maxDocumentBytes");
            return this;
        }

        /**
         * Sets the deepest nesting of arrays and objects.
         *
         * @param depth 1 to {@value #HIGHEST_MAX_NESTING_DEPTH}
         * @return this
         */
        public Builder maxNestingDepth(int depth) {
            if (depth > HIGHEST_MAX_NESTING_DEPTH) {
                throw new IllegalArgumentException("maxNestingDepth must be at most " + HIGHEST_MAX_NESTING_DEPTH);
            }
            this.maxNestingDepth = (int) positive(depth, "maxNestingDepth");
            return this;
        }

        /**
         * Sets the longest string value or property name, in characters.
         *
         * @param length at least 1
         * @return this
         */
        public Builder maxStringLength(int length) {
            this.maxStringLength = (int) positive(length, "maxStringLength");
            return this;
        }

        /**
         * Sets the most events one case process may have.
         *
         * @param events at least 1
         * @return this
         */
        public Builder maxEventsPerCase(int events) {
            this.maxEventsPerCase = (int) positive(events, "maxEventsPerCase");
            return this;
        }

        /**
         * Sets how legal-reference codes are resolved.
         *
         * @param resolver the resolver, for example {@link LegalReferenceResolver#of(java.util.Collection)}
         * @return this
         */
        public Builder legalReferences(LegalReferenceResolver resolver) {
            this.legalReferences = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Sets the catalogue dimension ids are resolved against. Its legal references are not used
         * unless also passed to {@link #legalReferences(LegalReferenceResolver)}, for example as
         * {@code LegalReferenceResolver.of(catalogue)}.
         *
         * @param catalogue the catalogue
         * @return this
         */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public JsonOptions build() {
            return new JsonOptions(this);
        }

        private static long positive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return value;
        }
    }
}
