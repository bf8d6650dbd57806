package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.site.pages.PageKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where each page and file of the site goes, and what kind of page the manifest says it is. */
class SitePathsTest {

    private static final Brief OPED = Brief.builder("ties-that-bind", "Ties that bind & more", "a/one.txt")
            .authors(List.of("Jane Doe", "John Roe")).publication(Optional.of("The Diplomat"))
            .published(Optional.of(LocalDate.of(2021, 3, 1))).section(Optional.of("Opinion"))
            .themes(List.of("Diplomacy")).countries(List.of("China", "Russia")).people(List.of("Vladimir Putin"))
            .tags(List.of("Arctic")).summary(List.of("A summary <with> markup.")).words(420).body("Text.").build();
    private static final Brief UNDATED = Brief.builder("pipelines", "Gas and pipelines", "two.txt")
            .authors(List.of("Jane Doe")).countries(List.of("Russia")).body("Text.").build();
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
}
