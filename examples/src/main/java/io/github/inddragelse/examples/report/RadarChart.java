package io.github.inddragelse.examples.report;

import static io.github.inddragelse.examples.report.Html.esc;
import static io.github.inddragelse.examples.report.Html.num;

import io.github.inddragelse.model.Language;
import io.github.inddragelse.model.assessment.DimensionScore;
import io.github.inddragelse.model.scoring.Lens;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An inline SVG radar chart of an assessment's dimensions: one axis per dimension in catalogue
 * order (clockwise from the top), rings at every 20 percent, and one line per lens (records,
 * caseworker, citizen) with its own colour and dash pattern, so that it also reads in black and white.
 * A dimension a lens has nothing to say about is left out of that lens's line (never drawn as 0);
 * a lens with every dimension scored is drawn as a filled polygon. The legend is part of the SVG.
 *
 * <pre>{@code
 * String svg = new RadarChart(Language.DA).svg(assessment.dimensions());
 * }</pre>
 */
public final class RadarChart {

    /** The lenses drawn, in legend order. */
    public static final List<Lens> LENSES = List.of(Lens.RECORDS, Lens.CASEWORKER, Lens.CITIZEN);

    private static final double WIDTH = 720;
    private static final double CX = 360;
    private static final double CY = 275;
    private static final double RADIUS = 205;
    private static final double LABEL_GAP = 20;
    private static final double HEIGHT = 590;
    /** Roughly the width of one character of the legend's 13px text. */
    private static final double LEGEND_CHAR = 7.3;

    private final Language language;

    /**
     * Creates a chart renderer.
     *
     * @param language the language of labels and legend
     */
    public RadarChart(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * The CSS class of a lens's line: {@code lens-records}, {@code lens-caseworker}, {@code
     * lens-citizen}; the report's style sheet gives each a colour and dash pattern.
     *
     * @param lens the lens
     * @return the class name
     */
    public static String cssClass(Lens lens) {
        return "lens-" + lens.code();
    }

    /**
     * Draws the chart.
     *
     * @param dimensions the dimension scores, in the order of the axes
     * @return an {@code <svg>} element
     */
    public String svg(List<DimensionScore> dimensions) {
        int n = dimensions.size();
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg class=\"radar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(num(WIDTH))
                .append(' ')
                .append(num(HEIGHT))
                .append("\" role=\"img\" aria-labelledby=\"radar-title\">\n");
        svg.append("<title id=\"radar-title\">")
                .append(esc(Labels.RADAR_TITLE.in(language)))
                .append("</title>\n");
        if (n < 3) {
            return svg.append("</svg>\n").toString();
        }
        grid(svg, n);
        axes(svg, dimensions);
        for (Lens lens : LENSES) {
            line(svg, dimensions, lens);
        }
        legend(svg, dimensions);
        return svg.append("</svg>\n").toString();
    }

    private void grid(StringBuilder svg, int n) {
        svg.append("<g class=\"grid\">\n");
        for (int ring = 20; ring <= 100; ring += 20) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                points.append(num(x(i, n, ring)))
                        .append(',')
                        .append(num(y(i, n, ring)))
                        .append(' ');
            }
            svg.append("<polygon points=\"").append(points.toString().trim()).append("\"/>\n");
            svg.append("<text class=\"ring\" x=\"")
                    .append(num(CX + 3))
                    .append("\" y=\"")
                    .append(num(CY - RADIUS * ring / 100.0 - 2))
                    .append("\">")
                    .append(ring)
                    .append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private void axes(StringBuilder svg, List<DimensionScore> dimensions) {
        int n = dimensions.size();
        svg.append("<g class=\"axes\">\n");
        for (int i = 0; i < n; i++) {
            svg.append("<line x1=\"")
                    .append(num(CX))
                    .append("\" y1=\"")
                    .append(num(CY))
                    .append("\" x2=\"")
                    .append(num(x(i, n, 100)))
                    .append("\" y2=\"")
                    .append(num(y(i, n, 100)))
                    .append("\"/>\n");
            double angle = angle(i, n);
            double lx = CX + (RADIUS + LABEL_GAP) * Math.cos(angle);
            double ly = CY + (RADIUS + LABEL_GAP) * Math.sin(angle);
            double cos = Math.cos(angle);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            double sin = Math.sin(angle);
            // Labels above the centre grow upwards, those below grow downwards.
            double firstLine = sin < -0.2 ? ly - 14 : sin > 0.2 ? ly + 4 : ly - 5;
            var dimension = dimensions.get(i).dimension();
            svg.append("<text class=\"axis-label\" text-anchor=\"")
                    .append(anchor)
                    .append("\" x=\"")
                    .append(num(lx))
                    .append("\" y=\"")
                    .append(num(firstLine))
                    .append("\"><tspan class=\"code\">")
                    .append(esc(Labels.code(dimension)))
                    .append("</tspan><tspan x=\"")
                    .append(num(lx))
                    .append("\" dy=\"14\">")
                    .append(esc(Labels.shortName(dimension, language)))
                    .append("</tspan></text>\n");
        }
        svg.append("</g>\n");
    }

    private static void line(StringBuilder svg, List<DimensionScore> dimensions, Lens lens) {
        int n = dimensions.size();
        double[] values = new double[n];
        boolean[] present = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            OptionalDouble p = dimensions.get(i).lens(lens).percent();
            present[i] = p.isPresent();
            values[i] = p.orElse(0);
            count += present[i] ? 1 : 0;
        }
        if (count == 0) {
            return;
        }
        String cls = cssClass(lens);
        svg.append("<g class=\"").append(cls).append("\">\n");
        if (count == n) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                points.append(num(x(i, n, values[i])))
                        .append(',')
                        .append(num(y(i, n, values[i])))
                        .append(' ');
            }
            svg.append("<polygon class=\"area\" points=\"")
                    .append(points.toString().trim())
                    .append("\"/>\n");
        } else {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int next = (i + 1) % n;
                if (present[i] && present[next]) {
                    d.append('M')
                            .append(num(x(i, n, values[i])))
                            .append(',')
                            .append(num(y(i, n, values[i])))
                            .append(" L")
                            .append(num(x(next, n, values[next])))
                            .append(',')
                            .append(num(y(next, n, values[next])))
                            .append(' ');
                }
            }
            if (d.length() > 0) {
                svg.append("<path class=\"segments\" d=\"")
                        .append(d.toString().trim())
                        .append("\"/>\n");
            }
        }
        for (int i = 0; i < n; i++) {
            if (present[i]) {
                svg.append("<circle r=\"4\" cx=\"")
                        .append(num(x(i, n, values[i])))
                        .append("\" cy=\"")
                        .append(num(y(i, n, values[i])))
                        .append("\"><title>")
                        .append(esc(Labels.code(dimensions.get(i).dimension())))
                        .append(": ")
                        .append(Math.round(values[i]))
                        .append("</title></circle>\n");
            }
        }
        svg.append("</g>\n");
    }

    private void legend(StringBuilder svg, List<DimensionScore> dimensions) {
        double y = HEIGHT - 22;
        List<String> texts = LENSES.stream()
                .map(lens -> Labels.lensName(lens, language)
                        + (dimensions.stream()
                                        .anyMatch(d -> d.lens(lens).percent().isPresent())
                                ? ""
                                : language == Language.DA ? " (ingen data)" : " (no data)"))
                .toList();
        double total = 0;
        for (String t : texts) {
            total += itemWidth(t);
        }
        double x = Math.max(8, (WIDTH - total) / 2);
        svg.append("<g class=\"legend\">\n");
        for (int i = 0; i < LENSES.size(); i++) {
            Lens lens = LENSES.get(i);
            svg.append("<g class=\"").append(cssClass(lens)).append("\">");
            svg.append("<line class=\"sample\" x1=\"")
                    .append(num(x))
                    .append("\" y1=\"")
                    .append(num(y))
                    .append("\" x2=\"")
                    .append(num(x + 34))
                    .append("\" y2=\"")
                    .append(num(y))
                    .append("\"/>");
            svg.append("<circle r=\"4\" cx=\"")
                    .append(num(x + 17))
                    .append("\" cy=\"")
                    .append(num(y))
                    .append("\"/>");
            svg.append("<text x=\"")
                    .append(num(x + 42))
                    .append("\" y=\"")
                    .append(num(y + 4))
                    .append("\">")
                    .append(esc(texts.get(i)))
                    .append("</text></g>\n");
            x += itemWidth(texts.get(i));
        }
        svg.append("</g>\n");
    }

    private static double itemWidth(String text) {
        return 42 + text.length() * LEGEND_CHAR + 26;
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static double x(int i, int n, double percent) {
        return CX + RADIUS * percent / 100.0 * Math.cos(angle(i, n));
    }

    private static double y(int i, int n, double percent) {
        return CY + RADIUS * percent / 100.0 * Math.sin(angle(i, n));
    }
}
