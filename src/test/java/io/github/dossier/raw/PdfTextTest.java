package io.github.dossier.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    /** A line of text to draw: its page, left edge, baseline from the top, size and face. */
    private record Text(int page, float x, float y, float size, String text, boolean bold) {
    }

    /** A PDF of {@code texts} over {@code pages} A4 pages, with {@code info} set by {@code producer} and title. */
    private static byte[] pdf(int pages, List<Text> texts, String title, String producer, Calendar created)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        if (t.page() != p) {
                            continue;
                        }
                        cs.beginText();
                        cs.setFont(t.bold() ? BOLD : FONT, t.size());
                        cs.newLineAtOffset(t.x(), HEIGHT - t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer(producer);
            info.setCreationDate(created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Lines of body text down a column from {@code y}, 14 points apart. */
    private static List<Text> column(int page, float x, float y, String... lines) {
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(new Text(page, x, y + 14 * i, 11, lines[i], false));
        }
        return out;
    }

    private static Document read(byte[] pdf) throws RawInputException {
        return Jsoup.parse(PdfText.html("test.pdf", pdf));
    }

    @Test
    void readsTwoColumnsColumnByColumnUnderATitleAcrossBoth() throws IOException {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(0, 60, 80, 22, "Rivers of the North", true));
        texts.addAll(column(0, 60, 130, "Alpha one opens the left column and", "alpha two goes on down the left",
                "alpha three ends the left column here."));
        texts.addAll(column(0, 310, 130, "Beta one opens the right column and", "beta two goes on down the right",
                "beta three ends the right column here."));
        Document html = read(pdf(1, texts, null, "LaTeX", null));
        String body = html.select("article").text();
        assertTrue(body.indexOf("Rivers of the North") < body.indexOf("Alpha one"), body);
        assertTrue(body.indexOf("alpha three") < body.indexOf("Beta one"), body);
        assertTrue(body.indexOf("Beta one") < body.indexOf("beta three"), body);
        assertEquals("Rivers of the North", html.select("h1").text());
        assertEquals("Rivers of the North", html.title(), "the largest line of the first page, when no title is stated");
    }

    @Test
    void keepsTextDrawnOverTheArticleApartFromIt() throws IOException {
        List<Text> texts = new ArrayList<>(column(0, 60, 150, "Trinity Academy junior Ben Patton added to his collection",
                "of state titles, winning the two hundred yard medley at the pool."));
        // a sticky bar a browser prints over the first line, drawn after it
        texts.add(new Text(0, 90, 150, 11, "Watch the latest video minute", false));
        String body = read(pdf(1, texts, null, "Skia/PDF m156", null)).select("article").text();
        assertTrue(body.contains("Trinity Academy junior Ben Patton added to his collection"), body);
        assertTrue(body.contains("Watch the latest video minute"), body);
    }

    @Test
    void readsAHeadlinePrintedInCapitalsAsTheTitleStatesIt() throws IOException {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(0, 60, 80, 22, "RIVERS RISE IN THE NORTH", true));
        texts.addAll(column(0, 60, 130, "The rivers of the north rose through the week, and the towns along them",
                "closed their bridges while the water went on rising below."));
        Document html = read(pdf(1, texts, "Rivers Rise in the North | The Daily River", "Skia/PDF m156", null));
        assertEquals("Rivers Rise in the North", html.select("h1").text());
    }

    @Test
    void joinsWordsCutAtALineEndButKeepsRealHyphens() throws IOException {
        byte[] pdf = pdf(1, column(0, 60, 100, "The long-standing Zusammen-", "arbeit of the two long-",
                "standing partners and the US-", "China talks went on for a year."), null, "Microsoft Word", null);
        String body = read(pdf).select("article").text();
        assertTrue(body.contains("Zusammenarbeit of"), body);
        assertTrue(body.contains("the two long-standing partners"), "written with its hyphen elsewhere: " + body);
        assertTrue(body.contains("US-China talks"), body);
    }

    @Test
    void leavesOutRunningHeadsAndPageNumbers() throws IOException {
        List<Text> texts = new ArrayList<>();
        String[] rivers = {"Danube", "Rhine", "Elbe"};
        for (int p = 0; p < 3; p++) {
            texts.add(new Text(p, 60, 30, 9, "Annual Report on Rivers", false));
            texts.addAll(column(p, 60, 120, "The " + rivers[p] + " holds the text of the report on rivers and",
                    "lakes of its basin, which goes on at some length about its water."));
            texts.add(new Text(p, 280, HEIGHT - 25, 9, "Page " + (p + 1) + " of 3", false));
        }
        String body = read(pdf(3, texts, "Rivers", "LibreOffice", null)).body().text();
        assertFalse(body.contains("Annual Report"), body);
        assertFalse(body.contains("of 3"), body);
        assertTrue(body.contains("The Rhine holds the text"), body);
    }

    @Test
    void leavesOutAPrintHeaderAndFooterAndKeepsItsAddress() throws IOException {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(0, 20, 20, 8, "5/3/24, 10:47 AM", false));
        texts.add(new Text(0, 200, 20, 8, "Rivers rise in the north - The Daily", false));
        texts.addAll(column(0, 60, 100, "Rivers rose across the north on Tuesday as the rain went on and on",
                "and the water came up to the doors of the houses by the banks."));
        texts.add(new Text(0, 20, HEIGHT - 15, 8, "https://daily.example/2024/05/02/rivers-rise", false));
        texts.add(new Text(0, 560, HEIGHT - 15, 8, "1/1", false));
        Calendar printed = new GregorianCalendar(2024, Calendar.MAY, 3, 10, 47);
        printed.setTimeZone(TimeZone.getTimeZone("UTC"));
        Document html = read(pdf(1, texts, "Rivers rise in the north - The Daily", "Skia/PDF m120", printed));
        String body = html.body().text();
        assertFalse(body.contains("10:47"), body);
        assertFalse(body.contains("daily.example"), body);
        assertFalse(body.contains("1/1"), body);
        assertEquals("https://daily.example/2024/05/02/rivers-rise", html.select("meta[name=saved:url]").attr("content"));
        assertEquals("2024-05-03", html.select("meta[name=saved:date]").attr("content"), "printed: the day it was seen");
        assertTrue(html.select("meta[name=citation_publication_date]").isEmpty(), "a print's date is no publication's");
    }

    @Test
    void keepsFootnotesApartFromTheBody() throws IOException {
        List<Text> texts = new ArrayList<>(column(0, 60, 100, "The river rose by two metres in a night, more than",
                "in any year on record, and the town was flooded.", "The council met the next morning to decide what",
                "to do about the banks and the bridges of the town."));
        texts.add(new Text(0, 60, 760, 8, "1 Figures from the gauge at the old mill, read at six.", false));
        texts.add(new Text(0, 60, 770, 8, "2 Minutes of the council, 4 May.", false));
        Document html = read(pdf(1, texts, "Flood", "LibreOffice", null));
        assertFalse(html.select("article").text().contains("gauge"), html.select("article").text());
        assertEquals(2, html.select("aside.footnotes p").size(), html.select("aside").html());
        assertTrue(html.select("aside.footnotes").text().contains("Figures from the gauge"));
    }

    @Test
    void statesTitleAuthorsAndDateInTheHead() throws IOException {
        Calendar created = new GregorianCalendar(2020, Calendar.MAY, 4, 12, 0);
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(FONT, 11);
                cs.newLineAtOffset(60, 700);
                cs.showText("The engines of the century were built by many hands and many minds over the years.");
                cs.endText();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Notes on the Analytical Engine");
            info.setAuthor("Ada Lovelace; Charles Babbage");
            info.setCreationDate(created);
            info.setProducer("LibreOffice 7.5");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        Document html = read(pdf);
        assertEquals("Notes on the Analytical Engine", html.title());
        assertEquals(List.of("Ada Lovelace", "Charles Babbage"), html.select("meta[name=author]").eachAttr("content"));
        assertEquals("2020-05-04", html.select("meta[name=citation_publication_date]").attr("content"));
    }

    @Test
    void escapesAHostileTitle() throws IOException {
        String page = PdfText.html("x.pdf", pdf(1, column(0, 60, 100, "Some text that is long enough to be an article",
                "and goes on to a second line <b>with markup</b> & more."), "<script>alert(1)</script>", "x", null));
        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<b>"), page);
        assertTrue(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"), page);
    }

    @Test
    void refusesAScanWithAReason() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(200, 300,
                    BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), HEIGHT);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        byte[] scan = pdf;
        RawInputException e = assertThrows(RawInputException.class, () -> PdfText.html("scan.pdf", scan));
        assertTrue(e.getMessage().contains("scan.pdf") && e.getMessage().contains("without text"), e.getMessage());
    }

    @Test
    void refusesAnEncryptedOrDamagedPdfWithAReason() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        byte[] locked = pdf;
        RawInputException e = assertThrows(RawInputException.class, () -> PdfText.html("locked.pdf", locked));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
        RawInputException d = assertThrows(RawInputException.class,
                () -> PdfText.html("broken.pdf", "%PDF-1.7\nnot really a PDF".getBytes()));
        assertTrue(d.getMessage().contains("not a readable PDF"), d.getMessage());
    }

    @Test
    void readsABrowsersPrintOfATwoColumnPageWithNotes() throws IOException {
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("pdf/two-columns-notes.pdf")) {
            pdf = in.readAllBytes();
        }
        Document html = read(pdf);
        String body = html.select("article").text();
        assertEquals("Rivers of the North", html.select("h1").text());
        assertTrue(body.indexOf("The left column ends here.") < body.indexOf("The right column begins"), body);
        assertFalse(body.contains("two-columns-notes.html"), "the print footer's address: " + body);
    }

    @Test
    void givesABriefOfANewsPagePrintedByABrowserItsTitleDateAndText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path raw)
            throws IOException {
        java.nio.file.Path file = raw.resolve("courier.pdf");
        try (InputStream in = getClass().getResourceAsStream("pdf/news-print.pdf")) {
            java.nio.file.Files.copy(in, file);
        }
        RawDocument doc = RawReader.DEFAULT.read(raw, file);
        io.github.dossier.extract.MetadataExtractor extractor = io.github.dossier.extract.MetadataExtractor.builder().build();
        io.github.dossier.clean.CleanArticle article = io.github.dossier.clean.Cleaner.builder()
                .knowledge(extractor.knowledge()).build().clean(doc);
        io.github.dossier.extract.Metadata m = extractor.extract(article);
        assertEquals("Council votes to rebuild the old bridge", m.title());
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2023, 3, 14)), m.published());
        assertTrue(article.bodyText().contains("Seven of the nine councillors backed the plan"), article.bodyText());
        assertFalse(article.bodyText().contains("Privacy"), article.bodyText());
    }
}
