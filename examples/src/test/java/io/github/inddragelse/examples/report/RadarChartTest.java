package io.github.inddragelse.examples.report;

import static io.github.inddragelse.examples.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inddragelse.examples.Fixtures;
import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.assessment.Assessment;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadarChartTest {

    private final Assessment withViews =
            Fixtures.assessor().assess(Fixtures.rejectedCase("sag-1"), Fixtures.responses(), AS_OF);

    @Test
    void the_chart_has_an_axis_per_dimension_and_a_line_per_lens_with_data() {
        String svg = new RadarChart(Language.DA).svg(withViews.dimensions());

        assertThat(svg).startsWith("<svg").contains("</svg>");
        assertThat(count(svg, "class=\"axis-label\"")).isEqualTo(12);
        assertThat(svg)
                .contains("<g class=\"lens-records\">")
                .contains("<g class=\"lens-caseworker\">")
                .contains("<g class=\"lens-citizen\">");
        assertThat(svg).contains(">Sagens akter<").contains(">Sagsbehandler<").contains(">Borger<");
    }

    @Test
    void a_dimension_without_data_is_left_out_of_a_lens_line_not_drawn_as_zero() {
        String svg = new RadarChart(Language.EN).svg(withViews.dimensions());

        // The records lens scores 5 of 12 dimensions, the citizen lens 2: points, no full polygon.
        assertThat(svg).doesNotContain("class=\"area\"");
        String citizen = svg.substring(svg.indexOf("<g class=\"lens-citizen\">"));
        citizen = citizen.substring(0, citizen.indexOf("</g>"));
        assertThat(count(citizen, "<circle")).isEqualTo(2);
    }

    @Test
    void a_lens_with_no_data_has_no_line_and_says_so_in_the_legend() {
        Assessment recordsOnly = Fixtures.assessor().assess(Fixtures.rejectedCase("sag-1"), List.of(), AS_OF);

        String svg = new RadarChart(Language.EN).svg(recordsOnly.dimensions());

        assertThat(svg)
                .contains(">Citizen (no data)<")
                .contains(">Caseworker (no data)<")
                .doesNotContain("Case records (no data)");
        assertThat(count(svg, "<g class=\"lens-citizen\">")).isEqualTo(1); // the legend entry only
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
