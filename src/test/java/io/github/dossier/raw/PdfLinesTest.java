package io.github.dossier.raw;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** Where a run of letters, in the order the page draws them, is cut into words ({@link PdfLines#apart}). */
class PdfLinesTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    /** A letter drawn at {@code x} on a baseline 100 points down, 12 points high and {@code width} wide. */
    private static TextPosition letter(String unicode, float x, float width) {
        return new TextPosition(0, 600, 800, new Matrix(12, 0, 0, 12, x, 700), x + width, 700, 12, width, 3, unicode,
                new int[] {unicode.codePointAt(0)}, FONT, 1, 12);
    }

    @Test
    void aLetterDrawnWellBeforeTheLastStartsAWordOfItsOwn() {
        // a banner drawn over the article, after it: back by ten letters
        assertTrue(PdfLines.apart(letter("y", 200, 6), letter("W", 140, 9)));
        // the next letter, or an accent drawn back over the letter before, goes on
        assertFalse(PdfLines.apart(letter("a", 100, 6), letter("b", 106, 6)));
        assertFalse(PdfLines.apart(letter("a", 100, 6), letter("\u0301", 101, 0)));
    }

    @Test
    void hebrewAndArabicDrawnFromTheRightStayOneWord() {
        // each letter drawn left of the one before, as a right-to-left script is written
        assertFalse(PdfLines.apart(letter("\u05e9", 200, 7), letter("\u05dc", 193, 7)));
        assertFalse(PdfLines.apart(letter("\u0633", 200, 7), letter("\u0644", 192, 8)));
        // while Latin letters going back as far are two words
        assertTrue(PdfLines.apart(letter("s", 200, 7), letter("l", 193, 7)));
    }
}
