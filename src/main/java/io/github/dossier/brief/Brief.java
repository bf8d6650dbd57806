package io.github.dossier.brief;

import io.github.dossier.extract.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * @param quotes        notable quotations, with their speakers where named
 * @param countryMentions how often the article names each of its countries, in the order of {@code countries}
 * @param source        raw file, relative to the raw directory
 * @param url           the original article's address (http or https), when known
 * @param accessed      the day the page was saved (read), when known; never the day of a build
 * @param language      the article's language (ISO 639-1), when known
 * @param words         length of the article in words
 * @param curated       whether a person owns this brief: {@code dossier:briefs} never rewrites it
 * @param extra         front matter keys beyond v1, kept as read (a curator's own fields)
 * @param markdown      the article as Markdown: held, or read again from its file when asked ({@link #body()})
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
        List<Quote> quotes,
        Map<String, Integer> countryMentions,
        String source,
        Optional<String> url,
        Optional<LocalDate> accessed,
        Optional<String> language,
        int words,
        boolean curated,
        Map<String, Object> extra,
        Body markdown) {

    public Brief {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(accessed, "accessed");
        Objects.requireNonNull(language, "language");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        themes = List.copyOf(themes);
        countries = List.copyOf(countries);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        summary = List.copyOf(summary);
        quotes = List.copyOf(quotes);
        countryMentions = Frozen.of(countryMentions);
        extra = Frozen.of(extra);
    }

    /**
     * An unmodifiable map in the order it was given: a brief's own, shared as it is by the briefs copied from it
     * ({@link #toBuilder}) instead of copied for each.
     */
    private static final class Frozen<V> extends java.util.AbstractMap<String, V> {
        private static final Frozen<?> EMPTY = new Frozen<>(Map.of());
        private final Map<String, V> map;

        private Frozen(Map<String, V> map) {
            this.map = map;
        }

        @SuppressWarnings("unchecked")
        static <V> Map<String, V> of(Map<String, V> map) {
            if (map instanceof Frozen<V> frozen) {
                return frozen;
            }
            return map.isEmpty() ? (Map<String, V>) EMPTY
                    : new Frozen<>(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map)));
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return map.entrySet();
        }

        @Override
        public V get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }
    }

    /** A builder for a brief with this slug, title and source; every other field starts empty. */
    public static Builder builder(String slug, String title, String source) {
        return new Builder(slug, title, source);
    }

    /** A builder holding this brief's fields, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(slug, title, source);
        BriefField.ALL.forEach(f -> f.copy(this, b));
        return b.extra(extra).markdown(markdown);
    }

    /**
     * The fingerprint of everything this brief holds, its body by its own fingerprint ({@link Body#fingerprint}): equal
     * for two briefs exactly when they are equal. Computed on each call; keep it where it is asked for often.
     */
    public String fingerprint() {
        return io.github.dossier.internal.Fingerprint.of(toString());
    }

    /** The body's text (read again from its file when it is not held: {@link Body#text}). */
    public String body() {
        return markdown.text();
    }

    /** The same brief under another slug. */
    public Brief withSlug(String newSlug) {
        return toBuilder().slug(newSlug).build();
    }

    /** Assembles a {@link Brief}. */
    public static final class Builder {
        private String slug;
        private String title;
        private String source;
        private List<String> authors = List.of();
        private Optional<String> publication = Optional.empty();
        private Optional<LocalDate> published = Optional.empty();
        private Optional<String> section = Optional.empty();
        private List<String> tags = List.of();
        private List<String> themes = List.of();
        private List<String> countries = List.of();
        private List<String> people = List.of();
        private List<String> organisations = List.of();
        private List<String> summary = List.of();
        private List<Quote> quotes = List.of();
        private Map<String, Integer> countryMentions = Map.of();
        private Optional<String> url = Optional.empty();
        private Optional<LocalDate> accessed = Optional.empty();
        private Optional<String> language = Optional.empty();
        private int words;
        private boolean curated;
        private Map<String, Object> extra = Map.of();
        private Body markdown = Body.of("");

        private Builder(String slug, String title, String source) {
            this.slug = slug;
            this.title = title;
            this.source = source;
        }

        public Builder slug(String v) {
            slug = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder source(String v) {
            source = v;
            return this;
        }

        public Builder authors(List<String> v) {
            authors = v;
            return this;
        }

        public Builder publication(Optional<String> v) {
            publication = v;
            return this;
        }

        public Builder published(Optional<LocalDate> v) {
            published = v;
            return this;
        }

        public Builder section(Optional<String> v) {
            section = v;
            return this;
        }

        public Builder tags(List<String> v) {
            tags = v;
            return this;
        }

        public Builder themes(List<String> v) {
            themes = v;
            return this;
        }

        public Builder countries(List<String> v) {
            countries = v;
            return this;
        }

        public Builder people(List<String> v) {
            people = v;
            return this;
        }

        public Builder organisations(List<String> v) {
            organisations = v;
            return this;
        }

        public Builder summary(List<String> v) {
            summary = v;
            return this;
        }

        public Builder quotes(List<Quote> v) {
            quotes = v;
            return this;
        }

        public Builder countryMentions(Map<String, Integer> v) {
            countryMentions = v;
            return this;
        }

        public Builder url(Optional<String> v) {
            url = v;
            return this;
        }

        public Builder accessed(Optional<LocalDate> v) {
            accessed = v;
            return this;
        }

        public Builder language(Optional<String> v) {
            language = v;
            return this;
        }

        public Builder words(int v) {
            words = v;
            return this;
        }

        public Builder curated(boolean v) {
            curated = v;
            return this;
        }

        public Builder extra(Map<String, Object> v) {
            extra = v;
            return this;
        }

        public Builder body(String v) {
            markdown = Body.of(v);
            return this;
        }

        public Builder markdown(Body v) {
            markdown = v;
            return this;
        }

        public Brief build() {
            return new Brief(slug, title, authors, publication, published, section, tags, themes, countries, people,
                    organisations, summary, quotes, countryMentions, source, url, accessed, language, words, curated,
                    extra, markdown);
        }
    }
}
