package io.github.inddragelse.json;

import io.github.inddragelse.model.catalogue.Catalogue;
import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the legal-reference codes of a document ({@code "sel-85"}, {@code "fvl-19"}) into {@link
 * LegalReference}s. The {@linkplain #standard() standard} resolver knows {@link
 * LegalReferences#all()}; pass your own list or {@link Catalogue} to accept the references of a
 * custom catalogue. Implementations must be thread-safe.
 *
 * <pre>{@code
 * JsonOptions options = JsonOptions.builder()
 *         .legalReferences(LegalReferenceResolver.of(myCatalogue))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface LegalReferenceResolver {

    /**
     * Looks up a reference by its code.
     *
     * @param code the code found in the document
     * @return the reference, or empty if the code is not known
     */
    Optional<LegalReference> resolve(String code);

    /**
     * The codes this resolver knows, in a stable order. The reader lists them when a document holds a
     * code the resolver does not know, so that the author can see what is accepted. The resolvers made
     * by {@link #standard()} and the {@code of} methods list their codes; the default, used by a
     * resolver written as a lambda, is an empty set, meaning "cannot list", and the reader then names
     * only the unknown code's place.
     *
     * @return the known codes, or an empty set if this resolver cannot list them
     */
    default Set<String> codes() {
        return Set.of();
    }

    /**
     * The resolver for the references of the standard catalogue, {@link LegalReferences#all()}.
     *
     * @return the standard resolver
     */
    static LegalReferenceResolver standard() {
        return StandardResolver.INSTANCE;
    }

    /**
     * A resolver for a fixed list of references.
     *
     * @param references the references; their codes must be unique
     * @return a resolver that knows exactly these references
     * @throws IllegalArgumentException if two references share a code
     */
    static LegalReferenceResolver of(Collection<LegalReference> references) {
        Map<String, LegalReference> byCode = new LinkedHashMap<>();
        for (LegalReference reference : references) {
            if (byCode.putIfAbsent(reference.code(), reference) != null) {
                throw new IllegalArgumentException("two legal references share the code " + reference.code());
            }
        }
        return new ListedResolver(byCode);
    }

    /**
     * A resolver for the legal references of a catalogue.
     *
     * @param catalogue the catalogue
     * @return a resolver that knows the catalogue's references
     */
    static LegalReferenceResolver of(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        return of(catalogue.legalReferences());
    }
}

/** A resolver for a fixed list of references, which can list their codes in the list's order. */
final class ListedResolver implements LegalReferenceResolver {
    private final Map<String, LegalReference> byCode;
    private final Set<String> codes;

    /** @param byCode the references by code, in the order given */
    ListedResolver(Map<String, LegalReference> byCode) {
        this.byCode = Map.copyOf(byCode);
        this.codes = Collections.unmodifiableSet(new LinkedHashSet<>(byCode.keySet()));
    }

    @Override
    public Optional<LegalReference> resolve(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public Set<String> codes() {
        return codes;
    }

    @Override
    public String toString() {
        return "LegalReferenceResolver.of(" + codes.size() + " references)";
    }
}

/** The standard resolver, one shared instance. */
final class StandardResolver implements LegalReferenceResolver {
    static final StandardResolver INSTANCE = new StandardResolver();

    private final LegalReferenceResolver delegate = LegalReferenceResolver.of(LegalReferences.all());

    private StandardResolver() {}

    @Override
    public Optional<LegalReference> resolve(String code) {
        return delegate.resolve(code);
    }

    @Override
    public Set<String> codes() {
        return delegate.codes();
    }

    @Override
    public String toString() {
        return "LegalReferenceResolver.standard()";
    }
}
