package io.github.dossier.raw;

import java.util.Locale;

/**
 * PDFs in (Apache PDFBox): TODO(helper B) — the text in reading order as a simple HTML page.
 */
final class PdfText {

    /** The largest PDF read: a long report with its images. */
    static final long MAX_BYTES = 200_000_000;

    private PdfText() {
    }

    /** Whether a file of this name is read as a PDF. */
    static boolean reads(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The PDF's text as an HTML page (head: title, authors, date; body: headings and paragraphs). */
    static String html(String source, byte[] bytes) throws RawInputException {
        throw new RawInputException(source, "PDFs are not read yet");
    }
}
