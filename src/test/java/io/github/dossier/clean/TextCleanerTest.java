package io.github.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner(BlockCleaner.defaults());

    static final String P1 = "Moscow and Beijing have coordinated closely on global issues, including deepening "
            + "defence cooperation in joint military and naval drills over the past year.";
    static final String P2 = "They have exchanged political goodwill, such as when Moscow supported Beijing’s "
            + "claim that the island is part of the country while Beijing denounced politicisation of gas supplies.";
    static final String P3 = "Reports emerged last year of collaboration on a new design for non-nuclear attack "
            + "submarines, and the two sides recently agreed on a deal for joint production of a heavy helicopter.";
    static final String P4 = "After years of deteriorating ties, one side has terminated diplomatic relations with "
            + "the alliance, which has accused the bloc of ideological prejudice following its latest move.";

    private CleanArticle clean(String... lines) {
        return cleaner.clean("t.txt", String.join("\n", lines));
    }

    @Test
    void findsHeadlineStandfirstBylineAndBody() {
        CleanArticle a = clean("Advertisement", "Opinion", "Jane Doe", "", "Why the partnership keeps growing", "",
                "  • The two capitals have grown closer in every field", "  • Pressure from outside only helps",
                P1, "", P2, "", P3, "", P4, "", "Jane Doe is a lecturer at the University of Glasgow.", "23");
        assertEquals("Why the partnership keeps growing", a.first(PartType.HEADLINE).orElseThrow());
        assertEquals(List.of("The two capitals have grown closer in every field", "Pressure from outside only helps"),
                a.all(PartType.STANDFIRST));
        assertEquals(List.of("Jane Doe"), a.all(PartType.BYLINE));
        assertEquals(List.of("Opinion"), a.all(PartType.SECTION));
        assertEquals(List.of(P1, P2, P3, P4), a.body().stream().map(Part::text).toList());
        assertEquals(List.of("Jane Doe is a lecturer at the University of Glasgow."), a.all(PartType.BIO));
    }

    @Test
    void removesTeasersCaptionsAndAdsInsideTheArticle() {
        CleanArticle a = clean("A headline about two capitals", P1, "Read more: Another story about something else",
                P2, "Is ‘golden age’ of relations coming to an end?", P3,
                "Leaders enter a hall for talks in Moscow on June 5, 2019. Photo: AP", P4);
        assertEquals(List.of(P1, P2, P3, P4), a.body().stream().map(Part::text).toList());
    }

    @Test
    void keepsOneCopyOfRepeatedProse() {
        String lede = P1.substring(0, P1.indexOf(" over"));
        CleanArticle a = clean("A headline about two capitals", lede + ".", P2, P3, P1, P4,
                "This article is only available to subscribers", P1, P2);
        assertEquals(List.of(P2, P3, P1, P4), a.body().stream().map(Part::text).toList());
    }

    @Test
    void marksSubheadingsAndLeadIns() {
        CleanArticle a = clean("A headline about two capitals", P1, P2, "Improved ties", P3, "The statement reads",
                "“a trend has emerged towards redistribution of power in the world, and some actors continue.”", P4);
        List<Part> body = a.body();
        assertEquals(PartType.HEADING, body.get(2).type());
        assertEquals("Improved ties", body.get(2).text());
        assertEquals(PartType.PARAGRAPH, body.get(4).type());
        assertEquals("The statement reads", body.get(4).text());
    }

    @Test
    void handsOnBiosAndTagLines() {
        CleanArticle a = clean("A headline about two capitals", P1, P2, P3, P4,
                "Dr. Natasha Kuhrt is a lecturer in International Peace & Security, King’s College, London.",
                "US-China relations Nato Diplomacy", "Source link");
        assertEquals(List.of("Dr. Natasha Kuhrt is a lecturer in International Peace & Security, King’s College, London."),
                a.all(PartType.BIO));
        assertEquals(List.of("US-China relations Nato Diplomacy"), a.all(PartType.TAGS));
        assertFalse(a.bodyText().contains("Kuhrt"));
    }

    @Test
    void withoutAHeadlineTheOpeningSentenceIsTheDeck() {
        CleanArticle a = clean("[ad_1]", "Flashpoints | Diplomacy",
                "Relations are largely motivated by one shared grievance – but that alone will only advance ties so far.",
                P1, P2, P3, P4);
        assertEquals("Relations are largely motivated by one shared grievance – but that alone will only advance ties so far.",
                a.first(PartType.STANDFIRST).orElseThrow());
        assertTrue(a.first(PartType.HEADLINE).isEmpty());
        assertEquals(4, a.body().size());
    }

    @Test
    void commentThreadsBelowTheArticleStayOut() {
        String comment = "I completely disagree with the author about this, because the two governments have never "
                + "trusted each other and the history of the relationship shows that very clearly to anyone.";
        CleanArticle a = clean("A headline about two capitals", P1, P2, P3, P4, "[ 3 comments ]", "reader123",
                "2 days ago at 07:52 am", comment, "Rating: 36 Votes", "another_reader", "2 days ago at 08:10 am",
                comment.replace("disagree", "agree"), "Rating: 12 Votes");
        assertEquals(List.of(P1, P2, P3, P4), a.body().stream().map(Part::text).toList());
    }

    @Test
    void markdownScrapesKeepTheirStructure() {
        String md = String.join("\n", "- [Home](/)", "- [World](/world)", "- [Opinion](/opinion)", "",
                "# Why the partnership keeps growing", "", "![A photo](x.jpg)", "",
                P1.replace("naval drills", "[naval drills](https://example.org/drills)"), "", P2, "",
                "## What comes next", "", P3, "", "> " + P4, "", "**Share this article**", "");
        CleanArticle a = cleaner.cleanMarkdown("t.md", md, CorpusProfile.EMPTY);
        assertEquals("Why the partnership keeps growing", a.first(PartType.HEADLINE).orElseThrow());
        List<Part> body = a.body();
        assertEquals(List.of(P1, P2, "What comes next", P3, P4), body.stream().map(Part::text).toList());
        assertEquals(PartType.HEADING, body.get(2).type());
        assertEquals(PartType.QUOTE, body.get(4).type());
    }

    @Test
    void aPageWithoutProseHasNoBody() {
        CleanArticle a = clean("Home", "News", "Sport", "Subscribe", "Sign in");
        assertTrue(a.body().isEmpty());
        assertEquals(5, a.all(PartType.BOILERPLATE).size());
    }
}
