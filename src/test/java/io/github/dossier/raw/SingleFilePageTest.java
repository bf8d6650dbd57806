package io.github.dossier.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page SingleFile saved, through the reader, the cleaner and extraction: the comment SingleFile writes at its top
 * gives the address it was saved from (after the page's canonical) and the day, in the saver's own offset.
 */
class SingleFilePageTest {

    private static final MetadataExtractor EXTRACTOR = MetadataExtractor.builder().build();
    private static final Cleaner CLEANER = Cleaner.builder().knowledge(EXTRACTOR.knowledge()).build();
    private static final String BODY = "<p>US President Joe Biden met Russian President Vladimir Putin in Geneva on "
            + "Wednesday for talks on arms control, cyber attacks and the fate of jailed opposition leader Alexei "
            + "Navalny, in a summit both sides described as constructive.</p><p>The two leaders agreed to return "
            + "their ambassadors to their posts and to begin talks on strategic stability, officials said.</p>";

    /** A page as SingleFile saves it: its comment after the html tag, saved just after midnight in Berlin. */
    static String singleFile(String head) {
        return "<!DOCTYPE html> <html lang=\"en\"><!--\n Page saved with SingleFile \n"
                + " url: https://www.example.com/world/2026/11/30/summit?utm_source=twitter \n"
                + " saved date: Tue Dec 01 2026 00:20:30 GMT+0100 (Central European Standard Time)\n-->"
                + "<meta charset=\"utf-8\"><head><title>Summit in Geneva</title>" + head + "</head><body>"
                + "<article><h1>Summit in Geneva</h1>" + BODY + "</article></body></html>";
    }

    /** Through the reader, the cleaner and extraction: the page's canonical first, the day it was saved. */
    @Test
    void aSavedPagesBriefCitesItsCanonicalAndTheDayItWasSaved(@TempDir Path raw) throws Exception {
        Files.writeString(raw.resolve("a.html"), singleFile(""));
        Files.writeString(raw.resolve("b.html"),
                singleFile("<link rel=\"canonical\" href=\"https://www.example.com/world/summit-geneva\">"));
        Metadata a = extract(raw, "a.html");
        assertEquals(Optional.of("https://www.example.com/world/2026/11/30/summit"), a.url(), "tracking dropped");
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), a.accessed());
        Metadata b = extract(raw, "b.html");
        assertEquals(Optional.of("https://www.example.com/world/summit-geneva"), b.url());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), b.accessed());
    }

    /** A comment that names no web address and no real day gives neither. */
    @Test
    void aHostileCommentGivesNoAddressAndNoDay(@TempDir Path raw) throws Exception {
        Files.writeString(raw.resolve("h.html"), singleFile("").replace(
                "https://www.example.com/world/2026/11/30/summit?utm_source=twitter", "javascript:alert(1)")
                .replace("Tue Dec 01 2026", "Tue Dec 41 2026"));
        Metadata h = extract(raw, "h.html");
        assertEquals(Optional.empty(), h.url());
        assertEquals(Optional.empty(), h.accessed());
    }

    private static Metadata extract(Path raw, String name) throws RawInputException {
        RawDocument doc = RawReader.DEFAULT.read(raw, raw.resolve(name));
        CleanArticle article = CLEANER.clean(doc).withNote(doc.note());
        return EXTRACTOR.extract(article);
    }
}
