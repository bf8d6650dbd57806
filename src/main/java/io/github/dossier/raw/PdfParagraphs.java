package io.github.dossier.raw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PDF's lines in reading order made paragraphs and headings.
 *
 * <p>A line goes on its paragraph unless the print changes size, the space above it is wider than the lines of its
 * size are usually set apart, it is indented or the line before ends short on a full stop, or it stands higher than
 * the line before (a new column or page) and the line before ended a sentence. A paragraph clearly larger than the
 * body is a heading: the first in the largest print of the first pages is the title ({@code h1}), the others
 * {@code h2}; a short bold paragraph of body size is an {@code h3}.
 *
 * <p>A word cut at a line's end is joined ("Zusammen-" "arbeit" reads "Zusammenarbeit") unless the line after opens
 * with a capital ("US-" "China"), the document writes the word with its hyphen elsewhere and never without, or the
 * PDF is a browser's print, whose lines break only at hyphens the page wrote, and the document never writes the
 * word joined. Stateless.
 */
final class PdfParagraphs {

    /**
     * A heading or a paragraph: its tag ({@code h1}, {@code h2}, {@code h3}, {@code p}), its text and links, and
     * where its first line stands (page, left edge).
     */
    record Block(String tag, String text, List<PdfLine.Link> links, int page, float x0) {

        Block {
            links = List.copyOf(links);
        }

        Block withTag(String other) {
            return new Block(other, text, links, page, x0);
        }
    }

    /** A line at least this long is a line of prose, not a menu item. */
    private static final int PROSE = 40;
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;\"”’»)]$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}-]*");
    private static final Pattern NOTE_MARK = Pattern.compile("^(?:\\[?\\p{N}{1,3}[\\].)]?|[*†‡§]+)\\s+\\S.*");

    private PdfParagraphs() {
    }

    /**
     * The size most of the text is printed in, the body's: counted in lines of prose length, so that the short
     * items of a long menu do not outweigh the article.
     */
    static float bodySize(List<List<PdfLine>> pages) {
        Map<Float, Integer> chars = new HashMap<>();
        pages.forEach(p -> p.forEach(l -> chars.merge(l.size(), l.text().length() >= PROSE ? l.text().length() : 1,
                Integer::sum)));
        return chars.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(10f);
    }

    /** The body's blocks. */
    static List<Block> body(List<PdfLine> lines, float bodySize, boolean browser) {
        Set<String> words = words(lines);
        Map<Float, Float> pitch = pitches(lines);
        Map<PdfLine, Float> right = rightEdges(lines);
        float largest = 0;
        int firstPage = lines.isEmpty() ? 0 : lines.get(0).page();
        for (PdfLine l : lines) {
            if (l.page() <= firstPage + 1) {
                largest = Math.max(largest, l.size());
            }
        }
        List<Block> out = new ArrayList<>();
        List<PdfLine> para = new ArrayList<>();
        boolean titled = false;
        for (PdfLine l : lines) {
            if (!para.isEmpty() && breaks(para, l, pitch, right)) {
                titled |= add(out, para, bodySize, largest, titled, words, browser);
                para = new ArrayList<>();
            }
            para.add(l);
        }
        add(out, para, bodySize, largest, titled, words, browser);
        return out;
    }

    /** The notes, each from its mark to the next. */
    static List<Block> notes(List<PdfLine> lines, boolean browser) {
        Set<String> words = words(lines);
        List<Block> out = new ArrayList<>();
        List<PdfLine> note = new ArrayList<>();
        for (PdfLine l : lines) {
            if (!note.isEmpty() && (l.marked() || NOTE_MARK.matcher(l.text()).matches()
                    || l.page() != note.get(0).page() && ENDS_SENTENCE.matcher(last(note).text()).matches())) {
                out.add(block("p", note, words, browser));
                note = new ArrayList<>();
            }
            note.add(l);
        }
        if (!note.isEmpty()) {
            out.add(block("p", note, words, browser));
        }
        return out;
    }

    private static PdfLine last(List<PdfLine> lines) {
        return lines.get(lines.size() - 1);
    }

    /** Whether {@code next} opens a new paragraph after {@code para}; {@code right}: where each line's column ends. */
    private static boolean breaks(List<PdfLine> para, PdfLine next, Map<Float, Float> pitch, Map<PdfLine, Float> right) {
        PdfLine prev = last(para);
        if (Math.abs(next.size() - prev.size()) > Math.max(0.3f, prev.size() * 0.06f) || next.bold() != prev.bold()
                && (next.size() > prev.size() || para.size() == 1)) {
            return true;
        }
        boolean sentence = ENDS_SENTENCE.matcher(prev.text()).matches();
        if (next.page() != prev.page() || next.baseline() <= prev.baseline()) {
            // a new column or page: the paragraph goes on where a sentence does
            return sentence || !Character.isLowerCase(next.text().codePointAt(0)) && !prev.text().endsWith("-");
        }
        float usual = pitch.getOrDefault(prev.size(), prev.size() * 1.6f);
        if (next.baseline() - prev.baseline() > usual * 1.25f + 0.5f) {
            return true;
        }
        if (Math.abs(next.x0() - prev.x0()) > prev.size() * 2.5f) {
            return true;
        }
        float left = (float) para.stream().mapToDouble(PdfLine::x0).min().orElse(prev.x0());
        if (sentence && next.x0() > left + prev.size() * 0.8f) {
            return true;
        }
        // a line is cut where the next word does not fit: when it would have, the line ended there
        return prev.x1() + firstWord(next) + prev.size() * 0.5f < right.getOrDefault(prev, prev.x1());
    }

    /** The width of a line's first word, about. */
    private static float firstWord(PdfLine l) {
        int end = l.text().indexOf(' ');
        int n = end < 0 ? l.text().length() : end;
        return (l.x1() - l.x0()) * n / Math.max(1, l.text().length());
    }

    /**
     * Where each line's column ends, about: the rightmost end of the lines of its page, size and left edge (a
     * paragraph's first lines reach it), or of the line itself.
     */
    private static Map<PdfLine, Float> rightEdges(List<PdfLine> lines) {
        Map<String, Float> edge = new HashMap<>();
        for (PdfLine l : lines) {
            edge.merge(column(l), l.x1(), Math::max);
        }
        Map<PdfLine, Float> out = new java.util.IdentityHashMap<>();
        lines.forEach(l -> out.put(l, edge.get(column(l))));
        return out;
    }

    private static String column(PdfLine l) {
        return l.page() + "/" + l.size() + "/" + Math.round(l.x0() / 2);
    }

    /** The usual distance between the baselines of two lines of a size, one under the other. */
    private static Map<Float, Float> pitches(List<PdfLine> lines) {
        Map<Float, Map<Float, Integer>> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1);
            PdfLine b = lines.get(i);
            float d = b.baseline() - a.baseline();
            if (a.page() == b.page() && a.size() == b.size() && Math.abs(a.x0() - b.x0()) < 2 && d > 0
                    && d < a.size() * 3) {
                seen.computeIfAbsent(a.size(), k -> new HashMap<>()).merge(Math.round(d * 2) / 2f, 1, Integer::sum);
            }
        }
        Map<Float, Float> out = new HashMap<>();
        seen.forEach((size, ds) -> ds.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).ifPresent(e -> out.put(size, e.getKey())));
        return out;
    }

    /** Adds the paragraph as a block; whether it was the title. */
    private static boolean add(List<Block> out, List<PdfLine> para, float bodySize, float largest, boolean titled,
            Set<String> words, boolean browser) {
        if (para.isEmpty()) {
            return false;
        }
        Block joined = block("p", para, words, browser);
        String text = joined.text();
        float size = para.get(0).size();
        int count = text.split("\\s+").length;
        boolean title = false;
        String tag = "p";
        if (size >= bodySize * 1.15f && count <= 40) {
            title = !titled && size >= largest - 0.5f && para.get(0).page() <= 1;
            tag = title ? "h1" : "h2";
        } else if (para.get(0).bold() && Math.abs(size - bodySize) < 1 && count <= 12
                && !ENDS_SENTENCE.matcher(text).matches()) {
            tag = "h3";
        }
        out.add(joined.withTag(tag));
        return title;
    }

    /** The lines' text as one block, words cut at a line's end joined, with their links. */
    static Block block(String tag, List<PdfLine> lines, Set<String> words, boolean browser) {
        StringBuilder sb = new StringBuilder();
        List<PdfLine.Link> links = new ArrayList<>();
        for (PdfLine line : lines) {
            PdfLine l = withoutSoftHyphens(line);
            String t = l.text();
            if (sb.length() > 0) {
                int end = sb.length() - 1;
                char c = sb.charAt(end);
                boolean cut = (c == '-' || c == '\u2010' || c == '\u00AD') && end > 0
                        && Character.isLetter(sb.charAt(end - 1)) && Character.isLetter(t.codePointAt(0));
                if (!cut) {
                    if (!(ideographic(sb.codePointBefore(sb.length())) && ideographic(t.codePointAt(0)))) {
                        sb.append(' ');
                    }
                } else if (c == '\u00AD' || !keepsHyphen(head(sb, end), t, words, browser)) {
                    sb.setLength(end);
                    int at = end;
                    links.replaceAll(k -> k.end() > at ? new PdfLine.Link(k.start(), at, k.href()) : k);
                } else if (c != '-') {
                    sb.setCharAt(end, '-');
                }
            }
            int offset = sb.length();
            sb.append(t);
            l.links().forEach(k -> links.add(k.shifted(offset)));
        }
        return new Block(tag, sb.toString(), links.stream().filter(k -> k.end() > k.start()).toList(),
                lines.get(0).page(), lines.get(0).x0());
    }

    /** The line without the soft hyphens within it (one at its end says a word is cut there). */
    private static PdfLine withoutSoftHyphens(PdfLine l) {
        String t = l.text();
        int soft = t.indexOf('\u00AD');
        if (soft < 0 || soft == t.length() - 1) {
            return l;
        }
        int[] at = new int[t.length() + 1];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            at[i] = sb.length();
            if (t.charAt(i) != '\u00AD' || i == t.length() - 1) {
                sb.append(t.charAt(i));
            }
        }
        at[t.length()] = sb.length();
        return new PdfLine(l.page(), l.x0(), l.x1(), l.baseline(), l.size(), sb.toString(), l.bold(), l.marked(),
                l.links().stream().map(k -> new PdfLine.Link(at[k.start()], at[k.end()], k.href())).toList());
    }

    /** Whether a letter is of a script written without spaces between words (Han, kana). */
    private static boolean ideographic(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /** The word before the hyphen at {@code end}. */
    private static String head(StringBuilder sb, int end) {
        int i = end;
        while (i > 0 && !Character.isWhitespace(sb.charAt(i - 1))) {
            i--;
        }
        return sb.substring(i, end);
    }

    private static boolean keepsHyphen(String head, String tail, Set<String> words, boolean browser) {
        if (Character.isUpperCase(tail.codePointAt(0))) {
            return true;
        }
        var m = TOKEN.matcher(tail);
        String rest = m.lookingAt() ? m.group() : tail;
        String h = head.replaceAll("^[^\\p{L}\\p{N}]+", "").toLowerCase(Locale.ROOT);
        String r = rest.toLowerCase(Locale.ROOT);
        if (words.contains(h + r)) {
            return false;
        }
        return words.contains(h + "-" + r) || browser;
    }

    /** The words of the lines, lower case, as written within lines (not across their ends). */
    private static Set<String> words(List<PdfLine> lines) {
        Set<String> out = new HashSet<>();
        for (PdfLine l : lines) {
            var m = TOKEN.matcher(l.text());
            while (m.find()) {
                String w = m.group();
                if (!(m.end() == l.text().length() && w.endsWith("-"))) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
