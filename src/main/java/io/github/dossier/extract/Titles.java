package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.PartType;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.LinearModel;
import io.github.dossier.knowledge.NameList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's title, and a page title's site name: "Headline | The Site" and "Headline - Site" lose the site's
 * part. Surest first: the page's JSON-LD headline, {@code og:title} and {@code twitter:title}, a scrape's first
 * line "Headline - Site", the headline line, {@code <h1>}, {@code <title>}, the standfirst, the first sentence;
 * failing all, the file's name. Immutable and thread-safe.
 */
final class Titles {

    private final NameList publications;
    private final Summarizer sentences;
    /** A title part that is a web address: "Headline - example.com". */
    private final Pattern siteDomain;
    private final List<String> urlKeys;
    private final java.util.Set<String> titleLabels;
    /** The learned choice among a page's candidates; null for the rules' order alone. */
    private final LinearModel model;

    Titles(Lexicon lexicon, NameList publications, Summarizer sentences, LinearModel model) {
        this.publications = publications;
        this.model = model;
        this.sentences = sentences;
        this.urlKeys = lexicon.words(Lexicon.META_URL);
        this.titleLabels = lexicon.lowerCase(Lexicon.TITLE_LABELS);
        this.siteDomain = Pattern.compile("(?i)[\\w.-]+\\.(" + lexicon.alternation(Lexicon.SITE_DOMAINS) + ")");
    }

    /**
     * The article's title: with a model, the candidate it reads as likeliest; without, the first the rules' order of
     * sources gives (the page's own title fields, then headline lines, then its first sentence). Failing all, the
     * file's name.
     */
    String title(CleanArticle article, List<String> paragraphs) {
        Candidates c = candidates(article, paragraphs);
        int best = model == null ? c.chosen() : c.choice(model);
        if (best >= 0) {
            return c.all().get(best).text();
        }
        String source = article.source();
        return source.substring(source.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
    }

    /**
     * A page's candidate titles with their features: which may stand as a title ({@code valid}: two words or more, not
     * only the site's name), and which the rules choose ({@code chosen}, -1 for none).
     */
    record Candidates(List<TitleCandidate> all, boolean[] valid, int chosen, double[][] features) {

        /** The valid candidate {@code model} reads as likeliest (the first of equals), or -1 for none. */
        int choice(LinearModel model) {
            int best = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < all.size(); i++) {
                double z = model.logit(features[i]);
                if (valid[i] && z > top) {
                    top = z;
                    best = i;
                }
            }
            return best;
        }
    }

    /** What the page offers as its title, in the rules' order, then what only the learned choice weighs. */
    Candidates candidates(CleanArticle article, List<String> paragraphs) {
        List<TitleCandidate> candidates = new ArrayList<>();
        Site site = new Site(article.meta("og:site_name").orElse(""), host(article));
        java.util.function.BiConsumer<TitleCandidate.Source, String> rule = (source, text) ->
                candidates.add(new TitleCandidate(text.replaceAll("\\s+", " ").strip(), source, true));
        java.util.function.BiConsumer<TitleCandidate.Source, String> extra = (source, text) ->
                candidates.add(new TitleCandidate(text.replaceAll("\\s+", " ").strip(), source, false));
        List<String> h1s = article.meta().getOrDefault("h1", List.of());
        // A headline the page prints (<h1>) and announces (og:title) alike is surer than any one field.
        Optional<String> social = article.meta("og:title").or(() -> article.meta("twitter:title"))
                .map(t -> withoutSiteName(t, site));
        for (String h1 : h1s) {
            String h = Words.key(h1);
            String announced = social.map(Words::key).orElse("");
            // Alike, or the announced title is the headline with a tail ("… | DW | 23.05.2011", "… Rezept").
            if (!h.isEmpty() && (h.equals(announced) && Words.count(h1) >= 2
                    || announced.startsWith(h) && Words.count(h1) >= 3)) {
                rule.accept(TitleCandidate.Source.AGREED, h.equals(announced) ? social.get() : h1);
                break;
            }
        }
        article.meta("jsonld:headline").map(t -> withoutSiteName(t, site))
                .ifPresent(t -> rule.accept(TitleCandidate.Source.JSONLD, t));
        article.meta("og:title").map(t -> withoutSiteName(t, site)).ifPresent(t -> rule.accept(TitleCandidate.Source.OG, t));
        article.meta("twitter:title").map(t -> withoutSiteName(t, site))
                .ifPresent(t -> rule.accept(TitleCandidate.Source.TWITTER, t));
        // A scrape's first line "Headline - Site" is the page's own title: surer than any line that looks like one.
        Optional<String> pageTitle = article.first(PartType.PAGE_TITLE);
        pageTitle.filter(t -> siteName(t).isPresent()).map(t -> withoutSiteName(t, new Site(siteName(t).get(), "")))
                .ifPresent(t -> rule.accept(TitleCandidate.Source.SCRAPE_TITLE, t));
        // On a saved page, a headline line or an <h1> the page's <title> does not contain is a dateline, a logo or
        // another story's: the <title> knows the headline.
        // A <title> that is only the site's name ("ICON • ICON Magazine") knows nothing.
        Optional<String> ownTitle = article.meta("title").map(t -> withoutSiteName(t, site));
        String titleKey = ownTitle.filter(t -> !site.holds(t)).flatMap(t -> article.meta("title")).map(Words::key)
                .orElse("");
        java.util.function.Predicate<String> inTitle = t -> titleKey.isEmpty() || titleKey.contains(Words.key(t));
        Optional<String> headline = article.first(PartType.HEADLINE);
        headline.filter(inTitle).ifPresent(t -> rule.accept(TitleCandidate.Source.HEADLINE, t));
        Optional<String> h1 = h1s.stream().filter(inTitle).filter(h -> Words.count(h) >= 2).findFirst();
        h1.ifPresent(t -> rule.accept(TitleCandidate.Source.H1, t));
        pageTitle.ifPresent(t -> rule.accept(TitleCandidate.Source.PAGE_TITLE, t));
        ownTitle.ifPresent(t -> rule.accept(TitleCandidate.Source.TITLE, t));
        article.first(PartType.STANDFIRST).ifPresent(t -> rule.accept(TitleCandidate.Source.STANDFIRST, t));
        if (!paragraphs.isEmpty()) {
            List<String> first = sentences.sentences(paragraphs.get(0));
            if (!first.isEmpty() && Words.count(first.get(0)) <= 30) {
                rule.accept(TitleCandidate.Source.SENTENCE, first.get(0));
            }
        }
        // What the rules set aside, the learned choice may still weigh: the headline and <h1>s outside the <title>,
        // and the <title> whole.
        headline.filter(inTitle.negate()).ifPresent(t -> extra.accept(TitleCandidate.Source.HEADLINE, t));
        h1s.stream().filter(h -> h1.isEmpty() || !h.equals(h1.get())).limit(3)
                .forEach(t -> extra.accept(TitleCandidate.Source.H1, t));
        article.meta("title").ifPresent(t -> extra.accept(TitleCandidate.Source.TITLE_WHOLE, t));
        boolean[] valid = new boolean[candidates.size()];
        int chosen = -1;
        for (int i = 0; i < candidates.size(); i++) {
            String t = candidates.get(i).text();
            // og:title "ICON Magazine" on ICON Magazine's page is no title.
            valid[i] = !site.isName(t) && (Words.count(t) >= 2 || unspacedLetters(t) >= 4);
            if (valid[i] && chosen < 0 && candidates.get(i).rules()) {
                chosen = i;
            }
        }
        double[][] features = TitleCandidate.features(candidates, chosen, article.meta("title").orElse(""), h1s,
                site.name());
        return new Candidates(List.copyOf(candidates), valid, chosen, features);
    }

    /** Letters of scripts written without spaces between words (Chinese, Japanese, Thai…), where one "word" is a title. */
    private static long unspacedLetters(String text) {
        return text.codePoints().filter(cp -> switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        }).count();
    }

    /** What a page's {@code og:site_name} says, tidied: a bare domain for a URL, the first part of a list. */
    static String siteLabel(String value) {
        String v = value.strip();
        if (v.matches("(?i)https?://.*")) {
            v = v.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("/.*$", "");
        }
        // "Name | Tagline", "Name - Tagline": the name is the first part with a letter in it ("☆☆☆☆☆ - Name - …").
        String[] parts = SITE_LABEL_PARTS.split(v);
        for (String part : parts) {
            if (part.codePoints().anyMatch(Character::isLetter)) {
                return part.strip();
            }
        }
        return parts[0].strip();
    }

    /** What parts a site name from a tagline: a bar or a dash between spaces. */
    private static final Pattern SITE_LABEL_PARTS = Pattern.compile("\\s+[|–—-]\\s+");

    /** The site's name at the end of a page title ("… - The New York Times"), when it reads as a name. */
    static Optional<String> siteName(String pageTitle) {
        String[] parts = Words.TITLE_SEPARATOR.split(pageTitle);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String last = parts[parts.length - 1].strip();
        int words = Words.count(last);
        boolean nameLike = words >= 1 && words <= 5 && Character.isUpperCase(last.codePointAt(0))
                && !last.endsWith("?") && !last.endsWith(".");
        String longest = java.util.Arrays.stream(parts).max(java.util.Comparator.comparingInt(Words::count)).orElse("");
        return nameLike && !longest.equals(parts[parts.length - 1]) ? Optional.of(last) : Optional.empty();
    }

    /**
     * The site a page belongs to, as its title may name it: {@code og:site_name}, and the name in its address's
     * host ("gregoryszorc" of gregoryszorc.com), either empty when unknown.
     */
    record Site(String name, String host) {

        /** Whether {@code title} is the site's name and nothing more: its og:site_name, or its host's name. */
        boolean isName(String title) {
            return !name.isBlank() && Words.key(title).equals(Words.key(name)) || !host.isEmpty() && letters(title).equals(host);
        }

        /** Whether {@code text} says no more than the site's name: empty, the name, or a part of it ("ICON"). */
        boolean holds(String text) {
            String key = Words.key(text);
            return key.isEmpty() || isName(text) || !name.isBlank() && Words.key(name).contains(key);
        }

        /**
         * Whether {@code part} of a title is the site's name: its og:site_name, or its host's name spelled out
         * ("Gregory Szorc's Digital Home" on gregoryszorc.com).
         */
        boolean names(String part) {
            return isName(part) || host.length() >= 5 && letters(part).startsWith(host) && Words.count(part) <= 5;
        }

        /** A text's letters and digits only, lower case: "Gregory Szorc's" → "gregoryszorcs". */
        private static String letters(String text) {
            return NOT_LETTER.matcher(Words.key(text)).replaceAll("");
        }
    }

    /** The name in the page's address (og:url, canonical): "gregoryszorc" for https://gregoryszorc.com/blog/…. */
    private String host(CleanArticle article) {
        // The address the researcher noted first, then the page's own.
        List<Optional<String>> addresses = new ArrayList<>(List.of(article.note().url()));
        urlKeys.forEach(key -> addresses.add(article.meta(key)));
        for (Optional<String> url : addresses) {
            if (url.isPresent()) {
                Matcher m = HOST.matcher(url.get());
                if (m.find()) {
                    String[] labels = m.group(1).toLowerCase(java.util.Locale.ROOT).split("\\.");
                    return labels.length >= 2 ? NOT_LETTER.matcher(labels[labels.length - 2]).replaceAll("") : "";
                }
            }
        }
        return "";
    }

    private static final Pattern HOST = Pattern.compile("(?i)^https?://(?:www\\.)?([^/:?#]+)");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    /** The parts of a site's name as meta tags give it: "Name | Tagline", "Headline – Site". */
    static final Pattern SITE_PARTS = Pattern.compile("\\s+[|–—]\\s+");
    /** What separates a title's parts, at its ends: "» Blog Archiv » Headline", "Site // Headline". */
    private static final String SEPARATOR = "(?:[-|–—:•·›»/]|::|\\|\\||//)";
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+" + SEPARATOR + "\\s*$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*" + SEPARATOR + "\\s+");
    private static final Pattern END_SEPARATORS = Pattern.compile("^" + SEPARATOR + "\\s+|\\s+" + SEPARATOR + "$");

    /**
     * "Headline | The Site", "Site - Headline" and "23.01.2022 - Headline - Site » Blog Archive" lose every end
     * part that is not the headline: the site's name, a known publication, a web address, a date, a label such
     * as "Blog Archive". A headline with a dash of its own keeps it.
     */
    String withoutSiteName(String title, Site site) {
        String t = title.strip();
        for (int round = 0; round < 4; round++) {
            String[] parts = Words.TITLE_SEPARATOR.split(t);
            if (parts.length < 2) {
                break;
            }
            String last = parts[parts.length - 1].strip();
            String first = parts[0].strip();
            if (isSiteName(last, site, round == 0) || isLabel(last)) {
                t = TRAILING_SEPARATOR.matcher(t.substring(0, t.lastIndexOf(last))).replaceAll("").strip();
            } else if (isSiteName(first, site, round == 0) || isLabel(first)) {
                t = LEADING_SEPARATOR.matcher(t.substring(t.indexOf(first) + first.length())).replaceAll("").strip();
            } else {
                break;
            }
        }
        return END_SEPARATORS.matcher(t).replaceAll("").strip();
    }

    /** A title part that names nothing: a date ("23.01.2022") or a label from the lexicon ("Blog Archive"). */
    private boolean isLabel(String part) {
        return DATE_PART.matcher(part).matches() || titleLabels.contains(part.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Pattern DATE_PART = Pattern.compile("[\\d./-]{6,10}");

    /** Whether a title's end part names its site; {@code outermost} lets a lone capitalised word do so. */
    private boolean isSiteName(String part, Site site, boolean outermost) {
        if (site.names(part)) {
            return true;
        }
        if (publications.canonical(part) != null || siteDomain.matcher(part).matches()
                || (Words.count(part) <= 4 && siteDomain.matcher(part).find() && part.matches(".*\\.\\p{L}{2,4}$"))) {
            return true;
        }
        // "TheHill", "IGN", "VentureBeat": one word, no article-like punctuation, at the title's very end.
        return outermost && Words.count(part) == 1 && part.matches("\\p{Lu}[\\p{L}\\p{N}.&]*");
    }
}
