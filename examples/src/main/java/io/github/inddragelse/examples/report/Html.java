package io.github.inddragelse.examples.report;

import java.util.Locale;

/** Escaping and number formatting for the HTML and SVG the report writes. */
final class Html {

    private Html() {}

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
