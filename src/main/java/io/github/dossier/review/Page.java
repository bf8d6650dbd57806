package io.github.dossier.review;

import io.github.dossier.internal.Words;
import io.github.dossier.raw.RawDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a raw page says of itself, read again for the review: a second opinion beside what extraction made of it. Only
 * plain facts a reader of the page would point at: the language it declares, its description (often the
 * standfirst), its main heading, the dates its markup and address state, the author its meta names, how much text it
 * has, and the tables it holds.
 *
 * @param words          words of visible text on the whole page
 * @param mainWords      words of text in the page's article or main element, or 0 when it marks none
 * @param language       the language the page declares ({@code <html lang>}, {@code og:locale}), ISO 639-1
 * @param description    the page's own description ({@code og:description}, {@code description}), when long enough
 * @param headline       the page's first {@code <h1>} outside its header and navigation
 * @param siteName       {@code og:site_name}
 * @param dates          the publication dates its markup and address state, as written (no time zone applied)
 * @param metaAuthors    the authors its meta and JSON-LD name
 * @param tables         for each table with rows of text: two of its cells, to look for in a brief
 * @param modified       the dates its markup gives as the page's last change
 * @param host           the host of the address the page gives itself (or the brief's), without "www."
 * @param paragraphs     the paragraphs (and list items) of eight words or more in the page's article element, in order,
 *                       after its standfirsts
 * @param standfirsts    of those, the elements classed as a standfirst, a teaser or a lead
 * @param tags           the tags the page gives itself ({@code article:tag}, {@code keywords}, links marked
 *                       {@code rel=tag})
 * @param section        the section the page says it is in ({@code article:section})
 */
record Page(int words, int mainWords, Optional<String> language, Optional<String> description,
        Optional<String> headline, Optional<String> siteName, Set<LocalDate> dates, List<String> metaAuthors,
        List<List<String>> tables, Set<LocalDate> modified, Optional<String> host, List<String> paragraphs,
        List<String> standfirsts, List<String> tags, Optional<String> section) {

    static final Page NONE = new Page(0, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Set.of(), List.of(), List.of(), Set.of(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());

    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ADDRESS_DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_]|$)");
    private static final Pattern JSON_PUBLISHED = Pattern.compile(
            "\"(datePublished|dateCreated|dateModified)\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})");
    private static final Pattern US_DAY = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    private static final Pattern JSON_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"");

    /** The facts of {@code doc}, with {@code url} (the brief's) as the page's address when it states none. */
    static Page of(RawDocument doc, Optional<String> url) {
        if (doc.format() != RawDocument.Format.HTML) {
            Set<LocalDate> dates = new LinkedHashSet<>();
            url.ifPresent(u -> addressDay(u).ifPresent(dates::add));
            int words = Words.count(doc.text());
            return new Page(words, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Collections.unmodifiableSet(dates), List.of(), List.of(), Set.of(), url.map(BriefChecks::host), List.of(), List.of(),
                    List.of(), Optional.empty());
        }
        Document page = Jsoup.parse(doc.text());
        Optional<String> language = language(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"))
                .or(() -> language(meta(page, "og:locale").orElse("")));
        Optional<String> description = meta(page, "og:description").or(() -> meta(page, "description"))
                .or(() -> meta(page, "twitter:description")).map(d -> d.replaceAll("\\s+", " ").strip())
                .filter(d -> Words.count(d) >= 8);
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String key : List.of("article:published_time", "og:published_time", "datepublished", "date",
                "citation_publication_date", "dc.date", "dcterms.created", "pubdate", "publishdate")) {
            meta(page, key).flatMap(Page::isoDay).ifPresent(dates::add);
        }
        for (Element e : page.select("[itemprop=datePublished], [itemprop=dateCreated], time[pubdate]")) {
            day(e.hasAttr("content") ? e.attr("content") : e.attr("datetime")).ifPresent(dates::add);
        }
        Set<LocalDate> modified = new LinkedHashSet<>();
        for (String key : List.of("article:modified_time", "og:updated_time", "datemodified", "last-modified")) {
            meta(page, key).flatMap(Page::isoDay).ifPresent(modified::add);
        }
        for (Element e : page.select("[itemprop=dateModified]")) {
            day(e.hasAttr("content") ? e.attr("content") : e.attr("datetime")).ifPresent(modified::add);
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_PUBLISHED.matcher(script.data());
            while (m.find()) {
                (m.group(1).equals("dateModified") ? modified : dates).add(day(m.group(2)).orElse(null));
            }
        }
        dates.remove(null);
        modified.remove(null);
        List<String> addresses = new ArrayList<>();
        meta(page, "og:url").ifPresent(addresses::add);
        Element canonical = page.selectFirst("link[rel=canonical]");
        if (canonical != null) {
            addresses.add(canonical.attr("href"));
        }
        url.ifPresent(addresses::add);
        for (String a : addresses) {
            addressDay(a).ifPresent(dates::add);
        }
        Optional<String> host = addresses.stream().filter(a -> a.matches("(?i)https?://.+")).findFirst()
                .map(BriefChecks::host);
        List<String> authors = new ArrayList<>();
        meta(page, "author").filter(a -> !a.contains("/")).ifPresent(authors::add);
        meta(page, "article:author").filter(a -> !a.contains("/")).ifPresent(authors::add);
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_AUTHOR.matcher(script.data());
            while (m.find()) {
                authors.add(m.group(1).strip());
            }
        }
        List<String> tags = new ArrayList<>();
        for (Element m : page.select("meta[property=article:tag], meta[name=keywords], meta[name=news_keywords]")) {
            for (String t : m.attr("content").split(m.attr("property").isEmpty() ? "," : "\u0000")) {
                if (!t.isBlank() && tags.size() < 50) {
                    tags.add(t.strip());
                }
            }
        }
        for (Element a : page.select("a[rel~=tag]")) {
            if (!a.text().isBlank() && tags.size() < 50) {
                tags.add(a.text().strip());
            }
        }
        // The section: the page's own word for it, else where its breadcrumb or category links file it.
        Optional<String> section = meta(page, "article:section");
        if (section.isEmpty()) {
            Element crumbs = page.selectFirst("[itemtype*=BreadcrumbList], nav[aria-label*=readcrumb], .breadcrumb, "
                    + ".breadcrumbs, #breadcrumb, #breadcrumbs");
            if (crumbs != null) {
                List<String> items = crumbs.select("a").eachText().stream().filter(x -> !x.isBlank()).toList();
                if (items.size() >= 2) {
                    section = Optional.of(items.get(items.size() - 1).strip());
                }
            }
        }
        if (section.isEmpty()) {
            Element category = page.selectFirst("a[rel~=category]");
            if (category != null && !category.text().isBlank()) {
                section = Optional.of(category.text().strip());
            }
        }
        page.select("script, style, noscript, template, svg").remove();
        Element body = page.body();
        int words = body == null ? 0 : Words.count(body.text());
        // The article's paragraphs: those of the element that holds the most paragraph text, figures and asides left out.
        Element article = null;
        int most = 0;
        for (Element e : page.select("article, [itemprop=articleBody], main, [role=main], .entry-content, .post-content, "
                + ".article-body, .article__body, .story-body")) {
            int n = 0;
            for (Element pe : e.select("p")) {
                n += Words.count(pe.text());
            }
            if (n > most) {
                most = n;
                article = e;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        // A standfirst, wherever the page puts it: an element classed as one, outside navigation and asides.
        for (Element e : page.select("[class~=(?i)(sub-?headline|standfirst|stand-first|teaser|lead|intro|dek|deck|"
                + "summary|abstract|excerpt)]")) {
            String t = e.text().strip();
            if (e.closest("nav, aside, footer, li, a") == null && Words.count(t) >= 8 && Words.count(t) <= 80
                    && !paragraphs.contains(t) && paragraphs.size() < 3) {
                paragraphs.add(t);
            }
        }
        List<String> standfirsts = List.copyOf(paragraphs);
        if (article != null) {
            for (Element pe : article.select("p, li")) {
                if (pe.closest("figure, figcaption, aside, nav, footer, header, form, blockquote > footer") != null
                        || pe.tagName().equals("li") && !pe.select("p").isEmpty()) {
                    continue;
                }
                String t = pe.text().strip();
                if (Words.count(t) >= 8 && paragraphs.size() < 300 && !paragraphs.contains(t)) {
                    paragraphs.add(t);
                }
            }
        }
        int mainWords = article == null ? 0 : Words.count(article.text());
        Optional<String> headline = Optional.empty();
        for (Element h1 : page.select("h1")) {
            if (h1.closest("header > nav, nav, footer, aside") == null && !h1.text().isBlank()) {
                headline = Optional.of(h1.text().strip());
                break;
            }
        }
        List<List<String>> tables = new ArrayList<>();
        for (Element table : page.select("table")) {
            if (table.closest("nav, footer, aside, header") != null || !table.select("table table").isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            int rows = 0;
            for (Element tr : table.select("tr")) {
                boolean text = false;
                for (Element td : tr.select("td, th")) {
                    String t = td.text().strip();
                    if (t.length() >= 4 && t.chars().anyMatch(Character::isLetter) && Words.count(t) <= 12) {
                        text = true;
                        if (cells.size() < 2 && !cells.contains(t)) {
                            cells.add(t);
                        }
                    }
                }
                rows += text ? 1 : 0;
            }
            if (rows >= 3 && cells.size() == 2) {
                tables.add(List.copyOf(cells));
            }
        }
        return new Page(words, mainWords, language, description, headline, meta(page, "og:site_name"),
                Collections.unmodifiableSet(dates), List.copyOf(new LinkedHashSet<>(authors)), List.copyOf(tables),
                Collections.unmodifiableSet(modified),
                host, List.copyOf(paragraphs), standfirsts, List.copyOf(new LinkedHashSet<>(tags)), section);
    }

    private static Optional<String> meta(Document page, String key) {
        for (Element m : page.select("meta[content]")) {
            String k = !m.attr("property").isEmpty() ? m.attr("property") : !m.attr("name").isEmpty() ? m.attr("name")
                    : m.attr("itemprop");
            if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
                return Optional.of(m.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> language(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        String primary = dash > 0 ? t.substring(0, dash) : t;
        return primary.matches("[a-z]{2}") ? Optional.of(primary) : Optional.empty();
    }

    /** The day an ISO 8601 date or timestamp names, as written: "2018-12-31T23:11:59+00:00" is the 31st. */
    private static Optional<LocalDate> isoDay(String s) {
        Matcher m = ISO_DAY.matcher(s.strip());
        return m.find() ? day(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** The day of an ISO date or a US one ("01/01/2004"). */
    private static Optional<LocalDate> day(String s) {
        Matcher us = US_DAY.matcher(s);
        return us.matches() ? day(us.group(3), us.group(1), us.group(2)) : isoDay(s);
    }

    /** The day a page's address names in its path ({@code /2019/10/16/…}). */
    static Optional<LocalDate> addressDay(String url) {
        Matcher m = ADDRESS_DAY.matcher(url.replaceFirst("^[a-z]+://[^/]+", ""));
        return m.find() ? day(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<LocalDate> day(String y, String mo, String d) {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return day.getYear() >= 1800 ? Optional.of(day) : Optional.empty();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
