package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The full-text search index, built at render time and read in the browser by {@code assets/search.js}.
 *
 * <p>Terms (title, summary, authors and entities, body; weighted in that order) are sharded by prefix: two
 * letters, split into longer prefixes wherever a shard would grow past {@value #SHARD_BYTES} bytes, so a query
 * downloads only the shards of its words and one small fragment per result shown, whatever the corpus's size.
 * Every file is a script that hands its data to the page ({@code DossierSearch.shard(…)}), so search works on
 * GitHub Pages, on the preview server and from {@code file://}, where {@code fetch} cannot read local files.
 */
final class SearchIndex {

    static final int SHARD_BYTES = 48 * 1024;
    private static final int BLOCK = 1024;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final Set<String> stopwords;

    SearchIndex(Set<String> stopwords) {
        this.stopwords = Set.copyOf(stopwords);
    }

    /** Writes the index of {@code briefs} (document i is briefs.get(i)) through {@code out}. */
    void write(List<Brief> briefs, SiteOutput out) throws IOException {
        int n = briefs.size();
        // Weights are computed in parallel a block at a time and appended to the postings in document order, so
        // ids ascend in every list and no more than a block's word maps are held at once.
        Map<String, Postings> postings = new HashMap<>();
        for (int from = 0; from < n; from += BLOCK) {
            int start = from;
            @SuppressWarnings("unchecked")
            Map<String, Double>[] weighed = new Map[Math.min(BLOCK, n - from)];
            IntStream.range(0, weighed.length).parallel().forEach(k -> weighed[k] = weights(briefs.get(start + k)));
            for (int k = 0; k < weighed.length; k++) {
                for (Map.Entry<String, Double> w : weighed[k].entrySet()) {
                    postings.computeIfAbsent(w.getKey(), key -> new Postings()).add(start + k, w.getValue().floatValue());
                }
            }
        }
        // Saturate like BM25, then scale to one digit: enough to rank, cheap to ship.
        Map<String, String> encoded = new TreeMap<>();
        for (Map.Entry<String, Postings> e : postings.entrySet()) {
            Postings p = e.getValue();
            double idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int k = 0; k < p.size; k++) {
                double tf = p.weights[k];
                double score = idf * tf * 2.2 / (tf + 1.2);
                int digit = (int) Math.max(1, Math.min(35, Math.round(score * 4)));
                sb.append(k == 0 ? "" : ",").append(Integer.toString(p.ids[k] - last, 36))
                        .append('.').append(Integer.toString(digit, 36));
                last = p.ids[k];
            }
            encoded.put(e.getKey(), sb.toString());
        }
        Map<String, Map<String, String>> shards = new TreeMap<>();
        shard(encoded, 2, shards);
        List<String> keys = new ArrayList<>(shards.keySet());
        for (Map.Entry<String, Map<String, String>> s : shards.entrySet()) {
            StringBuilder js = new StringBuilder("DossierSearch.shard(").append(Escape.json(s.getKey())).append(", {");
            boolean first = true;
            for (Map.Entry<String, String> t : s.getValue().entrySet()) {
                js.append(first ? "" : ",").append(Escape.json(t.getKey())).append(':').append(Escape.json(t.getValue()));
                first = false;
            }
            out.write(SitePaths.searchShard(file(s.getKey())), js.append("});\n").toString());
        }
        for (int id = 0; id < n; id++) {
            Brief b = briefs.get(id);
            StringBuilder byline = new StringBuilder(String.join(", ", b.authors()));
            b.publication().ifPresent(p -> byline.append(byline.length() > 0 ? " · " : "").append(p));
            b.published().ifPresent(d -> byline.append(byline.length() > 0 ? " · " : "").append(d));
            out.write(SitePaths.searchDocument(id), "DossierSearch.doc(" + id + ", {\"t\":" + Escape.json(b.title())
                    + ",\"u\":" + Escape.json(SitePaths.brief(b.slug())) + ",\"b\":" + Escape.json(byline.toString())
                    + ",\"s\":" + Escape.json(b.summary().isEmpty() ? "" : b.summary().get(0)) + "});\n");
        }
        StringBuilder manifest = new StringBuilder("DossierSearch.manifest({\"docs\":").append(n).append(",\"shards\":{");
        for (int i = 0; i < keys.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append(Escape.json(keys.get(i))).append(':')
                    .append(Escape.json(file(keys.get(i))));
        }
        manifest.append("},\"stopwords\":[");
        List<String> stops = new ArrayList<>(stopwords);
        stops.sort(null);
        for (int i = 0; i < stops.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append(Escape.json(stops.get(i)));
        }
        out.write(SitePaths.searchManifest(), manifest.append("]});\n").toString());
    }

    /** A brief's terms, each weighted by where it stands: title 6, summary and names 3, body 1 an occurrence. */
    private Map<String, Double> weights(Brief b) {
        Map<String, Double> weights = new HashMap<>();
        add(weights, b.title(), 6);
        add(weights, String.join(" ", b.summary()), 3);
        add(weights, String.join(" ", b.authors()) + " " + String.join(" ", b.countries()) + " "
                + String.join(" ", b.people()) + " " + String.join(" ", b.organisations()) + " "
                + String.join(" ", b.themes()) + " " + String.join(" ", b.tags()) + " " + b.publication().orElse(""), 3);
        add(weights, b.body(), 1);
        return weights;
    }

    private void add(Map<String, Double> weights, String text, double weight) {
        for (String t : tokens(text)) {
            if (!stopwords.contains(t)) {
                weights.merge(t, weight, Double::sum);
            }
        }
    }

    /** Lower case, accents dropped, runs of letters and digits: as {@code search.js} reads a query. */
    static List<String> tokens(String text) {
        String s = isAscii(text) ? text.toLowerCase(Locale.ROOT)
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!Words.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Words.isWordChar(cp = s.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (i - start >= 2 && i - start <= 40) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** One term's postings: document ids, ascending, and the term's weight in each. */
    private static final class Postings {
        int[] ids = new int[4];
        float[] weights = new float[4];
        int size;

        void add(int id, float weight) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            ids[size] = id;
            weights[size++] = weight;
        }
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

    /** A shard's file name: its prefix when plain ASCII, else the prefix's UTF-8 in hex. */
    static String file(String key) {
        return key.matches("[a-z0-9]+") ? key : "x" + HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
    }
}
