package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import io.github.dossier.knowledge.PhraseMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication an article appeared in, only as the page says of itself: its meta ({@code og:site_name}, JSON-LD
 * publisher…), else votes from the site part of its title and the lines that speak for the page (banner, nags,
 * footer, share bar, the author's note), through the known publications' names. Captions and teasers name other
 * sources and never vote. Immutable and thread-safe.
 */
final class Publisher {

    private static final Pattern WELCOME = Pattern.compile("(?i)welcome to (?:the )?(.{2,60})$");

    private final NameList publications;
    private final Gazetteer gazetteer;
    private final List<String> metaKeys;
    /** Boilerplate rules whose lines speak for the page itself. */
    private final Set<String> selfDescribing;

    Publisher(Lexicon lexicon, NameList publications, Gazetteer gazetteer) {
        this.publications = publications;
        this.gazetteer = gazetteer;
        this.metaKeys = lexicon.words(Lexicon.META_PUBLICATION);
        this.selfDescribing = Set.copyOf(lexicon.words(Lexicon.SELF_DESCRIBING_RULES));
    }

    /** The keys of what the page gives as its headline, which a site name holding it is not. */
    private static Set<String> titleKeys(CleanArticle article) {
        Set<String> keys = new java.util.HashSet<>();
        for (String key : List.of("og:title", "twitter:title", "jsonld:headline")) {
            article.meta().getOrDefault(key, List.of()).forEach(v -> keys.add(Words.key(v)));
        }
        article.first(PartType.HEADLINE).ifPresent(h -> keys.add(Words.key(h)));
        return keys;
    }

    /**
     * The site's name in a meta value: an address's host, or the first part of "Name | Tagline"; but not a part
     * that is the page's headline ("Achtsam durch die Krise | Die FURCHE" names Die FURCHE).
     */
    private static String siteLabel(String value, Set<String> titles) {
        String label = Titles.siteLabel(value);
        if (!titles.contains(Words.key(label))) {
            return label;
        }
        String[] parts = Titles.SITE_PARTS.split(value.strip());
        for (String part : parts) {
            if (!titles.contains(Words.key(part.strip()))) {
                return part.strip();
            }
        }
        return "";
    }

    /** The publication a page says it is: its meta, the site part of its title, its banner, nags and footer. */
    Optional<String> publication(CleanArticle article) {
        // The meta's name, surest key first, but never an edition's place ("U.S." as Reuters' og:site_name).
        Set<String> titles = titleKeys(article);
        for (String key : metaKeys) {
            Optional<String> v = article.meta(key).map(m -> siteLabel(m, titles))
                    .filter(s -> !s.isBlank() && !gazetteer.isPlace(s));
            if (v.isPresent()) {
                String c = publications.canonical(v.get());
                return Optional.of(c != null ? c : v.get());
            }
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        // The site part of the page's title: a scrape's first line, a saved page's <title>.
        Optional<String> site = article.first(PartType.PAGE_TITLE).or(() -> article.meta("title"))
                .flatMap(Titles::siteName);
        site.ifPresent(name -> {
            String c = publications.canonical(name);
            votes.merge(c != null ? c : name, 2, Integer::sum);
        });
        for (Part p : article.parts()) {
            // Only what a page says of itself: its banner, nags, footer, share bar, the author's note. Captions and
            // credits name agencies, teasers name other stories.
            boolean selfDescription = p.type() == PartType.BIO
                    || (p.type() == PartType.BOILERPLATE && selfDescribing.contains(p.rule()));
            if (!selfDescription) {
                continue;
            }
            for (PhraseMatcher.Hit<String> hit : publications.find(p.text())) {
                votes.merge(hit.value(), 1, Integer::sum);
            }
            Matcher welcome = WELCOME.matcher(p.text());
            if (p.rule().equals("banner") && welcome.find()) {
                // "Welcome to the USA TODAY NETWORK's European Union experience": a consent page names its site.
                String name = welcome.group(1).strip().replaceFirst("['’][sS]\\s.*$", "").strip();
                String c = publications.canonical(name);
                votes.merge(c != null ? c : name, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }
}
