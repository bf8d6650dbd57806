package io.github.dossier.clean;

import io.github.dossier.internal.Yaml;
import io.github.dossier.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cleans saved HTML pages with a content-scoring extractor in the spirit of Readability, then hands the page's
 * blocks to the {@link BlockCleaner} with the extractor's choice as a prior.
 *
 * <p>Paragraph-like elements score on length and commas; the score flows to the parent in full and to the
 * grandparent in half; class and id names weigh for ({@code article}, {@code content}) or against ({@code
 * comment}, {@code sidebar}); link-heavy candidates are discounted. Blocks inside the winning element (and its
 * strong siblings) get a positive prior, the rest a negative one, so that the headline and byline before the
 * article can still be read as metadata. Page metadata ({@code <meta>}, JSON-LD) is collected for extraction.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlCleaner {

    private static final Set<String> DROP = Set.of("script", "style", "noscript", "iframe", "button", "input",
            "select", "textarea", "svg", "canvas", "template", "object", "embed", "nav", "aside", "footer", "figcaption",
            "figure", "picture", "video", "audio", "source", "link", "meta", "dialog", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "td", "th", "dd", "dt", "div", "section", "article", "main", "header", "ul", "ol", "dl", "table", "tr",
            "tbody", "thead", "body", "address", "center", "details", "summary", "hr", "br");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "dd");

    /** Marks every element so that choices made on a copy of the page apply to the page itself. */
    private static final String ID = "data-dossier-id";
    /** Runs of white space, the no-break and typographic spaces of {@code &nbsp;} and its kin included. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private final BlockCleaner blocks;
    /** Class and id hints, as Readability reads them: unlikely boxes, boxes that may hold the article after all. */
    private final Pattern unlikely;
    private final Pattern maybe;
    private final Pattern positive;
    private final Pattern negative;
    /** An element that holds the byline, not the author's picture or bio. */
    private final Pattern byline;

    public HtmlCleaner(BlockCleaner blocks, Lexicon lexicon) {
        this.blocks = blocks;
        this.unlikely = Pattern.compile(lexicon.patterns(Lexicon.HTML_UNLIKELY), Pattern.CASE_INSENSITIVE);
        this.maybe = Pattern.compile(lexicon.patterns(Lexicon.HTML_MAYBE), Pattern.CASE_INSENSITIVE);
        this.positive = Pattern.compile(lexicon.patterns(Lexicon.HTML_POSITIVE), Pattern.CASE_INSENSITIVE);
        this.negative = Pattern.compile(lexicon.patterns(Lexicon.HTML_NEGATIVE), Pattern.CASE_INSENSITIVE);
        this.byline = Pattern.compile("(?i)\\b(" + lexicon.patterns(Lexicon.HTML_BYLINE) + ")\\b(?![-_]?("
                + lexicon.patterns(Lexicon.HTML_BYLINE_NOT) + "))");
    }

    /** Cleans the HTML page {@code html} from the raw file {@code source}. */
    public CleanArticle clean(String source, String html) {
        return clean(source, html, CorpusProfile.EMPTY);
    }

    /** Cleans the HTML page {@code html}, knowing which lines recur across the corpus. */
    public CleanArticle clean(String source, String html, CorpusProfile profile) {
        Document doc = Jsoup.parse(html);
        Map<String, List<String>> meta = meta(doc);
        Element body = doc.body();
        flattenDeepNesting(body);
        for (Element e : body.select(String.join(",", DROP))) {
            e.remove();
        }
        removeHidden(body);
        int n = 0;
        for (Element e : body.getAllElements()) {
            e.attr(ID, Integer.toString(n++));
        }
        Set<String> content = pickContent(body.clone());
        List<Block> out = new ArrayList<>();
        collect(body, out, content);
        return blocks.clean(source, out, meta, profile);
    }

    /** Deeper than this, what a page holds is flattened into text and line breaks (Blink stops nesting at 512). */
    static final int MAX_DEPTH = 512;

    /** Elements inside a line of text: flattened, they leave no break behind. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q",
            "s", "small", "span", "strong", "sub", "sup", "time", "u");

    /**
     * Flattens what is nested deeper than {@link #MAX_DEPTH}, as a browser's parser does: below an element at that
     * depth, its text stays, in order, with a line break wherever a block opened or closed, and the elements go. A
     * page of 100,000 unclosed {@code <div>}s otherwise costs time in the square of its depth (every ancestor's text
     * is measured) and overflows recursive walks. Linear: each node is visited once, by jsoup's non-recursive walk.
     */
    private static void flattenDeepNesting(Element body) {
        List<Element> anchors = new ArrayList<>();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth == MAX_DEPTH && node instanceof Element e && !e.children().isEmpty()) {
                    anchors.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element anchor : anchors) {
            List<Node> flat = new ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        flat.add(new TextNode(t.getWholeText()));
                    } else if (node != anchor && node instanceof Element e && !INLINE.contains(e.normalName())) {
                        flat.add(new Element("br"));
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node != anchor && node instanceof Element e && !INLINE.contains(e.normalName())
                            && !e.normalName().equals("br")) {
                        flat.add(new Element("br"));
                    }
                }
            }, anchor);
            anchor.empty();
            anchor.appendChildren(flat);
        }
    }

    // --- metadata ----------------------------------------------------------------------------------------

    private static Map<String, List<String>> meta(Document doc) {
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

    // --- content selection ---------------------------------------------------------------------------------

    private static void removeHidden(Element root) {
        for (Element e : root.select("[hidden],[aria-hidden=true],[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]")) {
            e.remove();
        }
    }

    /**
     * Readability's candidate scoring, on a copy of the body; returns the chosen element with its strong siblings.
     * As in Readability, unlikely-looking elements are stripped first, and the page is scored again without
     * stripping when what is left holds too little text.
     */
    private Set<String> pickContent(Element body) {
        Element stripped = body.clone();
        stripUnlikely(stripped);
        List<Element> chosen = score(stripped);
        if (textLength(chosen) < 500) {
            List<Element> whole = score(body.clone());
            if (textLength(whole) > textLength(chosen)) {
                chosen = whole;
            }
        }
        Set<String> ids = new java.util.HashSet<>();
        chosen.forEach(e -> ids.add(e.attr(ID)));
        return ids;
    }

    private int textLength(List<Element> elements) {
        return elements.stream().mapToInt(e -> e.text().length()).sum();
    }

    private boolean isUnlikely(Element e) {
        String names = e.className() + " " + e.id();
        String tag = e.normalName();
        return unlikely.matcher(names).find() && !maybe.matcher(names).find()
                && !tag.equals("a") && !tag.equals("article") && !tag.equals("main") && !tag.equals("body");
    }

    private void stripUnlikely(Element body) {
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null) {
                continue;
            }
            if (isUnlikely(e) && e.selectFirst("article, main, [itemprop=articleBody]") == null) {
                e.remove();
            }
        }
    }

    /** The top candidate and its strong siblings, or nothing. */
    private List<Element> score(Element body) {
        // In document order (jsoup's elements are equal only to themselves): among equal scores, the first wins,
        // on every build. An IdentityHashMap's order changes from run to run, and so did the article it chose.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!isParagraph(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split("[,，、]", -1).length - 1 + Math.min(3, text.length() / 100);
            Element parent = e.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(parent, initial(parent) + score * share, (a, b) -> a + score * share);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> c : scores.entrySet()) {
            double s = c.getValue() * (1 - linkDensity(c.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = c.getKey();
            }
        }
        if (best == null) {
            return List.of();
        }

        // A winner that is most of its parent's text stands for the parent.
        while (best.parent() != null && best.parent() != body
                && best.text().length() > 0.8 * best.parent().text().length()) {
            best = best.parent();
        }
        List<Element> merged = new ArrayList<>();
        Element parent = best.parent();
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent == null ? List.of(best) : parent.children()) {
            boolean keep = sibling == best;
            if (!keep) {
                Double s = scores.get(sibling);
                keep = s != null && s * (1 - linkDensity(sibling)) >= threshold;
                if (!keep && sibling.normalName().equals("p")) {
                    String t = sibling.text();
                    double ld = linkDensity(sibling);
                    keep = (t.length() > 80 && ld < 0.25) || (t.length() > 0 && ld == 0 && t.matches(".*\\.( |$).*"));
                }
            }
            if (keep) {
                merged.add(sibling);
            }
        }
        return merged;
    }

    private boolean isParagraph(Element e) {
        if (PARAGRAPHS.contains(e.normalName())) {
            return true;
        }
        if (!e.normalName().equals("div") && !e.normalName().equals("section")) {
            return false;
        }
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private double initial(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private double classWeight(Element e) {
        double w = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (negative.matcher(name).find()) {
                w -= 25;
            }
            if (positive.matcher(name).find()) {
                w += 25;
            }
        }
        return w;
    }

    private double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            // In-page anchors are footnotes and contents, not navigation away.
            links += href.startsWith("#") ? a.text().length() * 0.3 : a.text().length();
        }
        return Math.min(1, (double) links / total);
    }

    // --- blocks -------------------------------------------------------------------------------------------

    /** Where a block stands relative to the chosen article element. */
    private enum Zone {
        UNKNOWN(0), OUTSIDE(-2), INSIDE(2), INSIDE_UNLIKELY(0);

        final double prior;

        Zone(double prior) {
            this.prior = prior;
        }
    }

    /**
     * Emits one block per paragraph-level run of text, in document order, with hints from the markup. The walk is
     * jsoup's, which keeps its own stack: a page of 100,000 unclosed {@code <div>}s is as deep as that, and a
     * recursive walk overflowed the thread's stack on it.
     */
    private void collect(Element root, List<Block> out, Set<String> content) {
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        Zone start = content.isEmpty() ? Zone.UNKNOWN : Zone.OUTSIDE;
        java.util.ArrayDeque<Frame> open = new java.util.ArrayDeque<>();
        open.push(new Frame(Block.Hint.PARAGRAPH, false, start, false));
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                Frame in = open.peek();
                if (node == root) {
                    return;
                }
                if (node instanceof TextNode t) {
                    String s = t.text();
                    text.append(s);
                    if (in.inLink()) {
                        linkChars[0] += s.strip().length();
                    }
                    return;
                }
                if (!(node instanceof Element e)) {
                    return;
                }
                String tag = e.normalName();
                Zone inner = in.zone();
                if (in.zone() == Zone.OUTSIDE && content.contains(e.attr(ID))) {
                    inner = Zone.INSIDE;
                } else if (in.zone() == Zone.INSIDE && isUnlikely(e)) {
                    inner = Zone.INSIDE_UNLIKELY;
                }
                boolean inLink = in.inLink() || tag.equals("a");
                if (tag.equals("br")) {
                    flush(out, text, linkChars, in.hint(), in.zone());
                    open.push(new Frame(in.hint(), inLink, in.zone(), false));
                } else if (BLOCKS.contains(tag) || inner != in.zone()) {
                    flush(out, text, linkChars, in.hint(), in.zone());
                    Block.Hint hint = byline.matcher(e.className() + " " + e.id() + " " + e.attr("itemprop")
                            + " " + e.attr("rel")).find() ? Block.Hint.BYLINE : switch (tag) {
                        case "h1" -> Block.Hint.TITLE;
                        case "h2", "h3", "h4", "h5", "h6" -> Block.Hint.HEADING;
                        case "li" -> Block.Hint.LIST_ITEM;
                        case "blockquote" -> Block.Hint.QUOTE;
                        case "p" -> in.hint() == Block.Hint.QUOTE ? Block.Hint.QUOTE : Block.Hint.PARAGRAPH;
                        default -> in.hint();
                    };
                    open.push(new Frame(hint, inLink, inner, true));
                } else {
                    open.push(new Frame(in.hint(), inLink, in.zone(), false));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != root && node instanceof Element) {
                    Frame closed = open.pop();
                    if (closed.block()) {
                        flush(out, text, linkChars, closed.hint(), closed.zone());
                    }
                }
            }
        }, root);
        flush(out, text, linkChars, Block.Hint.PARAGRAPH, start);
    }

    /** An open element as the walk sees it: the hint and zone of its text, whether it is a link, whether a block. */
    private record Frame(Block.Hint hint, boolean inLink, Zone zone, boolean block) {
    }

    private static void flush(List<Block> out, StringBuilder text, int[] linkChars, Block.Hint hint, Zone zone) {
        String t = SPACE.matcher(text).replaceAll(" ").strip();
        if (!t.isEmpty()) {
            double density = Math.min(1, (double) linkChars[0] / t.length());
            out.add(new Block(t, 0, hint, density, zone.prior));
        }
        text.setLength(0);
        linkChars[0] = 0;
    }
}
