package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which briefs hold each candidate-finding key (an author, theme, country or person, or one of a brief's most
 * distinctive words), numbered so that voting runs over arrays. A brief's candidates among related briefs are those
 * sharing its rare keys, so the cost grows with the corpus's overlap, not with its square.
 */
final class CandidateIndex {

    /** The most briefs a key may be held by and still vote. */
    private final int rare;
    private final int[][] keysOf;
    private final int[][] members;
    private final Map<String, Integer> ids = new HashMap<>();

    /** The index of every brief's {@code keys} (by place), keys held by at most {@code rare} briefs voting. */
    CandidateIndex(String[][] keys, int rare) {
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

    /** A brief's candidate-finding keys: its names, then its most distinctive words. */
    static String[] keys(Brief b, WordVector v, String[] vocabulary) {
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

    /**
     * The first {@code limit} candidates of brief {@code index}: the briefs sharing its rare keys, the most voted
     * first (a rarer key votes more), a tie by {@code slugRank}. {@code votes} is this thread's scratch, one a brief,
     * all 0, and left so.
     */
    int[] candidates(int index, int limit, int[] slugRank, double[] votes) {
        List<Integer> touched = new ArrayList<>();
        for (int key : keysOf[index]) {
            int[] sharing = members[key];
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
        int[] out = touched.subList(0, Math.min(limit, touched.size())).stream().mapToInt(Integer::intValue).toArray();
        for (int j : touched) {
            votes[j] = 0;
        }
        return out;
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
