package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.state.SiteOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    /** The endings a build always gives the index: tests index as production does, stemming included. */
    static final List<String> ENDINGS = Lexicon.shipped().words(Lexicon.INFLECTION_ENDINGS);

    /** The index a build makes: English stopwords, stemmed. */
    static SearchIndex production() {
        return new SearchIndex(Lexicon.shipped().stopwords("en"), ENDINGS);
    }


    /** Words of the sample articles, recombined into many briefs. */
    private static List<String> vocabulary() throws Exception {
        List<String> words = new ArrayList<>();
        Path raw = Path.of(System.getProperty("dossier.project", ".")).resolve("content/raw");
        try (Stream<Path> files = Files.list(raw)) {
            for (Path f : files.sorted().toList()) {
                for (String w : Files.readString(f).split("[^\\p{L}]+")) {
                    if (w.length() > 1) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }

    private static List<Brief> corpus(int n, int words) throws Exception {
        List<String> vocab = vocabulary();
        Random random = new Random(42);
        List<Brief> briefs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < words; w++) {
                // Real text repeats words; so do these, with a few rare "names" per brief.
                body.append(vocab.get(random.nextInt(vocab.size()))).append(w % 17 == 16 ? ".\n\n" : " ");
            }
            body.append(" Name").append(Integer.toString(i, 36)).append(" Place").append(random.nextInt(5000));
            briefs.add(Brief.builder("b" + i, "Brief " + i + " on " + vocab.get(random.nextInt(vocab.size())), "b" + i + ".txt")
                    .authors(List.of("Author " + random.nextInt(800))).countries(List.of("China", "Russia"))
                    .summary(List.of("A summary of brief " + i + ".")).body(body.toString()).build());
        }
        return briefs;
    }

    /**
     * What a first query downloads: the script, the manifest, the shards of its words, and the fragments of the ten
     * results the page shows first (the facets, loaded as the page opens, are {@link SearchFacetsTest}'s).
     */
    private static long firstQueryBytes(Path site, String query) throws Exception {
        long bytes = Files.size(site.resolve("assets/search.js")) + Files.size(site.resolve("search/manifest.js"));
        List<String> shardFiles;
        try (Stream<Path> s = Files.list(site.resolve("search"))) {
            shardFiles = s.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("s-")).toList();
        }
        for (String token : SearchIndex.tokens(query)) {
            for (String f : shardFiles) {
                String key = f.substring(2, f.length() - 3);
                if (token.startsWith(key) || key.startsWith(token)) {
                    bytes += Files.size(site.resolve("search").resolve(f));
                }
            }
        }
        for (int i = 0; i < 10; i++) {
            bytes += Files.size(site.resolve("search/d/" + i + ".js"));
        }
        return bytes;
    }

    @Test
    void aFirstQueryOverTenThousandBriefsDownloadsAtMost300kB(@TempDir Path dir) throws Exception {
        List<Brief> briefs = corpus(10_000, 600);
        Path site = dir.resolve("site");
        SiteOutput out = SiteOutput.begin(site);
        out.write("assets/search.js", new String(SearchIndexTest.class.getResourceAsStream(
                "/io/github/dossier/site/theme/assets/search.js").readAllBytes()));
        production().write(briefs, out);
        out.commit();
        for (String query : List.of("china", "russia military cooperation", "nato", "xi", "beijing moscow washington")) {
            long bytes = firstQueryBytes(site, query);
            System.out.printf("search, 10,000 briefs, first query \"%s\": %,d bytes%n", query, bytes);
            assertTrue(bytes <= 300 * 1024, query + ": " + bytes + " bytes");
        }
    }

    @Test
    void tokensMatchTheScript() {
        assertEquals(List.of("beijing", "moscow", "cafe", "10"), SearchIndex.tokens("Beijing’s Moscow, café 10 a"));
        assertEquals("x" + "d0bc", SearchIndex.file("м"));
    }

    @Test
    void anIndexMadeFromThePreviousOnesTermsIsTheIndexMadeFromNothing(@TempDir Path dir) throws Exception {
        List<Brief> briefs = new ArrayList<>(corpus(300, 120));
        SearchIndex index = production();
        java.util.Map<String, String> first = new java.util.TreeMap<>();
        SearchIndex.State state = index.write(briefs, first::put, java.util.Optional.empty());
        Path file = dir.resolve("search");
        state.write(file);
        // One body edited (a new word, a word gone), one title changed, one brief replaced by another.
        briefs.set(5, briefs.get(5).toBuilder().body(briefs.get(5).body().replaceFirst("\\w+", "zeppelin")).build());
        briefs.set(9, briefs.get(9).toBuilder().title("Another title altogether").build());
        briefs.set(20, Brief.builder("new", "A new brief", "new.txt").body("Entirely new words: quokka.").build());
        java.util.Map<String, String> updated = new java.util.TreeMap<>();
        index.write(briefs, updated::put, SearchIndex.State.read(file));
        java.util.Map<String, String> cold = new java.util.TreeMap<>();
        index.write(briefs, cold::put, java.util.Optional.empty());
        assertEquals(cold, updated);
        assertTrue(!cold.equals(first) && cold.values().stream().anyMatch(t -> t.contains("\"quokka\"")));
    }

    /**
     * Over the same documents in the same order, an edit makes again only the shards of the terms it changed, the
     * rest kept from the previous index: together, the index made from nothing.
     */
    @Test
    void anEditMakesAgainOnlyTheShardsOfTheTermsItChanged(@TempDir Path dir) throws Exception {
        List<Brief> briefs = new ArrayList<>(corpus(300, 120));
        SearchIndex index = production();
        java.util.Map<String, String> first = new java.util.TreeMap<>();
        SearchIndex.State state = index.write(briefs, first::put, java.util.Optional.empty());
        Path file = dir.resolve("search");
        state.write(file);
        briefs.set(5, briefs.get(5).toBuilder().body(briefs.get(5).body() + " zeppelin zeppelin").build());
        java.util.Map<String, String> written = new java.util.TreeMap<>();
        java.util.Set<String> kept = new java.util.TreeSet<>();
        index.write(briefs, written::put, path -> first.containsKey(path) && kept.add(path), SearchIndex.State.read(file));
        java.util.Map<String, String> cold = new java.util.TreeMap<>();
        index.write(briefs, cold::put, java.util.Optional.empty());
        java.util.Map<String, String> updated = new java.util.TreeMap<>(written);
        kept.stream().filter(p -> !written.containsKey(p)).forEach(p -> updated.put(p, first.get(p)));
        assertEquals(cold, updated);
        long shards = cold.keySet().stream().filter(p -> p.contains("/s-")).count();
        long remade = written.keySet().stream().filter(p -> p.contains("/s-")).count();
        assertTrue(remade > 0 && remade < shards / 4, remade + " of " + shards + " shards made again");
        assertTrue(written.keySet().stream().filter(p -> p.contains("/s-")).allMatch(p -> p.contains("s-ze")
                || !first.get(p).equals(written.get(p))), "a shard kept unless the edit touched it: " + written.keySet());
    }

    @Test
    void postingsMadeARangeOfTermsAtATimeAreThoseMadeAllAtOnce() throws Exception {
        List<Brief> briefs = corpus(400, 150);
        java.util.Map<String, String> whole = new java.util.TreeMap<>();
        new SearchIndex(Lexicon.shipped().stopwords("en"), ENDINGS, Long.MAX_VALUE).write(briefs, whole::put,
                java.util.Optional.empty());
        java.util.Map<String, String> ranged = new java.util.TreeMap<>();
        new SearchIndex(Lexicon.shipped().stopwords("en"), ENDINGS, 500).write(briefs, ranged::put, java.util.Optional.empty());
        assertEquals(whole, ranged);
        assertTrue(whole.keySet().stream().filter(f -> f.contains("/s-")).count() > 20, whole.keySet().toString());
    }

    @Test
    void packedTermsReadBackAsWritten() {
        int[] terms = {900_000, 3, 70, 128, 0};
        int[] weights = {1, 6, 300, 9, 40_000};
        java.util.Map<Integer, Integer> read = new java.util.TreeMap<>();
        PackedTerms.forEach(PackedTerms.of(terms, weights), read::put);
        assertEquals(java.util.Map.of(0, 40_000, 3, 6, 70, 300, 128, 9, 900_000, 1), read);
        java.util.List<Integer> order = new ArrayList<>();
        PackedTerms.forEach(PackedTerms.of(terms, weights), (t, w) -> order.add(t));
        assertEquals(List.of(0, 3, 70, 128, 900_000), order);
    }

    @Test
    void aResultsPassageIsTheBodysPlainTextCutAtAParagraph() {
        String body = "## What comes next\n\nMoscow and **Beijing** have [coordinated](https://example.org/a) closely.\n\n"
                + "> A quoted line\n\n- a listed point\n\n" + "Another paragraph of prose. ".repeat(80);
        String text = SearchIndex.passages(body);
        assertEquals("What comes next\nMoscow and Beijing have coordinated closely.\nA quoted line\na listed point", text);
        assertTrue(text.length() <= SearchIndex.PASSAGE_CHARS);
        assertEquals(SearchIndex.PASSAGE_CHARS, SearchIndex.passages("word ".repeat(1000)).length(),
                "one paragraph longer than the room is cut, not left out");
    }
}
