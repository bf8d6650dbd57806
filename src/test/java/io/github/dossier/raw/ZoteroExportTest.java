package io.github.dossier.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZoteroExportTest {

    static final String EXPORT = "Dossier sources";
    static final String RDF = EXPORT + "/" + EXPORT + ".rdf";
    static final String TITAN = RDF
            + "#https://www.sciencealert.com/we-finally-have-a-global-geological-map-of-saturn-s-moon-titan";

    @TempDir
    Path raw;

    /** The test export, as Zotero writes it, copied into a raw folder. */
    static void copyExport(Path raw) throws IOException {
        Trees.copy(Path.of("src/test/resources/io/github/dossier/raw/zotero", EXPORT),
                raw.resolve(EXPORT));
    }

    private Container.Listing list() throws Exception {
        copyExport(raw);
        Container zotero = Container.forFileName(RDF);
        assertEquals(ZoteroExport.DEFAULT, zotero);
        return zotero.list(raw, raw.resolve(RDF));
    }

    @Test
    void eachItemWithASnapshotOrPdfIsAnArticleWithItsCuratedFields() throws Exception {
        List<Container.Entry> entries = list().entries();
        assertEquals(List.of(TITAN, RDF + "#item_15"), entries.stream().map(Container.Entry::source).toList());

        Container.Entry titan = entries.get(0);
        assertEquals(EXPORT + "/files/13/First global map of Saturn's moon Titan.html", titan.locator());
        SourceNote note = titan.note();
        assertEquals(Optional.of("Scientists unveil the first global geological map of Saturn's moon Titan"),
                note.title());
        assertEquals(List.of("Will Dunham", "Reuters"), note.authors(), "given and surname; one field as it is");
        assertEquals(Optional.of("ScienceAlert"), note.publication(), "through the section's bib:Part");
        assertEquals(Optional.of(LocalDate.of(2019, 11, 18)), note.published(), "November 18, 2019");
        assertEquals(Optional.of("https://www.sciencealert.com/we-finally-have-a-global-geological-map-of-saturn-s-moon-titan"),
                note.url());
        assertEquals(Optional.of(LocalDate.of(2019, 11, 20)), note.accessed(), "2019-11-20 08:14:02");
        assertEquals(List.of(raw.resolve(titan.locator()).toAbsolutePath().normalize()), titan.reads());

        Container.Entry journal = entries.get(1);
        assertTrue(journal.locator().endsWith(".pdf"));
        assertEquals(List.of("Natasha Kuhrt", "Jean-Pierre de La Fontaine"), journal.note().authors(), "particles kept");
        assertEquals(Optional.of("Journal of Eurasian Studies"), journal.note().publication(),
                "the journal a rdf:resource names");
        assertEquals(Optional.of(LocalDate.of(2021, 3, 15)), journal.note().published());
        assertEquals(Optional.empty(), journal.note().url());
        assertEquals(Optional.empty(), journal.note().accessed());
    }

    @Test
    void anRdfFileThatIsNoZoteroExportIsNamedAndLongItemNamesStayApart() throws Exception {
        Path feed = raw.resolve("feed.rdf");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://news.example/\"><title>News</title>"
                + "</channel></rdf:RDF>");
        RawInputException e = assertThrows(RawInputException.class, () -> ZoteroExport.DEFAULT.list(raw, feed));
        assertTrue(e.getMessage().equals("feed.rdf: holds no Zotero item (is it a Zotero RDF export?); skipped"),
                e.getMessage());

        String base = "https://news.example/story?" + "x".repeat(300);
        assertNotEquals(ZoteroExport.name(base + "&utm=a", 0), ZoteroExport.name(base + "&utm=b", 0));
        assertEquals(ZoteroExport.name(base + "&utm=a", 0), ZoteroExport.name(base + "&utm=a", 7), "stable");
    }

    @Test
    void anItemWithoutAFileAndAFileOutsideTheRawFolderAreNamed() throws Exception {
        List<String> skipped = list().skipped();
        assertEquals(2, skipped.size(), "one line an item: " + skipped);
        assertEquals(RDF + "#https://www.who.int/news-room/fact-sheets/detail/climate-change-and-health "
                + "“Climate change and health”: no snapshot or PDF attached; skipped", skipped.get(0));
        String hostile = RDF + "#item_20 “<script>alert(\"title\")</script> Budget talks collapse”";
        assertEquals(hostile + ": its attachment 'files/21/../../../../../../etc/passwd' lies outside the raw folder, "
                + "refused; its attachment '/etc/hostname' is no file of the export (exported without “Export Files”?), "
                + "refused; skipped", skipped.get(1));
    }

    @Test
    void anArticleIsReadFromItsSnapshotUnderItsOwnSource() throws Exception {
        Container.Entry titan = list().entries().get(0);
        RawDocument doc = ZoteroExport.DEFAULT.read(raw, raw.resolve(RDF), titan);
        assertEquals(TITAN, doc.source());
        assertEquals(RawDocument.Format.HTML, doc.format());
        assertTrue(doc.text().contains("Titan"));
        assertEquals(titan.note(), doc.note());
    }

    @Test
    void aLocatorOutOfTheRawFolderIsRefused() throws Exception {
        Container.Entry titan = list().entries().get(0);
        Files.writeString(raw.resolveSibling("outside.html"), "<p>secret</p>");
        Container.Entry hostile = new Container.Entry(titan.source(), "../outside.html", titan.note(), List.of());
        RawInputException e = assertThrows(RawInputException.class,
                () -> ZoteroExport.DEFAULT.read(raw, raw.resolve(RDF), hostile));
        assertTrue(e.getMessage().contains("outside the raw folder"), e.getMessage());
    }

    @Test
    void snapshotsNotesAndLinksAreNoArticlesOfTheirOwn() throws Exception {
        List<Path> reads = list().entries().stream().flatMap(e -> e.reads().stream()).toList();
        assertEquals(2, reads.size());
        assertTrue(reads.stream().allMatch(Files::isRegularFile));
    }

    /** Names by their namespaces, whatever the prefixes; a file's own entities are not expanded, nothing fetched. */
    @Test
    void namespacesNotPrefixesAndNoExternalEntities() throws Exception {
        Files.createDirectories(raw.resolve("x/files/1"));
        Files.writeString(raw.resolve("x/files/1/a.html"), "<html><body><p>Text</p></body></html>");
        Files.writeString(raw.resolve("x/x.rdf"), """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:zot="http://www.zotero.org/namespaces/export#" xmlns:t="http://purl.org/dc/elements/1.1/"
                 xmlns:l="http://purl.org/rss/1.0/modules/link/">
                  <r:Description r:about="#item_1"><zot:itemType>blogPost</zot:itemType>
                    <t:title>A &xxe; title</t:title><t:date>20 décembre 2021</t:date><zot:blogTitle>Blog</zot:blogTitle>
                    <l:link r:resource="#item_2"/></r:Description>
                  <zot:Attachment r:about="#item_2"><zot:itemType>attachment</zot:itemType>
                    <zot:path r:resource="files/1/a.html"/></zot:Attachment>
                </r:RDF>
                """, StandardCharsets.UTF_8);
        Container.Listing l = ZoteroExport.DEFAULT.list(raw, raw.resolve("x/x.rdf"));
        assertEquals(1, l.entries().size(), l.skipped().toString());
        SourceNote note = l.entries().get(0).note();
        assertFalse(note.title().orElseThrow().contains("root:"), note.title().orElseThrow());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 20)), note.published());
        assertEquals(Optional.of("Blog"), note.publication());
        assertEquals("x/x.rdf#item_1", l.entries().get(0).source());
    }

    @Test
    void aPercentEncodedPathIsReadAsWritten() throws Exception {
        Files.createDirectories(raw.resolve("x/files/1"));
        Files.writeString(raw.resolve("x/files/1/a b.html"), "<p>Text</p>");
        Path root = raw.toAbsolutePath().normalize();
        assertEquals(Optional.of(root.resolve("x/files/1/a b.html")),
                ZoteroExport.resolve(root, root.resolve("x"), "files/1/a%20b.html"));
        assertEquals(Optional.empty(), ZoteroExport.resolve(root, root.resolve("x"), "files/1/..%2F..%2F..%2F..%2Fetc"));
        assertEquals(Optional.empty(), ZoteroExport.resolve(root, root.resolve("x"), "file:///etc/passwd"));
        assertEquals(Optional.empty(), ZoteroExport.resolve(root, root.resolve("x"), "C:\\Users\\a.pdf"));
    }

    @Test
    void datesAsZoteroHoldsThem() {
        assertEquals(Optional.of(LocalDate.of(2021, 12, 20)), NotedDates.day("2021-12-20"));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 21)), NotedDates.day("2021-12-21 10:33:12"));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 20)), NotedDates.day("December 20, 2021"));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 20)), NotedDates.day("20. Dezember 2021"));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 20)), NotedDates.day("Dec. 20, 2021"));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 20)), NotedDates.day("12/20/2021"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)),
                NotedDates.day("Tue Dec 01 2026 10:20:30 GMT+0100 (Central European Standard Time)"));
        assertEquals(Optional.empty(), NotedDates.day("2021"), "a year names no day");
        assertEquals(Optional.empty(), NotedDates.day("March 2021"), "nor a month");
        assertEquals(Optional.empty(), NotedDates.day("05/06/2021"), "which order?");
        assertEquals(Optional.empty(), NotedDates.day("2022-02-30"));
        assertEquals(Optional.empty(), NotedDates.day(""));
    }
}
