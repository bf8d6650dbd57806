package io.github.dossier.extract;

import io.github.dossier.clean.CleanArticle;
import io.github.dossier.clean.Part;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article was read, and when: its original address and the day its page was saved, as the page or the
 * scrape states them — never guessed, never the day of the build (builds stay reproducible).
 *
 * <p>What the researcher noted ({@code content/sources.yml}, the article's {@link CleanArticle#note}) stands first.
 * The address is otherwise the page's own: its canonical link, its {@code og:url}, its JSON-LD {@code url} or
 * {@code mainEntityOfPage}, the address a browser or SingleFile wrote at the top of the saved page, or in a text
 * scrape a line at its head or foot that is an address, alone or labelled ({@code URL: …}, {@code Source: …},
 * {@code Quelle: …}). A relative canonical link is read against the page's other addresses; an address that is a
 * site's home page, when another names the article, loses to it. Tracking parameters ({@code utm_*},
 * {@code fbclid} …) and fragments are dropped.
 *
 * <p>The day it was saved: SingleFile's {@code saved date}, or in a scrape a labelled line ({@code Retrieved …},
 * {@code Accessed: …}, {@code Abgerufen am …}). Stateless.
 */
final class Sources {

    /** Meta keys naming the article's address, most trusted first. */
    private static final List<String> URL_KEYS = List.of("canonical", "og:url", "jsonld:url",
            "jsonld:mainentityofpage", "twitter:url", "parsely-link", "saved:url");
    /** How many lines at a scrape's head and foot may name its address or the day it was saved. */
    private static final int EDGE_LINES = 12;
    private static final Pattern URL_LINE = Pattern.compile("(?i)^\\s*(?:(?:source\\s*url|original\\s*url|url|link|"
            + "source|original|permalink|retrieved\\s+from|quelle|fuente|source\\s*:\\s*url|lien|fonte|link\\s+do)"
            + "\\s*[:：]?\\s*)?<?(https?://[^\\s<>\"]+)>?\\s*$");
    private static final Pattern ACCESSED_LINE = Pattern.compile("(?i)^\\s*(?:retrieved(?:\\s+on)?|accessed(?:\\s+on)?|"
            + "date\\s+accessed|access\\s+date|saved(?:\\s+on)?|downloaded(?:\\s+on)?|captured(?:\\s+on)?|"
            + "abgerufen(?:\\s+am)?|consulté\\s+le|consultado(?:\\s+el)?|consultato\\s+il)\\s*[:：]?\\s*(.{6,40})$");
    private static final Pattern TRACKING = Pattern.compile("(?i)^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|"
            + "cmpid|icid|igshid|ref_src|smid|share|from|spm|_ga)=");

    private final Dates dates;

    Sources(Dates dates) {
        this.dates = dates;
    }

    /** The article's original address, when the page or the scrape states it. */
    Optional<String> url(CleanArticle article) {
        List<String> stated = article.addresses(URL_KEYS);
        String fallback = null;
        String base = null;
        for (String v : stated) {
            if (absolute(v) != null) {
                base = base == null ? v : base;
            }
        }
        for (String v : stated) {
            String url = resolve(v, base);
            if (url == null) {
                continue;
            }
            if (!isHome(url)) {
                return Optional.of(url);
            }
            fallback = fallback == null ? url : fallback;
        }
        if (fallback != null) {
            return Optional.of(fallback);
        }
        return atEdges(article, URL_LINE, v -> Optional.ofNullable(absolute(v)));
    }

    /** The day the page was saved, when the page or the scrape states it. */
    Optional<LocalDate> accessed(CleanArticle article) {
        Optional<LocalDate> noted = article.note().accessed().flatMap(Dates::plausible);
        if (noted.isPresent()) {
            return noted;
        }
        // SingleFile's "Tue Nov 03 2020 10:47:07 GMT+0100 (…)" is a written date like any other.
        for (String v : article.meta().getOrDefault("saved:date", List.of())) {
            Optional<LocalDate> d = dates.parse(v);
            if (d.isPresent()) {
                return d;
            }
        }
        return atEdges(article, ACCESSED_LINE, dates::parse);
    }

    /**
     * What {@code read} makes of the first of a scrape's lines at its head or foot that {@code line} matches (its
     * first group), where it makes something.
     */
    private static <T> Optional<T> atEdges(CleanArticle article, Pattern line,
            java.util.function.Function<String, Optional<T>> read) {
        List<Part> parts = article.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i >= EDGE_LINES && i < parts.size() - EDGE_LINES) {
                continue;
            }
            Matcher m = line.matcher(parts.get(i).text());
            if (m.matches()) {
                Optional<T> found = read.apply(m.group(1));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code value} as an absolute http(s) address without fragment or tracking parameters, or null. */
    static String absolute(String value) {
        return resolve(value, null);
    }

    /** {@code value} read against {@code base} when relative, cleaned; null when it is no web address. */
    static String resolve(String value, String base) {
        if (value == null || value.isBlank() || value.length() > 2000) {
            return null;
        }
        String v = value.strip();
        // A page that writes its own address after its host ("https://site.at/https://site.at/path") means the second.
        int inner = v.indexOf("://", v.indexOf("://") + 3);
        if (inner > 0 && v.substring(0, inner).matches("(?i)https?://[^/]+/https?")) {
            v = v.substring(v.lastIndexOf("http", inner));
        }
        try {
            URI uri = new URI(v.replace(" ", "%20"));
            if (!uri.isAbsolute()) {
                if (base == null || !v.startsWith("/")) {
                    return null;
                }
                uri = new URI(base).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || !uri.getHost().contains(".")) {
                return null;
            }
            String query = uri.getRawQuery();
            if (query != null) {
                StringBuilder kept = new StringBuilder();
                for (String param : query.split("&")) {
                    if (!param.isEmpty() && !TRACKING.matcher(param).find()) {
                        kept.append(kept.length() == 0 ? "" : "&").append(param);
                    }
                }
                query = kept.length() == 0 ? null : kept.toString();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            path = path.replaceFirst("(?i);jsessionid=[^/]*$", ""); // a server's session, not the article's address
            return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path + (query == null ? "" : "?" + query);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code url} is a site's home page ("https://example.com/"), not an article's. */
    private static boolean isHome(String url) {
        int path = url.indexOf('/', url.indexOf("://") + 3);
        return path < 0 || url.substring(path).matches("/?(index\\.[a-z]+)?");
    }
}
