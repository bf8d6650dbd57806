package io.github.dossier.brief;

import java.util.regex.Pattern;

/**
 * Escapes scraped text so that Markdown shows it as written: emphasis marks, links, raw HTML, entities and
 * line-start block markers become literal. Stateless.
 */
public final class MarkdownText {

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<])");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** What opens a block at a line's start: "> " and also ">>" (a quote needs no space), "# ", "- ", "1. "… */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)(>|(?:[#+=-]|\\d+[.)])(?=\\s|$))");

    private MarkdownText() {
    }

    /** {@code text} as literal Markdown inside a line (a table's cell): emphasis, links, raw HTML, entities. */
    public static String escapeInline(String text) {
        return ENTITY.matcher(INLINE.matcher(text).replaceAll("\\\\$1")).replaceAll("&amp;");
    }

    /** {@code text} as a literal Markdown paragraph. */
    public static String escape(String text) {
        String s = escapeInline(text);
        var m = BLOCK_START.matcher(s);
        if (m.find()) {
            String marker = m.group(2);
            String escaped = marker.matches("\\d+[.)]")
                    ? marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1)
                    : "\\" + marker;
            s = m.group(1) + escaped + s.substring(m.end());
        }
        return s;
    }
}
