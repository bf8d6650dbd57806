package io.github.dossier.site.outputs;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.InputText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A brief as a reference: a formatted citation for reading, and BibTeX, RIS and CSL-JSON for reference managers.
 * The article is cited as what it is — a newspaper article by its authors in its publication, on its date, at its
 * original address ({@link Brief#url}), read on the day its page was saved ({@link Brief#accessed}), in its language
 * — never as the Dossier page it was read on, and never dated by the build. An organisation signing as the author
 * ("Reuters") is one literal name: never inverted, a CSL {@code literal}, a braced BibTeX name.
 *
 * <ul>
 *   <li>BibTeX is biblatex's newspaper article, as Zotero writes it: {@code @article} with {@code entrysubtype =
 *       {newspaper}}, {@code journaltitle}, a full {@code date}, {@code urldate} and {@code langid}; capitals the
 *       title must keep ({@code MacBook}, {@code NASA}, proper names) are braced.</li>
 *   <li>RIS is written with the tags every reader maps the same way — {@code A1} authors, {@code T1}, {@code JF},
 *       a full {@code Y1} date, {@code UR}, and {@code Y2} for the day accessed — under {@code TY  - NEWS}: with
 *       the later spec's {@code AU}, a newspaper article's author reads as its "reporter" in CSL readers.</li>
 *   <li>CSL-JSON is an item list: {@code article-newspaper}, {@code container-title}, {@code issued},
 *       {@code accessed}, {@code URL}, {@code language}.</li>
 * </ul>
 */
public final class Citation {

    /** The files a brief's citation is written to, in the order {@link #bibtex}, {@link #ris}, {@link #cslJson}. */
    public static final List<String> EXTENSIONS = List.of("bib", "ris", "csl.json");

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** biblatex's {@code langid} for the languages briefs are told in; others are left out. */
    private static final Map<String, String> LANGID = Map.ofEntries(Map.entry("en", "english"),
            Map.entry("de", "german"), Map.entry("fr", "french"), Map.entry("es", "spanish"),
            Map.entry("it", "italian"), Map.entry("pt", "portuguese"), Map.entry("nl", "dutch"),
            Map.entry("pl", "polish"), Map.entry("ru", "russian"), Map.entry("sv", "swedish"),
            Map.entry("da", "danish"), Map.entry("no", "norwegian"), Map.entry("fi", "finnish"),
            Map.entry("cs", "czech"), Map.entry("hu", "hungarian"), Map.entry("tr", "turkish"),
            Map.entry("el", "greek"), Map.entry("ro", "romanian"), Map.entry("uk", "ukrainian"),
            Map.entry("ca", "catalan"), Map.entry("id", "indonesian"), Map.entry("ja", "japanese"),
            Map.entry("zh", "chinese"), Map.entry("ko", "korean"), Map.entry("ar", "arabic"));

    private final Brief brief;
    private final String key;
    private final java.util.function.Predicate<String> organisation;

    Citation(Brief brief) {
        this(brief, a -> false);
    }

    /** {@code organisation} tells which authors are organisations, not people. */
    public Citation(Brief brief, java.util.function.Predicate<String> organisation) {
        this.brief = brief;
        this.organisation = organisation;
        String first = brief.authors().isEmpty() ? brief.publication().orElse("anon")
                : family(brief.authors().get(0));
        String slug = brief.slug().replaceAll("[^a-z0-9]", "");
        this.key = (first.replaceAll("[^A-Za-z0-9]", "") + brief.published().map(d -> String.valueOf(d.getYear())).orElse("nd")
                + "_" + slug.substring(0, Math.min(12, slug.length()))).toLowerCase(Locale.ROOT);
    }

    /** The original article's address, when known: what every format cites. */
    private Optional<String> url() {
        return original(brief);
    }

    /**
     * A brief's original address as the site shows, links and cites it: a web page's ({@code http}, {@code https}, no
     * space, quote or angle bracket), without the user-info part of its authority. A browser goes to the host after
     * the last {@code @} before the path (WHATWG URL), so what comes before it only makes the address read as another
     * site's ({@code https://trusted.com@evil.example/} is evil.example's), or is a password; no article needs it.
     *
     * <pre>{@code
     * https://trusted.com@evil.example/a   → https://evil.example/a
     * }</pre>
     */
    public static Optional<String> original(Brief brief) {
        return brief.url().filter(u -> u.matches("(?i)https?://[^\\s\"'<>\\p{Cntrl}]+"))
                .map(u -> USER_INFO.matcher(u).replaceFirst("$1"));
    }

    /** The scheme, then the authority's user-info: up to its last "@" before the path ("/", or "\\" as browsers read it). */
    private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile("^(https?://)[^/\\\\?#]*@",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "Bochkov, Danil. “Title.” South China Morning Post, 20 December 2021. https://… (accessed 5 January 2022)."
     * (Chicago-like, plain text).
     */
    public String text() {
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
            // "Needleman, Sarah E." ends its own sentence.
            sb.append(sb.charAt(sb.length() - 1) == '.' ? " " : ". ");
        }
        // A title that ends in its own mark ("…Leasing?") takes no period after it.
        String title = brief.title().strip();
        sb.append('“').append(title.replaceAll("[.]$", "")).append(title.matches(".*[?!…]$") ? "”" : ".”");
        brief.publication().ifPresent(p -> sb.append(' ').append(p).append(brief.published().isPresent() ? "," : "."));
        brief.published().ifPresent(d -> sb.append(' ').append(LONG.format(d)).append('.'));
        url().ifPresent(u -> {
            sb.append(' ').append(u);
            brief.accessed().ifPresent(d -> sb.append(" (accessed ").append(LONG.format(d)).append(')'));
            sb.append('.');
        });
        return InputText.line(sb.toString());
    }

    public String bibtex() {
        StringBuilder sb = new StringBuilder("@article{").append(key).append(",\n");
        field(sb, "entrysubtype", "newspaper");
        if (!brief.authors().isEmpty()) {
            // "Family, Given" for a person; an organisation in braces: "{Associated Press}" is one name.
            field(sb, "author", String.join(" and ", brief.authors().stream()
                    .map(a -> organisation.test(a) ? "{" + latex(a) + "}" : personName(inverted(a))).toList()));
        }
        field(sb, "title", protectedCapitals(brief.title()));
        brief.publication().ifPresent(p -> field(sb, "journaltitle", latex(p)));
        brief.published().ifPresent(d -> field(sb, "date", d.toString()));
        url().ifPresent(u -> {
            // Verbatim, as biblatex reads a url (so "~" stays "~"): only what could close the field is encoded.
            field(sb, "url", URL_UNSAFE.matcher(u).replaceAll(m -> "%" + HexFormat.of().withUpperCase()
                    .toHexDigits((byte) m.group().charAt(0))));
            brief.accessed().ifPresent(d -> field(sb, "urldate", d.toString()));
        });
        brief.language().map(LANGID::get).ifPresent(l -> field(sb, "langid", l));
        if (!brief.themes().isEmpty() || !brief.tags().isEmpty()) {
            List<String> keywords = new ArrayList<>(brief.themes());
            keywords.addAll(brief.tags());
            field(sb, "keywords", latex(String.join(", ", keywords)));
        }
        return sb.append("}\n").toString();
    }

    /**
     * The title in LaTeX ({@link #latex}) with every word that holds a capital braced ({@code {MacBook}},
     * {@code {NASA}}, {@code {China}}), so that a style that lowers the case of titles keeps them; the first word's own
     * capital needs no brace.
     */
    static String protectedCapitals(String title) {
        StringBuilder out = new StringBuilder();
        String[] words = InputText.line(title).split("(?<=\\s)|(?=\\s)");
        boolean first = true;
        for (String w : words) {
            if (w.isBlank()) {
                out.append(w);
                continue;
            }
            boolean capital = w.codePoints().skip(first ? 1 : 0).anyMatch(Character::isUpperCase);
            out.append(capital ? "{" + latex(w) + "}" : latex(w));
            first = false;
        }
        return out.toString();
    }

    /**
     * Text as LaTeX for a BibTeX field: on one line, without controls ({@link InputText#line}), LaTeX's special
     * characters escaped, and a brace or backslash of the text written as a command whose own braces pair
     * ({@code \textbraceleft{}}): BibTeX counts every brace in a field, escaped or not, so a {@code \}} of the text
     * would close the field. Every brace in a field is Dossier's own, and they pair.
     *
     * <pre>{@code
     * latex("end}, note = {x")   // end\textbraceright{}, note = \textbraceleft{}x
     * }</pre>
     */
    static String latex(String text) {
        String s = InputText.line(text);
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A person's name in LaTeX, inverted or not, with a word "and" braced: BibTeX splits a list of names at every
     * "and" outside braces, and one name must stay one.
     */
    private static String personName(String name) {
        return AND.matcher(latex(name)).replaceAll("{$1}");
    }

    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("(?i)(?<=^|\\s)(and)(?=\\s|$)");
    /** What an address never holds as it is in a BibTeX url field: braces and backslashes, percent-encoded instead. */
    private static final java.util.regex.Pattern URL_UNSAFE = java.util.regex.Pattern.compile("[{}\\\\]");

    /** A field whose value is LaTeX already ({@link #latex}): its braces are Dossier's own. */
    private static void field(StringBuilder sb, String name, String latex) {
        sb.append("  ").append(name).append(" = {").append(latex).append("},\n");
    }

    public String ris() {
        StringBuilder sb = new StringBuilder("TY  - NEWS\n");
        sb.append("T1  - ").append(oneLine(brief.title())).append('\n');
        brief.authors().forEach(a -> sb.append("A1  - ").append(oneLine(inverted(a))).append('\n'));
        brief.publication().ifPresent(p -> sb.append("JF  - ").append(oneLine(p)).append('\n'));
        brief.published().ifPresent(d -> sb.append("Y1  - ").append(risDate(d)).append('\n'));
        brief.themes().forEach(t -> sb.append("KW  - ").append(oneLine(t)).append('\n'));
        brief.summary().stream().findFirst().ifPresent(s -> sb.append("N2  - ").append(oneLine(s)).append('\n'));
        url().ifPresent(u -> {
            sb.append("UR  - ").append(oneLine(u)).append('\n');
            brief.accessed().ifPresent(d -> sb.append("Y2  - ").append(risDate(d)).append('\n'));
        });
        return sb.append("ER  - \n").toString();
    }

    /** RIS's "YYYY/MM/DD/" date. */
    private static String risDate(LocalDate d) {
        return d.toString().replace('-', '/') + "/";
    }

    /** "Bochkov, Danil" for a person; an organisation's name as it is. */
    private String inverted(String author) {
        int space = author.lastIndexOf(' ');
        return organisation.test(author) || space <= 0 ? author
                : author.substring(space + 1) + ", " + author.substring(0, space);
    }

    /** The name a citation key starts with: a person's family name, an organisation's first word. */
    private String family(String author) {
        // Stripped first: a name that is only spaces splits into no words at all.
        return organisation.test(author) ? author.strip().split("\\s+")[0] : author.substring(author.lastIndexOf(' ') + 1);
    }

    /** A RIS value: one line, whatever the text held (a line break would start a tag, or a second record). */
    private static String oneLine(String s) {
        return InputText.line(s).replaceAll("\\s+", " ").strip();
    }

    public String cslJson() {
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
        brief.published().ifPresent(d -> sb.append("    \"issued\": ").append(cslDate(d)).append(",\n"));
        brief.summary().stream().findFirst().ifPresent(s -> sb.append("    \"abstract\": ").append(Escape.json(s)).append(",\n"));
        url().ifPresent(u -> {
            sb.append("    \"URL\": ").append(Escape.json(u)).append(",\n");
            brief.accessed().ifPresent(d -> sb.append("    \"accessed\": ").append(cslDate(d)).append(",\n"));
        });
        brief.language().ifPresent(l -> sb.append("    \"language\": ").append(Escape.json(l)).append(",\n"));
        // The last member without its comma.
        sb.setLength(sb.length() - 2);
        return sb.append("\n  }\n]\n").toString();
    }

    private static String cslDate(LocalDate d) {
        return "{\"date-parts\": [[" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + "]]}";
    }
}
