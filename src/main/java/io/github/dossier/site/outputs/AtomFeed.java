package io.github.dossier.site.outputs;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.Models;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.model.Term;
import io.github.dossier.site.model.TermKind;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Atom 1.0 feeds: the site's and one per author, theme and country. Entries are dated by the article's own date;
 * undated briefs carry no invented date, so the feed's {@code updated} is the newest stated date. Deterministic.
 */
public final class AtomFeed {

    /** The kinds of term with a feed of their own, beside the site's. */
    public static final Set<TermKind> KINDS = EnumSet.of(TermKind.AUTHOR, TermKind.THEME, TermKind.COUNTRY);

    private static final int ENTRIES = 50;

    private AtomFeed() {
    }

    /** Writes the site's feed and a feed per author, theme and country; nothing without a base URL. */
    public static void writeAll(Corpus corpus, String title, String baseUrl, TextFiles out) throws IOException {
        if (baseUrl.isEmpty()) {
            return;
        }
        out.write(SitePaths.FEED, of(title, baseUrl, SitePaths.FEED, "", corpus.briefs()));
        for (TermKind kind : KINDS) {
            for (Term term : corpus.terms(kind)) {
                List<Brief> byDate = new ArrayList<>(term.briefs());
                byDate.sort(Corpus.ORDER);
                String path = SitePaths.termFeed(kind, term.slug());
                out.write(path, of(title + ": " + term.name(), baseUrl, path, term.path(), byDate));
            }
        }
    }

    /** A feed of {@code briefs} (newest first) titled {@code title}, itself at {@code selfPath} under {@code baseUrl}. */
    static String of(String title, String baseUrl, String selfPath, String pagePath, List<Brief> briefs) {
        LocalDate newest = briefs.stream().flatMap(b -> b.published().stream()).max(LocalDate::compareTo)
                .orElse(LocalDate.of(1970, 1, 1));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(Escape.xml(title)).append("</title>\n")
                .append("  <id>").append(Escape.xml(baseUrl + selfPath)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(Escape.xml(baseUrl + selfPath)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Escape.xml(baseUrl + pagePath)).append("\"/>\n")
                .append("  <updated>").append(newest).append("T00:00:00Z</updated>\n")
                .append("  <generator>Dossier</generator>\n");
        for (Brief b : briefs.subList(0, Math.min(ENTRIES, briefs.size()))) {
            String url = SitePaths.url(baseUrl, SitePaths.brief(b.slug()));
            sb.append("  <entry>\n")
                    .append("    <title>").append(Escape.xml(b.title())).append("</title>\n")
                    .append("    <id>").append(Escape.xml(url)).append("</id>\n")
                    .append("    <link href=\"").append(Escape.xml(url)).append("\"/>\n")
                    .append("    <updated>").append(b.published().orElse(newest)).append("T00:00:00Z</updated>\n");
            b.published().ifPresent(d -> sb.append("    <published>").append(d).append("T00:00:00Z</published>\n"));
            for (String a : b.authors().subList(0, Math.min(b.authors().size(), Models.CARD_AUTHORS))) {
                sb.append("    <author><name>").append(Escape.xml(a)).append("</name></author>\n");
            }
            if (b.authors().isEmpty()) {
                sb.append("    <author><name>").append(Escape.xml(b.publication().orElse(title))).append("</name></author>\n");
            }
            for (String t : b.themes()) {
                sb.append("    <category term=\"").append(Escape.xml(t)).append("\"/>\n");
            }
            if (!b.summary().isEmpty()) {
                sb.append("    <summary>").append(Escape.xml(String.join(" ", b.summary()))).append("</summary>\n");
            }
            sb.append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }
}
