package io.github.dossier.eval;

import io.github.dossier.internal.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What a saved page states of itself in its markup, read as plainly as possible and apart from Dossier's own
 * reader, so that the metadata evaluation does not grade Dossier against itself: the first statement of each
 * field in the order JSON-LD, Open Graph, other meta tags.
 */
final class PageStatement {

    private PageStatement() {
    }

    static MetadataEvaluation.Fields of(String html) {
        Document doc = Jsoup.parse(html);
        List<Map<?, ?>> entities = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(new Load(LoadSettings.builder().build()).loadFromString(script.data().strip()), entities);
            } catch (RuntimeException e) {
                // A page's broken JSON-LD states nothing.
            }
        }
        Optional<Map<?, ?>> article = entities.stream()
                .filter(e -> String.valueOf(e.get("@type")).matches("(?s).*(Article|Posting|Report|BlogPosting).*"))
                .findFirst();
        String publication = first(article.map(a -> name(a.get("publisher"))).orElse(""), meta(doc, "og:site_name"));
        String title = withoutSiteName(first(article.map(a -> text(a.get("headline"))).orElse(""),
                meta(doc, "og:title")), publication);
        Set<String> authors = new TreeSet<>();
        article.ifPresent(a -> names(a.get("author"), authors));
        if (authors.isEmpty()) {
            for (String key : List.of("author", "article:author", "parsely-author", "sailthru.author")) {
                for (Element m : doc.select("meta[name=" + key + "], meta[property=" + key + "]")) {
                    String v = m.attr("content").strip();
                    if (!v.isEmpty() && !v.startsWith("http")) {
                        authors.addAll(MetadataEvaluation.names(v.replaceFirst("(?i)^by\\s+", "")));
                    }
                }
            }
        }
        // "0001-01-01T00:00:00" is an empty field printed, not a date the page states.
        String date = first(java.util.stream.Stream.of(article.map(a -> text(a.get("datePublished"))).orElse(""),
                meta(doc, "article:published_time"), itemprop(doc, "datePublished"))
                .filter(d -> !d.matches("(0\\d{3}|1[0-8]\\d{2}|1970-01-01).*")).toArray(String[]::new));
        return new MetadataEvaluation.Fields(Jsoup.parse(title).text(), authors, date,
                Jsoup.parse(publication).text());
    }

    /** Every object in a JSON-LD value, through @graph and lists. */
    private static void collect(Object value, List<Map<?, ?>> out) {
        if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof Map<?, ?> map) {
            out.add(map);
            collect(map.get("@graph"), out);
            collect(map.get("mainEntity"), out);
        }
    }

    private static void names(Object value, Set<String> out) {
        if (value instanceof List<?> list) {
            list.forEach(v -> names(v, out));
        } else {
            String name = value instanceof Map<?, ?> ? name(value) : text(value);
            if (!name.isEmpty() && !name.startsWith("http")) {
                out.addAll(MetadataEvaluation.names(Jsoup.parse(name).text().replaceFirst("(?i)^by\\s+", "")));
            }
        }
    }

    private static String name(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "" : name(list.get(0));
        }
        return value instanceof Map<?, ?> map ? text(map.get("name")) : text(value);
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip() : "";
    }

    private static String meta(Document doc, String key) {
        Element m = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return m == null ? "" : m.attr("content").strip();
    }

    private static String itemprop(Document doc, String prop) {
        Element m = doc.selectFirst("[itemprop=" + prop + "]");
        return m == null ? "" : (m.hasAttr("content") ? m.attr("content") : m.attr("datetime")).strip();
    }

    /** An og:title less a trailing "| Site" or "- Site" naming the publication. */
    private static String withoutSiteName(String title, String publication) {
        int cut = Math.max(title.lastIndexOf(" | "), Math.max(title.lastIndexOf(" - "), title.lastIndexOf(" – ")));
        if (cut > 0 && !publication.isEmpty()) {
            String tail = Words.key(title.substring(cut + 3)).replace(" ", "");
            String site = Words.key(publication).replace(" ", "");
            if (!tail.isEmpty() && (site.contains(tail) || tail.contains(site))) {
                return title.substring(0, cut).strip();
            }
        }
        return title;
    }

    private static String first(String... values) {
        return new LinkedHashSet<>(List.of(values)).stream().filter(v -> !v.isEmpty()).findFirst().orElse("");
    }
}
