package io.github.dossier.site.outputs;

import io.github.dossier.internal.InputText;

/**
 * Text made safe for the formats the site writes by hand: JSON (also safe inside an HTML {@code <script>} block) and
 * XML (Atom feeds, sitemaps, SVG), and HTML for the pages the preview server makes by hand (its edit form and review
 * queue). Templates escape HTML themselves. Stateless.
 *
 * <pre>{@code
 * Escape.json("a \"b\" </script>")   // "a \"b\" \u003c/script\u003e" with its quotes
 * Escape.xml("AT&T <b>")             // AT&amp;T &lt;b&gt;
 * }</pre>
 */
public final class Escape {

    private Escape() {
    }

    /**
     * {@code s} as a JSON string, quotes included; {@code <}, {@code >} and {@code &} as escapes, and an unpaired
     * surrogate (which no UTF-8 file can hold) as U+FFFD.
     */
    public static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = InputText.unpairedSurrogate(s, i) ? '\uFFFD' : s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c"); // safe inside <script> as well
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code s} as HTML text or a quoted attribute's value: as {@link #xml}, with the single quote escaped too. */
    public static String html(String s) {
        return xml(s).replace("'", "&#39;");
    }

    /**
     * {@code s} as XML text or attribute value; what XML 1.0 cannot hold (controls but tab and line feed, U+FFFE,
     * U+FFFF, unpaired surrogates) is dropped, and a carriage return, which a reader would turn into a line feed.
     */
    public static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFE' || c == '\uFFFF' || InputText.unpairedSurrogate(s, i)) {
                continue;
            }
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
