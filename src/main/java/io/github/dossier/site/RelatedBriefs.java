package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which briefs a reader of one brief should read next, and why.
 *
 * <p>Each pair of briefs scores on what they share — authors (3 each), people (1), organisations (0.5), themes
 * (1.5, the stronger the theme in both the more), countries (up to 2, by how much of each brief the country is)
 * — plus the cosine similarity of their bodies' TF-IDF vectors (up to 4). Hugo's related content averages keyword
 * weights over front matter; this also reads the articles. Candidates are the briefs sharing an author, theme,
 * country or person, so the cost grows with the corpus's overlap, not with its square. Immutable.
 */
final class RelatedBriefs {

    /** A related brief, its score and the shared names that explain it. */
    record Related(Brief brief, double score, List<String> shares) {
    }

    private static final int LIMIT = 5;
    private static final double MINIMUM = 2.0;
    /** How many candidates, by shared rare names and words, are scored in full. */
    private static final int CANDIDATES = 40;
    /** How many of a brief's most distinctive words find candidates. */
    private static final int TOP_WORDS = 8;
    /** The most briefs a candidate-finding name or word may be shared by (1 in 50 at 10,000 briefs). */
    private static final int RARE_MAX = 200;

    private final Map<Brief, List<Related>> related = new IdentityHashMap<>();

    RelatedBriefs(List<Brief> briefs, Set<String> stopwords) {
        int n = briefs.size();
        Map<Brief, Vector> vectors = vectors(briefs, stopwords);
        // Candidates: briefs sharing a rare name (an author, a person, a rarely named country) or one of the
        // brief's most distinctive words. Names in a large share of the corpus pick candidates from everywhere and
        // are left to the scoring. "Rare" is 1 in 50 briefs, but never over RARE_MAX: a name shared by more is no
        // guide to what to read next, and a bound that grew with the corpus made voting grow with its square.
        // Keys and briefs are numbered so that voting runs over arrays.
        int rare = Math.max(50, Math.min(RARE_MAX, n / 50));
        Map<String, Integer> keyIds = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        int[][] keysOf = new int[n][];
        for (int i = 0; i < n; i++) {
            Brief b = briefs.get(i);
            List<String> keys = new ArrayList<>(names(b));
            for (int term : vectors.get(b).top) {
                keys.add("w:" + term);
            }
            keysOf[i] = new int[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                int id = keyIds.computeIfAbsent(keys.get(k), x -> {
                    members.add(new ArrayList<>());
                    return members.size() - 1;
                });
                members.get(id).add(i);
                keysOf[i][k] = id;
            }
        }
        int[][] byKey = members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        Integer[] bySlug = new Integer[n];
        for (int i = 0; i < n; i++) {
            bySlug[i] = i;
        }
        java.util.Arrays.sort(bySlug, Comparator.comparing(i -> briefs.get(i).slug()));
        int[] slugRank = new int[n];
        for (int r = 0; r < n; r++) {
            slugRank[bySlug[r]] = r;
        }
        ThreadLocal<double[]> votesOf = ThreadLocal.withInitial(() -> new double[n]);
        @SuppressWarnings("unchecked")
        List<Related>[] found = new List[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(index -> {
            Brief b = briefs.get(index);
            double[] votes = votesOf.get();
            List<Integer> touched = new ArrayList<>();
            for (int key : keysOf[index]) {
                int[] sharing = byKey[key];
                if (sharing.length > rare) {
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
            for (int j : touched.subList(0, Math.min(CANDIDATES, touched.size()))) {
                Related r = score(b, briefs.get(j), vectors);
                if (r.score() >= MINIMUM) {
                    scored.add(r);
                }
            }
            for (int j : touched) {
                votes[j] = 0;
            }
            scored.sort(Comparator.comparingDouble((Related r) -> -r.score())
                    .thenComparing(r -> r.brief().slug()));
            found[index] = List.copyOf(scored.subList(0, Math.min(LIMIT, scored.size())));
        });
        for (int i = 0; i < n; i++) {
            related.put(briefs.get(i), found[i]);
        }
    }

    List<Related> of(Brief b) {
        return related.getOrDefault(b, List.of());
    }

    private static Set<String> names(Brief b) {
        Set<String> out = new LinkedHashSet<>();
        b.authors().forEach(a -> out.add("a:" + a));
        b.themes().forEach(t -> out.add("t:" + t));
        b.countries().forEach(c -> out.add("c:" + c));
        b.people().forEach(p -> out.add("p:" + p));
        return out;
    }

    private static Related score(Brief a, Brief b, Map<Brief, Vector> vectors) {
        double score = 0;
        List<String> shares = new ArrayList<>();
        for (String author : a.authors()) {
            if (b.authors().contains(author)) {
                score += 3;
                shares.add(author);
            }
        }
        for (String theme : a.themes()) {
            int j = b.themes().indexOf(theme);
            if (j >= 0) {
                int i = a.themes().indexOf(theme);
                score += 1.5 * (1.0 / (1 + i) + 1.0 / (1 + j)) / 2 + 0.5;
                shares.add(theme);
            }
        }
        for (String country : a.countries()) {
            if (b.countries().contains(country)) {
                double sa = share(a, country);
                double sb = share(b, country);
                score += 2 * Math.min(sa, sb) * 2;
                if (Math.min(sa, sb) > 0.05) {
                    shares.add(country);
                }
            }
        }
        for (String person : a.people()) {
            if (b.people().contains(person)) {
                score += 1;
                shares.add(person);
            }
        }
        for (String org : a.organisations()) {
            if (b.organisations().contains(org)) {
                score += 0.5;
            }
        }
        double cosine = vectors.get(a).cosine(vectors.get(b));
        score += 4 * cosine;
        return new Related(b, score, shares.subList(0, Math.min(4, shares.size())));
    }

    /** How much of a brief's country mentions one country takes (1 when the brief lists only it). */
    private static double share(Brief b, String country) {
        int total = b.countryMentions().values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 1.0 / Math.max(1, b.countries().size());
        }
        return (double) b.countryMentions().getOrDefault(country, 0) / total;
    }

    /** A body as a sparse unit vector of TF-IDF weights over term ids, sorted by id; and its top terms. */
    private static final class Vector {
        final int[] ids;
        final float[] weights;
        final int[] top;

        Vector(int[] ids, float[] weights, int[] top) {
            this.ids = ids;
            this.weights = weights;
            this.top = top;
        }

        double cosine(Vector o) {
            double dot = 0;
            int i = 0;
            int j = 0;
            while (i < ids.length && j < o.ids.length) {
                if (ids[i] == o.ids[j]) {
                    dot += weights[i++] * o.weights[j++];
                } else if (ids[i] < o.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }
    }

    private static Map<Brief, Vector> vectors(List<Brief> briefs, Set<String> stopwords) {
        int n = briefs.size();
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] words = new Map[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            Map<String, Integer> tf = new HashMap<>();
            for (String w : Words.of(briefs.get(i).body())) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (lower.length() > 2 && !stopwords.contains(lower) && !lower.chars().allMatch(Character::isDigit)) {
                    tf.merge(lower, 1, Integer::sum);
                }
            }
            words[i] = tf;
        });
        // Term ids in alphabetical order, so that every build ranks ties the same way.
        java.util.TreeSet<String> vocabulary = new java.util.TreeSet<>();
        for (Map<String, Integer> tf : words) {
            vocabulary.addAll(tf.keySet());
        }
        Map<String, Integer> ids = new HashMap<>();
        for (String w : vocabulary) {
            ids.put(w, ids.size());
        }
        int[] documentFrequency = new int[ids.size()];
        for (Map<String, Integer> tf : words) {
            tf.keySet().forEach(w -> documentFrequency[ids.get(w)]++);
        }
        Vector[] vectors = new Vector[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            Map<String, Integer> tf = words[i];
            int[] termIds = tf.keySet().stream().mapToInt(ids::get).sorted().toArray();
            Map<Integer, Integer> byId = new HashMap<>();
            tf.forEach((w, c) -> byId.put(ids.get(w), c));
            float[] w = new float[termIds.length];
            double norm = 0;
            for (int k = 0; k < termIds.length; k++) {
                double v = (1 + Math.log(byId.get(termIds[k]))) * Math.log(1 + (double) n / documentFrequency[termIds[k]]);
                w[k] = (float) v;
                norm += v * v;
            }
            double len = Math.sqrt(norm);
            Integer[] order = new Integer[termIds.length];
            for (int k = 0; k < termIds.length; k++) {
                order[k] = k;
                if (len > 0) {
                    w[k] /= (float) len;
                }
            }
            // Distinctive words: heavy here, and in more than one brief (a word in one brief finds no other).
            java.util.Arrays.sort(order, (x, y) -> Float.compare(w[y], w[x]) != 0 ? Float.compare(w[y], w[x])
                    : Integer.compare(termIds[x], termIds[y]));
            int[] top = java.util.Arrays.stream(order).filter(k -> documentFrequency[termIds[k]] > 1)
                    .limit(TOP_WORDS).mapToInt(k -> termIds[k]).toArray();
            vectors[i] = new Vector(termIds, w, top);
        });
        Map<Brief, Vector> out = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(briefs.get(i), vectors[i]);
        }
        return out;
    }
}
