package io.github.dossier.clean;

import io.github.dossier.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page's text as blocks, one per paragraph-level run of text in document order, each with the hint its markup
 * gives (headline, heading, list item, quote, byline), its link density, and where it stands relative to the
 * chosen article element. Nesting deeper than browsers keep is flattened first. Immutable and thread-safe.
 */
final class HtmlBlocks {

    /** Elements that open a block of their own. */
    static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "td", "th", "dd", "dt", "div", "section", "article", "main", "header", "ul", "ol", "dl", "table", "tr",
            "tbody", "thead", "body", "address", "center", "details", "summary", "hr", "br");
    /** Runs of white space, the no-break and typographic spaces of {@code &nbsp;} and its kin included. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private final ArticleChooser chooser;
    /** An element that holds the byline, not the author's picture or bio. */
    private final Pattern byline;

    HtmlBlocks(Lexicon lexicon, ArticleChooser chooser) {
        this.chooser = chooser;
        this.byline = Pattern.compile("(?i)\\b(" + lexicon.patterns(Lexicon.HTML_BYLINE) + ")\\b(?![-_]?("
                + lexicon.patterns(Lexicon.HTML_BYLINE_NOT) + "))");
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
    static void flattenDeepNesting(Element body) {
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

    /**
     * Where a block stands relative to the chosen article element. Outside an element the page named as its
     * article, prose weighs less still than outside one that scores chose.
     */
    private enum Zone {
        UNKNOWN(0), OUTSIDE(-2), OUTSIDE_NAMED(-4), INSIDE(2), INSIDE_UNLIKELY(0);

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
    List<Block> collect(Element root, ArticleChooser.Choice choice) {
        Set<String> content = choice.ids();
        Zone outside = choice.named() ? Zone.OUTSIDE_NAMED : Zone.OUTSIDE;
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        Zone start = content.isEmpty() ? Zone.UNKNOWN : outside;
        java.util.ArrayDeque<Frame> open = new java.util.ArrayDeque<>();
        open.push(new Frame(Block.Hint.PARAGRAPH, false, start, false, Block.Markup.NONE));
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                Frame in = open.peek();
                if (node == root) {
                    return;
                }
                if (node instanceof TextNode t) {
                    String s = in.hint() == Block.Hint.CODE ? t.getWholeText().replace("\t", "    ")
                            .replace(' ', PartType.CODE_SPACE).replace('\n', PartType.NEWLINE) : t.text();
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
                if (in.hint() == Block.Hint.BYLINE && !text.isEmpty()
                        && Character.isLetterOrDigit(text.charAt(text.length() - 1))) {
                    // "Emma Mackenzie" and "Lifestyle Writer" in two elements of a byline are two phrases.
                    text.append(" | ");
                }
                Zone inner = in.zone();
                if (in.zone() == outside && content.contains(e.attr(HtmlCleaner.ID))) {
                    inner = Zone.INSIDE;
                } else if (in.zone() == Zone.INSIDE && chooser.isUnlikely(e)) {
                    inner = Zone.INSIDE_UNLIKELY;
                }
                boolean inLink = in.inLink() || tag.equals("a");
                if (in.hint() == Block.Hint.TABLE_ROW || in.hint() == Block.Hint.CODE) {
                    // Inside a table row, each cell is a cell of the one row's text, and what a cell holds (a
                    // paragraph, a list) is its text; inside preformatted text, a line break is kept.
                    if (in.hint() == Block.Hint.TABLE_ROW && (tag.equals("td") || tag.equals("th"))) {
                        text.append(' ').append(PartType.CELL).append(' ');
                    } else if (tag.equals("br")) {
                        text.append(in.hint() == Block.Hint.CODE ? String.valueOf(PartType.NEWLINE) : " ");
                    } else if (BLOCKS.contains(tag)) {
                        text.append(' ');
                    }
                    open.push(new Frame(in.hint(), inLink, in.zone(), false, in.markup()));
                } else if (tag.equals("br") && in.hint() == Block.Hint.QUOTE) {
                    // A quoted post's lines ("a tweet") are one quotation.
                    text.append(' ');
                    open.push(new Frame(in.hint(), inLink, in.zone(), false, in.markup()));
                } else if (tag.equals("br")) {
                    flush(out, text, linkChars, in.hint(), in.zone(), in.markup());
                    open.push(new Frame(in.hint(), inLink, in.zone(), false, in.markup()));
                } else if (BLOCKS.contains(tag) || inner != in.zone()) {
                    flush(out, text, linkChars, in.hint(), in.zone(), in.markup());
                    Block.Hint hint = byline.matcher(e.className() + " " + e.id() + " " + e.attr("itemprop")
                            + " " + e.attr("rel")).find() && !PageMeta.inside(e, PageMeta.COMMENTS) ? Block.Hint.BYLINE : switch (tag) {
                        case "h1" -> Block.Hint.TITLE;
                        case "h2", "h3", "h4", "h5", "h6" -> Block.Hint.HEADING;
                        case "li" -> Block.Hint.LIST_ITEM;
                        case "blockquote" -> Block.Hint.QUOTE;
                        case "tr" -> dataRow(e) ? Block.Hint.TABLE_ROW : in.hint();
                        case "pre" -> Block.Hint.CODE;
                        case "p" -> in.hint() == Block.Hint.QUOTE ? Block.Hint.QUOTE
                                : boldOnly(e) ? Block.Hint.HEADING : Block.Hint.PARAGRAPH;
                        default -> in.hint();
                    };
                    open.push(new Frame(hint, inLink, inner, true, chooser.markup(e, in.markup(), depth)));
                } else {
                    open.push(new Frame(in.hint(), inLink, in.zone(), false, in.markup()));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != root && node instanceof Element) {
                    Frame closed = open.pop();
                    if (closed.block()) {
                        flush(out, text, linkChars, closed.hint(), closed.zone(), closed.markup());
                    }
                }
            }
        }, root);
        flush(out, text, linkChars, Block.Hint.PARAGRAPH, start, Block.Markup.NONE);
        return out;
    }

    /** Whether a paragraph is all one bold phrase, as pages write a subheading: {@code <p><strong>…</strong></p>}. */
    private static boolean boldOnly(Element p) {
        if (p.childrenSize() != 1 || p.textNodes().stream().anyMatch(t -> !t.isBlank())) {
            return false;
        }
        Element only = p.child(0);
        String text = p.text();
        return (only.normalName().equals("strong") || only.normalName().equals("b")) && !text.isEmpty()
                && text.length() <= 120 && !text.endsWith(".");
    }

    /** Block elements a table's cell holds where the table lays out a page rather than tabulating data. */
    private static final String LAYOUT = "table, p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, pre, article, section";

    /**
     * Whether a table row tabulates data (two cells or more, short, of text), not lays out a page: old pages set a
     * whole article in one cell, and a sidebar's boxes in rows of one, and that is paragraphs, not a table.
     */
    private static boolean dataRow(Element tr) {
        long cells = tr.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).count();
        return cells >= 2 && tr.select(LAYOUT).isEmpty() && tr.text().length() <= 600;
    }

    /** An open element as the walk sees it: the hint and zone of its text, whether it is a link, whether a block. */
    private record Frame(Block.Hint hint, boolean inLink, Zone zone, boolean block, Block.Markup markup) {
    }

    private static void flush(List<Block> out, StringBuilder text, int[] linkChars, Block.Hint hint, Zone zone,
            Block.Markup markup) {
        String t = SPACE.matcher(text).replaceAll(" ").strip();
        if (!t.isEmpty()) {
            double density = Math.min(1, (double) linkChars[0] / t.length());
            out.add(new Block(t, 0, hint, density, zone.prior, markup));
        }
        text.setLength(0);
        linkChars[0] = 0;
    }
}
