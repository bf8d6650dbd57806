package io.github.dossier.clean;

import io.github.dossier.internal.Yaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved page says of itself, for extraction: its {@code <meta>} tags ({@code og:*}, {@code
 * article:published_time}, {@code citation_*}…) by lower-case key, its {@code <title>}, {@code <h1>}s and
 * {@code <time datetime>}s, and the headline, dates, section, keywords, authors and publisher of its JSON-LD
 * articles ({@code jsonld:} keys). Stateless.
 */
final class PageMeta {

    private PageMeta() {
    }

    /** What the page says of itself: its meta tags by lower-case key, its {@code <h1>}s, times and JSON-LD. */
    static Map<String, List<String>> of(Document doc) {
        Map<String, List<String>> meta = new LinkedHashMap<>();
        String title = doc.title().strip();
        if (!title.isEmpty()) {
            add(meta, "title", title);
        }
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (!key.isBlank() && !m.attr("content").isBlank()) {
                // Some pages escape their meta content twice ("&amp;#8216;"): one more unescape restores it.
                String value = org.jsoup.parser.Parser.unescapeEntities(m.attr("content"), false).strip();
                add(meta, key.strip().toLowerCase(Locale.ROOT), value);
            }
        }
        for (Element h1 : doc.select("h1")) {
            if (!h1.text().isBlank()) {
                add(meta, "h1", h1.text().strip());
            }
        }
        for (Element t : doc.select("time[datetime]")) {
            add(meta, "time", t.attr("datetime").strip());
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            jsonLd(s.data(), meta);
        }
        return meta;
    }

    private static void add(Map<String, List<String>> meta, String key, String value) {
        meta.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** JSON-LD is YAML 1.2 flow syntax, so the YAML reader parses it; broken blocks are ignored, as browsers do. */
    private static void jsonLd(String json, Map<String, List<String>> meta) {
        Object root;
        try {
            root = Yaml.load(json.replace('\t', ' '), "JSON-LD", true);
        } catch (RuntimeException e) {
            return;
        }
        walkJsonLd(root, meta, 0);
    }

    private static void walkJsonLd(Object node, Map<String, List<String>> meta, int depth) {
        if (depth > 6) {
            return;
        }
        if (node instanceof List<?> list) {
            list.forEach(item -> walkJsonLd(item, meta, depth + 1));
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        Object graph = map.get("@graph");
        if (graph != null) {
            walkJsonLd(graph, meta, depth + 1);
        }
        String type = String.valueOf(map.get("@type"));
        if (!type.matches(".*(Article|BlogPosting|Report|WebPage|Posting).*")) {
            return;
        }
        add(meta, "jsonld:@type", type);
        for (String key : List.of("headline", "name", "datePublished", "dateModified", "articleSection", "keywords",
                "description")) {
            Object v = map.get(key);
            if (v instanceof List<?> l) {
                l.forEach(x -> add(meta, "jsonld:" + key, String.valueOf(x)));
            } else if (v != null) {
                add(meta, "jsonld:" + key, String.valueOf(v));
            }
        }
        names(map.get("author"), "jsonld:author", meta);
        names(map.get("publisher"), "jsonld:publisher", meta);
    }

    private static void names(Object value, String key, Map<String, List<String>> meta) {
        if (value instanceof List<?> list) {
            list.forEach(v -> names(v, key, meta));
        } else if (value instanceof Map<?, ?> m && m.get("name") != null) {
            add(meta, key, String.valueOf(m.get("name")));
        } else if (value instanceof String s && !s.isBlank()) {
            add(meta, key, s);
        }
    }

}
