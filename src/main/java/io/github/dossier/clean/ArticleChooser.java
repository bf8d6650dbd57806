package io.github.dossier.clean;

import io.github.dossier.internal.BoundedMemo;
import io.github.dossier.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's article element, as Readability does: paragraph-like elements score on length and commas; the
 * score flows to the parent in full, the grandparent in half and further up in thirds; class and id names weigh
 * for ({@code article}, {@code content}) or against ({@code comment}, {@code sidebar}); link-heavy candidates are
 * discounted; the winner brings its strong siblings. The hints are the lexicon's. Thread-safe (what the hints say of
 * a name is remembered).
 */
final class ArticleChooser {

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "dd");

    /** Class and id hints, as Readability reads them: unlikely boxes, boxes that may hold the article after all. */
    private final Pattern unlikely;
    private final Pattern maybe;
    private final Pattern positive;
    private final Pattern negative;
    /** Names of elements that hold the article's text, and of the page's main column (trafilatura's tiers). */
    private final Pattern articleBody;
    private final Pattern mainContent;

    /** What the hints say of a class and id, and of a class or an id: pages repeat the same names over and over. */
    private final BoundedMemo<String, Integer> verdicts = new BoundedMemo<>(NAMES, name -> 1);
    private final BoundedMemo<String, Integer> weights = new BoundedMemo<>(NAMES, name -> 1);
    /** How many names the hints' verdicts are remembered for, of at most how many characters (a page's odd name not). */
    private static final int NAMES = 20_000;
    private static final int LONGEST_NAME = 200;

    ArticleChooser(Lexicon lexicon) {
        this.articleBody = Pattern.compile(lexicon.patterns(Lexicon.HTML_ARTICLE_BODY));
        this.mainContent = Pattern.compile(lexicon.patterns(Lexicon.HTML_MAIN_CONTENT), Pattern.CASE_INSENSITIVE);
        this.unlikely = Pattern.compile(lexicon.patterns(Lexicon.HTML_UNLIKELY), Pattern.CASE_INSENSITIVE);
        this.maybe = Pattern.compile(lexicon.patterns(Lexicon.HTML_MAYBE), Pattern.CASE_INSENSITIVE);
        this.positive = Pattern.compile(lexicon.patterns(Lexicon.HTML_POSITIVE), Pattern.CASE_INSENSITIVE);
        this.negative = Pattern.compile(lexicon.patterns(Lexicon.HTML_NEGATIVE), Pattern.CASE_INSENSITIVE);
    }

    /**
     * Readability's candidate scoring, on copies of the body (the body itself is only read); returns the chosen
     * element with its strong siblings.
     * As in Readability, unlikely-looking elements are stripped first, and the page is scored again without
     * stripping when what is left holds too little text. An element the page names as its article is taken
     * instead when it holds prose enough.
     */
    Choice choose(Element body) {
        // Each element's text length is asked for again and again (a candidate's, its links', its parent's): taken once.
        Texts texts = new Texts();
        Element stripped = body.clone();
        stripUnlikely(stripped);
        List<Element> chosen = score(stripped, texts);
        if (textLength(chosen, texts) < 500) {
            // a copy too, as before: the page itself is only read
            List<Element> whole = score(body.clone(), texts);
            if (textLength(whole, texts) > textLength(chosen, texts)) {
                chosen = whole;
            }
        }
        Element named = named(body, texts);
        boolean byName = named != null && proseLength(named, texts) >= NAMED_SHARE * textLength(chosen, texts);
        if (byName) {
            chosen = List.of(named);
        }
        Set<String> ids = new java.util.HashSet<>();
        chosen.forEach(e -> ids.add(e.attr(HtmlCleaner.ID)));
        return new Choice(ids, byName);
    }

    /**
     * The article as chosen: the marks ({@link HtmlCleaner#ID}) of its elements, none when nothing was chosen, and
     * whether the page named it (stronger evidence than scores).
     */
    record Choice(Set<String> ids, boolean named) {
        static final Choice NONE = new Choice(Set.of(), false);
    }

    /** The least prose a named element must hold to be taken for the article. */
    private static final int NAMED_MIN = 200;
    /** How much of the prose the scores found a named element must hold to be taken instead. */
    private static final double NAMED_SHARE = 0.25;

    /**
     * The first element the page names as its article's text ({@code itemprop="articleBody"}, {@code
     * class="entry-content"}), else its first {@code <article>}, else its main column: the tiers trafilatura reads a
     * page with. Evidence, not trust: an element is taken only if it holds prose, not links (a teaser card named
     * "post" holds a headline and a link).
     */
    private Element named(Element body, Texts texts) {
        List<List<Element>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (!tag.equals("div") && !tag.equals("article") && !tag.equals("main") && !tag.equals("section")) {
                continue;
            }
            if (e.attr("itemprop").equals("articleBody") || names(e, articleBody)) {
                tiers.get(0).add(e);
            } else if (tag.equals("article")) {
                tiers.get(1).add(e);
            } else if (tag.equals("main") || e.attr("role").equals("main") || names(e, mainContent)) {
                tiers.get(2).add(e);
            }
        }
        for (List<Element> tier : tiers) {
            for (Element e : tier) {
                if (proseLength(e, texts) >= NAMED_MIN && linkDensity(e, texts) < 0.5) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Whether one of the element's class names, or its id, is one of {@code names}. */
    private static boolean names(Element e, Pattern names) {
        for (String c : e.classNames()) {
            if (names.matcher(c).find()) {
                return true;
            }
        }
        return !e.id().isEmpty() && names.matcher(e.id()).find();
    }

    /** The text of an element's paragraph-like descendants of 25 characters or more. */
    private int proseLength(Element e, Texts texts) {
        int n = 0;
        for (Element p : e.getAllElements()) {
            if (p != e && isParagraph(p)) {
                int t = texts.length(p);
                n += t >= 25 ? t : 0;
            }
        }
        return n;
    }

    private static int textLength(List<Element> elements, Texts texts) {
        return elements.stream().mapToInt(texts::length).sum();
    }

    /** {@code verdict} on {@code name}, remembered in {@code memo} unless the name is longer than any kept. */
    private static int remembered(BoundedMemo<String, Integer> memo, String name, Function<String, Integer> verdict) {
        return name.length() > LONGEST_NAME ? verdict.apply(name) : memo.get(name, verdict);
    }

    /**
     * The length of each element's text on one page, taken once (the lengths only: every element's text kept would
     * hold a deep page's text many times over); the page is not changed while it is asked.
     */
    private static final class Texts {
        private final Map<Element, Integer> lengths = new IdentityHashMap<>();

        int length(Element e) {
            return lengths.computeIfAbsent(e, k -> k.text().length());
        }

        /** The element's text, its length kept. */
        String text(Element e) {
            String text = e.text();
            lengths.putIfAbsent(e, text.length());
            return text;
        }
    }

    /** Whether an element's class or id says it is a box beside the article (a menu, comments, a share bar). */
    boolean isUnlikely(Element e) {
        String className = e.className();
        String id = e.id();
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        String tag = e.normalName();
        return !tag.equals("a") && !tag.equals("article") && !tag.equals("main") && !tag.equals("body")
                && remembered(verdicts, className + " " + id, names -> unlikely.matcher(names).find()
                        && !maybe.matcher(names).find() ? 1 : 0) == 1;
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
    private List<Element> score(Element body, Texts texts) {
        // In document order (jsoup's elements are equal only to themselves): among equal scores, the first wins,
        // on every build. An IdentityHashMap's order changes from run to run, and so did the article it chose.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!isParagraph(e)) {
                continue;
            }
            String text = texts.text(e);
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
            double s = c.getValue() * (1 - linkDensity(c.getKey(), texts));
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
                && texts.length(best) > 0.8 * texts.length(best.parent())) {
            best = best.parent();
        }
        List<Element> merged = new ArrayList<>();
        Element parent = best.parent();
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent == null ? List.of(best) : parent.children()) {
            boolean keep = sibling == best;
            if (!keep) {
                Double s = scores.get(sibling);
                keep = s != null && s * (1 - linkDensity(sibling, texts)) >= threshold;
                if (!keep && sibling.normalName().equals("p")) {
                    String t = texts.text(sibling);
                    double ld = linkDensity(sibling, texts);
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
            if (HtmlBlocks.BLOCKS.contains(child.normalName())) {
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

    /** An element's names as markup for its blocks, inside {@code outer}'s ({@link Block.Markup}). */
    Block.Markup markup(Element e, Block.Markup outer, int depth) {
        boolean named = !e.className().isEmpty() || !e.id().isEmpty();
        double w = named ? classWeight(e) : 0;
        return new Block.Markup(outer.box() || (named && isUnlikely(e)), outer.negative() || w < 0,
                outer.positive() || w > 0, outer.header() || e.normalName().equals("header"), depth);
    }

    private double classWeight(Element e) {
        double w = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (!name.isEmpty()) {
                w += remembered(weights, name,
                        n -> (positive.matcher(n).find() ? 25 : 0) - (negative.matcher(n).find() ? 25 : 0));
            }
        }
        return w;
    }

    private static double linkDensity(Element e, Texts texts) {
        int total = texts.length(e);
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            // In-page anchors are footnotes and contents, not navigation away.
            links += href.startsWith("#") ? texts.length(a) * 0.3 : texts.length(a);
        }
        return Math.min(1, (double) links / total);
    }
}
