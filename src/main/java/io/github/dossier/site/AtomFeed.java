package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import java.time.LocalDate;
import java.util.List;

/**
 * Atom 1.0 feeds: the site's and one per author, theme and country. Entries are dated by the article's own date;
 * undated briefs carry no invented date, so the feed's {@code updated} is the newest stated date. Deterministic.
 */
final class AtomFeed {

    private static final int ENTRIES = 50;

    private AtomFeed() {
    }

    /** A feed of {@code briefs} (newest first) titled {@code title}, itself at {@code selfPath} under {@code baseUrl}. */
    static String of(String title, String baseUrl, String selfPath, String pagePath, List<Brief> briefs) {
        LocalDate newest = briefs.stream().flatMap(b -> b.published().stream()).max(LocalDate::compareTo)
                .orElse(LocalDate.of(1970, 1, 1));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(xml(title)).append("</title>\n")
                .append("  <id>").append(xml(baseUrl + selfPath)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(xml(baseUrl + selfPath)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(baseUrl + pagePath)).append("\"/>\n")
                .append("  <updated>").append(newest).append("T00:00:00Z</updated>\n")
                .append("  <generator>Dossier</generator>\n");
        for (Brief b : briefs.subList(0, Math.min(ENTRIES, briefs.size()))) {
            String url = baseUrl + "briefs/" + b.slug() + ".html";
            sb.append("  <entry>\n")
                    .append("    <title>").append(xml(b.title())).append("</title>\n")
                    .append("    <id>").append(xml(url)).append("</id>\n")
                    .append("    <link href=\"").append(xml(url)).append("\"/>\n")
                    .append("    <updated>").append(b.published().orElse(newest)).append("T00:00:00Z</updated>\n");
            b.published().ifPresent(d -> sb.append("    <published>").append(d).append("T00:00:00Z</published>\n"));
            for (String a : b.authors()) {
                sb.append("    <author><name>").append(xml(a)).append("</name></author>\n");
            }
            if (b.authors().isEmpty()) {
                sb.append("    <author><name>").append(xml(b.publication().orElse(title))).append("</name></author>\n");
            }
            for (String t : b.themes()) {
                sb.append("    <category term=\"").append(xml(t)).append("\"/>\n");
            }
            if (!b.summary().isEmpty()) {
                sb.append("    <summary>").append(xml(String.join(" ", b.summary()))).append("</summary>\n");
            }
            sb.append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
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
