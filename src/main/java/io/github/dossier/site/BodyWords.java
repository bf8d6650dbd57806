package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.inputs.Product;
import io.github.dossier.internal.Words;
import io.github.dossier.site.RelatedBriefs.State;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The words of every body, as related briefs compare them ({@link WordVector}): the vocabulary, alphabetical, and
 * each brief's word ids (ascending) and counts, two bytes each; stopwords, numbers and words of one or two letters
 * left out. Read from every body, or from those an edit changed and the others' words taken from a previous
 * {@link State}.
 */
final class BodyWords {
    /** The words, alphabetical: a word's id is its place here. */
    final String[] vocabulary;
    /** Each brief's word ids, ascending. */
    final int[][] ids;
    /** How many times each brief has each of its words. */
    final short[][] counts;
    /** The previous state's word ids in this vocabulary (-1: gone), when made from one. */
    private final int[] remap;
    /** Each word's document frequency in the previous state, by this vocabulary's ids, when made from one. */
    private final int[] dfBefore;

    private BodyWords(String[] vocabulary, int[][] ids, short[][] counts, int[] remap, int[] dfBefore) {
        this.vocabulary = vocabulary;
        this.ids = ids;
        this.counts = counts;
        this.remap = remap;
        this.dfBefore = dfBefore;
    }

    /** Every body read. */
    static BodyWords all(List<Brief> briefs, Set<String> stopwords) {
        int n = briefs.size();
        // Each body's words as ids in order of first sight and a count (a map per body for the whole corpus would
        // hold millions of entries at once, and an array of words per body hundreds of megabytes at 100,000).
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        int[][] ids = new int[n][];
        short[][] counts = new short[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            Map<String, Integer> tf = counted(briefs.get(i), stopwords);
            ids[i] = new int[tf.size()];
            counts[i] = new short[tf.size()];
            int k = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                ids[i][k] = seen.computeIfAbsent(e.getKey(), w -> next.getAndIncrement());
                counts[i][k++] = count(e.getValue());
            }
        });
        // Word ids in alphabetical order, so that every build ranks ties and sums cosines the same way.
        String[] words = new String[seen.size()];
        seen.forEach((w, id) -> words[id] = w);
        Integer[] order = IntStream.range(0, words.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(id -> words[id]));
        int[] alphabetical = new int[words.length];
        String[] vocabulary = new String[words.length];
        for (int rank = 0; rank < order.length; rank++) {
            alphabetical[order[rank]] = rank;
            vocabulary[rank] = words[order[rank]];
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            long[] byId = new long[ids[i].length]; // the word's id, then its count
            for (int k = 0; k < byId.length; k++) {
                byId[k] = (long) alphabetical[ids[i][k]] << 32 | counts[i][k];
            }
            Arrays.sort(byId);
            for (int k = 0; k < byId.length; k++) {
                ids[i][k] = (int) (byId[k] >>> 32);
                counts[i][k] = (short) byId[k];
            }
        });
        return new BodyWords(vocabulary, ids, counts, null, null);
    }

    /** The bodies of briefs whose fingerprint changed read again; the others' words taken from {@code previous}. */
    static BodyWords updated(List<Brief> briefs, Set<String> stopwords, State previous, int[] before, String[] fps) {
        int n = briefs.size();
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] tf = new Map[n];
        BitSet kept = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (sameBody(previous.fps[before[i]], fps[i])) {
                kept.set(i);
            } else {
                tf[i] = counted(briefs.get(i), stopwords);
            }
        }
        // The new vocabulary: the previous words some kept brief still has, and the words of those read again.
        boolean[] used = new boolean[previous.vocabulary.length];
        kept.stream().forEach(i -> {
            for (int id : previous.ids[before[i]]) {
                used[id] = true;
            }
        });
        TreeSet<String> vocabulary = new TreeSet<>();
        for (int w = 0; w < used.length; w++) {
            if (used[w]) {
                vocabulary.add(previous.vocabulary[w]);
            }
        }
        for (Map<String, Integer> m : tf) {
            if (m != null) {
                vocabulary.addAll(m.keySet());
            }
        }
        String[] words = vocabulary.toArray(String[]::new);
        int[] remap = new int[previous.vocabulary.length];
        for (int w = 0; w < remap.length; w++) {
            remap[w] = Math.max(-1, Arrays.binarySearch(words, previous.vocabulary[w]));
        }
        // Each word's document frequency before, in the new ids: taken before the kept briefs' ids are renumbered.
        int[] dfOld = new int[previous.vocabulary.length];
        for (int[] brief : previous.ids) {
            for (int id : brief) {
                dfOld[id]++;
            }
        }
        int[] dfBefore = new int[words.length];
        for (int w = 0; w < remap.length; w++) {
            if (remap[w] >= 0) {
                dfBefore[remap[w]] = dfOld[w];
            }
        }
        int[][] ids = new int[n][];
        short[][] counts = new short[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            if (kept.get(i)) {
                // Renumbered where they are (the previous state is this computation's to use up: at 100,000
                // briefs a copy is a hundred megabytes); alphabetical ids in both, so they stay ascending.
                int[] a = previous.ids[before[i]];
                for (int k = 0; k < a.length; k++) {
                    a[k] = remap[a[k]];
                }
                ids[i] = a;
                counts[i] = previous.counts[before[i]];
            } else {
                encode(tf[i], words, ids, counts, i);
            }
        });
        return new BodyWords(words, ids, counts, remap, dfBefore);
    }

    private static Map<String, Integer> counted(Brief b, Set<String> stopwords) {
        Map<String, Integer> tf = new HashMap<>();
        for (String w : Words.of(b.body())) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.length() > 2 && !stopwords.contains(lower) && !lower.chars().allMatch(Character::isDigit)) {
                tf.merge(lower, 1, Integer::sum);
            }
        }
        return tf;
    }

    private static void encode(Map<String, Integer> tf, String[] words, int[][] ids, short[][] counts, int i) {
        int[] id = tf.keySet().stream().mapToInt(w -> Arrays.binarySearch(words, w)).sorted().toArray();
        short[] c = new short[id.length];
        for (int k = 0; k < id.length; k++) {
            c[k] = count(tf.get(words[id[k]]));
        }
        ids[i] = id;
        counts[i] = c;
    }

    /** Whether brief {@code i} has the words, and as many of each, that it had at {@code position} in {@code previous}. */
    private boolean sameWords(State previous, int position, int i) {
        int[] was = previous.ids[position];
        if (was.length != ids[i].length) {
            return false;
        }
        for (int k = 0; k < was.length; k++) {
            if (remap[was[k]] != ids[i][k] || previous.counts[position][k] != counts[i][k]) {
                return false;
            }
        }
        return true;
    }

    /** How many briefs have each word, by id. */
    int[] documentFrequencies() {
        int[] df = new int[vocabulary.length];
        for (int[] brief : ids) {
            for (int id : brief) {
                df[id]++;
            }
        }
        return df;
    }

    /**
     * The briefs whose vector or names may differ from {@code previous}: those whose fingerprint changed, and
     * those holding a word whose document frequency ({@code df}, this vocabulary's) moved to another step of the
     * ladder.
     */
    BitSet changed(State previous, int[] before, String[] fps, int[] df, RelatedPolicy policy) {
        boolean[] moved = new boolean[vocabulary.length];
        int[] was = dfBefore;
        for (int w = 0; w < vocabulary.length; w++) {
            moved[w] = policy.step(was[w]) != policy.step(df[w]) || (was[w] > 1) != (df[w] > 1);
        }
        BitSet out = new BitSet(ids.length);
        IntStream.range(0, ids.length).forEach(i -> {
            String fp = previous.fps[before[i]];
            if (!sameNames(fp, fps[i]) || !sameBody(fp, fps[i]) && !sameWords(previous, before[i], i)) {
                out.set(i);
                return;
            }
            for (int id : ids[i]) {
                if (moved[id]) {
                    out.set(i);
                    return;
                }
            }
        });
        return out;
    }

    /** A word's count in a body, as kept: two bytes, a count past 32,767 (no article has one) read as 32,767. */
    static short count(int n) {
        return (short) Math.min(n, Short.MAX_VALUE);
    }

    /**
     * Whether two fingerprints of {@link Product#RELATED_BRIEFS} (of a brief's names, a space, of its body) have the
     * same body.
     */
    private static boolean sameBody(String a, String b) {
        return a.regionMatches(a.indexOf(' '), b, b.indexOf(' '), a.length() - a.indexOf(' '))
                && a.length() - a.indexOf(' ') == b.length() - b.indexOf(' ');
    }

    /** Whether two fingerprints of {@link Product#RELATED_BRIEFS} have the same names. */
    private static boolean sameNames(String a, String b) {
        return a.indexOf(' ') == b.indexOf(' ') && a.regionMatches(0, b, 0, a.indexOf(' '));
    }
}
