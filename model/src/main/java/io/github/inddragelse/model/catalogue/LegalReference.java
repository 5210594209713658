package io.github.inddragelse.model.catalogue;

import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A legal or source reference a rule cites: a provision of a law with what it requires and what kind
 * of duty it is. The standard ones are constants of {@link LegalReferences}.
 *
 * <pre>{@code
 * LegalReference hearing = LegalReferences.FVL_19;
 * String cited = hearing.citation(); // "FVL §19"
 * }</pre>
 */
@Value.Immutable
public abstract class LegalReference {

    /**
     * The stable code, for example {@code fvl-19} or {@code sel-141}.
     *
     * @return the code
     */
    public abstract String code();

    /**
     * The law or source.
     *
     * @return the law
     */
    public abstract Law law();

    /**
     * The provision within the law, for example {@code §19} or {@code §§22-24}; for good practice the
     * topic ({@code klart sprog}), for practice material the publisher and the work ({@code Social- og
     * Boligstyrelsen 2023}).
     *
     * @return the provision
     */
    public abstract String section();

    /**
     * What kind of duty this is.
     *
     * @return the legal kind
     */
    public abstract LegalKind kind();

    /**
     * A short title.
     *
     * @return the title in Danish and English
     */
    public abstract Text title();

    /**
     * What the provision requires, in one or two sentences.
     *
     * @return the duty in Danish and English
     */
    public abstract Text duty();

    /**
     * The short citation, as its {@link Law} cites it: for example {@code FVL §19}, {@code God
     * forvaltningsskik (klart sprog)} or {@code Social- og Boligstyrelsen 2023}.
     *
     * @return the citation
     */
    public String citation() {
        return law().cite(section());
    }

    @Value.Check
    void check() {
        Checks.of("LegalReference")
                .require(code().matches("[a-z0-9][a-z0-9.-]*"), "code", "must be lower-case kebab-case")
                .require(!section().isBlank(), "section", "must not be blank")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return citation();
    }

    /**
     * Starts building a legal reference.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LegalReference}. */
    public static final class Builder extends ImmutableLegalReference.Builder {
        /**
         * Builds the value, checking every invariant.
         *
         * @return the value
         * @throws io.github.inddragelse.model.InvalidModelException listing every missing required
         *     attribute, or every broken invariant, with its path
         */
        @Override
        public LegalReference build() {
            return io.github.inddragelse.model.internal.Checks.built("LegalReference", super::build);
        }
    }
}
