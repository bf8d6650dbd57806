package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Bytes;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.internal.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
        write(briefs, out::write, Optional.empty());
    }

    /**
     * Writes the index of {@code briefs} (document i is briefs.get(i)) through {@code out}, the terms of briefs
     * whose text is as in {@code previous} taken from it instead of read again; returns what the next index can
     * take from this one.
     */
    State write(List<Brief> briefs, TextFiles out, Optional<State> previous) throws IOException {
        int n = briefs.size();
        String[] fps = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> fps[i] = fingerprint(briefs.get(i)));
        String settings = Fingerprint.of(State.FORMAT + new TreeSet<>(stopwords));
        Map<String, Integer> before = new HashMap<>();
        State was = previous.filter(p -> p.settings.equals(settings)).orElse(null);
        if (was != null) {
            for (int i = 0; i < was.slugs.length; i++) {
                before.put(was.slugs[i], i);
            }
        }
        // Each brief's terms as ids into one table (the previous vocabulary first), with their weights.
        List<String> table = new ArrayList<>(was == null ? List.of() : Arrays.asList(was.vocabulary));
        Map<String, Integer> ids = null;
        int[][] termsOf = new int[n][];
        int[][] weightsOf = new int[n][];
        // Briefs read again a block at a time, in parallel, so that no more than a block's word maps are held.
        for (int from = 0; from < n; from += BLOCK) {
            int start = from;
            @SuppressWarnings("unchecked")
            Map<String, Double>[] read = new Map[Math.min(BLOCK, n - from)];
            IntStream.range(0, read.length).parallel().forEach(k -> {
                int i = start + k;
                Integer p = before.get(briefs.get(i).slug());
                if (p != null && was.fps[p].equals(fps[i])) {
                    termsOf[i] = was.terms[p];
                    weightsOf[i] = was.weights[p];
                } else {
                    read[k] = weights(briefs.get(i));
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
                int i = start + k;
                termsOf[i] = new int[read[k].size()];
                weightsOf[i] = new int[read[k].size()];
                int j = 0;
                for (Map.Entry<String, Double> w : read[k].entrySet()) {
                    termsOf[i][j] = ids.computeIfAbsent(w.getKey(), t -> {
                        table.add(t);
                        return table.size() - 1;
                    });
                    weightsOf[i][j++] = (int) Math.round(w.getValue()); // sums of 6, 3 and 1: whole numbers
                }
            }
        }
        // Postings in document order, so ids ascend in every list.
        Postings[] byTerm = new Postings[table.size()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < termsOf[i].length; k++) {
                Postings p = byTerm[termsOf[i][k]];
                if (p == null) {
                    p = byTerm[termsOf[i][k]] = new Postings();
                }
                p.add(i, weightsOf[i][k]);
            }
        }
        Map<String, Postings> postings = new HashMap<>();
        for (int t = 0; t < byTerm.length; t++) {
            if (byTerm[t] != null) {
                postings.put(table.get(t), byTerm[t]);
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
        return State.of(settings, briefs, fps, table, termsOf, weightsOf);
    }

    /** Everything of a brief its terms are read from. */
    private static String fingerprint(Brief b) {
        return Fingerprint.of(String.join("\u0001", b.title(), String.valueOf(b.summary()), String.valueOf(b.authors()),
                String.valueOf(b.countries()), String.valueOf(b.people()), String.valueOf(b.organisations()),
                String.valueOf(b.themes()), String.valueOf(b.tags()), b.publication().orElse(""), b.body()));
    }

    /**
     * What an index leaves for the next: for each brief (by slug), the fingerprint of its text, and its terms (ids
     * into the vocabulary) with their weights.
     */
    static final class State {
        static final String FORMAT = "dossier search-index 1";
        final String settings;
        final String[] vocabulary;
        final String[] slugs;
        final String[] fps;
        final int[][] terms;
        final int[][] weights;

        private State(String settings, String[] vocabulary, String[] slugs, String[] fps, int[][] terms, int[][] weights) {
            this.settings = settings;
            this.vocabulary = vocabulary;
            this.slugs = slugs;
            this.fps = fps;
            this.terms = terms;
            this.weights = weights;
        }

        /** The state of an index, its vocabulary the terms some brief still has. */
        static State of(String settings, List<Brief> briefs, String[] fps, List<String> table, int[][] termsOf,
                int[][] weightsOf) {
            int[] remap = new int[table.size()];
            Arrays.fill(remap, -1);
            List<String> used = new ArrayList<>();
            int[][] terms = new int[termsOf.length][];
            for (int i = 0; i < termsOf.length; i++) {
                terms[i] = new int[termsOf[i].length];
                for (int k = 0; k < termsOf[i].length; k++) {
                    int t = termsOf[i][k];
                    if (remap[t] < 0) {
                        remap[t] = used.size();
                        used.add(table.get(t));
                    }
                    terms[i][k] = remap[t];
                }
            }
            return new State(settings, used.toArray(String[]::new), briefs.stream().map(Brief::slug).toArray(String[]::new),
                    fps, terms, weightsOf);
        }

        void write(Path file) throws IOException {
            Bytes out = Bytes.writer(FORMAT);
            out.string(settings);
            out.strings(vocabulary);
            out.varint(slugs.length);
            for (int i = 0; i < slugs.length; i++) {
                out.string(slugs[i]);
                out.string(fps[i]);
                out.varint(terms[i].length);
                for (int k = 0; k < terms[i].length; k++) {
                    out.varint(terms[i][k]);
                    out.varint(weights[i][k]);
                }
            }
            out.writeTo(file);
        }

        /** The state in {@code file}; empty when there is none or it cannot be read (then every brief is read). */
        static Optional<State> read(Path file) {
            return Bytes.read(file, FORMAT, in -> {
                String settings = in.string();
                String[] vocabulary = in.strings();
                int n = in.varint();
                String[] slugs = new String[n];
                String[] fps = new String[n];
                int[][] terms = new int[n][];
                int[][] weights = new int[n][];
                for (int i = 0; i < n; i++) {
                    slugs[i] = in.string();
                    fps[i] = in.string();
                    int size = in.varint();
                    terms[i] = new int[size];
                    weights[i] = new int[size];
                    for (int k = 0; k < size; k++) {
                        terms[i][k] = in.varint();
                        weights[i][k] = in.varint();
                        if (terms[i][k] >= vocabulary.length) {
                            throw new IOException("a term beyond the vocabulary");
                        }
                    }
                }
                return new State(settings, vocabulary, slugs, fps, terms, weights);
            });
        }
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
