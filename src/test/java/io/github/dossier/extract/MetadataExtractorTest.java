package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.raw.SourceNote;
import io.github.dossier.knowledge.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataExtractorTest {

    private static final MetadataExtractor EXTRACTOR = MetadataExtractor.builder().build();
    private static final String BODY = "US President Joe Biden met Russian President Vladimir Putin in Geneva. "
            + "Biden warned of sanctions over Ukraine, while Putin spoke of NATO’s eastward expansion and the Nato summit.";

    private static CleanArticle article(Part... parts) {
        List<Part> all = new ArrayList<>(List.of(parts));
        all.add(Part.of(PartType.PARAGRAPH, BODY));
        return new CleanArticle("a.txt", all, Map.of());
    }

    @Test
    void readsBylinesWithoutHonorificsAndOnce() {
        Metadata m = EXTRACTOR.extract(article(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.BYLINE, "By Dr. Jane Doe and Prof. John Roe"),
                Part.of(PartType.BIO, "Dr. Jane Doe is a lecturer at the University of Glasgow.")));
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors().stream().map(Author::name).toList());
        assertEquals(Optional.of("University of Glasgow"), m.authors().get(0).affiliation());
    }

    @Test
    void bioThatNamesNobodyGivesNoAuthor() {
        Metadata m = EXTRACTOR.extract(article(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.BIO, "The writer is an Assistant Professor at Abdul Wali Khan University Mardan.")));
        assertTrue(m.authors().isEmpty(), m.authors().toString());
    }

    @Test
    void dashBylineWithBio() {
        Metadata m = EXTRACTOR.extract(article(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.BYLINE, "- Dmitri Trenin The author is director of the Carnegie Moscow Center.")));
        assertEquals("Dmitri Trenin", m.authors().get(0).name());
        assertEquals(Optional.of("Carnegie Moscow Center"), m.authors().get(0).affiliation());
    }

    @Test
    void publicationFromWhatThePageSaysOfItself() {
        Metadata scmp = EXTRACTOR.extract(article(Part.of(PartType.HEADLINE, "A headline"),
                new Part(PartType.BOILERPLATE, "Subscribe to the SCMP for unlimited access", "paywall", 3)));
        assertEquals(Optional.of("South China Morning Post"), scmp.publication());
        Metadata none = EXTRACTOR.extract(article(Part.of(PartType.HEADLINE, "A headline")));
        assertEquals(Optional.empty(), none.publication());
    }

    @Test
    void onlyStatedDatesCount() {
        // The page header's day of the visit, above the headline.
        Metadata header = EXTRACTOR.extract(article(new Part(PartType.BOILERPLATE, "Sunday, July 21, 2024", "date", 1),
                Part.of(PartType.HEADLINE, "A headline")));
        assertEquals(Optional.empty(), header.published());
        Metadata stated = EXTRACTOR.extract(article(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.DATELINE, "Published: 20 Dec 2021")));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 20)), stated.published());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "2021-12-20T08:00:00Z => 2021-12-20",
        "December 20, 2021 => 2021-12-20",
        "Dec. 20, 2021 => 2021-12-20",
        "20 December 2021 => 2021-12-20",
        "Updated: 3 Sept 2020, 10:00 => 2020-09-03",
    })
    void parsesDates(String text, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), new Dates(Lexicon.shipped()).parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "03/04/2020 => none",
        "11/19/19 => 2019-11-19",
        "21/06/2014 => 2014-06-21",
        "2021-02-30 => none",
        "no date here => none",
    })
    void aNumericDateCountsOnlyWhenItSaysWhichNumberIsTheDay(String text, String iso) {
        assertEquals(iso.equals("none") ? Optional.empty() : Optional.of(LocalDate.parse(iso)),
                new Dates(Lexicon.shipped()).parse(text));
    }

    @Test
    void sectionAndTags() {
        Metadata m = EXTRACTOR.extract(article(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.SECTION, "Flashpoints | Diplomacy"),
                Part.of(PartType.TAGS, "US-China relations China-Russia relations Nato Diplomacy Defence")));
        assertEquals(Optional.of("Flashpoints"), m.section());
        assertEquals(List.of("US-China relations", "China-Russia relations", "Nato", "Diplomacy", "Defence"), m.tags());
        Metadata topic = EXTRACTOR.extract(article(Part.of(PartType.SECTION, "Topic | US-China relations")));
        assertEquals(Optional.of("US-China relations"), topic.section());
    }

    @Test
    void entitiesComeFromTheArticleOnly() {
        Metadata m = EXTRACTOR.extract(article(Part.of(PartType.HEADLINE, "A headline"),
                new Part(PartType.BOILERPLATE, "Japan’s best newspaper app, with news from Tokyo", "footer", 1)));
        assertEquals(List.of("United States", "Russia", "Ukraine"),
                m.countries().stream().map(c -> c.country().name()).toList());
        assertEquals(List.of("Joe Biden", "Vladimir Putin"), m.people());
        assertEquals(List.of("NATO"), m.organisations());
    }

    @Test
    void unknownOrganisationsByTheGeneralRule() {
        CleanArticle a = new CleanArticle("a.txt", List.of(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.PARAGRAPH, "The Russian International Affairs Council and the Ministry of Foreign Affairs "
                        + "disagreed with the Soviet Union’s heirs, while Nato Deputy Secretary General Mircea Geoana spoke.")),
                Map.of());
        Metadata m = EXTRACTOR.extract(a);
        assertEquals(List.of("Russian International Affairs Council", "NATO", "Ministry of Foreign Affairs"),
                m.organisations());
    }

    @Test
    void aPassingMentionGivesNoTheme() {
        Metadata m = EXTRACTOR.extract(new CleanArticle("a.txt", List.of(Part.of(PartType.PARAGRAPH,
                "A long article about many things that mentions a summit only once, in passing, among other words.")),
                Map.of()));
        assertEquals(List.of(), m.themes(), "no theme is better than a wrong one");
        Metadata talks = EXTRACTOR.extract(new CleanArticle("a.txt", List.of(Part.of(PartType.PARAGRAPH,
                "The summit opened the talks: diplomacy, a diplomatic visit by the foreign minister and a dialogue "
                        + "between the two sides on their relations.")), Map.of()));
        assertEquals("Diplomacy", talks.themes().get(0));
    }

    /** What the researcher noted of the raw file (sources.yml) stands before the page's own address and day saved. */
    @Test
    void theNotedAddressAndDayStandBeforeThePagesOwn() {
        CleanArticle page = new CleanArticle("a.html", List.of(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.PARAGRAPH, BODY)), Map.of("og:url", List.of("https://example.com/2019/10/19/story"),
                "saved:date", List.of("2020-01-05")));
        Metadata own = EXTRACTOR.extract(page);
        assertEquals(Optional.of("https://example.com/2019/10/19/story"), own.url());
        assertEquals(Optional.of(LocalDate.of(2020, 1, 5)), own.accessed());
        assertEquals(Optional.of(LocalDate.of(2019, 10, 19)), own.published());
        Metadata noted = EXTRACTOR.extract(page.withNote(new SourceNote(
                Optional.of("https://news.example.org/2021/02/13/story"), Optional.of(LocalDate.of(2021, 3, 1)))));
        assertEquals(Optional.of("https://news.example.org/2021/02/13/story"), noted.url());
        assertEquals(Optional.of(LocalDate.of(2021, 3, 1)), noted.accessed());
        assertEquals(Optional.of(LocalDate.of(2021, 2, 13)), noted.published(), "the date in the noted address");
    }

    /** A reference manager's curated title, authors, publication and day published win over the page's own. */
    @Test
    void curatedFieldsWinOverWhatThePageSays() {
        CleanArticle page = new CleanArticle("a.html", List.of(Part.of(PartType.HEADLINE, "The page's headline"),
                Part.of(PartType.BYLINE, "By Jane Smith"), Part.of(PartType.PARAGRAPH, BODY)),
                Map.of("og:site_name", List.of("The Example Times"),
                        "article:published_time", List.of("2019-10-19T10:00:00Z")));
        Metadata own = EXTRACTOR.extract(page);
        assertEquals("The page's headline", own.title());
        assertEquals(List.of("Jane Smith"), own.authors().stream().map(Author::name).toList());
        assertEquals(Optional.of("The Example Times"), own.publication());
        assertEquals(Optional.of(LocalDate.of(2019, 10, 19)), own.published());

        SourceNote curated = new SourceNote(Optional.empty(), Optional.empty(), Optional.of(" The  curated title "),
                List.of("Jean-Pierre de La Fontaine", "Reuters"), Optional.of("Journal of Eurasian Studies"),
                Optional.of(LocalDate.of(2021, 3, 15)));
        Metadata m = EXTRACTOR.extract(page.withNote(curated));
        assertEquals("The curated title", m.title());
        assertEquals(List.of(new Author("Jean-Pierre de La Fontaine", Optional.empty(), Optional.empty()),
                Author.organisation("Reuters")), m.authors(), "names only; an organisation the knowledge lists");
        assertEquals(Optional.of("Journal of Eurasian Studies"), m.publication());
        assertEquals(Optional.of(LocalDate.of(2021, 3, 15)), m.published());

        Metadata partly = EXTRACTOR.extract(page.withNote(new SourceNote(Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.of(LocalDate.of(2019, 10, 18)))));
        assertEquals("The page's headline", partly.title(), "what the note does not say, the page does");
        assertEquals(List.of("Jane Smith"), partly.authors().stream().map(Author::name).toList());
        assertEquals(Optional.of(LocalDate.of(2019, 10, 18)), partly.published());
    }

    /** No page was published after it was saved: a date after the day it was saved, with a day's grace, is dropped. */
    @Test
    void aDateAfterThePageWasSavedIsNoArticles() {
        Optional<LocalDate> saved = Optional.of(LocalDate.of(2021, 3, 1));
        Optional<LocalDate> nextDay = Optional.of(LocalDate.of(2021, 3, 2));
        Optional<LocalDate> twoDaysLater = Optional.of(LocalDate.of(2021, 3, 3));
        assertEquals(nextDay, Dates.notAfterSaved(nextDay, saved), "a day's grace: time zones");
        assertEquals(Optional.empty(), Dates.notAfterSaved(twoDaysLater, saved));
        assertEquals(twoDaysLater, Dates.notAfterSaved(twoDaysLater, Optional.empty()), "saved on no known day");
        Metadata m = EXTRACTOR.extract(new CleanArticle("a.html", List.of(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.PARAGRAPH, BODY)), Map.of("og:url", List.of("https://example.com/2022/05/05/story"),
                "saved:date", List.of("2020-01-05"))));
        assertEquals(Optional.empty(), m.published());
    }

    /** A dateline's two-digit year is read as the page writes dates: its language, and the region it declares. */
    @Test
    void aDatelineIsReadInThePagesOwnConvention() {
        String german = "Die Bundesregierung hat am Montag in Berlin neue Regeln für den Klimaschutz beschlossen, die"
                + " ab dem kommenden Jahr gelten sollen und nach Angaben des Ministeriums viele Bürger betreffen.";
        Metadata de = EXTRACTOR.extract(new CleanArticle("a.html", List.of(Part.of(PartType.HEADLINE, "Eine Schlagzeile"),
                Part.of(PartType.DATELINE, "03.04.19 07:34"), Part.of(PartType.PARAGRAPH, german)), Map.of()));
        assertEquals(Optional.of(LocalDate.of(2019, 4, 3)), de.published());
        Metadata uk = EXTRACTOR.extract(new CleanArticle("a.html", List.of(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.DATELINE, "03/04/19"), Part.of(PartType.PARAGRAPH, BODY)),
                Map.of("html:lang", List.of("en-GB"))));
        assertEquals(Optional.of(LocalDate.of(2019, 4, 3)), uk.published());
        Metadata us = EXTRACTOR.extract(new CleanArticle("a.html", List.of(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.DATELINE, "04/03/19"), Part.of(PartType.PARAGRAPH, BODY)),
                Map.of("og:locale", List.of("en_US"))));
        assertEquals(Optional.of(LocalDate.of(2019, 4, 3)), us.published());
    }

    @Test
    void titleFallsBackToTheStandfirst() {
        Metadata m = EXTRACTOR.extract(article(Part.of(PartType.STANDFIRST, "Relations are motivated by one grievance.")));
        assertEquals("Relations are motivated by one grievance.", m.title());
        assertEquals(List.of("Relations are motivated by one grievance."), m.summary());
    }

    /**
     * An organisation's name stays within a line: a paragraph that ends on a capitalised word before one that opens
     * with "Party" or "Council" names nothing (and once made the extractor throw), and words separated by a
     * no-break space are one name like any other.
     */
    @Test
    void organisationNamesNeitherCrossParagraphsNorDependOnTheKindOfSpace() {
        Metadata m = EXTRACTOR.extract(new CleanArticle("a.html", List.of(Part.of(PartType.HEADLINE, "A headline"),
                Part.of(PartType.PARAGRAPH, "The rally was held in the city of Lagos"),
                Part.of(PartType.PARAGRAPH, "Party officials said the Eastern\u00A0Regional Development Council would meet."),
                Part.of(PartType.PARAGRAPH, BODY)), Map.of()));
        assertTrue(m.organisations().stream().noneMatch(o -> o.contains("Lagos")), m.organisations().toString());
        assertTrue(m.organisations().contains("Eastern Regional Development Council"), m.organisations().toString());
    }
}
