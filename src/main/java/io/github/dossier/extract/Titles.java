package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.PartType;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    Titles(Lexicon lexicon, NameList publications, Summarizer sentences) {
        this.publications = publications;
        this.sentences = sentences;
        this.siteDomain = Pattern.compile("(?i)[\\w.-]+\\.(" + lexicon.alternation(Lexicon.SITE_DOMAINS) + ")");
    }

    /** The article's title: the page's own title fields first, then headline lines, then its first sentence. */
    String title(CleanArticle article, List<String> paragraphs) {
        List<String> candidates = new ArrayList<>();
        String site = article.meta("og:site_name").orElse("");
        // A headline the page prints (<h1>) and announces (og:title) alike is surer than any one field.
        Optional<String> social = article.meta("og:title").or(() -> article.meta("twitter:title"))
                .map(t -> withoutSiteName(t, site));
        for (String h1 : article.meta().getOrDefault("h1", List.of())) {
            String h = Words.key(h1);
            String announced = social.map(Words::key).orElse("");
            // Alike, or the announced title is the headline with a tail ("… | DW | 23.05.2011", "… Rezept").
            if (!h.isEmpty() && (h.equals(announced) && Words.count(h1) >= 2
                    || announced.startsWith(h) && Words.count(h1) >= 3)) {
                candidates.add(h.equals(announced) ? social.get() : h1);
                break;
            }
        }
        article.meta("jsonld:headline").map(t -> withoutSiteName(t, site)).ifPresent(candidates::add);
        article.meta("og:title").map(t -> withoutSiteName(t, site)).ifPresent(candidates::add);
        article.meta("twitter:title").map(t -> withoutSiteName(t, site)).ifPresent(candidates::add);
        // A scrape's first line "Headline - Site" is the page's own title: surer than any line that looks like one.
        Optional<String> pageTitle = article.first(PartType.PAGE_TITLE);
        pageTitle.filter(t -> siteName(t).isPresent()).map(t -> withoutSiteName(t, siteName(t).get()))
                .ifPresent(candidates::add);
        // On a saved page, a headline line or an <h1> the page's <title> does not contain is a dateline, a logo or
        // another story's: the <title> knows the headline.
        String titleKey = article.meta("title").map(Words::key).orElse("");
        java.util.function.Predicate<String> inTitle = t -> titleKey.isEmpty() || titleKey.contains(Words.key(t));
        article.first(PartType.HEADLINE).filter(inTitle).ifPresent(candidates::add);
        article.meta().getOrDefault("h1", List.of()).stream().filter(inTitle).filter(h -> Words.count(h) >= 2)
                .findFirst().ifPresent(candidates::add);
        pageTitle.ifPresent(candidates::add);
        article.meta("title").map(t -> withoutSiteName(t, site)).ifPresent(candidates::add);
        article.first(PartType.STANDFIRST).ifPresent(candidates::add);
        if (!paragraphs.isEmpty()) {
            List<String> first = sentences.sentences(paragraphs.get(0));
            if (!first.isEmpty() && Words.count(first.get(0)) <= 30) {
                candidates.add(first.get(0));
            }
        }
        for (String c : candidates) {
            String t = c.replaceAll("\\s+", " ").strip();
            if (Words.count(t) >= 2 || unspacedLetters(t) >= 4) {
                return t;
            }
        }
        String source = article.source();
        return source.substring(source.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
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
        return v.split("\\s+[|–—]\\s+")[0].strip();
    }

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
     * "Headline | The Site" and "Headline - Site" lose the site's part: a last (or first) part that is the site's
     * name, a known publication, or a short name-like part. A headline with a dash of its own keeps it.
     */
    String withoutSiteName(String title, String site) {
        String[] parts = Words.TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title.strip();
        }
        String last = parts[parts.length - 1].strip();
        String first = parts[0].strip();
        if (isSiteName(last, site)) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("\\s+(?:[-|–—:•·]|::|\\|\\|)\\s*$", "").strip();
        }
        if (isSiteName(first, site) && !first.equals(title)) {
            return title.substring(title.indexOf(first) + first.length()).replaceAll("^\\s*(?:[-|–—:•·]|::|\\|\\|)\\s+", "").strip();
        }
        return title.strip();
    }

    private boolean isSiteName(String part, String site) {
        if (!site.isBlank() && Words.key(part).equals(Words.key(site))) {
            return true;
        }
        if (publications.canonical(part) != null || siteDomain.matcher(part).matches()
                || (Words.count(part) <= 4 && siteDomain.matcher(part).find() && part.matches(".*\\.\\p{L}{2,4}$"))) {
            return true;
        }
        // "TheHill", "IGN", "VentureBeat": one word, no article-like punctuation.
        return Words.count(part) == 1 && part.matches("\\p{Lu}[\\p{L}\\p{N}.&]*");
    }
}
