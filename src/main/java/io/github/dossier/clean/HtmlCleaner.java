package io.github.dossier.clean;

import io.github.dossier.internal.InputText;
import io.github.dossier.knowledge.Lexicon;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * <p>The parts: {@link PageMeta} reads what the page says of itself, {@link ArticleChooser} picks the article
 * element, {@link HtmlBlocks} turns the page into blocks. Immutable and thread-safe.
 */
final class HtmlCleaner {

    private static final Set<String> DROP = Set.of("script", "style", "noscript", "iframe", "button", "input",
            "select", "textarea", "svg", "canvas", "template", "object", "embed", "nav", "aside", "footer", "figcaption",
            "figure", "picture", "video", "audio", "source", "link", "meta", "dialog", "menu");
    /** Marks every element so that choices made on a copy of the page apply to the page itself. */
    static final String ID = "data-dossier-id";
    private final BlockCleaner blocks;
    private final ArticleChooser chooser;
    private final HtmlBlocks pageBlocks;

    HtmlCleaner(BlockCleaner blocks, Lexicon lexicon) {
        this.blocks = blocks;
        this.chooser = new ArticleChooser(lexicon);
        this.pageBlocks = new HtmlBlocks(lexicon, chooser);
    }

    /**
     * {@code <script …/>}: a browser reads it as a script that goes on to the next {@code </script>} (a non-void
     * element's "/>" means nothing), jsoup as an empty one, after which the script's code is page text.
     */
    private static final java.util.regex.Pattern SELF_CLOSED_SCRIPT = java.util.regex.Pattern.compile(
            "(?i)<(script|style)(\\b[^<>]*?)\\s*/>");

    /** Cleans the HTML page {@code html} from the raw file {@code source}. */
    CleanArticle clean(String source, String html) {
        return clean(source, html, CorpusProfile.EMPTY);
    }

    /** Cleans the HTML page {@code html}, knowing which lines recur across the corpus. */
    CleanArticle clean(String source, String html, CorpusProfile profile) {
        Parsed page = parse(html);
        return blocks.clean(source, page.blocks(), page.meta(), profile);
    }

    /** A page's blocks, the extractor's choice given as their priors, and what the page says of itself. */
    record Parsed(List<Block> blocks, Map<String, List<String>> meta) {
    }

    /** Reads the HTML page {@code html} into its blocks and metadata. */
    Parsed parse(String html) {
        Document doc = Jsoup.parse(SELF_CLOSED_SCRIPT.matcher(html).replaceAll("<$1$2>"));
        withoutControls(doc);
        Map<String, List<String>> meta = PageMeta.of(doc);
        Element body = doc.body();
        HtmlBlocks.flattenDeepNesting(body);
        unwrapNoscriptArticles(body);
        for (Element e : body.select(String.join(",", DROP))) {
            e.remove();
        }
        removeHidden(body);
        int n = 0;
        for (Element e : body.getAllElements()) {
            e.attr(ID, Integer.toString(n++));
        }
        ArticleChooser.Choice choice = chooser.choose(body); // which reads it, and strips a copy of its own
        return new Parsed(pageBlocks.collect(body, choice), meta);
    }

    /**
     * The page's text and attributes without what {@link InputText} drops: the raw text was normalised before jsoup
     * read it, but a character reference is read after ({@code &#1;} is U+0001 again, {@code &#x202E;} a bidi
     * override).
     */
    private static void withoutControls(Document doc) {
        doc.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                String clean = InputText.body(text);
                if (!clean.equals(text)) {
                    t.text(clean);
                }
            } else if (node instanceof Element e) {
                for (Attribute a : e.attributes()) {
                    String clean = InputText.body(a.getValue());
                    if (!clean.equals(a.getValue())) {
                        a.setValue(clean);
                    }
                }
            }
        });
    }

    /**
     * A page that renders its article with a script may print it a second time in {@code <noscript>} for readers
     * without one (Blogger does): such a copy, paragraphs of prose, is the article and stays. Other {@code
     * <noscript>} content (tracking pixels, "enable JavaScript") is dropped with the rest.
     */
    private static void unwrapNoscriptArticles(Element body) {
        for (Element e : body.select("noscript")) {
            if (e.selectFirst("p") != null && e.text().length() >= NOSCRIPT_ARTICLE) {
                e.unwrap();
            }
        }
    }

    /** The least text a {@code <noscript>} copy of the article holds. */
    private static final int NOSCRIPT_ARTICLE = 200;

    private static void removeHidden(Element root) {
        for (Element e : root.select("[hidden],[aria-hidden=true],[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]")) {
            e.remove();
        }
    }
}
