package io.github.inddragelse.examples.report;

import java.util.Locale;

/** Escaping and number formatting for the HTML and SVG the report writes. */
final class Html {

    /** Closes a table body and the table. */
    static final String TABLE_END = "</tbody>\n</table>\n";

    private Html() {}

    /**
     * Opens a table and writes its head row.
     *
     * @param h where to write
     * @param headings the heading cells, from {@link #th(String)} and {@link #thNum(String)}
     */
    static void head(StringBuilder h, String... headings) {
        h.append("<table>\n<thead><tr>");
        for (String heading : headings) {
            h.append(heading);
        }
        h.append("</tr></thead>\n<tbody>\n");
    }

    /**
     * Writes a body row.
     *
     * @param h where to write
     * @param cells the cells, from {@link #td(String)} and {@link #tdNum(String)}
     */
    static void row(StringBuilder h, String... cells) {
        h.append("<tr>");
        for (String cell : cells) {
            h.append(cell);
        }
        h.append("</tr>\n");
    }

    static String th(String html) {
        return "<th>" + html + "</th>";
    }

    static String thNum(String html) {
        return "<th class=\"num\">" + html + "</th>";
    }

    static String td(String html) {
        return "<td>" + html + "</td>";
    }

    static String tdNum(String html) {
        return "<td class=\"num\">" + html + "</td>";
    }

    /**
     * Escapes text for HTML element content and quoted attribute values.
     *
     * @param text any text
     * @return the escaped text
     */
    static String esc(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement =
                    switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> null;
                    };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A coordinate with one decimal, always with a dot.
     *
     * @param value the number
     * @return the formatted number
     */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
