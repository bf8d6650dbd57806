package io.github.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.raw.RawDocument;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where an article begins and ends when a box is set into its opening or a list closes it. */
class ArticleEdgesTest {

    private static final Cleaner CLEANER = Cleaner.builder().learned(false).build();
    private static final String P1 = "China's ambassador to Britain accused the UK and the US of meddling in the "
            + "country's affairs and warned that the army could be deployed if the situation got out of hand.";
    private static final String P2 = "The commander of the district said that the protesters still inside the "
            + "university had no other option than to come out, and that the police would wait for them as long as "
            + "it takes.";
    private static final String P3 = "Several hundred people have left the campus since Monday, many of them "
            + "students who said they were afraid of being arrested, while others were taken to hospital.";

    private static String body(String scrape) {
        CleanArticle a = CLEANER.clean(new RawDocument("page.txt", RawDocument.Format.TEXT, scrape), CorpusProfile.EMPTY);
        return a.body().stream().map(Part::text).collect(Collectors.joining("\n"));
    }

    @Test
    void aLedeAboveABoxOfRelatedStoriesIsTheArticles() {
        String lede = "This comes after police said the demonstrators inside the Polytechnic University had no "
                + "option but to come out and surrender to the officers waiting outside.";
        String scrape = "Hong Kong: China warns the UK | Daily News\n\nHome\nWorld\nPolitics\n\nHong Kong: China warns "
                + "the UK\n\n" + lede + "\n\nRelated articles\nHong Kong uprising: Protestors send warning\n"
                + "Students under siege in university\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\nShare this article\n";
        String body = body(scrape);
        assertTrue(body.startsWith(lede), body);
        assertFalse(body.contains("Related articles"), body);
        assertFalse(body.contains("Students under siege"), body);
    }

    @Test
    void aListTheLastParagraphIntroducesIsTheArticles() {
        String scrape = "The offers not to miss | Memorabilia\n\nHome\nFilm\nMusic\n\nThe offers not to miss\n\n" + P1
                + "\n\n" + P2 + "\n\nHere are the offers for nostalgics not to miss this week on the web shop:\n\n"
                + "1) Lego Star Wars 75188 Resistance Bomber\nhttp://amzn.to/2iJFhRj\n2) Polistil 960574 Race Track\n"
                + "http://amzn.to/2hZfWFJ\n3) Blade Runner The Final Cut (4K Ultra HD)\nhttp://amzn.to/2hWEIX7\n\n"
                + "Leave a comment\n\nYou must be logged in to post a comment.\n";
        String body = body(scrape);
        assertTrue(body.contains("1) Lego Star Wars 75188 Resistance Bomber"), body);
        assertTrue(body.contains("3) Blade Runner The Final Cut (4K Ultra HD)"), body);
        assertFalse(body.contains("Leave a comment"), body);
    }

    @Test
    void aListWithoutAnIntroducingColonStaysOutside() {
        String scrape = "The offers | Memorabilia\n\nThe offers\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n"
                + "1) Another story about the council\n2) Football club signs a new coach\n3) Weather for the weekend\n";
        assertFalse(body(scrape).contains("Football club"));
    }
}
