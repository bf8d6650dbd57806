package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Boilerplate;
import io.github.dossier.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses an article's summary sentences by TextRank (Mihalcea and Tarau, 2004) with a lead bias: sentences are
 * ranked by their centrality in a graph weighted by shared content words, then nudged towards the top of the
 * article, where news writing puts what matters. The sentences are returned verbatim, in article order. A paragraph
 * or sentence the boilerplate patterns know (a subscription nag, a newsletter prompt, a photo credit, a cookie
 * notice, "Click here …") that the cleaner left in the body never stands in a summary: a summary is shown where
 * the article is not read, and a nag there reads as the article's own words. Immutable and thread-safe.
 */
final class Summarizer {

    /** Where a sentence ends: after a full stop and a space before a capital, or after a Chinese or Japanese one. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+(?=[\"“‘(]?[\\p{Lu}\\p{N}])"
            + "|(?<=[。！？][」』”’）]?)\\s*(?=\\S)");
    private static final int ITERATIONS = 40;
    /** The longest sentence, in words, that may stand in a summary. */
    private static final int MOST_WORDS = 60;
    /**
     * Sentences ranked: the lead of even a long report holds its summary, and the ranking costs the square of
     * this (a megabyte of text would otherwise take minutes and a gigabyte).
     */
    private static final int CANDIDATES = 250;
    private static final double DAMPING = 0.85;

    private final Set<String> stopwords;
    /** Abbreviations whose full stop ends no sentence. */
    private final Set<String> abbreviations;
    /** What is no article's text, whatever the cleaner made of it. */
    private final Boilerplate boilerplate;

    /** A summarizer with the lexicon's English stopwords and abbreviations, passing over {@code boilerplate}. */
    public Summarizer(Lexicon lexicon, Boilerplate boilerplate) {
        this.stopwords = lexicon.stopwords("en");
        this.abbreviations = lexicon.lowerCase(Lexicon.ABBREVIATIONS);
        this.boilerplate = boilerplate;
    }

    /** Splits a paragraph into sentences; abbreviations and initials ("Dr.", "U.S.", "J.") end none. */
    public List<String> sentences(String paragraph) {
        String text = paragraph.strip();
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = SENTENCE.matcher(text);
        int start = 0;
        while (m.find()) {
            String before = text.substring(start, m.start());
            String last = wordBeforeFinalDot(before);
            if (last != null && (abbreviations.contains(last.toLowerCase(java.util.Locale.ROOT))
                    || last.length() == 1 || last.contains("."))) {
                continue;
            }
            if (!before.isBlank()) {
                out.add(before.strip());
            }
            start = m.end();
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(text.substring(start).strip());
        }
        return out;
    }

    /**
     * Whether {@code text}, a whole paragraph or (when {@code sentence}) one of its sentences, is what the
     * boilerplate patterns remove. A line they keep as metadata ("By …") is prose in a paragraph ("By sharing data,
     * Chrome protects you."); and a caption is known by its credit at the end of the paragraph ("… Foto: dpa",
     * "… (AP Photo/Jane Doe)"), while a sentence inside one that ends in a bracket with a slash is prose ("… (56
     * l/m²).", "… (Bern/Freiburg).").
     */
    private boolean boilerplate(String text, boolean sentence) {
        return boilerplate.match(text).filter(m -> m.action() != Boilerplate.Action.KEEP
                && !(sentence && m.rule().equals(io.github.dossier.clean.Rule.CAPTION))).isPresent();
    }

    /**
     * The letters and dots before a sentence's final dot ("Dr" of "… said Dr.", "U.S" of "… the U.S."), or null
     * when it does not end in a dot after a letter; what {@code ([\p{L}.]+)\.["'”’)]?$} would find, read from
     * the end so that a long paragraph costs one pass.
     */
    private static String wordBeforeFinalDot(String text) {
        int end = text.length();
        if (end > 0 && "\"'”’)".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != '.') {
            return null;
        }
        int dot = end - 1;
        int start = dot;
        while (start > 0) {
            int cp = Character.codePointBefore(text, start);
            if (cp != '.' && !Character.isLetter(cp)) {
                break;
            }
            start -= Character.charCount(cp);
        }
        return start < dot ? text.substring(start, dot) : null;
    }

    /** How many numbers two sorted arrays of distinct numbers share. */
    private static int shared(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** A sentence's end: its stop, then a closing quote or bracket at most. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?。！？][\"'”’)」』）]?$");

    /** Up to {@code count} sentences from {@code paragraphs}, in article order; none the boilerplate patterns know. */
    public List<String> summarize(List<String> paragraphs, int count) {
        List<String> sentences = new ArrayList<>();
        for (String p : paragraphs) {
            if (sentences.size() >= CANDIDATES || boilerplate(p, false)) {
                continue; // "Firefighters at the scene on Tuesday. (AP Photo/Jane Doe)": a caption, credit and all
            }
            for (String s : sentences(p)) {
                int n = Words.count(s);
                // Chinese and Japanese count a word a character: their sentences run longer by that count.
                int most = Words.isIdeographic(s.codePointAt(0)) ? 2 * MOST_WORDS : MOST_WORDS;
                if (n >= 8 && n <= most && ENDS_SENTENCE.matcher(s).matches() && sentences.size() < CANDIDATES
                        && !boilerplate(s, true)) {
                    sentences.add(s);
                }
            }
        }
        if (sentences.size() <= count) {
            return sentences;
        }
        List<Set<String>> bags = new ArrayList<>();
        for (String s : sentences) {
            Set<String> bag = new HashSet<>();
            String previous = "";
            for (String w : Words.of(s)) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (Words.isIdeographic(lower.codePointAt(0))) {
                    // A character is too small a word to share: pairs of characters stand for words.
                    if (!previous.isEmpty()) {
                        bag.add(previous + lower);
                    }
                    previous = lower;
                    continue;
                }
                previous = "";
                if (!stopwords.contains(lower) && lower.length() > 2) {
                    bag.add(lower);
                }
            }
            bags.add(bag);
        }
        int n = sentences.size();
        // Each bag as its words' numbers, sorted: two bags share the words their merged numbers meet on.
        Map<String, Integer> numbers = new HashMap<>();
        int[][] bagged = new int[n][];
        for (int i = 0; i < n; i++) {
            bagged[i] = bags.get(i).stream().mapToInt(w -> numbers.computeIfAbsent(w, k -> numbers.size())).sorted()
                    .toArray();
        }
        double[][] weight = new double[n][n];
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int shared = shared(bagged[i], bagged[j]);
                double denom = Math.log(bags.get(i).size() + 1) + Math.log(bags.get(j).size() + 1);
                double w = denom == 0 ? 0 : shared / denom;
                weight[i][j] = w;
                weight[j][i] = w;
                outSum[i] += w;
                outSum[j] += w;
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / n);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (outSum[j] > 0) {
                        sum += weight[j][i] / outSum[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) / n + DAMPING * sum;
            }
            rank = next;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        double[] biased = new double[n];
        for (int i = 0; i < n; i++) {
            biased[i] = rank[i] * (1 + 1.5 * Math.exp(-i / 4.0));
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -biased[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>(order.subList(0, count));
        chosen.sort(Integer::compare);
        List<String> out = new ArrayList<>();
        for (int i : chosen) {
            out.add(sentences.get(i));
        }
        return out;
    }
}
