package io.github.dossier.eval;

import java.util.List;

/**
 * trafilatura's evaluation metric, as its corpus's README states it: over all pages together, each {@code with}
 * segment found in the extracted text (whitespace-normalised substring match) is a true positive, else a false
 * negative; each {@code without} segment found is a false positive, else a true negative. A page with no output
 * misses all of its {@code with} segments.
 */
public final class SegmentMetric {

    /** Counts over one page or many. */
    public record Counts(int tp, int fp, int fn, int tn) {

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static final Counts NONE = new Counts(0, 0, 0, 0);

    private SegmentMetric() {
    }

    /** Whitespace runs as one space, trimmed. */
    public static String normalise(String s) {
        return s == null ? "" : String.join(" ", s.strip().split("\\s+"));
    }

    /** One page: its segments against {@code text}. */
    public static Counts match(List<String> with, List<String> without, String text) {
        String t = normalise(text);
        int tp = 0;
        int fp = 0;
        for (String s : with) {
            if (!t.isEmpty() && t.contains(normalise(s))) {
                tp++;
            }
        }
        for (String s : without) {
            if (!t.isEmpty() && t.contains(normalise(s))) {
                fp++;
            }
        }
        return new Counts(tp, fp, with.size() - tp, without.size() - fp);
    }

    /** The sum over pages. */
    public static Counts sum(List<Counts> pages) {
        Counts total = NONE;
        for (Counts c : pages) {
            total = total.plus(c);
        }
        return total;
    }
}
