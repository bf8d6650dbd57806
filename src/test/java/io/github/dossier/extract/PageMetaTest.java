package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Cleaner;
import io.github.dossier.raw.RawDocument;
import io.github.dossier.raw.RawReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** HTML metadata against the saved pages' own meta tags, on the evaluation set (skipped where it is absent). */
class PageMetaTest {

    private static final Path HTML = Path.of(System.getProperty("dossier.corpus", "../shared/corpus"), "zyte-dev/html");

    @Test
    void titlesDatesAndPublicationsFollowThePagesOwnMetaTags() throws Exception {
        assumeTrue(Files.isDirectory(HTML), "evaluation set not found");
        MetadataExtractor extractor = MetadataExtractor.builder().build();
        Cleaner cleaner = Cleaner.builder().knowledge(extractor.knowledge()).build();
        List<Path> pages;
        try (Stream<Path> s = Files.list(HTML)) {
            pages = s.sorted().toList();
        }
        int checked = 0;
        for (Path page : pages) {
            RawDocument doc = RawReader.DEFAULT.decode(page.getFileName().toString(), RawDocument.Format.HTML,
                    Files.readAllBytes(page));
            CleanArticle a = cleaner.clean(doc);
            Metadata m = extractor.extract(a);
            String name = page.getFileName().toString();
            // The title is one the page states: its og:title, its JSON-LD headline, or its <title> (which the learned
            // choice may prefer, with the <h1>, to a teaser announced for sharing).
            a.meta("og:title").ifPresent(og -> assertTrue(Stream.of("og:title", "jsonld:headline", "title")
                    .flatMap(k -> a.meta(k).stream()).anyMatch(t -> t.contains(m.title())),
                    name + ": " + m.title() + " / " + og));
            a.meta("article:published_time").filter(t -> t.matches("\\d{4}-\\d{2}-\\d{2}.*")).ifPresent(t ->
                    assertEquals(LocalDate.parse(t.substring(0, 10)), m.published().orElse(null), name));
            if (a.meta("og:site_name").isPresent()) {
                assertTrue(m.publication().isPresent(), name);
            }
            for (Author author : m.authors()) {
                if (author.organisation()) {
                    continue; // "Reuters" signing as the author: an organisation, never a person
                }
                // One word only when the page's own data gives the author so ("Regan"), never from its text.
                assertTrue(author.name().contains(" ") || a.meta().values().stream().flatMap(List::stream)
                        .anyMatch(v -> v.strip().equals(author.name())), name + ": " + author.name());
                assertFalse(extractor.knowledge().publications().allForms().contains(author.name()), name + ": " + author.name());
            }
            checked++;
        }
        assertEquals(pages.size(), checked);
    }
}
