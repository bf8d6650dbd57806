package io.github.dossier.review;

import io.github.dossier.brief.Brief;
import io.github.dossier.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The review's checks of one brief against itself, its page and the corpus: missing fields, a date far from the
 * others or not the page's, a title with the site's name, a summary or paragraphs that are page furniture, a body much
 * shorter than the page or missing what the page has (its tables, its standfirst, what a colon announces), a language
 * not the page's, countries the article names in its own language that the brief lacks or names only inside other
 * names, and names the article gives that no list holds. Each kind of check is a class of its own ({@link FieldChecks},
 * {@link TitleChecks}, {@link SummaryChecks}, {@link BodyChecks}, {@link CountryChecks}, {@link UnlistedNames}); this
 * one runs them in turn and holds how their items are written. Thread-safe.
 */
final class BriefChecks {

    private final FieldChecks fields;
    private final TitleChecks title;
    private final SummaryChecks summary;
    private final BodyChecks body;
    private final CountryChecks countries;
    private final UnlistedNames unlisted;

    BriefChecks(Knowledge knowledge, CorpusContext corpus) {
        Furniture furniture = new Furniture(knowledge);
        this.fields = new FieldChecks(knowledge, corpus, furniture);
        this.title = new TitleChecks(knowledge);
        this.summary = new SummaryChecks(corpus, furniture);
        this.body = new BodyChecks(knowledge, corpus, furniture);
        this.countries = new CountryChecks(knowledge, corpus);
        this.unlisted = new UnlistedNames(knowledge, corpus);
    }

    /** The items about {@code b}, whose raw page says {@code page} of itself. */
    List<Item> check(Brief b, Page page) {
        List<Item> out = new ArrayList<>();
        Out o = new Out(b, out);
        fields.missing(b, page, o);
        fields.date(b, page, o);
        title.check(b, page, o);
        fields.authors(b, page, o);
        title.publicationFromTitle(b, page, o);
        summary.check(b, o);
        Set<String> furniture = body.check(b, page, o);
        fields.language(b, page, o);
        countries.check(b, page, furniture, o);
        unlisted.check(b, o);
        fields.furnitureInFields(b, page, o);
        return out;
    }

    /** Collects one brief's items. */
    record Out(Brief b, List<Item> items) {
        void add(Item.Check check, String field, double doubt, String problem, String fix) {
            items.add(new Item(check, b.slug(), b.title(), field, doubt, problem, fix, Optional.empty(),
                    List.of(b.slug())));
        }
    }

    /** {@code s} on one line, cut to {@code max} characters. */
    static String clip(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    static String quoted(String s) {
        return "“" + clip(s, 90) + "”";
    }

    /**
     * How a corrections line names {@code b}: by its raw file, which stays when a new title gives the brief another
     * slug; by its slug when it names none (a brief made by hand).
     */
    static String ref(Brief b) {
        return b.source().isEmpty() ? b.slug() : b.source();
    }

    static String edit(Brief b) {
        return "edit content/briefs/" + b.slug() + ".md (a brief edited by hand is yours from then on)";
    }

    static String host(String url) {
        return url.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("[/?#:].*$", "");
    }

    /** How often {@code name} stands in {@code text} as words of its own (a German genitive "s" allowed). */
    static int count(String text, String name) {
        int n = 0;
        int at = text.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            if (end < text.length() && text.charAt(end) == 's') {
                end++;
            }
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                n++;
            }
            at = text.indexOf(name, at + 1);
        }
        return n;
    }

    /** Whether {@code word} stands in {@code text} as a word of its own. */
    static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }
}
