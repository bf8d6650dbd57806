package io.github.dossier.site.outputs;

import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.model.TermKind;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** {@code sitemap.xml} and the {@code robots.txt} that points at it: every page's published URL. */
public final class Sitemap {

    private Sitemap() {
    }

    /** Writes both; nothing without a base URL, which a sitemap cannot do without. */
    public static void write(Corpus corpus, String baseUrl, TextFiles out) throws IOException {
        if (baseUrl.isEmpty()) {
            return;
        }
        out.write(SitePaths.SITEMAP, of(corpus, baseUrl));
        out.write(SitePaths.ROBOTS, "User-agent: *\nAllow: /\nSitemap: " + baseUrl + SitePaths.SITEMAP + "\n");
    }

    static String of(Corpus corpus, String baseUrl) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> paths = new ArrayList<>();
        paths.add(SitePaths.HOME);
        paths.add(SitePaths.briefList());
        corpus.briefs().forEach(b -> paths.add(SitePaths.brief(b.slug())));
        for (TermKind kind : TermKind.values()) {
            paths.add(SitePaths.termList(kind));
            corpus.terms(kind).forEach(t -> paths.add(t.path()));
        }
        for (String p : paths) {
            // Sitemaps want URLs, not IRIs: a Chinese slug is sent percent-encoded.
            sb.append("  <url><loc>").append(Escape.xml(URI.create(SitePaths.url(baseUrl, p)).toASCIIString()))
                    .append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }
}
