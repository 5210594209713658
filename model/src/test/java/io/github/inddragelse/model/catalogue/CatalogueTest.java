package io.github.inddragelse.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inddragelse.model.InvalidModelException;
import io.github.inddragelse.model.Text;
import io.github.inddragelse.model.Violation;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final Text TEXT = Text.of("tekst", "text");

    @Test
    void a_dimension_id_used_twice_is_rejected_with_the_path_of_the_second_use() {
        Catalogue.Builder builder = Catalogue.builder()
                .id("c")
                .version("1")
                .addElement(element("trust", 1))
                .addPrinciple(principle("p1", 1))
                .addPrinciple(principle("trust", 2));

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.type()).isEqualTo("Catalogue");
                    assertThat(e.violations())
                            .containsExactly(new Violation("principles[1].id", "duplicate dimension id 'trust'"));
                })
                .hasMessage("Invalid Catalogue (1 problem): principles[1].id: duplicate dimension id 'trust'");
    }

    @Test
    void a_legal_reference_code_used_twice_is_rejected_with_its_path() {
        Catalogue.Builder builder = Catalogue.builder()
                .id("c")
                .version("1")
                .addLegalReferences(LegalReferences.FVL_19, LegalReferences.RSL_3, LegalReferences.FVL_19);

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("legalReferences[2].code", "duplicate code 'fvl-19'")));
    }

    @Test
    void every_broken_catalogue_invariant_is_reported_at_once() {
        Catalogue.Builder builder = Catalogue.builder()
                .id(" ")
                .version("")
                .addElements(principle("p1", 1), element("e", 2))
                .addPrinciples(element("e", 1))
                .addLegalReferences(LegalReferences.RSL_1, LegalReferences.RSL_1);

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("id", "must not be blank"),
                                new Violation("version", "must not be blank"),
                                new Violation("elements[0].kind", "must be element"),
                                new Violation("principles[0].kind", "must be principle"),
                                new Violation("principles[0].id", "duplicate dimension id 'e'"),
                                new Violation("legalReferences[1].code", "duplicate code 'rsl-1'")));
    }

    @Test
    void a_dimension_needs_a_kebab_case_id_and_a_number_within_its_kind() {
        assertThatThrownBy(() -> Dimension.builder()
                        .from(element("x", 1))
                        .id("Not Kebab")
                        .number(5)
                        .build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("id", "must be lower-case kebab-case"),
                                new Violation("number", "must be between 1 and 4")));
        assertThatThrownBy(() -> principle("p0", 0))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("number", "must be between 1 and 8")));
        assertThat(principle("p8", 8).number()).isEqualTo(8);
    }

    @Test
    void a_legal_reference_needs_a_kebab_case_code_and_a_section() {
        assertThatThrownBy(() -> LegalReference.builder()
                        .from(LegalReferences.FVL_19)
                        .code("FVL 19")
                        .section(" ")
                        .build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("code", "must be lower-case kebab-case"),
                                new Violation("section", "must not be blank")));
    }

    @Test
    void a_replacement_catalogue_is_looked_up_the_same_way() {
        Catalogue custom = Catalogue.builder()
                .id("kommune-0751")
                .version("2027.1")
                .addElement(element("trust", 1))
                .addPrinciple(principle("p7-follow-up", 7))
                .addLegalReference(LegalReferences.SEL_148)
                .build();

        assertThat(custom.dimensions()).extracting(Dimension::id).containsExactly("trust", "p7-follow-up");
        assertThat(custom.dimension("p7-follow-up")).isPresent();
        assertThat(custom.legalReference("sel-148")).containsSame(LegalReferences.SEL_148);
        assertThat(custom.legalReference("fvl-19")).isEmpty();
    }

    private static Dimension element(String id, int number) {
        return dimension(id, DimensionKind.ELEMENT, number);
    }

    private static Dimension principle(String id, int number) {
        return dimension(id, DimensionKind.PRINCIPLE, number);
    }

    private static Dimension dimension(String id, DimensionKind kind, int number) {
        return Dimension.builder()
                .id(id)
                .kind(kind)
                .number(number)
                .name(TEXT)
                .description(TEXT)
                .addIndicator(TEXT)
                .source(TEXT)
                .build();
    }
}
