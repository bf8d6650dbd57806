package io.github.dossier.clean;

import io.github.dossier.internal.Yaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
        for (Element link : doc.select("link[rel=canonical][href]")) {
            add(meta, "canonical", link.attr("href").strip());
        }
        Element html = doc.selectFirst("html[lang]");
        if (html != null && !html.attr("lang").isBlank()) {
            add(meta, "html:lang", html.attr("lang").strip());
        }
        savedFrom(doc, meta);
        microdata(doc, meta);
        bylineElements(doc, meta);
        for (Element s : doc.select("script[type=application/ld+json]")) {
            jsonLd(s.data(), meta);
        }
        return meta;
    }

    /** "saved from url=(0071)https://…" (a browser's "Save page as"). */
    private static final java.util.regex.Pattern SAVED_FROM = java.util.regex.Pattern.compile(
            "saved from url=\\(\\d+\\)(\\S+)");
    /** SingleFile's header: "url: https://…" and "saved date: Tue Nov 03 2020 10:47:07 GMT+0100 (…)". */
    private static final java.util.regex.Pattern SINGLE_FILE = java.util.regex.Pattern.compile(
            "(?m)^\\s*(url|saved date):\\s*(\\S.*?)\\s*$");

    /**
     * Where and when a saved page says it was saved, from the comments a browser or an extension writes at its top:
     * {@code saved:url} and {@code saved:date}.
     */
    private static void savedFrom(Document doc, Map<String, List<String>> meta) {
        List<org.jsoup.nodes.Node> top = new ArrayList<>(doc.childNodes());
        Element html = doc.selectFirst("html");
        if (html != null) {
            top.addAll(html.childNodes().subList(0, Math.min(3, html.childNodeSize())));
        }
        for (org.jsoup.nodes.Node node : top) {
            if (!(node instanceof org.jsoup.nodes.Comment c)) {
                continue;
            }
            String text = c.getData();
            java.util.regex.Matcher m = SAVED_FROM.matcher(text);
            if (m.find()) {
                add(meta, "saved:url", m.group(1));
            }
            if (text.contains("SingleFile")) {
                java.util.regex.Matcher f = SINGLE_FILE.matcher(text);
                while (f.find()) {
                    add(meta, f.group(1).equals("url") ? "saved:url" : "saved:date", f.group(2));
                }
            }
        }
    }

    /** Every value goes through here: one line, without controls, whatever an entity or a JSON escape made of it. */
    private static void add(Map<String, List<String>> meta, String key, String value) {
        meta.computeIfAbsent(key, k -> new ArrayList<>()).add(io.github.dossier.internal.InputText.line(value).strip());
    }

    /**
     * Comment threads, related-story boxes and the like, whose dates and names are not the article's. A page's
     * {@code <body>}, {@code <article>} or {@code <main>} is never one, whatever its classes say ("has-sidebar",
     * "sticky-sidebar-parent").
     */
    private static final Evaluator ELSEWHERE = boxes("comment|related|recommend|sidebar|teaser|widget",
            ",aside,footer,nav");
    /** A comment or a comment thread: a commenter's name is no byline. */
    static final Evaluator COMMENTS = boxes("comment", "");

    private static Evaluator boxes(String words, String more) {
        String token = "(?i)" + words;
        String outer = ":not(html):not(body):not(article):not(main)";
        return QueryParser.parse("[class~=" + token + "]" + outer + ",[id~=(?i)" + words + "]" + outer + more);
    }
    /** Classes and ids of an element holding the byline's names. */
    private static final Evaluator BYLINE = QueryParser.parse("[rel=author],[class~=(?i)(^|[\\s_-])(byline|author-?name|"
            + "author|authors|byline__author|posted-by|entry-author|post-author|article-author)([\\s_-]|$)],"
            + "[id~=(?i)^(byline|author)$]");
    /** Classes of an element holding the article's date. */
    private static final Evaluator PUBLISHED = QueryParser.parse("time[pubdate],time[class~=(?i)publish|posted|entry-date|"
            + "created],[class~=(?i)publish|posted|entry-date|created|article-date|post-date] time[datetime]");
    private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]:not(meta)");
    private static final Evaluator AUTHOR = QueryParser.parse("[itemprop=author]:not(meta):not(img):not(link)");

    /**
     * Microdata outside {@code <meta>}: {@code itemprop="datePublished"} on a {@code <time>} or {@code <span>},
     * and {@code itemprop="author"} on an element (its {@code itemprop="name"} when it has one), never in a
     * comment and never an image's.
     */
    private static void microdata(Document doc, Map<String, List<String>> meta) {
        for (Element e : doc.select(DATE_PUBLISHED)) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            if (!v.isBlank() && !inside(e, ELSEWHERE)) {
                add(meta, "itemprop:datepublished", v.strip());
            }
        }
        for (Element e : doc.select(AUTHOR)) {
            if (inside(e, ELSEWHERE)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop=name]");
            String v = name == null ? spacedText(e) : name.hasAttr("content") ? name.attr("content") : spacedText(name);
            if (!v.isBlank() && v.length() <= 120) {
                add(meta, "itemprop:author", v.strip());
            }
        }
        for (Element t : doc.select(PUBLISHED)) {
            if (!inside(t, ELSEWHERE)) {
                add(meta, "time:published", t.hasAttr("datetime") ? t.attr("datetime").strip() : t.text().strip());
            }
        }
    }

    /** The first few elements classed as a byline, outside comments and story lists, as their text reads. */
    private static void bylineElements(Document doc, Map<String, List<String>> meta) {
        int n = 0;
        for (Element e : doc.select(BYLINE)) {
            if (n >= 3) {
                break;
            }
            if (e.normalName().equals("img") || e.normalName().equals("meta") || inside(e, ELSEWHERE)) {
                continue;
            }
            String v = spacedText(e).strip();
            if (!v.isEmpty() && v.length() <= 120) {
                add(meta, "byline:element", v);
                n++;
            }
        }
    }

    /** Whether {@code e} or one of its ancestors is what {@code selector} selects. */
    static boolean inside(Element e, Evaluator selector) {
        return e.closest(selector) != null;
    }

    /**
     * An element's text with the elements' boundaries kept: "Emma Mackenzie" and "Lifestyle Writer" in two spans
     * printed without a space read as two phrases ("Emma Mackenzie | Lifestyle Writer"), not "Emma
     * MackenzieLifestyle Writer"; so do block-level children.
     */
    static String spacedText(Element e) {
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element el && depth > 0) {
                    boolean glued = sb.length() > 0 && Character.isLetterOrDigit(sb.charAt(sb.length() - 1));
                    sb.append(el.isBlock() || el.normalName().equals("br") || glued ? " | " : " ");
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element el && depth > 0 && el.isBlock()) {
                    sb.append(" | ");
                }
            }
        }, e);
        return sb.toString().replaceAll("\\s+", " ").replaceAll("(\\s*\\|\\s*)+", " | ")
                .replaceAll("^\\s*\\|\\s*|\\s*\\|\\s*$", "").strip();
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
        Object mainEntity = map.get("mainEntity");
        if (mainEntity instanceof Map<?, ?> || mainEntity instanceof List<?>) {
            walkJsonLd(mainEntity, meta, depth + 1); // a WebPage wrapping its NewsArticle
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
                l.forEach(x -> add(meta, "jsonld:" + key, unescape(String.valueOf(x))));
            } else if (v != null && !(v instanceof Map<?, ?>)) {
                add(meta, "jsonld:" + key, unescape(String.valueOf(v)));
            }
        }
        Object url = map.get("url");
        if (url instanceof String u && !u.isBlank()) {
            add(meta, "jsonld:url", u.strip());
        }
        Object page = map.get("mainEntityOfPage");
        Object pageId = page instanceof Map<?, ?> p ? p.get("@id") : page;
        if (pageId instanceof String id && !id.isBlank()) {
            add(meta, "jsonld:mainentityofpage", id.strip());
        }
        names(map.get("author"), "jsonld:author", meta);
        names(map.get("creator"), "jsonld:author", meta);
        names(map.get("publisher"), "jsonld:publisher", meta);
    }

    /**
     * Names of a JSON-LD {@code author} or {@code publisher}: strings, objects with a {@code name}, lists of
     * either. An author whose {@code @type} is an organisation goes to {@code key:organisation}, not among people.
     */
    private static void names(Object value, String key, Map<String, List<String>> meta) {
        if (value instanceof List<?> list) {
            list.forEach(v -> names(v, key, meta));
        } else if (value instanceof Map<?, ?> m && m.get("name") != null) {
            String type = String.valueOf(m.get("@type"));
            boolean organisation = type.matches(".*(Organization|Organisation|NewsMediaOrganization|Corporation).*");
            Object name = m.get("name");
            names(name instanceof List<?> ? name : unescape(String.valueOf(name)),
                    organisation && key.equals("jsonld:author") ? key + ":organisation" : key, meta);
        } else if (value instanceof String s && !s.isBlank()) {
            add(meta, key, unescape(s));
        }
    }

    /** JSON-LD strings are JSON, yet pages write HTML entities in them ("&#039;", "&amp;"): decoded once. */
    private static String unescape(String s) {
        return s.indexOf('&') < 0 ? s.strip() : org.jsoup.parser.Parser.unescapeEntities(s, false).strip();
    }

}
