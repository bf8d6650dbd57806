package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.site.pages.PageKind;
import io.github.dossier.testing.TwoBriefs;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where each page and file of the site goes, and what kind of page the manifest says it is. */
class SitePathsTest {

    private static final Brief OPED = TwoBriefs.OPED;
    private static final Brief UNDATED = TwoBriefs.UNDATED;
    private static final Corpus CORPUS = new Corpus(List.of(OPED, UNDATED));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "index.html, '', HOME, https://x.org/d/",
        "search.html, '', SEARCH, https://x.org/d/search.html",
        "404.html, '', NOT_FOUND, https://x.org/d/404.html",
        "briefs/index.html, ../, BRIEF_LIST, https://x.org/d/briefs/",
        "briefs/ties.html, ../, BRIEF, https://x.org/d/briefs/ties.html",
        "countries/index.html, ../, TERM_LIST, https://x.org/d/countries/",
        "countries/china.html, ../, TERM, https://x.org/d/countries/china.html",
    })
    void everyPageHasOneWayBackAndOneUrl(String path, String root, PageKind kind, String url) {
        assertEquals(root, SitePaths.root(path));
        assertEquals(url, SitePaths.url("https://x.org/d/", path));
    }

    /**
     * Each page's kind is what the render that made it recorded in the manifest, never guessed back from the shape of
     * its path: a kind of page added at any path is kept (and rendered again) as its kind.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "index.html, HOME", "search.html, SEARCH", "404.html, NOT_FOUND", "briefs/index.html, BRIEF_LIST",
        "briefs/ties-that-bind.html, BRIEF", "countries/index.html, TERM_LIST", "countries/china.html, TERM",
        "feed.xml, ", "countries/china.xml, ", "briefs/ties-that-bind.bib, ", "assets/style.css, ",
        "search/manifest.js, ", "sitemap.xml, ",
    })
    void theManifestRecordsEachPagesKind(String path, PageKind kind, @TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("manifest");
        SiteRenderer.builder().manifest(manifest).baseUrl("https://x.org/d/").build()
                .render(CORPUS.briefs(), dir.resolve("site"));
        PreviousSite site = PreviousSite.read(manifest).orElseThrow();
        assertTrue(site.files().contains(path), path);
        assertEquals(kind, site.kindOf(path));
    }

    @Test
    void citationsAndFeedsHaveTheirPaths() {
        assertEquals("briefs/ties.csl.json", SitePaths.citation("ties", "csl.json"));
        assertEquals("authors/jane-doe.xml", SitePaths.termFeed(TermKind.AUTHOR, "jane-doe"));
        assertEquals("countries/china.html", CORPUS.term(TermKind.COUNTRY, "China").orElseThrow().path());
    }

    @Test
    void eachPageKindHasItsOwnTemplate() {
        assertEquals(PageKind.values().length, Arrays.stream(PageKind.values()).map(PageKind::template).distinct().count());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "index.html, feed.xml, feed.xml",
        "index.html, briefs/index.html, briefs/index.html",
        "briefs/ties.html, briefs/ties.bib, ties.bib",
        "countries/china.html, countries/china.xml, china.xml",
        "countries/china/2.html, countries/china.xml, ../china.xml",
        "briefs/page-2/index.html, feed.xml, ../../feed.xml",
        "countries/china.html, authors/jane-doe.html, ../authors/jane-doe.html",
    })
    void aFileIsLinkedFromAPageByTheShortestWayThere(String from, String to, String link) {
        assertEquals(link, SitePaths.relative(from, to));
    }

    /** Templates are handed every path they link (site.paths, a kind's or a link's path), and build none. */
    @Test
    void theThemeWritesNoPathOfItsOwn() throws Exception {
        Pattern path = Pattern.compile("[\\w/.-]+\\.(html|css|js|xml)\\b");
        for (String template : Stream.concat(Arrays.stream(PageKind.values()).map(PageKind::template),
                Stream.of("layout.ftlh")).toList()) {
            try (InputStream in = SitePathsTest.class.getResourceAsStream("/io/github/dossier/site/theme/" + template)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = path.matcher(text);
                assertFalse(m.find(), () -> template + " writes the path " + m.group());
            }
        }
        assertEquals(List.of("home", "briefList", "search", "notFound", "feed", "style", "searchScript",
                "searchManifest"), List.copyOf(SitePaths.named().keySet()));
        assertTrue(SitePaths.ASSETS.containsAll(List.of(SitePaths.named().get("style"),
                SitePaths.named().get("searchScript"))));
        // The search page's script takes the manifest's path from the page and every other from the manifest.
        try (InputStream in = SitePathsTest.class.getResourceAsStream("/io/github/dossier/site/theme/assets/search.js")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("['\"][^'\"\n]*(search/|\\.js)[^'\"\n]*['\"]").matcher(script);
            assertFalse(m.find(), () -> "search.js writes the path " + m.group());
        }
    }
}
