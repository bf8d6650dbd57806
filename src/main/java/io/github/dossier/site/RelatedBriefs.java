package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.inputs.Product;
import io.github.dossier.internal.Bytes;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.site.state.RenderState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Which briefs a reader of one brief should read next, and why.
 *
 * <p>Two briefs are related when their bodies are: the cosine similarity of their TF-IDF vectors must reach
 * {@link #CLOSE}, and it weighs most in the score (up to 8). What they share adds to it —
 * an author 2, a person 1.5, an organisation 0.5, a country up to 1 by how much of each brief it is, a theme 0.5:
 * broad names (a theme, a country) never make two briefs related on their own. Hugo's related content averages
 * keyword weights over front matter; this reads the articles first. The threshold was measured on traf-dev's 475
 * multilingual pages (docs/related.md). Candidates are the briefs sharing a rare author, theme,
 * country or person, or one of a brief's most distinctive words, so the cost grows with the corpus's overlap, not
 * with its square.
 *
 * <p>Incremental: {@link #update} takes the {@link State} a previous computation left (each brief's words, keys and
 * lists) and computes again only the lists an edit can change, with the same result as computing all of them.
 * A word's inverse document frequency is read from its document frequency rounded down to a step of a fixed
 * ladder (1, 2, … 8, 10, 12, then about a fifth apart), so that one brief gaining or losing a common word changes
 * no other brief's vector unless the count crosses a step; a list depends only on its own brief, the briefs
 * sharing a rare key with it, and those keys' sizes. Immutable.
 */
final class RelatedBriefs {

    /** A related brief, its score and the shared names that explain it. */
    record Related(Brief brief, double score, List<String> shares) {
    }

    private static final int LIMIT = 5;
    private static final double MINIMUM = 2.0;
    /** The least body similarity for two briefs without a shared author to be related. */
    static final double CLOSE = 0.08;
    /** How many candidates, by shared rare names and words, are scored in full. */
    private static final int CANDIDATES = 40;
    /** How many of a brief's most distinctive words find candidates. */
    private static final int TOP_WORDS = 8;
    /** The most briefs a candidate-finding name or word may be shared by (1 in 50 at 10,000 briefs). */
    private static final int RARE_MAX = 200;
    /** Document frequencies are read as the step of this ladder at or below them (distinct ceilings of 2^(k/4)). */
    private static final int[] LADDER = IntStream.range(0, 4 * 31).map(k -> (int) Math.ceil(Math.pow(2, k / 4.0)))
            .distinct().toArray();

    private final Map<Brief, List<Related>> related;
    private State state;
    private final int computed;

    /** Every brief's related briefs, computed from nothing. */
    RelatedBriefs(List<Brief> briefs, Set<String> stopwords) {
        this(briefs, stopwords, CLOSE);
    }

    /** As {@link #RelatedBriefs(List, Set)}, relating briefs whose bodies are at least {@code close} similar. */
    RelatedBriefs(List<Brief> briefs, Set<String> stopwords, double close) {
        this(briefs, stopwords, Optional::empty, close);
    }

    /**
     * Every brief's related briefs: from {@code previous} (what an earlier computation left) those an edit cannot
     * have changed, the others computed. The result is the same as {@code new RelatedBriefs(briefs, stopwords)}'s.
     */
    static RelatedBriefs update(List<Brief> briefs, Set<String> stopwords, Optional<State> previous) {
        return new RelatedBriefs(briefs, stopwords, () -> previous, CLOSE);
    }

    /** As {@link #update(List, Set, Optional)}, the previous state read when needed and held only if it can serve. */
    static RelatedBriefs update(List<Brief> briefs, Set<String> stopwords,
            java.util.function.Supplier<Optional<State>> previous) {
        return new RelatedBriefs(briefs, stopwords, previous, CLOSE);
    }

    private RelatedBriefs(List<Brief> briefs, Set<String> stopwords,
            java.util.function.Supplier<Optional<State>> stored, double close) {
        int n = briefs.size();
        String settings = Fingerprint.of(new TreeSet<>(stopwords) + "|" + Arrays.toString(LADDER) + "|" + TOP_WORDS + "|" + close);
        String[] slugs = new String[n];
        String[] fps = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            slugs[i] = briefs.get(i).slug();
            fps[i] = fingerprint(briefs.get(i));
        });
        // Where each brief was in the previous state; no previous state (or another corpus) computes everything, and a
        // state that cannot serve is let go at once.
        int[][] at = new int[1][];
        State previous = stored.get().filter(p -> (at[0] = p.positions(settings, slugs)) != null).orElse(null);
        int[] before = at[0];
        Bodies bodies = before == null ? Bodies.all(briefs, stopwords)
                : Bodies.updated(briefs, stopwords, previous, before, fps);
        int[] df = bodies.documentFrequencies();
        double[] idf = new double[df.length];
        for (int w = 0; w < df.length; w++) {
            idf[w] = Math.log(1 + (double) n / LADDER[step(df[w])]);
        }
        Vector[] vectors = new Vector[n];
        IntStream.range(0, n).parallel().forEach(i -> vectors[i] = Vector.of(bodies.ids[i], bodies.counts[i], idf, df));
        String[][] keys = new String[n][];
        IntStream.range(0, n).parallel().forEach(i -> keys[i] = keys(briefs.get(i), vectors[i], bodies.vocabulary));
        Index index = new Index(keys, Math.max(50, Math.min(RARE_MAX, n / 50)));
        BitSet todo = new BitSet(n);
        int[] after = null;
        if (before == null) {
            todo.set(0, n);
        } else {
            after = new int[n];
            for (int i = 0; i < n; i++) {
                after[before[i]] = i;
            }
            // Which lists had each brief (by its place in the previous state) among their scored candidates.
            int[][] scoredIn = previous.scoredIn();
            // Briefs whose vector or names changed: edited, or holding a word whose frequency step changed.
            BitSet changed = bodies.changed(previous, before, fps, df);
            todo.or(changed);
            int[] now = after;
            changed.stream().forEach(i -> {
                if (Arrays.equals(keys[i], previous.keys[before[i]])) {
                    // Its keys as they were, so every key's holders and every vote: only the lists that scored it
                    // as a candidate can change.
                    for (int p : scoredIn[before[i]]) {
                        todo.set(now[p]);
                    }
                } else {
                    // Every list that had, or may now have, it as a candidate, or whose keys' sizes changed.
                    index.addMembers(keys[i], changed.cardinality(), todo);
                    index.addMembers(previous.keys[before[i]], changed.cardinality(), todo);
                }
            });
        }
        Integer[] bySlug = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(bySlug, Comparator.comparing(i -> slugs[i]));
        int[] slugRank = new int[n];
        for (int r = 0; r < n; r++) {
            slugRank[bySlug[r]] = r;
        }
        double[] countryTotals = briefs.stream()
                .mapToDouble(b -> b.countryMentions().values().stream().mapToInt(Integer::intValue).sum()).toArray();
        ThreadLocal<double[]> votesOf = ThreadLocal.withInitial(() -> new double[n]);
        @SuppressWarnings("unchecked")
        List<Related>[] found = new List[n];
        int[][] scored = new int[n][];
        todo.stream().parallel().forEach(i -> found[i] = listOf(i, close, briefs, vectors, index, slugRank, countryTotals,
                votesOf.get(), scored));
        Map<String, Integer> bySlugIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            bySlugIndex.put(slugs[i], i);
        }
        for (int i = todo.nextClearBit(0); i < n; i = todo.nextClearBit(i + 1)) {
            found[i] = previous.lists(before[i], briefs, bySlugIndex);
            int[] was = previous.scored[before[i]];
            scored[i] = new int[was.length];
            for (int k = 0; k < was.length; k++) {
                scored[i][k] = after[was[k]];
            }
        }
        this.related = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            related.put(briefs.get(i), found[i]);
        }
        this.computed = todo.cardinality();
        this.state = new State(settings, slugs, fps, bodies.vocabulary, bodies.ids, bodies.counts, keys, found, scored);
    }

    List<Related> of(Brief b) {
        return related.getOrDefault(b, List.of());
    }

    /** What this computation leaves for the next one. */
    State state() {
        return state;
    }

    /** What this computation leaves for the next one, no longer held by it. */
    State takeState() {
        State s = state;
        state = null;
        return s;
    }

    /** How many lists were computed (the others taken from the previous state). */
    int computed() {
        return computed;
    }

    /** The step of {@link #LADDER} at or below {@code df} (0 for a word in no brief). */
    private static int step(int df) {
        int k = Arrays.binarySearch(LADDER, Math.max(1, df));
        return k >= 0 ? k : -k - 2;
    }

    /**
     * Everything of a brief its related briefs are computed from, as {@link Product#RELATED_BRIEFS} declares it: the
     * fingerprint of its names, a space, and the fingerprint of its body.
     */
    private static String fingerprint(Brief b) {
        return Product.RELATED_BRIEFS.fingerprint(b);
    }

    /** Whether two {@link #fingerprint}s have the same body. */
    private static boolean sameBody(String a, String b) {
        return a.regionMatches(a.indexOf(' '), b, b.indexOf(' '), a.length() - a.indexOf(' '))
                && a.length() - a.indexOf(' ') == b.length() - b.indexOf(' ');
    }

    /** Whether two {@link #fingerprint}s have the same names. */
    private static boolean sameNames(String a, String b) {
        return a.indexOf(' ') == b.indexOf(' ') && a.regionMatches(0, b, 0, a.indexOf(' '));
    }

    /** A brief's candidate-finding keys: its names, then its most distinctive words. */
    private static String[] keys(Brief b, Vector v, String[] vocabulary) {
        Set<String> out = new LinkedHashSet<>();
        b.authors().forEach(a -> out.add("a:" + a));
        b.themes().forEach(t -> out.add("t:" + t));
        b.countries().forEach(c -> out.add("c:" + c));
        b.people().forEach(p -> out.add("p:" + p));
        for (int term : v.top) {
            out.add("w:" + vocabulary[term]);
        }
        // Keys recur across briefs: one string each (at 100,000 briefs, a million and a half key strings otherwise).
        return out.stream().map(String::intern).toArray(String[]::new);
    }

    /** Which briefs hold each key, numbered so that voting runs over arrays. */
    private static final class Index {
        final int rare;
        final int[][] keysOf;
        final int[][] members;
        final Map<String, Integer> ids = new HashMap<>();

        Index(String[][] keys, int rare) {
            this.rare = rare;
            List<List<Integer>> holders = new ArrayList<>();
            keysOf = new int[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                keysOf[i] = new int[keys[i].length];
                for (int k = 0; k < keys[i].length; k++) {
                    int id = ids.computeIfAbsent(keys[i][k], x -> {
                        holders.add(new ArrayList<>());
                        return holders.size() - 1;
                    });
                    holders.get(id).add(i);
                    keysOf[i][k] = id;
                }
            }
            members = holders.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }

        /**
         * Adds to {@code out} the holders of each of {@code keys} that is, or was before {@code changed} briefs
         * joined or left it, rare enough to vote.
         */
        void addMembers(String[] keys, int changed, BitSet out) {
            for (String key : keys) {
                Integer id = ids.get(key);
                if (id != null && members[id].length - changed <= rare) {
                    for (int m : members[id]) {
                        out.set(m);
                    }
                }
            }
        }
    }

    /**
     * The related briefs of brief {@code index}: candidates by votes of the rare keys it shares (rarer votes more),
     * the first {@link #CANDIDATES} scored in full, the best {@link #LIMIT} over {@link #MINIMUM} kept.
     */
    private static List<Related> listOf(int index, double close, List<Brief> briefs, Vector[] vectors, Index keys, int[] slugRank,
            double[] countryTotals, double[] votes, int[][] scoredOut) {
        List<Integer> touched = new ArrayList<>();
        for (int key : keys.keysOf[index]) {
            int[] sharing = keys.members[key];
            if (sharing.length > keys.rare) {
                continue;
            }
            double weight = 1.0 / Math.log(1 + sharing.length);
            for (int other : sharing) {
                if (other != index) {
                    if (votes[other] == 0) {
                        touched.add(other);
                    }
                    votes[other] += weight;
                }
            }
        }
        touched.sort(Comparator.comparingDouble((Integer j) -> -votes[j]).thenComparingInt(j -> slugRank[j]));
        List<Related> scored = new ArrayList<>();
        List<Integer> candidates = touched.subList(0, Math.min(CANDIDATES, touched.size()));
        scoredOut[index] = candidates.stream().mapToInt(Integer::intValue).toArray();
        for (int j : candidates) {
            Related r = score(briefs, index, j, vectors, countryTotals, close);
            if (r.score() >= MINIMUM) {
                scored.add(r);
            }
        }
        for (int j : touched) {
            votes[j] = 0;
        }
        scored.sort(Comparator.comparingDouble((Related r) -> -r.score()).thenComparing(r -> r.brief().slug()));
        return List.copyOf(scored.subList(0, Math.min(LIMIT, scored.size())));
    }

    private static Related score(List<Brief> briefs, int ia, int ib, Vector[] vectors, double[] countryTotals,
            double close) {
        Brief a = briefs.get(ia);
        Brief b = briefs.get(ib);
        double similarity = vectors[ia].cosine(vectors[ib]);
        double score = 8 * similarity;
        List<String> shares = new ArrayList<>();
        for (String author : a.authors()) {
            if (b.authors().contains(author)) {
                score += 2;
                shares.add(author);
            }
        }
        for (String person : a.people()) {
            if (b.people().contains(person)) {
                score += 1.5;
                shares.add(person);
            }
        }
        for (String country : a.countries()) {
            if (b.countries().contains(country)) {
                double sa = share(a, country, countryTotals[ia]);
                double sb = share(b, country, countryTotals[ib]);
                score += Math.min(sa, sb);
                if (Math.min(sa, sb) > 0.05) {
                    shares.add(country);
                }
            }
        }
        for (String theme : a.themes()) {
            if (b.themes().contains(theme)) {
                score += 0.5;
                shares.add(theme);
            }
        }
        for (String org : a.organisations()) {
            if (b.organisations().contains(org)) {
                score += 0.5;
            }
        }
        if (similarity < close) {
            score = 0; // nothing close: shared broad names alone relate nothing
        }
        return new Related(b, score, shares.subList(0, Math.min(4, shares.size())));
    }

    /** How much of a brief's country mentions one country takes (1 when the brief lists only it). */
    private static double share(Brief b, String country, double total) {
        if (total == 0) {
            return 1.0 / Math.max(1, b.countries().size());
        }
        return b.countryMentions().getOrDefault(country, 0) / total;
    }

    /**
     * A body as a sparse unit vector of TF-IDF weights over word ids, sorted by id; and its top words. The weights are
     * not kept but worked out from the body's word counts when two vectors meet, in the same float arithmetic as if
     * they were: at 100,000 briefs a float for every word of every body is hundreds of megabytes.
     */
    private static final class Vector {
        /** 1 + ln(count) for the counts most words have. */
        private static final double[] TF = IntStream.range(0, 256).mapToDouble(c -> 1 + Math.log(c)).toArray();

        final int[] ids;
        final short[] counts;
        final double[] idf;
        final float length;
        final int[] top;

        private Vector(int[] ids, short[] counts, double[] idf, float length, int[] top) {
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

        static Vector of(int[] ids, short[] counts, double[] idf, int[] df) {
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
            int[] best = new int[TOP_WORDS];
            int size = 0;
            for (int k = 0; k < ids.length; k++) {
                if (df[ids[k]] <= 1 || size == TOP_WORDS && w[k] <= w[best[size - 1]]) {
                    continue; // ids ascend: an equal weight later has the larger id and ranks after
                }
                int at = size == TOP_WORDS ? size - 1 : size++;
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
            return new Vector(ids, counts, idf, length, top);
        }

        double cosine(Vector o) {
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

    /** A word's count in a body, as kept: two bytes, a count past 32,767 (no article has one) read as 32,767. */
    private static short count(int n) {
        return (short) Math.min(n, Short.MAX_VALUE);
    }

    /** The words of every body: the vocabulary, alphabetical, and each brief's word ids (ascending) and counts. */
    private static final class Bodies {
        final String[] vocabulary;
        final int[][] ids;
        final short[][] counts;
        /** The previous state's word ids in this vocabulary (-1: gone), when made from one. */
        final int[] remap;
        /** Each word's document frequency in the previous state, by this vocabulary's ids, when made from one. */
        final int[] dfBefore;

        private Bodies(String[] vocabulary, int[][] ids, short[][] counts, int[] remap, int[] dfBefore) {
            this.vocabulary = vocabulary;
            this.ids = ids;
            this.counts = counts;
            this.remap = remap;
            this.dfBefore = dfBefore;
        }

        /** Every body read. */
        static Bodies all(List<Brief> briefs, Set<String> stopwords) {
            int n = briefs.size();
            // Each body's words as ids in order of first sight and a count (a map per body for the whole corpus would
            // hold millions of entries at once, and an array of words per body hundreds of megabytes at 100,000).
            Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
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
            return new Bodies(vocabulary, ids, counts, null, null);
        }

        /** The bodies of briefs whose fingerprint changed read again; the others' words taken from {@code previous}. */
        static Bodies updated(List<Brief> briefs, Set<String> stopwords, State previous, int[] before, String[] fps) {
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
            return new Bodies(words, ids, counts, remap, dfBefore);
        }

        private static Map<String, Integer> counted(Brief b, Set<String> stopwords) {
            Map<String, Integer> tf = new HashMap<>();
            for (String w : io.github.dossier.internal.Words.of(b.body())) {
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
        BitSet changed(State previous, int[] before, String[] fps, int[] df) {
            boolean[] moved = new boolean[vocabulary.length];
            int[] was = dfBefore;
            for (int w = 0; w < vocabulary.length; w++) {
                moved[w] = step(was[w]) != step(df[w]) || (was[w] > 1) != (df[w] > 1);
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
    }

    /**
     * What a computation leaves for the next: a fingerprint of its settings, and for each brief (by slug) the
     * fingerprint of what its list is made from, its words, its keys and its list (as slugs, scores and shares).
     */
    static final class State implements RenderState {
        final String settings;
        final String[] slugs;
        final String[] fps;
        final String[] vocabulary;
        final int[][] ids;
        final short[][] counts;
        final String[][] keys;
        final String[][] listSlugs;
        final double[][] listScores;
        final String[][][] listShares;
        /** The candidates each list scored, as places in this state. */
        final int[][] scored;

        State(String settings, String[] slugs, String[] fps, String[] vocabulary, int[][] ids, short[][] counts,
                String[][] keys, String[][] listSlugs, double[][] listScores, String[][][] listShares, int[][] scored) {
            this.settings = settings;
            this.slugs = slugs;
            this.fps = fps;
            this.vocabulary = vocabulary;
            this.ids = ids;
            this.counts = counts;
            this.keys = keys;
            this.listSlugs = listSlugs;
            this.listScores = listScores;
            this.listShares = listShares;
            this.scored = scored;
        }

        private State(String settings, String[] slugs, String[] fps, String[] vocabulary, int[][] ids, short[][] counts,
                String[][] keys, List<Related>[] lists, int[][] scored) {
            this(settings, slugs, fps, vocabulary, ids, counts, keys,
                    Arrays.stream(lists).map(l -> l.stream().map(r -> r.brief().slug()).toArray(String[]::new))
                            .toArray(String[][]::new),
                    Arrays.stream(lists).map(l -> l.stream().mapToDouble(Related::score).toArray()).toArray(double[][]::new),
                    Arrays.stream(lists).map(l -> l.stream().map(r -> r.shares().toArray(String[]::new))
                            .toArray(String[][]::new)).toArray(String[][][]::new), scored);
        }

        /** For each brief (by place), the places of the lists that scored it as a candidate. */
        int[][] scoredIn() {
            int[] count = new int[slugs.length];
            for (int[] list : scored) {
                for (int c : list) {
                    count[c]++;
                }
            }
            int[][] out = new int[slugs.length][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new int[count[i]];
                count[i] = 0;
            }
            for (int p = 0; p < scored.length; p++) {
                for (int c : scored[p]) {
                    out[c][count[c]++] = p;
                }
            }
            return out;
        }

        /**
         * Where each of {@code slugs} was in this state, or null when this state is of other settings or another set
         * of briefs (then everything is computed again).
         */
        int[] positions(String settings, String[] slugs) {
            if (!this.settings.equals(settings) || this.slugs.length != slugs.length) {
                return null;
            }
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < this.slugs.length; i++) {
                at.put(this.slugs[i], i);
            }
            int[] out = new int[slugs.length];
            for (int i = 0; i < slugs.length; i++) {
                Integer p = at.remove(slugs[i]);
                if (p == null) {
                    return null;
                }
                out[i] = p;
            }
            return out;
        }

        /** Writes this state to {@code file}, whole or not at all. */
        @Override
        public void write(Path file) throws IOException {
            try (Bytes out = Bytes.writer(FORMAT, file)) {
                out.string(settings);
                out.strings(vocabulary);
                out.varint(slugs.length);
                for (int i = 0; i < slugs.length; i++) {
                    out.string(slugs[i]);
                    out.string(fps[i]);
                    out.varint(ids[i].length);
                    int last = 0;
                    for (int k = 0; k < ids[i].length; k++) {
                        out.varint(ids[i][k] - last);
                        out.varint(counts[i][k]);
                        last = ids[i][k];
                    }
                    out.strings(keys[i]);
                    out.strings(listSlugs[i]);
                    for (int k = 0; k < listSlugs[i].length; k++) {
                        out.longBits(Double.doubleToRawLongBits(listScores[i][k]));
                        out.strings(listShares[i][k]);
                    }
                    out.varint(scored[i].length);
                    for (int c : scored[i]) {
                        out.varint(c);
                    }
                }
                out.finish();
            }
        }

        /** The state in {@code file}; empty when there is none or it cannot be read (then everything is computed). */
        static Optional<State> read(Path file) {
            return read(file, note -> { });
        }

        /** As {@link #read(Path)}, a damaged state said to {@code notes}. */
        static Optional<State> read(Path file, java.util.function.Consumer<String> notes) {
            return Bytes.read(file, FORMAT, in -> {
                String settings = in.string();
                String[] vocabulary = in.strings();
                int n = in.varint();
                String[] slugs = new String[n];
                String[] fps = new String[n];
                int[][] ids = new int[n][];
                short[][] counts = new short[n][];
                String[][] keys = new String[n][];
                String[][] listSlugs = new String[n][];
                double[][] listScores = new double[n][];
                String[][][] listShares = new String[n][][];
                int[][] scored = new int[n][];
                for (int i = 0; i < n; i++) {
                    slugs[i] = in.string();
                    fps[i] = in.string();
                    int size = in.varint();
                    ids[i] = new int[size];
                    counts[i] = new short[size];
                    int last = 0;
                    for (int k = 0; k < size; k++) {
                        last += in.varint();
                        ids[i][k] = last;
                        counts[i][k] = count(in.varint());
                    }
                    keys[i] = interned(in.strings());
                    listSlugs[i] = interned(in.strings());
                    listScores[i] = new double[listSlugs[i].length];
                    listShares[i] = new String[listSlugs[i].length][];
                    for (int k = 0; k < listSlugs[i].length; k++) {
                        listScores[i][k] = Double.longBitsToDouble(in.longBits());
                        listShares[i][k] = interned(in.strings());
                    }
                    scored[i] = new int[in.varint()];
                    for (int k = 0; k < scored[i].length; k++) {
                        scored[i][k] = in.varint();
                        if (scored[i][k] >= n) {
                            throw new IOException("a candidate beyond the briefs");
                        }
                    }
                }
                return new State(settings, slugs, fps, vocabulary, ids, counts, keys, listSlugs, listScores, listShares,
                        scored);
            }, notes);
        }

        private static final String FORMAT = "dossier related-briefs 3";

        /** Keys, slugs and names recur across lists: one string each. */
        private static String[] interned(String[] strings) {
            for (int i = 0; i < strings.length; i++) {
                strings[i] = strings[i].intern();
            }
            return strings;
        }

        /** The list of the brief at {@code position}, its briefs found by slug among {@code briefs}. */
        List<Related> lists(int position, List<Brief> briefs, Map<String, Integer> bySlug) {
            List<Related> out = new ArrayList<>();
            for (int k = 0; k < listSlugs[position].length; k++) {
                out.add(new Related(briefs.get(bySlug.get(listSlugs[position][k])), listScores[position][k],
                        List.of(listShares[position][k])));
            }
            return List.copyOf(out);
        }
    }
}
