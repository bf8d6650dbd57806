package io.github.dossier.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * What the learned reading of a page knows of each line: the rules' verdicts (the part the rules typed it as, its
 * kind, the rule that removed it, whether it lies in the densest run), its shape (length, stopword share, sentence
 * end, link density, the markup's hint and the article element's prior, digits, capitals, commas, separators), its
 * place on the page, and the same verdicts of the lines around it. Every feature is language-independent; a value
 * is 0 or 1, or scaled to about that range. The names are the model file's, in order.
 */
final class LineFeatures {

    /** The features' names, in the order {@link #of} gives their values. */
    static final List<String> NAMES;

    private static final Block.Hint[] HINTS = {Block.Hint.PARAGRAPH, Block.Hint.HEADING, Block.Hint.TITLE,
        Block.Hint.LIST_ITEM, Block.Hint.QUOTE, Block.Hint.BYLINE, Block.Hint.TABLE_ROW};
    private static final String[] RULES = {Rule.LINKS, Rule.LOW_STOPWORDS, Rule.REPEATED, Rule.TEMPLATE, Rule.TEASER,
        Rule.CAPTION, Rule.DUPLICATE, Rule.SHORT, Rule.NO_WORDS};
    /** How far around a line its neighbours' verdicts are read. */
    private static final int[] NEAR = {-2, -1, 1, 2};

    static {
        List<String> names = new ArrayList<>(List.of("rule.body", "rule.header", "rule.in-run", "rule.before-run",
                "rule.after-run", "run.distance"));
        for (Line.Kind k : Line.Kind.values()) {
            names.add("kind." + k.name().toLowerCase(java.util.Locale.ROOT));
        }
        names.addAll(List.of("pattern.removes", "pattern.keeps", "pattern.wall"));
        for (String r : RULES) {
            names.add("removed." + r);
        }
        names.addAll(List.of("chars.log", "words.log", "stopwords", "stopwords.page", "stopwords-by-length",
                "sentence-end", "ends-colon", "bullet", "link-density", "links-by-length", "prior.in", "prior.out",
                "prior-by-length", "digits", "capitals", "commas", "separators", "position", "no-markup",
                "markup.box", "markup.negative", "markup.positive", "markup.header", "markup.depth"));
        for (Block.Hint h : HINTS) {
            names.add("hint." + h.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (int d : NEAR) {
            String at = d < 0 ? "above" + (-d) : "below" + d;
            names.addAll(List.of(at + ".body", at + ".prose", at + ".link-density", at + ".prior", at + ".chars.log",
                    at + ".missing"));
        }
        names.add("window.body");
        NAMES = List.copyOf(names);
    }

    private LineFeatures() {
    }

    /**
     * The features of every line of a page the rules have typed, in order; {@code run} is the densest run (null for
     * none).
     */
    static double[][] of(List<Line> lines, int[] run, boolean stopwords) {
        int n = lines.size();
        double[][] out = new double[n][];
        boolean[] body = new boolean[n];
        for (int i = 0; i < n; i++) {
            PartType t = lines.get(i).type;
            body[i] = t != null && t.isBody();
        }
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            double[] x = new double[NAMES.size()];
            int k = 0;
            PartType t = l.type;
            x[k++] = body[i] ? 1 : 0;
            x[k++] = t != null && !t.isBody() && t != PartType.BOILERPLATE ? 1 : 0;
            boolean inRun = run != null && i >= run[0] && i <= run[1];
            x[k++] = inRun ? 1 : 0;
            x[k++] = run != null && i < run[0] ? 1 : 0;
            x[k++] = run != null && i > run[1] ? 1 : 0;
            int distance = run == null ? n : inRun ? 0 : i < run[0] ? run[0] - i : i - run[1];
            x[k++] = Math.log1p(distance) / 4;
            for (Line.Kind kind : Line.Kind.values()) {
                x[k++] = l.kind == kind ? 1 : 0;
            }
            x[k++] = l.match != null && l.kind == Line.Kind.BAD ? 1 : 0;
            x[k++] = l.match != null && l.kind == Line.Kind.KEEP ? 1 : 0;
            x[k++] = l.wall ? 1 : 0;
            for (String r : RULES) {
                x[k++] = l.match == null && l.rule.equals(r) ? 1 : 0;
            }
            double chars = Math.log1p(l.chars()) / 7;
            x[k++] = chars;
            x[k++] = Math.log1p(l.words.size()) / 5;
            x[k++] = Math.min(1.5, l.stop);
            x[k++] = stopwords ? 1 : 0;
            x[k++] = Math.min(1.5, l.stop) * chars;
            x[k++] = l.sentenceEnd ? 1 : 0;
            x[k++] = l.text.endsWith(":") ? 1 : 0;
            x[k++] = l.bullet ? 1 : 0;
            x[k++] = l.block.linkDensity();
            x[k++] = l.block.linkDensity() * chars;
            x[k++] = Math.max(0, l.block.prior());
            x[k++] = Math.max(0, -l.block.prior());
            x[k++] = l.block.prior() * chars;
            x[k++] = share(l.text, Character::isDigit);
            x[k++] = capitalised(l.words);
            x[k++] = Math.min(1, count(l.text, ',') / Math.max(1.0, l.words.size()) * 5);
            x[k++] = Math.min(1, count(l.text, '|') + count(l.text, '·') + count(l.text, '»') + count(l.text, '›'));
            x[k++] = n <= 1 ? 0 : (double) i / (n - 1);
            x[k++] = l.block.hint() == Block.Hint.NONE ? 1 : 0;
            Block.Markup markup = l.block.markup();
            x[k++] = markup.box() ? 1 : 0;
            x[k++] = markup.negative() ? 1 : 0;
            x[k++] = markup.positive() ? 1 : 0;
            x[k++] = markup.header() ? 1 : 0;
            x[k++] = Math.min(1, markup.depth() / 30.0);
            for (Block.Hint h : HINTS) {
                x[k++] = l.block.hint() == h ? 1 : 0;
            }
            for (int d : NEAR) {
                int j = i + d;
                if (j < 0 || j >= n) {
                    k += 5;
                    x[k++] = 1;
                    continue;
                }
                Line m = lines.get(j);
                x[k++] = body[j] ? 1 : 0;
                x[k++] = m.prose() ? 1 : 0;
                x[k++] = m.block.linkDensity();
                x[k++] = m.block.prior();
                x[k++] = Math.log1p(m.chars()) / 7;
                x[k++] = 0;
            }
            int bodies = 0;
            int seen = 0;
            for (int j = Math.max(0, i - 5); j <= Math.min(n - 1, i + 5); j++) {
                if (j != i) {
                    bodies += body[j] ? 1 : 0;
                    seen++;
                }
            }
            x[k++] = seen == 0 ? 0 : (double) bodies / seen;
            out[i] = x;
        }
        return out;
    }

    private static double share(String text, java.util.function.IntPredicate which) {
        if (text.isEmpty()) {
            return 0;
        }
        return (double) text.codePoints().filter(which).count() / text.codePointCount(0, text.length());
    }

    /** The share of words that open with a capital (names, headlines, menus), in scripts that have capitals. */
    private static double capitalised(List<String> words) {
        int cased = 0;
        int upper = 0;
        for (String w : words) {
            int c = w.codePointAt(0);
            if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
                cased++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return cased == 0 ? 0 : (double) upper / cased;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
