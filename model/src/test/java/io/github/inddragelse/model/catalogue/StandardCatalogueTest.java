package io.github.inddragelse.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.Text;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StandardCatalogueTest {

    private final Catalogue catalogue = StandardCatalogue.get();

    @Test
    void the_standard_catalogue_has_its_id_and_version() {
        assertThat(catalogue.id()).isEqualTo("inddragelse-standard").isEqualTo(StandardCatalogue.ID);
        assertThat(catalogue.version()).isEqualTo("2026.1").isEqualTo(StandardCatalogue.VERSION);
        assertThat(StandardCatalogue.get()).isSameAs(catalogue);
    }

    @Test
    void it_has_the_four_elements_of_borgeren_i_centrum_in_order() {
        assertThat(catalogue.elements())
                .extracting(Dimension::id, Dimension::number, Dimension::kind)
                .containsExactly(
                        tuple("trust", 1, DimensionKind.ELEMENT),
                        tuple("involvement", 2, DimensionKind.ELEMENT),
                        tuple("collaboration", 3, DimensionKind.ELEMENT),
                        tuple("transparency", 4, DimensionKind.ELEMENT));
        assertThat(catalogue.elements())
                .extracting(d -> d.name().da())
                .containsExactly(
                        "Tillidsfuld relation",
                        "Inddragelse på borgerens præmisser",
                        "Samarbejde",
                        "Gennemsigtig sagsbehandling");
        assertThat(List.of(
                        StandardCatalogue.TRUST,
                        StandardCatalogue.INVOLVEMENT,
                        StandardCatalogue.COLLABORATION,
                        StandardCatalogue.TRANSPARENCY))
                .isEqualTo(ids(catalogue.elements()));
    }

    @Test
    void it_has_the_eight_recovery_principles_with_their_exact_danish_names_in_order() {
        assertThat(catalogue.principles())
                .extracting(Dimension::id)
                .containsExactly(
                        "p1-hopes-wishes-dreams",
                        "p2-resources",
                        "p3-network-communities",
                        "p4-openness-trust-respect",
                        "p5-early-help",
                        "p6-coordinated-whole-life",
                        "p7-follow-up",
                        "p8-knowledge-methods");
        assertThat(catalogue.principles())
                .extracting(d -> d.name().da())
                .containsExactly(
                        "Tag udgangspunkt i borgernes håb, ønsker og drømme",
                        "Fokusér på borgernes ressourcer",
                        "Inddrag borgernes (selvvalgte) netværk og de almene fællesskaber",
                        "Mød borgerne med åbenhed, tillid og respekt",
                        "Hjælp borgerne så tidligt som muligt",
                        "Arbejd koordineret med borgernes samlede livssituation",
                        "Følg op, så indsatsen altid er den rette",
                        "Brug viden og metoder, der virker");
        assertThat(catalogue.principles()).extracting(Dimension::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(catalogue.principles()).allSatisfy(d -> assertThat(d.kind()).isEqualTo(DimensionKind.PRINCIPLE));
        assertThat(List.of(
                        StandardCatalogue.P1_HOPES_WISHES_DREAMS,
                        StandardCatalogue.P2_RESOURCES,
                        StandardCatalogue.P3_NETWORK_COMMUNITIES,
                        StandardCatalogue.P4_OPENNESS_TRUST_RESPECT,
                        StandardCatalogue.P5_EARLY_HELP,
                        StandardCatalogue.P6_COORDINATED_WHOLE_LIFE,
                        StandardCatalogue.P7_FOLLOW_UP,
                        StandardCatalogue.P8_KNOWLEDGE_METHODS))
                .isEqualTo(ids(catalogue.principles()));
    }

    @Test
    void every_dimension_can_be_looked_up_by_its_id() {
        assertThat(catalogue.dimensions()).hasSize(12);
        assertThat(catalogue.dimensions())
                .allSatisfy(d -> assertThat(catalogue.dimension(d.id())).containsSame(d));
        assertThat(catalogue.dimension("no-such-dimension")).isEmpty();
    }

    @Test
    void every_dimension_has_danish_and_english_text_indicators_and_a_source() {
        assertThat(catalogue.dimensions()).allSatisfy(d -> {
            assertBilingual(d.name());
            assertBilingual(d.description());
            assertBilingual(d.source());
            assertThat(d.indicators()).isNotEmpty().allSatisfy(StandardCatalogueTest::assertBilingual);
        });
        assertThat(catalogue.elements())
                .allSatisfy(d -> assertThat(d.indicators()).hasSizeBetween(3, 5));
    }

    @Test
    void the_element_source_says_honestly_that_the_official_names_are_not_public() {
        assertThat(catalogue.elements()).allSatisfy(d -> {
            assertThat(d.source().en())
                    .contains("official names are not in the public material")
                    .contains("2022-08-11", "2022-09-16", "2023-01-19")
                    .contains("newer catalogue version");
            assertThat(d.source().da())
                    .contains("officielle navne findes ikke")
                    .contains("11.08.2022", "16.09.2022", "19.01.2023");
        });
    }

    @Test
    void the_principle_source_cites_the_2023_guide_and_borgeren_ved_roret() {
        assertThat(catalogue.principles()).allSatisfy(d -> assertThat(d.source().in(Language.DA))
                .contains("Recovery-orienteret rehabilitering. Vejledning til praksis")
                .contains("2023")
                .contains("Borgeren ved roret")
                .contains("operationalisering"));
    }

    @Test
    void the_principles_are_anchored_in_the_legal_references_of_the_domain_table() {
        Map<String, List<LegalReference>> anchors =
                catalogue.principles().stream().collect(Collectors.toMap(Dimension::id, Dimension::legalAnchors));
        assertThat(anchors.get(StandardCatalogue.P1_HOPES_WISHES_DREAMS))
                .containsExactly(LegalReferences.SEL_81, LegalReferences.SEL_141);
        assertThat(anchors.get(StandardCatalogue.P2_RESOURCES)).containsExactly(LegalReferences.SEL_81);
        assertThat(anchors.get(StandardCatalogue.P3_NETWORK_COMMUNITIES)).containsExactly(LegalReferences.SEL_81);
        assertThat(anchors.get(StandardCatalogue.P4_OPENNESS_TRUST_RESPECT))
                .containsExactly(
                        LegalReferences.RSL_4,
                        LegalReferences.FVL_7,
                        LegalReferences.FVL_19,
                        LegalReferences.FVL_22_24,
                        LegalReferences.FVL_25);
        assertThat(anchors.get(StandardCatalogue.P5_EARLY_HELP))
                .containsExactly(LegalReferences.RSL_1, LegalReferences.RSL_3, LegalReferences.SEL_82A_B);
        assertThat(anchors.get(StandardCatalogue.P6_COORDINATED_WHOLE_LIFE))
                .containsExactly(LegalReferences.RSL_5, LegalReferences.SEL_141);
        assertThat(anchors.get(StandardCatalogue.P7_FOLLOW_UP)).containsExactly(LegalReferences.SEL_148);
        assertThat(anchors.get(StandardCatalogue.P8_KNOWLEDGE_METHODS)).containsExactly(LegalReferences.RECOVERY_GUIDE);
    }

    @Test
    void every_legal_anchor_of_a_dimension_is_a_reference_of_the_catalogue() {
        assertThat(catalogue.dimensions())
                .flatExtracting(Dimension::legalAnchors)
                .allSatisfy(
                        ref -> assertThat(catalogue.legalReference(ref.code())).containsSame(ref));
        assertThat(catalogue.elements())
                .allSatisfy(d -> assertThat(d.legalAnchors()).isNotEmpty());
    }

    @Test
    void the_catalogue_carries_every_standard_legal_reference() {
        assertThat(catalogue.legalReferences()).containsExactlyElementsOf(LegalReferences.all());
        assertThat(catalogue.legalReference("fvl-19")).containsSame(LegalReferences.FVL_19);
        assertThat(catalogue.legalReference("no-such-code")).isEmpty();
    }

    @Test
    void it_prints_as_a_short_summary() {
        assertThat(catalogue)
                .hasToString("Catalogue{inddragelse-standard 2026.1, 4 elements, 8 principles, 27 legal references}");
    }

    private static void assertBilingual(Text text) {
        assertThat(text.da()).isNotBlank();
        assertThat(text.en()).isNotBlank();
    }

    private static List<String> ids(List<Dimension> dimensions) {
        return dimensions.stream().map(Dimension::id).collect(Collectors.toList());
    }
}
