package io.github.dossier.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.testing.Warcs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebArchiveTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T23:30:00Z");
    private static final String PAGE = "<html><head><title>Talks</title></head><body><article><p>The talks went on "
            + "for a second day in Geneva.</p></article></body></html>";

    @TempDir
    Path raw;

    private Container.Listing list(Path file) throws RawInputException {
        return Container.forFileName(file.getFileName().toString()).list(raw, file);
    }

    @Test
    void eachHtmlResponseIsAnArticleAndTheRestIsCountedByReason() throws Exception {
        Path file = raw.resolve("crawl.warc.gz");
        try (Warcs warc = Warcs.create(file, true)) {
            warc.page("https://news.example/a", MONDAY, PAGE)
                    .capture("https://news.example/site.css", MONDAY, 200, "text/css", "p{}".getBytes(StandardCharsets.UTF_8))
                    .capture("https://news.example/gone", MONDAY, 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8))
                    .capture("https://news.example/old", MONDAY, 301, "text/html", new byte[0])
                    .revisit("https://news.example/a", MONDAY.plusSeconds(60))
                    .page("https://news.example/b", MONDAY, PAGE.replace("second", "third"));
        }
        Container.Listing listing = list(file);
        assertEquals(List.of("crawl.warc.gz#https://news.example/a", "crawl.warc.gz#https://news.example/b"),
                listing.entries().stream().map(Container.Entry::source).toList());
        assertEquals(Map.of("not HTML: text/css", 1, "status 404", 1, "redirect", 1, "request", 5,
                "revisit (a capture of something seen before)", 1), listing.passed());
        Container.Entry b = listing.entries().get(1);
        RawDocument doc = WebArchive.DEFAULT.read(raw, file, b);
        assertEquals(b.source(), doc.source());
        assertEquals(RawDocument.Format.HTML, doc.format());
        assertTrue(doc.text().contains("a third day in Geneva"), doc.text());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), doc.note().accessed(), "the capture's day, in UTC");
        assertEquals(Optional.of("https://news.example/b"), doc.note().captured());
        assertEquals(Optional.empty(), doc.note().url(), "the page's canonical address may say better");
    }

    @Test
    void anAddressCapturedTwiceGivesItsLastCapture() throws Exception {
        Path file = raw.resolve("twice.warc");
        try (Warcs warc = Warcs.create(file, false)) {
            warc.page("https://news.example/a", MONDAY, PAGE)
                    .page("https://news.example/a", MONDAY.plusSeconds(86_400), PAGE.replace("second", "fourth"));
        }
        Container.Listing listing = list(file);
        assertEquals(1, listing.entries().size());
        assertEquals(1, listing.passed().get("earlier capture of an address captured again"));
        RawDocument doc = WebArchive.DEFAULT.read(raw, file, listing.entries().get(0));
        assertTrue(doc.text().contains("fourth day"), doc.text());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), doc.note().accessed());
    }

    @Test
    void thePageIsDecodedInTheCharsetItsHeaderNames() throws Exception {
        Path file = raw.resolve("latin.warc.gz");
        Charset latin = Charset.forName("windows-1252");
        try (Warcs warc = Warcs.create(file, true)) {
            warc.page("https://presse.example/é", MONDAY, PAGE.replace("Geneva", "Genève"), latin);
        }
        Container.Listing listing = list(file);
        RawDocument doc = WebArchive.DEFAULT.read(raw, file, listing.entries().get(0));
        assertTrue(doc.text().contains("Genève"), doc.text());
    }

    @Test
    void anArchiveAppendedToKeepsTheNamesAndPlacesOfItsFirstRecords() throws Exception {
        Path file = raw.resolve("growing.warc.gz");
        try (Warcs warc = Warcs.create(file, true)) {
            warc.page("https://news.example/a", MONDAY, PAGE);
        }
        Container.Entry first = list(file).entries().get(0);
        try (Warcs warc = Warcs.append(file, true)) {
            warc.page("https://news.example/b", MONDAY.plusSeconds(5), PAGE);
        }
        Container.Listing after = list(file);
        assertEquals(first, after.entries().get(0));
        assertEquals(2, after.entries().size());
    }

    @Test
    void archivesWrittenByOtherToolsAreRead() throws Exception {
        Path wacz = copy("browsertrix-example.wacz");
        Container.Listing listing = list(wacz);
        assertEquals(List.of("browsertrix-example.wacz#https://example.com/"),
                listing.entries().stream().map(Container.Entry::source).toList());
        assertEquals(1, listing.passed().get("status 404"), listing.passed().toString());
        RawDocument page = WebArchive.DEFAULT.read(raw, wacz, listing.entries().get(0));
        assertTrue(page.text().contains("This domain is for use in illustrative examples"), page.text());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 18)), page.note().accessed());

        Path resource = copy("example-resource.warc.gz");
        Container.Listing resources = list(resource);
        assertEquals(List.of("example-resource.warc.gz#https://example.com/index.html"),
                resources.entries().stream().map(Container.Entry::source).toList());
        assertTrue(WebArchive.DEFAULT.read(raw, resource, resources.entries().get(0)).text().contains("Example Domain"));

        Path plain = copy("example-collection.warc");
        Container.Listing collection = list(plain);
        assertEquals(1, collection.entries().size());
        assertEquals(2, collection.passed().get("warcinfo (the archive's own description)"));
        assertTrue(WebArchive.DEFAULT.read(raw, plain, collection.entries().get(0)).text().contains("Example Domain"));
    }

    @Test
    void aDamagedArchiveKeepsWhatWasReadBeforeTheDamage() throws Exception {
        Path file = raw.resolve("cut.warc.gz");
        try (Warcs warc = Warcs.create(file, true)) {
            warc.page("https://news.example/a", MONDAY, PAGE).page("https://news.example/b", MONDAY, PAGE);
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        Container.Listing listing = list(file);
        assertEquals("cut.warc.gz#https://news.example/a", listing.entries().get(0).source());
        assertTrue(listing.passed().keySet().stream().anyMatch(k -> k.startsWith("unreadable rest of the archive")),
                listing.passed().toString());

        Path notAnArchive = raw.resolve("notes.warc");
        Files.writeString(notAnArchive, "These are my notes, not an archive.\n");
        RawInputException e = assertThrows(RawInputException.class, () -> list(notAnArchive));
        assertTrue(e.getMessage().startsWith("notes.warc: is not a web archive"), e.getMessage());
    }

    @Test
    void hostileAddressesNameNoControlCharactersAndLinksOutAreRefused(@TempDir Path outside) throws Exception {
        Path file = raw.resolve("hostile.warc.gz");
        try (Warcs warc = Warcs.create(file, true)) {
            warc.page("https://evil.example/<script>alert(1)</script>\u0085\u2028", MONDAY, PAGE);
        }
        Container.Listing listing = list(file);
        String source = listing.entries().get(0).source();
        assertFalse(source.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028'), source);
        assertTrue(source.startsWith("hostile.warc.gz#https://evil.example/<script>"), source);

        Path elsewhere = outside.resolve("elsewhere.warc.gz");
        try (Warcs warc = Warcs.create(elsewhere, true)) {
            warc.page("https://news.example/a", MONDAY, PAGE);
        }
        Path link = raw.resolve("link.warc.gz");
        Files.createSymbolicLink(link, elsewhere);
        RawInputException e = assertThrows(RawInputException.class, () -> list(link));
        assertTrue(e.getMessage().contains("outside the raw directory"), e.getMessage());
    }

    @Test
    void aWarcGzippedAsOneStreamIsRefusedWithHowToReadIt() throws Exception {
        Path plain = raw.resolve("plain.warc");
        try (Warcs warc = Warcs.create(plain, false)) {
            warc.page("https://news.example/a", MONDAY, PAGE).page("https://news.example/b", MONDAY, PAGE);
        }
        Path whole = raw.resolve("whole.warc.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(whole))) {
            Files.copy(plain, out);
        }
        RawInputException e = assertThrows(RawInputException.class, () -> list(whole));
        assertTrue(e.getMessage().contains("gzipped as one stream"), e.getMessage());
        assertEquals(2, list(plain).entries().size(), "the same records uncompressed are read");
    }

    @Test
    void anArchiveInAFolderWithAHashInItsNameIsRead() throws Exception {
        Path folder = Files.createDirectories(raw.resolve("2024#q1"));
        Path file = folder.resolve("crawl#1.warc.gz");
        try (Warcs warc = Warcs.create(file, true)) {
            warc.page("https://news.example/a#top", MONDAY, PAGE);
        }
        Container.Entry entry = list(file).entries().get(0);
        assertEquals("2024#q1/crawl#1.warc.gz#https://news.example/a#top", entry.source());
        assertTrue(WebArchive.DEFAULT.read(raw, file, entry).text().contains("second day"));
    }

    @Test
    void aRecordWithoutATargetIsCountedAndTheRestRead() throws Exception {
        Path file = raw.resolve("odd.warc");
        String block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE;
        int length = block.getBytes(StandardCharsets.UTF_8).length;
        Files.writeString(file, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>"
                + "\r\nWARC-Date: 2026-11-30T10:00:00Z\r\nContent-Type: application/http;msgtype=response\r\n"
                + "Content-Length: " + length + "\r\n\r\n" + block + "\r\n\r\n");
        try (Warcs warc = Warcs.append(file, false)) {
            warc.page("https://news.example/b", MONDAY, PAGE);
        }
        Container.Listing listing = list(file);
        assertEquals(List.of("odd.warc#https://news.example/b"), listing.entries().stream().map(Container.Entry::source).toList());
        assertEquals(1, listing.passed().get("record without a target address or a date"), listing.passed().toString());
    }

    @Test
    void aWaczWhoseWarcIsCompressedInsideIsNamedAndAStoredOneRead() throws Exception {
        Path warc = raw.resolve("inner.warc.gz");
        try (Warcs w = Warcs.create(warc, true)) {
            w.page("https://news.example/a", MONDAY, PAGE);
        }
        for (int method : new int[] {java.util.zip.ZipEntry.STORED, java.util.zip.ZipEntry.DEFLATED}) {
            Path wacz = raw.resolve(method == java.util.zip.ZipEntry.STORED ? "stored.wacz" : "deflated.wacz");
            byte[] bytes = Files.readAllBytes(warc);
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(wacz))) {
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("archive/data.warc.gz");
                entry.setMethod(method);
                if (method == java.util.zip.ZipEntry.STORED) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    entry.setSize(bytes.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
            Container.Listing listing = list(wacz);
            if (method == java.util.zip.ZipEntry.STORED) {
                assertEquals(1, listing.entries().size());
                assertTrue(WebArchive.DEFAULT.read(raw, wacz, listing.entries().get(0)).text().contains("second day"));
            } else {
                assertEquals(List.of(), listing.entries());
                assertTrue(listing.skipped().get(0).startsWith("deflated.wacz#archive/data.warc.gz: is compressed inside"),
                        listing.skipped().toString());
            }
        }
    }

    private Path copy(String name) throws IOException {
        Path to = raw.resolve(name);
        try (InputStream in = WebArchiveTest.class.getResourceAsStream("archives/" + name)) {
            Files.copy(in, to);
        }
        return to;
    }
}
