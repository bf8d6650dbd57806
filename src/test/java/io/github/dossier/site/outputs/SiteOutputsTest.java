package io.github.dossier.site.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.testing.TwoBriefs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Document;

/** The site's outputs one class at a time: feeds, sitemap, citations and JSON-LD. */
class SiteOutputsTest {

    private static final Brief OPED = TwoBriefs.OPED;
    private static final Brief UNDATED = TwoBriefs.UNDATED;
    private static final Corpus CORPUS = new Corpus(List.of(OPED, UNDATED));

    @Test
    void feedsAreAtomWithUndatedBriefsLeftUndated() throws Exception {
        String feed = AtomFeed.of("T", "https://x.org/d/", "feed.xml", "", CORPUS.briefs());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, xml.getElementsByTagName("entry").getLength());
        assertEquals(1, xml.getElementsByTagName("published").getLength(), "no invented date");
        assertTrue(feed.contains("<link href=\"https://x.org/d/briefs/ties-that-bind.html\"/>"), feed);
        assertTrue(feed.contains("<title>Ties that bind &amp; more</title>"), feed);
        assertTrue(feed.contains("<summary>A summary &lt;with&gt; markup.</summary>"), feed);
        assertTrue(feed.contains("<updated>2021-03-01T00:00:00Z</updated>"), "the feed is as new as its newest date");
    }

    @Test
    void theSitemapListsEveryPageAsAnAsciiUrl() {
        Brief chinese = Brief.builder("中俄关系", "中俄关系", "c.txt").body("x").build();
        String sitemap = Sitemap.of(new Corpus(List.of(OPED, chinese)), "https://x.org/d/");
        assertTrue(sitemap.contains("<loc>https://x.org/d/</loc>"));
        assertTrue(sitemap.contains("<loc>https://x.org/d/briefs/</loc>"));
        assertTrue(sitemap.contains("<loc>https://x.org/d/countries/china.html</loc>"));
        assertTrue(sitemap.contains("<loc>https://x.org/d/briefs/%E4%B8%AD%E4%BF%84%E5%85%B3%E7%B3%BB.html</loc>"), sitemap);
        long pages = 2 + 2 + TermKind.values().length + Arrays.stream(TermKind.values())
                .mapToLong(k -> new Corpus(List.of(OPED, chinese)).terms(k).size()).sum();
        assertEquals(pages, sitemap.lines().filter(l -> l.contains("<loc>")).count());
    }

    /** The same brief with where and when it was read, and its language. */
    private static final Brief READ = OPED.toBuilder().url(Optional.of("https://thediplomat.com/2021/03/ties-that-bind/"))
            .accessed(Optional.of(LocalDate.of(2021, 3, 4))).language(Optional.of("en")).build();

    @Test
    void citationsCiteTheOriginalArticleWhereAndWhenItWasRead() {
        Citation c = new Citation(READ);
        assertEquals("Doe, Jane and John Roe. “Ties that bind & more.” The Diplomat, 1 March 2021. "
                + "https://thediplomat.com/2021/03/ties-that-bind/ (accessed 4 March 2021).", c.text());
        assertEquals("""
                @article{doe2021_tiesthatbind,
                  entrysubtype = {newspaper},
                  author = {Doe, Jane and Roe, John},
                  title = {Ties that bind \\& more},
                  journaltitle = {The Diplomat},
                  date = {2021-03-01},
                  url = {https://thediplomat.com/2021/03/ties-that-bind/},
                  urldate = {2021-03-04},
                  langid = {english},
                  keywords = {Diplomacy, Arctic},
                }
                """, c.bibtex());
        assertTrue(c.ris().startsWith("TY  - NEWS\nT1  - Ties that bind & more\nA1  - Doe, Jane\nA1  - Roe, John\n"
                + "JF  - The Diplomat\nY1  - 2021/03/01/\n"), c.ris());
        assertTrue(c.ris().contains("UR  - https://thediplomat.com/2021/03/ties-that-bind/\nY2  - 2021/03/04/\nER  - \n"),
                c.ris());
        Object csl = new Load(LoadSettings.builder().build()).loadFromString(c.cslJson());
        Map<?, ?> item = (Map<?, ?>) ((List<?>) csl).get(0);
        assertEquals(List.of(Map.of("family", "Doe", "given", "Jane"), Map.of("family", "Roe", "given", "John")),
                item.get("author"));
        assertEquals("article-newspaper", item.get("type"));
        assertEquals("The Diplomat", item.get("container-title"));
        assertEquals(Map.of("date-parts", List.of(List.of(2021, 3, 1))), item.get("issued"));
        assertEquals(Map.of("date-parts", List.of(List.of(2021, 3, 4))), item.get("accessed"));
        assertEquals("https://thediplomat.com/2021/03/ties-that-bind/", item.get("URL"));
        assertEquals("en", item.get("language"));
    }

    /** Without an original address, no citation names one, and never the Dossier page it was read on; nor a date. */
    @Test
    void aBriefWithNoKnownAddressOrDateIsCitedWithout() {
        Citation c = new Citation(UNDATED);
        assertEquals("Doe, Jane. “Gas and pipelines.”", c.text());
        assertEquals("nd", c.bibtex().replaceAll("(?s)@article\\{doe(\\w\\w).*", "$1"));
        for (String format : List.of(c.bibtex(), c.ris(), c.cslJson())) {
            assertFalse(format.contains("http") || format.contains("date") && !format.contains("@"), format);
        }
        assertFalse(c.cslJson().contains("URL") || c.cslJson().contains("issued") || c.cslJson().contains("accessed"));
        // A name that ends with its own period ends the sentence.
        assertEquals("Needleman, Sarah E. “Gas and pipelines.”",
                new Citation(UNDATED.toBuilder().authors(List.of("Sarah E. Needleman")).build()).text());
    }

    @Test
    void bibtexKeepsTheCapitalsATitleNeeds() {
        assertEquals("Apple's {MacBook} and {NASA} in {China}",
                Citation.protectedCapitals("Apple's MacBook and NASA in China"));
        assertTrue(new Citation(READ.toBuilder().title("Why NASA bought a MacBook").build()).bibtex()
                .contains("title = {Why {NASA} bought a {MacBook}},"));
        assertTrue(new Citation(READ.toBuilder().language(Optional.of("pt")).build()).bibtex()
                .contains("langid = {portuguese},"));
    }

    @Test
    void jsonLdSaysOpinionWhenTheSectionDoesAndCannotCloseItsScript() {
        Map<?, ?> ld = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(new JsonLd(Lexicon.shipped()).of(OPED, "https://x.org/d/"));
        assertEquals("OpinionNewsArticle", ld.get("@type"));
        assertEquals("https://x.org/d/briefs/ties-that-bind.html", ld.get("url"));
        assertEquals(420, ld.get("wordCount"));
        assertEquals(3, ((List<?>) ld.get("mentions")).size());
        assertFalse(new JsonLd(Lexicon.shipped()).of(OPED, "").contains("<"), "no markup in a script block");
        assertFalse(new JsonLd(Lexicon.shipped()).isOpinion(UNDATED));
    }
}
