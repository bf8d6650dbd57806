package io.github.dossier.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One brief: the front matter fields of brief format v1 and the article as Markdown.
 *
 * <pre>{@code
 * ---
 * title: How Western pressure is pushing China and Russia ever closer
 * authors: [Danil Bochkov]
 * publication: South China Morning Post
 * section: Opinion
 * countries: [China, Russia, United States]
 * source: 001_8c61eab635a33c70.txt
 * words: 870
 * ---
 * No sooner had the video conference …
 * }</pre>
 *
 * @param slug          the file name without {@code .md}; the brief's page is {@code briefs/<slug>.html}
 * @param title         headline
 * @param authors       display names
 * @param publication   publication, when known
 * @param published     the article's own date, when it states one
 * @param section       section or kicker
 * @param tags          the source's own tags
 * @param themes        theme names
 * @param countries     English short names, most prominent first
 * @param people        people named
 * @param organisations organisations named
 * @param summary       sentences or standfirst bullets
 * @param source        raw file, relative to the raw directory
 * @param words         length of the article in words
 * @param curated       whether a person owns this brief: {@code dossier:briefs} never rewrites it
 * @param extra         front matter keys beyond v1, kept as read (a curator's own fields)
 * @param body          the article as Markdown
 */
public record Brief(
        String slug,
        String title,
        List<String> authors,
        Optional<String> publication,
        Optional<LocalDate> published,
        Optional<String> section,
        List<String> tags,
        List<String> themes,
        List<String> countries,
        List<String> people,
        List<String> organisations,
        List<String> summary,
        String source,
        int words,
        boolean curated,
        Map<String, Object> extra,
        String body) {

    public Brief {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        themes = List.copyOf(themes);
        countries = List.copyOf(countries);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        summary = List.copyOf(summary);
        extra = Map.copyOf(extra);
    }

    /** The same brief under another slug. */
    public Brief withSlug(String newSlug) {
        return new Brief(newSlug, title, authors, publication, published, section, tags, themes, countries, people,
                organisations, summary, source, words, curated, extra, body);
    }
}
