package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Bytes;
import io.github.dossier.inputs.Product;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.internal.Words;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.outputs.Escape;
import io.github.dossier.site.outputs.TextFiles;
import io.github.dossier.site.state.RenderState;
import io.github.dossier.site.state.SiteOutput;
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
    /** About how many (term, brief) pairs the postings of one range of terms hold, by default. */
    static final long RANGE_PAIRS = 2_000_000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final Set<String> stopwords;
    private final List<String> endings;
    private final long rangePairs;

    /** An index that stems; {@code endings} are what the search page lets a query word have beyond a stem. */
    SearchIndex(Set<String> stopwords, List<String> endings) {
        this(stopwords, endings, RANGE_PAIRS);
    }

    /** An index whose postings are made about {@code rangePairs} (term, brief) pairs at a time. */
    SearchIndex(Set<String> stopwords, List<String> endings, long rangePairs) {
        this.stopwords = Set.copyOf(stopwords);
        this.endings = List.copyOf(new TreeSet<>(endings));
        this.rangePairs = rangePairs;
    }

    /** Writes the index of {@code briefs} (document i is briefs.get(i)) through {@code out}. */
    void write(List<Brief> briefs, SiteOutput out) throws IOException {
        write(briefs, out::write, Optional.empty());
    }

    /**
     * Writes the index of {@code briefs} (document i is briefs.get(i)) through {@code out}, the terms of briefs
     * whose text is as in {@code previous} taken from it instead of read again; returns what the next index can
     * take from this one.
     *
     * <p>Memory stays proportional to the number of (brief, term) pairs, packed a few bytes each: briefs are read a
     * block at a time, and postings are made, encoded and written one range of the vocabulary at a time.
     */
    State write(List<Brief> briefs, TextFiles out, Optional<State> previous) throws IOException {
        return write(briefs, out, path -> false, previous);
    }

    /** Takes a file of the previous index as it is; false when it cannot (then the file is made again). */
    @FunctionalInterface
    interface Keep {
        boolean keep(String path) throws IOException;
    }

    /**
     * As {@link #write(List, TextFiles, Optional)}; and when the documents are those of {@code previous}, in the same
     * order, only the shards of the groups of terms (their first two letters) whose postings changed are made again,
     * every other shard of the previous index kept through {@code keep}. A group's shards depend on nothing but its
     * terms' postings, so this writes what making every shard would.
     */
    State write(List<Brief> briefs, TextFiles out, Keep keep, Optional<State> previous) throws IOException {
        int n = briefs.size();
        String[] fps = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> fps[i] = fingerprint(briefs.get(i)));
        String settings = Fingerprint.of(State.FORMAT + new TreeSet<>(stopwords) + endings);
        Map<String, Integer> before = new HashMap<>();
        State was = previous.filter(p -> p.settings.equals(settings)).orElse(null);
        if (was != null) {
            for (int i = 0; i < was.slugs.length; i++) {
                before.put(was.slugs[i], i);
            }
        }
        // Each brief's terms as ids into one table (the previous vocabulary first), with their weights, packed.
        List<String> table = new ArrayList<>(was == null ? List.of() : Arrays.asList(was.vocabulary));
        Map<String, Integer> ids = null;
        byte[][] packed = new byte[n][];
        // Briefs read again a block at a time, in parallel, so that no more than a block's word maps are held.
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
                int[] terms = new int[read[k].size()];
                int[] weights = new int[read[k].size()];
                int j = 0;
                for (Map.Entry<String, Double> w : read[k].entrySet()) {
                    terms[j] = ids.computeIfAbsent(w.getKey(), t -> {
                        table.add(t);
                        return table.size() - 1;
                    });
                    weights[j++] = (int) Math.round(w.getValue()); // sums of 6, 3 and 1: whole numbers
                }
                packed[start + k] = Packed.of(terms, weights);
            }
        }
        ids = null;
        // The groups whose shards must be made again: all of them, unless the documents are the previous index's in
        // the same order (then only the groups of terms an edited brief gained, lost or weighs differently, and of a
        // shard the previous site no longer has).
        String[] slugs = briefs.stream().map(Brief::slug).toArray(String[]::new);
        Set<String> regroup = null;
        List<String> keys = new ArrayList<>();
        if (was != null && Arrays.equals(was.slugs, slugs)) {
            regroup = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                if (packed[i] != was.packed[i] && !Arrays.equals(packed[i], was.packed[i])) {
                    Map<Integer, Integer> had = new HashMap<>();
                    Map<Integer, Integer> has = new HashMap<>();
                    Packed.forEach(was.packed[i], had::put);
                    Packed.forEach(packed[i], has::put);
                    Set<Integer> terms = new java.util.HashSet<>(had.keySet());
                    terms.addAll(has.keySet());
                    for (int t : terms) {
                        if (!java.util.Objects.equals(had.get(t), has.get(t))) {
                            regroup.add(group(table.get(t)));
                        }
                    }
                }
            }
            for (String key : was.shards) {
                if (!regroup.contains(group(key)) && !keep.keep(SitePaths.searchShard(file(key)))) {
                    regroup.add(group(key));
                }
            }
            for (String key : was.shards) {
                if (!regroup.contains(group(key))) {
                    keys.add(key);
                }
            }
        }
        Set<String> remade = regroup;
        // How many briefs hold each term, and the terms (of the groups made again) in the order shards list them.
        int[] df = new int[table.size()];
        for (byte[] p : packed) {
            Packed.forEach(p, (t, w) -> df[t]++);
        }
        Integer[] order = IntStream.range(0, df.length)
                .filter(t -> df[t] > 0 && (remade == null || remade.contains(group(table.get(t)))))
                .boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> table.get(a).compareTo(table.get(b)));
        // Postings a range of terms at a time (whole shard prefixes, in order): made in document order, so ids
        // ascend in every list; encoded, sharded and written; then let go.
        int[] slot = new int[df.length];
        Arrays.fill(slot, -1);
        for (int a = 0; a < order.length; ) {
            int b = a;
            long pairs = 0;
            while (b < order.length && (pairs < rangePairs || b > a && group(table.get(order[b])).equals(group(table.get(order[b - 1]))))) {
                pairs += df[order[b++]];
            }
            int[] offset = new int[b - a + 1];
            for (int r = a; r < b; r++) {
                slot[order[r]] = r - a;
                offset[r - a + 1] = offset[r - a] + df[order[r]];
            }
            int[] docs = new int[offset[b - a]];
            int[] tfs = new int[docs.length];
            int[] fill = Arrays.copyOf(offset, b - a);
            for (int i = 0; i < n; i++) {
                int doc = i;
                Packed.forEach(packed[i], (t, w) -> {
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
                double idf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
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
                encoded.put(table.get(order[r]), sb.toString());
                slot[order[r]] = -1;
            }
            Map<String, Map<String, String>> shards = new TreeMap<>();
            shard(encoded, 2, shards);
            for (Map.Entry<String, Map<String, String>> e : shards.entrySet()) {
                StringBuilder js = new StringBuilder("DossierSearch.shard(").append(Escape.json(e.getKey())).append(", {");
                boolean first = true;
                for (Map.Entry<String, String> t : e.getValue().entrySet()) {
                    js.append(first ? "" : ",").append(Escape.json(t.getKey())).append(':').append(Escape.json(t.getValue()));
                    first = false;
                }
                out.write(SitePaths.searchShard(file(e.getKey())), js.append("});\n").toString());
                keys.add(e.getKey());
            }
            a = b;
        }
        keys.sort(null);
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
        manifest.append("],\"endings\":[");
        for (int i = 0; i < endings.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append(Escape.json(endings.get(i)));
        }
        out.write(SitePaths.searchManifest(), manifest.append("]});\n").toString());
        return new State(settings, table.toArray(String[]::new), slugs, fps, packed, keys.toArray(String[]::new));
    }

    /** The prefix whose shard a term starts in: its first two characters (the whole term when shorter). */
    private static String group(String term) {
        return term.length() <= 2 ? term : term.substring(0, 2);
    }

    /** Everything of a brief its terms are read from, as {@link Product#SEARCH_TERMS} declares it. */
    private static String fingerprint(Brief b) {
        return Product.SEARCH_TERMS.fingerprint(b);
    }

    /**
     * A brief's terms and weights in a few bytes each: the number of terms, then for each, in ascending order of
     * term id, the gap from the previous id and the weight, as unsigned varints.
     */
    static final class Packed {

        /** What {@link #forEach} hands each term. */
        @FunctionalInterface
        interface TermWeight {
            void accept(int term, int weight);
        }

        private Packed() {
        }

        static byte[] of(int[] terms, int[] weights) {
            long[] pairs = new long[terms.length];
            for (int i = 0; i < terms.length; i++) {
                pairs[i] = ((long) terms[i] << 32) | (weights[i] & 0xFFFFFFFFL);
            }
            Arrays.sort(pairs);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(terms.length * 3 + 5);
            varint(out, terms.length);
            int last = 0;
            for (long p : pairs) {
                int t = (int) (p >>> 32);
                varint(out, t - last);
                varint(out, (int) p);
                last = t;
            }
            return out.toByteArray();
        }

        static void forEach(byte[] packed, TermWeight to) {
            int[] at = {0};
            int count = varint(packed, at);
            int term = 0;
            for (int i = 0; i < count; i++) {
                term += varint(packed, at);
                to.accept(term, varint(packed, at));
            }
        }

        /** The same terms with ids mapped through {@code remap} (which keeps their order), packed again. */
        static byte[] remap(byte[] packed, int[] remap) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(packed.length);
            int[] last = {0};
            int[] at = {0};
            varint(out, varint(packed, at));
            forEach(packed, (t, w) -> {
                varint(out, remap[t] - last[0]);
                varint(out, w);
                last[0] = remap[t];
            });
            return out.toByteArray();
        }

        private static void varint(java.io.ByteArrayOutputStream out, int v) {
            while ((v & ~0x7F) != 0) {
                out.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        private static int varint(byte[] b, int[] at) {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int x = b[at[0]++] & 0xFF;
                v |= (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
        }
    }

    /**
     * What an index leaves for the next: for each brief (by slug), the fingerprint of its text, and its terms (ids
     * into the vocabulary) with their weights, {@link Packed}.
     */
    static final class State implements RenderState {
        static final String FORMAT = "dossier search-index 5";
        final String settings;
        final String[] vocabulary;
        final String[] slugs;
        final String[] fps;
        final byte[][] packed;
        /** The shards' keys (prefixes), sorted. */
        final String[] shards;

        private State(String settings, String[] vocabulary, String[] slugs, String[] fps, byte[][] packed,
                String[] shards) {
            this.settings = settings;
            this.vocabulary = vocabulary;
            this.slugs = slugs;
            this.fps = fps;
            this.packed = packed;
            this.shards = shards;
        }

        /** Writes the state, its vocabulary only the terms some brief still has. */
        @Override
        public void write(Path file) throws IOException {
            boolean[] used = new boolean[vocabulary.length];
            for (byte[] p : packed) {
                Packed.forEach(p, (t, w) -> used[t] = true);
            }
            int[] remap = new int[vocabulary.length];
            List<String> kept = new ArrayList<>();
            for (int t = 0; t < vocabulary.length; t++) {
                remap[t] = used[t] ? kept.size() : -1;
                if (used[t]) {
                    kept.add(vocabulary[t]);
                }
            }
            try (Bytes out = Bytes.writer(FORMAT, file)) {
                out.string(settings);
                out.strings(shards);
                out.strings(kept.toArray(String[]::new));
                out.varint(slugs.length);
                for (int i = 0; i < slugs.length; i++) {
                    out.string(slugs[i]);
                    out.string(fps[i]);
                    out.bytes(Packed.remap(packed[i], remap));
                }
                out.finish();
            }
        }

        /** The state in {@code file}; empty when there is none or it cannot be read (then every brief is read). */
        static Optional<State> read(Path file) {
            return read(file, note -> { });
        }

        /** As {@link #read(Path)}, a damaged state said to {@code notes}. */
        static Optional<State> read(Path file, java.util.function.Consumer<String> notes) {
            return Bytes.read(file, FORMAT, in -> {
                String settings = in.string();
                String[] shards = in.strings();
                String[] vocabulary = in.strings();
                int n = in.varint();
                String[] slugs = new String[n];
                String[] fps = new String[n];
                byte[][] packed = new byte[n][];
                for (int i = 0; i < n; i++) {
                    slugs[i] = in.string();
                    fps[i] = in.string();
                    packed[i] = in.bytes();
                    int[] beyond = {0};
                    Packed.forEach(packed[i], (t, w) -> beyond[0] |= t >= vocabulary.length || t < 0 ? 1 : 0);
                    if (beyond[0] != 0) {
                        throw new IOException("a term beyond the vocabulary");
                    }
                }
                return new State(settings, vocabulary, slugs, fps, packed, shards);
            }, notes);
        }
    }

    /**
     * A brief's terms, each weighted by where it stands: title 6, summary and names 3, body 1 an occurrence; and
     * where the brief's language has a stemmer and a word's stem is not the word, the stem marked {@code ~}
     * ("elect~" for "elections" and "elected"), which the search page finds for any of its forms.
     */
    private Map<String, Double> weights(Brief b) {
        Map<String, Double> weights = new HashMap<>();
        org.tartarus.snowball.SnowballStemmer stemmer = endings.isEmpty() ? null
                : Stemmers.of(b.language().orElse("en")).orElse(null);
        add(weights, stemmer, b.title(), 6);
        add(weights, stemmer, String.join(" ", b.summary()), 3);
        add(weights, stemmer, String.join(" ", b.authors()) + " " + String.join(" ", b.countries()) + " "
                + String.join(" ", b.people()) + " " + String.join(" ", b.organisations()) + " "
                + String.join(" ", b.themes()) + " " + String.join(" ", b.tags()) + " " + b.publication().orElse(""), 3);
        add(weights, stemmer, b.body(), 1);
        return weights;
    }

    private void add(Map<String, Double> weights, org.tartarus.snowball.SnowballStemmer stemmer, String text,
            double weight) {
        for (String t : tokens(text)) {
            if (!stopwords.contains(t)) {
                weights.merge(t, weight, Double::sum);
                if (stemmer != null) {
                    stemmer.setCurrent(t);
                    stemmer.stem();
                    String stem = stemmer.getCurrent();
                    if (stem.length() >= 3 && !stem.equals(t)) {
                        weights.merge(stem + "~", weight, Double::sum);
                    }
                }
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
