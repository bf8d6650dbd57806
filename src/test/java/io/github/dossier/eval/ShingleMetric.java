package io.github.dossier.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's published metric (Scrapinghub's {@code evaluate.py}), ported exactly: word
 * 4-gram shingles, tp/fp/fn normalised per document, precision averaged over documents with any prediction,
 * recall over documents with any truth, F1 from the two means.
 */
public final class ShingleMetric {

    /** Python's {@code \w+} with {@code re.UNICODE}: letters, digits and underscore in any script. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_\\p{Mn}\\p{Mc}]+");
    private static final int N = 4;

    /** One document's normalised counts. */
    public record Counts(double tp, double fp, double fn) {
    }

    /** Corpus figures. */
    public record Scores(double precision, double recall, double f1) {
    }

    private ShingleMetric() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }

    /** tp, fp and fn of {@code pred} against {@code truth}, divided by their sum. */
    public static Counts match(String truth, String pred) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(pred);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(tp, fp, fn);
    }

    static double precision(Counts c) {
        if (c.fp() == 0 && c.fn() == 0) {
            return 1;
        }
        if (c.tp() == 0 && c.fp() == 0) {
            return 0;
        }
        return c.tp() / (c.tp() + c.fp());
    }

    static double recall(Counts c) {
        if (c.fp() == 0 && c.fn() == 0) {
            return 1;
        }
        if (c.tp() == 0 && c.fn() == 0) {
            return 0;
        }
        return c.tp() / (c.tp() + c.fn());
    }

    /** Precision, recall and F1 over documents, as the benchmark computes them. */
    public static Scores score(List<Counts> docs) {
        double p = docs.stream().filter(c -> c.tp() + c.fp() > 0).mapToDouble(ShingleMetric::precision).average().orElse(0);
        double r = docs.stream().filter(c -> c.tp() + c.fn() > 0).mapToDouble(ShingleMetric::recall).average().orElse(0);
        return new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
