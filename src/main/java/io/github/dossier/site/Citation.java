package io.github.dossier.site;

import io.github.dossier.brief.Brief;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A brief as a reference: a formatted citation for reading, and BibTeX, RIS and CSL-JSON for reference managers
 * (Zotero, Mendeley, EndNote). The article is cited as what it is — a newspaper article by its authors in its
 * publication — with the brief's page as where it was read. An organisation signing as the author ("Reuters") is
 * one literal name: never inverted, a CSL {@code literal}, a braced BibTeX name.
 */
final class Citation {

    /** The files a brief's citation is written to, in the order {@link #bibtex}, {@link #ris}, {@link #cslJson}. */
    static final List<String> EXTENSIONS = List.of("bib", "ris", "csl.json");

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Brief brief;
    private final String url;
    private final String key;
    private final java.util.function.Predicate<String> organisation;

    Citation(Brief brief, String url) {
        this(brief, url, a -> false);
    }

    /** {@code organisation} tells which authors are organisations, not people. */
    Citation(Brief brief, String url, java.util.function.Predicate<String> organisation) {
        this.brief = brief;
        this.url = url;
        this.organisation = organisation;
        String first = brief.authors().isEmpty() ? brief.publication().orElse("anon")
                : family(brief.authors().get(0));
        this.key = (first.replaceAll("[^A-Za-z0-9]", "") + brief.published().map(d -> String.valueOf(d.getYear())).orElse("nd")
                + "_" + brief.slug().replaceAll("[^a-z0-9]", "").substring(0, Math.min(12, brief.slug().replaceAll("[^a-z0-9]", "").length())))
                .toLowerCase(Locale.ROOT);
    }

    /** "Bochkov, Danil. “Title.” South China Morning Post, 20 December 2021." (Chicago-like, plain text). */
    String text() {
        StringBuilder sb = new StringBuilder();
        List<String> authors = brief.authors();
        for (int i = 0; i < authors.size(); i++) {
            String a = authors.get(i);
            if (i == 0) {
                sb.append(inverted(a));
            } else {
                sb.append(i == authors.size() - 1 ? " and " : ", ").append(a);
            }
        }
        if (!authors.isEmpty()) {
            sb.append(". ");
        }
        sb.append('“').append(brief.title().replaceAll("[.]$", "")).append(".”");
        brief.publication().ifPresent(p -> sb.append(' ').append(p).append(brief.published().isPresent() ? "," : "."));
        brief.published().ifPresent(d -> sb.append(' ').append(LONG.format(d)).append('.'));
        if (!url.isEmpty()) {
            sb.append(' ').append(url);
        }
        return sb.toString();
    }

    String bibtex() {
        StringBuilder sb = new StringBuilder("@article{").append(key).append(",\n");
        field(sb, "title", brief.title());
        if (!brief.authors().isEmpty()) {
            // An organisation in braces: "{Associated Press}" is one name, not "Press, Associated".
            field(sb, "author", String.join(" and ", brief.authors().stream()
                    .map(a -> organisation.test(a) ? "\u0000" + a + "\u0001" : a).toList()));
        }
        brief.publication().ifPresent(p -> field(sb, "journal", p));
        brief.published().ifPresent(d -> {
            field(sb, "year", String.valueOf(d.getYear()));
            field(sb, "month", d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            field(sb, "date", d.toString());
        });
        if (!url.isEmpty()) {
            field(sb, "url", url);
        }
        if (!brief.themes().isEmpty() || !brief.tags().isEmpty()) {
            List<String> keywords = new ArrayList<>(brief.themes());
            keywords.addAll(brief.tags());
            field(sb, "keywords", String.join(", ", keywords));
        }
        return sb.append("}\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        // Braces keep capitals; backslashes and braces in the value itself are escaped.
        String v = value.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#").replace("_", "\\_")
                .replace('\u0000', '{').replace('\u0001', '}');
        sb.append("  ").append(name).append(" = {").append(v).append("},\n");
    }

    String ris() {
        StringBuilder sb = new StringBuilder("TY  - NEWS\n");
        sb.append("TI  - ").append(oneLine(brief.title())).append('\n');
        brief.authors().forEach(a -> sb.append("AU  - ").append(inverted(a)).append('\n'));
        brief.publication().ifPresent(p -> sb.append("T2  - ").append(oneLine(p)).append('\n'));
        brief.published().ifPresent(d -> sb.append("DA  - ").append(d.toString().replace('-', '/')).append('\n')
                .append("PY  - ").append(d.getYear()).append('\n'));
        brief.section().ifPresent(s -> sb.append("SE  - ").append(oneLine(s)).append('\n'));
        brief.themes().forEach(t -> sb.append("KW  - ").append(oneLine(t)).append('\n'));
        brief.summary().stream().findFirst().ifPresent(s -> sb.append("AB  - ").append(oneLine(s)).append('\n'));
        if (!url.isEmpty()) {
            sb.append("UR  - ").append(url).append('\n');
        }
        return sb.append("ER  - \n").toString();
    }

    /** "Bochkov, Danil" for a person; an organisation's name as it is. */
    private String inverted(String author) {
        int space = author.lastIndexOf(' ');
        return organisation.test(author) || space <= 0 ? author
                : author.substring(space + 1) + ", " + author.substring(0, space);
    }

    /** The name a citation key starts with: a person's family name, an organisation's first word. */
    private String family(String author) {
        return organisation.test(author) ? author.split("\\s+")[0] : author.substring(author.lastIndexOf(' ') + 1);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    String cslJson() {
        StringBuilder sb = new StringBuilder("[\n  {\n");
        sb.append("    \"id\": ").append(Escape.json(key)).append(",\n");
        sb.append("    \"type\": \"article-newspaper\",\n");
        sb.append("    \"title\": ").append(Escape.json(brief.title())).append(",\n");
        if (!brief.authors().isEmpty()) {
            sb.append("    \"author\": [");
            for (int i = 0; i < brief.authors().size(); i++) {
                String a = brief.authors().get(i);
                int space = a.lastIndexOf(' ');
                sb.append(i == 0 ? "" : ", ");
                if (organisation.test(a)) {
                    sb.append("{\"literal\": ").append(Escape.json(a)).append('}');
                    continue;
                }
                sb.append("{\"family\": ").append(Escape.json(space > 0 ? a.substring(space + 1) : a));
                if (space > 0) {
                    sb.append(", \"given\": ").append(Escape.json(a.substring(0, space)));
                }
                sb.append('}');
            }
            sb.append("],\n");
        }
        brief.publication().ifPresent(p -> sb.append("    \"container-title\": ").append(Escape.json(p)).append(",\n"));
        brief.section().ifPresent(s -> sb.append("    \"section\": ").append(Escape.json(s)).append(",\n"));
        brief.published().ifPresent(d -> sb.append("    \"issued\": {\"date-parts\": [[").append(d.getYear()).append(", ")
                .append(d.getMonthValue()).append(", ").append(d.getDayOfMonth()).append("]]},\n"));
        brief.summary().stream().findFirst().ifPresent(s -> sb.append("    \"abstract\": ").append(Escape.json(s)).append(",\n"));
        if (!url.isEmpty()) {
            sb.append("    \"URL\": ").append(Escape.json(url)).append(",\n");
        }
        sb.append("    \"language\": \"en\"\n  }\n]\n");
        return sb.toString();
    }
}
