package io.github.dossier.clean;

import io.github.dossier.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes a page's classed lines into typed parts. Inside the article: paragraphs, headings, quotes, list items; a
 * bare question between paragraphs is another article's teaser. Above it: the headline (the page title's twin when
 * the scrape opens with one), standfirst, section, byline (a name line near the headline or the first paragraph),
 * dateline (a date under the headline; above it, the page header's day of the visit). Below it: author bios and
 * tag lines. A byline or bio printed twice keeps one copy. Per page.
 */
final class Typing {

    /** How far (in blocks) from the headline or the first paragraph a name line can be the byline. */
    private static final int BYLINE_REACH = 4;
    private static final Pattern LEAD_IN_NEXT = Pattern.compile("^[“\"‘'(]?\\p{Ll}.*");

    private final List<Line> lines;
    private final boolean stopwords;
    private final Signs signs;

    Typing(Page page, Signs signs) {
        this.lines = page.lines;
        this.stopwords = page.stopwords;
        this.signs = signs;
    }

    /**
     * Every line as a part: the article's {@code run} (first and last line, or null for none) typed as body, the
     * lines above it as header, those below as tail, the rest as boilerplate with the rule that removed them.
     */
    List<Part> parts(int[] run) {
        List<Part> parts = new ArrayList<>();
        if (run == null) {
            for (Line l : lines) {
                parts.add(boilerplate(l, l.rule.isEmpty() ? Rule.NO_ARTICLE : l.rule));
            }
            return parts;
        }
        int start = run[0];
        int end = run[1];
        // A short sentence right above the paragraphs (a wire story's lede, too short to pass for prose) is the
        // article's first paragraph, not its headline; above a page's last resort (no line reads as prose), nothing.
        boolean prose = false;
        for (int i = start; i <= end && !prose; i++) {
            prose = lines.get(i).kind == Line.Kind.GOOD;
        }
        while (prose && start > 0 && isLede(lines.get(start - 1))) {
            start--;
        }
        start = ledeAboveBox(start);
        // Bullets opening the run are the standfirst; what follows them up to the prose is header.
        int bodyStart = start;
        while (bodyStart <= end && lines.get(bodyStart).bullet && bodyStart - start < 5) {
            lines.get(bodyStart).type = PartType.STANDFIRST;
            bodyStart++;
        }
        while (bodyStart > start && bodyStart <= end && !lines.get(bodyStart).prose()) {
            bodyStart++;
        }
        end = introducedList(end);
        typeBody(bodyStart, end);
        end = peelTrailingBios(bodyStart, end);
        Line opening = lines.get(start);
        boolean openingHeadline = bodyStart == start && !opening.sentenceEnd && opening.words.size() <= 25
                && headlineShaped(opening.block.hint()) && start < end;
        boolean headline = typeHeader(bodyStart, openingHeadline ? start : -1);
        if (!headline && openingHeadline) {
            // Without a headline above it, an opening line that is no sentence is the headline.
            opening.type = PartType.HEADLINE;
        } else if (!headline && bodyStart == start && isDeck(opening, start, end)) {
            opening.type = PartType.STANDFIRST;
        }
        typeTail(end);
        for (Line l : lines) {
            parts.add(l.type == PartType.BOILERPLATE || l.type == null
                    ? boilerplate(l, l.rule.isEmpty() ? Rule.OUTSIDE_ARTICLE : l.rule)
                    : new Part(l.type, l.text, "", l.block.line()));
        }
        return dedupeNonBody(parts);
    }

    private Part boilerplate(Line l, String rule) {
        return new Part(PartType.BOILERPLATE, l.text, rule, l.block.line());
    }

    private void typeBody(int start, int end) {
        for (int i = start; i <= end; i++) {
            Line l = lines.get(i);
            if (trustedShort(l)) {
                // Inside the element the page itself marks as the article, lists, tables and short lines are
                // article text unless a pattern says otherwise.
                l.type = looksLikeHeading(l) && l.block.hint() != Block.Hint.LIST_ITEM ? headingType(l) : bodyType(l);
                continue;
            }
            switch (l.kind) {
                case GOOD, NEAR -> {
                    if (isQuestionTeaser(l, i, end)) {
                        l.type = PartType.BOILERPLATE;
                        l.rule = Rule.TEASER;
                    } else {
                        l.type = bodyType(l);
                    }
                }
                case DUPLICATE, BAD -> l.type = PartType.BOILERPLATE;
                case KEEP -> l.type = keepType(l, false);
                case SHORT -> typeShort(l, i, end);
            }
        }
    }

    /**
     * Whether a block's markup lets it be a headline: a scrape's line (no markup), a title or a heading. An HTML
     * page's paragraph or list item is never one, wherever it stands.
     */
    private static boolean headlineShaped(Block.Hint hint) {
        return hint == Block.Hint.NONE || hint == Block.Hint.TITLE || hint == Block.Hint.HEADING;
    }

    /**
     * What a line shaped like a subheading is: a subheading, unless the page marks it a paragraph ("Eat 60–90
     * minutes before your workout", a recipe's "200 g Mehl"); a paragraph all in bold the page's markup already
     * gives as a heading.
     */
    private PartType headingType(Line l) {
        return l.block.hint() == Block.Hint.PARAGRAPH ? bodyType(l) : PartType.HEADING;
    }

    /** The body part a line is, by its markup: a table row, code, a list item, a quotation or a paragraph. */
    static PartType bodyType(Line l) {
        if (l.block.hint() == Block.Hint.TABLE_ROW) {
            return PartType.TABLE_ROW;
        }
        if (l.block.hint() == Block.Hint.CODE) {
            return PartType.CODE;
        }
        if (l.bullet || l.block.hint() == Block.Hint.LIST_ITEM) {
            return PartType.LIST_ITEM;
        }
        return l.block.hint() == Block.Hint.QUOTE ? PartType.QUOTE : PartType.PARAGRAPH;
    }

    private void typeShort(Line l, int i, int end) {
        Line next = i < end ? lines.get(i + 1) : null;
        boolean proseFollows = next != null && next.prose();
        if (isQuestionTeaser(l, i, end)) {
            l.type = PartType.BOILERPLATE;
            l.rule = Rule.TEASER;
        } else if (proseFollows && LEAD_IN_NEXT.matcher(next.text).matches()) {
            l.type = PartType.PARAGRAPH; // "The statement reads" introducing a quotation
        } else if (looksLikeHeading(l) && proseFollows) {
            l.type = headingType(l);
        } else if (l.sentenceEnd && (l.stop > 0.15 || !stopwords) && l.words.size() >= 3) {
            l.type = bodyType(l);
        } else if (l.match == null && l.words.size() >= 3 && proseFollows && i > 0 && lines.get(i - 1).prose()
                && lines.get(i - 1).type != null && lines.get(i - 1).type.isBody()) {
            // Between two paragraphs of the article, a short line no pattern removed is the article's too (an
            // attribution, "He said:", a line of verse).
            l.type = bodyType(l);
        } else if (l.bullet || l.block.hint() == Block.Hint.LIST_ITEM) {
            l.type = PartType.LIST_ITEM;
        } else {
            l.type = PartType.BOILERPLATE;
            l.rule = Rule.SHORT;
        }
    }

    private boolean trustedShort(Line l) {
        if (l.block.prior() <= 0 || l.match != null || l.kind == Line.Kind.DUPLICATE) {
            return false;
        }
        return switch (l.kind) {
            case SHORT -> true;
            case BAD -> l.rule.equals(Rule.REPEATED) || l.rule.equals(Rule.LOW_STOPWORDS);
            default -> false;
        };
    }

    /** A bare one-line question between paragraphs is the headline of another article. */
    private boolean isQuestionTeaser(Line l, int i, int end) {
        return l.text.endsWith("?") && l.words.size() <= 15 && !l.text.contains(". ")
                && l.block.hint() != Block.Hint.HEADING
                && i > 0 && lines.get(i - 1).prose() && i < end && lines.get(i + 1).prose();
    }

    private boolean looksLikeHeading(Line l) {
        if (l.block.hint() == Block.Hint.HEADING) {
            return true;
        }
        if (l.block.hint() == Block.Hint.TABLE_ROW || l.block.hint() == Block.Hint.CODE) {
            return false; // a table's cells and a program's lines are no subheadings however short
        }
        int first = l.text.codePointAt(0);
        return l.words.size() >= 2 && l.words.size() <= 15 && !l.text.matches(".*[.,;:!]$")
                && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    private int peelTrailingBios(int start, int end) {
        int e = end;
        while (e > start && signs.isBio(lines.get(e))) {
            lines.get(e).type = PartType.BIO;
            e--;
            while (e > start && lines.get(e).type == PartType.BOILERPLATE) {
                e--;
            }
        }
        return e;
    }

    /**
     * Types the blocks before the article body; says whether a headline was found. {@code openingHeadline} is
     * where the headline stands when the article's first line may be it (-1 otherwise).
     */
    private boolean typeHeader(int bodyStart, int openingHeadline) {
        int headlineAt = pageTitleHeadline(bodyStart);
        if (headlineAt < 0) {
            headlineAt = printedHeadline(bodyStart);
        }
        if (headlineAt < 0) {
            headlineAt = openingHeadline;
        }
        boolean headline = headlineAt >= 0 && headlineAt != openingHeadline;
        for (int i = bodyStart - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.type == PartType.STANDFIRST || l.type == PartType.HEADLINE || l.type == PartType.PAGE_TITLE) {
                continue;
            }
            // A date under the headline is the article's ("Nov. 19, 2019 8:03 am ET"); above it, the page
            // header's day of the visit. Without a headline, only a date right above the first paragraph.
            boolean belowHeadline = headlineAt >= 0 ? i > headlineAt : bodyStart - i <= 3;
            if (l.kind == Line.Kind.KEEP) {
                l.type = keepType(l, true);
            } else if (belowHeadline && l.words.size() <= (headlineAt >= 0 ? 20 : 8)
                    && signs.dateInLine().matcher(l.text).find()) {
                l.type = PartType.DATELINE;
            } else if (signs.looksLikeNames(l) && l.match == null
                    && (bodyStart - i <= BYLINE_REACH || (headlineAt >= 0 && Math.abs(headlineAt - i) <= BYLINE_REACH))) {
                // Printed twice or not, a name line near the headline or the first paragraph is the byline;
                // further up, name-like lines are menus.
                l.type = PartType.BYLINE;
            } else if (l.kind == Line.Kind.DUPLICATE || (l.kind == Line.Kind.BAD && l.match != null)
                    || l.rule.equals(Rule.REPEATED) || l.rule.equals(Rule.LINKS) || l.rule.equals(Rule.NO_WORDS)) {
                l.type = PartType.BOILERPLATE;
            } else if (l.bullet && !headline) {
                l.type = PartType.STANDFIRST;
            } else if (!headline && looksLikeHeadline(l)) {
                l.type = PartType.HEADLINE;
                headline = true;
                headlineAt = i;
            } else {
                l.type = PartType.BOILERPLATE;
                l.rule = Rule.BEFORE_ARTICLE;
            }
        }
        return headline;
    }

    /**
     * A scrape that opens with the page's title ("Headline - Site") repeats the headline lower down: the line
     * nearest the article that says the same is the headline, whatever else it looks like. Returns its index,
     * or -1.
     */
    private int pageTitleHeadline(int bodyStart) {
        if (bodyStart <= 1 || lines.get(0).match != null) {
            return -1;
        }
        Line first = lines.get(0);
        if (first.words.size() < 3 || first.kind == Line.Kind.DUPLICATE || first.block.hint() != Block.Hint.NONE) {
            return -1;
        }
        String[] parts = Words.TITLE_SEPARATOR.split(first.text);
        String main = "";
        for (String part : parts) {
            if (Words.count(part) > Words.count(main)) {
                main = part;
            }
        }
        String key = Words.key(main);
        if (Words.count(main) < 3) {
            return -1;
        }
        first.type = PartType.PAGE_TITLE;
        for (int i = bodyStart - 1; i >= 1; i--) {
            Line l = lines.get(i);
            if (l.key.equals(key) || (l.words.size() >= 4 && key.startsWith(l.key))) {
                l.type = PartType.HEADLINE;
                return i;
            }
        }
        return -1;
    }

    /**
     * The article's last line when its last paragraph ends in a colon and introduces a list ("Here are the offers not
     * to miss:"): the list's items under it, numbered or bulleted, with the addresses printed beside them, are the
     * article's, up to the first line that is neither or that a pattern removes. Two items at least; else {@code end}.
     */
    private int introducedList(int end) {
        if (!lines.get(end).text.strip().endsWith(":")) {
            return end;
        }
        int items = 0;
        int last = end;
        for (int i = end + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.match != null || l.kind == Line.Kind.DUPLICATE) {
                break;
            }
            if (l.bullet || LIST_ITEM.matcher(l.text).lookingAt() || l.block.hint() == Block.Hint.LIST_ITEM) {
                items++;
                last = i;
            } else if (!(items > 0 && BARE_ADDRESS.matcher(l.text.strip()).matches())) {
                break;
            } else {
                last = i;
            }
        }
        if (items < 2) {
            return end;
        }
        for (int i = end + 1; i <= last; i++) {
            lines.get(i).kind = Line.Kind.NEAR;
            lines.get(i).rule = "";
        }
        return last;
    }

    /** A numbered or marked list item: "1) …", "12. …", "- …". */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
            "\\s*(?:\\d{1,3}[.)]|[-–*•●▪◦■‣])\\s+\\S");
    /** A line that is a web address and nothing more. */
    private static final java.util.regex.Pattern BARE_ADDRESS = java.util.regex.Pattern.compile("https?://\\S+");

    /**
     * The article's first line when a paragraph of prose stands right above a box set into it (a "Related articles"
     * list, a teaser, a share bar: a few lines at most, one at least that the patterns or the link rule removed, the
     * others short and no sentence): that paragraph, the lede the box cut off; else {@code start}.
     */
    private int ledeAboveBox(int start) {
        int i = start - 1;
        int box = 0;
        int marked = 0;
        while (i >= 0 && box < LEDE_BOX) {
            Line l = lines.get(i);
            boolean removed = l.kind == Line.Kind.BAD && (l.match != null || l.rule.equals(Rule.LINKS))
                    || l.rule.equals(Rule.REPEATED) || l.rule.equals(Rule.TEASER);
            // The box's own items: short lines that are no sentence (other stories' headlines).
            boolean item = l.kind == Line.Kind.SHORT && !l.sentenceEnd && l.match == null;
            if (!removed && !item) {
                break;
            }
            marked += removed ? 1 : 0;
            box++;
            i--;
        }
        if (marked == 0 || i < 0) {
            return start;
        }
        Line lede = lines.get(i);
        Block.Hint hint = lede.block.hint();
        if (lede.kind != Line.Kind.GOOD || lede.match != null
                || hint != Block.Hint.NONE && hint != Block.Hint.PARAGRAPH) {
            return start;
        }
        for (int j = i + 1; j < start; j++) {
            Line l = lines.get(j);
            if (l.kind == Line.Kind.SHORT) {
                l.kind = Line.Kind.BAD; // another story's headline in the box, not the article's
                l.rule = Rule.TEASER;
            }
        }
        return i;
    }

    /** The most lines a box set into the article's opening may have for the paragraph above it to be the lede. */
    private static final int LEDE_BOX = 6;

    /**
     * A sentence too short to pass for prose that reads as one: eight words or more ending in a full stop or an
     * exclamation, in the page's stopword share of prose where it has stopwords, no pattern's, link or heading.
     */
    private boolean isLede(Line l) {
        return l.kind == Line.Kind.SHORT && l.match == null && l.words.size() >= 8 && l.text.matches("(?s).*[.!][\"'”’)]*")
                && !l.bullet && (!stopwords || l.stop >= 0.2) && l.block.linkDensity() < 0.3
                && l.block.hint() != Block.Hint.HEADING && l.block.hint() != Block.Hint.TITLE
                && l.block.hint() != Block.Hint.BYLINE;
    }

    /**
     * The page's own headline element ({@code <h1>}) nearest above the article, within reach, when no pattern removed
     * it: the headline, before any line between them that only looks like one ("Veröffentlicht am 12. Juni 2017 von
     * gizzmo"). Returns its index, or -1.
     */
    private int printedHeadline(int bodyStart) {
        for (int i = bodyStart - 1; i >= 0 && bodyStart - i <= HEADLINE_REACH; i--) {
            Line l = lines.get(i);
            if (l.block.hint() == Block.Hint.TITLE && l.match == null && l.kind != Line.Kind.DUPLICATE
                    && l.words.size() >= 2 && l.words.size() <= 40 && !l.text.endsWith(":")) {
                l.type = PartType.HEADLINE;
                return i;
            }
        }
        return -1;
    }

    /** How far above the article a headline element is looked for. */
    private static final int HEADLINE_REACH = 6;

    /** Without a headline, a lone opening sentence under a section line, before the paragraphs, is the deck. */
    private boolean isDeck(Line l, int start, int end) {
        int before = start - 1;
        while (before >= 0 && lines.get(before).kind == Line.Kind.BAD && lines.get(before).match != null
                && !lines.get(before).matched(Rule.SECTION)) {
            before--;
        }
        if (before < 0 || !lines.get(before).matched(Rule.SECTION)) {
            return false;
        }
        long sentences = l.text.split("(?<=[.!?])\\s+").length;
        long paragraphs = lines.subList(start, end + 1).stream().filter(Line::prose).count();
        return sentences == 1 && l.words.size() <= 40 && paragraphs >= 4;
    }

    private void typeTail(int end) {
        boolean afterBio = false;
        for (int i = end + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.type == PartType.BIO) {
                afterBio = true;
                continue;
            }
            if (l.kind == Line.Kind.KEEP) {
                l.type = keepType(l, false);
                afterBio |= l.type == PartType.BIO;
            } else if (l.kind == Line.Kind.DUPLICATE || (l.kind == Line.Kind.BAD && l.match != null)) {
                l.type = PartType.BOILERPLATE;
            } else if (signs.isBio(l)) {
                l.type = PartType.BIO;
                afterBio = true;
            } else if (afterBio && l.match == null && looksLikeTags(l)) {
                l.type = PartType.TAGS;
                afterBio = false;
            } else {
                l.type = PartType.BOILERPLATE;
                l.rule = Rule.AFTER_ARTICLE;
            }
        }
    }

    private PartType keepType(Line l, boolean header) {
        String rule = l.match.rule();
        PartType type = switch (rule) {
            case Rule.SECTION -> header ? PartType.SECTION : null;
            case Rule.DATELINE -> PartType.DATELINE;
            case Rule.BYLINE -> PartType.BYLINE;
            case Rule.BIO -> PartType.BIO;
            case Rule.TAGS -> PartType.TAGS;
            default -> null;
        };
        if (type == null) {
            l.rule = rule;
            return PartType.BOILERPLATE;
        }
        return type;
    }

    private boolean looksLikeHeadline(Line l) {
        int n = l.words.size();
        if (n < 3 || n > 40 || l.text.endsWith(":") || l.bullet) {
            return false;
        }
        // Headlines rarely end in a full stop; decks and sentences do.
        return !l.text.endsWith(".") || n <= 12;
    }

    private boolean looksLikeTags(Line l) {
        return !l.sentenceEnd && l.words.size() >= 1 && l.words.size() <= 30 && l.stop < 0.25;
    }

    /** Keeps one copy of repeated bylines and bios: the fuller one. */
    private List<Part> dedupeNonBody(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        for (int i = 0; i < out.size(); i++) {
            Part a = out.get(i);
            if (a.type() != PartType.BYLINE && a.type() != PartType.BIO && a.type() != PartType.TAGS) {
                continue;
            }
            String ka = Words.key(a.text());
            for (int j = 0; j < out.size(); j++) {
                Part b = out.get(j);
                if (i == j || b.type() != a.type()) {
                    continue;
                }
                String kb = Words.key(b.text());
                // A byline printed twice keeps its first copy; a short bio inside a fuller one gives way to it.
                boolean covered = a.type() == PartType.BIO
                        ? kb.contains(ka) && (kb.length() > ka.length() || j < i)
                        : kb.equals(ka) && j < i;
                if (covered) {
                    out.set(i, new Part(PartType.BOILERPLATE, a.text(), Rule.DUPLICATE, a.line()));
                    break;
                }
            }
        }
        return out;
    }
}
