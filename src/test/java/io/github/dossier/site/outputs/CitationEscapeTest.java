package io.github.dossier.site.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.SiteRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text in a brief cannot forge a citation, whatever reached the writers (issue #27): each format escapes its own
 * delimiters. The briefs here are built directly, as if nothing had been removed where they were read; and a hostile
 * original address is shown by its real host.
 */
class CitationEscapeTest {

    /** A scraped title made to close BibTeX's braces with Dossier's own markers (U+0001 "}", U+0000 "{"). */
    static final String FORGED_TITLE = "Arctic talks end\u0001, author = \u0000mallory forger\u0001, note = \u0000injected";

    private static Brief brief(String title, List<String> authors, String publication, String url) {
        return Brief.builder("arctic-talks-end", title, "a.html").authors(authors)
                .publication(Optional.of(publication)).published(Optional.of(LocalDate.of(2024, 5, 2)))
                .url(Optional.of(url)).accessed(Optional.of(LocalDate.of(2024, 5, 3))).build();
    }

    private static final Set<String> FIELDS = Set.of("entrysubtype", "author", "title", "journaltitle", "date", "url",
            "urldate");

    @Test
    void dossiersBraceMarkersInATitleForgeNoBibtexField() {
        Citation c = new Citation(brief(FORGED_TITLE, List.of("Ann Example"), "The Arctic Times", "https://example.org/a"));
        Map<String, String> fields = CitationFormats.bibtexFields(c.bibtex());
        assertEquals(FIELDS, fields.keySet(), c.bibtex());
        assertEquals("Example, Ann", fields.get("author"));
        assertFalse(c.bibtex().contains("\u0000") || c.bibtex().contains("\u0001"), c.bibtex());
        assertTrue(fields.get("title").contains("mallory forger"), fields.get("title"));
    }

    /** biblatex reads a url verbatim: it is written as it is, but for what could close its field. */
    @Test
    void aBibtexUrlIsVerbatim() {
        String url = "https://www.example.edu/~smith/a_b%20c^d#part";
        Citation c = new Citation(brief("Title", List.of("Ann Example"), "Paper", url));
        assertEquals(url, CitationFormats.bibtexFields(c.bibtex()).get("url"), c.bibtex());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", value = {
        "a title closing its field | 'end}, note = {injected' | Ann Example | Paper | https://example.org/a",
        "a lone backslash and brace | 'end\\}, note = {x\\' | Ann Example | Paper\\ | https://example.org/a}b{c\\d",
        "an author closing the field | Title | 'Ann}, note = {Mallory' | Paper | https://example.org/a",
        "a publication with LaTeX specials | Title | Ann Example | '#1 & 100% $ ~ ^ _ news}' | https://example.org/a_%41",
        "an author with a line break | Title | 'Ann\nExample' | Paper | https://example.org/a",
    })
    void braceslashesAndLineBreaksFromTextCannotCloseAField(String what, String title, String author,
            String publication, String url) {
        Citation c = new Citation(brief(title, List.of(author), publication, url));
        assertEquals(FIELDS, CitationFormats.bibtexFields(c.bibtex()).keySet(), c.bibtex());
        Citation organisation = new Citation(brief(title, List.of(author), publication, url), a -> true);
        assertEquals(FIELDS, CitationFormats.bibtexFields(organisation.bibtex()).keySet(), organisation.bibtex());
    }

    @Test
    void anAuthorCannotBecomeTwoByTheWordAnd() {
        Citation c = new Citation(brief("Title", List.of("Ann and Mallory Forger"), "Paper", "https://example.org/a"));
        String author = CitationFormats.bibtexFields(c.bibtex()).get("author");
        assertFalse(author.matches("(?i).* and .*"), author);
    }

    @Test
    void aLineBreakInANameStartsNoSecondRisRecord() {
        Citation c = new Citation(brief("Talks\u2028end\u0085here", List.of("Ann Example\nER  - \nTY  - JOUR\nAU  - Mallory",
                "Bob\rRoe"), "Paper\u0000", "https://example.org/a\nTY  - JOUR"));
        List<String> lines = CitationFormats.risRecord(c.ris());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("A1  - ")).count(), c.ris());
        assertTrue(lines.contains("T1  - Talks end here"), c.ris());
    }

    @Test
    void cslJsonIsJsonWhateverItsText() {
        Citation c = new Citation(brief("Talks\u0000\u0001\u2028\"end\"\\ \ud800", List.of("Ann\u001b[31m Example"),
                "Paper\n", "https://example.org/a"));
        JsonObject item = CitationFormats.cslItem(c.cslJson());
        assertEquals(Set.of("id", "type", "title", "author", "container-title", "issued", "URL", "accessed"), item.keySet());
        assertTrue(item.getString("title").contains("\"end\"\\"), item.getString("title"));
    }

    /**
     * Browsers go to the host after the last {@code @} of the authority (WHATWG URL): "trusted.com@" is a user name.
     * The page shows that host, and neither shows nor links the user-info part (it may be a password, too).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", value = {
        "https://trusted.com@evil.example/ | evil.example | https://evil.example/",
        "https://user:secret@www.evil.example/path?q=1 | evil.example/path | https://www.evil.example/path?q=1",
        "https://trusted.com:x@y@evil.example/a | evil.example/a | https://evil.example/a",
        "https://www.example.org/news/a | example.org/news/a | https://www.example.org/news/a",
    })
    void theOriginalIsShownByItsRealHost(String url, String shown, String href, @TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteRenderer.builder().title("T").baseUrl("https://example.org/d/").lexicon(Lexicon.shipped()).build()
                .render(List.of(brief("Talks", List.of("Ann Example"), "Paper", url)), site);
        Element original = Jsoup.parse(site.resolve("briefs/arctic-talks-end.html").toFile(), "UTF-8")
                .selectFirst(".original a");
        assertEquals("Read the original at " + shown, original.text());
        assertEquals(href, original.attr("href"));
        for (String ext : Citation.EXTENSIONS) {
            String citation = Files.readString(site.resolve("briefs/arctic-talks-end." + ext));
            assertFalse(citation.contains("@evil") || citation.contains("secret"), citation);
        }
    }
}
