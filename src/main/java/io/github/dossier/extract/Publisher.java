package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import io.github.dossier.clean.PartType;
import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Gazetteer;
import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import io.github.dossier.knowledge.PhraseMatcher;
import java.util.ArrayList;
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
 * footer, share bar, the author's note), through the known publications' names, else its address's host when the
 * known publications list it. Each name as its readers know it ({@link SiteNames}): a handle respelled as the page
 * writes it elsewhere, no company's legal form, never a place or a headline. Captions and teasers name other sources
 * and never vote. Immutable and thread-safe.
 */
final class Publisher {

    private static final Pattern WELCOME = Pattern.compile("(?i)welcome to (?:the )?(.{2,60})$");
    private static final Pattern HOST = Pattern.compile("(?i)^https?://(?:www\\.)?([^/:?#]+)");

    private final NameList publications;
    private final SiteNames sites;
    private final List<String> metaKeys;
    private final List<String> authorKeys;
    private final List<String> urlKeys;
    private final Set<String> archives;
    /** Boilerplate rules whose lines speak for the page itself. */
    private final Set<String> selfDescribing;

    Publisher(Lexicon lexicon, NameList publications, Gazetteer gazetteer) {
        this.publications = publications;
        this.sites = new SiteNames(lexicon, gazetteer);
        this.metaKeys = lexicon.words(Lexicon.META_PUBLICATION);
        this.authorKeys = lexicon.words(Lexicon.META_AUTHORS);
        this.urlKeys = lexicon.words(Lexicon.META_URL);
        this.archives = lexicon.lowerCase(Lexicon.ARCHIVE_HOSTS);
        this.selfDescribing = Set.copyOf(lexicon.words(Lexicon.SELF_DESCRIBING_RULES));
    }

    /** The keys of what the page gives as its headline, which a site name is not. */
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
        if (!titles.contains(Words.key(label)) && !label.contains(": ")) {
            return label;
        }
        String[] parts = Titles.SITE_PARTS.split(value.strip());
        for (String part : parts) {
            if (!titles.contains(Words.key(part.strip())) && !part.contains(": ")) {
                return part.strip();
            }
        }
        return "";
    }

    /** The publication a page says it is: its meta, the site part of its title, its banner, nags and footer. */
    Optional<String> publication(CleanArticle article) {
        Set<String> titles = titleKeys(article);
        String host = host(article);
        List<String> spellings = spellings(article);
        // The meta's name, surest key first, but never an edition's place ("U.S." as Reuters' og:site_name); a
        // company's legal name only when no other key names the site.
        Optional<String> company = Optional.empty();
        for (String key : metaKeys) {
            Optional<String> v = article.meta(key).flatMap(m -> sites.readable(siteLabel(m, titles), titles, host));
            if (v.isPresent() && sites.isCompany(siteLabel(article.meta(key).get(), titles))) {
                company = company.or(() -> v);
            } else if (v.isPresent()) {
                return Optional.of(named(v.get(), spellings));
            }
        }
        if (company.isPresent()) {
            return Optional.of(named(company.get(), spellings));
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        // The site part of the page's title: a scrape's first line, a saved page's <title>; the part that spells the
        // address's host ("… – LimeSpace – IT" on limespace.de) before the last one.
        Optional<String> title = article.first(PartType.PAGE_TITLE).or(() -> article.meta("title"));
        title.flatMap(t -> hostPart(t, host)).or(() -> title.flatMap(Titles::siteName))
                .flatMap(name -> sites.readable(name, Set.of(), host))
                .ifPresent(name -> votes.merge(named(name, spellings), 2, Integer::sum));
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
                // "Welcome to the USA TODAY NETWORK's European Union experience": a consent page names its site;
                // "Welcome to Bahamas Local, Your Bahamas Online Search Engine" with a tagline after a comma.
                String name = welcome.group(1).strip().replaceFirst("['’][sS]\\s.*$", "").replaceFirst(",.*$", "")
                        .strip();
                sites.readable(name, titles, host).ifPresent(n -> votes.merge(known(n), 1, Integer::sum));
            }
        }
        Optional<String> voted = votes.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
        // Else the address, when the known publications list its host ("nytimes.com").
        return voted.or(() -> Optional.ofNullable(host.isEmpty() ? null : publications.canonical(host)));
    }

    /** The known publication's own name for {@code name}, else {@code name}. */
    private String known(String name) {
        String c = publications.canonical(name);
        return c != null ? c : name;
    }

    /**
     * The known publication's name for {@code name}, else its best spelling on the page; a handle the page writes
     * no better capitalised as a name is ("infosperber" is Infosperber), an address left as written.
     */
    private String named(String name, List<String> spellings) {
        String c = publications.canonical(name);
        String n = c != null ? c : known(sites.bestSpelling(name, spellings));
        return n.matches("\\p{Ll}[\\p{Ll}\\p{N}]*") ? n.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + n.substring(1) : n;
    }

    /**
     * Every way the page writes its site's name: each part of its meta's site names and title, the holder of its
     * copyright lines, the names its author fields give ("MesOpinions.com" beside og:site_name's address).
     */
    private List<String> spellings(CleanArticle article) {
        List<String> out = new ArrayList<>();
        List<String> keys = new ArrayList<>(metaKeys);
        keys.add("title");
        keys.add("application-name");
        keys.add("apple-mobile-web-app-title");
        for (String key : keys) {
            for (String v : article.meta().getOrDefault(key, List.of())) {
                out.addAll(List.of(Words.TITLE_SEPARATOR.split(v.strip())));
            }
        }
        article.first(PartType.PAGE_TITLE).ifPresent(t -> out.addAll(List.of(Words.TITLE_SEPARATOR.split(t))));
        for (String key : authorKeys) {
            out.addAll(article.meta().getOrDefault(key, List.of()));
        }
        article.meta().getOrDefault("copyright", List.of()).forEach(c -> sites.copyrightHolder(c).ifPresent(out::add));
        for (Part p : article.parts()) {
            if (p.type() == PartType.BOILERPLATE && selfDescribing.contains(p.rule())) {
                sites.copyrightHolder(p.text()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The part of a page's title that spells its address's host, when one does and is not the whole title. */
    private Optional<String> hostPart(String title, String host) {
        String[] parts = Words.TITLE_SEPARATOR.split(title);
        if (parts.length < 2 || host.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = sites.keys(host);
        // Not a handle in lower case ("autonews"): a title spells its site so only when it has no better name.
        return java.util.Arrays.stream(parts).map(String::strip).filter(p -> Words.count(p) <= 5)
                .filter(p -> !p.matches("[\\p{Ll}\\p{N}]+"))
                .filter(p -> sites.keys(p).stream().anyMatch(keys::contains)).findFirst();
    }

    /**
     * The host of the page's address, without "www.": "cleveland.com"; of a web archive's copy, the original's
     * (web.archive.org/web/2013…/http://www.peptalks.de/… is peptalks.de).
     */
    private String host(CleanArticle article) {
        for (String url : article.addresses(urlKeys)) {
            Matcher m = HOST.matcher(url.strip());
            if (m.find()) {
                String host = m.group(1).toLowerCase(java.util.Locale.ROOT);
                Matcher original = HOST.matcher(url.strip().substring(m.end()).replaceFirst("^.*?(?=https?://)", ""));
                return archives.contains(host) && original.find() ? original.group(1).toLowerCase(java.util.Locale.ROOT)
                        : host;
            }
        }
        return "";
    }
}
