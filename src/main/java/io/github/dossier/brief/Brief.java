package io.github.dossier.brief;

import io.github.dossier.extract.Quote;
import java.time.LocalDate;
import java.util.Arrays;
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
 * A brief holds one value for each {@link BriefField}, and its slug, a curator's own fields and its body beside them:
 * equality, the hash, the text ({@link #toString}) and the {@link #fingerprint} go through {@link BriefField#ALL}, so a
 * new field is a line there and its accessor here. Immutable.
 */
public final class Brief {

    private final String slug;
    /** The value of each field, by its {@link BriefField#index}, of its kind's Java type. */
    private final Object[] values;
    private final Map<String, Object> extra;
    private final Body markdown;

    private Brief(String slug, Object[] values, Map<String, Object> extra, Body markdown) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.markdown = Objects.requireNonNull(markdown, "markdown");
        this.extra = Frozen.of(extra);
        for (BriefField<?> field : BriefField.ALL) {
            Object v = Objects.requireNonNull(values[field.index()], field.key());
            values[field.index()] = switch (field.kind()) {
                case LIST, LINES, QUOTES -> List.copyOf((List<?>) v);
                case COUNTS -> Frozen.of((Map<String, ?>) v);
                case TEXT, OPTIONAL_TEXT, OPTIONAL_URL, OPTIONAL_DATE, NUMBER, FLAG -> v;
            };
        }
        this.values = values;
    }

    /** The value of the field at {@code index} ({@link BriefField#of}). */
    Object value(int index) {
        return values[index];
    }

    /** The file name without {@code .md}; the brief's page is {@code briefs/<slug>.html}. */
    public String slug() {
        return slug;
    }

    /** The headline. */
    public String title() {
        return BriefField.TITLE.of(this);
    }

    /** The authors' display names. */
    public List<String> authors() {
        return BriefField.AUTHORS.of(this);
    }

    /** The publication, when known. */
    public Optional<String> publication() {
        return BriefField.PUBLICATION.of(this);
    }

    /** The article's own date, when it states one. */
    public Optional<LocalDate> published() {
        return BriefField.PUBLISHED.of(this);
    }

    /** The section or kicker. */
    public Optional<String> section() {
        return BriefField.SECTION.of(this);
    }

    /** The source's own tags. */
    public List<String> tags() {
        return BriefField.TAGS.of(this);
    }

    /** The themes' names. */
    public List<String> themes() {
        return BriefField.THEMES.of(this);
    }

    /** The countries, English short names, most prominent first. */
    public List<String> countries() {
        return BriefField.COUNTRIES.of(this);
    }

    /** How often the article names each of its countries, in the order of {@link #countries}. */
    public Map<String, Integer> countryMentions() {
        return BriefField.COUNTRY_MENTIONS.of(this);
    }

    /** The people named. */
    public List<String> people() {
        return BriefField.PEOPLE.of(this);
    }

    /** The organisations named. */
    public List<String> organisations() {
        return BriefField.ORGANISATIONS.of(this);
    }

    /** Sentences or standfirst bullets. */
    public List<String> summary() {
        return BriefField.SUMMARY.of(this);
    }

    /** Notable quotations, with their speakers where named. */
    public List<Quote> quotes() {
        return BriefField.QUOTES.of(this);
    }

    /** The raw file, relative to the raw directory. */
    public String source() {
        return BriefField.SOURCE.of(this);
    }

    /** The original article's address (http or https), when known. */
    public Optional<String> url() {
        return BriefField.URL.of(this);
    }

    /** The day the page was saved (read), when known; never the day of a build. */
    public Optional<LocalDate> accessed() {
        return BriefField.ACCESSED.of(this);
    }

    /** The article's language (ISO 639-1), when known. */
    public Optional<String> language() {
        return BriefField.LANGUAGE.of(this);
    }

    /** The length of the article in words. */
    public int words() {
        return BriefField.WORDS.of(this);
    }

    /** Whether a person owns this brief: {@code dossier:briefs} never rewrites it. */
    public boolean curated() {
        return BriefField.CURATED.of(this);
    }

    /** Front matter keys beyond v1, kept as read (a curator's own fields). */
    public Map<String, Object> extra() {
        return extra;
    }

    /** The article as Markdown: held, or read again from its file when asked ({@link #body()}). */
    public Body markdown() {
        return markdown;
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
        Object[] values = new Object[BriefField.ALL.size()];
        BriefField.ALL.forEach(f -> values[f.index()] = f.kind().empty());
        return new Builder(slug, values, Map.of(), Body.of("")).title(title).source(source);
    }

    /** A builder holding this brief's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(slug, values.clone(), extra, markdown);
    }

    /**
     * The fingerprint of everything this brief holds, its body by its own fingerprint ({@link Body#fingerprint}): equal
     * for two briefs exactly when they are equal. Computed on each call; keep it where it is asked for often.
     */
    public String fingerprint() {
        io.github.dossier.internal.Key key = new io.github.dossier.internal.Key().add("brief").add(slug);
        for (BriefField<?> field : BriefField.ALL) {
            key.add(field.key()).add(values[field.index()]);
        }
        return key.add(extra).add(markdown.fingerprint()).add(markdown.isBlank()).digest();
    }

    /** The body's text (read again from its file when it is not held: {@link Body#text}). */
    public String body() {
        return markdown.text();
    }

    /** The same brief under another slug. */
    public Brief withSlug(String newSlug) {
        return toBuilder().slug(newSlug).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Brief other && (this == other || slug.equals(other.slug)
                && Arrays.equals(values, other.values) && extra.equals(other.extra) && markdown.equals(other.markdown));
    }

    @Override
    public int hashCode() {
        return Objects.hash(slug, Arrays.hashCode(values), extra, markdown);
    }

    /** Every value by its key, the body by its fingerprint: {@code Brief[slug=…, title=…, …, markdown=body …]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Brief[slug=").append(slug);
        for (BriefField<?> field : BriefField.ALL) {
            out.append(", ").append(field.key()).append('=').append(values[field.index()]);
        }
        return out.append(", extra=").append(extra).append(", markdown=").append(markdown).append(']').toString();
    }

    /** Assembles a {@link Brief}. */
    public static final class Builder {
        private String slug;
        private final Object[] values;
        private Map<String, Object> extra;
        private Body markdown;

        private Builder(String slug, Object[] values, Map<String, Object> extra, Body markdown) {
            this.slug = slug;
            this.values = values;
            this.extra = extra;
            this.markdown = markdown;
        }

        /** Sets {@code field} to {@code value}. */
        public <T> Builder set(BriefField<T> field, T value) {
            values[field.index()] = value;
            return this;
        }

        public Builder slug(String v) {
            slug = v;
            return this;
        }

        public Builder title(String v) {
            return set(BriefField.TITLE, v);
        }

        public Builder source(String v) {
            return set(BriefField.SOURCE, v);
        }

        public Builder authors(List<String> v) {
            return set(BriefField.AUTHORS, v);
        }

        public Builder publication(Optional<String> v) {
            return set(BriefField.PUBLICATION, v);
        }

        public Builder published(Optional<LocalDate> v) {
            return set(BriefField.PUBLISHED, v);
        }

        public Builder section(Optional<String> v) {
            return set(BriefField.SECTION, v);
        }

        public Builder tags(List<String> v) {
            return set(BriefField.TAGS, v);
        }

        public Builder themes(List<String> v) {
            return set(BriefField.THEMES, v);
        }

        public Builder countries(List<String> v) {
            return set(BriefField.COUNTRIES, v);
        }

        public Builder people(List<String> v) {
            return set(BriefField.PEOPLE, v);
        }

        public Builder organisations(List<String> v) {
            return set(BriefField.ORGANISATIONS, v);
        }

        public Builder summary(List<String> v) {
            return set(BriefField.SUMMARY, v);
        }

        public Builder quotes(List<Quote> v) {
            return set(BriefField.QUOTES, v);
        }

        public Builder countryMentions(Map<String, Integer> v) {
            return set(BriefField.COUNTRY_MENTIONS, v);
        }

        public Builder url(Optional<String> v) {
            return set(BriefField.URL, v);
        }

        public Builder accessed(Optional<LocalDate> v) {
            return set(BriefField.ACCESSED, v);
        }

        public Builder language(Optional<String> v) {
            return set(BriefField.LANGUAGE, v);
        }

        public Builder words(int v) {
            return set(BriefField.WORDS, v);
        }

        public Builder curated(boolean v) {
            return set(BriefField.CURATED, v);
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

        /** The brief; the builder may go on to make others. */
        public Brief build() {
            return new Brief(slug, values.clone(), extra, markdown);
        }
    }
}
