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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF's pages as PDFBox finds its words ({@link PDFTextStripper}, which sorts them by position), cut
 * where a wide gap parts two runs on the same baseline (a gutter between columns, a running head's date and title):
 * each run one {@link PdfLine}. Note marks (small figures raised above the line) are left out of the text. One
 * instance reads one document once: not thread-safe, made per call.
 */
final class PdfLines extends PDFTextStripper {

    /** A gap wider than this many times the text's size parts two runs: wider than any space between words. */
    private static final float GAP = 0.8f;

    /** A word as PDFBox hands it over. */
    private record Word(float x0, float x1, float baseline, float size, String text, boolean bold, boolean marked) {
    }

    private final List<List<PdfLine>> pages = new ArrayList<>();
    private final List<Float> heights = new ArrayList<>();
    private List<Word> words = new ArrayList<>();

    private PdfLines() {
        setSortByPosition(true);
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
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        heights.add(page.getCropBox().getHeight());
        pages.add(lines(pages.size(), words));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (positions.isEmpty()) {
            return;
        }
        Map<Float, Integer> bySize = new HashMap<>();
        for (TextPosition p : positions) {
            if (!p.getUnicode().isBlank()) {
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
        StringBuilder sb = new StringBuilder();
        int bold = 0;
        int letters = 0;
        boolean marked = false;
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            boolean raised = size(p) < size * 0.8f && p.getYDirAdj() < baseline - size * 0.2f;
            if (raised && u.codePoints().allMatch(c -> Character.isDigit(c) || "*†‡§,".indexOf(c) >= 0)) {
                marked |= sb.toString().isBlank();
                continue;
            }
            sb.append(u);
            if (!u.isBlank()) {
                letters++;
                bold += bold(p.getFont()) ? 1 : 0;
            }
        }
        String t = sb.toString();
        if (t.isBlank()) {
            return;
        }
        TextPosition last = positions.get(positions.size() - 1);
        float x0 = positions.get(0).getXDirAdj();
        float x1 = Math.max(x0, last.getXDirAdj() + last.getWidthDirAdj());
        words.add(new Word(x0, x1, baseline, size, t, bold * 2 > letters, marked));
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
        for (Word w : row) {
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
    }

    private static PdfLine line(int page, List<Word> run) {
        StringBuilder text = new StringBuilder();
        Map<Float, Integer> bySize = new HashMap<>();
        int bold = 0;
        int all = 0;
        float x1 = 0;
        for (Word w : run) {
            if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))
                    && !Character.isWhitespace(w.text().charAt(0))) {
                text.append(' ');
            }
            text.append(w.text());
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
        return new PdfLine(page, first.x0(), x1, baseline, size, text.toString().strip().replaceAll("\\s+", " "),
                bold * 2 > all, first.marked());
    }
}
