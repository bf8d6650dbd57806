package io.github.dossier.raw;

import java.util.List;

/**
 * One run of text on a PDF page: the words of one line that stand together (a line of a column, a running head, a
 * page number), with where it stands and how large it is printed. Coordinates are in points from the page's top
 * left corner; {@code size} is the size the text is drawn at on the page (the font size scaled as the page draws
 * it), not the nominal font size, so that a browser's half-scale print and a report compare alike.
 *
 * @param page     the page, from 0
 * @param x0       left edge
 * @param x1       right edge
 * @param baseline the baseline, from the page's top
 * @param size     the size most of its letters are drawn at
 * @param text     the text, superscript note marks left out
 * @param bold     whether most of its letters are in a bold face
 * @param marked   whether it opens with a note mark (a superscript, or a figure or sign the note's text follows)
 * @param links    the parts of the text a link covers, in order
 */
record PdfLine(int page, float x0, float x1, float baseline, float size, String text, boolean bold, boolean marked,
        List<Link> links) {

    /** A link over {@code text} from {@code start} to {@code end} (exclusive), to {@code href}. */
    record Link(int start, int end, String href) {

        Link shifted(int by) {
            return new Link(start + by, end + by, href);
        }
    }

    PdfLine {
        links = List.copyOf(links);
    }

    /** A line without links. */
    PdfLine(int page, float x0, float x1, float baseline, float size, String text, boolean bold, boolean marked) {
        this(page, x0, x1, baseline, size, text, bold, marked, List.of());
    }

    /** The top of its letters, about. */
    float top() {
        return baseline - size * 0.8f;
    }

    /** The bottom of its descenders, about. */
    float bottom() {
        return baseline + size * 0.25f;
    }
}
