package io.github.dossier.raw;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDFs in (Apache PDFBox): the text in reading order as a simple HTML page, which the HTML cleaner and the metadata
 * extractor then read as any saved page.
 *
 * <p>The head: the title the PDF states (XMP {@code dc:title}, the document information's Title), else its first
 * pages' largest line; an {@code author} per author it states; {@code citation_publication_date} when it states
 * the day of publication or a program other than a browser made it (its creation date); a browser's print
 * (Chromium's "Save as PDF") gives instead the day it was printed and the address its footer names, as a saved
 * page's {@code saved:date} and {@code saved:url}. The body: headings and paragraphs in reading order
 * ({@link PdfLayout}, {@link PdfParagraphs}), without running heads, feet and page numbers; the notes at the pages'
 * feet follow in an {@code <aside class="footnotes">}, which the cleaner leaves out of the article.
 *
 * <pre>{@code
 * String html = PdfText.html("reports/think-tank.pdf", Files.readAllBytes(pdf));
 * }</pre>
 *
 * <p>A PDF without text (a scan), an encrypted or a damaged one is refused with a {@link RawInputException} that says
 * why. Decoded streams are cached in temporary files, not on the heap. PDFBox's own log is silenced: a build
 * reports the files it could not read, not PDFBox's complaints about fonts. Thread-safe.
 */
final class PdfText {

    /** The largest PDF read: a long report with its images. */
    static final long MAX_BYTES = 200_000_000;
    /** Fewer letters than this in the whole PDF is no article: a scan with a stamp or a page number. */
    private static final int LEAST_LETTERS = 40;
    /** Held so that the settings stay: the logging framework keeps its loggers only weakly. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.OFF));
    }

    private PdfText() {
    }

    /** Whether a file of this name is read as a PDF. */
    static boolean reads(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The PDF's text as an HTML page (head: title, authors, date; body: headings and paragraphs). */
    static String html(String source, byte[] bytes) throws RawInputException {
        return html(source, () -> new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes));
    }

    /**
     * The text of the PDF {@code file} as an HTML page, read where it lies (random access to the file, decoded streams
     * in temporary files): a report of 200 MB costs the heap no more than its text.
     */
    static String html(String source, java.nio.file.Path file) throws RawInputException {
        return html(source, () -> new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
    }

    /** Where a PDF's bytes are read from, opened when it is loaded. */
    private interface Opener {
        org.apache.pdfbox.io.RandomAccessRead open() throws IOException;
    }

    private static String html(String source, Opener bytes) throws RawInputException {
        try (PDDocument doc = Loader.loadPDF(bytes.open(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            return html(source, doc);
        } catch (RawInputException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new RawInputException(source, "is an encrypted PDF that needs a password: save a copy without one");
        } catch (IOException | RuntimeException e) {
            throw new RawInputException(source, "is not a readable PDF (damaged?): " + e.getMessage());
        }
    }

    private static String html(String source, PDDocument doc) throws RawInputException, IOException {
        PdfInfo info = PdfInfo.of(doc);
        PdfLines lines = PdfLines.of(doc);
        long letters = lines.pages().stream().flatMap(List::stream)
                .mapToLong(l -> l.text().codePoints().filter(Character::isLetter).count()).sum();
        if (letters < LEAST_LETTERS) {
            throw new RawInputException(source, "is a PDF without text (a scan?): no article text; OCR it first");
        }
        float body = PdfParagraphs.bodySize(lines.pages());
        PdfLayout.Read read = PdfLayout.read(lines.pages(), lines.heights(), info.title().orElse(""), body);
        List<PdfParagraphs.Block> blocks = headline(PdfParagraphs.body(read.body(), body, info.browser()), info);
        List<PdfParagraphs.Block> notes = PdfParagraphs.notes(read.notes(), info.browser());
        if (blocks.stream().mapToLong(b -> b.text().codePoints().filter(Character::isLetter).count()).sum()
                < LEAST_LETTERS) {
            throw new RawInputException(source, "is a PDF with no text but its running heads and page numbers "
                    + "(a blank print?): no article text");
        }
        return page(info, read, blocks, notes);
    }

    /** Separators between a page title's headline and the site's name: "Headline | Site", "Headline - Site". */
    private static final java.util.regex.Pattern TITLE_PARTS = java.util.regex.Pattern.compile("\\s+[|–—:·»-]+\\s+");

    /**
     * The blocks with the one the stated title names as the headline an {@code h1} (the others {@code h2}): the
     * block that is the title, or the longest of its parts a block is ("Headline | Site"), in the title's letters
     * where the page's style printed it in capitals. Unchanged when no block is.
     */
    private static List<PdfParagraphs.Block> headline(List<PdfParagraphs.Block> blocks, PdfInfo info) {
        if (info.title().isEmpty()) {
            return blocks;
        }
        // each key with the words it stands for, as the document states them
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        keys.put(key(info.title().get()), info.title().get().strip());
        for (String part : TITLE_PARTS.split(info.title().get())) {
            if (part.strip().split("\\s+").length >= 2) {
                keys.putIfAbsent(key(part), part.strip());
            }
        }
        // the longest part the page prints as a heading: the headline, not the site's name in its banner nor a
        // breadcrumb's last step
        int at = -1;
        int best = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String k = key(blocks.get(i).text());
            int score = k.length() * 2 + (blocks.get(i).tag().equals("p") ? 0 : 1);
            if (keys.containsKey(k) && score > best) {
                at = i;
                best = score;
            }
        }
        if (at < 0) {
            return blocks;
        }
        List<PdfParagraphs.Block> out = new java.util.ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            PdfParagraphs.Block b = blocks.get(i);
            if (i == at) {
                // a headline the page's style prints in capitals reads as the document states it
                String stated = keys.get(key(b.text()));
                boolean restyled = capitals(b.text()) && !capitals(stated);
                out.add(restyled ? new PdfParagraphs.Block("h1", stated, List.of(), b.page(), b.x0()) : b.withTag("h1"));
            } else {
                out.add(b.withTag(b.tag().equals("h1") ? "h2" : b.tag()));
            }
        }
        return out;
    }

    /** Whether a text's letters are all capitals (and it has some). */
    private static boolean capitals(String s) {
        return s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String page(PdfInfo info, PdfLayout.Read read, List<PdfParagraphs.Block> blocks,
            List<PdfParagraphs.Block> notes) {
        String title = info.title().orElseGet(() -> blocks.stream().filter(b -> b.tag().equals("h1"))
                .map(PdfParagraphs.Block::text).findFirst().orElse(""));
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html");
        info.language().ifPresent(l -> sb.append(" lang=\"").append(escape(l)).append('"'));
        sb.append(">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n");
        info.authors().forEach(a -> meta(sb, "author", a));
        info.published().ifPresent(d -> meta(sb, "citation_publication_date", d.toString()));
        read.url().filter(u -> u.startsWith("http://") || u.startsWith("https://")).ifPresent(u -> meta(sb, "saved:url", u));
        info.printed().ifPresent(d -> meta(sb, "saved:date", d.toString()));
        sb.append("</head>\n<body>\n<article>\n");
        // one article: the cleaner then weighs each block by its words and links (grouping the blocks by columns
        // in <div>s, for the cleaner to choose among, lost more of the article than it left out: fold A 0.843)
        for (PdfParagraphs.Block b : blocks) {
            sb.append('<').append(b.tag()).append('>');
            text(sb, b);
            sb.append("</").append(b.tag()).append(">\n");
        }
        sb.append("</article>\n");
        if (!notes.isEmpty()) {
            sb.append("<aside class=\"footnotes\">\n");
            for (PdfParagraphs.Block n : notes) {
                sb.append("<p>");
                text(sb, n);
                sb.append("</p>\n");
            }
            sb.append("</aside>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    /** A block's text with its links. */
    private static void text(StringBuilder sb, PdfParagraphs.Block b) {
        int at = 0;
        for (PdfLine.Link k : b.links()) {
            if (k.start() < at) {
                continue;
            }
            sb.append(escape(b.text().substring(at, k.start()))).append("<a href=\"").append(escape(k.href()))
                    .append("\">").append(escape(b.text().substring(k.start(), k.end()))).append("</a>");
            at = k.end();
        }
        sb.append(escape(b.text().substring(at)));
    }

    private static void meta(StringBuilder sb, String name, String content) {
        sb.append("<meta name=\"").append(name).append("\" content=\"").append(escape(content)).append("\">\n");
    }

    /** Text safe in an element or a quoted attribute, without the controls HTML forbids. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c >= 0x20 && (c < 0x7F || c > 0x9F) && c != 0xFFFE && c != 0xFFFF
                            && !(c >= 0xD800 && c <= 0xDFFF)) {
                        sb.appendCodePoint(c);
                    } else {
                        sb.append(' ');
                    }
                }
            }
        });
        return sb.toString();
    }
}
