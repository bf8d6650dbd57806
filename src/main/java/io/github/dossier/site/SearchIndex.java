package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import io.github.dossier.inputs.Product;
import io.github.dossier.internal.BoundedMemo;
import io.github.dossier.internal.Fingerprint;
import io.github.dossier.internal.Words;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.outputs.Escape;
import io.github.dossier.site.outputs.TextFiles;
import io.github.dossier.site.state.RenderState;
import io.github.dossier.site.state.SiteOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The full-text search index, built at render time and read in the browser by {@code assets/search.js}.
 *
 * <p>Terms (title, summary, authors and entities, body; weighted in that order) are sharded by prefix: two
 * letters, split into longer prefixes wherever a shard would grow past {@value SearchShards#SHARD_BYTES} bytes, so a
 * query downloads only the shards of its words and one small fragment per result shown, whatever the corpus's size.
 * Every file is a script that hands its data to the page ({@code DossierSearch.shard(…)}), so search works on
 * GitHub Pages, on the preview server and from {@code file://}, where {@code fetch} cannot read local files.
 *
 * <p>A write is a few steps: the terms of each brief ({@link SearchTerms}, those of a brief as it was taken from the
 * previous index), the groups of terms whose shards are made again, the shards ({@link SearchShards}, postings a
 * range of terms at a time), a document per brief, and the manifest. Its settings are immutable and it is
 * thread-safe (it remembers the stems of the words it has read); one index writes many times.
 */
final class SearchIndex {

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
        String settings = Fingerprint.of(SearchStateFile.FORMAT + new TreeSet<>(stopwords) + endings);
        State was = previous.filter(p -> p.settings.equals(settings)).orElse(null);
        SearchTerms terms = SearchTerms.of(briefs, fps, was, this::weights);
        String[] slugs = briefs.stream().map(Brief::slug).toArray(String[]::new);
        // The groups whose shards are made again: all of them (null), unless the documents are the previous index's in
        // the same order; the previous index's other shards are kept.
        Set<String> remade = null;
        List<String> shards = new ArrayList<>();
        if (was != null && Arrays.equals(was.slugs, slugs)) {
            remade = remade(terms, was, keep);
            for (String key : was.shards) {
                if (!remade.contains(SearchShards.group(key))) {
                    shards.add(key);
                }
            }
        }
        shards.addAll(new SearchShards(terms, remade).write(rangePairs, out));
        shards.sort(null);
        documents(briefs, out);
        manifest(n, shards, out);
        return new State(settings, terms.table.toArray(String[]::new), slugs, fps, terms.packed,
                shards.toArray(String[]::new));
    }

    /**
     * The groups of terms whose shards must be made again, when the documents are those of {@code was} in the same
     * order: those of the terms an edited brief gained, lost or weighs differently, and of a shard of the previous
     * index that {@code keep} cannot keep.
     */
    private static Set<String> remade(SearchTerms terms, State was, Keep keep) throws IOException {
        Set<String> remade = terms.groupsChangedSince(was);
        for (String key : was.shards) {
            if (!remade.contains(SearchShards.group(key)) && !keep.keep(SitePaths.searchShard(file(key)))) {
                remade.add(SearchShards.group(key));
            }
        }
        return remade;
    }

    /**
     * A document per brief: its title, address, byline and first line of summary, as a result shows them, and its
     * text ({@code x}: the body's paragraphs as plain text, the first {@value #PASSAGE_CHARS} characters), from which
     * the search page cuts the passage that matched.
     */
    private static void documents(List<Brief> briefs, TextFiles out) throws IOException {
        for (int id = 0; id < briefs.size(); id++) {
            Brief b = briefs.get(id);
            StringBuilder byline = new StringBuilder(String.join(", ", b.authors()));
            b.publication().ifPresent(p -> byline.append(byline.length() > 0 ? " · " : "").append(p));
            b.published().ifPresent(d -> byline.append(byline.length() > 0 ? " · " : "").append(d));
            out.write(SitePaths.searchDocument(id), "DossierSearch.doc(" + id + ", {\"t\":" + Escape.json(b.title())
                    + ",\"u\":" + Escape.json(SitePaths.brief(b.slug())) + ",\"b\":" + Escape.json(byline.toString())
                    + ",\"s\":" + Escape.json(b.summary().isEmpty() ? "" : b.summary().get(0))
                    + ",\"x\":" + Escape.json(passages(b.body())) + "});\n");
        }
    }

    /** How much of a brief's text its search document holds for the passage a result shows. */
    static final int PASSAGE_CHARS = 1_500;

    /**
     * A body's paragraphs as plain text, one a line: Markdown's links read as their text, its headings', quotes' and
     * lists' marks and its emphasis dropped; cut at a paragraph's end near {@value #PASSAGE_CHARS} characters.
     */
    static String passages(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : markdown.split("\\n\\s*\\n")) {
            String text = MARKDOWN_LINK.matcher(paragraph).replaceAll("$1");
            text = BLOCK_MARKS.matcher(text).replaceAll("");
            text = EMPHASIS.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() + text.length() > PASSAGE_CHARS) {
                if (out.length() == 0) {
                    out.append(text, 0, PASSAGE_CHARS);
                }
                break;
            }
            out.append(out.length() == 0 ? "" : "\n").append(text);
        }
        return out.toString();
    }

    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern BLOCK_MARKS = Pattern.compile("(?m)^\\s*(?:#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern EMPHASIS = Pattern.compile("(?<!\\w)[*_]{1,3}|[*_]{1,3}(?!\\w)");

    /**
     * The manifest: how many documents and where each is ({@code {id}} its number), where their facets are, each
     * shard's key and path, and the stopwords and endings a query reads. The search page takes every path from it.
     */
    private void manifest(int documents, List<String> keys, TextFiles out) throws IOException {
        StringBuilder manifest = new StringBuilder("DossierSearch.manifest({\"docs\":").append(documents)
                .append(",\"documents\":").append(Escape.json(SitePaths.searchDocuments()))
                .append(",\"facets\":").append(Escape.json(SitePaths.searchFacets())).append(",\"shards\":{");
        for (int i = 0; i < keys.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append(Escape.json(keys.get(i))).append(':')
                    .append(Escape.json(SitePaths.searchShard(file(keys.get(i)))));
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
    }

    /** Everything of a brief its terms are read from, as {@link Product#SEARCH_TERMS} declares it. */
    private static String fingerprint(Brief b) {
        return Product.SEARCH_TERMS.fingerprint(b);
    }

    /**
     * What an index leaves for the next: for each brief (by slug), the fingerprint of its text, and its terms (ids
     * into the vocabulary) with their weights, {@link PackedTerms}; kept in a {@link SearchStateFile}.
     */
    static final class State implements RenderState {
        final String settings;
        final String[] vocabulary;
        final String[] slugs;
        final String[] fps;
        final byte[][] packed;
        /** The shards' keys (prefixes), sorted. */
        final String[] shards;

        State(String settings, String[] vocabulary, String[] slugs, String[] fps, byte[][] packed, String[] shards) {
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
            SearchStateFile.write(this, file);
        }

        /** The state in {@code file}; empty when there is none or it cannot be read (then every brief is read). */
        static Optional<State> read(Path file) {
            return read(file, note -> { });
        }

        /** As {@link #read(Path)}, a damaged state said to {@code notes}. */
        static Optional<State> read(Path file, Consumer<String> notes) {
            return SearchStateFile.read(file, notes);
        }
    }

    /**
     * A brief's terms, each weighted by where it stands: title 6, summary and names 3, body 1 an occurrence; and
     * where the brief's language has a stemmer and a word's stem is not the word, the stem marked {@code ~}
     * ("elect~" for "elections" and "elected"), which the search page finds for any of its forms.
     */
    private Map<String, Double> weights(Brief b) {
        Map<String, Double> weights = new HashMap<>();
        add(weights, b.title(), 6);
        add(weights, String.join(" ", b.summary()), 3);
        add(weights, String.join(" ", b.authors()) + " " + String.join(" ", b.countries()) + " "
                + String.join(" ", b.people()) + " " + String.join(" ", b.organisations()) + " "
                + String.join(" ", b.themes()) + " " + String.join(" ", b.tags()) + " " + b.publication().orElse(""), 3);
        add(weights, b.body(), 1);
        if (!endings.isEmpty()) {
            // Each word's stem in the brief's language weighs what its forms weigh together ("elect~" for "elections"
            // and "elected"); a word is stemmed once a corpus, not once each time a brief says it.
            String language = b.language().orElse("en");
            BoundedMemo<String, String> stems = this.stems.computeIfAbsent(language,
                    l -> new BoundedMemo<>(MAX_STEMS, word -> 1));
            org.tartarus.snowball.SnowballStemmer stemmer = Stemmers.of(language).orElse(null);
            Map<String, Double> stemmed = new HashMap<>();
            weights.forEach((t, w) -> {
                String stem = stems.get(t, word -> stem(stemmer, word));
                if (!stem.isEmpty()) {
                    stemmed.merge(stem, w, Double::sum);
                }
            });
            stemmed.forEach((stem, w) -> weights.merge(stem, w, Double::sum));
        }
        return weights;
    }

    /** The stems of the words the briefs say, by language ("" for a word that is its own stem): pure, so shared. */
    private final Map<String, BoundedMemo<String, String>> stems = new ConcurrentHashMap<>();
    private static final int MAX_STEMS = 500_000;

    /** {@code word}'s stem and "~" ("elect~"), or "" when it is its own stem, shorter than 3, or no stemmer knows it. */
    private static String stem(org.tartarus.snowball.SnowballStemmer stemmer, String word) {
        if (stemmer == null) {
            return "";
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        String s = stemmer.getCurrent();
        return s.length() >= 3 && !s.equals(word) ? s + "~" : "";
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

    /** A shard's file name: its prefix when plain ASCII, else the prefix's UTF-8 in hex. */
    static String file(String key) {
        return key.matches("[a-z0-9]+") ? key : "x" + HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
    }
}
