package io.github.dossier.site.outputs;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.InputText;
import io.github.dossier.knowledge.Lexicon;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A brief as a reference: a formatted citation for reading, and BibTeX, RIS and CSL-JSON for reference managers.
 * The article is cited as what it is — a newspaper article by its authors in its publication, on its date, at its
 * original address ({@link Brief#url}), read on the day its page was saved ({@link Brief#accessed}), in its language
 * — never as the Dossier page it was read on, and never dated by the build. An organisation signing as the author
 * ("Reuters") is one literal name: never inverted, a CSL {@code literal}, a braced BibTeX name. A person's family name
 * keeps its particles, the lexicon's name particles before it ({@link Name}): "Ursula von der Leyen" is cited
 * "von der Leyen, Ursula" and "Edilson La Rosa" "La Rosa, Edilson", never "Rosa, Edilson La".
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

    /** The shipped lexicon's name particles, for a citation made without a project's lexicon. */
    private static final Set<String> SHIPPED_PARTICLES = Lexicon.shipped().lowerCase(Lexicon.NAME_PARTICLES);

    private final Brief brief;
    private final String key;
    private final Predicate<String> organisation;
    private final Set<String> particles;

    Citation(Brief brief) {
        this(brief, a -> false);
    }

    /** {@code organisation} tells which authors are organisations, not people; the shipped lexicon's particles. */
    public Citation(Brief brief, Predicate<String> organisation) {
        this(brief, SHIPPED_PARTICLES, organisation);
    }

    /**
     * {@code particles}, in lower case, are the words that may stand before a family name (the lexicon's {@link
     * Lexicon#NAME_PARTICLES}); {@code organisation} tells which authors are organisations, not people.
     */
    public Citation(Brief brief, Set<String> particles, Predicate<String> organisation) {
        this.brief = brief;
        this.organisation = organisation;
        this.particles = Set.copyOf(particles);
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
                    .map(a -> organisation.test(a) ? "{" + latex(a) + "}" : bibtexName(a)).toList()));
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
        brief.language().flatMap(Citation::langid).ifPresent(l -> field(sb, "langid", l));
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
     * would close the field. Every brace in a field is Dossier's own, and they pair. Two marks that TeX's fonts join
     * into one ({@link #LIGATURES}: "--" is an en dash, "''" a closing double quote) are kept apart by an empty group,
     * so that the text reads as it was written.
     *
     * <pre>{@code
     * latex("end}, note = {x")   // end\textbraceright{}, note = \textbraceleft{}x
     * latex("A.Word.A.Day --maudlin")   // A.Word.A.Day -{}-maudlin
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
            if (i + 1 < s.length() && LIGATURES.contains(s.substring(i, i + 2))) {
                out.append("{}");
            }
        }
        return out.toString();
    }

    /**
     * Pairs of marks TeX's fonts print as one character: dashes ("--", and "---" as two pairs), quotation marks ("``",
     * "''", ",,", "<<", ">>") and the inverted "!`" and "?`".
     */
    private static final Set<String> LIGATURES = Set.of("--", "``", "''", ",,", "<<", ">>", "!`", "?`");

    /**
     * A person's name as biblatex reads it, "von Last, First" ("von der Leyen, Ursula", "La Rosa, Edilson"), in LaTeX,
     * with a word "and" and a comma inside a part braced: BibTeX splits a list of names at every "and" outside braces
     * and a name's parts at its commas, and one name must stay one, in its parts. A family name that holds a word in
     * lower case, hyphens splitting words as BibTeX splits them ("al-Sharif", "Von der Leyen"), is braced whole, or
     * biblatex would take that word for a particle.
     */
    private String bibtexName(String author) {
        Name n = Name.of(author, particles);
        String family = namePart(n.family());
        if (java.util.Arrays.stream(n.family().split("[\\s~-]+")).anyMatch(w -> !w.isEmpty()
                && Character.isLowerCase(w.codePointAt(0)))) {
            family = "{" + family + "}";
        }
        String last = n.particle().isEmpty() ? family : namePart(n.particle()) + " " + family;
        return n.given().isEmpty() ? last : last + ", " + namePart(n.given());
    }

    /** Part of a person's name in LaTeX, its words "and" and its commas braced. */
    private static String namePart(String part) {
        return AND.matcher(latex(part)).replaceAll("{$1}").replace(",", "{,}");
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

    /**
     * biblatex's {@code langid} for a language: its English name in lower case, as babel and polyglossia name their
     * languages ("de" → german, "hr" → croatian), from the CLDR's names; none for a name that is not one plain word
     * ("Norwegian Bokmål").
     */
    private static Optional<String> langid(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
        return name.matches("[a-z]+") && !name.equals(language.toLowerCase(Locale.ROOT)) ? Optional.of(name)
                : Optional.empty();
    }

    /** RIS's "YYYY/MM/DD/" date. */
    private static String risDate(LocalDate d) {
        return d.toString().replace('-', '/') + "/";
    }

    /** "Bochkov, Danil", "von der Leyen, Ursula" for a person; an organisation's name as it is. */
    private String inverted(String author) {
        Name n = Name.of(author, particles);
        return organisation.test(author) || n.given().isEmpty() ? author : n.surname() + ", " + n.given();
    }

    /** The name a citation key starts with: a person's family name with its particles, an organisation's first word. */
    private String family(String author) {
        // Stripped first: a name that is only spaces splits into no words at all.
        return organisation.test(author) ? author.strip().split("\\s+")[0] : Name.of(author, particles).surname();
    }

    /**
     * A person's name as a citation divides it: CSL's given name, non-dropping particle and family name, biblatex's
     * First, von and Last. The family name is the last word with the particles before it ({@code particles}, the
     * lexicon's), but not a capitalised first word, a given name ("Van Morrison"); of those particles, the ones in
     * lower case up to the last of them are the particle ("von der", "de", "al"), and a capitalised one is the family
     * name's own first word, as it is cited and sorted.
     *
     * <pre>{@code
     * Ursula von der Leyen   → given Ursula, particle "von der", family Leyen
     * Edilson La Rosa        → given Edilson, family "La Rosa"
     * Jean de La Fontaine    → given Jean, particle "de", family "La Fontaine"
     * de Gaulle              → particle "de", family Gaulle
     * }</pre>
     */
    record Name(String given, String particle, String family) {

        static Name of(String name, Set<String> particles) {
            String[] w = name.strip().split("\\s+");
            int last = w.length - 1;
            if (last < 1) {
                return new Name("", "", name.strip());
            }
            int start = last;
            // A first word is a given name ("Van Morrison"), unless it is a particle in lower case ("de Gaulle").
            while (start > 0 && particles.contains(w[start - 1].toLowerCase(Locale.ROOT))
                    && (start > 1 || lowerCase(w[0]))) {
                start--;
            }
            int family = start;
            if (lowerCase(w[start])) {
                for (int i = start; i < last; i++) {
                    family = lowerCase(w[i]) ? i + 1 : family;
                }
            }
            return new Name(join(w, 0, start), join(w, start, family), join(w, family, w.length));
        }

        /** The particle and family name, as a citation puts them first: "von der Leyen". */
        String surname() {
            return particle.isEmpty() ? family : particle + " " + family;
        }

        private static boolean lowerCase(String word) {
            return Character.isLowerCase(word.codePointAt(0));
        }

        private static String join(String[] words, int from, int to) {
            return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
        }
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
                sb.append(i == 0 ? "" : ", ");
                if (organisation.test(a)) {
                    sb.append("{\"literal\": ").append(Escape.json(a)).append('}');
                    continue;
                }
                Name n = Name.of(a, particles);
                sb.append("{\"family\": ").append(Escape.json(n.family()));
                if (!n.given().isEmpty()) {
                    sb.append(", \"given\": ").append(Escape.json(n.given()));
                }
                if (!n.particle().isEmpty()) {
                    sb.append(", \"non-dropping-particle\": ").append(Escape.json(n.particle()));
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
