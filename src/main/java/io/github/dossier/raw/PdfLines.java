package io.github.dossier.raw;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF's pages as PDFBox finds its words ({@link PDFTextStripper}, in the order the page draws them;
 * a stretch that goes back, jumps ahead or leaves its line is a word of its own, and the words are then sorted by
 * position), cut where a wide gap parts two runs on the same baseline (a gutter between columns, a running head's
 * date and title): each run one {@link PdfLine}. Text drawn over other text (a banner over the article) is a line of
 * its own. Note marks (small figures raised above the line) are left out of the text. One
 * instance reads one document once: not thread-safe, made per call.
 */
final class PdfLines extends PDFTextStripper {

    /** A gap wider than this many times the text's size parts two runs: wider than any space between words. */
    private static final float GAP = 0.8f;

    /** A word as PDFBox hands it over, in parts each under one link or none ({@code href} null). */
    private record Word(float x0, float x1, float baseline, float size, List<Span> spans, boolean bold, boolean marked) {

        String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    private record Span(String text, String href) {
    }

    /** Where a link annotation stands on the page, from its top left corner. */
    private record Area(float x0, float top, float x1, float bottom, String href) {

        boolean holds(float x, float y) {
            return x >= x0 && x <= x1 && y >= top && y <= bottom;
        }
    }

    private final List<List<PdfLine>> pages = new ArrayList<>();
    private final List<Float> heights = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private List<Area> areas = new ArrayList<>();

    private PdfLines() {
        // in the order the page draws its text: text drawn over other text (a banner over the article) stays apart
        // as words of its own, where sorting every letter by position would interleave the two
        setSortByPosition(false);
    }

    /** The lines of each page of {@code doc}, and each page's height, in points. */
    static PdfLines of(PDDocument doc) throws IOException {
        PdfLines lines = new PdfLines();
        lines.writeText(doc, Writer.nullWriter());
        return lines;
    }

    /** The lines of each page, in no particular order. */
    List<List<PdfLine>> pages() {
        return pages;
    }

    /** The height of each page, in points. */
    List<Float> heights() {
        return heights;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        words = new ArrayList<>();
        areas = new ArrayList<>();
        PDRectangle box = page.getCropBox();
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri && uri.getURI() != null
                    && link.getRectangle() != null) {
                PDRectangle r = link.getRectangle();
                areas.add(new Area(r.getLowerLeftX() - box.getLowerLeftX(), box.getUpperRightY() - r.getUpperRightY(),
                        r.getUpperRightX() - box.getLowerLeftX(), box.getUpperRightY() - r.getLowerLeftY(), uri.getURI()));
            }
        }
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        heights.add(page.getCropBox().getHeight());
        pages.add(lines(pages.size(), words));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        // In the page's drawing order a run of letters may go back, jump ahead or leave its baseline (a label drawn
        // at the margin after the line): each stretch that goes forward on one baseline is a word of its own.
        int from = 0;
        for (int i = 1; i <= positions.size(); i++) {
            if (i == positions.size() || apart(positions.get(i - 1), positions.get(i))) {
                word(positions.subList(from, i));
                from = i;
            }
        }
    }

    /** Whether {@code next} does not go on from {@code prev}: drawn well before it, far past it, or on another line. */
    static boolean apart(TextPosition prev, TextPosition next) {
        float size = Math.max(size(prev), size(next));
        float end = prev.getXDirAdj() + prev.getWidthDirAdj();
        // back by more than a letter or two (not an accent or a circle drawn over the letter before), unless the
        // letters are Hebrew or Arabic, drawn from the right; off by more than a raised note mark
        boolean back = next.getXDirAdj() < end - size && !rightToLeft(prev) && !rightToLeft(next);
        return back || next.getXDirAdj() - end > GAP * size
                || Math.abs(next.getYDirAdj() - prev.getYDirAdj()) > 0.8f * size;
    }

    /** Whether a letter is of a script written from the right (Hebrew, Arabic, Syriac, Thaana…). */
    private static boolean rightToLeft(TextPosition p) {
        String u = p.getUnicode();
        if (u == null || u.isEmpty()) {
            return false;
        }
        byte d = Character.getDirectionality(u.codePointAt(0));
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private void word(List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        Map<Float, Integer> bySize = new HashMap<>();
        for (TextPosition p : positions) {
            if (!blank(p.getUnicode())) {
                bySize.merge(size(p), p.getUnicode().length(), Integer::sum);
            }
        }
        if (bySize.isEmpty()) {
            return;
        }
        float size = bySize.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        TextPosition main = positions.stream().filter(p -> size(p) == size).findFirst().orElseThrow();
        float baseline = main.getYDirAdj();
        List<Span> spans = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        String href = null;
        int bold = 0;
        int letters = 0;
        boolean marked = false;
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            boolean raised = size(p) < size * 0.8f && p.getYDirAdj() < baseline - size * 0.2f;
            if (raised && u.codePoints().allMatch(c -> Character.isDigit(c) || "*†‡§,".indexOf(c) >= 0)) {
                marked |= sb.toString().isBlank() && spans.isEmpty();
                continue;
            }
            String at = link(p);
            if (!java.util.Objects.equals(at, href) && !blank(u)) {
                if (sb.length() > 0) {
                    spans.add(new Span(sb.toString(), href));
                }
                sb.setLength(0);
                href = at;
            }
            sb.append(u);
            if (!blank(u)) {
                letters++;
                bold += bold(p.getFont()) ? 1 : 0;
            }
        }
        if (sb.length() > 0) {
            spans.add(new Span(sb.toString(), href));
        }
        if (letters == 0) {
            return;
        }
        TextPosition last = positions.get(positions.size() - 1);
        float x0 = positions.get(0).getXDirAdj();
        float x1 = Math.max(x0, last.getXDirAdj() + last.getWidthDirAdj());
        words.add(new Word(x0, x1, baseline, size, spans, bold * 2 > letters, marked));
    }

    private static boolean space(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean blank(String s) {
        return s.codePoints().allMatch(PdfLines::space);
    }

    /** The address of the link over a letter, or null. */
    private String link(TextPosition p) {
        float x = p.getXDirAdj() + p.getWidthDirAdj() / 2;
        float y = p.getYDirAdj() - Math.abs(p.getYScale()) / 3;
        for (Area a : areas) {
            if (a.holds(x, y)) {
                return a.href();
            }
        }
        return null;
    }

    /** The size a letter is drawn at on the page, to a tenth of a point. */
    private static float size(TextPosition p) {
        float s = Math.abs(p.getYScale());
        if (s < 0.5f) {
            s = Math.abs(p.getFontSizeInPt());
        }
        return Math.round(s * 10) / 10f;
    }

    private static boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
            return true;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold");
    }

    /** Words on one baseline are one line; a wide gap cuts a line in runs. */
    private static List<PdfLine> lines(int page, List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::x0));
        List<PdfLine> out = new ArrayList<>();
        List<Word> row = new ArrayList<>();
        for (Word w : sorted) {
            if (!row.isEmpty() && Math.abs(w.baseline() - row.get(0).baseline())
                    > 0.35f * Math.min(w.size(), row.get(0).size())) {
                runs(page, row, out);
                row = new ArrayList<>();
            }
            row.add(w);
        }
        runs(page, row, out);
        return out;
    }

    private static void runs(int page, List<Word> row, List<PdfLine> out) {
        if (row.isEmpty()) {
            return;
        }
        row.sort(Comparator.comparingDouble(Word::x0));
        List<Word> run = new ArrayList<>();
        List<Word> over = new ArrayList<>();
        for (Word w : row) {
            if (!run.isEmpty() && w.x0() < run.get(run.size() - 1).x1() - 0.3f * w.size()) {
                // drawn over the word before (a banner or a sticky bar over the article): a line of its own
                over.add(w);
                continue;
            }
            if (!run.isEmpty()) {
                Word prev = run.get(run.size() - 1);
                if (w.x0() - prev.x1() > GAP * Math.max(w.size(), prev.size())) {
                    out.add(line(page, run));
                    run = new ArrayList<>();
                }
            }
            run.add(w);
        }
        out.add(line(page, run));
        runs(page, over, out);
    }

    private static PdfLine line(int page, List<Word> run) {
        StringBuilder text = new StringBuilder();
        List<PdfLine.Link> links = new ArrayList<>();
        Map<Float, Integer> bySize = new HashMap<>();
        int bold = 0;
        int all = 0;
        float x1 = 0;
        for (Word w : run) {
            append(text, " ", null, links);
            w.spans().forEach(s -> append(text, s.text(), s.href(), links));
            int n = w.text().strip().length();
            bySize.merge(w.size(), n, Integer::sum);
            bold += w.bold() ? n : 0;
            all += n;
            x1 = Math.max(x1, w.x1());
        }
        float size = bySize.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        Word first = run.get(0);
        float baseline = run.stream().filter(w -> w.size() == size).findFirst().orElse(first).baseline();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int cut = end;
        List<PdfLine.Link> kept = links.stream().filter(l -> l.start() < cut)
                .map(l -> new PdfLine.Link(l.start(), Math.min(l.end(), cut), l.href())).toList();
        return new PdfLine(page, first.x0(), x1, baseline, size, text.substring(0, end), bold * 2 > all, first.marked(),
                kept);
    }

    /** Appends {@code s} with its runs of spaces made one, none at the start; a link over it when {@code href}. */
    private static void append(StringBuilder text, String s, String href, List<PdfLine.Link> links) {
        int start = text.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (space(c)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
        if (href != null && text.length() > start) {
            PdfLine.Link last = links.isEmpty() ? null : links.get(links.size() - 1);
            if (last != null && last.href().equals(href) && last.end() >= start - 1) {
                links.set(links.size() - 1, new PdfLine.Link(last.start(), text.length(), href));
            } else {
                links.add(new PdfLine.Link(start, text.length(), href));
            }
        }
    }
}
