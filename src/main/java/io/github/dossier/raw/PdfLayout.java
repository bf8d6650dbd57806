package io.github.dossier.raw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PDF's lines in reading order, without what the page prints around the text, and its notes apart.
 *
 * <p>Left out: a page's furniture. Lines printed at the same place on most pages (running heads and feet); in the
 * page's top and bottom margins, page numbers ("3", "3/12", "Page 3 of 12", "- 3 -": figures with at most two
 * short words), an address alone (a browser's print footer, kept as where the page was printed from), and a line
 * that repeats the document's title (a browser's print header, with its date).
 *
 * <p>Notes: the lines at a page's foot in a smaller print than the body whose first line opens with a mark (a
 * figure, a sign, a raised figure), read apart from the body.
 *
 * <p>Reading order: a recursive XY cut. A region of a page splits first at its gutters (a band no line crosses from
 * the region's top to its bottom: columns read left to right), else at its widest gap between lines (top to
 * bottom), until a region holds one line. A title over two columns reads first, then the left column, then the right.
 */
final class PdfLayout {

    /** The share of a page's height at its top and its bottom where heads, feet and page numbers stand. */
    private static final float MARGIN = 0.06f;
    /** A gutter is at least this many times the text's size wide. */
    private static final float GUTTER = 0.8f;
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern FIGURES = Pattern.compile("\\p{N}+");
    private static final Pattern NOTE_MARK = Pattern.compile("^(?:\\[?\\p{N}{1,3}[\\].)]?|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+)\\s*\\S.*");

    /**
     * What the layout found.
     *
     * @param body  the body's lines in reading order
     * @param notes the notes' lines, page by page
     * @param url   the address a print footer names, when one does
     */
    record Read(List<PdfLine> body, List<PdfLine> notes, Optional<String> url) {
    }

    private PdfLayout() {
    }

    /** The lines of {@code pages} (each page's height in {@code heights}) in reading order; {@code title} may be "". */
    static Read read(List<List<PdfLine>> pages, List<Float> heights, String title, float bodySize) {
        Set<String> repeated = repeated(pages);
        List<PdfLine> body = new ArrayList<>();
        List<PdfLine> notes = new ArrayList<>();
        String url = null;
        String titleKey = key(title);
        for (int p = 0; p < pages.size(); p++) {
            float h = heights.get(p);
            List<PdfLine> kept = new ArrayList<>();
            List<Float> headRows = new ArrayList<>();
            for (PdfLine l : pages.get(p)) {
                boolean margin = l.baseline() < h * MARGIN || l.top() > h * (1 - MARGIN);
                if (margin && l.baseline() < h * MARGIN && titleKey.length() >= 8 && echoes(key(l.text()), titleKey)) {
                    headRows.add(l.baseline());
                }
            }
            for (PdfLine l : pages.get(p)) {
                boolean margin = l.baseline() < h * MARGIN || l.top() > h * (1 - MARGIN);
                if (repeated.contains(place(l)) || margin && (pageNumber(l.text()) || onRow(l, headRows))) {
                    continue;
                }
                if (margin && ADDRESS.matcher(l.text()).matches()) {
                    url = url == null ? l.text() : url;
                    continue;
                }
                kept.add(l);
            }
            List<PdfLine> foot = notes(kept, bodySize);
            notes.addAll(foot);
            kept.removeAll(foot);
            body.addAll(order(kept));
        }
        return new Read(body, notes, Optional.ofNullable(url));
    }

    private static boolean onRow(PdfLine l, List<Float> rows) {
        return rows.stream().anyMatch(b -> Math.abs(b - l.baseline()) < l.size() * 0.35f);
    }

    /** Whether a head's text and the title are the same, or one the start of the other (a head cut with "…"). */
    private static boolean echoes(String head, String title) {
        if (head.length() < 8) {
            return false;
        }
        return head.equals(title) || title.startsWith(head) || head.contains(title);
    }

    /** Lowercase words joined by single spaces. */
    private static String key(String s) {
        StringBuilder sb = new StringBuilder();
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            sb.append(sb.length() == 0 ? "" : " ").append(m.group());
        }
        return sb.toString();
    }

    /** Figures with at most two short words: "3", "3/12", "Page 3 of 12", "Seite 3 von 12", "- iii -" is not. */
    static boolean pageNumber(String text) {
        if (text.length() > 24 || !FIGURES.matcher(text).find()) {
            return false;
        }
        var m = WORD.matcher(text);
        int words = 0;
        while (m.find()) {
            String w = m.group();
            if (!FIGURES.matcher(w).matches()) {
                if (w.length() > 6 || ++words > 2) {
                    return false;
                }
            }
        }
        return text.replaceAll("[\\p{L}\\p{N}\\s/|.:–—-]", "").isEmpty();
    }

    /** A line's text with its figures as '#' and its place on the page to 4 points. */
    private static String place(PdfLine l) {
        return FIGURES.matcher(key(l.text())).replaceAll("#") + "@" + Math.round(l.baseline() / 4) + "/"
                + Math.round(l.x0() / 8);
    }

    /** The places of lines printed at the same place on at least two pages and two in five of them. */
    private static Set<String> repeated(List<List<PdfLine>> pages) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (List<PdfLine> page : pages) {
            for (PdfLine l : page) {
                seen.computeIfAbsent(place(l), k -> new HashSet<>()).add(l.page());
            }
        }
        Set<String> out = new HashSet<>();
        int least = Math.max(2, (int) Math.ceil(pages.size() * 0.4));
        seen.forEach((k, v) -> {
            if (v.size() >= least && !k.startsWith("@")) {
                out.add(k);
            }
        });
        return out;
    }

    /**
     * The note lines at the foot of a page: from the bottom up, the lines in a print smaller than the body's, if the
     * topmost of them opens with a mark and the page has body text above.
     */
    private static List<PdfLine> notes(List<PdfLine> page, float bodySize) {
        List<PdfLine> byY = new ArrayList<>(page);
        byY.sort(Comparator.comparingDouble(PdfLine::baseline));
        int start = byY.size();
        while (start > 0 && byY.get(start - 1).size() < bodySize * 0.9f) {
            start--;
        }
        if (start == 0 || start == byY.size()) {
            return List.of();
        }
        // the topmost marked line of the small print opens the notes
        for (int i = start; i < byY.size(); i++) {
            PdfLine l = byY.get(i);
            if (l.marked() || NOTE_MARK.matcher(l.text()).matches() && !pageNumber(l.text())) {
                return List.copyOf(byY.subList(i, byY.size()));
            }
        }
        return List.of();
    }

    /** The lines of one page in reading order. */
    static List<PdfLine> order(List<PdfLine> lines) {
        List<PdfLine> out = new ArrayList<>();
        cut(lines, out);
        return out;
    }

    private static void cut(List<PdfLine> region, List<PdfLine> out) {
        if (region.size() <= 1) {
            out.addAll(region);
            return;
        }
        List<List<PdfLine>> columns = columns(region);
        if (columns.size() > 1) {
            columns.forEach(c -> cut(c, out));
            return;
        }
        List<PdfLine> byTop = new ArrayList<>(region);
        byTop.sort(Comparator.comparingDouble(PdfLine::top).thenComparingDouble(PdfLine::x0));
        float bottom = byTop.get(0).bottom();
        float widest = 0;
        int at = -1;
        for (int i = 1; i < byTop.size(); i++) {
            PdfLine l = byTop.get(i);
            float gap = l.top() - bottom;
            if (gap > widest) {
                widest = gap;
                at = i;
            }
            bottom = Math.max(bottom, l.bottom());
        }
        if (at < 0) {
            // lines that overlap from top to bottom: by baseline, then left to right
            byTop.sort(Comparator.comparingDouble(PdfLine::baseline).thenComparingDouble(PdfLine::x0));
            out.addAll(byTop);
            return;
        }
        cut(byTop.subList(0, at), out);
        cut(byTop.subList(at, byTop.size()), out);
    }

    /** The region's columns left to right: the bands between gutters no line crosses. */
    private static List<List<PdfLine>> columns(List<PdfLine> region) {
        List<PdfLine> byX = new ArrayList<>(region);
        byX.sort(Comparator.comparingDouble(PdfLine::x0));
        List<List<PdfLine>> out = new ArrayList<>();
        List<PdfLine> column = new ArrayList<>();
        float right = byX.get(0).x1();
        for (PdfLine l : byX) {
            if (!column.isEmpty() && l.x0() - right > GUTTER * Math.max(l.size(), column.get(0).size())) {
                out.add(column);
                column = new ArrayList<>();
            }
            column.add(l);
            right = Math.max(right, l.x1());
        }
        out.add(column);
        return out;
    }
}
