package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.inputs.Product;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.site.RelatedBriefs.Related;
import io.github.dossier.site.RelatedBriefs.State;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * One computation of every brief's related briefs under a {@link RelatedPolicy}: the bodies as TF-IDF vectors
 * ({@link BodyWords}, {@link WordVector}), each brief's candidates found by the rare keys it shares
 * ({@link CandidateIndex}), each candidate scored by the policy.
 *
 * <p>From the {@link State} a previous computation left, only the lists an edit can change are computed again, with
 * the same result as computing all of them: a word's inverse document frequency is read from its document frequency
 * rounded down to a step of the policy's ladder, so one brief gaining or losing a common word changes no other
 * brief's vector unless the count crosses a step; a list depends only on its own brief, the briefs sharing a rare key
 * with it, and those keys' sizes. Made for one call, then read.
 */
final class RelatedUpdate {

    /** Each brief's list, by its place among the briefs. */
    final List<Related>[] lists;
    /** What this computation leaves for the next one. */
    final State state;
    /** How many lists were computed (the others taken from the previous state). */
    final int computed;

    private final List<Brief> briefs;
    private final RelatedPolicy policy;
    private final WordVector[] vectors;
    private final CandidateIndex index;
    /** Each brief's place among the briefs in the order of their slugs: candidates equally voted go by it. */
    private final int[] slugRank;
    /** How many country mentions each brief counts. */
    private final double[] mentions;

    @SuppressWarnings("unchecked")
    RelatedUpdate(List<Brief> briefs, Set<String> stopwords, RelatedPolicy policy, Supplier<Optional<State>> stored) {
        this.briefs = briefs;
        this.policy = policy;
        int n = briefs.size();
        String settings = Fingerprint.of(new TreeSet<>(stopwords) + "|" + policy.settings());
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
        BodyWords bodies = before == null ? BodyWords.all(briefs, stopwords)
                : BodyWords.updated(briefs, stopwords, previous, before, fps);
        int[] df = bodies.documentFrequencies();
        double[] idf = new double[df.length];
        for (int w = 0; w < df.length; w++) {
            idf[w] = Math.log(1 + (double) n / policy.rounded(df[w]));
        }
        this.vectors = new WordVector[n];
        IntStream.range(0, n).parallel().forEach(i -> vectors[i] = WordVector.of(bodies.ids[i], bodies.counts[i], idf,
                df, policy.words));
        String[][] keys = new String[n][];
        IntStream.range(0, n).parallel().forEach(i -> keys[i] = CandidateIndex.keys(briefs.get(i), vectors[i],
                bodies.vocabulary));
        this.index = new CandidateIndex(keys, policy.rare(n));
        this.slugRank = slugRanks(slugs);
        this.mentions = briefs.stream()
                .mapToDouble(b -> b.countryMentions().values().stream().mapToInt(Integer::intValue).sum()).toArray();

        BitSet todo;
        if (before == null) {
            todo = new BitSet(n);
            todo.set(0, n);
        } else {
            todo = toCompute(previous, before, bodies.changed(previous, before, fps, df, policy), keys);
        }
        this.lists = new List[n];
        int[][] scored = new int[n][];
        ThreadLocal<double[]> votes = ThreadLocal.withInitial(() -> new double[n]);
        todo.stream().parallel().forEach(i -> {
            scored[i] = index.candidates(i, policy.candidates, slugRank, votes.get());
            lists[i] = listOf(i, scored[i]);
        });
        if (before != null) {
            taken(previous, before, todo, slugs, scored);
        }
        this.computed = todo.cardinality();
        this.state = new State(settings, slugs, fps, bodies.vocabulary, bodies.ids, bodies.counts, keys, lists, scored);
    }

    /**
     * Everything of a brief its related briefs are computed from, as {@link Product#RELATED_BRIEFS} declares it: the
     * fingerprint of its names, a space, and the fingerprint of its body.
     */
    private static String fingerprint(Brief b) {
        return Product.RELATED_BRIEFS.fingerprint(b);
    }

    private static int[] slugRanks(String[] slugs) {
        Integer[] bySlug = IntStream.range(0, slugs.length).boxed().toArray(Integer[]::new);
        Arrays.sort(bySlug, Comparator.comparing(i -> slugs[i]));
        int[] rank = new int[slugs.length];
        for (int r = 0; r < rank.length; r++) {
            rank[bySlug[r]] = r;
        }
        return rank;
    }

    /**
     * The lists an edit can have changed: those of the {@code changed} briefs (edited, or holding a word whose
     * frequency step changed), and the lists that had or may now have one of them as a candidate.
     */
    private BitSet toCompute(State previous, int[] before, BitSet changed, String[][] keys) {
        BitSet todo = new BitSet(before.length);
        int[] after = inverse(before);
        // Which lists had each brief (by its place in the previous state) among their scored candidates.
        int[][] scoredIn = previous.scoredIn();
        todo.or(changed);
        changed.stream().forEach(i -> {
            if (Arrays.equals(keys[i], previous.keys[before[i]])) {
                // Its keys as they were, so every key's holders and every vote: only the lists that scored it as a
                // candidate can change.
                for (int p : scoredIn[before[i]]) {
                    todo.set(after[p]);
                }
            } else {
                // Every list that had, or may now have, it as a candidate, or whose keys' sizes changed.
                index.addMembers(keys[i], changed.cardinality(), todo);
                index.addMembers(previous.keys[before[i]], changed.cardinality(), todo);
            }
        });
        return todo;
    }

    /** Each brief's place now, by its place in the previous state ({@code before}: its place then, by place now). */
    private static int[] inverse(int[] before) {
        int[] after = new int[before.length];
        for (int i = 0; i < before.length; i++) {
            after[before[i]] = i;
        }
        return after;
    }

    /** The related briefs of brief {@code i}: its {@code candidates} scored, those the policy shows. */
    private List<Related> listOf(int i, int[] candidates) {
        Related[] scored = new Related[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            int j = candidates[k];
            scored[k] = policy.score(briefs.get(i), briefs.get(j), vectors[i].cosine(vectors[j]), mentions[i],
                    mentions[j]);
        }
        return policy.shown(Arrays.asList(scored));
    }

    /** The lists not computed ({@code todo} clear) taken from {@code previous}, with the candidates they scored. */
    private void taken(State previous, int[] before, BitSet todo, String[] slugs, int[][] scored) {
        int n = slugs.length;
        int[] after = inverse(before);
        Map<String, Integer> bySlug = new HashMap<>();
        for (int i = 0; i < n; i++) {
            bySlug.put(slugs[i], i);
        }
        for (int i = todo.nextClearBit(0); i < n; i = todo.nextClearBit(i + 1)) {
            lists[i] = previous.lists(before[i], briefs, bySlug);
            int[] was = previous.scored[before[i]];
            scored[i] = new int[was.length];
            for (int k = 0; k < was.length; k++) {
                scored[i][k] = after[was[k]];
            }
        }
    }
}
