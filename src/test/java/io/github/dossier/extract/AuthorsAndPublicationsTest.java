package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.clean.Cleaner;
import io.github.dossier.raw.RawDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Authors and publications as readers know them: names, not labels, handles, companies, places or desks. */
class AuthorsAndPublicationsTest {

    private static final MetadataExtractor EXTRACTOR = MetadataExtractor.builder().build();
    private static final Cleaner CLEANER = Cleaner.builder().knowledge(EXTRACTOR.knowledge()).build();
    private static final String BODY = "<p>The committee met on Tuesday to discuss the budget for the coming year, and "
            + "the members agreed that the plan needs more work before it can be put to a vote in the council.</p>"
            + "<p>Several speakers said that the proposal would leave the schools without the money they need, while "
            + "others argued that the city cannot afford to spend more than it did in the last two years.</p>";

    private static Metadata extract(String head, String byline) {
        String html = "<html><head>" + head + "</head><body><article><h1>The budget vote</h1>" + byline + BODY
                + "</article></body></html>";
        return EXTRACTOR.extract(CLEANER.clean(new RawDocument("page.html", RawDocument.Format.HTML, html)));
    }

    private static String meta(String key, String value) {
        return "<meta " + (key.startsWith("og:") ? "property" : "name") + "=\"" + key + "\" content=\"" + value + "\">";
    }

    private static List<String> authors(Metadata m) {
        return m.authors().stream().map(Author::name).toList();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = ';', value = {
        // a handle the page writes better elsewhere
        "financialpost; <title>Oil prices fall | Financial Post</title>; Financial Post",
        "detroitnews; <meta name=\"publisher\" content=\"The Detroit News\">; The Detroit News",
        // a company's legal name
        "Web Commerce GmbH www.w-commerce.de; ; Web Commerce",
        "POLITYKA Sp. z o.o. S.K.A; ; POLITYKA",
        "Wikimedia Foundation, Inc.; ; Wikimedia Foundation",
        // a place, an address's parts, a headline
        "canada; <title>Oil prices fall | Financial Post</title>; Financial Post",
        "www.kas.de; ; kas.de",
        "Achtsam durch die Krise: ein Gespräch; <title>Achtsam durch die Krise | Die FURCHE</title>; Die FURCHE",
        // a handle no better written anywhere is a name all the same
        "infosperber; ; Infosperber"})
    void aPublicationAsReadersKnowIt(String siteName, String more, String expected) {
        Metadata m = extract(meta("og:site_name", siteName) + (more == null ? "" : more), "");
        assertEquals(Optional.of(expected), m.publication());
    }

    @Test
    void aTitleNamesItsSiteButNotItsAuthorAndAKnownHostNamesIt() {
        String url = "<meta property=\"og:url\" content=\"https://www.backen.de/rezepte/maulwurfkuchen\">";
        String title = "<title>Maulwurfkuchen mit frischen Erdbeeren - Rezept von Backen.de</title>";
        assertEquals(Optional.of("Backen.de"), extract(url + title, "").publication());
        assertEquals(Optional.empty(), extract("<title>How To Scrape Google With Python - By linksc</title>", "")
                .publication());
        String nyt = "<meta property=\"og:url\" content=\"https://www.nytimes.com/2019/11/19/world/europe.html\">";
        assertEquals(Optional.of("The New York Times"), extract(nyt, "").publication());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Artikel von Anna Schmidt | Anna Schmidt",
        "Erstellt von Anna Schmidt | Anna Schmidt",
        "Text: Harald Willenbrock | Harald Willenbrock",
        "Rechtsanwalt Dennis Tölle | Dennis Tölle",
        "By Tom Krisher, AP Auto Writer | Tom Krisher",
        "Por Edilson La Rosa | Edilson La Rosa",
        "Von Alexa von Heyden | Alexa von Heyden"})
    void noLabelOrRoleInAnAuthorsName(String byline, String expected) {
        assertEquals(List.of(expected), authors(extract("", "<p class=\"byline\">" + byline + "</p>")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Artikel von", "Über uns", "FAIL", "Projektleiterin der HSS",
        "Copyright Haufe-Lexware GmbH & Co. KG - all rights reserved"})
    void aLabelAWordInCapitalsARoleOrACopyrightIsNoAuthor(String author) {
        assertEquals(List.of(), authors(extract(meta("author", author), "")));
    }

    @Test
    void aLabelBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("Steffi"), authors(extract(meta("author", "Über Steffi"), "")));
    }

    @Test
    void aNamePrintedTwiceIsOneAuthorAndTheFullerOne() {
        String cut = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"Will Knight\"}}</script>";
        assertEquals(List.of("Will Knight"), authors(extract(cut, "<p class=\"byline\">By Will Knigh</p>")));
        String initial = meta("article:author", "Troy Smith");
        assertEquals(List.of("Troy L. Smith"), authors(extract(initial, "<p class=\"byline\">By Troy L. Smith</p>")));
    }

    @Test
    void aDeskSignsAsItsPublicationSoTwoOutletsDesksAreTwoAuthors() {
        Metadata guitars = extract(meta("author", "Redaktion") + meta("og:site_name", "Gitarre & Bass"), "");
        assertEquals(List.of("Gitarre & Bass"), authors(guitars));
        assertTrue(guitars.authors().get(0).organisation());
        Metadata standard = extract(meta("author", "Redaktion") + meta("og:site_name", "Der Standard"), "");
        assertEquals(List.of("Der Standard"), authors(standard));
        assertEquals(List.of("St. Lucia Times"), authors(extract(meta("og:site_name", "St. Lucia Times"),
                "<p class=\"byline\">By Editorial Staff</p>")));
        // A desk of no known outlet signs for no one; an agency stays itself.
        assertEquals(List.of(), authors(extract(meta("author", "Redaktion"), "")));
        String agency = meta("author", "Reuters") + meta("og:site_name", "Der Standard");
        assertEquals(List.of("Reuters"), authors(extract(agency, "")));
    }

    @Test
    void theSiteSigningIsThePublicationNotItsAddressOrItsCompany() {
        String brigitte = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Organization\",\"name\":\"BRIGITTE.de\"}}</script>" + meta("og:site_name", "BRIGITTE");
        assertEquals(List.of("BRIGITTE"), authors(extract(brigitte, "")));
        String address = meta("author", "GIROMATCH, Frankfurt a. M., Germany") + meta("og:site_name", "GIROMATCH");
        assertEquals(List.of("GIROMATCH"), authors(extract(address, "")));
        String site = meta("author", "unocero - Alberto Ávila") + meta("og:site_name", "unocero");
        assertEquals(List.of("Alberto Ávila"), authors(extract(site, "")));
        String owner = meta("author", "Condé Nast") + meta("copyright", "Copyright (c) Condé Nast 2019");
        assertEquals(List.of("Molly Wood"), authors(extract(owner, "<p class=\"byline\">By Molly Wood</p>")));
    }

    @Test
    void aSentenceOpeningWithByIsNoByline() {
        String sentence = "<p class=\"byline\">By entering this store you agree to be bound by the Privacy Statement "
                + "and End User Licence Agreement (EULA).</p>";
        assertEquals(List.of("Matthew Davis"), authors(extract(meta("author", "Matthew Davis"), sentence)));
    }
}
