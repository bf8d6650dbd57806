package io.github.dossier.review;

import io.github.dossier.brief.Brief;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Boilerplate;
import io.github.dossier.knowledge.Knowledge;
import io.github.dossier.knowledge.Lexicon;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review's checks of one brief against itself, its page and the corpus: missing fields, a date far from the
 * others or not the page's, a title with the site's name, a summary or paragraphs that are page furniture, a body much
 * shorter than the page or missing what the page has (its tables, its standfirst, what a colon announces), a language
 * not the page's, countries the article names in its own language that the brief lacks or names only inside other
 * names, and names the article gives that no list holds. Thread-safe.
 */
final class BriefChecks {

    private static final Pattern CITATION_MARK = Pattern.compile("\\[\\d{1,3}\\]");
    /** A date as pages write it: 04.02.2022, 29/4/2022, 2022-02-04. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{N}])(\\d{1,2}[./]\\d{1,2}[./](\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})(?![\\p{N}])");
    private static final Pattern TIME = Pattern.compile("(?<![\\p{N}])\\d{1,2}[:.]\\d{2}(\\s*(uhr|h|am|pm))?(?![\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    /** A letter of one script inside a word of another, or the marks of text decoded wrongly: garbled text. */
    private static final Pattern GARBLED = Pattern.compile("\uFFFD|Ã[\\u0080-\\u00BF]|â€[\\u0080-\\u00BF™œ�]|"
            + "\\p{IsLatin}[\\p{IsNko}\\p{IsSyriac}\\p{IsThaana}\\p{IsSamaritan}\\p{IsMandaic}]|"
            + "[\\p{IsNko}\\p{IsSyriac}\\p{IsThaana}\\p{IsSamaritan}\\p{IsMandaic}]\\p{IsLatin}");
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Ll}\\p{M}’'-]+|\\p{Lu}{2,6})(?:\\s+(?:(?:von(?: der)?|van(?: der| den)?|de(?: la)?|al|bin|ibn|da|di|du|del|le)\\s+)?"
                    + "(\\p{Lu}[\\p{Ll}\\p{M}’'-]+|\\p{Lu}{2,6})){1,3}(?![\\p{L}\\p{N}])");
    /** A sentence that "ends" at a number and a full stop of one or two digits ("… bei Genf am 28."). */
    private static final Pattern ORDINAL_END = Pattern.compile("\\s\\d{1,2}\\.$");
    /** A colon with nothing after it but the sentence's end: what it announced (an address, a figure) was dropped. */
    private static final Pattern EMPTY_AFTER_COLON = Pattern.compile("\\p{L}\\s?[:：]\\s*[.;,]");
    /** A capitalised word and a connective right before a country's name ("Times of India"). */
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.’'-]*)\\s+(of|of the|de|du|des|di|del|der)\\s+$");
    /** A capitalised word or a year right after a country's name ("Nigerian Open", "Paris 2024"). */
    private static final Pattern NAME_AFTER = Pattern.compile("^(?:['’]s)?\\s+(\\p{Lu}[\\p{L}’'-]+|\\d{4})(?![\\p{L}\\p{N}])");
    /** A paragraph's Markdown mark: a heading's, a list item's, a quotation's. */
    private static final Pattern BLOCK_MARK = Pattern.compile("^(#{1,6}|[-*]|>|\\d+[.)])\\s+");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\d]{1,5}(?![\\p{L}\\p{N}])");
    private static final Set<String> ROMAN = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX",
            "XXI", "CEO", "USA", "US", "UK", "EU", "UN", "OK", "TV", "PDF", "FAQ", "URL", "PS", "CV", "DIY", "AM", "PM",
            "GMT", "UTC", "MEZ", "CET", "EST", "PST", "ET", "PT", "KW", "ID");

    private final Knowledge knowledge;
    private final Lexicon lexicon;
    private final Boilerplate boilerplate;
    private final Set<String> prompts;
    private final Set<String> credits;
    private final Set<String> titleLabels;
    private final Set<String> givenNames;
    /** Titles ("President", "Minister"): "U.S. President" is the country's, not a name holding it. */
    private final Set<String> titles;
    private final Review.Context corpus;

    BriefChecks(Knowledge knowledge, Review.Context corpus) {
        this.knowledge = knowledge;
        this.lexicon = knowledge.lexicon();
        this.boilerplate = knowledge.boilerplate();
        this.prompts = lexicon.lowerCase(Lexicon.PROMPT_WORDS);
        this.credits = lexicon.lowerCase(Lexicon.CREDIT_WORDS);
        this.titleLabels = lexicon.lowerCase(Lexicon.TITLE_LABELS);
        this.givenNames = lexicon.givenNames();
        Set<String> t = new java.util.HashSet<>();
        lexicon.titles().forEach(x -> t.add(x.toLowerCase(Locale.ROOT)));
        this.titles = Set.copyOf(t);
        this.corpus = corpus;
    }

    /** The items about {@code b}, whose raw page says {@code page} of itself. */
    List<Item> check(Brief b, Page page) {
        List<Item> out = new ArrayList<>();
        Out o = new Out(b, out);
        missing(b, page, o);
        date(b, page, o);
        title(b, page, o);
        authors(b, page, o);
        publicationFromTitle(b, page, o);
        summary(b, o);
        Set<String> furniture = body(b, page, o);
        language(b, page, o);
        countries(b, page, furniture, o);
        unlisted(b, o);
        fields(b, page, o);
        return out;
    }

    /** Collects one brief's items. */
    private record Out(Brief b, List<Item> items) {
        void add(Item.Check check, String field, double doubt, String problem, String fix) {
            items.add(new Item(check, b.slug(), b.title(), field, doubt, problem, fix, Optional.empty(),
                    List.of(b.slug())));
        }
    }

    private static String clip(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    private static String quoted(String s) {
        return "“" + clip(s, 90) + "”";
    }

    /**
     * How a corrections line names {@code b}: by its raw file, which stays when a new title gives the brief another
     * slug; by its slug when it names none (a brief made by hand).
     */
    private static String ref(Brief b) {
        return b.source().isEmpty() ? b.slug() : b.source();
    }

    private static String edit(Brief b) {
        return "edit content/briefs/" + b.slug() + ".md (a brief edited by hand is yours from then on)";
    }

    // ---- fields a brief lacks

    private void missing(Brief b, Page page, Out o) {
        if (b.authors().isEmpty()) {
            Optional<String> named = page.metaAuthors().stream().filter(a -> !a.isBlank()).findFirst();
            o.add(Item.Check.MISSING_AUTHOR, "authors", named.isPresent() ? 0.55 : 0.35,
                    "no author" + named.map(a -> "; the page's markup names " + quoted(a)).orElse(""),
                    io.github.dossier.review.Fix.brief(ref(b), "authors", List.of(named.orElse("Name of the author"))));
        }
        if (b.published().isEmpty()) {
            Optional<LocalDate> day = page.dates().stream().sorted().findFirst();
            o.add(Item.Check.MISSING_DATE, "published", day.isPresent() ? 0.55 : 0.3,
                    "no date" + day.map(d -> "; the page states " + d).orElse(""),
                    day.map(d -> Fix.brief(ref(b), "published", d)).orElse(Fix.brief(ref(b), "published", "YYYY-MM-DD")
                            .replace("\"YYYY-MM-DD\"", "YYYY-MM-DD")));
        }
        if (b.publication().isEmpty()) {
            Optional<String> site = page.siteName().or(() -> b.url().or(page::host).map(BriefChecks::host)
                    .map(h -> knowledge.publications().canonical(h)));
            o.add(Item.Check.MISSING_PUBLICATION, "publication", site.isPresent() ? 0.4 : 0.3,
                    "no publication" + site.map(s -> "; the page calls itself " + quoted(s)).orElse(""),
                    Fix.brief(ref(b), "publication", site.orElse("Name of the publication")));
        }
        if (b.summary().isEmpty() && b.words() >= 60) {
            o.add(Item.Check.SUMMARY_BROKEN, "summary", 0.45, "no summary" + page.description()
                    .map(d -> "; the page's own is " + quoted(d)).orElse(""),
                    Fix.brief(ref(b), "summary", List.of(page.description().orElse("…"))));
        }
        if (b.url().isEmpty()) {
            o.add(Item.Check.MISSING_URL, "url", 0.3, "no address of the original article: its citations cannot "
                    + "link it", Fix.brief(ref(b), "url", "https://…"));
        } else if (lexicon.lowerCase(Lexicon.ARCHIVE_HOSTS).stream().anyMatch(h -> host(b.url().get()).endsWith(h))) {
            String original = b.url().get().replaceFirst("(?i)^https?://[^/]+/(web/)?[0-9a-z_*]+/", "");
            o.add(Item.Check.MISSING_URL, "url", 0.4, "the address is an archive's copy, not the original: "
                    + quoted(b.url().get()), Fix.brief(ref(b), "url", original.matches("(?i)https?://.+") ? original
                    : "https://…"));
        }
    }

    static String host(String url) {
        return url.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("[/?#:].*$", "");
    }

    // ---- dates

    private void date(Brief b, Page page, Out o) {
        if (b.published().isEmpty()) {
            return;
        }
        LocalDate d = b.published().get();
        Optional<Map.Entry<String, Double>> farBy = corpus.farBy(d);
        Optional<String> far = farBy.map(Map.Entry::getKey);
        Optional<LocalDate> stated = page.dates().stream().filter(x -> !x.equals(d))
                .min(java.util.Comparator.comparingLong(x -> Math.abs(ChronoUnit.DAYS.between(x, d))));
        if (far.isPresent()) {
            // The farther outside, the surer: a forum's "16.10.19" read as 1907 is dozens of spreads out, an old post's
            // real 2005 two or three.
            o.add(Item.Check.DATE_IMPLAUSIBLE, "published", 0.55 + Math.min(0.35, 0.05 * farBy.get().getValue()),
                    "published " + d + ", " + far.get()
                    + stated.map(s -> "; the page states " + s).orElse(""),
                    Fix.brief(ref(b), "published", stated.orElse(null)));
            return;
        }
        if (page.modified().contains(d) && page.dates().stream().anyMatch(x -> x.isBefore(d))) {
            LocalDate first = page.dates().stream().filter(x -> x.isBefore(d)).min(LocalDate::compareTo).orElseThrow();
            o.add(Item.Check.DATE_DISAGREES, "published", 0.55, "published " + d + ", the day the page was last "
                    + "changed; the page states " + first + " as its first", Fix.brief(ref(b), "published", first));
            return;
        }
        if (page.dates().size() > 1 && page.dates().contains(d)) {
            Optional<LocalDate> other = page.dates().stream().filter(x -> !x.equals(d)).findFirst();
            long off = Math.abs(ChronoUnit.DAYS.between(other.get(), d));
            if (off <= 3) {
                o.add(Item.Check.DATE_DISAGREES, "published", 0.45, "published " + d + ", but the page also states "
                        + other.get() + (off == 1 ? " (a day apart: a time zone applied?)" : ""),
                        Fix.brief(ref(b), "published", other.get()));
            }
            return;
        }
        if (!page.dates().isEmpty() && !page.dates().contains(d)) {
            long off = Math.abs(ChronoUnit.DAYS.between(stated.get(), d));
            o.add(Item.Check.DATE_DISAGREES, "published", off == 1 ? 0.55 : 0.6, "published " + d + ", but the page "
                    + "states " + stated.get() + (off == 1 ? " (a day apart: a time zone applied?)" : ""),
                    Fix.brief(ref(b), "published", stated.get()));
        }
    }

    // ---- the title

    private void title(Brief b, Page page, Out o) {
        String[] parts = Words.TITLE_SEPARATOR.split(b.title());
        if (parts.length >= 2) {
            Set<String> site = new LinkedHashSet<>();
            b.publication().ifPresent(p -> site.add(Words.nameKey(p)));
            page.siteName().ifPresent(p -> site.add(Words.nameKey(p)));
            b.url().map(BriefChecks::host).or(page::host)
                    .ifPresent(h -> site.add(Words.nameKey(h.replaceFirst("\\.[a-z.]+$", ""))));
            List<String> kept = new ArrayList<>();
            List<String> tails = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String key = Words.nameKey(parts[i]);
                boolean tail = (i > 0 || parts.length > 2) && (site.stream().anyMatch(s -> !s.isEmpty()
                        && (key.contains(s) || s.contains(key) && key.length() >= 3))
                        || titleLabels.contains(parts[i].strip().toLowerCase(Locale.ROOT))
                        || parts[i].strip().endsWith("!") && Words.count(parts[i]) <= 3);
                (tail ? tails : kept).add(parts[i].strip());
            }
            if (tails.isEmpty() && parts.length >= 3) {
                // Three parts or more: the headline is one of them, the longest; the others a site's and a section's.
                String longest = java.util.Arrays.stream(parts).map(String::strip)
                        .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
                kept.clear();
                kept.add(longest);
                for (String part : parts) {
                    if (!part.strip().equals(longest)) {
                        tails.add(part.strip());
                    }
                }
            }
            if (!tails.isEmpty() && !kept.isEmpty()) {
                String better = String.join(" - ", kept);
                o.add(Item.Check.TITLE_DOUBT, "title", 0.6, "the title carries " + tails.stream().map(BriefChecks::quoted)
                        .reduce((x, y) -> x + ", " + y).orElse("") + " beside the headline", Fix.brief(ref(b), "title",
                        page.headline().filter(h -> Words.nameKey(better).contains(Words.nameKey(h))).orElse(better)));
                return;
            }
        }
        String language = b.language().orElse("en");
        String[] words = b.title().strip().split("\\s+");
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
        // An article or a connective ("der", "the", "of") ends no headline: a sentence was cut there.
        Set<String> dangling = new java.util.HashSet<>(lexicon.lowerCase(Lexicon.DETERMINERS));
        dangling.addAll(lexicon.lowerCase(Lexicon.ORGANISATION_CONNECTIVES));
        dangling.addAll(lexicon.lowerCase(Lexicon.AFFILIATION_CONNECTIVES));
        dangling.removeAll(lexicon.lowerCase(Lexicon.NAME_PARTICLES));
        if (words.length >= 4 && dangling.contains(lastWord)) {
            o.add(Item.Check.TITLE_DOUBT, "title", 0.55, "the title ends with “" + words[words.length - 1]
                    + "”: a sentence cut short, not a headline", page.headline().filter(h -> !h.equals(b.title()))
                    .map(h -> Fix.brief(ref(b), "title", h)).orElse(edit(b)));
            return;
        }
        if (b.title().matches(".*\\s\\(\\d{1,4}[/.-]\\d{1,4}\\)$")) {
            String better = b.title().replaceFirst("\\s\\(\\d{1,4}[/.-]\\d{1,4}\\)$", "");
            o.add(Item.Check.TITLE_DOUBT, "title", 0.4, "the title ends with an issue's number", Fix.brief(ref(b),
                    "title", better));
            return;
        }
        for (String form : lexicon.words(Lexicon.LEGAL_FORMS)) {
            if (b.title().endsWith(" " + form) || b.title().endsWith(" " + form.replaceFirst("\\.$", ""))) {
                o.add(Item.Check.TITLE_DOUBT, "title", 0.5, "the title is an organisation's name (“" + form
                        + "”), not a headline", page.headline().filter(h -> !h.equals(b.title()))
                        .map(h -> Fix.brief(ref(b), "title", h)).orElse(edit(b)));
                return;
            }
        }
        if (page.headline().isPresent()) {
            String h = page.headline().get();
            String hk = Words.nameKey(h);
            String tk = Words.nameKey(b.title());
            if (Words.count(h) >= 4 && !hk.isEmpty() && !tk.contains(hk) && !hk.contains(tk) && overlap(hk, tk) < 0.5) {
                o.add(Item.Check.TITLE_DOUBT, "title", 0.35, "the page's headline is " + quoted(h) + ", not the title",
                        Fix.brief(ref(b), "title", h));
            }
        }
    }

    /** The share of {@code a}'s words that {@code b} has. */
    private static double overlap(String a, String b) {
        Set<String> bw = new java.util.HashSet<>(List.of(b.split(" ")));
        String[] aw = a.split(" ");
        int shared = 0;
        for (String w : aw) {
            shared += bw.contains(w) ? 1 : 0;
        }
        return aw.length == 0 ? 0 : (double) shared / aw.length;
    }

    /** A publication that is only the title's last part (a section's word: "IT", "Webdesign") while the page names itself otherwise. */
    private void publicationFromTitle(Brief b, Page page, Out o) {
        if (b.publication().isEmpty() || page.siteName().isEmpty()) {
            return;
        }
        String pub = Words.nameKey(b.publication().get());
        String site = Words.nameKey(page.siteName().get());
        String[] parts = Words.TITLE_SEPARATOR.split(page.headline().orElse(b.title()) + " - " + b.title());
        boolean tail = java.util.Arrays.stream(parts).anyMatch(p -> Words.nameKey(p).equals(pub));
        if (tail && !site.contains(pub) && !pub.contains(site)) {
            o.add(Item.Check.PUBLICATION_HANDLE, "publication", 0.45, "publication " + quoted(b.publication().get())
                    + " is a part of the title; the page calls itself " + quoted(page.siteName().get()),
                    Fix.brief(ref(b), "publication", page.siteName().get()));
        }
    }

    // ---- authors that are the site

    private void authors(Brief b, Page page, Out o) {
        if (b.authors().size() == 2 && b.authors().stream().allMatch(a -> !a.contains(" ") && a.length() >= 2
                && Character.isUpperCase(a.codePointAt(0)))) {
            String joined = b.authors().get(1) + " " + b.authors().get(0);
            o.add(Item.Check.AUTHOR_LABEL, "authors", 0.45, "two authors of one word each, " + quoted(b.authors().get(0))
                    + " and " + quoted(b.authors().get(1)) + ": one name written “Surname, Given” and split?",
                    Fix.brief(ref(b), "authors", List.of(joined)));
        }
        Set<String> site = new LinkedHashSet<>();
        page.siteName().ifPresent(p -> site.add(Words.nameKey(p)));
        b.url().map(BriefChecks::host).or(page::host)
                .ifPresent(h -> site.add(Words.nameKey(h.replaceFirst("\\.[a-z.]+$", ""))));
        String[] parts = Words.TITLE_SEPARATOR.split(b.title());
        if (parts.length >= 3) {
            // A title of three parts or more: its outer parts are the site's name and a section's.
            site.add(Words.nameKey(parts[0]));
            site.add(Words.nameKey(parts[parts.length - 1]));
        }
        site.removeIf(k -> k.length() < 4);
        for (String a : b.authors()) {
            String k = Words.nameKey(a);
            if (givenNames.contains(k.split(" ")[0])) {
                continue; // a person's name: a site named after its writer ("Wolfgang Michal" on wolfgangmichal.de)
            }
            Optional<String> hit = site.stream().filter(s -> (" " + k + " ").contains(" " + s + " ")
                    || (" " + s + " ").contains(" " + k + " ")).findFirst();
            if (hit.isPresent()) {
                List<String> kept = new ArrayList<>(b.authors());
                kept.remove(a);
                Optional<String> named = page.metaAuthors().stream().filter(m -> !Words.nameKey(m).equals(k)).findFirst();
                named.ifPresent(kept::add);
                o.add(Item.Check.AUTHOR_LABEL, "authors", 0.6, "author " + quoted(a) + " holds the site's own name ("
                        + hit.get() + "), not a writer's", Fix.brief(ref(b), "authors", kept));
            }
        }
    }

    // ---- the summary

    private void summary(Brief b, Out o) {
        if (b.summary().isEmpty()) {
            return;
        }
        String body = b.body();
        List<String> keep = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String s : b.summary()) {
            String why = furniture(s);
            if (why == null && !seen.add(Words.key(s))) {
                why = "said twice";
            }
            if (why == null && corpus.repeated(s) >= 3) {
                why = "in " + corpus.repeated(s) + " briefs";
            }
            if (why == null && BriefChecks.count(body, s.strip()) >= 2) {
                why = "said " + BriefChecks.count(body, s.strip()) + " times in the body";
            }
            if (why != null) {
                furniture.add(quoted(s) + " (" + why + ")");
                continue;
            }
            String cut = cut(s, body);
            if (cut != null) {
                broken.add(quoted(s) + " (" + cut + ")");
            }
            keep.add(s);
        }
        if (!furniture.isEmpty()) {
            o.add(Item.Check.SUMMARY_BOILERPLATE, "summary", 0.75, "the summary holds page furniture: "
                    + String.join("; ", furniture), Fix.brief(ref(b), "summary", keep));
        }
        if (!broken.isEmpty()) {
            List<String> whole = new ArrayList<>(keep);
            o.add(Item.Check.SUMMARY_BROKEN, "summary", 0.5, "a summary sentence is cut short: "
                    + String.join("; ", broken), Fix.brief(ref(b), "summary", whole));
        }
    }

    /** Why {@code text} (a summary line or a paragraph) is page furniture, or null. */
    private String furniture(String text) {
        return furniture(text, true);
    }

    /**
     * Why {@code text} is page furniture, or null; {@code metadata}: whether a metadata line (a byline, a section, a
     * tag line) counts, as it does in a body but not as the value of a field it fills.
     */
    private String furniture(String text, boolean metadata) {
        String t = text.strip().replaceAll("^[\\p{Pd}\\s]+|[\\p{Pd}\\s]+$", "");
        Optional<Boilerplate.Match> m = boilerplate.match(t);
        // A metadata rule counts on a short line only: "By sharing real-time data …" is a sentence, not a byline.
        if (m.isPresent() && (metadata && Words.count(t) <= 12 || m.get().action() != Boilerplate.Action.KEEP)) {
            // A metadata line (a byline, a dateline, a tag line) is no article text either: extraction's to take.
            return "a " + m.get().rule() + " line";
        }
        int words = Words.count(t);
        if (words <= 14 && DATE.matcher(t).find()) {
            String rest = DATE.matcher(TIME.matcher(t).replaceAll(" ")).replaceAll(" ");
            if (Words.count(rest) <= 4) {
                return "a date line";
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (words <= 40) {
            for (String p : prompts) {
                if (containsWord(lower, p)) {
                    return "asks the reader to " + (p.contains(" ") ? p : "do something: '" + p + "'");
                }
            }
        }
        if (words <= 30 && (lower.contains("©") || lower.contains("| (c)") || credit(lower))) {
            return "a picture's credit";
        }
        return null;
    }

    private boolean credit(String lower) {
        for (String c : credits) {
            if (lower.startsWith(c + ":") || lower.startsWith(c + " :") || lower.contains("| " + c)
                    || lower.contains("(" + c + ":") || lower.contains("(" + c + " :")
                    || lower.contains("/ " + c) && c.contains(" ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
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

    /**
     * Why a summary sentence is cut short, or null: the body goes on after it with a small letter or a digit (it was
     * cut at an abbreviation: "ca." "mind."), it ends at a day's number ("am 28."), it opens in the middle of the
     * body's sentence or inside a quotation, or it carries citation marks.
     */
    private static String cut(String s, String body) {
        String t = s.strip();
        int at = body.indexOf(t);
        if (at >= 0) {
            int end = at + t.length();
            if (end < body.length() && end + 1 < body.length() && body.charAt(end) == ' '
                    && (Character.isLowerCase(body.charAt(end + 1)) || Character.isDigit(body.charAt(end + 1)))) {
                return "the article goes on: “…" + clip(body.substring(end, Math.min(body.length(), end + 30)), 30) + "”";
            }
            // After a day's or an ordinal's number ("am 22. Dezember"), not a year's ("im Jahr 2019.").
            if (at >= 3 && body.charAt(at - 1) == ' ' && body.charAt(at - 2) == '.'
                    && Character.isDigit(body.charAt(at - 3)) && (at < 6 || !Character.isDigit(body.charAt(at - 4))
                    || !Character.isDigit(body.charAt(at - 5)) || !Character.isDigit(body.charAt(at - 6)))) {
                return "it opens after “" + clip(body.substring(Math.max(0, at - 12), at), 14) + "”";
            }
        }
        if (ORDINAL_END.matcher(t).find()) {
            return "it ends at a day's or an ordinal's number, where a sentence does not";
        }
        String firstWord = t.split("\\s+")[0];
        if (firstWord.length() >= 2 && firstWord.chars().filter(Character::isLetter).allMatch(Character::isLowerCase)
                && Character.isLowerCase(t.codePointAt(0))) {
            return "it opens with a small letter";
        }
        if (CITATION_MARK.matcher(t).find()) {
            return "it carries citation marks";
        }
        // A closing mark before any opening one: the sentence begins inside a quotation cut off above it. (An opening
        // mark never closed is a quotation running on, as quotations do across sentences.)
        int firstClose = firstOf(t, t.indexOf('„') >= 0 ? "“" : "”»");
        int firstOpen = firstOf(t, "„«" + (t.indexOf('„') >= 0 ? "" : "“"));
        if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
            return "it begins inside a quotation";
        }
        return null;
    }

    // ---- the body

    /** Checks the body; returns the paragraphs it found to be page furniture. */
    private Set<String> body(Brief b, Page page, Out o) {
        String body = b.body();
        List<String> paragraphs = new ArrayList<>();
        for (String p : body.split("\n\\s*\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        // Furniture left in.
        List<String> found = new ArrayList<>();
        double strongest = 0;
        Map<String, Integer> within = new HashMap<>();
        int fragments = 0;
        List<String> fragmentExamples = new ArrayList<>();
        List<String> texts = paragraphs.stream().map(BriefChecks::plain).toList();
        for (String text : texts) {
            String k = Words.key(text);
            if (k.length() >= 20) {
                within.merge(k, 1, Integer::sum);
            }
        }
        // How many of the paragraphs are short lines of a date.
        long dateLines = texts.stream().filter(t -> Words.count(t) <= 14 && DATE.matcher(t).find()).count();
        Set<String> reported = new java.util.HashSet<>();
        Set<String> furniture = new java.util.HashSet<>();
        boolean inBio = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean heading = p.startsWith("#");
            boolean table = p.startsWith("|");
            String text = texts.get(i);
            if (table || text.isEmpty()) {
                continue;
            }
            String k = Words.key(text);
            String why = furniture(text);
            double doubt = 0.7;
            // Said twice: a sentence is a duplicate; a short line said often is a control ("Bild anzeigen").
            int times = within.getOrDefault(k, 0);
            boolean sentence = Words.count(text) >= 8;
            if (why == null && (sentence && times > 1 || times >= 5) && reported.add(k)) {
                why = "said " + times + " times";
                doubt = sentence ? 0.75 : 0.5;
            }
            if (why == null && !heading && Words.count(text) <= 8 && b.authors().stream().anyMatch(a -> a.length() >= 5
                    && Words.nameKey(text).contains(Words.nameKey(a)) && !Words.nameKey(text).equals(Words.nameKey(a)))) {
                why = "a byline: the author's name in a line of its own";
                doubt = 0.55;
            }
            if (why == null && !heading && k.length() >= 25 && Words.count(text) <= 80 && corpus.repeated(text) >= 3) {
                why = "in " + corpus.repeated(text) + " briefs";
                doubt = 0.7;
            }
            if (why == null && i >= paragraphs.size() - 4 && i > 0 && (inBio || bio(text, b))) {
                why = "reads as the author's bio";
                doubt = 0.55;
                inBio = true;
            }
            if ("a date line".equals(why) && dateLines >= 3) {
                why = null; // a listing of dates (events, a timeline) is the article's content
            }
            if (why != null) {
                found.add(quoted(text) + " (" + why + ")");
                furniture.add(text);
                strongest = Math.max(strongest, doubt);
            } else if (!heading && text.length() <= 2 && i + 1 < paragraphs.size()
                    && Character.isLowerCase(paragraphs.get(i + 1).codePointAt(0))) {
                found.add(quoted(text) + " (a drop cap split from its word: “" + clip(text + paragraphs.get(i + 1), 30)
                        + "”)");
                strongest = Math.max(strongest, 0.6);
            } else if (!heading && Words.count(text) <= 3 && !text.matches(".*[.!?:;\"”»)]$")
                    && text.chars().anyMatch(Character::isLetter)) {
                fragments++;
                if (fragmentExamples.size() < 3) {
                    fragmentExamples.add(quoted(text));
                }
            } else if (heading && level(p) > 0 && (i == paragraphs.size() - 1
                    || paragraphs.get(i + 1).startsWith("#") && level(paragraphs.get(i + 1)) < level(p))) {
                found.add(quoted(text) + " (a heading with nothing under it: a box's or a teaser's title?)");
                strongest = Math.max(strongest, 0.45);
            } else if (!heading && DATE.matcher(text).lookingAt() && Words.count(text) > 6) {
                found.add(quoted(text) + " (opens with a date: a dateline run into the paragraph)");
                strongest = Math.max(strongest, 0.45);
            }
        }
        if (fragments >= 1) {
            found.add((fragments == 1 ? "a short line" : fragments + " short lines") + " that read"
                    + (fragments == 1 ? "s" : "") + " as a page's controls, such as " + String.join(", ", fragmentExamples));
            strongest = Math.max(strongest, fragments >= 2 ? 0.45 : 0.35);
        }
        Matcher garbled = GARBLED.matcher(body);
        if (garbled.find()) {
            int at = garbled.start();
            o.add(Item.Check.ENCODING, "body", 0.55, "garbled characters, as text decoded wrongly: “"
                    + clip(body.substring(Math.max(0, at - 15), Math.min(body.length(), at + 15)), 40) + "”", edit(b));
        }
        if (!found.isEmpty()) {
            o.add(Item.Check.BODY_LEFTOVER, "body", Math.min(0.9, strongest + 0.05 * (found.size() - 1)),
                    "the body holds page furniture: " + String.join("; ", found.subList(0, Math.min(4, found.size())))
                            + (found.size() > 4 ? "; and " + (found.size() - 4) + " more" : ""), edit(b));
        }
        // Shorter than the page.
        if (page.mainWords() >= 150 && b.words() < page.mainWords() / 2) {
            o.add(Item.Check.BODY_SHORT, "body", 0.55, "the body has " + b.words() + " words; the page's article has "
                    + page.mainWords(), edit(b));
        } else if (page.words() >= 400 && b.words() < page.words() / 10 && b.words() < 250) {
            o.add(Item.Check.BODY_SHORT, "body", 0.45, "the body has " + b.words() + " words of the page's "
                    + page.words(), edit(b));
        }
        // What the page has and the body lacks.
        List<String> gaps = new ArrayList<>();
        String flat = Words.key(body + " " + String.join(" ", b.summary()));
        for (List<String> cells : page.tables()) {
            if (cells.stream().noneMatch(c -> flat.contains(Words.key(c)))) {
                gaps.add("a table of the page (" + quoted(cells.get(0)) + ", " + quoted(cells.get(1)) + ")");
            }
        }
        if (page.description().isPresent() && corpus.description(page.description().get()) < 2) {
            String d = page.description().get();
            if (present(Words.key(d), flat) < 0.5 && !Words.key(b.title()).contains(Words.key(d))) {
                gaps.add("the page's own standfirst " + quoted(d));
            }
        }
        // The page's own article paragraphs that the body lacks: a standfirst, a closing paragraph, a list's lead-in.
        List<String> lacking = new ArrayList<>();
        int checked = 0;
        for (String p : page.paragraphs()) {
            boolean standfirst = page.standfirsts().contains(p);
            if (furniture(p) != null || !standfirst && (Words.count(p) < 12 || !p.matches("(?s).*[.!?:…\"”»)]$"))) {
                continue; // a sentence or more (a standfirst may have no full stop), not a line of metadata
            }
            checked++;
            if (present(Words.key(p), flat) < 0.4) {
                lacking.add(p);
            }
        }
        if (!lacking.isEmpty() && lacking.size() * 2 <= Math.max(2, checked)) {
            gaps.add((lacking.size() == 1 ? "a paragraph" : lacking.size() + " paragraphs") + " of the page's article, "
                    + "such as " + quoted(lacking.get(0)));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean last = i == paragraphs.size() - 1;
            if (p.endsWith(":") && !p.startsWith("#") && Words.count(p) >= 3
                    && (last || paragraphs.get(i + 1).startsWith("#"))) {
                gaps.add("what " + quoted(p) + " announces" + (last ? " (the body ends there)" : ""));
            } else if (EMPTY_AFTER_COLON.matcher(p).find()) {
                Matcher c = EMPTY_AFTER_COLON.matcher(p);
                c.find();
                gaps.add("what a colon announces, lost from “…" + clip(p.substring(Math.max(0, c.start() - 40),
                        Math.min(p.length(), c.end() + 5)), 50) + "”");
            }
        }
        if (!gaps.isEmpty()) {
            boolean strong = gaps.stream().anyMatch(g -> g.startsWith("a table") || g.startsWith("what")
                    || g.contains("of the page's article"));
            o.add(Item.Check.BODY_GAP, "body", strong ? 0.5 : 0.35, "the body lacks " + String.join("; ", gaps),
                    edit(b));
        }
        return furniture;
    }

    /** A paragraph of a body as plain text: without the Markdown mark it opens with (a heading's, a list item's). */
    static String plain(String paragraph) {
        return BLOCK_MARK.matcher(paragraph).replaceFirst("").strip();
    }

    /** Where the first of {@code marks} stands in {@code text}, or -1. */
    private static int firstOf(String text, String marks) {
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A Markdown heading's level (1 for {@code #}), 0 for a paragraph. */
    private static int level(String paragraph) {
        int n = 0;
        while (n < paragraph.length() && paragraph.charAt(n) == '#') {
            n++;
        }
        return n > 0 && n < paragraph.length() && paragraph.charAt(n) == ' ' ? n : 0;
    }

    /** The share of {@code text}'s word 3-grams that {@code in} holds. */
    private static double present(String text, String in) {
        String[] w = text.split(" ");
        if (w.length < 3) {
            return in.contains(text) ? 1 : 0;
        }
        int found = 0;
        int all = 0;
        for (int i = 0; i + 3 <= w.length; i++) {
            all++;
            found += in.contains(w[i] + " " + w[i + 1] + " " + w[i + 2]) ? 1 : 0;
        }
        return (double) found / all;
    }

    /**
     * Whether a closing paragraph reads as a bio or a site's description of itself: it opens with an author's name and a
     * bio verb, introduces its writer in the first person ("Ich bin Jessie Weiß"), or names a desk near its start
     * ("Our Editorial Staff at … is a team").
     */
    private boolean bio(String text, Brief b) {
        if (Words.count(text) <= 250 && FIRST_PERSON_INTRODUCTION.matcher(text).find()) {
            return true;
        }
        if (Words.count(text) > 90) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> verbs = lexicon.words(Lexicon.BIO_VERBS);
        for (String a : b.authors()) {
            String first = a.split(" ")[0].toLowerCase(Locale.ROOT);
            if (first.length() >= 3 && lower.startsWith(first) && verbs.stream()
                    .anyMatch(v -> containsWord(lower, v.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        String[] tokens = lower.split("\\s+");
        List<String> opening = List.of(tokens).subList(0, Math.min(5, tokens.length));
        Set<String> desks = lexicon.lowerCase(Lexicon.ORGANISATION_AUTHOR_WORDS);
        return opening.stream().anyMatch(w -> desks.contains(w.replaceAll("[^\\p{L}]", "")))
                && verbs.stream().anyMatch(v -> containsWord(lower, v.toLowerCase(Locale.ROOT)));
    }

    /** "I am Jane Doe", "Ich bin Jessie Weiß", "Je suis Marie": a writer introducing themselves, a capitalised name after. */
    private static final Pattern FIRST_PERSON_INTRODUCTION = Pattern.compile(
            "^(I am|I'm|My name is|Ich bin|Mein Name ist|Je suis|Je m'appelle|Soy|Me llamo|Sono|Mi chiamo|Jestem)\\s+\\p{Lu}");

    // ---- language

    private void language(Brief b, Page page, Out o) {
        String said = Languages.of(lexicon, b.body());
        if (b.language().isEmpty()) {
            Optional<String> guess = page.language().or(() -> Optional.of(said).filter(s -> !s.isEmpty()));
            o.add(Item.Check.LANGUAGE, "language", 0.5, "no language" + guess.map(g -> "; the page is in '" + g + "'")
                    .orElse(""), Fix.brief(ref(b), "language", guess.orElse("xx")));
            return;
        }
        String l = b.language().get();
        if (page.language().isPresent() && !page.language().get().equals(l) && !said.equals(l)) {
            o.add(Item.Check.LANGUAGE, "language", 0.55, "language '" + l + "', but the page declares '"
                    + page.language().get() + "'", Fix.brief(ref(b), "language", page.language().get()));
        } else if (!said.isEmpty() && !said.equals(l) && b.words() >= 80) {
            o.add(Item.Check.LANGUAGE, "language", 0.5, "language '" + l + "', but the body's words are '" + said + "'",
                    Fix.brief(ref(b), "language", said));
        }
    }

    /** Telling a text's language by its stopwords, as extraction does. */
    private static final class Languages {
        static String of(Lexicon lexicon, String text) {
            List<String> words = Words.of(text.length() > 20_000 ? text.substring(0, 20_000) : text);
            return lexicon.languages().detect(words);
        }
    }

    // ---- countries

    private void countries(Brief b, Page page, Set<String> furniture, Out o) {
        String language = b.language().orElse("en");
        String text = b.title() + "\n" + page.headline().orElse("") + "\n" + page.description().orElse("") + "\n"
                + String.join("\n", b.summary()) + "\n" + b.body();
        Set<String> have = new LinkedHashSet<>(b.countries());
        Map<String, Integer> named = new LinkedHashMap<>();
        Map<String, String> asWritten = new HashMap<>();
        for (Map.Entry<String, String> e : corpus.countryNames(language).entrySet()) {
            String country = e.getValue();
            if (have.contains(country)) {
                continue;
            }
            // A name that is also a word ("Turkey", "Chad"), only where it is capitalised inside a sentence, or opens
            // the title.
            int n = corpus.ambiguousCountryName(e.getKey(), language)
                    ? countInside(text, e.getKey()) + (b.title().startsWith(e.getKey() + " ")
                            || b.title().startsWith(e.getKey() + ",") ? 1 : 0)
                    : count(text, e.getKey());
            if (n > 0) {
                named.merge(country, n, Integer::sum);
                asWritten.putIfAbsent(country, e.getKey());
            }
        }
        List<String> add = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            boolean inTitle = count(b.title(), asWritten.get(e.getKey())) > 0;
            if (e.getValue() >= 2 || inTitle || b.countries().size() < 2) {
                add.add(e.getKey());
                said.add(quoted(asWritten.get(e.getKey())) + " " + e.getValue() + "×");
            }
        }
        if (!add.isEmpty()) {
            List<String> all = new ArrayList<>(b.countries());
            all.addAll(add);
            boolean often = named.entrySet().stream().anyMatch(e -> add.contains(e.getKey()) && e.getValue() >= 2);
            o.add(Item.Check.COUNTRY_MISSING, "countries", (often ? 0.45 : 0.35) + Math.min(0.15, 0.05 * add.size()),
                    "the article names " + String.join(", ", said) + " but its countries are "
                            + (b.countries().isEmpty() ? "none" : String.join(", ", b.countries())),
                    Fix.brief(ref(b), "countries", all));
        }
        List<String> doubtful = new ArrayList<>();
        String article = b.title() + "\n" + b.body();
        for (String f : furniture) {
            article = article.replace(f, "");
        }
        for (String c : b.countries()) {
            // Its names (the gazetteer's and CLDR's in the article's language), its seats of power, its demonyms.
            List<String> names = new ArrayList<>(corpus.namesOf(c));
            corpus.countryNames(language).forEach((local, name) -> {
                if (name.equals(c)) {
                    names.add(local);
                }
            });
            List<String> seats = corpus.seatsOf(c);
            int byName = names.stream().mapToInt(f -> count(text, f)).sum();
            List<String> seatsSaid = seats.stream().filter(f -> count(text, f) > 0).toList();
            if (byName == 0 && seatsSaid.isEmpty()) {
                // Only an adjective tells it: doubtful when every one opens a name ("Australian Open").
                // (The gazetteer's demonyms are English: in any text, capitals after one open an English name.)
                Optional<String> inside = onlyInsideNames(text, corpus.demonymsOf(c), false);
                if (inside.isPresent()) {
                    doubtful.add(c + " (never named, only in “" + inside.get() + "”)");
                }
                continue;
            }
            if (byName == 0 && seatsSaid.size() == 1 && count(text, seatsSaid.get(0)) == 1) {
                doubtful.add(c + " (only “" + seatsSaid.get(0) + "”, once)");
                continue;
            }
            Optional<String> inside = onlyInsideNames(text, corpus.formsOf(c), nounsCapitalised(language));
            if (inside.isPresent()) {
                doubtful.add(c + " (only in " + quoted(inside.get()) + ")");
            } else if (!furniture.isEmpty() && mentioned(text, corpus.formsOf(c))
                    && !mentioned(article + "\n" + String.join("\n", b.summary()), corpus.formsOf(c))) {
                doubtful.add(c + " (only in page furniture)");
            }
        }
        if (!doubtful.isEmpty()) {
            List<String> kept = new ArrayList<>(b.countries());
            kept.removeIf(c -> doubtful.stream().anyMatch(d -> d.startsWith(c + " (")));
            o.add(Item.Check.COUNTRY_DOUBTFUL, "countries", 0.5, "countries the article hardly names: "
                    + String.join(", ", doubtful), Fix.brief(ref(b), "countries", kept));
        }
    }

    private boolean nounsCapitalised(String language) {
        return lexicon.lowerCase(Lexicon.NOUN_CAPITALISING_LANGUAGES).contains(language);
    }

    /** How often {@code name} stands in {@code text} capitalised inside a sentence (not after a full stop). */
    private static int countInside(String text, String name) {
        Matcher m = Pattern.compile("(?<=[\\p{Ll},;]\\s)" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean mentioned(String text, List<String> forms) {
        return forms.stream().anyMatch(f -> count(text, f) > 0);
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

    /**
     * The larger name every mention of a country sits in ("Times of India", "Nigerian Open", "Paris 2024"), when all
     * its mentions do; empty when one stands on its own.
     */
    private Optional<String> onlyInsideNames(String text, List<String> forms, boolean nounsCapitalised) {
        String example = null;
        int mentions = 0;
        for (String form : forms) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                mentions++;
                String before = text.substring(Math.max(0, m.start() - 40), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 25));
                // "Times of India": a capitalised word and a connective before it.
                Matcher prev = NAME_BEFORE.matcher(before);
                // "Nigerian Open", "Paris 2024": a capitalised word or a year right after it (not where every noun
                // is capitalised).
                Matcher next = NAME_AFTER.matcher(after);
                String name = null;
                if (prev.find()) {
                    name = prev.group(1) + " " + prev.group(2) + " " + form;
                } else if (next.find() && (!nounsCapitalised || next.group(1).matches("\\d{4}"))
                        && !titles.contains(next.group(1).toLowerCase(Locale.ROOT))) {
                    name = form + after.substring(0, next.end());
                }
                if (name == null) {
                    return Optional.empty();
                }
                if (example == null) {
                    example = name.strip();
                }
            }
        }
        return mentions > 0 && mentions <= 3 ? Optional.ofNullable(example) : Optional.empty();
    }

    // ---- names no list holds

    private void unlisted(Brief b, Out o) {
        String language = b.language().orElse("en");
        boolean nounsCapitalised = lexicon.lowerCase(Lexicon.NOUN_CAPITALISING_LANGUAGES).contains(language);
        Set<String> stop = lexicon.stopwords(language);
        String text = b.title() + ".\n" + b.body();
        // What the brief lists (its publication apart: an article about its own publisher names it still).
        Set<String> listed = new java.util.HashSet<>();
        for (List<String> names : List.of(b.people(), b.organisations(), b.authors(), b.countries())) {
            names.forEach(n -> listed.add(Words.nameKey(n)));
        }
        Set<String> heads = new java.util.HashSet<>(lexicon.lowerCase(Lexicon.ORGANISATION_HEADS));
        lexicon.words(Lexicon.LEGAL_FORMS).forEach(f -> heads.add(f.toLowerCase(Locale.ROOT)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().strip().split("\\s+")));
            // From a given name on, a run is a person's name ("Geschäftsführer Christian Hanisch").
            for (int i = 1; i < words.size() - 1; i++) {
                if (givenNames.contains(words.get(i).toLowerCase(Locale.ROOT))
                        && !givenNames.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                    words = new ArrayList<>(words.subList(i, words.size()));
                    break;
                }
            }
            // A sentence's first word is capitalised whatever it is: it opens no name.
            while (!words.isEmpty() && stop.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
            }
            while (!words.isEmpty() && stop.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
                words.remove(words.size() - 1);
            }
            if (words.size() < 2) {
                continue;
            }
            String n = String.join(" ", words);
            String first = words.get(0).toLowerCase(Locale.ROOT);
            String last = words.get(words.size() - 1);
            boolean person = givenNames.contains(first);
            // The surname said alone elsewhere ("Wierer"), never after an article as a noun is ("der Frontkamera"):
            // how articles name a person after the first mention.
            boolean surnameAgain = last.length() >= 4 && count(text, last) > count(text, n)
                    && !afterDeterminer(text, last)
                    || !nounsCapitalised && words.get(0).length() >= 4 && count(text, words.get(0)) > count(text, n);
            boolean organisation = heads.contains(last.toLowerCase(Locale.ROOT))
                    || words.stream().anyMatch(w -> w.length() >= 2 && w.length() <= 6 && w.equals(w.toUpperCase(Locale.ROOT)));
            if (nounsCapitalised && !person && !organisation && !surnameAgain) {
                continue; // German capitalises every noun: only given names, surnames said again, heads and acronyms tell
            }
            counts.merge(n, 1, Integer::sum);
            if (surnameAgain && words.size() <= 3) {
                counts.merge(n, 1, Integer::sum); // its later mentions count for it
            }
        }
        Matcher a = ACRONYM.matcher(text);
        while (a.find()) {
            String n = a.group();
            if (!ROMAN.contains(n) && n.chars().filter(Character::isLetter).count() >= 2
                    && !stop.contains(n.toLowerCase(Locale.ROOT))) {
                counts.merge(n, 1, Integer::sum);
            }
        }
        List<String> people = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        Set<String> unsure = new java.util.HashSet<>();
        String titleKey = Words.nameKey(b.title());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String key = Words.nameKey(e.getKey());
            boolean inTitle = (" " + titleKey + " ").contains(" " + key + " ");
            if (e.getValue() < 2 && !inTitle || key.isEmpty()) {
                continue;
            }
            boolean covered = listed.stream().anyMatch(l -> !l.isEmpty() && ((" " + l + " ").contains(" " + key + " ")
                    || (" " + key + " ").contains(" " + l + " ")));
            if (covered || corpus.isPlace(e.getKey())) {
                continue;
            }
            String[] words = e.getKey().split("\\s+");
            String first = words[0].toLowerCase(Locale.ROOT);
            boolean person = !e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT)) && givenNames.contains(first)
                    && words.length <= 3;
            boolean organisation = !person && (heads.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                    || e.getKey().chars().filter(Character::isUpperCase).count() >= 2 && words.length == 1);
            (person ? people : organisations).add(e.getKey());
            if (!person && !organisation) {
                unsure.add(e.getKey()); // "Cold War", "Central Asia": a name, but of what the researcher tells
            }
        }
        dropContained(people);
        dropContained(organisations);
        if (people.isEmpty() && organisations.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        people.stream().limit(5).forEach(p -> named.add(quoted(p) + " (" + counts.get(p) + "×)"));
        organisations.stream().limit(5).forEach(p -> named.add(quoted(p) + " (" + counts.get(p) + "×)"));
        List<String> fixes = new ArrayList<>();
        if (!people.isEmpty()) {
            List<String> all = new ArrayList<>(b.people());
            all.addAll(people.subList(0, Math.min(5, people.size())));
            fixes.add(Fix.brief(ref(b), "people", all));
        }
        List<String> sure = organisations.stream().filter(n -> !unsure.contains(n)).limit(5).toList();
        if (!sure.isEmpty()) {
            List<String> all = new ArrayList<>(b.organisations());
            all.addAll(sure);
            fixes.add(Fix.brief(ref(b), "organisations", all));
        }
        if (fixes.isEmpty()) {
            fixes.add("check which are people or organisations, and add them with a line " + Fix.brief(ref(b),
                    "people", List.of("…")));
        }
        int total = people.size() + organisations.size();
        o.add(Item.Check.NAMES_UNLISTED, people.isEmpty() ? "organisations" : organisations.isEmpty() ? "people"
                        : "people, organisations", Math.min(0.5, 0.25 + 0.05 * total),
                "the article names " + String.join(", ", named) + " that its brief does not list", String.join("\n", fixes));
    }

    /** Whether {@code word} stands after an article anywhere in {@code text} ("die Frontkamera"). */
    private boolean afterDeterminer(String text, String word) {
        Set<String> determiners = lexicon.lowerCase(Lexicon.DETERMINERS);
        Matcher m = Pattern.compile("(\\p{L}+['’]?)\\s+" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
            if (determiners.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Leaves out names another of the list holds ("Biden" beside "Joe Biden"). */
    private static void dropContained(List<String> names) {
        List<String> copy = List.copyOf(names);
        names.removeIf(n -> copy.stream().anyMatch(o -> !o.equals(n) && (" " + o + " ").contains(" " + n + " ")));
    }

    // ---- other fields: a section, tags, quotations that are page furniture

    private void fields(Brief b, Page page, Out o) {
        List<String> doubts = new ArrayList<>();
        b.section().ifPresent(s -> {
            if (furniture(s, false) != null || s.startsWith("»") || b.publication().map(p -> Words.nameKey(p)
                    .equals(Words.nameKey(s))).orElse(false)) {
                doubts.add("section " + quoted(s));
            }
        });
        String host = b.url().map(BriefChecks::host).or(page::host).map(h -> Words.nameKey(h.replaceFirst("\\.[a-z.]+$", "")
                .replaceFirst("^.*\\.", ""))).orElse("");
        String opening = Words.key(b.body().substring(0, Math.min(b.body().length(), 600)));
        int cut = 0;
        for (int i = 0; i < b.tags().size(); i++) {
            String t = b.tags().get(i);
            String k = Words.nameKey(t);
            if (furniture(t, false) != null || titleLabels.contains(t.toLowerCase(Locale.ROOT))
                    || lexicon.lowerCase(Lexicon.TAG_LABELS).contains(t.toLowerCase(Locale.ROOT))
                    || t.contains("[") || t.contains("]") || !host.isEmpty() && k.replace(" ", "").equals(host.replace(" ", ""))) {
                doubts.add("tag " + quoted(t));
            } else if (i + 1 < b.tags().size() && !t.contains(" ") && !b.tags().get(i + 1).contains(" ")
                    && Character.isUpperCase(t.codePointAt(0))
                    && Character.isUpperCase(b.tags().get(i + 1).codePointAt(0))
                    && count(b.body(), t + " " + b.tags().get(i + 1)) > 0) {
                doubts.add("tags " + quoted(t) + " and " + quoted(b.tags().get(i + 1)) + ", one name split in two");
            }
            if (!t.contains(" ") && Character.isLowerCase(t.codePointAt(0)) && (" " + opening + " ").contains(" " + k + " ")) {
                cut++;
            }
        }
        if (cut >= 3) {
            doubts.add(cut + " tags that are words of the opening sentence, not topics");
        } else if (b.tags().size() >= 12) {
            doubts.add(b.tags().size() + " tags: the site's keyword list rather than the article's?");
        }
        if (b.tags().isEmpty() && !page.tags().isEmpty() && page.tags().size() <= 15) {
            doubts.add("no tags, though the page gives " + page.tags().stream().limit(5).map(BriefChecks::quoted)
                    .reduce((x, y) -> x + ", " + y).orElse(""));
        }
        if (b.tags().stream().anyMatch(t -> Words.nameKey(t).equals(Words.nameKey(b.title())))) {
            doubts.add("a tag that repeats the title");
        }
        if (b.section().isEmpty() && page.section().filter(x -> furniture(x, false) == null).isPresent()) {
            doubts.add("no section, though the page says " + quoted(page.section().get()));
        }
        long bare = b.quotes().stream().filter(q -> q.speaker().isEmpty()).count();
        long scare = b.quotes().stream().filter(q -> q.speaker().isEmpty() && Words.count(q.text()) <= 4).count();
        if (scare >= 1) {
            doubts.add(scare + " quotation" + (scare == 1 ? "" : "s") + " of a few words with no speaker (scare quotes "
                    + "or titles)");
        } else if (bare >= 2 && bare * 2 >= b.quotes().size()) {
            doubts.add(bare + " of " + b.quotes().size() + " quotations with no speaker");
        }
        if (!doubts.isEmpty()) {
            o.add(Item.Check.FIELD_FURNITURE, doubts.get(0).contains("section") ? "section"
                    : doubts.get(0).contains("tag") ? "tags" : "quotes",
                    0.35, "page furniture in its fields: " + String.join("; ", doubts), edit(b));
        }
    }
}
