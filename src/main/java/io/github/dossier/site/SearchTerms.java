package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.SearchIndex.State;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Each brief's terms with their weights, as ids into one table of terms (the previous index's vocabulary first),
 * {@link PackedTerms}: a few bytes a (brief, term) pair, whatever the corpus's size. A brief whose text is as the
 * previous index read it keeps its terms from there; the others are read again.
 */
final class SearchTerms {

    /** How many briefs are read at a time: no more than a block's word maps are held at once. */
    private static final int BLOCK = 1024;

    /** The terms, by id. */
    final List<String> table;
    /** Each brief's terms and weights, by the brief's place. */
    final byte[][] packed;

    private SearchTerms(List<String> table, byte[][] packed) {
        this.table = table;
        this.packed = packed;
    }

    /**
     * The terms of {@code briefs}, whose fingerprints are {@code fps}: those of a brief with the same fingerprint in
     * {@code was} (when there is one) taken from it, the others read through {@code weights}, a block at a time, in
     * parallel.
     */
    static SearchTerms of(List<Brief> briefs, String[] fps, State was, Function<Brief, Map<String, Double>> weights) {
        int n = briefs.size();
        Map<String, Integer> before = new HashMap<>();
        if (was != null) {
            for (int i = 0; i < was.slugs.length; i++) {
                before.put(was.slugs[i], i);
            }
        }
        List<String> table = new ArrayList<>(was == null ? List.of() : Arrays.asList(was.vocabulary));
        Map<String, Integer> ids = null;
        byte[][] packed = new byte[n][];
        for (int from = 0; from < n; from += BLOCK) {
            int start = from;
            @SuppressWarnings("unchecked")
            Map<String, Double>[] read = new Map[Math.min(BLOCK, n - from)];
            IntStream.range(0, read.length).parallel().forEach(k -> {
                int i = start + k;
                Integer p = before.get(briefs.get(i).slug());
                if (p != null && was.fps[p].equals(fps[i])) {
                    packed[i] = was.packed[p];
                } else {
                    read[k] = weights.apply(briefs.get(i));
                }
            });
            for (int k = 0; k < read.length; k++) {
                if (read[k] == null) {
                    continue;
                }
                if (ids == null) {
                    ids = new HashMap<>();
                    for (int t = 0; t < table.size(); t++) {
                        ids.put(table.get(t), t);
                    }
                }
                int[] terms = new int[read[k].size()];
                int[] weighed = new int[read[k].size()];
                int j = 0;
                for (Map.Entry<String, Double> w : read[k].entrySet()) {
                    terms[j] = ids.computeIfAbsent(w.getKey(), t -> {
                        table.add(t);
                        return table.size() - 1;
                    });
                    weighed[j++] = (int) Math.round(w.getValue()); // sums of 6, 3 and 1: whole numbers
                }
                packed[start + k] = PackedTerms.of(terms, weighed);
            }
        }
        return new SearchTerms(table, packed);
    }

    /**
     * The groups ({@link SearchShards#group}) of the terms a brief gained, lost or weighs differently since
     * {@code was}, which holds the same briefs in the same order.
     */
    Set<String> groupsChangedSince(State was) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < packed.length; i++) {
            if (packed[i] != was.packed[i] && !Arrays.equals(packed[i], was.packed[i])) {
                Map<Integer, Integer> had = new HashMap<>();
                Map<Integer, Integer> has = new HashMap<>();
                PackedTerms.forEach(was.packed[i], had::put);
                PackedTerms.forEach(packed[i], has::put);
                Set<Integer> terms = new HashSet<>(had.keySet());
                terms.addAll(has.keySet());
                for (int t : terms) {
                    if (!Objects.equals(had.get(t), has.get(t))) {
                        out.add(SearchShards.group(table.get(t)));
                    }
                }
            }
        }
        return out;
    }
}
