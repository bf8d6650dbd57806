package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.clean.Cleaner;
import io.github.dossier.raw.RawDocument;
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
}
