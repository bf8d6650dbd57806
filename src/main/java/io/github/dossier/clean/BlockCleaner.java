package io.github.dossier.clean;

import io.github.dossier.knowledge.Boilerplate;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.internal.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a page's blocks into a {@link CleanArticle}: the shared back half of the text and HTML cleaners.
 *
 * <p>Each block is scored on several signals, in the spirit of jusText and boilerpipe: the boilerplate patterns,
 * length, stopword share, sentence punctuation, link density, and repetition within the page. The article is
 * the densest run of prose (a maximum-sum run over those scores), so menus, teasers and footers around it fall
 * away while a caption or "Read more:" inside it costs little. Blocks before the run are searched for the
 * headline, standfirst, section, byline and date; blocks after it for author bios and tags. Repeated prose (a
 * lede or pull quote printed twice, a block re-printed after a paywall) keeps one copy: the fuller one, or the
 * first.
 *
 * <p>Immutable and thread-safe; all per-page state lives in a {@code Page} made for each call.
 */
public final class BlockCleaner {

    /** Block classes, as in jusText. */
    enum Kind { GOOD, NEAR, SHORT, BAD, KEEP, DUPLICATE }

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;][\"'”’)\\]]*$");
    private static final Pattern BULLET = Pattern.compile("^[•●▪◦■‣]\\s*");
    private static final Pattern LEAD_IN_NEXT = Pattern.compile("^[“\"‘'(]?\\p{Ll}.*");

    /** How far (in blocks) from the headline or the first paragraph a name line can be the byline. */
    private static final int BYLINE_REACH = 4;
    /** The most removed lines the article may run on across. */
    private static final int MAX_GAP = 5;
    /** How much prose below a wall counts, against prose above it. */
    private static final double BELOW_WALL = 0.3;
    /** The weight of a wall line. */
    private static final double WALL = -8;
    /** A run this heavy is an article: a wall after it opens the page's tail. */
    private static final double SUBSTANTIAL = 20;

    private final Boilerplate boilerplate;
    private final Set<String> stopwords;
    private final Pattern bioSentence;
    private final Pattern nameWord;
    private final Pattern honorific;
    private final Pattern truncated;
    private final Pattern dateInLine;
    private final Pattern creditStart;

    /**
     * @param boilerplate the line patterns
     * @param lexicon     the stopwords whose share tells prose from menus, the words of names, bios, teasers, dates
     */
    public BlockCleaner(Boilerplate boilerplate, Lexicon lexicon) {
        this.boilerplate = boilerplate;
        this.stopwords = lexicon.stopwords("en");
        this.bioSentence = bioSentence(lexicon);
        this.nameWord = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*|" + lexicon.alternation(Lexicon.NAME_PARTICLES) + ")");
        this.honorific = Pattern.compile("(?i)(" + lexicon.alternation(Lexicon.HONORIFICS) + ")\\.?");
        this.truncated = Pattern.compile("(\\.\\.\\.|…)\\s*(\\[?\\s*(" + lexicon.alternation(Lexicon.TEASER_ENDINGS)
                + ")\\s*\\]?)?$", Pattern.CASE_INSENSITIVE);
        String months = lexicon.alternation(Lexicon.MONTHS);
        this.dateInLine = Pattern.compile("(?i)\\b((" + months + ")[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}"
                + "|\\d{1,2}(st|nd|rd|th)?\\s+(" + months + ")[a-z]*\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}"
                + "|\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2}))\\b");
        this.creditStart = Pattern.compile("^(" + lexicon.alternation(Lexicon.CREDIT_OPENINGS) + ")",
                Pattern.CASE_INSENSITIVE);
    }

    /** A cleaner with the shipped patterns (no mastheads) and lexicon. */
    public static BlockCleaner defaults() {
        return new BlockCleaner(Boilerplate.defaults(), Lexicon.shipped());
    }

    /** "Dr. Jane Doe is a lecturer …", "Jane Doe and John Roe are fellows at …": a named person, then a role. */
    private static Pattern bioSentence(Lexicon lexicon) {
        String name = "(?:(?i:" + lexicon.alternation(Lexicon.HONORIFICS) + ")\\.?\\s+)?(?!The\\b)\\p{Lu}[\\p{L}'’.-]+"
                + "(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}(?:\\s*\\([^)]{1,40}\\))?";
        StringBuilder alt = new StringBuilder();
        for (String r : lexicon.bioRoles()) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(r.strip()));
        }
        return Pattern.compile("^" + name + "(?:\\s+and\\s+" + name + ")?,?\\s+"
                + "(?:" + lexicon.alternation(Lexicon.BIO_VERBS) + ")\\b"
                + ".{0,40}?\\b(?i:" + alt + ")s?\\b.*");
    }

    /** Cleans one page's blocks; {@code meta} is passed through to the result. */
    public CleanArticle clean(String source, List<Block> blocks, Map<String, List<String>> meta) {
        return clean(source, blocks, meta, CorpusProfile.EMPTY);
    }

    /** Cleans one page's blocks, knowing which lines recur across the corpus. */
    public CleanArticle clean(String source, List<Block> blocks, Map<String, List<String>> meta, CorpusProfile profile) {
        return new Page(blocks, profile).assemble(source, meta);
    }

    /** One block with everything learnt about it. */
    private static final class Line {
        final Block block;
        final String text;
        final boolean bullet;
        final List<String> words;
        /** Lower-case words, for comparing lines. */
        final String key;
        final double stop;
        final boolean sentenceEnd;
        Kind kind;
        Boilerplate.Match match;
        PartType type;
        String rule = "";
        /** Opens what lies below the article (comments, related stories). */
        boolean wall;

        Line(Block block, Set<String> stopwords) {
            this.block = block;
            String t = block.text().strip().replaceAll("\\s{2,}", " ");
            this.bullet = block.hint() == Block.Hint.BULLET || BULLET.matcher(t).find();
            this.text = BULLET.matcher(t).replaceFirst("");
            this.words = Words.of(text);
            this.key = String.join(" ", words).toLowerCase(java.util.Locale.ROOT);
            this.stop = Words.stopwordShare(words, stopwords);
            this.sentenceEnd = SENTENCE_END.matcher(text).matches();
        }

        int chars() {
            return text.length();
        }

        boolean prose() {
            return kind == Kind.GOOD || kind == Kind.NEAR;
        }
    }

    /** Per-call state. */
    private final class Page {
        final List<Line> lines = new ArrayList<>();
        final boolean english;
        final CorpusProfile profile;

        Page(List<Block> blocks, CorpusProfile profile) {
            this.profile = profile;
            for (Block b : blocks) {
                if (!b.text().isBlank()) {
                    lines.add(new Line(b, stopwords));
                }
            }
            int words = 0;
            double stop = 0;
            for (Line l : lines) {
                words += l.words.size();
                stop += l.stop * l.words.size();
            }
            // Stopword shares only mean something for English; elsewhere length and punctuation decide.
            english = words == 0 || stop / words > 0.15;
        }

        CleanArticle assemble(String source, Map<String, List<String>> meta) {
            classify();
            markCaptions();
            markDuplicates();
            int[] run = densestRun();
            List<Part> parts = new ArrayList<>();
            if (run == null) {
                for (Line l : lines) {
                    parts.add(boilerplate(l, l.rule.isEmpty() ? "no-article" : l.rule));
                }
                return new CleanArticle(source, parts, meta);
            }
            int start = run[0];
            int end = run[1];
            // Bullets opening the run are the standfirst; what follows them up to the prose is header.
            int bodyStart = start;
            while (bodyStart <= end && lines.get(bodyStart).bullet && bodyStart - start < 5) {
                lines.get(bodyStart).type = PartType.STANDFIRST;
                bodyStart++;
            }
            while (bodyStart > start && bodyStart <= end && !lines.get(bodyStart).prose()) {
                bodyStart++;
            }
            typeBody(bodyStart, end);
            end = peelTrailingBios(bodyStart, end);
            Line opening = lines.get(start);
            boolean openingHeadline = bodyStart == start && !opening.sentenceEnd && opening.words.size() <= 25
                    && opening.block.hint() != Block.Hint.LIST_ITEM && start < end;
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
                        ? boilerplate(l, l.rule.isEmpty() ? "outside-article" : l.rule)
                        : new Part(l.type, l.text, "", l.block.line()));
            }
            return new CleanArticle(source, dedupeNonBody(parts), meta);
        }

        private Part boilerplate(Line l, String rule) {
            return new Part(PartType.BOILERPLATE, l.text, rule, l.block.line());
        }

        // --- scoring -------------------------------------------------------------------------------------

        private void classify() {
            Map<String, Integer> seen = new HashMap<>();
            for (Line l : lines) {
                seen.merge(l.key, 1, Integer::sum);
            }
            for (Line l : lines) {
                Optional<Boilerplate.Match> m = boilerplate.match(l.text);
                if (m.isEmpty() && l.block.hint() == Block.Hint.BYLINE && l.words.size() <= 15) {
                    m = Optional.of(new Boilerplate.Match(Boilerplate.Action.KEEP, "byline", l.text));
                }
                if (m.isPresent()) {
                    l.match = m.get();
                    l.kind = m.get().action() == Boilerplate.Action.KEEP ? Kind.KEEP : Kind.BAD;
                    l.wall = m.get().action() == Boilerplate.Action.END;
                    l.rule = m.get().rule();
                    continue;
                }
                if (l.words.isEmpty()) {
                    l.kind = Kind.BAD;
                    l.rule = "no-words";
                    continue;
                }
                if (l.block.linkDensity() > 0.5 && !(l.sentenceEnd && l.words.size() >= 10 && l.stop >= 0.25)) {
                    // Link-heavy blocks are navigation, unless they read as sentences (heavily linked prose).
                    l.kind = Kind.BAD;
                    l.rule = "links";
                    continue;
                }
                l.kind = proseKind(l);
                if (l.kind != Kind.GOOD && profile.isTemplate(l.key) && !isBio(l) && !looksLikeNames(l)) {
                    // Printed in many files of the corpus: the site's template, not this article.
                    l.kind = Kind.BAD;
                    l.rule = "template";
                    continue;
                }
                if (isTruncatedTeaser(l)) {
                    l.kind = Kind.BAD;
                    l.rule = "teaser";
                    continue;
                }
                // A short line printed several times over is page furniture (menus, nags), not article.
                if (l.kind == Kind.SHORT && seen.get(l.key) > 1 && l.words.size() < 20) {
                    l.kind = Kind.BAD;
                    l.rule = "repeated";
                }
            }
        }

        /**
         * An excerpt cut off with an ellipsis next to a link is a card pointing at another article ("Wild coach
         * Bruce Boudreau has heeded warning…" under a linked headline).
         */
        private boolean isTruncatedTeaser(Line l) {
            if (!truncated.matcher(l.text).find()) {
                return false;
            }
            if (l.block.linkDensity() >= 0.1) {
                return true;
            }
            int i = lines.indexOf(l);
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (lines.get(k).block.linkDensity() > 0.5) {
                    return true;
                }
            }
            return false;
        }

        /** A short line that reads as a sentence ("Officials gave no other details."), not as a label or link. */
        private boolean shortProse(Line l) {
            return l.sentenceEnd && l.words.size() >= 6 && (l.stop >= 0.25 || !english) && !l.text.endsWith(":");
        }

        /** A short line right above a photo credit is that photo's caption. */
        private void markCaptions() {
            for (int i = 0; i + 1 < lines.size(); i++) {
                Line l = lines.get(i);
                Line next = lines.get(i + 1);
                if (next.match != null && next.match.rule().equals("caption") && isBareCredit(next)
                        && l.match == null && l.words.size() <= 30 && l.kind != Kind.KEEP) {
                    l.kind = Kind.BAD;
                    l.rule = "caption";
                }
            }
        }

        /** "Sanjeev Verma/Hindustan Times/Getty Images", "Photo: AP": a credit with no caption of its own. */
        private boolean isBareCredit(Line l) {
            return l.words.size() <= 6 && (l.text.contains("/") || creditStart.matcher(l.text).find());
        }

        private Kind proseKind(Line l) {
            int chars = l.chars();
            if (l.block.hint() == Block.Hint.HEADING || l.block.hint() == Block.Hint.TITLE) {
                return Kind.SHORT;
            }
            if (!english) {
                if (chars > 150 || (chars > 60 && l.sentenceEnd)) {
                    return chars > 150 ? Kind.GOOD : Kind.NEAR;
                }
                return Kind.SHORT;
            }
            if (chars < 70 || l.words.size() < 8) {
                return Kind.SHORT;
            }
            if (l.stop >= 0.30) {
                return chars > 200 || (l.sentenceEnd && chars > 120) ? Kind.GOOD : Kind.NEAR;
            }
            if (l.stop >= 0.22 && l.sentenceEnd) {
                return Kind.NEAR;
            }
            l.rule = "low-stopwords";
            return Kind.BAD;
        }

        /**
         * Prose printed twice (a lede or pull quote repeated, a block re-printed after a paywall) keeps one copy: the
         * first, or the fuller one when one copy holds the other. Lines printed three times or more are the
         * page's structure (an interview's recurring question, a recipe's labels), not a repeat, and stay.
         */
        private void markDuplicates() {
            Map<String, Integer> count = new HashMap<>();
            for (Line l : lines) {
                if (l.chars() >= 40 && l.kind != Kind.BAD) {
                    count.merge(l.key, 1, Integer::sum);
                }
            }
            Map<String, Line> first = new HashMap<>();
            List<Line> prose = new ArrayList<>();
            for (Line l : lines) {
                if (l.chars() < 40 || l.kind == Kind.BAD) {
                    continue;
                }
                String key = l.key;
                Line earlier = first.putIfAbsent(key, l);
                if (earlier != null && count.get(key) == 2) {
                    l.kind = Kind.DUPLICATE;
                    l.rule = "duplicate";
                } else if (earlier == null) {
                    prose.add(l);
                }
            }
            for (Line shorter : prose) {
                String key = shorter.key;
                if (count.get(key) > 2) {
                    continue;
                }
                for (Line longer : prose) {
                    if (longer != shorter && longer.chars() > shorter.chars()
                            && longer.kind != Kind.DUPLICATE && longer.key.contains(key)) {
                        shorter.kind = Kind.DUPLICATE;
                        shorter.rule = "duplicate";
                        break;
                    }
                }
            }
        }

        private double weight(Line l) {
            return l.block.prior() + switch (l.kind) {
                case GOOD -> 1 + l.chars() / 80.0;
                case NEAR -> 0.5 + l.chars() / 200.0;
                case SHORT -> shortProse(l) ? 0.3 : -0.4;
                case KEEP -> -0.5;
                case BAD -> -1.5;
                case DUPLICATE -> 0;
            };
        }

        /**
         * The maximum-sum run of block weights (Kadane), or null when no block scores as prose. A wall line
         * ("12 comments", "Related stories") costs much, and once one follows a substantial run of prose, what
         * lies below it counts for less: comment threads and story lists can outweigh the article they follow.
         */
        private int[] densestRun() {
            double best = 0;
            double sum = 0;
            int runStart = 0;
            int[] bestRun = null;
            boolean below = false;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                below |= l.wall && best >= SUBSTANTIAL;
                double w = l.wall ? WALL : weight(l);
                if (below && w > 0) {
                    w *= BELOW_WALL;
                }
                if (sum <= 0) {
                    sum = 0;
                    runStart = i;
                }
                sum += w;
                if (sum > best) {
                    best = sum;
                    bestRun = new int[] {runStart, i};
                }
            }
            if (bestRun == null) {
                return null;
            }
            // Trim weak ends: the run starts and ends on prose.
            int s = bestRun[0];
            int e = bestRun[1];
            while (s < e && !lines.get(s).prose()) {
                s++;
            }
            while (e > s && !lines.get(e).prose() && !shortProse(lines.get(e))) {
                e--;
            }
            if (!lines.get(s).prose()) {
                return null;
            }
            return new int[] {s, extendAcrossJunk(e)};
        }

        /**
         * Carries the article on past a short gap of removed lines (a "Don't miss" box, teaser links, a caption)
         * when prose resumes right after it: the densest run alone drops an article's tail whenever a box of
         * teasers sits above its last few short paragraphs.
         */
        private int extendAcrossJunk(int end) {
            int e = end;
            while (true) {
                int i = e + 1;
                int gap = 0;
                while (i < lines.size() && !lines.get(i).prose() && gap <= MAX_GAP) {
                    Line l = lines.get(i);
                    boolean removable = l.kind == Kind.BAD || l.kind == Kind.SHORT
                            || l.kind == Kind.DUPLICATE;
                    if (l.wall || !removable || isBio(l)) {
                        return e;
                    }
                    gap++;
                    i++;
                }
                if (gap == 0 || gap > MAX_GAP || i >= lines.size()) {
                    return e;
                }
                int resumed = i;
                int prose = 0;
                while (i < lines.size() && lines.get(i).prose() && !isBio(lines.get(i))) {
                    prose++;
                    i++;
                }
                if (prose < 2 && !(prose == 1 && lines.get(resumed).kind == Kind.GOOD)) {
                    return e;
                }
                e = i - 1;
            }
        }

        // --- typing --------------------------------------------------------------------------------------

        private void typeBody(int start, int end) {
            for (int i = start; i <= end; i++) {
                Line l = lines.get(i);
                if (trustedShort(l)) {
                    // Inside the element the page itself marks as the article, lists, tables and short lines are
                    // article text unless a pattern says otherwise.
                    l.type = looksLikeHeading(l) && l.block.hint() != Block.Hint.LIST_ITEM ? PartType.HEADING : bodyType(l);
                    continue;
                }
                switch (l.kind) {
                    case GOOD, NEAR -> {
                        if (isQuestionTeaser(l, i, end)) {
                            l.type = PartType.BOILERPLATE;
                            l.rule = "teaser";
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

        private PartType bodyType(Line l) {
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
                l.rule = "teaser";
            } else if (proseFollows && LEAD_IN_NEXT.matcher(next.text).matches()) {
                l.type = PartType.PARAGRAPH; // "The statement reads" introducing a quotation
            } else if (looksLikeHeading(l) && proseFollows) {
                l.type = PartType.HEADING;
            } else if (l.sentenceEnd && (l.stop > 0.15 || !english) && l.words.size() >= 3) {
                l.type = bodyType(l);
            } else if (l.bullet || l.block.hint() == Block.Hint.LIST_ITEM) {
                l.type = PartType.LIST_ITEM;
            } else {
                l.type = PartType.BOILERPLATE;
                l.rule = "short";
            }
        }

        private boolean trustedShort(Line l) {
            if (l.block.prior() <= 0 || l.match != null || l.kind == Kind.DUPLICATE) {
                return false;
            }
            return switch (l.kind) {
                case SHORT -> true;
                case BAD -> l.rule.equals("repeated") || l.rule.equals("low-stopwords");
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
            int first = l.text.codePointAt(0);
            return l.words.size() >= 2 && l.words.size() <= 15 && !l.text.matches(".*[.,;:!]$")
                    && (Character.isUpperCase(first) || Character.isDigit(first));
        }

        private int peelTrailingBios(int start, int end) {
            int e = end;
            while (e > start && isBio(lines.get(e))) {
                lines.get(e).type = PartType.BIO;
                e--;
                while (e > start && lines.get(e).type == PartType.BOILERPLATE) {
                    e--;
                }
            }
            return e;
        }

        private boolean isBio(Line l) {
            if (l.match != null && l.match.rule().equals("bio")) {
                return true;
            }
            return bioSentence.matcher(l.text).matches() && l.text.length() < 700;
        }

        /**
         * Types the blocks before the article body; says whether a headline was found. {@code openingHeadline} is
         * where the headline stands when the article's first line may be it (-1 otherwise).
         */
        private boolean typeHeader(int bodyStart, int openingHeadline) {
            int headlineAt = pageTitleHeadline(bodyStart);
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
                if (l.kind == Kind.KEEP) {
                    l.type = keepType(l, true);
                } else if (belowHeadline && l.words.size() <= (headlineAt >= 0 ? 20 : 8)
                        && dateInLine.matcher(l.text).find()) {
                    l.type = PartType.DATELINE;
                } else if (looksLikeNames(l) && l.match == null
                        && (bodyStart - i <= BYLINE_REACH || (headlineAt >= 0 && Math.abs(headlineAt - i) <= BYLINE_REACH))) {
                    // Printed twice or not, a name line near the headline or the first paragraph is the byline;
                    // further up, name-like lines are menus.
                    l.type = PartType.BYLINE;
                } else if (l.kind == Kind.DUPLICATE || (l.kind == Kind.BAD && l.match != null)
                        || l.rule.equals("repeated") || l.rule.equals("links") || l.rule.equals("no-words")) {
                    l.type = PartType.BOILERPLATE;
                } else if (l.bullet && !headline) {
                    l.type = PartType.STANDFIRST;
                } else if (!headline && looksLikeHeadline(l)) {
                    l.type = PartType.HEADLINE;
                    headline = true;
                    headlineAt = i;
                } else {
                    l.type = PartType.BOILERPLATE;
                    l.rule = "before-article";
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
            if (first.words.size() < 3 || first.kind == Kind.DUPLICATE || first.block.hint() != Block.Hint.NONE) {
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

        /** Without a headline, a lone opening sentence under a section line, before the paragraphs, is the deck. */
        private boolean isDeck(Line l, int start, int end) {
            int before = start - 1;
            while (before >= 0 && lines.get(before).kind == Kind.BAD && lines.get(before).match != null
                    && !lines.get(before).match.rule().equals("section")) {
                before--;
            }
            if (before < 0 || lines.get(before).match == null || !lines.get(before).match.rule().equals("section")) {
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
                if (l.kind == Kind.KEEP) {
                    l.type = keepType(l, false);
                    afterBio |= l.type == PartType.BIO;
                } else if (l.kind == Kind.DUPLICATE || (l.kind == Kind.BAD && l.match != null)) {
                    l.type = PartType.BOILERPLATE;
                } else if (isBio(l)) {
                    l.type = PartType.BIO;
                    afterBio = true;
                } else if (afterBio && l.match == null && looksLikeTags(l)) {
                    l.type = PartType.TAGS;
                    afterBio = false;
                } else {
                    l.type = PartType.BOILERPLATE;
                    l.rule = "after-article";
                }
            }
        }

        private PartType keepType(Line l, boolean header) {
            String rule = l.match.rule();
            PartType type = switch (rule) {
                case "section" -> header ? PartType.SECTION : null;
                case "dateline" -> PartType.DATELINE;
                case "byline" -> PartType.BYLINE;
                case "bio" -> PartType.BIO;
                case "tags" -> PartType.TAGS;
                default -> null;
            };
            if (type == null) {
                l.rule = rule;
                return PartType.BOILERPLATE;
            }
            return type;
        }

        private boolean looksLikeNames(Line l) {
            List<String> words = l.words;
            if (words.size() < 2 || words.size() > 9 || l.sentenceEnd || l.text.contains("|")) {
                return false;
            }
            int names = 0;
            for (String w : words) {
                if (w.equalsIgnoreCase("and") || honorific.matcher(w).matches()) {
                    continue;
                }
                if (!nameWord.matcher(w).matches()) {
                    return false;
                }
                names++;
            }
            return names >= 2 && names <= 8 && l.stop == 0;
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
                        out.set(i, new Part(PartType.BOILERPLATE, a.text(), "duplicate", a.line()));
                        break;
                    }
                }
            }
            return out;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
