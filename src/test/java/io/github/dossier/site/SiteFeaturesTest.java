package io.github.dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.brief.Brief;
import io.github.dossier.extract.Quote;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.site.state.LinkCheck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SiteFeaturesTest {

    private static final Brief ONE = Brief.builder("one", "Ties that {bind} & 100% more", "one.txt")
            .authors(List.of("Jane Doe", "John Roe")).publication(Optional.of("The Diplomat"))
            .published(Optional.of(LocalDate.of(2021, 3, 1))).section(Optional.of("Opinion"))
            .themes(List.of("Diplomacy", "Energy")).countries(List.of("China", "Russia"))
            .countryMentions(Map.of("China", 9, "Russia", 3)).people(List.of("Vladimir Putin"))
            .summary(List.of("A summary.")).quotes(List.of(new Quote("benchmark of cooperation", Optional.of("Vladimir Putin"))))
            .body("## China first\n\nChina and Russia met. Putin spoke in Beijing. China again.").build();
    private static final Brief TWO = Brief.builder("two", "Gas and pipelines", "two.txt").authors(List.of("Jane Doe"))
            .themes(List.of("Energy")).countries(List.of("Russia", "Germany")).people(List.of("Vladimir Putin"))
            .body("Russia sells gas to Germany through pipelines. Putin said so.").build();
    private static final Brief THREE = Brief.builder("three", "Unrelated cooking", "three.txt")
            .body("Boil the pasta.").build();

    private static Path render(Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteRenderer.builder().title("T").baseUrl("https://example.org/d/").lexicon(Lexicon.shipped())
                .themeDescriptions(Map.of("Energy", "Oil, gas and pipelines."))
                .aliases(Map.of(TermKind.COUNTRY, Map.of("Beijing", "China", "Russian", "Russia"),
                        TermKind.PERSON, Map.of("Putin", "Vladimir Putin")))
                .build().render(List.of(ONE, TWO, THREE), site);
        return site;
    }

    @Test
    void citationsInThreeFormatsAndInTheHead(@TempDir Path dir) throws Exception {
        Path site = render(dir);
        String bib = Files.readString(site.resolve("briefs/one.bib"));
        assertTrue(bib.startsWith("@article{doe2021_one,\n  entrysubtype = {newspaper},\n  author = {Doe, Jane and Roe, John},\n"
                + "  title = {Ties that \\textbraceleft{}bind\\textbraceright{} \\& 100\\% more},\n  journaltitle = {The Diplomat},\n  date = {2021-03-01},\n"), bib);
        String ris = Files.readString(site.resolve("briefs/one.ris"));
        assertTrue(ris.startsWith("TY  - NEWS\nT1  - Ties that {bind} & 100% more\nA1  - Doe, Jane\nA1  - Roe, John\n"), ris);
        assertTrue(ris.endsWith("ER  - \n"));
        Object csl = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(site.resolve("briefs/one.csl.json")));
        assertEquals("article-newspaper", ((Map<?, ?>) ((List<?>) csl).get(0)).get("type"));
        Document page = Jsoup.parse(site.resolve("briefs/one.html").toFile(), "UTF-8");
        assertEquals(2, page.select("meta[name=citation_author]").size());
        assertEquals("2021/03/01", page.select("meta[name=citation_publication_date]").attr("content"));
        assertEquals("newspaperArticle", page.select("meta[name=DC.type]").attr("content"));
        assertEquals("The Diplomat", page.select("meta[property=og:site_name]").attr("content"));
        String jsonLd = page.select("script[type=application/ld+json]").first().data();
        Map<?, ?> ld = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(jsonLd);
        assertEquals("OpinionNewsArticle", ld.get("@type"));
        assertEquals(3, ((List<?>) ld.get("mentions")).size());
        assertTrue(page.select(".cite .citation").text().startsWith("Doe, Jane and John Roe. “Ties that {bind} & 100% more.” The Diplomat, 1 March 2021."),
                page.select(".cite .citation").text());
    }

    @Test
    void relatedBriefsSayWhy(@TempDir Path dir) throws Exception {
        Document page = Jsoup.parse(render(dir).resolve("briefs/two.html").toFile(), "UTF-8");
        assertEquals(List.of("Ties that {bind} & 100% more"), page.select(".related li a").eachText());
        assertTrue(page.select(".related .why").text().contains("Jane Doe"));
        assertTrue(page.select(".related .why").text().contains("Energy"));
    }

    @Test
    void firstMentionsLinkToTheirPagesButNotInHeadings(@TempDir Path dir) throws Exception {
        Document page = Jsoup.parse(render(dir).resolve("briefs/one.html").toFile(), "UTF-8");
        assertTrue(page.select(".body h2 a").isEmpty(), "no links inside headings");
        assertEquals(List.of("China", "Russia", "Putin"), page.select(".body p a.mention").eachText());
        assertEquals("../countries/china.html", page.select(".body p a.mention").first().attr("href"));
    }

    @Test
    void termPagesDescribeRankAndRelate(@TempDir Path dir) throws Exception {
        Path site = render(dir);
        Document russia = Jsoup.parse(site.resolve("countries/russia.html").toFile(), "UTF-8");
        assertTrue(russia.select("aside").text().contains("Mentioned with"));
        assertEquals(List.of("China", "Germany"), russia.select("aside .terms a").eachText());
        Document energy = Jsoup.parse(site.resolve("themes/energy.html").toFile(), "UTF-8");
        assertEquals("Oil, gas and pipelines.", energy.select(".lede").text());
        Document jane = Jsoup.parse(site.resolve("authors/jane-doe.html").toFile(), "UTF-8");
        assertTrue(jane.text().contains("Co-authors"));
        assertEquals(List.of("John Roe"), jane.select("h2:contains(Co-authors) + ul a").eachText());
    }

    @Test
    void feedsAreWellFormedAtom(@TempDir Path dir) throws Exception {
        Path site = render(dir);
        for (String feed : List.of("feed.xml", "authors/jane-doe.xml", "themes/energy.xml", "countries/russia.xml")) {
            org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(Files.readAllBytes(site.resolve(feed))));
            assertEquals("feed", xml.getDocumentElement().getNodeName(), feed);
        }
        String feed = Files.readString(site.resolve("authors/jane-doe.xml"), StandardCharsets.UTF_8);
        assertEquals(2, feed.split("<entry>").length - 1);
        assertTrue(feed.contains("<title>Ties that {bind} &amp; 100% more</title>"));
    }

    @Test
    void theLinkCheckFindsMissingFilesAndAnchors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.html"), "<a href='b.html#here'>b</a><a href='#top'>top</a><a href='c.html'>c</a>"
                + "<a href='https://example.org/x'>out</a><p id='top'>");
        Files.writeString(dir.resolve("b.html"), "<p id='elsewhere'>");
        assertEquals(List.of("a.html → b.html#here (no such anchor)", "a.html → c.html"), LinkCheck.broken(dir));
        assertFalse(LinkCheck.broken(render(dir)).iterator().hasNext());
    }

    @Test
    void theLinkCheckReadsAttributesAsABrowserWould(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.html"), "<!-- <a href='gone.html'> -->"
                + "<a title=\"1 > 0\" href=\"b.html?x=1&amp;y=2#s%C3%BCd\">b</a>"
                + "<script>var s = '<a href=\"nowhere.html\">';</script>"
                + "<A HREF=b.html>upper</A><img src='missing.png' alt='x'>"
                + "<a href=\"b.html#&#x73;&#xfc;d\">entity</a>");
        Files.writeString(dir.resolve("b.html"), "<h2 id=\"süd\">Süd</h2>");
        assertEquals(List.of("a.html → missing.png"), LinkCheck.broken(dir));
    }
}
