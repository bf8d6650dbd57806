package io.github.dossier.site;

import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.outputs.Escape;
import io.github.dossier.site.outputs.TextFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The shards of the search index, made from each brief's {@link SearchTerms}: postings a range of terms at a time
 * (whole groups, in order), each made in document order so that ids ascend in every list, encoded, split into
 * shards by prefix and written; then let go, so that memory holds one range's postings, not the corpus's. A shard is
 * a script that hands its terms to the page: {@code DossierSearch.shard("ab", {"abc":"0.7,2.3"})}, each posting the
 * gap from the previous document id and a score digit, in base 36. Made for one write.
 */
final class SearchShards {

    /** The size past which a prefix's shard is split into longer prefixes. */
    static final int SHARD_BYTES = 48 * 1024;

    private final SearchTerms terms;
    private final int documents;
    /** How many briefs hold each term. */
    private final int[] df;
    /** The terms to shard, alphabetical. */
    private final Integer[] order;
    /** Each term's place in the range being made (-1: not in it). */
    private final int[] slot;

    /** The shards of the terms of the groups {@code remade} (of every group when null). */
    SearchShards(SearchTerms terms, Set<String> remade) {
        this.terms = terms;
        this.documents = terms.packed.length;
        this.df = new int[terms.table.size()];
        for (byte[] p : terms.packed) {
            PackedTerms.forEach(p, (t, w) -> df[t]++);
        }
        List<String> table = terms.table;
        this.order = IntStream.range(0, df.length)
                .filter(t -> df[t] > 0 && (remade == null || remade.contains(group(table.get(t)))))
                .boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> table.get(a).compareTo(table.get(b)));
        this.slot = new int[df.length];
        Arrays.fill(slot, -1);
    }

    /** The prefix whose shard a term starts in: its first two characters (the whole term when shorter). */
    static String group(String term) {
        return term.length() <= 2 ? term : term.substring(0, 2);
    }

    /**
     * Writes the shards through {@code out}, their postings made about {@code rangePairs} (term, brief) pairs at a
     * time; returns their keys (prefixes).
     */
    List<String> write(long rangePairs, TextFiles out) throws IOException {
        List<String> keys = new ArrayList<>();
        for (int a = 0; a < order.length; ) {
            int b = rangeEnd(a, rangePairs);
            Map<String, Map<String, String>> shards = new TreeMap<>();
            shard(postings(a, b), 2, shards);
            for (Map.Entry<String, Map<String, String>> e : shards.entrySet()) {
                StringBuilder js = new StringBuilder("DossierSearch.shard(").append(Escape.json(e.getKey())).append(", {");
                boolean first = true;
                for (Map.Entry<String, String> t : e.getValue().entrySet()) {
                    js.append(first ? "" : ",").append(Escape.json(t.getKey())).append(':').append(Escape.json(t.getValue()));
                    first = false;
                }
                out.write(SitePaths.searchShard(SearchIndex.file(e.getKey())), js.append("});\n").toString());
                keys.add(e.getKey());
            }
            a = b;
        }
        return keys;
    }

    /** The end of the range of terms from {@code a}: about {@code rangePairs} pairs, and never half a group. */
    private int rangeEnd(int a, long rangePairs) {
        List<String> table = terms.table;
        int b = a;
        long pairs = 0;
        while (b < order.length && (pairs < rangePairs
                || b > a && group(table.get(order[b])).equals(group(table.get(order[b - 1]))))) {
            pairs += df[order[b++]];
        }
        return b;
    }

    /** The postings of the terms {@code order[a..b)}, encoded, by term. */
    private Map<String, String> postings(int a, int b) {
        int[] offset = new int[b - a + 1];
        for (int r = a; r < b; r++) {
            slot[order[r]] = r - a;
            offset[r - a + 1] = offset[r - a] + df[order[r]];
        }
        int[] docs = new int[offset[b - a]];
        int[] tfs = new int[docs.length];
        int[] fill = Arrays.copyOf(offset, b - a);
        for (int i = 0; i < documents; i++) {
            int doc = i;
            PackedTerms.forEach(terms.packed[i], (t, w) -> {
                int s = slot[t];
                if (s >= 0) {
                    docs[fill[s]] = doc;
                    tfs[fill[s]++] = w;
                }
            });
        }
        // Saturate like BM25, then scale to one digit: enough to rank, cheap to ship.
        Map<String, String> encoded = new TreeMap<>();
        for (int r = a; r < b; r++) {
            int s = r - a;
            int size = offset[s + 1] - offset[s];
            double idf = Math.log(1 + (documents - size + 0.5) / (size + 0.5));
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int k = offset[s]; k < offset[s + 1]; k++) {
                double tf = tfs[k];
                double score = idf * tf * 2.2 / (tf + 1.2);
                int digit = (int) Math.max(1, Math.min(35, Math.round(score * 4)));
                sb.append(k == offset[s] ? "" : ",").append(Integer.toString(docs[k] - last, 36))
                        .append('.').append(Integer.toString(digit, 36));
                last = docs[k];
            }
            encoded.put(terms.table.get(order[r]), sb.toString());
            slot[order[r]] = -1;
        }
        return encoded;
    }

    /** Groups terms by prefix of {@code length}, splitting prefixes whose shard would be too big. */
    private static void shard(Map<String, String> terms, int length, Map<String, Map<String, String>> into) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : terms.entrySet()) {
            String key = t.getKey().length() <= length ? t.getKey() : t.getKey().substring(0, length);
            groups.computeIfAbsent(key, k -> new TreeMap<>()).put(t.getKey(), t.getValue());
        }
        for (Map.Entry<String, Map<String, String>> g : groups.entrySet()) {
            int bytes = g.getValue().entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length() + 6).sum();
            boolean splittable = g.getValue().keySet().stream().anyMatch(k -> k.length() > length);
            if (bytes > SHARD_BYTES && splittable && length < 6) {
                Map<String, String> exact = new TreeMap<>();
                Map<String, String> longer = new TreeMap<>();
                g.getValue().forEach((k, v) -> (k.length() <= length ? exact : longer).put(k, v));
                if (!exact.isEmpty()) {
                    into.computeIfAbsent(g.getKey(), k -> new TreeMap<>()).putAll(exact);
                }
                shard(longer, length + 1, into);
            } else {
                into.computeIfAbsent(g.getKey(), k -> new TreeMap<>()).putAll(g.getValue());
            }
        }
    }
}
