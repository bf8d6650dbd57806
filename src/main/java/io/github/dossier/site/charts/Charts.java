package io.github.dossier.site.charts;

import io.github.dossier.brief.Brief;
import io.github.dossier.site.model.Corpus;
import io.github.dossier.site.model.Term;
import io.github.dossier.site.model.TermKind;
import io.github.dossier.site.outputs.Escape;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's visuals as static SVG, drawn at build time: no script is needed to see them, and each comes with a
 * text alternative (a table of the same numbers). Labels are escaped like any scraped text.
 */
public final class Charts {

    private static final int CELL = 34;
    /** The font size of labels (the stylesheet's {@code .chart .label}), in SVG units. */
    private static final double FONT = 11;
    /** The longest label drawn whole, in characters; a longer one is cut with "…" (its whole text in the table). */
    private static final int LABEL_CHARS = 26;
    /** The angle column labels are drawn at. */
    private static final double SLANT = Math.toRadians(50);
    /** A timeline's widest drawing, in SVG units: past it, its bars are binned by quarter, then by year. */
    private static final int TIMELINE_WIDTH = 720;

    /** A chart: its SVG, a one-line description, and the table that says the same in text. */
    public record Chart(String id, String title, String description, String svg, List<String> columns, List<Row> rows) {
    }

    /** One row of a chart's text alternative. */
    public record Row(String label, List<Integer> values) {
    }

    private Charts() {
    }

    /** Which countries are discussed together: briefs naming both, for the most discussed countries. */
    public static Chart coMentions(Corpus corpus, int limit) {
        List<Term> countries = corpus.top(TermKind.COUNTRY, limit);
        List<String> names = countries.stream().map(Term::name).toList();
        int[][] m = new int[names.size()][names.size()];
        for (Brief b : corpus.briefs()) {
            for (int i = 0; i < names.size(); i++) {
                for (int j = 0; j < names.size(); j++) {
                    if (b.countries().contains(names.get(i)) && b.countries().contains(names.get(j))) {
                        m[i][j]++;
                    }
                }
            }
        }
        return matrix("co-mentions", "Countries discussed together",
                "How many briefs name both countries; the diagonal counts the briefs naming each country.",
                names, names, m, corpus.briefs().size());
    }

    /** Which themes are discussed about which countries. */
    public static Chart themesByCountry(Corpus corpus, int countries) {
        List<String> cols = corpus.top(TermKind.COUNTRY, countries).stream().map(Term::name).toList();
        List<String> rows = corpus.top(TermKind.THEME, 12).stream().map(Term::name).toList();
        int[][] m = new int[rows.size()][cols.size()];
        for (Brief b : corpus.briefs()) {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < cols.size(); j++) {
                    if (b.themes().contains(rows.get(i)) && b.countries().contains(cols.get(j))) {
                        m[i][j]++;
                    }
                }
            }
        }
        return matrix("themes-countries", "Themes by country",
                "How many briefs carry each theme and name each country.", rows, cols, m, corpus.briefs().size());
    }

    /** The earliest year a brief's date is drawn for: an earlier one is no article's (an empty field read as a date). */
    static final int FIRST_YEAR = 1800;

    /** How a timeline bins its briefs: by month while its span fits, else by quarter, else by year. */
    private enum Bin {
        MONTH(1, "month"), QUARTER(3, "quarter"), YEAR(12, "year");

        final int months;
        final String name;

        Bin(int months, String name) {
            this.months = months;
            this.name = name;
        }

        /** The first month of the bin holding {@code ym}. */
        YearMonth of(YearMonth ym) {
            return ym.withMonth(1 + (ym.getMonthValue() - 1) / months * months);
        }

        String label(YearMonth bin) {
            return switch (this) {
                case MONTH -> bin.toString();
                case QUARTER -> bin.getYear() + " Q" + (1 + (bin.getMonthValue() - 1) / 3);
                case YEAR -> String.valueOf(bin.getYear());
            };
        }
    }

    /**
     * Briefs by month of publication, when any brief states a plausible date (from {@value #FIRST_YEAR} on); by quarter
     * or by year when a monthly timeline would be wider than {@value #TIMELINE_WIDTH} units, so that a corpus spanning
     * decades is a readable chart, not a sliver.
     */
    public static Chart timeline(Corpus corpus) {
        TreeMap<YearMonth, Integer> months = new TreeMap<>();
        for (Brief b : corpus.briefs()) {
            b.published().filter(d -> d.getYear() >= FIRST_YEAR).ifPresent(d -> months.merge(YearMonth.from(d), 1, Integer::sum));
        }
        if (months.isEmpty()) {
            return null;
        }
        Bin bin = Bin.MONTH;
        for (Bin b : Bin.values()) {
            bin = b;
            if (span(b, months) * 24 + 40 <= TIMELINE_WIDTH) {
                break;
            }
        }
        TreeMap<YearMonth, Integer> bins = new TreeMap<>();
        Bin by = bin;
        months.forEach((ym, n) -> bins.merge(by.of(ym), n, Integer::sum));
        List<YearMonth> all = new ArrayList<>();
        for (YearMonth ym = bins.firstKey(); !ym.isAfter(bins.lastKey()); ym = ym.plusMonths(bin.months)) {
            all.add(ym);
        }
        int max = bins.values().stream().max(Integer::compare).orElse(1);
        // Bars as wide as fits: 18 units in a slot of 24 up to the widest timeline, narrower past it (years of a
        // century).
        double slot = Math.min(24, (TIMELINE_WIDTH - 40.0) / all.size());
        double bar = slot * 0.75;
        int width = (int) Math.ceil(Math.max(320, all.size() * slot + 40));
        int height = 184;
        String title = "Briefs by " + bin.name;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\"").append(leastWidth(width)).append(" role=\"img\" aria-labelledby=\"timeline-title\" class=\"chart\">")
                .append("<title id=\"timeline-title\">").append(title).append("</title>");
        // The scale: 0 at the bars' foot, the tallest bar's count above its top, and a rule there.
        svg.append("<line x1=\"28\" x2=\"").append(width - 4).append("\" y1=\"20\" y2=\"20\" class=\"rule\"/>")
                .append("<text x=\"2\" y=\"15\" class=\"tick\">").append(max).append("</text>")
                .append("<text x=\"26\" y=\"144\" class=\"tick\" text-anchor=\"end\">0</text>");
        List<Row> rows = new ArrayList<>();
        // A tick label every so many bars, as many as fit side by side.
        int tickChars = bin == Bin.MONTH ? 2 : bin == Bin.QUARTER ? 2 : 4;
        int every = Math.max(1, (int) Math.ceil((tickChars * FONT * 0.62 + 6) / slot));
        for (int i = 0; i < all.size(); i++) {
            YearMonth ym = all.get(i);
            int v = bins.getOrDefault(ym, 0);
            int h = (int) Math.round(120.0 * v / max);
            double x = 30 + i * slot;
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(140 - h).append("\" width=\"")
                    .append(num(bar)).append("\" height=\"").append(h).append("\" class=\"bar\"><title>")
                    .append(bin.label(ym)).append(": ").append(v).append("</title></rect>");
            if (i % every == 0) {
                String tick = switch (bin) {
                    case MONTH -> String.valueOf(ym.getMonthValue());
                    case QUARTER -> "Q" + (1 + (ym.getMonthValue() - 1) / 3);
                    case YEAR -> String.valueOf(ym.getYear());
                };
                svg.append("<text x=\"").append(num(x + bar / 2)).append("\" y=\"158\" class=\"tick\" text-anchor=\"middle\">")
                        .append(tick).append("</text>");
            }
            if (bin != Bin.YEAR && (i == 0 || ym.getMonthValue() <= bin.months)) {
                // The year under the first bar of each year (and under the first bar).
                svg.append("<text x=\"").append(num(x)).append("\" y=\"176\" class=\"tick\">").append(ym.getYear())
                        .append("</text>");
            }
            if (v > 0) {
                rows.add(new Row(bin.label(ym), List.of(v)));
            }
        }
        svg.append("</svg>");
        return new Chart("timeline", title, "How many briefs were published each " + bin.name + ".", svg.toString(),
                List.of("Briefs"), rows);
    }

    /**
     * The least width a chart {@code width} units wide is drawn at, as an attribute: as wide as keeps its
     * {@value #FONT}-unit labels at {@value #LEAST_LABEL_PX} CSS pixels or more as a reader sees them. A narrower
     * screen (a phone) scrolls the chart inside its frame rather than shrinking its labels.
     */
    static String leastWidth(int width) {
        return " style=\"min-width:" + (int) Math.ceil(width * LEAST_LABEL_PX / FONT) + "px\"";
    }

    /** The smallest a chart's label may be drawn, in CSS pixels. */
    static final double LEAST_LABEL_PX = 10.5;

    /** How many bins of {@code bin} the months from the first to the last take. */
    private static long span(Bin bin, TreeMap<YearMonth, Integer> months) {
        YearMonth first = bin.of(months.firstKey());
        YearMonth last = bin.of(months.lastKey());
        return (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) / bin.months + 1;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /**
     * About how wide {@code text} is drawn at {@link #FONT} in a sans-serif face, in SVG units: each character by
     * its class (narrow, wide, capital, digit), erring wide, so that a label measured to fit does fit.
     */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            double em;
            if ("iljtfrI.,:;'|!() ".indexOf(c) >= 0) {
                em = 0.36;
            } else if ("mwMW".indexOf(c) >= 0) {
                em = 0.95;
            } else if (Character.isUpperCase(c)) {
                em = 0.74;
            } else if (Character.isDigit(c)) {
                em = 0.64;
            } else if (Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                em = 1.0;
            } else {
                em = 0.62;
            }
            w += em * FONT;
        }
        return w * 1.05; // faces differ: a little room
    }

    /** A label as drawn: whole up to {@value #LABEL_CHARS} characters, else cut at a word with "…". */
    static String label(String text) {
        if (text.length() <= LABEL_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LABEL_CHARS - 1);
        return text.substring(0, cut > LABEL_CHARS / 2 ? cut : LABEL_CHARS - 1).strip() + "…";
    }

    private static Chart matrix(String id, String title, String description, List<String> rows, List<String> cols,
            int[][] m, int total) {
        int max = 1;
        for (int[] r : m) {
            for (int v : r) {
                max = Math.max(max, v);
            }
        }
        // Margins as wide as the longest label needs: row labels to the left, column labels slanted above.
        double rowLabels = rows.stream().mapToDouble(r -> width(label(r))).max().orElse(0);
        double colLabels = cols.stream().mapToDouble(c -> width(label(c))).max().orElse(0);
        int left = (int) Math.ceil(Math.max(rowLabels, colLabels * Math.cos(SLANT) - CELL / 2.0) + 12);
        int top = (int) Math.ceil(colLabels * Math.sin(SLANT) + FONT + 8);
        // A slanted column label reaches right of its column: the last ones may reach past the grid.
        double reach = 0;
        for (int j = 0; j < cols.size(); j++) {
            reach = Math.max(reach, j * CELL + CELL / 2.0 + width(label(cols.get(j))) * Math.cos(SLANT) + FONT);
        }
        int width = left + (int) Math.ceil(Math.max(cols.size() * CELL, reach)) + 10;
        int height = top + rows.size() * CELL + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\"").append(leastWidth(width)).append(" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" class=\"chart\">")
                .append("<title id=\"").append(id).append("-title\">").append(Escape.xml(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Escape.xml(description)).append("</desc>");
        for (int j = 0; j < cols.size(); j++) {
            int x = left + j * CELL + CELL / 2;
            svg.append("<text transform=\"translate(").append(x).append(',').append(top - 6)
                    .append(") rotate(-50)\" class=\"label\"><title>").append(Escape.xml(cols.get(j))).append("</title>")
                    .append(Escape.xml(label(cols.get(j)))).append("</text>");
        }
        List<Row> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int y = top + i * CELL;
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + CELL / 2 + 4)
                    .append("\" text-anchor=\"end\" class=\"label\"><title>").append(Escape.xml(rows.get(i)))
                    .append("</title>").append(Escape.xml(label(rows.get(i)))).append("</text>");
            List<Integer> values = new ArrayList<>();
            for (int j = 0; j < cols.size(); j++) {
                int v = m[i][j];
                values.add(v);
                double level = v == 0 ? 0 : 0.15 + 0.85 * v / max;
                svg.append("<rect x=\"").append(left + j * CELL).append("\" y=\"").append(y).append("\" width=\"")
                        .append(CELL - 2).append("\" height=\"").append(CELL - 2).append("\" class=\"cell\" fill-opacity=\"")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", level)).append("\"><title>")
                        .append(Escape.xml(rows.get(i) + " × " + cols.get(j) + ": " + v)).append("</title></rect>");
                if (v > 0) {
                    svg.append("<text x=\"").append(left + j * CELL + (CELL - 2) / 2).append("\" y=\"")
                            .append(y + CELL / 2 + 4).append("\" text-anchor=\"middle\" class=\"value")
                            .append(level > 0.55 ? " on-dark" : "").append("\">").append(v).append("</text>");
                }
            }
            table.add(new Row(rows.get(i), values));
        }
        svg.append("</svg>");
        return new Chart(id, title, description, svg.toString(), cols, table);
    }

    public static Map<String, Object> model(Chart c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("description", c.description());
        m.put("svg", c.svg());
        m.put("columns", c.columns());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row r : c.rows()) {
            rows.add(Map.of("label", r.label(), "values", r.values()));
        }
        m.put("rows", rows);
        return m;
    }
}
