package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.clean.Cleaner;
import io.github.dossier.raw.RawDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What saved pages state of themselves in markup, read completely and decoded once. */
class StructuredMetadataTest {

    private static final MetadataExtractor EXTRACTOR = MetadataExtractor.builder().build();
    private static final Cleaner CLEANER = Cleaner.builder().knowledge(EXTRACTOR.knowledge()).build();
    private static final String BODY = "<p>The committee met on Tuesday to discuss the budget for the coming year, and "
            + "the members agreed that the plan needs more work before it can be put to a vote in the council.</p>"
            + "<p>Several speakers said that the proposal would leave the schools without the money they need, while "
            + "others argued that the city cannot afford to spend more than it did in the last two years.</p>";

    private static Metadata extract(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return EXTRACTOR.extract(CLEANER.clean(new RawDocument("page.html", RawDocument.Format.HTML, html)));
    }

    private static List<String> names(Metadata m) {
        return m.authors().stream().map(Author::name).toList();
    }

    @Test
    void jsonLdInsideAWebPageWithEntitiesDecodedOnceAndOrganisationsNotPeople() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\","
                + "\"mainEntity\":{\"@type\":\"NewsArticle\",\"headline\":\"Council&#039;s budget &amp; the schools\","
                + "\"datePublished\":\"2019-10-19T08:00:00+02:00\",\"dateModified\":\"2020-01-02T08:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Smith\"},"
                + "{\"@type\":\"Organization\",\"name\":\"Associated Press\"}]}}</script>";
        // The page's <title> sides with its JSON-LD against the <h1>, as a page's title fields do.
        Metadata m = extract(ld + "<title>Council's budget &amp; the schools | City News</title>",
                "<article><h1>Something else entirely</h1>" + BODY + "</article>");
        assertEquals("Council's budget & the schools", m.title());
        assertEquals(List.of("Jane Smith"), names(m));
        assertEquals(Optional.of(LocalDate.of(2019, 10, 19)), m.published());
    }

    @Test
    void bylineElementsReadWithSpacesAndNeverFromCommentsOrImages() {
        String body = "<article><h1>The budget vote</h1><div class=\"byline\"><span class=\"byline__author\">"
                + "<a href=\"/emma\">Emma Mackenzie</a><span class=\"role\">Lifestyle Writer</span></span></div>"
                + "<img itemprop=\"author\" alt=\"Photo Person\" src=\"x.jpg\">" + BODY + "</article>"
                + "<section class=\"comments\"><div class=\"comment-author\">Peter Addor</div>"
                + "<p>I think that this is a very good article and I agree with all of it.</p></section>";
        assertEquals(List.of("Emma Mackenzie"), names(extract("<title>The budget vote</title>", body)));
    }

    @Test
    void microdataAuthorAndPublisherMetaThatIsNoPerson() {
        String head = "<meta name=\"author\" content=\"Condé Nast\"><meta property=\"og:site_name\" content=\"Condé Nast\">";
        String body = "<article><h1>The budget vote</h1><span itemprop=\"author\" itemscope>"
                + "<span itemprop=\"name\">Karoline Herr</span></span>" + BODY + "</article>";
        assertEquals(List.of("Karoline Herr"), names(extract(head, body)));
    }

    @Test
    void datesInTheMajorEuropeanLanguages() {
        Dates dates = new Dates(EXTRACTOR.knowledge().lexicon());
        LocalDate day = LocalDate.of(2019, 10, 19);
        for (String text : List.of("Veröffentlicht am 19. Oktober 2019", "Publié le 19 octobre 2019 à 10h",
                "19 de octubre de 2019", "Pubblicato il 19 ottobre 2019", "19 października 2019",
                "19 октября 2019 г.", "19 oktober 2019", "October 19, 2019", "Oct. 19, 2019", "19 Oct 2019")) {
            assertEquals(Optional.of(day), dates.parse(text), text);
        }
        assertEquals(Optional.empty(), dates.parse("Mainz 2019 and 19 people"));
    }

    @Test
    void theAddressGivesTheDateWhenTheMarkupDoesNot() {
        String head = "<meta property=\"og:url\" content=\"https://example.org/2019/10/19/the-budget-vote/\">"
                + "<meta property=\"article:modified_time\" content=\"2021-05-05T10:00:00Z\">";
        assertEquals(Optional.of(LocalDate.of(2019, 10, 19)),
                extract(head, "<article><h1>The budget vote</h1>" + BODY + "</article>").published());
    }

    @Test
    void theOriginalAddressAndTheDaySavedAsThePageStatesThem() {
        Metadata linked = extract("<link rel=\"canonical\" href=\"/2019/10/19/the-budget-vote/?utm_source=x&id=7\">"
                + "<meta property=\"og:url\" content=\"https://Example.org/\">", "<article>" + BODY + "</article>");
        assertEquals(Optional.of("https://example.org/2019/10/19/the-budget-vote/?id=7"), linked.url(),
                "a relative canonical read against the page's other address, tracking dropped, the home page losing");
        String saved = "<!--\n Page saved with SingleFile \n url: https://news.example.com/a/the-budget-vote \n"
                + " saved date: Tue Nov 03 2020 10:47:07 GMT+0100 (Central European Standard Time)\n-->\n"
                + "<html><head></head><body><article>" + BODY + "</article></body></html>";
        Metadata single = EXTRACTOR.extract(CLEANER.clean(new RawDocument("page.html", RawDocument.Format.HTML, saved)));
        assertEquals(Optional.of("https://news.example.com/a/the-budget-vote"), single.url());
        assertEquals(Optional.of(LocalDate.of(2020, 11, 3)), single.accessed());
        String scrape = "The budget vote\n\n" + BODY.replaceAll("</?p>", "\n\n")
                + "\n\nSource: https://news.example.com/a/the-budget-vote?fbclid=abc\n\nRetrieved on 5 May 2021\n";
        Metadata text = EXTRACTOR.extract(CLEANER.clean(new RawDocument("page.txt", RawDocument.Format.TEXT, scrape)));
        assertEquals(Optional.of("https://news.example.com/a/the-budget-vote"), text.url());
        assertEquals(Optional.of(LocalDate.of(2021, 5, 5)), text.accessed());
    }

    @Test
    void aPrintedHeadlineThatTheAnnouncedTitleAgreesWithWins() {
        String head = "<meta property=\"og:title\" content=\"The budget vote | City News | 23.05.2011\">"
                + "<title>The budget vote | City News | 23.05.2011</title>";
        assertEquals("The budget vote", extract(head, "<h1>City News</h1><article><h1>The budget vote</h1>" + BODY
                + "</article>").title());
        String dated = "<title>Malaga, die quirlige Metropole in Andalusien</title>";
        assertEquals("Malaga, die quirlige Metropole in Andalusien", extract(dated,
                "<article><p>Deprecated: preg_replace(): The /e modifier is deprecated</p>" + BODY + "</article>").title());
    }

    @Test
    void organisationsSignAsAuthorsOnlyWhenNoPersonDoes() {
        String wire = "<meta name=\"author\" content=\"Reuters\"><meta property=\"og:site_name\" content=\"Reuters\">";
        List<Author> authors = extract(wire, "<article><h1>The budget vote</h1>" + BODY + "</article>").authors();
        assertEquals(List.of("Reuters"), authors.stream().map(Author::name).toList());
        assertTrue(authors.get(0).organisation());

        String desk = "<article><h1>The budget vote</h1><p class=\"byline\">By Guardian staff reporter</p>" + BODY
                + "</article>";
        List<Author> staff = extract("<title>The budget vote</title>", desk).authors();
        assertEquals(List.of("Guardian staff reporter"), staff.stream().map(Author::name).toList());
        assertTrue(staff.get(0).organisation());

        String both = "<meta name=\"author\" content=\"Reuters\"><meta name=\"author\" content=\"Jane Smith\">";
        List<Author> person = extract(both, "<article><h1>The budget vote</h1>" + BODY + "</article>").authors();
        assertEquals(List.of("Jane Smith"), person.stream().map(Author::name).toList());
        assertFalse(person.get(0).organisation());

        String account = "<meta name=\"author\" content=\"admin\">";
        assertEquals(List.of(), names(extract(account, "<article><h1>The budget vote</h1>" + BODY + "</article>")));
    }

    @Test
    void aSiteNameHoldingTheHeadlineIsNoAuthorAndNoPublication() {
        String head = "<meta property=\"og:site_name\" content=\"Achtsam durch die Krise | Die FURCHE\">"
                + "<meta property=\"og:title\" content=\"Achtsam durch die Krise\">"
                + "<meta name=\"author\" content=\"Die FURCHE\">";
        String body = "<article><h1>Achtsam durch die Krise</h1><div class=\"author\"><a rel=\"author\" href=\"/a/ub\">"
                + "Ursula Baatz</a></div>" + BODY + "</article>";
        Metadata m = extract(head, body);
        assertEquals(List.of("Ursula Baatz"), names(m));
        assertEquals(Optional.of("Die FURCHE"), m.publication());
    }

    @Test
    void aBylineGluedToItsWordAndABylineOutsideASidebarOnTheBody() {
        String body = "<article class=\"post has-sidebar\"><h1>The budget vote</h1><div><span>By</span><span>"
                + "<a href=\"/alex\">Alex Bozarjian</a></span></div>" + BODY + "</article>";
        assertEquals(List.of("Alex Bozarjian"), names(extract("<title>The budget vote</title>", body)));
        String wordpress = "<article><h1>The budget vote</h1><span class=\"byline author\">von <a class=\"fn\">"
                + "Peter Addor</a></span>" + BODY + "</article>";
        String html = "<html><head><title>The budget vote</title></head><body class=\"single has-sidebar\">"
                + wordpress + "</body></html>";
        Metadata m = EXTRACTOR.extract(CLEANER.clean(new RawDocument("page.html", RawDocument.Format.HTML, html)));
        assertEquals(List.of("Peter Addor"), names(m));
    }

    @Test
    void aShortDatedLineByTheHeadlineButNeverAnUpdateOrTheDayOfTheVisit() {
        String body = "<article><h1>The budget vote</h1><div class=\"meta\">19. Oktober 2019</div>" + BODY + "</article>";
        assertEquals(Optional.of(LocalDate.of(2019, 10, 19)), extract("", body).published());
        String updated = "<article><h1>The budget vote</h1><div class=\"meta\">Aktualisiert: 19. Oktober 2019</div>"
                + BODY + "</article>";
        assertEquals(Optional.empty(), extract("", updated).published());
        String visit = "<div>Sunday, July 21, 2024</div><article><h1>The budget vote</h1>" + BODY + "</article>";
        assertEquals(Optional.empty(), extract("", visit).published());
        Dates dates = new Dates(EXTRACTOR.knowledge().lexicon());
        assertEquals(Optional.of(LocalDate.of(2023, 11, 7)), dates.parse("07.11.2023 Ormalingen"));
        assertEquals(Optional.empty(), dates.parse("Version 1.2.20"));
        // Implausible dates never reach a brief: an empty field printed as the year 1, a zero timestamp.
        assertEquals(Optional.empty(), dates.parse("0001-01-01T00:00:00"));
        assertEquals(Optional.empty(), dates.parse("1970-01-01T00:00:00Z"));
        assertEquals(Optional.empty(), extract("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00\">",
                "<article><h1>The budget vote</h1>" + BODY + "</article>").published());
    }

    @Test
    void titlesLoseEveryPartThatIsNotTheHeadline() {
        String host = "<meta property=\"og:url\" content=\"https://gregoryszorc.com/blog/2020/01/13/python3/\">"
                + "<title>Gregory Szorc's Digital Home | Mercurial's Journey to Python 3</title>";
        assertEquals("Mercurial's Journey to Python 3", extract(host, "<article>" + BODY + "</article>").title());
        String archive = "<title>Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden</title>";
        assertEquals("Podcasts in Plex einbinden", extract(archive, "<article>" + BODY + "</article>").title());
        String dated = "<title>23.01.2022 - Wierer darf beim Abschluss noch jubeln - Biathlon Antholz</title>"
                + "<meta property=\"og:site_name\" content=\"Biathlon Antholz\">";
        assertEquals("Wierer darf beim Abschluss noch jubeln", extract(dated, "<article>" + BODY + "</article>").title());
        String siteOnly = "<meta property=\"og:site_name\" content=\"ICON Magazine\">"
                + "<meta property=\"og:title\" content=\"ICON Magazine\"><title>ICON • ICON Magazine</title>";
        assertEquals("Davor und Danach", extract(siteOnly, "<article><h1>Davor und Danach</h1>" + BODY + "</article>").title());
    }

    @Test
    void aBylineLosesItsDateHandleAndUpdateAndAnAuthorBoxNamesItsAuthor() {
        for (String byline : List.of("By Joseph Tsidulko November 19, 2019, 07:47 PM EST",
                "By Joseph Tsidulko @jtsidulko Nov 18, 2019, 11:47am EST", "By Joseph Tsidulko On 11/13/19 at 4:00 PM",
                "par Joseph Tsidulko le 7 mai 2020")) {
            String text = "The budget vote\n\n" + byline + "\n\n" + BODY.replaceAll("</?p>", "\n\n");
            Metadata m = EXTRACTOR.extract(CLEANER.clean(new RawDocument("a.txt", RawDocument.Format.TEXT, text)));
            assertEquals(List.of("Joseph Tsidulko"), names(m), byline);
        }
        String box = "The budget vote\n\nCatherine Shu @catherineshu / 2 days\n\n" + BODY.replaceAll("</?p>", "\n\n");
        assertEquals(List.of("Catherine Shu"), names(EXTRACTOR.extract(CLEANER.clean(
                new RawDocument("a.txt", RawDocument.Format.TEXT, box)))));
        String stranger = "The budget vote\n\nFollow Peter Roe @newsdesk\n\n" + BODY.replaceAll("</?p>", "\n\n");
        assertEquals(List.of(), names(EXTRACTOR.extract(CLEANER.clean(
                new RawDocument("a.txt", RawDocument.Format.TEXT, stranger)))), "a handle that does not spell the name");
        String updated = "<article><h1>The budget vote</h1><div>November 19, 2019 / 12:21 AM / Updated 14 hours ago"
                + "</div>" + BODY + "</article>";
        assertEquals(Optional.of(LocalDate.of(2019, 11, 19)), extract("", updated).published());
    }
}
