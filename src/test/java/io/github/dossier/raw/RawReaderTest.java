package io.github.dossier.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawReaderTest {

    private static final String TEXT = "Beijing’s “reunification” — Kyiv, café\n";

    private RawDocument decode(byte[] bytes) throws RawInputException {
        return RawReader.DEFAULT.decode("a.txt", RawDocument.Format.TEXT, bytes);
    }

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(TEXT.strip(), decode(plain).text());
        assertEquals(TEXT.strip(), decode(bom).text());
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(TEXT.strip(), decode(le).text());
        assertEquals(TEXT.strip(), decode(be).text());
    }

    @Test
    void fallsBackToWindows1252() throws Exception {
        String text = "Beijing’s “reunification” — café\n";
        assertEquals(text.strip(), decode(text.getBytes(Charset.forName("windows-1252"))).text());
    }

    @Test
    void honoursHtmlMetaCharsetWhenNotUtf8() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-2\"></head><body>Łódź</body></html>";
        RawDocument doc = RawReader.DEFAULT.decode("a.html", RawDocument.Format.HTML, html.getBytes(Charset.forName("ISO-8859-2")));
        assertTrue(doc.text().contains("Łódź"), doc.text());
    }

    @Test
    void refusesBinaryAndEmptyFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        RawInputException binary = assertThrows(RawInputException.class, () -> decode(png));
        assertTrue(binary.getMessage().startsWith("a.txt: looks binary"), binary.getMessage());
        RawInputException empty = assertThrows(RawInputException.class, () -> decode(" \n\t\n".getBytes()));
        assertTrue(empty.getMessage().contains("is empty"));
    }

    @Test
    void refusesLinksOutOfTheRawDirectory(@TempDir Path dir) throws Exception {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "outside");
        Path link = raw.resolve("link.txt");
        Files.createSymbolicLink(link, secret);
        RawInputException e = assertThrows(RawInputException.class, () -> RawReader.DEFAULT.read(raw, link));
        assertTrue(e.getMessage().contains("outside the raw directory"), e.getMessage());
    }

    @Test
    void namesSourcesRelativeToTheRawDirectory(@TempDir Path dir) throws Exception {
        Path file = Files.createDirectories(dir.resolve("2021/dec")).resolve("a.txt");
        Files.writeString(file, "text");
        assertEquals("2021/dec/a.txt", RawReader.DEFAULT.read(dir, file).source());
    }

    @Test
    void neverWritesTheRawFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.txt");
        byte[] bytes = "Caf\u00c3\u00a9 \r\n line\r".getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        RawReader.DEFAULT.read(dir, file);
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)));
    }
}
