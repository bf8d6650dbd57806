package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.clean.Cleaner;
import io.github.dossier.raw.RawDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned choice of authors where the rules find no one, beside the rules alone. */
class AuthorChoiceTest {

    private static final MetadataExtractor LEARNED = MetadataExtractor.builder().build();
    private static final MetadataExtractor RULES = MetadataExtractor.builder().knowledge(LEARNED.knowledge())
            .learned(false).build();
    private static final Cleaner CLEANER = Cleaner.builder().knowledge(LEARNED.knowledge()).build();
    private static final String BODY = "<p>Die Gemeinde hat am Dienstag über den Haushalt für das kommende Jahr beraten, "
            + "und die Mitglieder waren sich einig, dass der Plan noch Arbeit braucht, bevor im Rat abgestimmt wird.</p>"
            + "<p>Mehrere Redner sagten, dass der Vorschlag den Schulen nicht das Geld lasse, das sie brauchen, während "
            + "andere meinten, die Stadt könne nicht mehr ausgeben als in den letzten beiden Jahren.</p>";

    private static List<String> authors(MetadataExtractor extractor, String body) {
        String html = "<html lang=\"de\"><head><title>Der Haushalt | Blog</title></head><body>" + body + "</body></html>";
        return extractor.extract(CLEANER.clean(new RawDocument("page.html", RawDocument.Format.HTML, html))).authors()
                .stream().map(Author::name).toList();
    }

    @Test
    void aBlogsHandleInItsPostedLineIsItsAuthor() {
        // As a blog prints it: under the headline, and again under the post.
        String body = "<article><h1>Der Haushalt</h1><p class=\"meta\">Veröffentlicht am 12. Juni 2017 von gizzmo</p>"
                + BODY + "<footer><a href=\"/author/gizzmo/\">Alle Beiträge von gizzmo anzeigen</a></footer></article>";
        assertEquals(List.of(), authors(RULES, body));
        assertEquals(List.of("gizzmo"), authors(LEARNED, body));
    }

    @Test
    void aWordAfterABylineWordInProseIsNoAuthor() {
        String body = "<article><h1>Der Haushalt</h1>" + BODY + "<p>Die Zahlen stammen von der Stadt und wurden "
                + "von Beamten geprüft, die seit Jahren von allen Seiten gelobt werden.</p></article>";
        assertEquals(List.of(), authors(LEARNED, body));
    }

    @Test
    void theRulesFindingsStandAsTheyAre() {
        String body = "<article><h1>Der Haushalt</h1><p class=\"byline\">Von Anna Schmidt</p><p>Veröffentlicht am 12. "
                + "Juni 2017 von gizzmo</p>" + BODY + "</article>";
        assertEquals(authors(RULES, body), authors(LEARNED, body));
        assertEquals(List.of("Anna Schmidt"), authors(LEARNED, body));
    }
}
