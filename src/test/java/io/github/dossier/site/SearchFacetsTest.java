package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.Facets;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SearchFacetsTest {

    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "de", "de", "fr", "ru", "es"};
    private static final String[] THEMES = {"Diplomacy", "Trade and economy", "Energy", "Defence and security",
        "Alliances and blocs", "Great-power rivalry", "Human rights and democracy", "Technology", "Climate",
        "Migration", "Health", "Nuclear weapons and arms control", "Elections", "Media", "Law", "Culture"};

    /**
     * Briefs as a real corpus spreads them: half English and the rest German, French, Russian and Spanish, a year from
     * 1995 on (one in ten undated), one of {@code publications} publications (a few common, most rare), one to four of
     * sixteen themes.
     */
    static List<Brief> briefs(int n, int publications, long seed) {
        Random r = new Random(seed);
        List<Brief> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Brief.Builder b = Brief.builder("b" + i, "Brief " + i, "b" + i + ".html").body("Text of brief " + i + ".")
                    .language(Optional.of(LANGUAGES[r.nextInt(LANGUAGES.length)]))
                    .publication(Optional.of("Publication " + (int) Math.floor(Math.pow(r.nextDouble(), 3) * publications)));
            if (r.nextInt(10) > 0) {
                b.published(Optional.of(LocalDate.of(1995 + r.nextInt(32), 1 + r.nextInt(12), 1 + r.nextInt(28))));
            }
            List<String> themes = new ArrayList<>();
            for (int t = 1 + r.nextInt(4); t > 0; t--) {
                String theme = THEMES[r.nextInt(THEMES.length)];
                if (!themes.contains(theme)) {
                    themes.add(theme);
                }
            }
            out.add(b.themes(themes).build());
        }
        return out;
    }

    /** Each brief's value keys, by facet, read back from the script as {@code assets/search.js} reads it. */
    static Map<String, List<List<String>>> read(String script) {
        Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
        Matcher facet = Pattern.compile("\\{\"key\":\"(\\w+)\".*?\"multi\":(\\w+).*?\"width\":(\\d+),\"values\":\\[(.*?)\\],"
                + "\"of\":\"([^\"]*)\"}").matcher(script);
        while (facet.find()) {
            List<String> keys = new ArrayList<>();
            Matcher value = Pattern.compile("\\[\"([^\"]*)\",").matcher(facet.group(4));
            while (value.find()) {
                keys.add(value.group(1));
            }
            boolean multi = Boolean.parseBoolean(facet.group(2));
            int width = Integer.parseInt(facet.group(3));
            List<List<String>> each = new ArrayList<>();
            String of = facet.group(5);
            if (multi) {
                for (String brief : of.split(",", -1)) {
                    List<String> values = new ArrayList<>();
                    for (int at = 0; at < brief.length(); at += width) {
                        values.add(keys.get(code(brief, at, width)));
                    }
                    each.add(values);
                }
            } else {
                for (int at = 0; at < of.length(); at += width) {
                    int c = code(of, at, width);
                    each.add(c == 0 ? List.of() : List.of(keys.get(c - 1)));
                }
            }
            out.put(facet.group(1), each);
        }
        return out;
    }

    private static int code(String s, int at, int width) {
        int c = 0;
        for (int i = 0; i < width; i++) {
            c = c * 64 + SearchFacets.DIGITS.indexOf(s.charAt(at + i));
        }
        return c;
    }

    @Test
    void eachBriefsValuesReadBackFromTheScript() {
        // 5,000 publications: codes three digits wide.
        Corpus corpus = new Corpus(briefs(3_000, 5_000, 7));
        Map<String, List<List<String>>> read = read(SearchFacets.script(Facets.of(corpus)));
        assertEquals(List.of("language", "year", "publication", "theme"), List.copyOf(read.keySet()));
        for (int i = 0; i < corpus.briefs().size(); i++) {
            Brief b = corpus.briefs().get(i);
            assertEquals(b.language().map(List::of).orElse(List.of()), read.get("language").get(i), b.slug());
            assertEquals(b.published().map(d -> List.of(Integer.toString(d.getYear()))).orElse(List.of()),
                    read.get("year").get(i), b.slug());
            assertEquals(List.of(corpus.term(io.github.dossier.site.model.TermKind.PUBLICATION, b.publication()
                    .orElseThrow()).orElseThrow().slug()), read.get("publication").get(i), b.slug());
            assertEquals(b.themes().stream().map(t -> corpus.term(io.github.dossier.site.model.TermKind.THEME, t)
                    .orElseThrow().slug()).toList(), read.get("theme").get(i), b.slug());
        }
        assertEquals(3, SearchFacets.width(64 * 64 + 1));
        assertEquals(2, SearchFacets.width(64 * 64));
        assertEquals(1, SearchFacets.width(64));
    }

    @Test
    void valuesComeMostCommonFirstAndYearsNewestFirst() {
        Facets facets = Facets.of(new Corpus(briefs(500, 40, 3)));
        Facets.Facet language = facets.facets().get(0);
        assertEquals("English", language.values().get(0).label());
        assertEquals(List.of("German", "French"), language.values().subList(1, 3).stream().map(Facets.Value::label).toList());
        for (Facets.Facet f : facets.facets()) {
            for (int i = 1; i < f.values().size(); i++) {
                Facets.Value a = f.values().get(i - 1);
                Facets.Value b = f.values().get(i);
                assertTrue(f.byCount() ? a.count() >= b.count() : a.key().compareTo(b.key()) > 0, f.key() + ": " + a + ", " + b);
            }
        }
        assertEquals("2026", facets.facets().get(1).values().get(0).label());
    }

    @Test
    void theListOfBriefsShowsFacetsOfTwoValuesOrMoreEachALinkToTheSearchPage() {
        List<Brief> briefs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            briefs.add(Brief.builder("b" + i, "Brief " + i, "b" + i + ".txt").body("Text.").language(Optional.of("en"))
                    .publication(Optional.of("Gazeta & Co " + (i % 20))).themes(List.of(i % 2 == 0 ? "Energy" : "Trade")).build());
        }
        List<Map<String, Object>> model = Facets.of(new Corpus(briefs)).model("search.html");
        // One language and no dates: no such facet to narrow by.
        assertEquals(List.of("Publication", "Theme"), model.stream().map(m -> m.get("name")).toList());
        Map<String, Object> publication = model.get(0);
        assertEquals(8, publication.get("more"));
        assertEquals("publications/index.html", publication.get("all"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) publication.get("values");
        assertEquals(12, values.size());
        assertEquals(Map.of("label", "Gazeta & Co 0", "count", 2, "path", "search.html?publication=gazeta-and-co-0"),
                values.get(0));
    }

    /**
     * What the search page loads as it opens, beside the manifest: at 10,000 briefs of 400 publications, at most ten
     * bytes a brief (the values' names included).
     */
    @Test
    void tenThousandBriefsFacetsTakeAFewBytesEach() {
        String script = SearchFacets.script(Facets.of(new Corpus(briefs(10_000, 400, 11))));
        int bytes = script.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("search, 10,000 briefs: facets.js %,d bytes (%.1f a brief)%n", bytes, bytes / 10_000.0);
        assertTrue(bytes <= 10_000 * 10, bytes + " bytes");
    }
}
