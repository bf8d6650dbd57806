package io.github.dossier.clean;

import io.github.dossier.knowledge.Boilerplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a page's lines and finds its article: each line is classed on its boilerplate rule, length, stopword
 * share, sentence punctuation, link density and repetition (within the page and across the corpus), and the
 * article is the densest run of prose, a maximum-sum run over the lines' weights (as in boilerpipe), carried on
 * across a short gap of removed lines. Per page.
 */
final class Scoring {

    /** The most removed lines the article may run on across. */
    private static final int MAX_GAP = 5;
    /** How much prose below a wall counts, against prose above it. */
    private static final double BELOW_WALL = 0.3;
    /** The weight of a wall line. */
    private static final double WALL = -8;
    /** A run of less prose than this (in characters) is too slight to be the page's article. */
    private static final int SLIGHT = 200;
    /** A run this heavy is an article: a wall after it opens the page's tail. */
    private static final double SUBSTANTIAL = 20;

    private final List<Line> lines;
    private final boolean stopwords;
    private final Boilerplate boilerplate;
    private final CorpusProfile profile;
    private final Signs signs;

    Scoring(Page page, Boilerplate boilerplate, CorpusProfile profile, Signs signs) {
        this.lines = page.lines;
        this.stopwords = page.stopwords;
        this.boilerplate = boilerplate;
        this.profile = profile;
        this.signs = signs;
    }

    /** Classes every line; returns the first and last line of the article, or null when the page has none. */
    int[] run() {
        classify();
        markCaptions();
        markDuplicates();
        int[] run = densestRun();
        if (chars(run) < SLIGHT && relax()) {
            // A page of short paragraphs (a product page, a gallery, a post of three lines) has no line that
            // passes for prose by the usual bar: lowered, the bar still finds its text rather than nothing.
            int[] relaxed = densestRun();
            if (chars(relaxed) > chars(run)) {
                run = relaxed;
            }
        }
        return run != null ? run : lastResort();
    }

    /**
     * For a page with text but nothing like prose (a results table, a list of dates), the densest run of its lines
     * that no pattern removed and that are not links, weighted as the page's structure says: its text rather than
     * nothing. Null when there is no such line.
     */
    private int[] lastResort() {
        int[] run = maxSumRun((l, best) -> isPlainText(l) ? 0.5 + l.block.prior() : -1);
        if (run != null) {
            for (int i = run[0]; i <= run[1]; i++) {
                Line l = lines.get(i);
                if (isPlainText(l)) {
                    l.kind = Line.Kind.NEAR;
                    l.rule = "";
                }
            }
        }
        return run;
    }

    /** A line of words no pattern removed and that is not links: text, if not prose. */
    private static boolean isPlainText(Line l) {
        return l.match == null && l.words.size() >= 2
                && (l.kind != Line.Kind.BAD || l.rule.equals(Rule.LOW_STOPWORDS));
    }

    /** A line's weight in a run, which may depend on the best sum found above it. */
    private interface RunWeight {
        double of(Line line, double bestSoFar);
    }

    /** The first and last line of the maximum-sum run of {@code weight} (Kadane), or null when none is positive. */
    private int[] maxSumRun(RunWeight weight) {
        double best = 0;
        double sum = 0;
        int runStart = 0;
        int[] bestRun = null;
        for (int i = 0; i < lines.size(); i++) {
            if (sum <= 0) {
                sum = 0;
                runStart = i;
            }
            sum += weight.of(lines.get(i), best);
            if (sum > best) {
                best = sum;
                bestRun = new int[] {runStart, i};
            }
        }
        return bestRun;
    }

    /** The characters of a run's prose lines (0 for none). */
    private int chars(int[] run) {
        int n = 0;
        if (run != null) {
            for (int i = run[0]; i <= run[1]; i++) {
                n += lines.get(i).prose() ? lines.get(i).chars() : 0;
            }
        }
        return n;
    }

    /**
     * Lowers the bar for prose: a short line that reads as a sentence, or is long enough to be one, and is not a
     * link nor removed by a pattern, counts as near-prose. Says whether any line changed.
     */
    private boolean relax() {
        boolean changed = false;
        for (Line l : lines) {
            boolean lowered = l.kind == Line.Kind.SHORT
                    || (l.kind == Line.Kind.BAD && l.match == null && l.rule.equals(Rule.LOW_STOPWORDS));
            if (lowered && l.block.linkDensity() < 0.5 && l.words.size() >= 4 && (l.sentenceEnd || l.chars() >= 40)
                    && l.block.hint() != Block.Hint.HEADING && l.block.hint() != Block.Hint.TITLE) {
                l.kind = Line.Kind.NEAR;
                l.rule = "";
                changed = true;
            }
        }
        return changed;
    }

    private void classify() {
        Map<String, Integer> seen = new HashMap<>();
        for (Line l : lines) {
            seen.merge(l.key, 1, Integer::sum);
        }
        for (Line l : lines) {
            Optional<Boilerplate.Match> m = boilerplate.match(l.text);
            // An element the page marks as its byline is one, though "Name | Role" reads like "Section | Topic".
            if ((m.isEmpty() || m.get().rule().equals(Rule.SECTION)) && l.block.hint() == Block.Hint.BYLINE
                    && l.words.size() <= 15) {
                m = Optional.of(new Boilerplate.Match(Boilerplate.Action.KEEP, Rule.BYLINE, l.text));
            }
            if (m.isPresent()) {
                l.match = m.get();
                l.kind = m.get().action() == Boilerplate.Action.KEEP ? Line.Kind.KEEP : Line.Kind.BAD;
                l.wall = m.get().action() == Boilerplate.Action.END;
                l.rule = m.get().rule();
                continue;
            }
            if (l.words.isEmpty()) {
                l.kind = Line.Kind.BAD;
                l.rule = Rule.NO_WORDS;
                continue;
            }
            if (l.block.linkDensity() > 0.5 && !(l.sentenceEnd && l.words.size() >= 10 && l.stop >= 0.25)) {
                // Link-heavy blocks are navigation, unless they read as sentences (heavily linked prose).
                l.kind = Line.Kind.BAD;
                l.rule = Rule.LINKS;
                continue;
            }
            l.kind = proseKind(l);
            if (l.kind != Line.Kind.GOOD && profile.isTemplate(l.key) && !signs.isBio(l) && !signs.looksLikeNames(l)) {
                // Printed in many files of the corpus: the site's template, not this article.
                l.kind = Line.Kind.BAD;
                l.rule = Rule.TEMPLATE;
                continue;
            }
            if (isTruncatedTeaser(l)) {
                l.kind = Line.Kind.BAD;
                l.rule = Rule.TEASER;
                continue;
            }
            // A short line printed several times over is page furniture (menus, nags), not article.
            if (l.kind == Line.Kind.SHORT && seen.get(l.key) > 1 && l.words.size() < 20) {
                l.kind = Line.Kind.BAD;
                l.rule = Rule.REPEATED;
            }
        }
    }

    /**
     * An excerpt cut off with an ellipsis next to a link is a card pointing at another article ("Wild coach
     * Bruce Boudreau has heeded warning…" under a linked headline).
     */
    private boolean isTruncatedTeaser(Line l) {
        if (!signs.truncated().matcher(l.text).find()) {
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
        return l.sentenceEnd && l.words.size() >= 6 && (l.stop >= 0.25 || !stopwords) && !l.text.endsWith(":");
    }

    /** A short line right above a photo credit is that photo's caption. */
    private void markCaptions() {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            Line next = lines.get(i + 1);
            if (next.matched(Rule.CAPTION) && isBareCredit(next)
                    && l.match == null && l.words.size() <= 30 && l.kind != Line.Kind.KEEP) {
                l.kind = Line.Kind.BAD;
                l.rule = Rule.CAPTION;
            }
        }
    }

    /** "Sanjeev Verma/Hindustan Times/Getty Images", "Photo: AP": a credit with no caption of its own. */
    private boolean isBareCredit(Line l) {
        return l.words.size() <= 6 && (l.text.contains("/") || signs.creditStart().matcher(l.text).find());
    }

    private Line.Kind proseKind(Line l) {
        int chars = l.chars();
        if (l.block.hint() == Block.Hint.HEADING || l.block.hint() == Block.Hint.TITLE) {
            return Line.Kind.SHORT;
        }
        if (!stopwords) {
            if (chars > 150 || (chars > 60 && l.sentenceEnd)) {
                return chars > 150 ? Line.Kind.GOOD : Line.Kind.NEAR;
            }
            return Line.Kind.SHORT;
        }
        if (chars < 70 || l.words.size() < 8) {
            return Line.Kind.SHORT;
        }
        if (l.stop >= 0.30) {
            return chars > 200 || (l.sentenceEnd && chars > 120) ? Line.Kind.GOOD : Line.Kind.NEAR;
        }
        if (l.stop >= 0.22 && l.sentenceEnd) {
            return Line.Kind.NEAR;
        }
        l.rule = Rule.LOW_STOPWORDS;
        return Line.Kind.BAD;
    }

    /**
     * Prose printed twice (a lede or pull quote repeated, a block re-printed after a paywall) keeps one copy: the
     * first, or the fuller one when one copy holds the other. Lines printed three times or more are the
     * page's structure (an interview's recurring question, a recipe's labels), not a repeat, and stay.
     */
    private void markDuplicates() {
        Map<String, Integer> count = new HashMap<>();
        for (Line l : lines) {
            if (l.chars() >= 40 && l.kind != Line.Kind.BAD) {
                count.merge(l.key, 1, Integer::sum);
            }
        }
        Map<String, Line> first = new HashMap<>();
        List<Line> prose = new ArrayList<>();
        for (Line l : lines) {
            if (l.chars() < 40 || l.kind == Line.Kind.BAD) {
                continue;
            }
            String key = l.key;
            Line earlier = first.putIfAbsent(key, l);
            if (earlier != null && count.get(key) == 2) {
                l.kind = Line.Kind.DUPLICATE;
                l.rule = Rule.DUPLICATE;
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
                        && longer.kind != Line.Kind.DUPLICATE && longer.key.contains(key)) {
                    shorter.kind = Line.Kind.DUPLICATE;
                    shorter.rule = Rule.DUPLICATE;
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
        boolean[] below = {false};
        int[] bestRun = maxSumRun((l, best) -> {
            below[0] |= l.wall && best >= SUBSTANTIAL;
            double w = l.wall ? WALL : weight(l);
            return below[0] && w > 0 ? w * BELOW_WALL : w;
        });
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
        return new int[] {extendOverLede(s), extendAcrossJunk(e)};
    }

    /**
     * Carries the article's start up over the sentences right above it: a page often sets its first paragraph (a
     * short lede, "It can be frustrating to step on the scale.") apart from the element that holds the rest, and
     * a short line outside that element weighs too little to start the run. Only paragraphs of an HTML page, only
     * sentences, and never past a heading, a byline or a removed line.
     */
    private int extendOverLede(int start) {
        int s = start;
        while (s > 0) {
            Line l = lines.get(s - 1);
            boolean sentence = l.prose() || (l.kind == Line.Kind.SHORT && shortProse(l));
            if (!sentence || l.block.hint() != Block.Hint.PARAGRAPH || l.block.linkDensity() > 0.2
                    || signs.isBio(l)) {
                return s;
            }
            s--;
        }
        return s;
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
                boolean removable = l.kind == Line.Kind.BAD || l.kind == Line.Kind.SHORT
                        || l.kind == Line.Kind.DUPLICATE;
                if (l.wall || !removable || signs.isBio(l)) {
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
            while (i < lines.size() && lines.get(i).prose() && !signs.isBio(lines.get(i))) {
                prose++;
                i++;
            }
            if (prose < 2 && !(prose == 1 && lines.get(resumed).kind == Line.Kind.GOOD)) {
                return e;
            }
            e = i - 1;
        }
    }
}
