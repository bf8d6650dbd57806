package io.github.dossier.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.raw.RawDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the review reads of a raw page. */
class PageTest {

    @Test
    void theDatesAPageStatesKeepTheirOrder() {
        // The first date a page states is the one the review offers ("the page also states …"), the same on every run.
        String html = "<html><head><meta property=\"article:published_time\" content=\"2021-03-04T10:00:00Z\">"
                + "<meta name=\"date\" content=\"2021-03-02\"><meta name=\"dc.date\" content=\"2021-03-09\">"
                + "<meta property=\"article:modified_time\" content=\"2022-01-05\">"
                + "<meta property=\"og:updated_time\" content=\"2021-12-30\"></head><body><p>Text.</p></body></html>";
        Page page = Page.of(new RawDocument("page.html", RawDocument.Format.HTML, html),
                Optional.of("https://example.org/2021/03/01/story"));
        assertEquals(List.of(LocalDate.of(2021, 3, 4), LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 9),
                LocalDate.of(2021, 3, 1)), List.copyOf(page.dates()));
        assertEquals(List.of(LocalDate.of(2022, 1, 5), LocalDate.of(2021, 12, 30)), List.copyOf(page.modified()));
    }
}
