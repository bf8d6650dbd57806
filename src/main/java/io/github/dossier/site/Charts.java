package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's visuals as static SVG, drawn at build time: no script is needed to see them, and each comes with a
 * text alternative (a table of the same numbers). Labels are escaped like any scraped text.
 */
final class Charts {

    private static final int CELL = 34;
    private static final int LABEL = 150;

    /** A chart: its SVG, a one-line description, and the table that says the same in text. */
    record Chart(String id, String title, String description, String svg, List<String> columns, List<Row> rows) {
    }

    /** One row of a chart's text alternative. */
    record Row(String label, List<Integer> values) {
    }

    private Charts() {
    }

    /** Which countries are discussed together: briefs naming both, for the most discussed countries. */
    static Chart coMentions(Corpus corpus, int limit) {
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
    static Chart themesByCountry(Corpus corpus, int countries) {
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

    /** Briefs by month of publication, when any brief states its date. */
    static Chart timeline(Corpus corpus) {
        TreeMap<YearMonth, Integer> months = new TreeMap<>();
        for (Brief b : corpus.briefs()) {
            b.published().ifPresent(d -> months.merge(YearMonth.from(d), 1, Integer::sum));
        }
        if (months.isEmpty()) {
            return null;
        }
        List<YearMonth> all = new ArrayList<>();
        for (YearMonth ym = months.firstKey(); !ym.isAfter(months.lastKey()); ym = ym.plusMonths(1)) {
            all.add(ym);
        }
        int max = months.values().stream().max(Integer::compare).orElse(1);
        int width = Math.max(320, all.size() * 24 + 40);
        int height = 180;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeline-title\" class=\"chart\">")
                .append("<title id=\"timeline-title\">Briefs by month</title>");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int v = months.getOrDefault(all.get(i), 0);
            int h = (int) Math.round(120.0 * v / max);
            int x = 30 + i * 24;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(140 - h).append("\" width=\"18\" height=\"")
                    .append(h).append("\" class=\"bar\"><title>").append(all.get(i)).append(": ").append(v)
                    .append("</title></rect>");
            if (all.size() <= 24 || i % Math.max(1, all.size() / 12) == 0) {
                svg.append("<text x=\"").append(x + 9).append("\" y=\"158\" class=\"tick\" text-anchor=\"middle\">")
                        .append(all.get(i).getMonthValue()).append("</text>");
            }
            if (v > 0) {
                rows.add(new Row(all.get(i).toString(), List.of(v)));
            }
        }
        svg.append("<text x=\"30\" y=\"176\" class=\"tick\">").append(all.get(0).getYear()).append("</text>");
        svg.append("</svg>");
        return new Chart("timeline", "Briefs by month", "How many briefs were published each month.",
                svg.toString(), List.of("Briefs"), rows);
    }

    private static Chart matrix(String id, String title, String description, List<String> rows, List<String> cols,
            int[][] m, int total) {
        int max = 1;
        for (int[] r : m) {
            for (int v : r) {
                max = Math.max(max, v);
            }
        }
        int width = LABEL + cols.size() * CELL + 10;
        int height = LABEL + rows.size() * CELL + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" class=\"chart\">")
                .append("<title id=\"").append(id).append("-title\">").append(Escape.xml(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Escape.xml(description)).append("</desc>");
        for (int j = 0; j < cols.size(); j++) {
            int x = LABEL + j * CELL + CELL / 2;
            svg.append("<text transform=\"translate(").append(x).append(',').append(LABEL - 6)
                    .append(") rotate(-50)\" class=\"label\">").append(Escape.xml(cols.get(j))).append("</text>");
        }
        List<Row> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int y = LABEL + i * CELL;
            svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + CELL / 2 + 4)
                    .append("\" text-anchor=\"end\" class=\"label\">").append(Escape.xml(rows.get(i))).append("</text>");
            List<Integer> values = new ArrayList<>();
            for (int j = 0; j < cols.size(); j++) {
                int v = m[i][j];
                values.add(v);
                double level = v == 0 ? 0 : 0.15 + 0.85 * v / max;
                svg.append("<rect x=\"").append(LABEL + j * CELL).append("\" y=\"").append(y).append("\" width=\"")
                        .append(CELL - 2).append("\" height=\"").append(CELL - 2).append("\" class=\"cell\" fill-opacity=\"")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", level)).append("\"><title>")
                        .append(Escape.xml(rows.get(i) + " × " + cols.get(j) + ": " + v)).append("</title></rect>");
                if (v > 0) {
                    svg.append("<text x=\"").append(LABEL + j * CELL + (CELL - 2) / 2).append("\" y=\"")
                            .append(y + CELL / 2 + 4).append("\" text-anchor=\"middle\" class=\"value")
                            .append(level > 0.55 ? " on-dark" : "").append("\">").append(v).append("</text>");
                }
            }
            table.add(new Row(rows.get(i), values));
        }
        svg.append("</svg>");
        return new Chart(id, title, description, svg.toString(), cols, table);
    }

    static Map<String, Object> model(Chart c) {
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
