package io.github.dossier.site;

import java.util.stream.IntStream;

/**
 * A body as a sparse unit vector of TF-IDF weights over word ids, sorted by id; and its top words, those that find
 * a brief's candidates among related briefs ({@link RelatedUpdate}). The weights are
 * not kept but worked out from the body's word counts when two vectors meet, in the same float arithmetic as if
 * they were: at 100,000 briefs a float for every word of every body is hundreds of megabytes.
 */
final class WordVector {
    /** 1 + ln(count) for the counts most words have. */
    private static final double[] TF = IntStream.range(0, 256).mapToDouble(c -> 1 + Math.log(c)).toArray();

    private final int[] ids;
    private final short[] counts;
    private final double[] idf;
    private final float length;
    /** The ids of its most distinctive words, the heaviest first. */
    final int[] top;

    private WordVector(int[] ids, short[] counts, double[] idf, float length, int[] top) {
        this.ids = ids;
        this.counts = counts;
        this.idf = idf;
        this.length = length;
        this.top = top;
    }

    private static double tf(int count) {
        return count < TF.length ? TF[count] : 1 + Math.log(count);
    }

    /** The weight of the {@code k}th word. */
    float weight(int k) {
        float w = (float) (tf(counts[k]) * idf[ids[k]]);
        return length > 0 ? w / length : w;
    }

    /** The vector of a body's words ({@code ids}, ascending) and their {@code counts}; its {@code words} top words. */
    static WordVector of(int[] ids, short[] counts, double[] idf, int[] df, int words) {
        float[] w = new float[ids.length];
        double norm = 0;
        for (int k = 0; k < ids.length; k++) {
            double v = tf(counts[k]) * idf[ids[k]];
            w[k] = (float) v;
            norm += v * v;
        }
        float length = (float) Math.sqrt(norm);
        if (length > 0) {
            for (int k = 0; k < ids.length; k++) {
                w[k] /= length;
            }
        }
        // Distinctive words: heavy here, and in more than one brief (a word in one brief finds no other); the
        // heaviest first, then by id. Kept by insertion into a short list, not by sorting every word.
        int[] best = new int[words];
        int size = 0;
        for (int k = 0; k < ids.length; k++) {
            if (df[ids[k]] <= 1 || size == words && w[k] <= w[best[size - 1]]) {
                continue; // ids ascend: an equal weight later has the larger id and ranks after
            }
            int at = size == words ? size - 1 : size++;
            while (at > 0 && w[best[at - 1]] < w[k]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = k;
        }
        int[] top = new int[size];
        for (int t = 0; t < size; t++) {
            top[t] = ids[best[t]];
        }
        return new WordVector(ids, counts, idf, length, top);
    }

    /** The cosine similarity of two bodies: 0 to 1. */
    double cosine(WordVector o) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < o.ids.length) {
            if (ids[i] == o.ids[j]) {
                dot += weight(i++) * o.weight(j++);
            } else if (ids[i] < o.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }
}
