package io.github.inddragelse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.catalogue.LegalReference;
import io.github.inddragelse.model.catalogue.LegalReferences;
import io.github.inddragelse.model.catalogue.StandardCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonOptionsTest {

    @Test
    void to_builder_keeps_every_option() {
        JsonOptions options = JsonOptions.builder()
                .allowUnknownProperties(true)
                .maxDocumentBytes(10)
                .maxNestingDepth(3)
                .maxStringLength(4)
                .maxEventsPerCase(5)
                .build();

        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(options).isNotEqualTo(JsonOptions.defaults());
        assertThat(options.toString()).contains("maxNestingDepth=3");
    }

    @Test
    void limits_must_be_positive_and_nesting_at_most_a_thousand() {
        assertThatThrownBy(() -> JsonOptions.builder().maxDocumentBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonOptions.builder().maxStringLength(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonOptions.builder().maxEventsPerCase(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonOptions.builder().maxNestingDepth(1001))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_caller_supplied_list_of_legal_references_replaces_the_standard_one() {
        LegalReference custom = LegalReference.builder()
                .from(LegalReferences.SEL_85)
                .code("kommune-retningslinje-7")
                .build();
        InddragelseJson json = InddragelseJson.create(JsonOptions.builder()
                .legalReferences(LegalReferenceResolver.of(List.of(custom)))
                .build());
        String document = Documents.withEvents()
                .replace("\"openedOn\"", "\"appliedFor\": [\"kommune-retningslinje-7\"],\n  \"openedOn\"");

        assertThat(json.readCase(document).appliedFor()).containsExactly(custom);
        assertThatThrownBy(() -> InddragelseJson.create().readCase(document)).isInstanceOf(JsonReadException.class);
    }

    @Test
    void two_references_with_one_code_are_refused() {
        assertThatThrownBy(() -> LegalReferenceResolver.of(List.of(LegalReferences.SEL_85, LegalReferences.SEL_85)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_standard_resolver_knows_every_standard_reference() {
        assertThat(LegalReferences.all())
                .allSatisfy(r -> assertThat(LegalReferenceResolver.standard().resolve(r.code()))
                        .contains(r));
        assertThat(LegalReferenceResolver.standard().resolve("sel-999")).isEmpty();
    }

    @Test
    void the_standard_resolver_lists_the_codes_of_every_standard_reference_in_catalogue_order() {
        assertThat(LegalReferenceResolver.standard().codes())
                .containsExactlyElementsOf(
                        LegalReferences.all().stream().map(LegalReference::code).toList());
    }

    @Test
    void a_resolver_for_a_list_or_a_catalogue_lists_exactly_their_codes() {
        assertThat(LegalReferenceResolver.of(List.of(LegalReferences.FVL_19, LegalReferences.SEL_85))
                        .codes())
                .containsExactly("fvl-19", "sel-85");
        assertThat(LegalReferenceResolver.of(StandardCatalogue.get()).codes())
                .containsExactlyElementsOf(StandardCatalogue.get().legalReferences().stream()
                        .map(LegalReference::code)
                        .toList());
    }

    @Test
    void a_resolver_written_as_a_lambda_cannot_list_its_codes() {
        LegalReferenceResolver lambda = code -> java.util.Optional.empty();

        assertThat(lambda.codes()).isEmpty();
    }
}
