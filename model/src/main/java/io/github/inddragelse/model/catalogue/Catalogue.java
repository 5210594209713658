package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A versioned catalogue of the dimensions an assessment scores (the elements of Borgeren i centrum
 * and the eight recovery principles) and the legal references rules cite. Replace it with a newer
 * version without code changes: rules and checklist items refer to dimensions by id only.
 *
 * <pre>{@code
 * Catalogue catalogue = StandardCatalogue.get();
 * Dimension followUp = catalogue.dimension("p7-follow-up").orElseThrow();
 * }</pre>
 */
@Value.Immutable
public abstract class Catalogue {

    /**
     * The catalogue id, for example {@code inddragelse-standard}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The catalogue version, for example {@code 2026.1}.
     *
     * @return the version
     */
    public abstract String version();

    /**
     * The elements of Borgeren i centrum, in order.
     *
     * @return the elements
     */
    public abstract List<Dimension> elements();

    /**
     * The principles of recovery-oriented rehabilitation, in order.
     *
     * @return the principles
     */
    public abstract List<Dimension> principles();

    /**
     * The legal references rules and dimensions may cite.
     *
     * @return the legal references
     */
    public abstract List<LegalReference> legalReferences();

    /**
     * Every dimension: the elements, then the principles.
     *
     * @return the dimensions in order
     */
    @Value.Derived
    @Value.Auxiliary
    public List<Dimension> dimensions() {
        List<Dimension> all = new ArrayList<>(elements());
        all.addAll(principles());
        return List.copyOf(all);
    }

    @Value.Derived
    @Value.Auxiliary
    Map<String, Dimension> dimensionsById() {
        // Keeps the first of duplicate ids so that check() can report them as violations.
        return dimensions().stream()
                .collect(Collectors.toUnmodifiableMap(Dimension::id, Function.identity(), (first, duplicate) -> first));
    }

    @Value.Derived
    @Value.Auxiliary
    Map<String, LegalReference> referencesByCode() {
        return legalReferences().stream()
                .collect(Collectors.toUnmodifiableMap(
                        LegalReference::code, Function.identity(), (first, duplicate) -> first));
    }

    /**
     * Looks up a dimension by id.
     *
     * @param id the dimension id
     * @return the dimension, or empty if the catalogue has none with that id
     */
    public Optional<Dimension> dimension(String id) {
        return Optional.ofNullable(dimensionsById().get(id));
    }

    /**
     * Looks up a legal reference by code.
     *
     * @param code the code, for example {@code fvl-19}
     * @return the reference, or empty if the catalogue has none with that code
     */
    public Optional<LegalReference> legalReference(String code) {
        return Optional.ofNullable(referencesByCode().get(code));
    }

    @Value.Check
    void check() {
        Checks checks = Checks.of("Catalogue");
        checks.require(!id().isBlank(), "id", "must not be blank");
        checks.require(!version().isBlank(), "version", "must not be blank");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < elements().size(); i++) {
            Dimension d = elements().get(i);
            checks.require(d.kind() == DimensionKind.ELEMENT, "elements[" + i + "].kind", "must be element");
            checks.require(ids.add(d.id()), "elements[" + i + "].id", "duplicate dimension id '" + d.id() + "'");
        }
        for (int i = 0; i < principles().size(); i++) {
            Dimension d = principles().get(i);
            checks.require(d.kind() == DimensionKind.PRINCIPLE, "principles[" + i + "].kind", "must be principle");
            checks.require(ids.add(d.id()), "principles[" + i + "].id", "duplicate dimension id '" + d.id() + "'");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < legalReferences().size(); i++) {
            String code = legalReferences().get(i).code();
            checks.require(codes.add(code), "legalReferences[" + i + "].code", "duplicate code '" + code + "'");
        }
        checks.throwIfAny();
    }

    @Override
    public String toString() {
        return "Catalogue{" + id() + " " + version() + ", " + elements().size() + " elements, "
                + principles().size() + " principles, " + legalReferences().size() + " legal references}";
    }

    /**
     * Starts building a catalogue.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Catalogue}. */
    public static final class Builder extends ImmutableCatalogue.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public Catalogue build() {
            return io.github.inddragelse.model.internal.Checks.built("Catalogue", super::build);
        }
    }
}
