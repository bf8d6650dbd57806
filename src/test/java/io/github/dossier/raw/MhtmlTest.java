package io.github.dossier.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.clean.Cleaner;
import io.github.dossier.extract.Metadata;
import io.github.dossier.extract.MetadataExtractor;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MhtmlTest {

    private static final String PAGE = "https://www.example.com/2026/12/06/story";

    @TempDir
    Path raw;

    private RawDocument read(String message) throws Exception {
        Path file = raw.resolve("page.mhtml");
        Files.write(file, message.getBytes(StandardCharsets.ISO_8859_1));
        return RawReader.DEFAULT.read(raw, file);
    }

    /** A message as Chromium writes it (CRLF line ends), with {@code parts} after its headers. */
    private static String message(String headers, String boundary, String... parts) {
        StringBuilder sb = new StringBuilder("From: <Saved by Blink>\r\n" + headers
                + "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\""
                + boundary + "\"\r\n\r\n\r\n");
        for (String p : parts) {
            sb.append("--").append(boundary).append("\r\n").append(p).append("\r\n");
        }
        return sb.append("--").append(boundary).append("--\r\n").toString();
    }

    private static final String HEADERS = "Snapshot-Content-Location: " + PAGE + "\r\nSubject: Story\r\n"
            + "Date: Sun, 06 Dec 2026 23:29:07 -0500\r\n";

    /** A page Chromium saved (DevTools' Page.captureSnapshot) of a zyte-dev page served by http.server. */
    @Test
    void readsAPageChromiumSaved() throws Exception {
        Path from = Path.of("src/test/resources/io/github/dossier/raw/mhtml/The First Map of Saturn's Moon Titan.mhtml");
        Files.copy(from, raw.resolve("titan.mhtml"));
        RawDocument doc = RawReader.DEFAULT.read(raw, raw.resolve("titan.mhtml"));
        assertEquals("titan.mhtml", doc.source());
        assertEquals(RawDocument.Format.HTML, doc.format());
        assertTrue(doc.text().startsWith("<!DOCTYPE html>") || doc.text().startsWith("<html"), doc.text().substring(0, 80));
        assertTrue(doc.text().contains("Saturn's moon Titan"));
        assertFalse(doc.text().contains("=3D"), "quoted-printable undone");
        assertFalse(doc.text().contains("@charset"), "the stylesheets are other parts");
        assertEquals(Optional.of("http://127.0.0.1:18731/titan.html"), doc.note().captured());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), doc.note().accessed());
        // Through the cleaner and extraction: the page's own canonical address before the one it was saved from.
        MetadataExtractor extractor = MetadataExtractor.builder().build();
        Metadata meta = extractor.extract(Cleaner.builder().knowledge(extractor.knowledge()).build().clean(doc)
                .withNote(doc.note()));
        assertEquals(Optional.of("https://www.sciencealert.com/we-finally-have-a-global-geological-map-of-saturn-s-moon-titan"),
                meta.url());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), meta.accessed());
        assertTrue(meta.title().contains("Titan"), meta.title());
    }

    @Test
    void quotedPrintableSoftBreaksAndEscapes() throws Exception {
        String part = "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: " + PAGE + "\r\n\r\n"
                + "<html><body><p class=3D\"lead\">Caf=C3=\r\n=A9 in Gen=C3=A8ve, a long line that Chromium=\r\n"
                + " folds</p><p>2 =3D 1 + 1 =\r\n</p></body></html>";
        RawDocument doc = read(message(HEADERS, "----MultipartBoundary--abc----", part));
        assertEquals("<html><body><p class=\"lead\">Café in Genève, a long line that Chromium folds</p>"
                + "<p>2 = 1 + 1 </p></body></html>", doc.text().strip());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), doc.note().accessed(), "the day in the date's own offset");
        assertEquals(Optional.of(PAGE), doc.note().captured());
    }

    @Test
    void base64PartsInTheirOwnCharset() throws Exception {
        byte[] latin2 = "<html><body><p>Łódź i Gdańsk</p></body></html>".getBytes(Charset.forName("iso-8859-2"));
        String part = "Content-Type: text/html; charset=\"iso-8859-2\"\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: " + PAGE + "\r\n\r\n" + Base64.getMimeEncoder().encodeToString(latin2);
        RawDocument doc = read(message(HEADERS, "b", part));
        assertEquals("<html><body><p>Łódź i Gdańsk</p></body></html>", doc.text().strip());
    }

    /** The snapshot's page, not a frame's that comes first. */
    @Test
    void theSnapshotsOwnPart() throws Exception {
        String frame = "Content-Type: text/html\r\nContent-Location: https://ads.example.net/frame\r\n\r\n<p>Ad</p>";
        String page = "Content-Type: text/html\r\nContent-Location: " + PAGE + "\r\n\r\n<p>The story</p>";
        String css = "Content-Type: text/css\r\nContent-Location: https://www.example.com/a.css\r\n\r\np{}";
        assertEquals("<p>The story</p>", read(message(HEADERS, "b", css, frame, page)).text().strip());
        String noLocation = "Subject: x\r\n";
        assertEquals("<p>Ad</p>", read(message(noLocation, "b", css, frame, page)).text().strip(), "else the first");
    }

    @Test
    void hostileHeaders() throws Exception {
        String part = "Content-Type: text/html; charset=../../etc/passwd\r\nContent-Location: javascript:alert(1)"
                + "\r\n\r\n<p>Text</p>";
        String headers = "Snapshot-Content-Location: javascript:alert(1)\r\nDate: yesterday, at noon\r\n"
                + "X-Long: " + "a".repeat(100_000) + "\r\n";
        RawDocument doc = read(message(headers, "(.*)+[boundary]$", part));
        assertEquals("<p>Text</p>", doc.text().strip(), "a boundary is no pattern");
        assertEquals(SourceNote.NONE, doc.note(), "no web address, no day");
        RawInputException noBoundary = assertThrows(RawInputException.class, () -> read(
                "Content-Type: multipart/related\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>a</p>\r\n--x--\r\n"));
        assertTrue(noBoundary.getMessage().contains("boundary"), noBoundary.getMessage());
        RawInputException noPage = assertThrows(RawInputException.class, () -> read(message(HEADERS, "b",
                "Content-Type: text/css\r\n\r\np{}")));
        assertTrue(noPage.getMessage().contains("no HTML page"), noPage.getMessage());
    }
}
